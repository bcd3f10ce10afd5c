using Markdig;
using Markdig.Syntax;
using ReportLint.Text;

namespace ReportLint.Syntax;

/// <summary>The one Markdig pipeline every analysis shares, and the one place Markdig spans become <see cref="TextSpan"/>s.</summary>
public static class MarkdownSyntax
{
    /// <summary>
    /// Pipe tables, task lists, emphasis extras and YAML front matter, with precise source locations.
    /// Built once; Markdig pipelines are thread-safe.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseTaskLists()
        .UseEmphasisExtras()
        .Build();

    /// <summary>Parses a text with the shared pipeline.</summary>
    public static MarkdownDocument Parse(string text) => Markdown.Parse(text, Pipeline);

    /// <summary>
    /// Converts Markdig's inclusive <see cref="SourceSpan"/> to a half-open <see cref="TextSpan"/>, clamped to the text.
    /// </summary>
    public static TextSpan ToTextSpan(SourceSpan span, int textLength)
    {
        if (span.IsEmpty || span.Start < 0)
        {
            int at = Math.Clamp(span.Start, 0, textLength);
            return new TextSpan(at, 0);
        }

        int start = Math.Min(span.Start, textLength);
        int end = Math.Min(span.End + 1, textLength);
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }
}
