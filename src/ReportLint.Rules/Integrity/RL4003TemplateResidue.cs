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
/// placeholder e-mail address, an <c>XXX-XXX-XXXX</c> phone number, TODO/TBD where one stands in place of a value in
/// a report that claims to be complete or final. Code spans and code blocks are never checked: there such text is
/// legitimate; nor is template syntax used on purpose: a Make variable (<c>$(PREFIX)</c>), a variable inside a
/// name or an assignment (<c>bitcoin-${VERSION}.tar.gz</c>, <c>DIR=$(pwd)</c>), the fields of a document that is a
/// template source itself (front matter, fields in link targets, template actions).
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

    /// <summary>
    /// The option: report TODO, TBD, "À COMPLÉTER" wherever they stand in capitals, as planning vocabulary too (by
    /// default, only in place of a value in a report that claims to be complete or final).
    /// </summary>
    public const string PlanningMarkersOption = "RL4003.planning_markers";

    /// <summary>Property set on residue that stands for a date (<c>$(date)</c>, <c>${DATE}</c>, <c>{{ today }}</c>).</summary>
    public const string DateProperty = "date";

    private const int MaxPlaceholderLength = 60;

    // The lexicon sections only this rule and its fix read.
    internal static readonly LexiconSection PlaceholderMarker = new("placeholder.marker"), PlaceholderEmail = new("placeholder.email"),
        ReportFinal = new("report.final"), DateLabel = new("date.label");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override ImmutableArray<RuleOption> SupportedOptions { get; } =
    [
        new RuleOption(Rule.Id, "planning_markers", RuleOptionType.Boolean, "false",
            "Report TODO and TBD (and À COMPLÉTER, À DÉFINIR) wherever they stand, not only in place of a value in a report that claims to be complete or final."),
    ];

    /// <inheritdoc />
    /// <remarks>A placeholder address is what <see cref="RuleNeeds.BracketedAddress"/> finds, as MatchPlaceholderEmail reads one.</remarks>
    public override RuleNeeds Needs { get; } =
        RuleNeeds.TextOutsideTopLevelFences("$(", "${", "{{", "XX") | RuleNeeds.Phrase(PlaceholderMarker) |
        (RuleNeeds.Phrase(PlaceholderEmail) & RuleNeeds.BracketedAddress(MaxPlaceholderLength) & RuleNeeds.TextOutsideTopLevelFences("@"));

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
            if (!Overlaps(excluded, span) && !OnPurpose(document, span, what))
            {
                string residue = document.GetText(span).ToString();
                var properties = IsDatePlaceholder(residue)
                    ? ImmutableDictionary<string, string>.Empty.Add(DateProperty, "true")
                    : ImmutableDictionary<string, string>.Empty;
                context.Diagnostics.Report(Rule, span, properties, [], residue, what);
            }
        }
    }

    private const string Marker = "a marker of unfinished text";
    private const string Field = "a template field that was never filled";

    // Template syntax used on purpose, and planning vocabulary: not residue.
    private static bool OnPurpose(ReportDocument document, TextSpan span, string what)
    {
        string text = document.Text.Text;
        if (ReferenceEquals(what, Marker))
        {
            return !string.Equals(document.Options.GetString(PlanningMarkersOption), "true", StringComparison.OrdinalIgnoreCase) &&
                   !(StandsForValue(text, span) && ClaimsFinal(document, span.Start));
        }

        if (ReferenceEquals(what, Field))
        {
            return Templates.Of(document).IsTemplateSource;
        }

        if (text[span.Start] == '$')
        {
            return IsMakeVariable(text.AsSpan(span.Start, span.Length)) || InsideNameOrAssignment(text, span);
        }

        return false;
    }

    // $(PREFIX), $(CC): Make's variable syntax (a shell command substitution runs a command: $(date), $(git …)).
    private static bool IsMakeVariable(ReadOnlySpan<char> residue)
    {
        if (residue[1] != '(')
        {
            return false;
        }

        foreach (char c in residue[2..^1])
        {
            if (!(c is >= 'A' and <= 'Z' || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    // bitcoin-${VERSION}-arm.tar.gz, $(PREFIX)/bin, DIR=$(pwd): part of a name pattern or of an assignment.
    private static bool InsideNameOrAssignment(string text, TextSpan span)
    {
        char before = span.Start > 0 ? text[span.Start - 1] : ' ';
        char beforePrevious = span.Start > 1 ? text[span.Start - 2] : ' ';
        char after = span.End < text.Length ? text[span.End] : ' ';
        char afterNext = span.End + 1 < text.Length ? text[span.End + 1] : ' ';
        // '_' and '*' next to a space or punctuation are emphasis (_Updated: $(date)_), not part of a name.
        return char.IsLetterOrDigit(before) || before is '-' or '/' or '.' or '=' || (before == '_' && char.IsLetterOrDigit(beforePrevious)) ||
               char.IsLetterOrDigit(after) || after is '-' or '/' || (after is '.' or '_' && char.IsLetterOrDigit(afterNext));
    }

    // "Owner: TBD", "| Date | TBD |", "RBAC - TODO", "- TODO": the marker is all there is where a value belongs.
    private static bool StandsForValue(string text, TextSpan span)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        if (span.Start == 0)
        {
            lineStart = 0;
        }

        int lineEnd = text.IndexOf('\n', span.End);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        ReadOnlySpan<char> before = text.AsSpan(lineStart, span.Start - lineStart).TrimEnd(" \t*_");
        ReadOnlySpan<char> after = text.AsSpan(span.End, lineEnd - span.End).Trim(" \t*_.!\r");
        bool valueEnds = after.IsEmpty || after[0] == '|';
        if (!valueEnds)
        {
            return false;
        }

        // After a label ("Owner: TBD", "RBAC - TODO") or in a table cell of its own.
        if (before.EndsWith(":") || before.EndsWith("|") || before.EndsWith(" -") || before.EndsWith(" –") || before.EndsWith(" —"))
        {
            return true;
        }

        // A list item that holds nothing else: "- TBD", "1. TODO", "- [ ] TBD".
        ReadOnlySpan<char> item = before.Trim(" \t>");
        if (item.EndsWith("[ ]"))
        {
            item = item[..^3].TrimEnd();
        }

        return item is "-" or "*" or "+" || (item.Length > 1 && item[^1] is '.' or ')' && IsDigits(item[..^1]));
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }

    // The report claims to be complete or final: its title says final, or a completion claim covers the whole
    // document or the section the marker is in ("## Deliverables ✅ COMPLETE").
    private static bool ClaimsFinal(ReportDocument document, int position)
    {
        if (Templates.Of(document).TitleSaysFinal)
        {
            return true;
        }

        foreach (CompletionClaim claim in CompletionClaims.Of(document).All)
        {
            if (!claim.ClaimsAll)
            {
                continue;
            }

            // A claim about the document counts in its title or on a status line ("**Status**: ✅ 100% COMPLETE"),
            // not a completion word somewhere in its opening prose ("we will see how this can be done").
            if (claim.Section is { } section
                    ? claim.AboutDocument || (section.SectionSpan.Start <= position && position < section.SectionSpan.End)
                    : claim.AboutDocument && OnStatusLine(document.Text.Text, claim.Span.Start))
            {
                return true;
            }
        }

        return false;
    }

    // "Label: ✅ 100% COMPLETE": a label, then at most three words before the claim.
    private static bool OnStatusLine(string text, int at)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        ReadOnlySpan<char> before = text.AsSpan(lineStart, at - lineStart);
        int colon = before.LastIndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        int words = 0;
        bool inWord = false;
        foreach (char c in before[(colon + 1)..])
        {
            bool letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words <= 3;
    }

    /// <summary>What the whole document says about its own template syntax, found once.</summary>
    private sealed class Templates
    {
        private Templates(bool isTemplateSource, bool titleSaysFinal)
        {
            IsTemplateSource = isTemplateSource;
            TitleSaysFinal = titleSaysFinal;
        }

        // The document is the source a site generator renders (Jekyll, Hugo, MkDocs macros, Go templates): it opens
        // with front matter, puts template fields in link targets, or uses template actions. Its fields are filled
        // when it is rendered.
        public bool IsTemplateSource { get; }

        public bool TitleSaysFinal { get; }

        public static Templates Of(ReportDocument document) => document.GetModel(d => new Templates(FindTemplateSource(d.Text.Text), FindFinalTitle(d)));

        private static bool FindTemplateSource(string text)
        {
            if (text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r\n", StringComparison.Ordinal) ||
                text.Contains("{%", StringComparison.Ordinal))
            {
                return true;
            }

            for (int at = text.IndexOf("{{", StringComparison.Ordinal); at >= 0; at = text.IndexOf("{{", at + 2, StringComparison.Ordinal))
            {
                // A template action: {{if …}}, {{end}}, {{.}}, {{- …}}, {{#each}}, {{/each}}.
                int k = at + 2;
                while (k < text.Length && text[k] == ' ')
                {
                    k++;
                }

                if (k < text.Length && text[k] is '.' or '-' or '#' or '/' or '!' or '>' ||
                    StartsWithWord(text, k, "if") || StartsWithWord(text, k, "end") || StartsWithWord(text, k, "range") ||
                    StartsWithWord(text, k, "with") || StartsWithWord(text, k, "else") || StartsWithWord(text, k, "for"))
                {
                    return true;
                }

                // A field in a link target: "](…{{ site.url }}/img)", "[ref]: {{log}}", href="{{ url }}".
                int lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
                ReadOnlySpan<char> before = text.AsSpan(lineStart, at - lineStart);
                int target = Math.Max(before.LastIndexOf("]("), Math.Max(before.LastIndexOf("]: "), before.LastIndexOf("=\"")));
                if (target >= 0 && before[(target + 2)..].TrimStart().IndexOfAny(" \t)") < 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool StartsWithWord(string text, int at, string word) =>
            string.CompareOrdinal(text, at, word, 0, word.Length) == 0 && (at + word.Length >= text.Length || !char.IsLetterOrDigit(text[at + word.Length]));

        // The title: the first heading.
        private static bool FindFinalTitle(ReportDocument document) =>
            DocumentOutline.Of(document).Sections is { Count: > 0 } sections &&
            PhraseMatcher.ContainsAny(sections[0].Folded, document.Lexicon, ReportFinal);
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
                found.Add(new Residue(new TextSpan(offset + i, end - i), Field));
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
                found.Add(new Residue(new TextSpan(offset + i, end - i), Marker));
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

    // $(command args) or ${NAME} / ${NAME:-default} / ${new Date().toISOString()} (a JavaScript template literal's
    // expression, parentheses balanced): an identifier first, short, on one line.
    private static int MatchVariable(ReadOnlySpan<char> text, int i)
    {
        bool brace = text[i + 1] == '{';
        char close = brace ? '}' : ')';
        int j = i + 2, depth = 0;
        if (j >= text.Length || !(char.IsAsciiLetter(text[j]) || text[j] == '_'))
        {
            return -1;
        }

        while (j < text.Length && j - i < MaxPlaceholderLength && (text[j] != close || depth > 0) && text[j] != '\n' && text[j] != '\r' && text[j] != '$')
        {
            if (text[j] == '(')
            {
                if (!brace)
                {
                    return -1;
                }

                depth++;
            }
            else if (text[j] == ')' && brace && --depth < 0)
            {
                return -1;
            }

            j++;
        }

        return j < text.Length && text[j] == close && depth == 0 ? j + 1 : -1;
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
            if (lexicon.Contains(PlaceholderEmail, word))
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
        IReadOnlyList<string> markers = lexicon.Phrases(PlaceholderMarker);
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
