using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Model;

namespace ReportLint.Checks;

/// <summary>
/// One way two statements of one quantity conflict: the descriptor it reports through, and the test that, given the
/// earlier and the later fact, returns the message's arguments when they conflict (null when they do not).
/// </summary>
internal readonly struct Conflict
{
    /// <summary>A conflict reported through <paramref name="descriptor"/> when <paramref name="test"/> finds one.</summary>
    public Conflict(RuleDescriptor descriptor, Func<Fact, Fact, object?[]?> test)
    {
        Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        Test = test ?? throw new ArgumentNullException(nameof(test));
    }

    /// <summary>The descriptor a conflict of this way is reported through.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The test: (earlier, later) to the message's arguments, or null.</summary>
    public Func<Fact, Fact, object?[]?> Test { get; }
}

/// <summary>
/// Consistency: one quantity stated with values that cannot both hold. It reads the model's restatements (the same
/// metric, subject and moment stated again, <see cref="ReportModel.RestatementsWithEarlier"/>) among the facts the
/// rule's claim filter keeps, tries each later fact against its earlier statements in document order, and reports
/// the first conflict found, at the later fact with the earlier one as its related location. The rule gives the
/// claim filter and its conflicts, tried in order for each pair.
/// </summary>
internal sealed class ConsistencyCheck : Check
{
    private readonly Func<Fact, bool> _claims;
    private readonly Conflict[] _conflicts;

    /// <summary>A consistency check over the facts <paramref name="claims"/> keeps.</summary>
    /// <param name="needs">What a document must hold for a conflict to be found (the rule knows which facts it reads).</param>
    /// <param name="claims">Which facts are claims to compare.</param>
    /// <param name="conflicts">The ways two claims conflict, tried in this order for each pair.</param>
    public ConsistencyCheck(RuleNeeds needs, Func<Fact, bool> claims, params Conflict[] conflicts)
    {
        Needs = needs ?? throw new ArgumentNullException(nameof(needs));
        _claims = claims ?? throw new ArgumentNullException(nameof(claims));
        _conflicts = conflicts ?? throw new ArgumentNullException(nameof(conflicts));
    }

    /// <inheritdoc />
    public override RuleNeeds Needs { get; }

    /// <inheritdoc />
    public override void Run(DocumentAnalysisContext context, ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (FactRelation restatement in model.RestatementsWithEarlier(_claims))
        {
            Fact later = restatement.Fact;
            foreach (Fact earlier in restatement.Related)
            {
                if (Report(context, earlier, later))
                {
                    break;
                }
            }
        }
    }

    // The first conflict between the two, reported; false when none.
    private bool Report(DocumentAnalysisContext context, Fact earlier, Fact later)
    {
        foreach (Conflict conflict in _conflicts)
        {
            if (conflict.Test(earlier, later) is { } arguments)
            {
                context.Diagnostics.Report(conflict.Descriptor, later.Span, ImmutableDictionary<string, string>.Empty, [earlier.Span], arguments);
                return true;
            }
        }

        return false;
    }
}
