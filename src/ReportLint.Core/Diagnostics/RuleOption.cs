namespace ReportLint.Diagnostics;

/// <summary>The type of a rule option's value.</summary>
public enum RuleOptionType
{
    /// <summary>A number.</summary>
    Number,
    /// <summary>A string.</summary>
    String,
    /// <summary>true or false.</summary>
    Boolean,
}

/// <summary>
/// An option a rule declares beside its descriptor, configured as <c>"RL2003": { "tolerance_points": 3 }</c> and read
/// by the rule as <c>RL2003.tolerance_points</c>.
/// </summary>
public sealed record RuleOption(string RuleId, string Name, RuleOptionType Type, string DefaultValue, string Description)
{
    /// <summary>The key the rule reads it by: <c>RL2003.tolerance_points</c>.</summary>
    public string Key => RuleId + "." + Name;
}
