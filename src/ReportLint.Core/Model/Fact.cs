using ReportLint.Claims;
using ReportLint.Text;

namespace ReportLint.Model;

/// <summary>
/// One thing a report states: a value (or, for a named metric, a status alone) with its role, stance, status,
/// subject, metric, scope and evidence. Only an <see cref="IsActual"/> fact is a claim; a target bounds one, a goal,
/// a before or a projection is compared with one or set aside.
/// </summary>
public sealed class Fact
{
    private Naming? _naming;
    // The value, when its statement is the fact's (its statement is read from it: most facts); else the value and the
    // statement (Pinned), or the span of a fact without a value and the statement (SpanOnly).
    private readonly object _value;

    // -1 until read: each is read and written whole, so a fact shared between threads is never seen half-set. Bytes,
    // with the three below, in one word of the object: a report has a fact per number, and a fact is three references
    // and that word (48 bytes).
    private sbyte _role = -1;
    private sbyte _stance = -1;
    private sbyte _outcome = -1;
    // What _link holds (Linked), which spans its own status is not read from (FactExclusions), and whether its metric
    // words start at its value's line (MetricFrom).
    private byte _linked;
    private byte _excluded;
    private bool _metricFromLine;
    // Its target (for a result), the result it bounds (for a target), or both in a pair (none so far): a fact is
    // one or the other, so one field holds either. Set while the facts are built, before they are shared. Its
    // presentation, once read, is kept in the same field (few facts have a link, few are asked how they are
    // presented): alone when there is no link, else beside it (WithPresentation, made and written whole).
    private object? _more;

    // A fact of a value, which stands where its value does. The role, when the structure gives it (a target, a result
    // column), else read from the cues of the value's clause when first asked; the stance is read at the value when
    // first asked.
    internal Fact(ModelStatement statement, FactValue value, FactRole? role)
    {
        _value = Hold(statement, value);
        _role = (sbyte)(role is { } known ? (int)known : -1);
    }

    // A fact of a value as above, its role read when first asked; or, when value is null (a status alone, a result that
    // is no measure), an actual standing at spanWithoutValue, its stance read over the whole statement. Few facts have
    // no value, so only they keep a span, in an object of their own: every fact is a field smaller.
    internal Fact(ModelStatement statement, FactValue? value, TextSpan spanWithoutValue)
    {
        _value = value is null ? new SpanOnly(statement, spanWithoutValue) : Hold(statement, value);
        _role = (sbyte)(value is null ? (int)FactRole.Actual : -1);
    }

    private ReportModel Model => Statement.Model;

    /// <summary>The statement that states it.</summary>
    public ModelStatement Statement => _value switch
    {
        FactValue value => value.OwnerStatement!,
        Pinned pinned => pinned.Statement,
        _ => ((SpanOnly)_value).Statement,
    };

    /// <summary>The value, or null for a status alone ("Security Headers - Missing headers") or a result that is no measure ("Framework ready").</summary>
    public FactValue? Value => _value as FactValue ?? (_value as Pinned)?.Value;

    /// <summary>Where it stands in the source: its value, or the cell or statement that states it.</summary>
    public TextSpan Span => Value is { } value ? value.Span : ((SpanOnly)_value).Span;

    // The value alone when its statement is the fact's, else with the statement.
    private static object Hold(ModelStatement statement, FactValue value) =>
        ReferenceEquals(value.OwnerStatement, statement) ? value : new Pinned(statement, value);

    /// <summary>The 1-based line it starts on.</summary>
    public int Line => Model.Document.Text.GetLinePosition(Span.Start).Line;

    /// <summary>What the value stands for.</summary>
    public FactRole Role
    {
        get
        {
            if (_role < 0)
            {
                ReadRoleAndStance();
            }

            return (FactRole)_role;
        }
    }

    /// <summary>How its clause holds it.</summary>
    public FactStance Stance
    {
        get
        {
            if (_stance < 0)
            {
                if (_role < 0)
                {
                    ReadRoleAndStance();
                }
                else
                {
                    _stance = (sbyte)Model.StanceOf(Statement, Value?.Span ?? default);
                }
            }

            return (FactStance)_stance;
        }
    }

    // Both read from one read of the clause's cues (a fact with no role yet has a value): most facts asked one are
    // asked the other, often by another rule, when the cues kept per thread are another statement's.
    private void ReadRoleAndStance()
    {
        Model.RoleAndStanceOf(Statement, Value!.Span, out FactRole role, out FactStance stance);
        _stance = (sbyte)stance;
        _role = (sbyte)role;
    }

    /// <summary>Whether it is a claim: an actual result, asserted (not negated, modal, asked or quoted).</summary>
    public bool IsActual => Role == FactRole.Actual && Stance == FactStance.None;

    /// <summary>The normalised metric it is about ("test-coverage" for "Couverture de tests"), or null when not named.</summary>
    public string? Metric => (_naming as ClaimNaming)?.Claim.Key;

    /// <summary>The metric's name as written, for messages (empty when not named).</summary>
    public DisplayText MetricName => (_naming as ClaimNaming)?.Name ?? DisplayText.Empty;

    /// <summary>
    /// What it is about, for messages: a table row's label, a named metric, or a list item's lead; empty when the
    /// statement names nothing.
    /// </summary>
    public DisplayText Subject => _naming switch
    {
        ClaimNaming claim => claim.Name,
        RowNaming row => row.Subject,
        _ => Statement.Subject,
    };

    /// <summary>
    /// The status of its own line or row (marks and words outside its value and targets), for a named metric the
    /// symbols of its statement.
    /// </summary>
    public StatusKind Status => StatusOfClaim ?? Presentation.Own;

    // The status of a named metric's statement (its symbols), which stands for its own.
    internal StatusKind? StatusOfClaim => Claim?.Status;

    /// <summary>The innermost section holding it.</summary>
    public ModelSection? Section => Statement.Section;

    /// <summary>The moment it is of: the nearest heading above that names a period ("Week 3", "Phase 2"), or null.</summary>
    public ModelSection? Period
    {
        get
        {
            for (ModelSection? s = Section; s is not null; s = s.Parent)
            {
                if (s.IsPeriod)
                {
                    return s;
                }
            }

            return null;
        }
    }

    /// <summary>The target it is measured against (for a result), or null.</summary>
    public Fact? Target
    {
        get => _linked switch { Linked.Target => (Fact)LinkHeld!, Linked.Both => ((Pair)LinkHeld!).Target, _ => null };
        internal set => Link(value, TargetOf);
    }

    /// <summary>The result it bounds (for a target), or null.</summary>
    public Fact? TargetOf
    {
        get => _linked switch { Linked.TargetOf => (Fact)LinkHeld!, Linked.Both => ((Pair)LinkHeld!).TargetOf, _ => null };
        internal set => Link(Target, value);
    }

    // What _more holds of the link (when _linked says there is one).
    private object? LinkHeld => _more is WithPresentation both ? both.Link : _more;

    // The presentation, when read already.
    private FactPresentation? PresentationHeld => _more as FactPresentation ?? (_more as WithPresentation)?.Presentation;

    private void Link(Fact? target, Fact? targetOf)
    {
        object? link;
        if (target is not null && targetOf is not null)
        {
            link = new Pair(target, targetOf);
            _linked = Linked.Both;
        }
        else
        {
            link = target ?? targetOf;
            _linked = target is not null ? Linked.Target : targetOf is not null ? Linked.TargetOf : Linked.None;
        }

        FactPresentation? presentation = PresentationHeld;
        _more = presentation is null ? link : link is null ? presentation : new WithPresentation(link, presentation);
    }

    /// <summary>The text of its value as written ('Framework ready' for a result that is no measure), for messages.</summary>
    /// <remarks>The value keeps its text; a fact without a value (few, and read for messages only) reads its own each time.</remarks>
    public DisplayText Text => Value?.Text ?? DisplayText.Of(Model.Document, Span);

    /// <summary>What its value says beside the metric name ("100% compliance", "missing headers"), folded, for messages.</summary>
    public string ValueText => Claim?.ValueText ?? string.Empty;

    /// <summary>Whether its value meets its <see cref="Target"/>: unknown without a target, a value, or a direction.</summary>
    public TargetOutcome Outcome => (TargetOutcome)(_outcome >= 0 ? _outcome : _outcome = (sbyte)Model.OutcomeOf(this));

    /// <summary>How the report presents it: by a mark on its own line or row, else by the nearest heading with a status.</summary>
    public FactPresentation Presentation => PresentationHeld ?? KeepPresentation(Model.PresentationOf(this));

    private FactPresentation KeepPresentation(FactPresentation presentation)
    {
        object? link = _linked == Linked.None ? null : LinkHeld;
        _more = link is null ? presentation : new WithPresentation(link, presentation);
        return presentation;
    }

    /// <summary>What backs it on its own statement or row: a count, a link, a command, a log, a cited file (<see cref="ModelStatement.Evidence"/>).</summary>
    public FactEvidence Evidence => Statement.Evidence;

    // For a named metric, the words between its name and its value ("NTSC" in "Last Scanline - NTSC: 210"): facts of
    // one metric with different qualifiers are of different subjects.
    internal string Qualifier => (_naming as ClaimNaming)?.Qualifier ?? string.Empty;

    // The metric claim it was read from (named metrics), for moments and periods.
    internal MetricClaim? Claim => (_naming as OwnClaimNaming)?.Claim;

    // The folded words before its value on its line or row, which give a target its direction: given (a row's label
    // cells), or folded from the prose between MetricFrom (its line's start) and the value when first asked.
    internal string MetricText => (_naming as RowNaming)?.MetricText ?? string.Empty;

    // What names it, made by NamedByClaim or NamedByRow: set by an initializer, before the fact is published.
    internal object NamedAs { init => _naming = (Naming)value; }

    // A named metric's naming: its claim (own, for the claim's value; not own, for the target the claim states), the
    // name as written, and the words between name and value.
    internal static object NamedByClaim(MetricClaim claim, bool own, string qualifier) =>
        own ? new OwnClaimNaming(claim, qualifier) : new ClaimNaming(claim, qualifier);

    // A table row's naming: its label and the folded words of its metric cells.
    internal static object NamedByRow(DisplayText subject, string metricText) => new RowNaming(subject, metricText);

    // Where the words before its value that name its metric start: its value's line within its statement, for the
    // facts FactsOf reads from prose (MetricFromLine), else null. Read from the statement when asked, not kept.
    internal int? MetricFrom => _metricFromLine ? Model.LineStartOf(Statement, Value!.Span.Start) : null;

    internal bool MetricFromLine { init => _metricFromLine = value; }

    // Which spans its own status is not read from (ReportModel.IsExcluded): none, its statement's targets, or its row's
    // target and value cells. Kept as a byte, the spans read from the statement when asked: a report has a fact per number.
    internal FactExclusions Excluded { get => (FactExclusions)_excluded; init => _excluded = (byte)value; }

    // Its subject scope (ReportModel.SubjectScopeOf), kept with a named fact's naming once read (a fact without a
    // naming keeps nothing: it is read again).
    internal string? Scope
    {
        get => _naming?.Scope;
        set
        {
            if (_naming is { } naming)
            {
                naming.Scope = value;
            }
        }
    }

    // The keys Representatives looks it up under, kept with a named fact's naming once made.
    internal object? RepresentativeKeys
    {
        get => (_naming as ClaimNaming)?.RepresentativeKeys;
        set
        {
            if (_naming is ClaimNaming naming)
            {
                naming.RepresentativeKeys = value;
            }
        }
    }

    /// <summary>The word right after its value, folded and read through mojibake ("-30 points" gives "points"), or empty.</summary>
    public string ValueNoun => Claim?.ValueNoun ?? string.Empty;

    /// <inheritdoc />
    public override string ToString() => $"{Role} {Text}";

    // What _link holds.
    private static class Linked
    {
        public const byte None = 0, Target = 1, TargetOf = 2, Both = 3;
    }

    private sealed class Pair(Fact target, Fact targetOf)
    {
        public Fact Target { get; } = target;

        public Fact TargetOf { get; } = targetOf;
    }

    private sealed class SpanOnly(ModelStatement statement, TextSpan span)
    {
        public ModelStatement Statement { get; } = statement;

        public TextSpan Span { get; } = span;
    }

    // A value whose statement is not the fact's (a value of its own: a range, a cell read whole), with the fact's.
    private sealed class Pinned(ModelStatement statement, FactValue value)
    {
        public ModelStatement Statement { get; } = statement;

        public FactValue Value { get; } = value;
    }

    // A link and the presentation, once both are there.
    private sealed class WithPresentation(object link, FactPresentation presentation)
    {
        public object Link { get; } = link;

        public FactPresentation Presentation { get; } = presentation;
    }

    // What names a fact (a named metric's claim and name; a row's label and metric words) is set on a few facts only:
    // kept apart, so the many facts of plain values are about half the size, and in an object of the kind's own
    // fields. Written only by initializers, before the fact is published, except the subject scope and the
    // representatives' keys, which are equal whoever reads them first.
    private abstract class Naming
    {
        public string? Scope;
    }

    // A named metric's naming, 48 bytes: whether the fact is the claim's own value is its class (OwnClaimNaming), not a
    // field, and the name as written is made when read, not kept (most facts' names are never shown; a report has a
    // naming per named number).
    private class ClaimNaming(MetricClaim claim, string qualifier) : Naming
    {
        public MetricClaim Claim { get; } = claim;

        public DisplayText Name => new(Claim.Name);

        public string Qualifier { get; } = qualifier;

        public object? RepresentativeKeys;
    }

    // The naming of the value a claim states (not of the target it states).
    private sealed class OwnClaimNaming(MetricClaim claim, string qualifier) : ClaimNaming(claim, qualifier);

    private sealed class RowNaming(DisplayText subject, string metricText) : Naming
    {
        public DisplayText Subject { get; } = subject;

        public string MetricText { get; } = metricText;
    }
}

// The spans a fact's own status is not read from.
internal enum FactExclusions : byte
{
    // None.
    None,
    // Its statement's stated targets.
    StatementTargets,
    // Its row's target and value cells.
    RowTargetAndValue,
}

/// <summary>How a report presents a fact: its own mark, or the heading it stands under.</summary>
public sealed class FactPresentation
{
    internal FactPresentation(StatusKind own, StatusKind status, TextSpan? mark, DisplayText? markText, ModelSection? heading)
    {
        Own = own;
        Status = status;
        MarkSpan = mark;
        Mark = markText;
        Heading = heading;
    }

    /// <summary>The status of its own line or row.</summary>
    public StatusKind Own { get; }

    /// <summary>The status it is presented with: its own, else that of the nearest heading above that has one.</summary>
    public StatusKind Status { get; }

    /// <summary>The first mark of its own line when that decides, or null.</summary>
    public TextSpan? MarkSpan { get; }

    /// <summary>That mark's text, for messages.</summary>
    public DisplayText? Mark { get; }

    /// <summary>The heading that decides when its own line has no status, or null.</summary>
    public ModelSection? Heading { get; }
}
