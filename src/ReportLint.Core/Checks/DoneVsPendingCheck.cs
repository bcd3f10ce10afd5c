using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Checks;

/// <summary>A claim that some work is done or complete: where it stands, its words and the scope it covers.</summary>
internal readonly struct DoneClaim
{
    /// <summary>A claim at <paramref name="span"/> about the report or about <paramref name="section"/>.</summary>
    public DoneClaim(TextSpan span, int line, DisplayText text, bool aboutReport, ModelSection? section)
    {
        Span = span;
        Line = line;
        Text = text;
        AboutReport = aboutReport;
        Section = section;
    }

    /// <summary>The claim's words in the source.</summary>
    public TextSpan Span { get; }

    /// <summary>Its 1-based line.</summary>
    public int Line { get; }

    /// <summary>Its words, for messages.</summary>
    public DisplayText Text { get; }

    /// <summary>Whether it speaks of the whole report rather than of its section.</summary>
    public bool AboutReport { get; }

    /// <summary>The section it speaks of when it is not about the report.</summary>
    public ModelSection? Section { get; }
}

/// <summary>
/// Done vs pending: a claim that work is done or complete against what its scope still holds not done (pending
/// items, lower ratios, failed results). The rule gives the lexicon sections of its done and not-done words (the
/// kind needs a done phrase or a status symbol, and a not-done phrase), the claims to judge, the not-done items a
/// claim's scope covers, which of them contradict the claim, the mark of each and the message. The kind reports a
/// claim once per line, at the claim, with every contradicting item's mark as a related location.
/// </summary>
/// <typeparam name="TItem">The rule's not-done item.</typeparam>
internal sealed class DoneVsPendingCheck<TItem>
    : Check
    where TItem : class
{
    private readonly RuleDescriptor _descriptor;
    private readonly Func<ReportModel, HashSet<int>, IEnumerable<DoneClaim>> _claims;
    private readonly Func<ReportModel, DoneClaim, IReadOnlyList<TItem>> _scope;
    private readonly Func<DoneClaim, TItem, bool> _contradicts;
    private readonly Func<TItem, TextSpan> _mark;
    private readonly Func<DoneClaim, List<TItem>, object?[]> _message;

    /// <summary>A done-vs-pending check reported through <paramref name="descriptor"/>.</summary>
    /// <param name="descriptor">The descriptor it reports through.</param>
    /// <param name="done">The sections of the words that claim work done (a status symbol claims it too).</param>
    /// <param name="pending">The sections of the words that say work is not done.</param>
    /// <param name="claims">The claims to judge, in document order; it may read the lines already reported.</param>
    /// <param name="scope">The not-done items a claim covers, in document order.</param>
    /// <param name="contradicts">Which of them the claim cannot stand beside.</param>
    /// <param name="mark">An item's mark, the related location reported.</param>
    /// <param name="message">The message's arguments for a claim and the items that contradict it.</param>
    public DoneVsPendingCheck(RuleDescriptor descriptor, LexiconSection[] done, LexiconSection[] pending,
        Func<ReportModel, HashSet<int>, IEnumerable<DoneClaim>> claims, Func<ReportModel, DoneClaim, IReadOnlyList<TItem>> scope,
        Func<DoneClaim, TItem, bool> contradicts, Func<TItem, TextSpan> mark, Func<DoneClaim, List<TItem>, object?[]> message)
    {
        _descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        _claims = claims ?? throw new ArgumentNullException(nameof(claims));
        _scope = scope ?? throw new ArgumentNullException(nameof(scope));
        _contradicts = contradicts ?? throw new ArgumentNullException(nameof(contradicts));
        _mark = mark ?? throw new ArgumentNullException(nameof(mark));
        _message = message ?? throw new ArgumentNullException(nameof(message));
        Needs = (RuleNeeds.Phrase(done) | RuleNeeds.StatusSymbol) & RuleNeeds.Phrase(pending);
    }

    /// <inheritdoc />
    public override RuleNeeds Needs { get; }

    /// <inheritdoc />
    public override void Run(DocumentAnalysisContext context, ReportModel model) => Run(context, model, []);

    /// <summary>Runs the check, sharing the lines already reported with the rule's other checks.</summary>
    public void Run(DocumentAnalysisContext context, ReportModel model, HashSet<int> reportedLines)
    {
        foreach (DoneClaim claim in _claims(model, reportedLines))
        {
            Report(context, model, claim, reportedLines);
        }
    }

    /// <summary>
    /// Reports <paramref name="claim"/> when its scope holds items that contradict it and its line is not reported
    /// yet; true when it reported.
    /// </summary>
    public bool Report(DocumentAnalysisContext context, ReportModel model, DoneClaim claim, HashSet<int> reportedLines)
    {
        ArgumentNullException.ThrowIfNull(reportedLines);
        if (reportedLines.Contains(claim.Line))
        {
            return false;
        }

        List<TItem>? items = null;
        foreach (TItem item in _scope(model, claim))
        {
            if (_contradicts(claim, item))
            {
                (items ??= []).Add(item);
            }
        }

        if (items is null)
        {
            return false;
        }

        reportedLines.Add(claim.Line);
        // An array, not LINQ's Select: framework generic code over a value type is JIT-compiled at every start.
        var marks = new TextSpan[items.Count];
        for (int i = 0; i < marks.Length; i++)
        {
            marks[i] = _mark(items[i]);
        }

        context.Diagnostics.Report(_descriptor, claim.Span, ImmutableDictionary<string, string>.Empty, marks, _message(claim, items));
        return true;
    }
}
