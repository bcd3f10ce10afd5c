using System.Globalization;
using ReportLint.Text;

namespace ReportLint.Claims;

/// <summary>
/// How a quantity bounds the true value. Public, and kept in this namespace, as part of the model's vocabulary: <c>ReportLint.Model</c> returns it
/// (<see cref="ReportLint.Model.FactValue.Comparison"/>); the scanner that reads it is internal.
/// </summary>
public enum Comparison
{
    /// <summary>Exactly the value (<c>7.5h</c>).</summary>
    Exact,
    /// <summary>About the value (<c>~85%</c>).</summary>
    Approximately,
    /// <summary>At least the value (<c>≥ 90</c>, <c>10k+</c>, <c>60%+</c>, <c>~50+</c>).</summary>
    AtLeast,
    /// <summary>At most the value (<c>≤ 5</c>).</summary>
    AtMost,
    /// <summary>Strictly more (<c>&gt; 1000 req/s</c>).</summary>
    GreaterThan,
    /// <summary>Strictly less (<c>&lt; 200ms</c>).</summary>
    LessThan,
}

/// <summary>
/// A number as a report writes it (<c>1,000</c>, <c>1 000</c>, <c>12.5k</c>, <c>&lt;8ms</c>, <c>95/100</c>), with its
/// normalised unit (<c>h</c>, <c>ms</c>, <c>%</c>, <c>req/s</c>, or empty) and how it bounds the value. The value a
/// <see cref="ReportLint.Model.FactValue"/> wraps; public for its number formatting (<see cref="FormatNumber"/>), which
/// rules use to write sums in their messages and fixes as reports write numbers. Rules read values from the model.
/// </summary>
public readonly record struct Quantity
{
    // A report holds a quantity per number, in arrays (and in every metric claim and target): 48 bytes. The unit and
    // the unit as written are one reference to a pair that quantities of the same unit share; the number's span is
    // kept as its start and a 16-bit length, the decimals and the comparison in a byte each; what is rare (a ratio's
    // denominator, a number longer than 65,535 characters, decimals outside 0-255) is kept with the unit and the unit
    // as written, in an object of the quantity's own (RareUnits), not in a field of every quantity. Each is kept one
    // way only, so equal quantities have equal fields: _units is null, the unit alone (a string: an initializer has set
    // the unit and not the unit as written), a pair, or, when anything is rare, a RareUnits.
    private readonly object? _units;
    private readonly int _numberStart;
    private readonly ushort _numberLength;
    private readonly byte _decimals;
    private readonly byte _comparison;

    /// <summary>The parsed value, multipliers applied (<c>12.5k</c> is 12500).</summary>
    public decimal Value { get; init; }

    /// <summary>The normalised unit, empty for a bare number.</summary>
    public string Unit
    {
        get => UnitOf(_units)!;
        init => _units = UnitsOf(value, UnitTextOf(_units), RareOf(_units));
    }

    /// <summary>The unit as written, with any space before it (" hours"), for messages.</summary>
    public string UnitText
    {
        get => UnitTextOf(_units)!;
        init => _units = UnitsOf(UnitOf(_units), value, RareOf(_units));
    }

    private static string? UnitOf(object? units) => units switch
    {
        string unit => unit,
        UnitPair pair => pair.Unit,
        RareUnits rare => rare.Unit,
        _ => null,
    };

    private static string? UnitTextOf(object? units) => units switch
    {
        UnitPair pair => pair.Text,
        RareUnits rare => rare.Text,
        _ => null,
    };

    private static Rare? RareOf(object? units) => (units as RareUnits)?.Rare;

    // What a quantity keeps for its unit, its unit as written and what is rare about it (each kept one way only).
    private static object? UnitsOf(string? unit, string? text, Rare? rare) => rare is null ? UnitPair.Of(unit, text) : new RareUnits(unit, text, rare);

    /// <summary>How the quantity bounds the value.</summary>
    public Comparison Comparison
    {
        get => (Comparison)_comparison;
        init => _comparison = (uint)value <= byte.MaxValue ? (byte)value : throw new ArgumentOutOfRangeException(nameof(value), value, "not a comparison");
    }

    /// <summary>Where the quantity stands, comparator and unit included.</summary>
    public TextSpan Span { get; init; }

    /// <summary>The span of the number alone.</summary>
    public TextSpan NumberSpan
    {
        get => new(_numberStart, RareOf(_units)?.NumberLength ?? _numberLength);
        init
        {
            _numberStart = value.Start;
            bool small = value.Length <= ushort.MaxValue;
            _numberLength = small ? (ushort)value.Length : (ushort)0;
            Rare? rare = RareOf(_units);
            _units = UnitsOf(UnitOf(_units), UnitTextOf(_units), Rare.With(rare?.Denominator, small ? null : value.Length, rare?.Decimals));
        }
    }

    /// <summary>How many decimals were written (7.5 has 1).</summary>
    public int Decimals
    {
        get => RareOf(_units)?.Decimals ?? _decimals;
        init
        {
            bool small = (uint)value <= byte.MaxValue;
            _decimals = small ? (byte)value : (byte)0;
            Rare? rare = RareOf(_units);
            _units = UnitsOf(UnitOf(_units), UnitTextOf(_units), Rare.With(rare?.Denominator, rare?.NumberLength, small ? null : value));
        }
    }

    /// <summary>The denominator of a ratio (<c>95/100</c>), or null.</summary>
    public decimal? Denominator
    {
        get => RareOf(_units)?.Denominator;
        init
        {
            Rare? rare = RareOf(_units);
            _units = UnitsOf(UnitOf(_units), UnitTextOf(_units), Rare.With(value, rare?.NumberLength, rare?.Decimals));
        }
    }

    /// <summary>The word right after the number when it is not a unit ("644 Unit Tests" gives "unit"), folded; empty otherwise.</summary>
    public string Noun { get; init; }

    /// <summary>Half of the last written decimal place: the rounding the writer may have done.</summary>
    public decimal Resolution => 0.5m * Pow10(-Decimals);

    /// <summary>Converts the value to <paramref name="unit"/> when the units measure the same thing.</summary>
    public bool TryConvertTo(string unit, out decimal value)
    {
        if (string.Equals(unit, Unit, StringComparison.Ordinal))
        {
            value = Value;
            return true;
        }

        if (Units.TryGetFactor(Unit, out string dimension, out decimal factor) &&
            Units.TryGetFactor(unit, out string otherDimension, out decimal otherFactor) &&
            dimension == otherDimension)
        {
            value = Value * factor / otherFactor;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Formats a value the way this quantity was written (decimals and unit).</summary>
    public string Format(decimal value, int? decimals = null) =>
        FormatNumber(value, decimals ?? Decimals) + UnitText;

    /// <summary>Formats a number with at most <paramref name="decimals"/> decimals, trailing zeros dropped.</summary>
    public static string FormatNumber(decimal value, int decimals)
    {
        decimal rounded = Math.Round(value, Math.Clamp(decimals, 0, 6), MidpointRounding.AwayFromZero);
        return rounded.ToString("0.######", CultureInfo.InvariantCulture);
    }

    // A unit and the unit as written, compared by value. Never changed. The pairs a thread made last are kept in a
    // small table and given again, so the quantities of a report share a few pairs; a pair not found there is made.
    private sealed record UnitPair(string? Unit, string? Text)
    {
        private const int Size = 256;

        [ThreadStatic]
        private static UnitPair?[]? t_pairs;

        private static readonly UnitPair Bare = new(string.Empty, string.Empty);

        // What a quantity keeps for these two: null when both are null, the unit alone when only the text is null,
        // else their pair (each kept one way only).
        public static object? Of(string? unit, string? text)
        {
            if (text is null)
            {
                return unit;
            }

            if (unit is { Length: 0 } && text is { Length: 0 })
            {
                return Bare;
            }

            UnitPair?[] pairs = t_pairs ??= new UnitPair?[Size];
            // From the lengths and a character of each: no hash of every character for every number scanned.
            int slot = (int)((uint)(((unit?.Length ?? 0) * 31) + ((unit is { Length: > 0 } ? unit[0] : 0) * 7) + (text.Length * 17) +
                (text.Length > 0 ? text[text.Length - 1] : 0)) % Size);
            if (pairs[slot] is { } kept && string.Equals(kept.Unit, unit, StringComparison.Ordinal) && string.Equals(kept.Text, text, StringComparison.Ordinal))
            {
                return kept;
            }

            return pairs[slot] = new UnitPair(unit, text);
        }
    }

    // A unit and the unit as written with what is rare about a quantity, compared by value: the quantity's own.
    private sealed record RareUnits(string? Unit, string? Text, Rare Rare);

    // What few quantities have, compared by value (1.0 and 1.00 are equal, as the decimal field was). Never changed: a
    // copy made by 'with' shares it.
    private sealed record Rare(decimal? Denominator, int? NumberLength, int? Decimals)
    {
        // The rare part with these fields, or null when it has none (the only way a quantity keeps none).
        public static Rare? With(decimal? denominator, int? numberLength, int? decimals) =>
            denominator is null && numberLength is null && decimals is null ? null : new Rare(denominator, numberLength, decimals);
    }

    internal static decimal Pow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < Math.Abs(exponent); i++)
        {
            result = exponent < 0 ? result / 10m : result * 10m;
        }

        return result;
    }
}

/// <summary>
/// Dimensions and conversion factors of the normalised units (physics, not language: kept in code). Public for rules
/// that add values of a fact's unit (<see cref="AreCompatible"/>).
/// </summary>
public static class Units
{
    // Values are a class, not a value tuple: a dictionary over a value type is framework generic code that ReadyToRun
    // does not precompile, so it was JIT-compiled at every start of the tool.
    private static readonly Dictionary<string, Factor> Factors = new(StringComparer.Ordinal)
    {
        ["ms"] = new("time", 0.001m),
        ["s"] = new("time", 1m),
        ["min"] = new("time", 60m),
        ["h"] = new("time", 3600m),
        ["%"] = new("percent", 1m),
    };

    /// <summary>The dimension and factor to its base unit, for convertible units.</summary>
    public static bool TryGetFactor(string unit, out string dimension, out decimal factor)
    {
        if (Factors.TryGetValue(unit, out Factor? entry))
        {
            dimension = entry.Dimension;
            factor = entry.Value;
            return true;
        }

        dimension = unit;
        factor = 1m;
        return unit.Length > 0;
    }

    /// <summary>Whether two units measure the same thing (an empty unit matches only itself).</summary>
    public static bool AreCompatible(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        return TryGetFactor(a, out string da, out _) && TryGetFactor(b, out string db, out _) && da == db;
    }

    private sealed record Factor(string Dimension, decimal Value);
}
