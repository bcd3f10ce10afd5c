using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Rules;
using ReportLint.Text;

namespace ReportLint.Tests.Core;

/// <summary>
/// The status scan reads the marks and words of the four status sections in one pass: in order, the longest phrase
/// of any section at each place ("not met" is failed, not met; "non atteint" is failed, not "atteint"), none inside
/// another, with its span in the original text.
/// </summary>
public class StatusScannerTests
{
    private static readonly Lexicon Lexicon = BuiltInRules.LoadLexicon();

    [Theory]
    [InlineData("✅ Login done; ⏳ export in progress; latency target not met; ⚠️ partial coverage; 🔴 e2e failed",
        "Met ✅|Met done|Pending ⏳|Pending in progress|Failed not met|Partial ⚠|Partial partial|Failed 🔴|Failed failed")]
    [InlineData("✅ Connexion terminée ; ⏳ export en cours ; objectif non atteint ; couverture partielle ; [x] migrations",
        "Met ✅|Met terminée|Pending ⏳|Pending en cours|Failed non atteint|Partial partielle|Met [x]")]
    [InlineData("The test was completed, the metric met its target", "Met completed|Met met")]
    [InlineData("Nothing here says where the work stands", "")]
    // "rate" is no French "raté" read through its folded accent.
    [InlineData("Pass rate: 98%, error rate 0.1%, rate limiting on; taux de réussite : 98 %", "")]
    public void Reads_each_mark_once_with_the_longest_phrase_of_any_section(string text, string expected)
    {
        var document = new ReportDocument(SourceText.From(text), "status.md", Lexicon, AnalysisOptions.Default);
        FoldedText folded = TextFolding.FoldMapped(text.AsSpan(), 0);
        var marks = new List<StatusMark>();

        StatusScanner.Scan(folded, document.Lexicon, marks);

        Assert.Equal(expected, string.Join("|", marks.Select(m => $"{m.Kind} {text.Substring(m.Span.Start, m.Span.Length).TrimEnd('\uFE0F')}")));
    }

    [Theory]
    [InlineData("✅ Login done; ⏳ export in progress; latency target not met; ⚠️ partial coverage; 🔴 e2e failed",
        "Met ✅|Met done|Pending ⏳|Pending in progress|Failed not met|Partial ⚠|Partial partial|Failed 🔴|Failed failed")]
    [InlineData("| Migrations | **TerminÃ©** | âœ… | objectif non atteint |",
        "Met TerminÃ©|Met âœ…|Failed non atteint")]
    [InlineData("Nothing here says where the work stands", "")]
    public void Reads_a_span_of_the_document_as_the_scan_of_its_fold(string line, string expected)
    {
        // A line in the middle of a document: the marks' spans are the document's, mojibake read through.
        string text = "# Report\n\n" + line + "\n\nEnd.\n";
        var document = new ReportDocument(SourceText.From(text), "status.md", Lexicon, AnalysisOptions.Default);
        var span = new TextSpan(text.IndexOf(line, StringComparison.Ordinal), line.Length);
        var viaFold = new List<StatusMark>();
        var marks = new List<StatusMark>();

        StatusScanner.Scan(Readable.Fold(document, span), document.Lexicon, viaFold);
        StatusScanner.Scan(document, span, marks);

        Assert.Equal(viaFold, marks);
        Assert.Equal(expected, string.Join("|", marks.Select(m => $"{m.Kind} {text.Substring(m.Span.Start, m.Span.Length).TrimEnd('\uFE0F')}")));
    }
}
