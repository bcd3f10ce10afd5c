using ReportLint.Claims;

namespace ReportLint.Model;

/// <summary>
/// The facts of one metric seen so far that later facts are compared with: one representative per distinct value,
/// status and target (a few at most) for every subset of a fact's period path and its subject scope (its section
/// unless the metric is report-wide, its lead item). Two facts that can be compared share at least one such key, so each fact is looked up under a
/// handful of keys and restatements stay linear in the number of facts.
/// </summary>
internal sealed class Representatives
{
    private const int MaxRepresentatives = 8;

    // Kept for the next group, and the next call, while no bigger than this: a report's restatements are sought
    // group by group and rule by rule, and a set per group cost its buckets and entries again each time.
    private const int MaxKeptKeys = 4096;

    [ThreadStatic]
    private static Representatives? t_cached;

    private ReportModel _model;
    // Per key, the one fact kept, or a list once a second is: most keys keep one fact, and a list of one cost a list and
    // an array of four per key.
    private readonly Dictionary<Key, object> _kept = new();
    private readonly List<Fact> _candidates = [];
    private Fact? _keyed;
    private Key[] _keys = [];
    private string[]? _keyedPeriods;
    private string? _keyedSection;
    private string? _keyedQualifier;

    private Representatives(ReportModel model) => _model = model;

    /// <summary>An empty set of representatives for the facts of one metric: this thread's, when it is not in use.</summary>
    public static Representatives Rent(ReportModel model)
    {
        Representatives? cached = t_cached;
        if (cached is null)
        {
            return new Representatives(model);
        }

        t_cached = null;
        cached._model = model;
        return cached;
    }

    /// <summary>Forgets every fact kept, for the next metric's facts.</summary>
    public void Clear()
    {
        _kept.Clear();
        _candidates.Clear();
        _keyed = null;
        _keys = [];
        _keyedPeriods = null;
        _keyedSection = null;
        _keyedQualifier = null;
    }

    /// <summary>Gives the set back to this thread, emptied, unless it grew too big to keep.</summary>
    public void Return()
    {
        if (_kept.Count > MaxKeptKeys || _candidates.Capacity > MaxKeptKeys)
        {
            return;
        }

        Clear();
        _model = null!;
        t_cached = this;
    }

    /// <summary>The representatives a fact may be compared with, in the order they were kept, each once.</summary>
    public List<Fact> Candidates(Fact fact)
    {
        _candidates.Clear();
        foreach (Key key in KeysOf(fact))
        {
            if (!_kept.TryGetValue(key, out object? kept))
            {
                continue;
            }

            if (kept is Fact one)
            {
                AddCandidate(one);
                continue;
            }

            foreach (Fact earlier in (List<Fact>)kept)
            {
                AddCandidate(earlier);
            }
        }

        return _candidates;
    }

    private void AddCandidate(Fact earlier)
    {
        if (!_candidates.Contains(earlier))
        {
            _candidates.Add(earlier);
        }
    }

    /// <summary>Keeps a fact as a representative under each of its keys where no kept fact has its signature.</summary>
    public void Remember(Fact fact)
    {
        foreach (Key key in KeysOf(fact))
        {
            if (!_kept.TryGetValue(key, out object? kept))
            {
                _kept[key] = fact;
            }
            else if (kept is Fact one)
            {
                if (!SameSignature(one, fact))
                {
                    _kept[key] = new List<Fact>(2) { one, fact };
                }
            }
            else if (kept is List<Fact> list && list.Count < MaxRepresentatives && !HasSignature(list, fact))
            {
                list.Add(fact);
            }
        }
    }

    // A loop, not List.Exists: its predicate would close over the fact, one object per key.
    private static bool HasSignature(List<Fact> kept, Fact fact)
    {
        foreach (Fact k in kept)
        {
            if (SameSignature(k, fact))
            {
                return true;
            }
        }

        return false;
    }

    // (period path, section, qualifier) for each compatible period path; a fact is looked up, then kept, so the keys
    // of the last fact are kept too.
    private Key[] KeysOf(Fact fact)
    {
        if (ReferenceEquals(fact, _keyed))
        {
            return _keys;
        }

        // Made once per fact: restatements are sought once per rule that asks, with the same keys each time.
        if (fact.RepresentativeKeys is Key[] kept)
        {
            _keyed = fact;
            return _keys = kept;
        }

        MetricClaim claim = fact.Claim!;
        string section = _model.SubjectScopeOf(fact);
        IEnumerable<string> compatible = MetricClaims.Of(_model.Document).CompatiblePeriodKeys(_model.Document, claim);
        string[] periods = compatible as string[] ?? compatible.ToArray();
        string qualifier = fact.Qualifier;
        if (ReferenceEquals(periods, _keyedPeriods) && section == _keyedSection && qualifier == _keyedQualifier)
        {
            // The same periods (one array per period path), subject scope and qualifier as the fact before: the same keys.
            _keyed = fact;
            fact.RepresentativeKeys = _keys;
            return _keys;
        }

        _keyedPeriods = periods;
        _keyedSection = section;
        _keyedQualifier = qualifier;
        var keys = new Key[periods.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = new Key(periods[i], section, qualifier);
        }

        _keyed = fact;
        fact.RepresentativeKeys = keys;
        return _keys = keys;
    }

    // Same value (and denominator) as written, unit, status and target.
    private static bool SameSignature(Fact a, Fact b) =>
        FactValue.SameNumber(a.Value?.Number, b.Value?.Number) && FactValue.SameNumber(a.Value?.Denominator, b.Value?.Denominator) &&
        a.Value?.Unit == b.Value?.Unit && a.Status == b.Status &&
        FactValue.SameNumber(a.Target?.Value?.Number, b.Target?.Value?.Number) && a.Target?.Value?.Comparison == b.Target?.Value?.Comparison;

    // A key of kept facts: its three parts compared as they are, with no string made of them. A class: a dictionary
    // keyed by a value type of this assembly is framework generic code that ReadyToRun cannot precompile.
    private sealed class Key(string period, string section, string qualifier) : IEquatable<Key>
    {
        private readonly string _period = period, _section = section, _qualifier = qualifier;
        private readonly int _hash = unchecked(((StringComparer.Ordinal.GetHashCode(period) * 31) + StringComparer.Ordinal.GetHashCode(section)) * 31
            + StringComparer.Ordinal.GetHashCode(qualifier));

        public bool Equals(Key? other) =>
            other is not null && _hash == other._hash && string.Equals(_period, other._period, StringComparison.Ordinal)
            && string.Equals(_section, other._section, StringComparison.Ordinal) && string.Equals(_qualifier, other._qualifier, StringComparison.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() => _hash;
    }
}
