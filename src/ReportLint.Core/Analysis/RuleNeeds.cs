using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Analysis;

/// <summary>
/// What a document must hold for a rule to have anything to report on it, declared by the rule
/// (<see cref="ReportAnalyzer.Needs"/>) and evaluated by the driver before any callback runs and before the document
/// is parsed: a rule whose needs are absent is skipped, and a document no rule needs is never parsed. Needs are built
/// from the kinds below and combined with <c>&amp;</c> and <c>|</c> (evaluated left to right, stopping as soon as the
/// answer is known: put the cheap ones first).
/// <para>
/// Each kind may answer "may hold" where the document does not, never "cannot hold" where it does: the words of a
/// phrase are looked up in the document's folded text (mojibake read through), so a rule that matches the phrase in
/// a statement's fold always finds it declared present. A need must never hide a diagnostic: a test lints every
/// example, doc, seed and corpus page with triage on and off and requires the same diagnostics.
/// </para>
/// </summary>
public abstract class RuleNeeds
{
    private RuleNeeds()
    {
    }

    /// <summary>No need: the rule may report on any document (the default).</summary>
    public static RuleNeeds Anything { get; } = new Always();

    /// <summary>A phrase of any of the sections, anywhere in the document.</summary>
    public static RuleNeeds Phrase(params LexiconSection[] sections) =>
        new SectionsNeed("phrase", sections, (triggers, names) => triggers.Any(names));

    /// <summary>
    /// A phrase of any of the sections within one paragraph of the raw text (a run of non-blank lines), where every
    /// statement lies: "all", "tests" and "pass" on different pages of a manual are not "all tests pass".
    /// </summary>
    public static RuleNeeds PhraseInParagraph(params LexiconSection[] sections) =>
        new SectionsNeed("phrase in a paragraph", sections, (triggers, names) => triggers.AnyInParagraph(names));

    /// <summary>One paragraph of the raw text with a phrase of each of the sections (a percentage and a completion word).</summary>
    public static RuleNeeds ParagraphWithEach(params LexiconSection[] sections) =>
        new SectionsNeed("paragraph with each of", sections, (triggers, names) => triggers.AnyParagraphWithAll(names));

    /// <summary>A line holding a <c>|</c> (a table row) with a phrase of each of the sections.</summary>
    public static RuleNeeds TableLineWith(params LexiconSection[] sections) =>
        new SectionsNeed("table line with", sections, (triggers, names) => triggers.AnyTableLineWith(names));

    /// <summary>
    /// A phrase of the section followed, past spaces, colons, equals signs and emphasis, by a number or a comparator,
    /// within one paragraph: "target: &gt; 90", "objectif : 1000".
    /// </summary>
    public static RuleNeeds NumberAfter(LexiconSection section) =>
        new SectionsNeed("number after", [section], (triggers, names) => triggers.AnyFollowedByNumber(names[0]));

    /// <summary>
    /// A phrase of the section in a heading, ATX or setext, at any level: within a paragraph of the raw text (a run of
    /// non-blank lines) that holds a line starting with '#' or a line of only '=' or '-', where every heading lies.
    /// </summary>
    public static RuleNeeds PhraseInHeading(LexiconSection section) =>
        new SectionsNeed("phrase in a heading", [section], (triggers, names) => triggers.AnyInHeadingParagraph(names[0]));

    /// <summary>A status symbol (a mark of the status sections that is not a word: ✅ ❌ ⏳ ⚠ [x] [ ]…).</summary>
    public static RuleNeeds StatusSymbol { get; } = new Leaf("status symbol", document => Triggers.Of(document).AnyStatusSymbol());

    /// <summary>A ratio of two equal numbers in the raw text ("7/7", "12/12").</summary>
    public static RuleNeeds FullRatio { get; } = new Leaf("full ratio", document => Triggers.Of(document).AnyFullRatio());

    /// <summary>A heading of the raw text with a bracketed number ("### Phase 1 (7.5h)"), ATX or setext.</summary>
    public static RuleNeeds HeadingWithBracketedNumber { get; } =
        new Leaf("heading with a bracketed number", document => Triggers.Of(document).AnyHeadingWithBracketedNumber());

    /// <summary>
    /// A claim of completion about a section or the whole document: a completion word in a heading or in the first
    /// lines (see <see cref="LexiconSections.Completion"/>), not only in the body.
    /// </summary>
    public static RuleNeeds SectionOrDocumentCompletionClaim { get; } =
        new Leaf("completion claim on a section or the document", document => Triggers.Of(document).MayHoldSectionOrDocumentCompletionClaim());

    /// <summary>A path: the document was read from a file.</summary>
    public static RuleNeeds HasPath { get; } = new Leaf("path", document => document.Path is not null);

    /// <summary>Any of the characters in the raw text.</summary>
    public static RuleNeeds Character(string characters)
    {
        ArgumentNullException.ThrowIfNull(characters);
        string question = "\u0009" + characters;
        return new Leaf($"character of \"{characters}\"", document => Triggers.Of(document).AnyChar(characters, question));
    }

    /// <summary>The string in the raw text (ordinal).</summary>
    public static RuleNeeds Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string question = "\u000B" + value;
        return new Leaf($"text \"{value}\"", document => Triggers.Of(document).Contains(value, question));
    }

    /// <summary>
    /// Any of the strings outside fenced code opened at column 0 (certainly code); other code is read as text, and a
    /// document with raw HTML at a line start is read whole.
    /// </summary>
    public static RuleNeeds TextOutsideTopLevelFences(params string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        string[] copy = (string[])values.Clone();
        return new Leaf($"text outside top-level fences of {Quoted(copy)}", document => Triggers.Of(document).AnyOutsideTopLevelFences(copy));
    }

    /// <summary>
    /// An address in square brackets: '[', then no ']', space or tab up to an '@', then none up to a ']', the whole
    /// at most <paramref name="maxLength"/> characters from '[' to ']' ("[your-email@domain.com]").
    /// </summary>
    public static RuleNeeds BracketedAddress(int maxLength) =>
        new Leaf($"bracketed address of at most {maxLength} characters", document => AnyBracketedAddress(document.Text.Text.AsSpan(), maxLength));

    /// <summary>
    /// A condition the kinds above cannot express, about the document's setting rather than its words ("inside a git
    /// working tree"); it must be cheap, must not parse the document and must never answer false where the rule could
    /// report.
    /// </summary>
    public static RuleNeeds When(string description, Func<ReportDocument, bool> condition)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(condition);
        return new Leaf(description, condition);
    }

    /// <summary>Each of the needs, in order.</summary>
    public static RuleNeeds AllOf(params RuleNeeds[] needs) => new Combined(needs, all: true);

    /// <summary>Any of the needs, in order.</summary>
    public static RuleNeeds AnyOf(params RuleNeeds[] needs) => new Combined(needs, all: false);

    /// <summary>Both needs: <paramref name="right"/> is evaluated only when <paramref name="left"/> may be met.</summary>
    public static RuleNeeds operator &(RuleNeeds left, RuleNeeds right) => AllOf(left, right);

    /// <summary>Either need: <paramref name="right"/> is evaluated only when <paramref name="left"/> cannot be met.</summary>
    public static RuleNeeds operator |(RuleNeeds left, RuleNeeds right) => AnyOf(left, right);

    /// <summary>
    /// Whether <paramref name="document"/> may hold what is needed: false only when it certainly does not.
    /// </summary>
    internal abstract bool MayBeMet(ReportDocument document);

    private static string Quoted(string[] values) => string.Join(", ", values.Select(v => "\"" + v + "\""));

    private static bool AnyBracketedAddress(ReadOnlySpan<char> text, int maxLength)
    {
        for (int at = text.IndexOf('@'); at >= 0; at = text[(at + 1)..].IndexOf('@') is int next and >= 0 ? at + 1 + next : -1)
        {
            int open = text[..at].LastIndexOfAny("[] \t".AsSpan());
            int close = text[(at + 1)..].IndexOfAny("] \t".AsSpan());
            if (open >= 0 && text[open] == '[' && close >= 0 && text[at + 1 + close] == ']' && at + 1 + close - open <= maxLength)
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Always : RuleNeeds
    {
        internal override bool MayBeMet(ReportDocument document) => true;

        public override string ToString() => "anything";
    }

    private sealed class Leaf(string description, Func<ReportDocument, bool> mayBeMet) : RuleNeeds
    {
        internal override bool MayBeMet(ReportDocument document) => mayBeMet(document);

        public override string ToString() => description;
    }

    // The sections' names are taken once, when the need is declared: triage asks by name.
    private sealed class SectionsNeed : RuleNeeds
    {
        private readonly string _kind;
        private readonly string[] _names;
        private readonly Func<Triggers, string[], bool> _mayBeMet;

        public SectionsNeed(string kind, LexiconSection[] sections, Func<Triggers, string[], bool> mayBeMet)
        {
            ArgumentNullException.ThrowIfNull(sections);
            if (sections.Length == 0)
            {
                throw new ArgumentException("A need of phrases names at least one lexicon section.", nameof(sections));
            }

            _kind = kind;
            _names = new string[sections.Length];
            for (int i = 0; i < sections.Length; i++)
            {
                _names[i] = sections[i].Name ?? throw new ArgumentException("A lexicon section has no name.", nameof(sections));
            }

            _mayBeMet = mayBeMet;
        }

        internal override bool MayBeMet(ReportDocument document) => _mayBeMet(Triggers.Of(document), _names);

        public override string ToString() => $"{_kind} [{string.Join(", ", _names)}]";
    }

    private sealed class Combined : RuleNeeds
    {
        private readonly RuleNeeds[] _needs;
        private readonly bool _all;

        public Combined(RuleNeeds[] needs, bool all)
        {
            ArgumentNullException.ThrowIfNull(needs);
            if (needs.Length == 0 || needs.Any(need => need is null))
            {
                throw new ArgumentException("Combined needs are at least one need, none null.", nameof(needs));
            }

            _needs = (RuleNeeds[])needs.Clone();
            _all = all;
        }

        internal override bool MayBeMet(ReportDocument document)
        {
            foreach (RuleNeeds need in _needs)
            {
                if (need.MayBeMet(document) != _all)
                {
                    return !_all;
                }
            }

            return _all;
        }

        public override string ToString() => "(" + string.Join(_all ? " & " : " | ", _needs.Select(n => n.ToString())) + ")";
    }
}
