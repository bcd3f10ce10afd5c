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
        "Configuration that could not be read; linting goes on with the defaults for it",
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
        "A file was not read",
        RuleCategory.Engine, Severity.Warning,
        "A report is a FIFO, a device or a socket, a symbolic link that leads out of the repository, or larger than 256 MB. ReportLint reads only regular files inside the repository, so that a repository cannot make it wait forever, fill the memory, or show what another file holds.");

    // RL0002's checks: one for each thing a configuration can hold that cannot be used. Their messages are those the
    // configuration readers wrote before they had descriptors, word for word.

    /// <summary>RL0002: a configuration file that is not valid JSON.</summary>
    public static RuleDescriptor InvalidJson { get; } = InvalidConfiguration.ForCheck("invalid-json",
        "Invalid JSON", "Invalid JSON: {0}");

    /// <summary>RL0002: a configuration that is valid JSON but not an object.</summary>
    public static RuleDescriptor ConfigurationNotObject { get; } = InvalidConfiguration.ForCheck("not-an-object",
        "A configuration that is not a JSON object", "The configuration must be an object, not {0}.");

    /// <summary>RL0002: a top-level key that names no rule, option or setting.</summary>
    public static RuleDescriptor UnknownRule { get; } = InvalidConfiguration.ForCheck("unknown-rule",
        "An unknown rule", "Unknown rule '{0}'; 'reportlint rules' lists the IDs and aliases.");

    /// <summary>RL0002: a rule's option written at the top level beside its rule's ID (<c>"RL4004.tolerance_percent"</c>).</summary>
    public static RuleDescriptor OptionBesideRule { get; } = InvalidConfiguration.ForCheck("option-beside-rule",
        "A rule's option written beside its rule instead of inside it", "'{0}': options go inside their rule's object: \"{1}\": {{ \"{2}\": … }}.");

    /// <summary>RL0002: an option the rule named beside it does not have (<c>"RL4004.nope"</c>).</summary>
    public static RuleDescriptor UnknownOptionBesideRule { get; } = InvalidConfiguration.ForCheck("unknown-option-beside-rule",
        "An unknown option written beside its rule", "'{0}': {1} has no option '{2}' ({3}).");

    /// <summary>RL0002: a rule's option written alone at the top level, as if it were a rule.</summary>
    public static RuleDescriptor OptionAsRule { get; } = InvalidConfiguration.ForCheck("option-as-rule",
        "A rule's option written as a rule", "'{0}' is an option of {1}, not a rule: write it inside the rule's object, \"{2}\": {{ \"{3}\": … }}.");

    /// <summary>RL0002: a setting only a configuration file may hold, in an inline configuration.</summary>
    public static RuleDescriptor FileOnlySetting { get; } = InvalidConfiguration.ForCheck("file-only-setting",
        "A setting only a configuration file may hold, inline", "'{0}' is only read from configuration files, not from reportlint-configure-file.");

    /// <summary>RL0002: a file setting (<c>extends</c>, <c>ignore</c>, <c>languages</c>…) of the wrong type.</summary>
    public static RuleDescriptor SettingType { get; } = InvalidConfiguration.ForCheck("setting-type",
        "A file setting of the wrong type", "'{0}' must be {1}, not {2}.");

    /// <summary>RL0002: a rule given a word that is not a severity.</summary>
    public static RuleDescriptor UnknownSeverity { get; } = InvalidConfiguration.ForCheck("unknown-severity",
        "A rule given a word that is not a severity", "'{0}' is not a severity for {1}: use error, warning, info, hidden or off.");

    /// <summary>RL0002: an option the rule does not have, inside the rule's object.</summary>
    public static RuleDescriptor UnknownOption { get; } = InvalidConfiguration.ForCheck("unknown-option",
        "An unknown option of a rule", "{0} has no option '{1}' ({2}).");

    /// <summary>RL0002: a rule's option of the wrong type.</summary>
    public static RuleDescriptor OptionType { get; } = InvalidConfiguration.ForCheck("option-type",
        "A rule's option of the wrong type", "{0} must be a {1}, not {2}.");

    /// <summary>RL0002: a rule set to something that is not true, false, a severity or an object.</summary>
    public static RuleDescriptor RuleSettingType { get; } = InvalidConfiguration.ForCheck("rule-setting-type",
        "A rule set to a value of the wrong type", "{0} must be true, false, a severity or an object, not {1}.");

    /// <summary>RL0002: a rule's <c>checks</c> that is not an object.</summary>
    public static RuleDescriptor ChecksType { get; } = InvalidConfiguration.ForCheck("checks-type",
        "A rule's checks that are not an object", "{0}'s checks must be an object of check names, not {1} ({2}).");

    /// <summary>RL0002: a check the rule does not have.</summary>
    public static RuleDescriptor UnknownCheck { get; } = InvalidConfiguration.ForCheck("unknown-check",
        "An unknown check of a rule", "{0} has no check '{1}' ({2}).");

    /// <summary>RL0002: a check set to something that is not true, false or a severity.</summary>
    public static RuleDescriptor CheckSettingType { get; } = InvalidConfiguration.ForCheck("check-setting-type",
        "A check set to a value of the wrong type", "{0} must be true, false or a severity (error, warning, info, hidden, off), not {1}.");

    /// <summary>RL0002: a language in <c>languages</c> with no lexicon.</summary>
    public static RuleDescriptor UnknownLanguage { get; } = InvalidConfiguration.ForCheck("unknown-language",
        "A language with no lexicon", "No lexicon for the language '{0}' in 'languages' (known: {1}); it is left out.");

    /// <summary>RL0002: <c>languages</c> naming no language with a lexicon (<c>[]</c>, <c>["de"]</c>).</summary>
    public static RuleDescriptor NoLanguage { get; } = InvalidConfiguration.ForCheck("no-language",
        "No language with a lexicon", "'languages' names no language with a lexicon; the defaults ({0}) are used.");

    /// <summary>RL0002: <c>extends</c> naming something that is not a path.</summary>
    public static RuleDescriptor ExtendsNotPath { get; } = InvalidConfiguration.ForCheck("extends-not-a-path",
        "'extends' that names no path", "'extends' names '{0}', which is not a path; it is ignored.");

    /// <summary>RL0002: <c>extends</c> naming a file outside the repository (or, outside one, the file's folder).</summary>
    public static RuleDescriptor ExtendsOutside { get; } = InvalidConfiguration.ForCheck("extends-outside",
        "'extends' that names a file outside the repository", "'extends' names '{0}', outside {1}; it is not read.");

    /// <summary>RL0002: <c>extends</c> that leads back to a file it came from.</summary>
    public static RuleDescriptor ExtendsCycle { get; } = InvalidConfiguration.ForCheck("extends-cycle",
        "'extends' that makes a cycle", "'extends' makes a cycle through '{0}'; it is ignored.");

    /// <summary>RL0002: <c>extends</c> naming a file that does not exist.</summary>
    public static RuleDescriptor ExtendsMissing { get; } = InvalidConfiguration.ForCheck("extends-missing",
        "'extends' that names a missing file", "'extends' names '{0}', which does not exist.");

    /// <summary>RL0002: <c>extends</c> naming a file that is not read (a FIFO, a link out of the repository, too large).</summary>
    public static RuleDescriptor ExtendsNotRead { get; } = InvalidConfiguration.ForCheck("extends-not-read",
        "'extends' that names a file that is not read", "'extends' names '{0}': {1}.");

    /// <summary>RL0002: a configuration file that cannot be read.</summary>
    public static RuleDescriptor ConfigurationNotRead { get; } = InvalidConfiguration.ForCheck("unreadable-file",
        "A configuration file that cannot be read", "Cannot read {0}: {1}.");

    /// <summary>RL0002: an unknown rule in <c>.editorconfig</c>'s <c>dotnet_diagnostic.&lt;ID&gt;.severity</c>.</summary>
    public static RuleDescriptor EditorConfigUnknownRule { get; } = InvalidConfiguration.ForCheck("editorconfig-unknown-rule",
        "An unknown rule in .editorconfig", "Unknown rule '{0}' in dotnet_diagnostic.{1}.severity.");

    /// <summary>RL0002: an <c>.editorconfig</c> severity followed by a comment on the same line.</summary>
    public static RuleDescriptor EditorConfigInlineComment { get; } = InvalidConfiguration.ForCheck("editorconfig-inline-comment",
        "An .editorconfig severity with a comment on its line",
        "'{0}' is not a severity for {1}: EditorConfig has no inline comments, so '{2}' is part of the value; put the comment on a line of its own.");

    /// <summary>RL0002: an <c>.editorconfig</c> severity that is not one.</summary>
    public static RuleDescriptor EditorConfigUnknownSeverity { get; } = InvalidConfiguration.ForCheck("editorconfig-unknown-severity",
        "A word that is not a severity in .editorconfig", "'{0}' is not a severity for {1}: use error, warning, suggestion, silent, none or default.");

    // RL0002's checks, as declared.
    private static IReadOnlyList<RuleDescriptor> ConfigurationChecks { get; } =
    [
        InvalidJson, ConfigurationNotObject, UnknownRule, OptionBesideRule, UnknownOptionBesideRule, OptionAsRule, FileOnlySetting, SettingType,
        UnknownSeverity, UnknownOption, OptionType, RuleSettingType, ChecksType, UnknownCheck, CheckSettingType, UnknownLanguage, NoLanguage,
        ExtendsNotPath, ExtendsOutside, ExtendsCycle, ExtendsMissing, ExtendsNotRead, ConfigurationNotRead, EditorConfigUnknownRule,
        EditorConfigInlineComment, EditorConfigUnknownSeverity,
    ];

    // RL0006's checks: one for each reason a report is not read. The hosts that report it (the analyzer, the MSBuild
    // task) are both set in a project, so the hint names the project's property.

    /// <summary>RL0006: a folder, FIFO, device or socket.</summary>
    public static RuleDescriptor NotRegularFile { get; } = FileNotRead.ForCheck("not-regular",
        "A folder, FIFO, device or socket was not read", "Not read: {0}, not a regular file; not read.");

    /// <summary>RL0006: a symbolic link that leads out of the repository.</summary>
    public static RuleDescriptor LinkLeadsOut { get; } = FileNotRead.ForCheck("leads-out",
        "A symbolic link out of the repository was not read",
        "Not read: a symbolic link that leads out of {0}; not read (the project's ReportLintFollowSymlinks=true reads it).");

    /// <summary>RL0006: a path outside the repository.</summary>
    public static RuleDescriptor OutsideRepository { get; } = FileNotRead.ForCheck("outside",
        "A file outside the repository was not read", "Not read: outside {0}; not read (the project's ReportLintFollowSymlinks=true reads it).");

    /// <summary>RL0006: symbolic links that lead to each other.</summary>
    public static RuleDescriptor LinkLoop { get; } = FileNotRead.ForCheck("link-loop",
        "A loop of symbolic links was not read", "Not read: a loop of symbolic links; not read.");

    /// <summary>RL0006: a file over the size limit.</summary>
    public static RuleDescriptor FileTooLarge { get; } = FileNotRead.ForCheck("too-large",
        "A file too large was not read", "Not read: file too large ({0}; the limit is {1}).");

    /// <summary>RL0006: a binary file (NUL bytes).</summary>
    public static RuleDescriptor BinaryFile { get; } = FileNotRead.ForCheck("binary",
        "A binary file was not read", "Not read: binary file (it contains NUL bytes); not a Markdown report.");

    /// <summary>RL0006: UTF-16 text saved without a byte order mark.</summary>
    public static RuleDescriptor Utf16WithoutBom { get; } = FileNotRead.ForCheck("utf16-without-bom",
        "UTF-16 text without a byte order mark was not read",
        "Not read: UTF-16 {0} text without a byte order mark; not read (save it as UTF-8, or as UTF-16 with a byte order mark).");

    // RL0006's checks, as declared.
    private static IReadOnlyList<RuleDescriptor> NotReadChecks { get; } =
        [NotRegularFile, LinkLeadsOut, OutsideRepository, LinkLoop, FileTooLarge, BinaryFile, Utf16WithoutBom];

    /// <summary>All engine descriptors (the rules; the descriptors of their checks are in <see cref="Checks"/>).</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [RuleCrashed, InvalidConfiguration, UnusedSuppression, InvalidEncoding, ParseFailed, FileNotRead];

    /// <summary>The descriptor of each distinct check of an engine rule (RL0002's, then RL0006's), as declared.</summary>
    public static IReadOnlyList<RuleDescriptor> Checks { get; } = [.. ConfigurationChecks, .. NotReadChecks];

    /// <summary>
    /// RL0006 for a file the reader refused without reading it (a folder, FIFO, device or socket; a symbolic link out
    /// of the repository or in a loop; a file too large): the check that says why, and its message. Null when the
    /// refusal is not RL0006's (nothing there, or the file system would not say: the host reports an error).
    /// </summary>
    public static (RuleDescriptor Check, string Message)? NotRead(IO.FileCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (check.NotReadCheck is not { } name)
        {
            return null;
        }

        RuleDescriptor descriptor = NotReadChecks.First(c => c.Check == name);
        return (descriptor, descriptor.FormatMessage(check.NotReadArguments));
    }

    /// <summary>
    /// RL0006 for bytes read as a report that are not text ReportLint reads (a binary file, UTF-16 without a byte order
    /// mark): the check and its message, or null when they are text.
    /// </summary>
    public static (RuleDescriptor Check, string Message)? NotText(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (IO.ReportBytes.IsText(bytes, out string? utf16Order))
        {
            return null;
        }

        return utf16Order is null ? (BinaryFile, BinaryFile.FormatMessage()) : (Utf16WithoutBom, Utf16WithoutBom.FormatMessage(utf16Order));
    }
}
