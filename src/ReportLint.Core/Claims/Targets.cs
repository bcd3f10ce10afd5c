using System.Runtime.CompilerServices;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Claims;

/// <summary>A stated target: "(target: &gt; 90)", "(objectif : &gt; 1000 req/s)", "target &lt;10ms".</summary>
/// <param name="Value">The target quantity with its comparator.</param>
/// <param name="Span">From the target word to the end of the quantity (a closing parenthesis included).</param>
internal readonly record struct TargetClaim(Quantity Value, TextSpan Span)
{
    // A field, not a property: a target's fact reads its value in place in the statement's targets (by reference).
    public readonly Quantity Value = Value;
}

/// <summary>
/// Whether a result meets a target. Public, and kept in this namespace, as part of the model's vocabulary: <c>ReportLint.Model</c> returns it
/// (<see cref="ReportLint.Model.Fact.Outcome"/>); the scanner that reads it is internal.
/// </summary>
public enum TargetOutcome
{
    /// <summary>The result cannot be compared with the target (units differ, no direction).</summary>
    Unknown,
    /// <summary>The result meets the target.</summary>
    Met,
    /// <summary>The result certainly misses the target.</summary>
    Missed,
}

/// <summary>Finds targets in text and compares results with them.</summary>
internal static class Targets
{
    /// <summary>Appends the targets stated in <paramref name="text"/> (a line or cell starting at <paramref name="offset"/>).</summary>
    public static void Scan(ReadOnlySpan<char> text, int offset, Lexicon lexicon, List<TargetClaim> results) =>
        ScanFolded(text, offset, lexicon, results, null);

    /// <summary>
    /// As <see cref="Scan(ReadOnlySpan{char}, int, Lexicon, List{TargetClaim})"/>, reading <paramref name="given"/> when
    /// given: the fold of <paramref name="text"/> at <paramref name="offset"/> with no mojibake read through (a
    /// statement's own fold when no mojibake lies within it), so the text is not folded a second time.
    /// </summary>
    [MethodImpl(Jit.Hot)]
    internal static void ScanFolded(ReadOnlySpan<char> text, int offset, Lexicon lexicon, List<TargetClaim> results, FoldedText? given)
    {
        FoldedText folded = given ?? TextFolding.FoldMapped(text, offset);
        // A list kept per thread: the scan runs for every statement and line that may state a target.
        List<PhraseMatch> matches = t_matches ?? [];
        t_matches = null;
        matches.Clear();
        PhraseMatcher.FindAll(folded.Chars, lexicon, LexiconSections.Target, matches);
        foreach (PhraseMatch match in matches)
        {
            int at = folded.StartOf(match.End) - offset;
            int phraseStart = folded.StartOf(match.Start) - offset;
            int j = at;
            while (j < text.Length && (text[j] is ' ' or '\u00A0' or '\u202F' or ':' or '=' or '*' or '_'))
            {
                j++;
            }

            if (j >= text.Length || QuantityScanner.TryParseAt(text, j, offset, lexicon, out Quantity quantity, out int end) is false)
            {
                continue;
            }

            int stop = end;
            while (stop < text.Length && text[stop] is ' ' or '*' or '_')
            {
                stop++;
            }

            int start = phraseStart;
            if (start > 0 && text[start - 1] == '(' && stop < text.Length && text[stop] == ')')
            {
                start--;
                stop++;
            }
            else
            {
                stop = end;
            }

            results.Add(new TargetClaim(quantity, TextSpan.FromBounds(offset + start, offset + stop)));
        }

        t_matches = matches.Capacity <= 1024 ? matches : null;
    }

    [ThreadStatic]
    private static List<PhraseMatch>? t_matches;

    /// <summary>
    /// The result a target is about: the last quantity before it, outside every stated target, in a unit the target's
    /// converts to (a quantity or target without unit matches any, unless <paramref name="requireUnit"/>).
    /// </summary>
    public static Quantity? ResultBefore(IEnumerable<Quantity> quantities, TargetClaim target, IReadOnlyCollection<TargetClaim> targets, bool requireUnit = false)
    {
        // Copied by hand, not with LINQ: framework generic code over a value type is JIT-compiled at every start.
        var stated = new TargetClaim[targets.Count];
        int count = 0;
        foreach (TargetClaim t in targets)
        {
            stated[count++] = t;
        }

        Quantity? result = null;
        foreach (Quantity q in quantities)
        {
            if (IsResultFor(q, target, stated, requireUnit))
            {
                result = q;
            }
        }

        return result;
    }

    /// <summary>
    /// As <see cref="ResultBefore(IEnumerable{Quantity}, TargetClaim, IReadOnlyCollection{TargetClaim}, bool)"/>, over
    /// what a statement holds (<see cref="Statement.Quantities"/>, <see cref="Statement.Targets"/>).
    /// </summary>
    public static Quantity? ResultBefore(ReadOnlySpan<Quantity> quantities, TargetClaim target, ReadOnlySpan<TargetClaim> targets, bool requireUnit = false)
    {
        Quantity? result = null;
        foreach (Quantity q in quantities)
        {
            if (IsResultFor(q, target, targets, requireUnit))
            {
                result = q;
            }
        }

        return result;
    }

    private static bool IsResultFor(Quantity q, TargetClaim target, ReadOnlySpan<TargetClaim> targets, bool requireUnit)
    {
        bool unitFits = target.Value.Unit.Length == 0 || Units.AreCompatible(q.Unit, target.Value.Unit);
        bool unitOk = requireUnit ? q.Unit.Length > 0 && unitFits : q.Unit.Length == 0 || unitFits;
        return q.Span.End <= target.Span.Start && unitOk && !InAny(targets, q.Span);
    }

    // A loop, not LINQ's Any: framework generic code over a value type is JIT-compiled at every start of the tool.
    private static bool InAny(ReadOnlySpan<TargetClaim> targets, TextSpan span)
    {
        foreach (TargetClaim t in targets)
        {
            if (t.Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Compares a result with a target. A target without comparator takes its direction from the metric's
    /// words (<c>direction.lower</c>/<c>direction.higher</c> in the lexicon) or, for durations, "lower is better";
    /// otherwise the outcome is unknown. Only a certain miss is <see cref="TargetOutcome.Missed"/>.
    /// </summary>
    public static TargetOutcome Evaluate(Quantity result, Quantity target, string foldedMetric, Lexicon lexicon)
    {
        string unit = target.Unit.Length > 0 ? target.Unit : result.Unit;
        decimal value;
        if (result.Unit.Length == 0 || target.Unit.Length == 0)
        {
            value = result.Value;
        }
        else if (!result.TryConvertTo(unit, out value))
        {
            return TargetOutcome.Unknown;
        }

        if (result.Denominator is not null || target.Denominator is not null)
        {
            return TargetOutcome.Unknown;
        }

        (decimal lo, decimal hi) = result.Comparison switch
        {
            Comparison.AtLeast or Comparison.GreaterThan => (value, decimal.MaxValue),
            Comparison.AtMost or Comparison.LessThan => (decimal.MinValue, value),
            _ => (value, value),
        };

        Comparison wanted = target.Comparison;
        if (wanted is Comparison.Exact or Comparison.Approximately)
        {
            int direction = Direction(foldedMetric, unit, lexicon);
            if (direction == 0)
            {
                return lo == target.Value && hi == target.Value ? TargetOutcome.Met : TargetOutcome.Unknown;
            }

            wanted = direction > 0 ? Comparison.AtLeast : Comparison.AtMost;
        }

        decimal t = target.Value;
        bool missed = wanted switch
        {
            Comparison.GreaterThan => hi <= t,
            Comparison.AtLeast => hi < t,
            Comparison.LessThan => lo >= t,
            Comparison.AtMost => lo > t,
            _ => false,
        };
        return missed ? TargetOutcome.Missed : TargetOutcome.Met;
    }

    private static int Direction(string foldedMetric, string unit, Lexicon lexicon)
    {
        if (PhraseMatcher.ContainsAny(foldedMetric, lexicon, LexiconSections.DirectionLower))
        {
            return -1;
        }

        if (PhraseMatcher.ContainsAny(foldedMetric, lexicon, LexiconSections.DirectionHigher))
        {
            return 1;
        }

        if (unit == "grade")
        {
            return 1;
        }

        return Units.TryGetFactor(unit, out string dimension, out _) && dimension == "time" ? -1 : 0;
    }
}
