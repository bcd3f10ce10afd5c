using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Rules.Arithmetic;
using ReportLint.Rules.Evidence;
using ReportLint.Rules.Integrity;
using ReportLint.Rules.Status;

namespace ReportLint.Rules;

/// <summary>
/// The built-in rules, their fixes and the bundled lexicons. Listed explicitly (no reflection), so the set is
/// trimming- and AOT-safe and its order is stable.
/// </summary>
public static class BuiltInRules
{
    private const string LexiconPrefix = "ReportLint.Lexicons.", RuleLexiconPrefix = "ReportLint.Lexicons.Rules.";

    /// <summary>
    /// The language codes of the bundled lexicons, found from the embedded <c>Lexicons/*.lex</c> files (all but the
    /// language-neutral <c>common.lex</c>): adding a language is adding a file (and one beside each rule that has
    /// words of its own, <c>{Rule}.{language}.lex</c>).
    /// </summary>
    public static ImmutableArray<string> Languages { get; } = typeof(BuiltInRules).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(LexiconPrefix, StringComparison.Ordinal) && n.EndsWith(".lex", StringComparison.Ordinal))
        .Select(n => n[LexiconPrefix.Length..^".lex".Length])
        .Where(n => n != "common" && n.IndexOf('.') < 0)
        .Order(StringComparer.Ordinal)
        .ToImmutableArray();

    // The words rules keep beside them ({Rule}.{language}.lex), by language, in name order.
    private static readonly ILookup<string, string> RuleLexicons = typeof(BuiltInRules).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(RuleLexiconPrefix, StringComparison.Ordinal) && n.EndsWith(".lex", StringComparison.Ordinal))
        .Select(n => n[LexiconPrefix.Length..^".lex".Length])
        .Order(StringComparer.Ordinal)
        .ToLookup(n => n[(n.LastIndexOf('.') + 1)..], StringComparer.Ordinal);

    /// <summary>Every built-in analyzer.</summary>
    public static ImmutableArray<ReportAnalyzer> CreateAnalyzers() =>
    [
        new RL1001UnverifiableClaim(),
        new RL1002SelfCertification(),
        new RL1003CapacityAboveTested(),
        new RL2001TotalMismatch(),
        new RL2002RatioContradictsCounts(),
        new RL2003CompletionMismatch(),
        new RL2004WrongRelativeChange(),
        new RL2005CountMismatch(),
        new RL2006BarContradictsPercentage(),
        new RL2007DurationMismatch(),
        new RL3001TargetMissedButMet(),
        new RL3002MarkContradictsLine(),
        new RL3003CompleteWithPendingItems(),
        new RL3004MetricValueConflict(),
        new RL3005MovingTarget(),
        new RL3006HeadlineContradicted(),
        new RL3007ItemContradictsGroup(),
        new RL4001Mojibake(),
        new RL4002LostGlyph(),
        new RL4003TemplateResidue(),
        new RL4004CitedFileMismatch(),
        new RL4005SelfNameMismatch(),
    ];

    // One set of analyzers for the descriptors, the checks and the catalogue: read only for what they declare, made
    // once when the class is first used (each rule's descriptors are built with it).
    private static readonly ImmutableArray<ReportAnalyzer> Declared = CreateAnalyzers();

    /// <summary>Every rule descriptor, engine rules included, sorted by ID; the descriptors of checks are in <see cref="Checks"/>.</summary>
    public static ImmutableArray<RuleDescriptor> Descriptors { get; } = EngineRules.All
        .Concat(Declared.SelectMany(a => a.SupportedRules))
        .Where(r => r.Check is null)
        .OrderBy(r => r.Id, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>The descriptor of each distinct check of a rule that holds several, by rule ID, then as declared.</summary>
    public static ImmutableArray<RuleDescriptor> Checks { get; } = EngineRules.Checks
        .Concat(Declared.SelectMany(a => a.SupportedRules))
        .Where(r => r.Check is not null)
        .OrderBy(r => r.Id, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>
    /// The lexicon of the given languages (all bundled languages by default), merged with the language-neutral marks.
    /// </summary>
    public static Lexicon LoadLexicon(IEnumerable<string>? languages = null)
    {
        var selected = (languages ?? Languages).ToList();
        foreach (string language in selected)
        {
            if (!Languages.Contains(language, StringComparer.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"No lexicon for language '{language}'. Available: {string.Join(", ", Languages)}.", nameof(languages));
            }
        }

        // Lexicons are immutable: one per language set serves every linter of the process.
        string key = string.Join(",", selected.Select(l => l.ToLowerInvariant()));
        // Lazy: linters made at the same time on several threads (the CLI's workers) wait for one load instead of each
        // parsing the lexicons again.
        // The files parsed straight into one lexicon (Lexicon.ParseMerged: the lexicon Lexicon.Merge would make of each
        // file's own, without building those first).
        return LoadedLexicons.GetOrAdd(key, _ => new Lazy<Lexicon>(() => Lexicon.ParseMerged(new[] { "common" }.Concat(selected.Select(l => l.ToLowerInvariant()))
            .SelectMany(language => RuleLexicons[language].Prepend(language)).Select(ReadResource)))).Value;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Lexicon>> LoadedLexicons = new(StringComparer.Ordinal);

    /// <summary>A linter with every built-in rule and fix, and the lexicons of the given languages.</summary>
    public static ReportLinter CreateLinter(AnalysisOptions? options = null, IEnumerable<string>? languages = null, bool inlineConfiguration = true,
        bool triage = true) =>
        new(CreateAnalyzers(), LoadLexicon(languages), options, inlineConfiguration, triage);

    /// <summary>The catalogue of the built-in rules and their options, for configuration.</summary>
    public static ReportLint.Configuration.RuleCatalog Catalog { get; } = new(Declared);

    // A bundled lexicon file's text and the name its errors give.
    private static (string Content, string SourceName) ReadResource(string name)
    {
        string resource = $"ReportLint.Lexicons.{name}.lex";
        using Stream stream = typeof(BuiltInRules).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The lexicon resource '{resource}' is missing from {typeof(BuiltInRules).Assembly.GetName().Name}.");
        // Decoded from its bytes at once (a StreamReader's builder copies the text once more), without a byte order mark.
        byte[] bytes = new byte[checked((int)stream.Length)];
        int read = 0;
        while (read < bytes.Length && stream.Read(bytes, read, bytes.Length - read) is int n and > 0)
        {
            read += n;
        }

        int start = read >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return (System.Text.Encoding.UTF8.GetString(bytes, start, read - start), name + ".lex");
    }
}
