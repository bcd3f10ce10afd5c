using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Syntax;
using ReportLint.Text;

namespace ReportLint.Rules.Integrity;

/// <summary>
/// RL4003: template residue left in the prose: <c>$(date)</c>, <c>${VAR}</c>, <c>{{name}}</c>, a bracketed
/// placeholder e-mail address, an <c>XXX-XXX-XXXX</c> phone number, TODO/TBD. Code spans and code blocks are
/// never checked: there such text is legitimate.
/// </summary>
public sealed class RL4003TemplateResidue : ReportAnalyzer
{
    // Made once: a params array of constants is built at every call.
    private static readonly char[] ResidueEdges = ['$', '(', ')', '{', '}', ' '];

    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL4003", "template-residue", "Template residue left in the text",
        "Template residue '{0}': {1}",
        RuleCategory.Integrity, Severity.Warning,
        "Placeholders and unexpanded variables show the report was generated and never reviewed, and readers get a '$(date)' instead of a date.");

    /// <summary>Property set on residue that stands for a date (<c>$(date)</c>, <c>${DATE}</c>, <c>{{ today }}</c>).</summary>
    public const string DateProperty = "date";

    private const int MaxPlaceholderLength = 60;

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override bool CanReport(ReportDocument document) =>
        Triggers.Of(document).AnyOutsideTopLevelFences("$(", "${", "{{", "XX") || Triggers.Of(document).Any("placeholder.marker") ||
        (Triggers.Of(document).Any("placeholder.email") && AnyBracketedAddress(document.Text.Text) && Triggers.Of(document).AnyOutsideTopLevelFences("@"));

    // As MatchPlaceholderEmail reads one: '[', then no ']', space or tab before an '@', then a ']' close enough.
    private static bool AnyBracketedAddress(ReadOnlySpan<char> text)
    {
        for (int at = text.IndexOf('@'); at >= 0; at = text[(at + 1)..].IndexOf('@') is int next and >= 0 ? at + 1 + next : -1)
        {
            int open = text[..at].LastIndexOfAny("[] \t");
            int close = text[(at + 1)..].IndexOfAny("] \t");
            if (open >= 0 && text[open] == '[' && close >= 0 && text[at + 1 + close] == ']' && at + 1 + close - open <= MaxPlaceholderLength)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction<LeafBlock>(Analyze);

    [ThreadStatic]
    private static List<Residue>? t_found;

    private static void Analyze(BlockAnalysisContext context)
    {
        if (context.Block is not LeafBlock { Inline: { } inline } leaf || leaf is CodeBlock)
        {
            return;
        }

        // The block's own text, minus code spans, raw HTML and autolinks, where such text is legitimate. Most blocks
        // hold no residue: the list of what was found is kept per thread, and the exclusions are listed only when
        // something was found.
        ReportDocument document = context.Document;
        TextSpan block = document.GetSpan(leaf);
        List<Residue> found = t_found ??= [];
        found.Clear();
        ScanText(document.GetText(block), block.Start, document.Lexicon, found);
        if (found.Count == 0)
        {
            return;
        }

        var excluded = new List<TextSpan>();
        for (Inline? node = inline.FirstChild; node is not null; node = MarkdownSyntax.NextInline(node, inline))
        {
            if (node is CodeInline or HtmlInline or AutolinkInline or HtmlEntityInline)
            {
                excluded.Add(document.GetSpan(node));
            }
        }

        foreach ((TextSpan span, string what) in found)
        {
            if (!Overlaps(excluded, span))
            {
                string residue = document.GetText(span).ToString();
                var properties = IsDatePlaceholder(residue)
                    ? ImmutableDictionary<string, string>.Empty.Add(DateProperty, "true")
                    : ImmutableDictionary<string, string>.Empty;
                context.Diagnostics.Report(Rule, span, properties, [], residue, what);
            }
        }
    }

    // A residue found and what it is (a class, not a value tuple: framework generic code over a value type is
    // JIT-compiled at every start of the tool).
    private sealed record Residue(TextSpan Span, string What);

    // A loop, not LINQ over TextSpan: framework generic code over a value type is JIT-compiled at every start.
    private static bool Overlaps(List<TextSpan> spans, TextSpan span)
    {
        foreach (TextSpan e in spans)
        {
            if (e.OverlapsWith(span))
            {
                return true;
            }
        }

        return false;
    }

    private static void ScanText(ReadOnlySpan<char> text, int offset, Lexicon lexicon, List<Residue> found)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int end;
            if (c == '$' && i + 1 < text.Length && text[i + 1] is '(' or '{' && (end = MatchVariable(text, i)) > 0)
            {
                string what = text[i + 1] == '(' ? "a command substitution that was never run" : "a variable that was never expanded";
                found.Add(new Residue(new TextSpan(offset + i, end - i), what));
                i = end - 1;
            }
            else if (c == '{' && i + 1 < text.Length && text[i + 1] == '{' && (end = MatchMustache(text, i)) > 0)
            {
                found.Add(new Residue(new TextSpan(offset + i, end - i), "a template field that was never filled"));
                i = end - 1;
            }
            else if (c == '[' && (end = MatchPlaceholderEmail(text, i, lexicon)) > 0)
            {
                found.Add(new Residue(new TextSpan(offset + i, end - i), "a placeholder e-mail address"));
                i = end - 1;
            }
            else if (c == 'X' && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end = MatchPlaceholderPhone(text, i, out int from)) > 0)
            {
                found.Add(new Residue(TextSpan.FromBounds(offset + from, offset + end), "a placeholder phone number"));
                i = end - 1;
            }
            else if (char.IsUpper(c) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end = MatchMarker(text, i, lexicon)) > 0)
            {
                found.Add(new Residue(new TextSpan(offset + i, end - i), "a marker of unfinished text"));
                i = end - 1;
            }
        }
    }

    // $(date), $(date +%F), ${DATE}, {{ date }}, {{today}}: residue that stands for a date.
    internal static bool IsDatePlaceholder(string residue)
    {
        string inner = TextFolding.Fold(residue.Trim(ResidueEdges));
        int end = 0;
        while (end < inner.Length && (char.IsLetter(inner[end]) || inner[end] == '_'))
        {
            end++;
        }

        return inner[..end] is "date" or "today" or "now" or "current_date" or "report_date";
    }

    // $(command args) or ${NAME} / ${NAME:-default}: an identifier first, short, on one line.
    private static int MatchVariable(ReadOnlySpan<char> text, int i)
    {
        char close = text[i + 1] == '(' ? ')' : '}';
        int j = i + 2;
        if (j >= text.Length || !(char.IsAsciiLetter(text[j]) || text[j] == '_'))
        {
            return -1;
        }

        while (j < text.Length && j - i < MaxPlaceholderLength && text[j] != close && text[j] != '\n' && text[j] != '\r' && text[j] != '$' && text[j] != '(')
        {
            j++;
        }

        return j < text.Length && text[j] == close ? j + 1 : -1;
    }

    // {{ name }}: an identifier (dots allowed), short, on one line.
    private static int MatchMustache(ReadOnlySpan<char> text, int i)
    {
        int j = i + 2;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        if (j >= text.Length || !(char.IsLetter(text[j]) || text[j] == '_'))
        {
            return -1;
        }

        while (j < text.Length && j - i < MaxPlaceholderLength && (char.IsLetterOrDigit(text[j]) || text[j] is '_' or '.' or '-' or ' '))
        {
            j++;
        }

        return j + 1 < text.Length && text[j] == '}' && text[j + 1] == '}' ? j + 2 : -1;
    }

    // [your-email@domain.com]: an address in brackets whose words are placeholders.
    private static int MatchPlaceholderEmail(ReadOnlySpan<char> text, int i, Lexicon lexicon)
    {
        int close = text[i..].IndexOf(']');
        if (close < 0 || close > MaxPlaceholderLength)
        {
            return -1;
        }

        ReadOnlySpan<char> inner = text[(i + 1)..(i + close)];
        int at = inner.IndexOf('@');
        if (at <= 0 || at == inner.Length - 1 || inner.ContainsAny(' ', '\t') || (i + close + 1 < text.Length && text[i + close + 1] == '('))
        {
            return -1;
        }

        foreach (string word in TextFolding.Fold(inner).Split(['-', '.', '_', '@', '+'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (lexicon.Contains("placeholder.email", word))
            {
                return i + close + 1;
            }
        }

        return -1;
    }

    // +1-XXX-XXX-XXXX or (XXX) XXX-XXXX: at least three groups of two to four X.
    private static int MatchPlaceholderPhone(ReadOnlySpan<char> text, int i, out int from)
    {
        from = i;
        int groups = 0, j = i;
        while (j < text.Length)
        {
            int run = 0;
            while (j < text.Length && text[j] == 'X')
            {
                run++;
                j++;
            }

            if (run < 2 || run > 4 || (j < text.Length && char.IsLetterOrDigit(text[j])))
            {
                if (run == 0 && groups > 0)
                {
                    j--;
                }

                break;
            }

            groups++;
            if (j + 1 < text.Length && text[j] is '-' or ' ' or '.' && text[j + 1] == 'X')
            {
                j++;
                continue;
            }

            break;
        }

        if (groups < 3)
        {
            return -1;
        }

        // Include a country code written before it: "+1-".
        int k = i;
        if (k > 0 && text[k - 1] is '-' or ' ')
        {
            int d = k - 1;
            while (d > 0 && char.IsAsciiDigit(text[d - 1]))
            {
                d--;
            }

            if (d > 0 && d < k - 1 && text[d - 1] == '+')
            {
                from = d - 1;
            }
        }

        return j;
    }

    // TODO, TBD, "À COMPLÉTER": a marker of the lexicon written in capitals, as a whole word.
    private static int MatchMarker(ReadOnlySpan<char> text, int i, Lexicon lexicon)
    {
        // Indexed, not foreach: an enumerator through the interface per capital letter was a large share of this rule.
        IReadOnlyList<string> markers = lexicon.Phrases("placeholder.marker");
        for (int m = 0; m < markers.Count; m++)
        {
            string marker = markers[m];
            int length = marker.Length;
            if (i + length > text.Length)
            {
                continue;
            }

            ReadOnlySpan<char> candidate = text.Slice(i, length);
            if ((i + length < text.Length && char.IsLetterOrDigit(text[i + length])) || !IsUpper(candidate))
            {
                continue;
            }

            if (TextFolding.Fold(candidate) == marker)
            {
                return i + length;
            }
        }

        return -1;
    }

    private static bool IsUpper(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
