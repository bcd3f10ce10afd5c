using ReportLint.Claims;
using ReportLint.Text;

namespace ReportLint.Model;

/// <summary>
/// A value as the report writes it: a number with its normalised unit (<c>h</c>, <c>ms</c>, <c>%</c>, <c>grade</c>…),
/// a ratio <c>n/m</c>, a lower bound <c>12+</c> or <c>≥ 90</c>, an approximation <c>~85%</c>, located in the source.
/// </summary>
public sealed class FactValue
{
    // Where the quantity is (32 bytes: a report has a value per number): the statement whose scanned quantity (Kind
    // Scanned) or stated target (Kind Target) at _index it is, read from the statement's arrays, which are never changed
    // once scanned; or an object holding the value's own quantity (a cell read whole, a range) and its model.
    private readonly object _owner;
    private readonly int _index;
    private readonly byte _kind;

    private const byte Scanned = 0, Target = 1, Own = 2, OwnRange = 3;

    internal FactValue(ReportModel model, Quantity quantity)
    {
        _owner = new OwnQuantity(model, quantity);
        _kind = Own;
    }

    // The quantity at index of a statement's scanned quantities, or (target) the value of its target at index.
    internal FactValue(ModelStatement statement, int index, bool target = false)
    {
        _owner = statement;
        _index = index;
        _kind = target ? Target : Scanned;
    }

    // A range "10-20 ms": its lower end (Quantity, spanning the whole range) and its upper end.
    internal FactValue(ReportModel model, Quantity lower, Quantity upper)
    {
        _owner = new OwnRangeQuantity(model, lower with
        {
            Unit = upper.Unit, UnitText = upper.UnitText, Span = TextSpan.FromBounds(lower.Span.Start, upper.Span.End),
            Decimals = Math.Max(lower.Decimals, upper.Decimals),
        }, upper);
        _kind = OwnRange;
    }

    private ReportModel Model => _kind <= Target ? ((ModelStatement)_owner).Model : ((OwnQuantity)_owner).Model;

    // The statement whose quantity or target it is, or null for a value of its own.
    internal ModelStatement? OwnerStatement => _kind <= Target ? (ModelStatement)_owner : null;

    internal ref readonly Quantity Quantity
    {
        get
        {
            switch (_kind)
            {
                case Scanned:
                    ModelStatement statement = (ModelStatement)_owner;
                    return ref statement.Source.Quantities(statement.Model.Document)[_index];
                case Target:
                    ModelStatement stating = (ModelStatement)_owner;
                    return ref stating.Source.TargetArray(stating.Model.Document)[_index].Value;
                default:
                    return ref ((OwnQuantity)_owner).Quantity;
            }
        }
    }

    // Whether it is the plain value of quantity index of a statement's scanned quantities (not a range made of it).
    internal bool IsScanned(ModelStatement statement, int index) => _kind == Scanned && ReferenceEquals(_owner, statement) && _index == index;

    /// <summary>The upper end of a range ("10-20 ms" gives 20; <see cref="Number"/> is 10), or null.</summary>
    public decimal? UpperBound => _kind == OwnRange ? ((OwnRangeQuantity)_owner).Upper.Value : null;

    /// <summary>Whether it is a range "10-20 ms", "3 – 5 days".</summary>
    public bool IsRange => UpperBound is not null;

    /// <summary>The number, multipliers applied (<c>12.5k</c> is 12500); the numerator of a ratio.</summary>
    public decimal Number => Quantity.Value;

    /// <summary>The normalised unit, empty for a bare number.</summary>
    public string Unit => Quantity.Unit;

    /// <summary>The unit as written, with any space before it (" hours"), for messages.</summary>
    public string UnitText => Quantity.UnitText;

    /// <summary>How the value bounds the true value (exact, approximately, at least…).</summary>
    public Comparison Comparison => Quantity.Comparison;

    /// <summary>The denominator of a ratio (<c>95/100</c>), or null.</summary>
    public decimal? Denominator => Quantity.Denominator;

    /// <summary>Whether it is a ratio <c>n/m</c>.</summary>
    public bool IsRatio => Quantity.Denominator is not null;

    /// <summary>Whether it is a percentage.</summary>
    public bool IsPercentage => Quantity.Unit == "%";

    /// <summary>Whether it is a lower bound (<c>12+</c>, <c>≥ 90</c>, <c>&gt; 1000</c>).</summary>
    public bool IsLowerBound => Quantity.Comparison is Comparison.AtLeast or Comparison.GreaterThan;

    /// <summary>Whether it is an upper bound (<c>≤ 5</c>, <c>&lt; 200ms</c>).</summary>
    public bool IsUpperBound => Quantity.Comparison is Comparison.AtMost or Comparison.LessThan;

    /// <summary>Whether it is approximate (<c>~2h</c>).</summary>
    public bool IsApproximate => Quantity.Comparison == Comparison.Approximately;

    /// <summary>Whether it is a letter grade (<c>A+</c>, <c>B</c>).</summary>
    public bool IsGrade => Quantity.Unit == "grade";

    /// <summary>How many decimals were written (7.5 has 1).</summary>
    public int Decimals => Quantity.Decimals;

    /// <summary>Whether it is a count of things: an exact whole number, not negative, with no unit, written without decimals ("644").</summary>
    public bool IsCount => Comparison == Comparison.Exact && Unit.Length == 0 && !IsRatio && Decimals == 0 && Number >= 0;

    /// <summary>Half of the last written decimal place: the rounding the writer may have done.</summary>
    public decimal Resolution => Quantity.Resolution;

    /// <summary>The word right after the number when it is not a unit ("644 Unit Tests" gives "unit"), folded.</summary>
    public string Noun => Quantity.Noun ?? string.Empty;

    /// <summary>Where the value stands in the source, comparator and unit included.</summary>
    public TextSpan Span => Quantity.Span;

    /// <summary>The 1-based line it stands on.</summary>
    public int Line => Model.Document.Text.GetLinePosition(Span.Start).Line;

    /// <summary>Where the number alone stands in the source.</summary>
    public TextSpan NumberSpan => Quantity.NumberSpan;

    /// <summary>The number alone as written ("2 350", "3,5"), whose grouping and decimal mark a fix keeps.</summary>
    public string NumberText => Model.Document.GetText(NumberSpan).ToString();

    /// <summary>The value as written, for messages: made each time it is read (a report has a value per number; rules write few).</summary>
    public DisplayText Text => new(Model.Document.GetText(Span).ToString());

    /// <summary>Converts the value to <paramref name="unit"/> when the units measure the same thing.</summary>
    public bool TryConvertTo(string unit, out decimal value) => Quantity.TryConvertTo(unit, out value);

    /// <summary>Formats a number the way this value was written (decimals and unit).</summary>
    public string Format(decimal value, int? decimals = null) => Quantity.Format(value, decimals);

    /// <summary>Whether both are the same number as written: same value and scale, denominator and unit.</summary>
    public bool SameAs(FactValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return SameNumber(Number, other.Number) && SameNumber(Denominator, other.Denominator) && Unit == other.Unit && Comparison == other.Comparison;
    }

    internal static bool SameNumber(decimal? a, decimal? b) =>
        a is not { } x ? b is null : b is { } y && x == y && Scale(x) == Scale(y);

#if NET
    private static int Scale(decimal value) => value.Scale;
#else
    private static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
#endif

    /// <inheritdoc />
    public override string ToString() => Text.ToString();

    // A value's own quantity (not one of its statement's), with its model.
    private class OwnQuantity(ReportModel model, Quantity quantity)
    {
        public readonly ReportModel Model = model;
        public readonly Quantity Quantity = quantity;
    }

    // A range's lower end (spanning the range, as Quantity) and upper end.
    private sealed class OwnRangeQuantity(ReportModel model, Quantity lower, Quantity upper) : OwnQuantity(model, lower)
    {
        public readonly Quantity Upper = upper;
    }
}
