using ReportLint.Analysis;
using ReportLint.Diagnostics;

namespace ReportLint.Configuration;

/// <summary>The rules and options configuration may name: IDs and aliases, and each rule's declared options.</summary>
public sealed class RuleCatalog
{
    private readonly Dictionary<string, RuleDescriptor> _byName;
    private readonly Dictionary<string, RuleOption> _options;

    /// <summary>Creates the catalogue of analyzers' rules and options, engine rules included.</summary>
    public RuleCatalog(IEnumerable<ReportAnalyzer> analyzers)
    {
        var analyzerList = analyzers.ToList();
        Rules = EngineRules.All.Concat(analyzerList.SelectMany(a => a.SupportedRules)).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        Options = analyzerList.SelectMany(a => a.SupportedOptions).OrderBy(o => o.Key, StringComparer.Ordinal).ToArray();
        _byName = new Dictionary<string, RuleDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (RuleDescriptor rule in Rules)
        {
            _byName[rule.Id] = rule;
            _byName[rule.Alias] = rule;
        }

        _options = Options.ToDictionary(o => o.Key, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every rule, sorted by ID.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>Every declared option, sorted by key.</summary>
    public IReadOnlyList<RuleOption> Options { get; }

    /// <summary>The rule an ID or alias names, or null.</summary>
    public RuleDescriptor? Find(string idOrAlias) => _byName.GetValueOrDefault(idOrAlias);

    /// <summary>The option of a rule, or null.</summary>
    public RuleOption? FindOption(string ruleId, string name) => _options.GetValueOrDefault(ruleId + "." + name);
}
