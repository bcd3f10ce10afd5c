using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Analysis;

/// <summary>The whole document, once.</summary>
public readonly struct DocumentAnalysisContext(ReportDocument document, DiagnosticSink sink)
{
    /// <summary>The document.</summary>
    public ReportDocument Document { get; } = document;

    /// <summary>Where diagnostics go.</summary>
    public DiagnosticSink Diagnostics { get; } = sink;

    /// <summary>Reports a diagnostic.</summary>
    public void Report(RuleDescriptor rule, TextSpan span, params object?[] args) => Diagnostics.Report(rule, span, args);
}

/// <summary>One Markdown block of a registered type.</summary>
public readonly struct BlockAnalysisContext(ReportDocument document, DiagnosticSink sink, Block block)
{
    /// <summary>The document.</summary>
    public ReportDocument Document { get; } = document;

    /// <summary>Where diagnostics go.</summary>
    public DiagnosticSink Diagnostics { get; } = sink;

    /// <summary>The block.</summary>
    public Block Block { get; } = block;

    /// <summary>Reports a diagnostic.</summary>
    public void Report(RuleDescriptor rule, TextSpan span, params object?[] args) => Diagnostics.Report(rule, span, args);
}

/// <summary>One row of a pipe table.</summary>
public readonly struct TableRowAnalysisContext(ReportDocument document, DiagnosticSink sink, Table table, TableRow row, int rowIndex)
{
    /// <summary>The document.</summary>
    public ReportDocument Document { get; } = document;

    /// <summary>Where diagnostics go.</summary>
    public DiagnosticSink Diagnostics { get; } = sink;

    /// <summary>The table holding the row.</summary>
    public Table Table { get; } = table;

    /// <summary>The row.</summary>
    public TableRow Row { get; } = row;

    /// <summary>The row's index in the table (0 is the header row when the table has one).</summary>
    public int RowIndex { get; } = rowIndex;

    /// <summary>Reports a diagnostic.</summary>
    public void Report(RuleDescriptor rule, TextSpan span, params object?[] args) => Diagnostics.Report(rule, span, args);
}

/// <summary>One list item.</summary>
public readonly struct ListItemAnalysisContext(ReportDocument document, DiagnosticSink sink, ListItemBlock item)
{
    /// <summary>The document.</summary>
    public ReportDocument Document { get; } = document;

    /// <summary>Where diagnostics go.</summary>
    public DiagnosticSink Diagnostics { get; } = sink;

    /// <summary>The list item.</summary>
    public ListItemBlock Item { get; } = item;

    /// <summary>Reports a diagnostic.</summary>
    public void Report(RuleDescriptor rule, TextSpan span, params object?[] args) => Diagnostics.Report(rule, span, args);
}

/// <summary>One line of a code block.</summary>
public readonly struct CodeLineAnalysisContext(ReportDocument document, DiagnosticSink sink, CodeBlock block, TextSpan line, int lineIndex)
{
    /// <summary>The document.</summary>
    public ReportDocument Document { get; } = document;

    /// <summary>Where diagnostics go.</summary>
    public DiagnosticSink Diagnostics { get; } = sink;

    /// <summary>The code block.</summary>
    public CodeBlock Block { get; } = block;

    /// <summary>The line's span, without its line break.</summary>
    public TextSpan Line { get; } = line;

    /// <summary>The 0-based index of the line within the block.</summary>
    public int LineIndex { get; } = lineIndex;

    /// <summary>The fence's info string (<c>bash</c>, <c>yaml</c>…), or empty.</summary>
    public string Info => (Block as FencedCodeBlock)?.Info ?? string.Empty;

    /// <summary>Reports a diagnostic.</summary>
    public void Report(RuleDescriptor rule, TextSpan span, params object?[] args) => Diagnostics.Report(rule, span, args);
}
