using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Analysis;

/// <summary>The kinds of inline comment ReportLint obeys.</summary>
public enum DirectiveKind
{
    /// <summary><c>reportlint-disable</c>: from here until a matching enable.</summary>
    Disable,
    /// <summary><c>reportlint-enable</c>: ends a disable.</summary>
    Enable,
    /// <summary><c>reportlint-disable-line</c>: this line only.</summary>
    DisableLine,
    /// <summary><c>reportlint-disable-next-line</c>: the line after the comment.</summary>
    DisableNextLine,
    /// <summary><c>reportlint-disable-file</c>: the whole file.</summary>
    DisableFile,
    /// <summary><c>reportlint-configure-file { … }</c>: configuration for this file.</summary>
    ConfigureFile,
}

/// <summary>One inline directive: its kind, the rules it names (empty: all), where it stands, and its JSON for configure-file.</summary>
public sealed record InlineDirective(DirectiveKind Kind, IReadOnlyList<string> RuleIds, TextSpan Span, int Line, int EndLine, string Json)
{
    /// <summary>Whether the directive names <paramref name="ruleId"/> (or names none, meaning all).</summary>
    public bool Covers(string ruleId) => RuleIds.Count == 0 || RuleIds.Contains(ruleId, StringComparer.Ordinal);
}

/// <summary>
/// The inline comments of a document, markdownlint's set with one prefix: <c>&lt;!-- reportlint-disable RL1001 --&gt;</c>
/// … <c>&lt;!-- reportlint-enable RL1001 --&gt;</c>, <c>reportlint-disable-line</c>, <c>reportlint-disable-next-line</c>,
/// <c>reportlint-disable-file</c> and <c>reportlint-configure-file { … }</c>, naming rules by ID or alias, or none for
/// all. Only real HTML comments count: a comment inside a code block or code span is text, not a directive.
/// </summary>
public sealed class InlineDirectives
{
    /// <summary>The prefix every directive starts with.</summary>
    public const string Prefix = "reportlint-";

    private InlineDirectives(IReadOnlyList<InlineDirective> directives) => Directives = directives;

    /// <summary>No directives.</summary>
    public static InlineDirectives None { get; } = new([]);

    /// <summary>The directives, in document order.</summary>
    public IReadOnlyList<InlineDirective> Directives { get; }

    /// <summary>The directives of the parts of one file, each moved to its place in the file, in file order.</summary>
    internal static InlineDirectives Join(List<InlineDirective> directives)
    {
        directives.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return directives.Count == 0 ? None : new InlineDirectives(directives);
    }

    /// <summary>Reads the directives of a document; <paramref name="resolve"/> maps an ID or alias to a rule ID (null: unknown).</summary>
    public static InlineDirectives Parse(ReportDocument document, Func<string, string?> resolve)
    {
        if (!HasCommentOpening(document.Text.Text) || !HasPrefix(document.Text.Text))
        {
            return None;
        }

        var list = new List<InlineDirective>();
        foreach (MarkdownObject node in document.Descendants)
        {
            if (node is HtmlBlock or HtmlInline)
            {
                TextSpan span = document.GetSpan(node);
                ReadComments(document, span, resolve, list);
            }
        }

        list.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new InlineDirectives(list);
    }

    // Whether the text holds "<!--" (as Contains): each '<' found by the search for one character and looked at, not a
    // search for the four by the first and last, which cost about three times as much on a page (few hold many '<').
    private static bool HasCommentOpening(string text)
    {
        for (int at = text.IndexOf('<'); at >= 0; at = text.IndexOf('<', at + 1))
        {
            if (string.CompareOrdinal(text, at, "<!--", 0, 4) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // Whether the text holds the prefix (as Contains): searched for by three of its characters at once (SearchValues),
    // not by its first and last alone ('r' and '-', among the most frequent of a page), which cost about twice as much.
#if NET
    private static readonly System.Buffers.SearchValues<string> PrefixSearch = System.Buffers.SearchValues.Create([Prefix], StringComparison.Ordinal);

    private static bool HasPrefix(string text) => text.AsSpan().ContainsAny(PrefixSearch);
#else
    private static bool HasPrefix(string text) => text.Contains(Prefix, StringComparison.Ordinal);
#endif

    /// <summary>The directive that suppresses <paramref name="diagnostic"/>, or null.</summary>
    public InlineDirective? SuppressorOf(Diagnostic diagnostic)
    {
        int line = diagnostic.Line;
        InlineDirective? openDisable = null;
        foreach (InlineDirective directive in Directives)
        {
            if (!directive.Covers(diagnostic.Id))
            {
                continue;
            }

            switch (directive.Kind)
            {
                case DirectiveKind.DisableFile:
                    return directive;
                case DirectiveKind.DisableLine when line >= directive.Line && line <= directive.EndLine:
                    return directive;
                case DirectiveKind.DisableNextLine when line == directive.EndLine + 1:
                    return directive;
                case DirectiveKind.Disable when directive.Line <= line:
                    openDisable = directive;
                    break;
                case DirectiveKind.Enable when directive.Line <= line:
                    openDisable = null;
                    break;
            }
        }

        return openDisable;
    }

    private static void ReadComments(ReportDocument document, TextSpan span, Func<string, string?> resolve, List<InlineDirective> list)
    {
        string text = document.GetText(span).ToString();
        int at = 0;
        while ((at = text.IndexOf("<!--", at, StringComparison.Ordinal)) >= 0)
        {
            int end = text.IndexOf("-->", at + 4, StringComparison.Ordinal);
            if (end < 0)
            {
                return;
            }

            string body = text[(at + 4)..end].Trim();
            var commentSpan = TextSpan.FromBounds(span.Start + at, span.Start + end + 3);
            if (body.StartsWith(Prefix, StringComparison.Ordinal))
            {
                Add(document, body, commentSpan, resolve, list);
            }

            at = end + 3;
        }
    }

    private static void Add(ReportDocument document, string body, TextSpan span, Func<string, string?> resolve, List<InlineDirective> list)
    {
        int space = body.IndexOfAny([' ', '\t', '\n', '\r']);
        string name = space < 0 ? body : body[..space];
        string rest = space < 0 ? string.Empty : body[space..].Trim();
        DirectiveKind? kind = name switch
        {
            "reportlint-disable" => DirectiveKind.Disable,
            "reportlint-enable" => DirectiveKind.Enable,
            "reportlint-disable-line" => DirectiveKind.DisableLine,
            "reportlint-disable-next-line" => DirectiveKind.DisableNextLine,
            "reportlint-disable-file" => DirectiveKind.DisableFile,
            "reportlint-configure-file" => DirectiveKind.ConfigureFile,
            _ => null,
        };
        if (kind is null)
        {
            return;
        }

        LinePositionSpan lines = document.Text.GetLinePositionSpan(span);
        if (kind == DirectiveKind.ConfigureFile)
        {
            list.Add(new InlineDirective(kind.Value, [], span, lines.Start.Line, lines.End.Line, rest));
            return;
        }

        var ids = new List<string>();
        foreach (string token in rest.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            ids.Add(resolve(token) ?? token);
        }

        list.Add(new InlineDirective(kind.Value, ids, span, lines.Start.Line, lines.End.Line, string.Empty));
    }
}
