namespace ReportLint.Diagnostics;

/// <summary>Diagnostics the engine itself reports (RL0xxx).</summary>
public static class EngineRules
{
    /// <summary>RL0001: a rule threw; the other rules still ran (Roslyn's AD0001).</summary>
    public static RuleDescriptor RuleCrashed { get; } = RuleDescriptor.Create(
        "RL0001", "rule-crashed", "A rule crashed",
        "Rule {0} crashed on this file with {1}: {2}. Its findings for this file may be incomplete; the other rules ran.",
        RuleCategory.Engine, Severity.Warning,
        "A rule threw an exception while analysing the file. ReportLint isolates the failure so the other rules still run; report it with the file that caused it.");

    /// <summary>RL0004: the file is not valid UTF-8.</summary>
    public static RuleDescriptor InvalidEncoding { get; } = RuleDescriptor.Create(
        "RL0004", "invalid-utf8", "The file is not valid UTF-8",
        "The file is not valid {2}: {0} invalid byte sequence(s) on this line, the first at byte {1}. They were read as U+FFFD, and fixes will not rewrite this file.",
        RuleCategory.Engine, Severity.Warning,
        "Reports must be UTF-8 (or UTF-16 with a byte order mark). Invalid bytes are replaced by U+FFFD for analysis; the file is never rewritten, so no byte is lost.");

    /// <summary>RL0005: the Markdown parser gave up on the file.</summary>
    public static RuleDescriptor ParseFailed { get; } = RuleDescriptor.Create(
        "RL0005", "markdown-parse-failed", "The file could not be parsed as Markdown",
        "The file could not be parsed as Markdown ({0}).",
        RuleCategory.Engine, Severity.Warning,
        "The Markdown parser refused the file (for example, elements nested too deeply). The lines that nest too deeply are read as plain text and the rest of the file is analysed; when that is not enough, only the rules that read the raw text run.");

    /// <summary>RL0002: a configuration file or inline configuration could not be read.</summary>
    public static RuleDescriptor InvalidConfiguration { get; } = RuleDescriptor.Create(
        "RL0002", "invalid-config", "Configuration that could not be read",
        "{0}",
        RuleCategory.Engine, Severity.Warning,
        "A configuration file or inline configuration holds invalid JSON, an unknown rule or option, or a value of the wrong type. Linting goes on with the defaults for what could not be read.");

    /// <summary>RL0003: an inline suppression that suppressed nothing (off by default, like Roslyn's IDE0079).</summary>
    public static RuleDescriptor UnusedSuppression { get; } = RuleDescriptor.Create(
        "RL0003", "unused-suppression", "A suppression comment suppresses nothing",
        "This {0} suppresses nothing{1}; remove it",
        RuleCategory.Engine, Severity.Info,
        "A suppression that no longer suppresses anything hides future findings for no reason.", isEnabledByDefault: false);

    /// <summary>RL0006: a report was not read: not a regular file, a symbolic link out of the repository, or too large.</summary>
    public static RuleDescriptor FileNotRead { get; } = RuleDescriptor.Create(
        "RL0006", "file-not-read", "A file was not read",
        "{0}",
        RuleCategory.Engine, Severity.Warning,
        "A report is a FIFO, a device or a socket, a symbolic link that leads out of the repository, or larger than 256 MB. ReportLint reads only regular files inside the repository, so that a repository cannot make it wait forever, fill the memory, or show what another file holds.");

    /// <summary>All engine descriptors.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [RuleCrashed, InvalidConfiguration, UnusedSuppression, InvalidEncoding, ParseFailed, FileNotRead];
}
