using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Model;

/// <summary>
/// A heading and the section it opens, with its place in the heading path and what the heading itself says: its
/// status (✅ "VALIDÉS" → met) and whether it names a period ("Week 3", "Phase 2") that dates what is under it.
/// </summary>
public sealed class ModelSection
{
    private readonly ReportModel _model;
    private TitleFold? _folded;
    private StatusKind? _status;
    private DisplayText? _title;
    private bool? _isPeriod;
    private bool? _isExample;
    private bool? _isStateBefore;
    private bool? _isCriteria;
    private bool? _opensPlan;
    private string? _scope;

    internal ModelSection(ReportModel model, Section section, ModelSection? parent, int index)
    {
        _model = model;
        Outline = section;
        Parent = parent;
        Index = index;
    }

    /// <summary>Its place in <see cref="ReportModel.Sections"/>, from 0 (document order).</summary>
    public int Index { get; }

    internal Section Outline { get; }

    // The subject scope of a fact of the section stated under no lead item (see ReportModel.SubjectScopeOf): made once.
    internal string Scope => _scope ??= ReportModel.ScopeKey(this, null);

    // Which sections are its siblings (its parent and its level), as a number for keys: the parent's index (0 for
    // none, else the index plus one) times 8, plus the level (1 to 6).
    internal int SiblingGroup => ((Parent?.Index ?? -1) + 1) * 8 + Level;

    /// <summary>The enclosing section, or null at the top.</summary>
    public ModelSection? Parent { get; }

    /// <summary>The heading level, 1 to 6.</summary>
    public int Level => Outline.Level;

    /// <summary>The 1-based line of the heading.</summary>
    public int Line => Outline.Line;

    /// <summary>The heading line (markers included).</summary>
    public TextSpan HeadingSpan => Outline.Span;

    /// <summary>The heading's text, without the leading <c>#</c>s.</summary>
    public TextSpan TitleSpan => Outline.ContentSpan;

    /// <summary>From the heading to the next heading of the same or a higher level.</summary>
    public TextSpan Span => Outline.SectionSpan;

    /// <summary>The heading's text for messages, emphasis markers dropped.</summary>
    public DisplayText Title => _title ??= new DisplayText(
        _model.Document.GetText(TitleSpan).ToString().Replace("**", string.Empty, StringComparison.Ordinal).Trim());

    /// <summary>The heading's prose, folded (mojibake read through).</summary>
    public FoldedView Folded
    {
        get
        {
            TitleFold fold = _folded ??= new TitleFold(_model, TitleSpan, ProseText.Of(_model.Document, Outline.Block, TitleSpan));
            return new FoldedView(fold.Folded, new ProseView(TitleSpan, fold.Prose), _model.Document.Lexicon, _model.Triggers);
        }
    }

    /// <summary>What the heading's marks and words say (any mark not met outweighs met ones).</summary>
    public StatusKind Status => _status ??= _model.StatusOf(Folded);

    /// <summary>Whether the heading names a period (lexicon section <c>period</c>): values under it are of that moment.</summary>
    public bool IsPeriod => _isPeriod ??= Folded.Contains(LexiconSections.Period);

    /// <summary>Whether the heading opens with an example word ("Example pod specs", "Exemples"): what is under it illustrates.</summary>
    public bool IsExample => _isExample ??= _model.OpensWith(Folded, TitleSpan, ReportModel.ScopeExample);

    /// <summary>
    /// Whether the heading opens with a word of the state the work started from (lexicon section <c>heading.before</c>:
    /// "### Before Audit", "### Avant ce projet"): what is under it, ❌ marks included, is no claim about the work. Not a
    /// heading before an event still to come (<c>heading.before.event</c>: "### Before Submission", "### Avant
    /// Production"), which lists what is left to do.
    /// </summary>
    public bool IsStateBefore => _isStateBefore ??= _model.OpensWith(Folded, TitleSpan, ReportModel.HeadingBefore) && !Folded.Contains(ReportModel.HeadingBeforeEvent);

    /// <summary>
    /// Whether the section lists criteria to meet: its heading names criteria or requirements ("Graduation Criteria",
    /// "Exigences") and no status mark stands in it (a table of criteria with ✅ results evaluates them).
    /// </summary>
    public bool IsCriteria => _isCriteria ??= Folded.Contains(ReportModel.ScopeCriteria) && !_model.HoldsStatusSymbol(Span);

    /// <summary>
    /// Whether the section is a plan, an instruction, a list of things to monitor or a standard to follow: its heading,
    /// or the heading of a section holding it, opens with a word of lexicon section <c>scope.plan</c> ("### Next Steps",
    /// "## 9️⃣ Post-Deployment Monitoring", "### Standards", "#### Prochaines étapes recommandées"). What such a
    /// section states ("✅ Maintain coverage > 85%", "✅ Cognitive complexity ≤ 10") is no result the author asserts. The
    /// document's title (its first heading, at level 1) does not count: it names the whole report.
    /// </summary>
    public bool IsPlan
    {
        get
        {
            for (ModelSection? s = this; s is not null; s = s.Parent)
            {
                if (s.OpensPlan)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private bool OpensPlan => _opensPlan ??= !(Index == 0 && Level == 1) && _model.OpensWith(Folded, TitleSpan, ReportModel.ScopePlan);

    /// <summary>The headings from the top of the document down to this one.</summary>
    public IReadOnlyList<ModelSection> Path
    {
        get
        {
            var path = new List<ModelSection>();
            for (ModelSection? s = this; s is not null; s = s.Parent)
            {
                path.Insert(0, s);
            }

            return path;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Title.ToString();
}

/// <summary>
/// The sections holding a position, innermost first (<see cref="ReportModel.EnclosingSections"/>): a walk up the
/// <see cref="ModelSection.Parent"/> links. <c>foreach</c> over it allocates nothing; it is also an
/// <see cref="IEnumerable{T}"/> for LINQ.
/// </summary>
public readonly struct SectionChain : IEnumerable<ModelSection>
{
    private readonly ModelSection? _innermost;

    internal SectionChain(ModelSection? innermost) => _innermost = innermost;

    /// <summary>An enumerator from the innermost section outwards.</summary>
    public Enumerator GetEnumerator() => new(_innermost);

    IEnumerator<ModelSection> IEnumerable<ModelSection>.GetEnumerator() => GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks from the innermost section outwards.</summary>
    public struct Enumerator : IEnumerator<ModelSection>
    {
        private readonly ModelSection? _innermost;
        private ModelSection? _current;
        private bool _started;

        internal Enumerator(ModelSection? innermost)
        {
            _innermost = innermost;
            _current = null;
            _started = false;
        }

        /// <summary>The section at the enumerator's place.</summary>
        public readonly ModelSection Current => _current ?? throw new InvalidOperationException("The enumerator is not on a section.");

        readonly object System.Collections.IEnumerator.Current => Current;

        /// <summary>Moves to the next section out; false past the outermost.</summary>
        public bool MoveNext()
        {
            _current = _started ? _current?.Parent : _innermost;
            _started = true;
            return _current is not null;
        }

        /// <summary>Goes back to before the innermost section.</summary>
        public void Reset()
        {
            _current = null;
            _started = false;
        }

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}

// A heading's prose and its fold, made once and set in one write (ModelSection.Folded makes a view of them at each read).
internal sealed class TitleFold(ReportModel model, TextSpan span, ProseChars prose)
{
    public ProseChars Prose { get; } = prose;

    public FoldedText Folded { get; } = Readable.Fold(model.Document, span, prose.Chars);
}
