using System.Globalization;

namespace ReportLint.Diagnostics;

/// <summary>
/// The identity of a rule: a stable ID (<c>RL2001</c>), a kebab-case alias, its title and message format,
/// its category and default severity, and a link to its documentation. Created only through
/// <see cref="Create"/>, so every rule gets its help link the same way.
/// </summary>
public sealed partial class RuleDescriptor
{
    /// <summary>Where the rule documentation pages live; each page is <c>{HelpLinkBase}RLxxxx.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/reportlint/reportlint/blob/main/docs/rules/";

    private RuleDescriptor(string id, string alias, string title, string messageFormat, RuleCategory category,
        Severity defaultSeverity, bool isEnabledByDefault, string description)
    {
        Id = id;
        Alias = alias;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        Description = description;
        HelpLink = HelpLinkBase + id + ".md";
    }

    /// <summary>The stable ID, <c>RL</c> and four digits. Never changes once released.</summary>
    public string Id { get; }

    /// <summary>A kebab-case name usable wherever the ID is (<c>total-mismatch</c>).</summary>
    public string Alias { get; }

    /// <summary>A short title, also the heading of the rule's doc page.</summary>
    public string Title { get; }

    /// <summary>A composite format string (<see cref="string.Format(IFormatProvider, string, object[])"/>) for messages.</summary>
    public string MessageFormat { get; }

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

    /// <summary>Formats the message with invariant culture.</summary>
    public string FormatMessage(params object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Alias})";

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
