using System.Globalization;

namespace ReportLint.Diagnostics;

/// <summary>
/// The identity of a rule: a stable ID (<c>RL2001</c>), a kebab-case alias, its title and message format,
/// its category and default severity, and a link to its documentation. Created only through
/// <see cref="Create"/>, so every rule gets its help link the same way.
/// </summary>
/// <remarks>
/// A rule that holds several distinct checks gives each its own descriptor with <see cref="ForCheck"/>, as CA2000
/// declares four descriptors under one ID: the same ID, category and severity, and the check's own name, title,
/// message and section of the rule's page. Configuration turns a check off by its name
/// (<c>"RL3004": { "checks": { "named-count": false } }</c>), and SARIF lists each check as its own descriptor.
/// </remarks>
public sealed partial class RuleDescriptor
{
    /// <summary>Where the rule documentation pages live; each page is <c>{HelpLinkBase}RLxxxx.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/reportlint/reportlint/blob/main/docs/rules/";

    private RuleDescriptor(string id, string alias, string title, string messageFormat, RuleCategory category,
        Severity defaultSeverity, bool isEnabledByDefault, string description, string? check = null)
    {
        Id = id;
        Alias = alias;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        Description = description;
        Check = check;
        HelpLink = HelpLinkBase + id + ".md" + (check is null ? "" : "#" + check);
    }

    /// <summary>The stable ID, <c>RL</c> and four digits. Never changes once released.</summary>
    public string Id { get; }

    /// <summary>A kebab-case name usable wherever the ID is (<c>total-mismatch</c>).</summary>
    public string Alias { get; }

    /// <summary>A short title, also the heading of the rule's doc page.</summary>
    public string Title { get; }

    /// <summary>A composite format string (<see cref="string.Format(IFormatProvider, string, object[])"/>) for messages.</summary>
    public string MessageFormat { get; }

    /// <summary>
    /// The kebab-case name of the check within its rule (<c>named-count</c>), also the anchor of its section on the
    /// rule's page; null for the rule itself.
    /// </summary>
    public string? Check { get; }

    /// <summary>The rule's ID, or the ID and the check's name (<c>RL3004/named-count</c>): unique across rules.</summary>
    public string Key => Check is null ? Id : Id + "/" + Check;

    /// <summary>The rule family.</summary>
    public RuleCategory Category { get; }

    /// <summary>The severity used when no configuration says otherwise.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Whether the rule runs when no configuration mentions it.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>One or two sentences on why the rule matters.</summary>
    public string Description { get; }

    /// <summary>The rule's documentation page.</summary>
    public string HelpLink { get; }

    /// <summary>Creates a descriptor, checking that the ID fits its category's range and the alias is kebab-case.</summary>
    public static RuleDescriptor Create(string id, string alias, string title, string messageFormat,
        RuleCategory category, Severity defaultSeverity, string description, bool isEnabledByDefault = true)
    {
        if (!IsRuleId(id))
        {
            throw new ArgumentException($"Rule ID '{id}' is not RL followed by four digits.", nameof(id));
        }

        int number = int.Parse(id.Substring(2), NumberStyles.None, CultureInfo.InvariantCulture);
        int start = category.RangeStart();
        if (number < start || number >= start + 1000)
        {
            throw new ArgumentException($"Rule ID '{id}' is outside the {category} range RL{start:D4}-RL{start + 999:D4}.", nameof(id));
        }

        if (!IsKebabCase(alias))
        {
            throw new ArgumentException($"Alias '{alias}' is not kebab-case.", nameof(alias));
        }

        return new RuleDescriptor(id, alias, title, messageFormat, category, defaultSeverity, isEnabledByDefault, description);
    }

    /// <summary>
    /// A distinct check of this rule: the same ID, alias, category, severity and description, with its own name (the
    /// anchor of its section on the rule's page), title and message format.
    /// </summary>
    public RuleDescriptor ForCheck(string check, string title, string messageFormat)
    {
        if (Check is not null)
        {
            throw new InvalidOperationException($"{Key} is a check; checks belong to a rule, not to another check.");
        }

        if (!IsKebabCase(check))
        {
            throw new ArgumentException($"Check name '{check}' is not kebab-case.", nameof(check));
        }

        return new RuleDescriptor(Id, Alias, title, messageFormat, Category, DefaultSeverity, IsEnabledByDefault, Description, check);
    }

    /// <summary>Formats the message with invariant culture.</summary>
    public string FormatMessage(params object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

    /// <inheritdoc />
    public override string ToString() => Check is null ? $"{Id} ({Alias})" : $"{Id} ({Alias}/{Check})";

    // "RL" then four ASCII digits.
    private static bool IsRuleId(string id) =>
        id.Length == 6 && id[0] == 'R' && id[1] == 'L' && IsDigit(id[2]) && IsDigit(id[3]) && IsDigit(id[4]) && IsDigit(id[5]);

    // Lower-case ASCII words of letters and digits joined by single hyphens.
    private static bool IsKebabCase(string alias)
    {
        if (alias.Length == 0 || alias[0] == '-' || alias[alias.Length - 1] == '-')
        {
            return false;
        }

        for (int i = 0; i < alias.Length; i++)
        {
            char c = alias[i];
            bool ok = (c >= 'a' && c <= 'z') || IsDigit(c) || (c == '-' && alias[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
