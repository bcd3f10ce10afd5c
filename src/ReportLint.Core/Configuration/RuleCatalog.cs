using ReportLint.Analysis;
using ReportLint.Diagnostics;

namespace ReportLint.Configuration;

/// <summary>The rules and options configuration may name: IDs and aliases, and each rule's declared options.</summary>
public sealed class RuleCatalog
{
    private readonly Dictionary<string, RuleDescriptor> _byName;
    private readonly Dictionary<string, RuleOption> _options;
    private readonly Dictionary<string, RuleDescriptor> _checks;

    /// <summary>Creates the catalogue of analyzers' rules and options, engine rules included.</summary>
    public RuleCatalog(IEnumerable<ReportAnalyzer> analyzers)
    {
        var analyzerList = analyzers.ToList();
        Rules = EngineRules.All.Concat(analyzerList.SelectMany(a => a.SupportedRules)).Where(r => r.Check is null).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        Options = analyzerList.SelectMany(a => a.SupportedOptions).OrderBy(o => o.Key, StringComparer.Ordinal).ToArray();
        _byName = new Dictionary<string, RuleDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (RuleDescriptor rule in Rules)
        {
            _byName[rule.Id] = rule;
            _byName[rule.Alias] = rule;
        }

        _options = Options.ToDictionary(o => o.Key, StringComparer.OrdinalIgnoreCase);
        Checks = EngineRules.Checks.Concat(analyzerList.SelectMany(a => a.SupportedRules)).Where(r => r.Check is not null).DistinctBy(r => r.Key)
            .OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        _checks = Checks.ToDictionary(c => c.Key, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every distinct check of a rule (<see cref="RuleDescriptor.Check"/>), by rule ID, then as declared.</summary>
    public IReadOnlyList<RuleDescriptor> Checks { get; }

    /// <summary>The checks of a rule, as declared; empty when the rule is a single check.</summary>
    public IEnumerable<RuleDescriptor> ChecksOf(string ruleId) => Checks.Where(c => c.Id == ruleId);

    /// <summary>A check of a rule by its name, or null.</summary>
    public RuleDescriptor? FindCheck(string ruleId, string name) => _checks.GetValueOrDefault(ruleId + "/" + name);

    /// <summary>
    /// Each rule followed by its checks: what a report lists as the rule catalogue (SARIF's <c>rules</c>), by ID.
    /// </summary>
    public IEnumerable<RuleDescriptor> Descriptors => Rules.SelectMany(r => ChecksOf(r.Id).Prepend(r));

    /// <summary>Every rule, sorted by ID.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>Every declared option, sorted by key.</summary>
    public IReadOnlyList<RuleOption> Options { get; }

    /// <summary>The rule an ID or alias names, or null.</summary>
    public RuleDescriptor? Find(string idOrAlias) => _byName.GetValueOrDefault(idOrAlias);

    /// <summary>The option of a rule, or null.</summary>
    public RuleOption? FindOption(string ruleId, string name) => _options.GetValueOrDefault(ruleId + "." + name);
}
