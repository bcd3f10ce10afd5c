using ReportLint.Claims;
using ReportLint.Text;

namespace ReportLint.Model;

/// <summary>
/// A value as the report writes it: a number with its normalised unit (<c>h</c>, <c>ms</c>, <c>%</c>, <c>grade</c>…),
/// a ratio <c>n/m</c>, a lower bound <c>12+</c> or <c>≥ 90</c>, an approximation <c>~85%</c>, located in the source.
/// </summary>
public sealed class FactValue
{
    private readonly ReportModel _model;
    // The quantity is the one at _index of _quantities: a statement's scanned quantities (Quantity[]), shared by its
    // values, or its stated targets (TargetClaim[]), shared by its target values, or an array of the value's own (one
    // quantity; for a range its lower end spanning the range, then its upper end).
    private readonly object _quantities;
    private readonly int _index;
    private readonly bool _isRange;

    internal FactValue(ReportModel model, Quantity quantity)
    {
        _model = model;
        _quantities = new[] { quantity };
    }

    // The quantity at index of a statement's scanned quantities, which are never changed once scanned.
    internal FactValue(ReportModel model, Quantity[] quantities, int index)
    {
        _model = model;
        _quantities = quantities;
        _index = index;
    }

    // The value of the target at index of a statement's targets, which are never changed once scanned.
    internal FactValue(ReportModel model, TargetClaim[] targets, int index)
    {
        _model = model;
        _quantities = targets;
        _index = index;
    }

    // A range "10-20 ms": its lower end (Quantity, spanning the whole range) and its upper end.
    internal FactValue(ReportModel model, Quantity lower, Quantity upper)
    {
        _model = model;
        _quantities = new Quantity[]
        {
            lower with
            {
                Unit = upper.Unit, UnitText = upper.UnitText, Span = TextSpan.FromBounds(lower.Span.Start, upper.Span.End),
                Decimals = Math.Max(lower.Decimals, upper.Decimals),
            },
            upper,
        };
        _isRange = true;
    }

    internal ref readonly Quantity Quantity =>
        ref _quantities is Quantity[] quantities ? ref quantities[_index] : ref ((TargetClaim[])_quantities)[_index].Value;

    // Whether it is the plain value of quantity index of a statement's scanned quantities (not a range made of it).
    internal bool IsScanned(Quantity[] quantities, int index) => !_isRange && ReferenceEquals(_quantities, quantities) && _index == index;

    /// <summary>The upper end of a range ("10-20 ms" gives 20; <see cref="Number"/> is 10), or null.</summary>
    public decimal? UpperBound => _isRange ? ((Quantity[])_quantities)[1].Value : null;

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
    public int Line => _model.Document.Text.GetLinePosition(Span.Start).Line;

    /// <summary>Where the number alone stands in the source.</summary>
    public TextSpan NumberSpan => Quantity.NumberSpan;

    /// <summary>The number alone as written ("2 350", "3,5"), whose grouping and decimal mark a fix keeps.</summary>
    public string NumberText => _model.Document.GetText(NumberSpan).ToString();

    /// <summary>The value as written, for messages: made each time it is read (a report has a value per number; rules write few).</summary>
    public DisplayText Text => new(_model.Document.GetText(Span).ToString());

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
}
