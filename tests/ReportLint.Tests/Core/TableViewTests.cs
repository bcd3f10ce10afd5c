using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Rules;
using ReportLint.Text;

namespace ReportLint.Tests.Core;

public class TableViewTests
{
    [Fact]
    public void A_row_extends_from_its_first_cell_with_text_to_its_last_cell()
    {
        const string text = "| Metric | Target | Result |\n|---|---|---|\n|  | 95% | **97%** ✅ |\n";
        var document = new ReportDocument(SourceText.From(text), null, BuiltInRules.LoadLexicon(), AnalysisOptions.Default);
        TableView view = TableView.Of(document, document.Syntax.Descendants<Table>().Single());

        RowView row = view.Body.Single();
        Assert.Equal("95% | **97%** ✅", text[row.Extent.Start..row.Extent.End]);
        RowView header = view.Header!;
        Assert.Equal("Metric | Target | Result", text[header.Extent.Start..header.Extent.End]);
    }
}
