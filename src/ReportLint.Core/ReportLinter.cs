using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Diagnostics;
using ReportLint.Fixes;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint;

/// <summary>The diagnostics of one document.</summary>
public sealed class LintResult
{
    internal LintResult(ReportDocument document, ImmutableArray<Diagnostic> diagnostics)
    {
        Document = document;
        Diagnostics = diagnostics;
    }

    /// <summary>The analysed document.</summary>
    public ReportDocument Document { get; }

    /// <summary>The source text.</summary>
    public SourceText Source => Document.Text;

    /// <summary>The path given for the document, if any.</summary>
    public string? Path => Document.Path;

    /// <summary>The diagnostics, sorted by position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}

/// <summary>The result of fixing a document until no more fixes apply.</summary>
public sealed class FixResult
{
    internal FixResult(SourceText original, string fixedText, ImmutableArray<CodeFix> applied, ImmutableArray<Diagnostic> remaining,
        ImmutableArray<FixPass> passes = default)
    {
        Original = original;
        FixedText = fixedText;
        Applied = applied;
        Remaining = remaining;
        Passes = passes.IsDefault ? [] : passes;
    }

    /// <summary>Each pass: the text it linted, the fixes it applied to it, and the text they gave (tests replay them).</summary>
    internal ImmutableArray<FixPass> Passes { get; }

    /// <summary>The text before fixing.</summary>
    public SourceText Original { get; }

    /// <summary>The text after every applicable fix.</summary>
    public string FixedText { get; }

    /// <summary>Whether any fix changed the text.</summary>
    public bool Changed => !string.Equals(Original.Text, FixedText, StringComparison.Ordinal);

    /// <summary>The fixes applied, over all passes.</summary>
    public ImmutableArray<CodeFix> Applied { get; }

    /// <summary>The diagnostics of the fixed text.</summary>
    public ImmutableArray<Diagnostic> Remaining { get; }

    /// <summary>The fixed text encoded as the original was (encoding, byte order mark, line endings kept).</summary>
    public byte[] GetFixedBytes() => Original.Encode(FixedText);
}

/// <summary>One pass of fix-all: the text linted, the fixes applied to it, the text they gave.</summary>
internal sealed record FixPass(string Before, ImmutableArray<CodeFix> Applied, string After);

/// <summary>
/// The one entry point other tools call: lint a string or a file and get diagnostics, or get the fixed text.
/// Thread-safe; create one and reuse it. The built-in rules come from <c>ReportLint.Rules.BuiltInRules.CreateLinter()</c>.
/// </summary>
public sealed partial class ReportLinter
{
    private const int MaxFixPasses = 8;
    private readonly AnalyzerDriver _driver;
    private readonly HashSet<string> _fixable;

    /// <summary>
    /// Creates a linter from analyzers, the lexicon of the languages in force, and options. The fixes ride on the
    /// diagnostics the analyzers report (<see cref="Diagnostic.Fixes"/>).
    /// </summary>
    public ReportLinter(IEnumerable<ReportAnalyzer> analyzers, Lexicon? lexicon = null, AnalysisOptions? options = null,
        bool inlineConfiguration = true, bool triage = true)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        _driver = new AnalyzerDriver(analyzers, triage);
        Catalog = new RuleCatalog(_driver.Analyzers);
        InlineConfiguration = inlineConfiguration;
        Lexicon = lexicon ?? Lexicon.Empty;
        Options = options ?? AnalysisOptions.Default;
        _fixable = new HashSet<string>(StringComparer.Ordinal);
        foreach (ReportAnalyzer analyzer in _driver.Analyzers)
        {
            foreach (RuleDescriptor rule in analyzer.FixableRules)
            {
                _fixable.Add(rule.Id);
            }
        }

        Rules = Catalog.Rules.ToImmutableArray();
    }

    /// <summary>Every rule this linter can report, engine rules included, sorted by ID.</summary>
    public ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>The rules and options configuration may name.</summary>
    public RuleCatalog Catalog { get; }

    /// <summary>Whether inline comments (<c>reportlint-disable</c>…, <c>reportlint-configure-file</c>) are obeyed.</summary>
    public bool InlineConfiguration { get; }

    /// <summary>The lexicon in force.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>The options in force.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>Whether the diagnostics of <paramref name="ruleId"/> may carry a fix.</summary>
    public bool IsFixable(string ruleId) => _fixable.Contains(ruleId);

    /// <summary>Lints a string. <paramref name="path"/> is only used in diagnostics.</summary>
    public LintResult Lint(string text, string? path = null) => Lint(SourceText.From(text), path);

    /// <summary>Lints a decoded source.</summary>
    public LintResult Lint(SourceText source, string? path = null) => Lint(source, path, prepareFixes: false);

    /// <summary>
    /// Lints a decoded source whose fixes the host will read (<see cref="Diagnostic.Fixes"/>: JSON or SARIF output, a fix
    /// command). The diagnostics and their fixes are those of <see cref="Lint(SourceText, string?)"/>. With
    /// <paramref name="prepareFixes"/>, a text long enough to be analysed in parts has each part's fixes built while that
    /// part's model is at hand; otherwise a part is analysed a second time when the first of its fixes is read.
    /// </summary>
    public LintResult Lint(SourceText source, string? path, bool prepareFixes)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Length > Parts.Above)
        {
            return LintInParts(source, path, prepareFixes);
        }

        var document = new ReportDocument(source, path, Lexicon, Options);
        var engine = new List<Diagnostic>();
        InlineDirectives directives = InlineDirectives.None;
        if (InlineConfiguration)
        {
            try
            {
                directives = InlineDirectives.Parse(document, name => Catalog.Find(name)?.Id);
            }
            catch (DocumentParseException)
            {
                // Reported as RL0005 by the driver.
            }

            document = ApplyInlineConfiguration(document, directives, engine);
        }

        return Finish(document, _driver.Analyze(document), directives, engine);
    }

    // What every lint does once the rules have run, on a whole text or its parts: inline suppressions, the engine's
    // diagnostics (configuration, invalid bytes) merged in order.
    private static LintResult Finish(ReportDocument document, ImmutableArray<Diagnostic> diagnostics, InlineDirectives directives, List<Diagnostic> engine)
    {
        if (directives.Directives.Count > 0)
        {
            diagnostics = Suppress(document, diagnostics, directives);
        }

        if (document.Text.HasDecodingErrors)
        {
            ReportInvalidLines(document.Text, new DiagnosticSink(document, engine));
        }

        if (engine.Count > 0)
        {
            diagnostics = engine.Concat(diagnostics).OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
        }

        return new LintResult(document, diagnostics);
    }

    private ReportDocument ApplyInlineConfiguration(ReportDocument document, InlineDirectives directives, List<Diagnostic> engine)
    {
        var configure = directives.Directives.Where(d => d.Kind == DirectiveKind.ConfigureFile).ToList();
        if (configure.Count == 0)
        {
            return document;
        }

        AnalysisOptions.Builder builder = document.Options.ToBuilder();
        var problems = new List<(InlineDirective Directive, ConfigProblem Problem)>();
        foreach (InlineDirective directive in configure)
        {
            var found = new List<ConfigProblem>();
            ConfigReader.Apply(System.Text.Encoding.UTF8.GetBytes(directive.Json), "reportlint-configure-file", Catalog, builder, found, inline: true);
            problems.AddRange(found.Select(p => (directive, p)));
        }

        ReportDocument configured = document.WithOptions(builder.Build());
        var sink = new DiagnosticSink(configured, engine);
        foreach ((InlineDirective directive, ConfigProblem problem) in problems)
        {
            sink.ReportWritten(problem.Check, directive.Span, $"reportlint-configure-file: {problem.Message}");
        }

        return configured;
    }

    private static ImmutableArray<Diagnostic> Suppress(ReportDocument document, ImmutableArray<Diagnostic> diagnostics, InlineDirectives directives)
    {
        var used = new HashSet<InlineDirective>(ReferenceEqualityComparer.Instance);
        var kept = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            // A crash is never hidden.
            InlineDirective? by = diagnostic.Id == EngineRules.RuleCrashed.Id ? null : directives.SuppressorOf(diagnostic);
            if (by is null)
            {
                kept.Add(diagnostic);
            }
            else
            {
                used.Add(by);
            }
        }

        var unused = new List<Diagnostic>();
        var sink = new DiagnosticSink(document, unused);
        foreach (InlineDirective directive in directives.Directives)
        {
            if (directive.Kind is not (DirectiveKind.Enable or DirectiveKind.ConfigureFile) && !used.Contains(directive))
            {
                string kind = "reportlint-" + directive.Kind switch
                {
                    DirectiveKind.Disable => "disable",
                    DirectiveKind.DisableLine => "disable-line",
                    DirectiveKind.DisableNextLine => "disable-next-line",
                    _ => "disable-file",
                };
                string rules = directive.RuleIds.Count == 0 ? string.Empty : " (" + string.Join(", ", directive.RuleIds) + ")";
                sink.Report(EngineRules.UnusedSuppression, directive.Span, kind, rules);
            }
        }

        kept.AddRange(unused);
        return kept.OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>
    /// The RL0002 diagnostics of a configuration file's problems, as a result for that file (so every output format
    /// can show them at their line and column).
    /// </summary>
    public LintResult ReportConfigurationProblems(string path, byte[] bytes, IEnumerable<ConfigProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        SourceText source = SourceText.FromBytes(bytes ?? []);
        var document = new ReportDocument(source, path, Lexicon, AnalysisOptions.Default);
        var diagnostics = new List<Diagnostic>();
        var sink = new DiagnosticSink(document, diagnostics);
        foreach (ConfigProblem problem in problems)
        {
            int line = Math.Clamp(problem.Line, 1, source.LineCount);
            TextSpan lineSpan = source.GetLineSpan(line);
            int offset = Math.Min(lineSpan.Start + problem.Column - 1, lineSpan.End);
            sink.ReportWritten(problem.Check, new TextSpan(offset, 0), problem.Message);
        }

        return new LintResult(document, diagnostics.OrderBy(d => d.Span.Start).ToImmutableArray());
    }

    /// <summary>
    /// Reads and lints a file (UTF-8 with or without BOM, or UTF-16 with BOM) as a file of an untrusted repository:
    /// a regular file of at most 256 MB, reached through symbolic links only inside the repository that holds it (or,
    /// outside one, its folder). Throws <see cref="IO.FileRefusedException"/> (an <see cref="IOException"/>) saying why
    /// a file is not read.
    /// </summary>
    public LintResult LintFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return LintFile(path, IO.SafeFileReader.ForRepositoryOf(path));
    }

    /// <summary>Reads a file through <paramref name="reader"/> (its roots, links and limit) and lints it.</summary>
    public LintResult LintFile(string path, IO.SafeFileReader reader)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(reader);
        return Lint(SourceText.FromBytes(reader.ReadAllBytes(path)), path);
    }

    /// <summary>The fixes the diagnostics of a result carry (<see cref="Diagnostic.Fixes"/>), in their order.</summary>
    public ImmutableArray<CodeFix> GetFixes(LintResult result, Func<Diagnostic, bool>? filter = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var fixes = ImmutableArray.CreateBuilder<CodeFix>();
        foreach (Diagnostic diagnostic in result.Diagnostics)
        {
            if (diagnostic.HasFix && (filter is null || filter(diagnostic)))
            {
                fixes.AddRange(diagnostic.Fixes);
            }
        }

        return fixes.ToImmutable();
    }

    /// <summary>
    /// Applies every safe fix, re-linting between passes until nothing more applies (fix-all converges), and
    /// returns the fixed text. Fixes whose edits conflict wait for the next pass. Never rewrites text that had
    /// decoding errors. Never builds on a guess (<see cref="CodeFix.IsUncertain"/>): no other fix edits a line that holds
    /// one, whether offered in the same pass or applied in an earlier one; when a later pass would, the run starts again
    /// without that guess, so the line is left as it was for a person, and fixing again changes nothing.
    /// </summary>
    public FixResult Fix(SourceText source, string? path = null, Func<Diagnostic, bool>? filter = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        LintResult result = Lint(source, path, prepareFixes: true);
        if (source.HasDecodingErrors)
        {
            return new FixResult(source, source.Text, [], result.Diagnostics);
        }

        var withheld = new HashSet<Guess>();
        for (int restart = 0; ; restart++)
        {
            // Past a few restarts (guesses that keep moving), every guess is withheld: that run cannot build on one.
            FixResult? done = RunPasses(source, path, filter, result, withheld, withholdEveryGuess: restart >= MaxFixPasses, out HashSet<Guess> builtOn);
            if (done is not null)
            {
                return done;
            }

            withheld.UnionWith(builtOn);
        }
    }

    // A guess by the pass that applied it, its rule and its place in the text that pass linted: the passes before it are
    // the same in every run, so it is found again where it was.
    private readonly record struct Guess(int Pass, string RuleId, int Start);

    // The passes of one run. Returns null, with the guesses a later fix would have built on, when the run must start again
    // without them.
    private FixResult? RunPasses(SourceText source, string? path, Func<Diagnostic, bool>? filter, LintResult result, HashSet<Guess> withheld,
        bool withholdEveryGuess, out HashSet<Guess> builtOn)
    {
        builtOn = [];
        var applied = ImmutableArray.CreateBuilder<CodeFix>();
        var passes = ImmutableArray.CreateBuilder<FixPass>();
        var guesses = new List<(TextSpan Span, Guess Guess)>();
        string text = source.Text;
        for (int pass = 0; pass < MaxFixPasses; pass++)
        {
            ImmutableArray<CodeFix> offered = GetFixes(result);
            if (offered.IsEmpty)
            {
                break;
            }

            // The lines that hold a guess: one applied by an earlier pass (which a fix must not build on), or one offered
            // now (applied or withheld, whatever the filter: its line is read through a guess either way).
            SourceText current = result.Source;
            var guessLines = new Dictionary<int, Guess?>();
            foreach ((TextSpan span, Guess guess) in guesses)
            {
                MarkLines(current, span, guess, guessLines);
            }

            foreach (CodeFix fix in offered)
            {
                if (fix.IsUncertain)
                {
                    foreach (TextEdit edit in fix.Edits)
                    {
                        MarkLines(current, edit.Span, null, guessLines);
                    }
                }
            }

            var fixes = new List<CodeFix>(offered.Length);
            foreach (CodeFix fix in offered)
            {
                if (filter is not null && !filter(fix.Diagnostic))
                {
                    continue;
                }

                if (fix.IsUncertain)
                {
                    if (!withholdEveryGuess && !withheld.Contains(new Guess(pass, fix.Diagnostic.Id, fix.Extent.Start)))
                    {
                        fixes.Add(fix);
                    }

                    continue;
                }

                if (!BuildsOnGuess(current, fix, guessLines, builtOn))
                {
                    fixes.Add(fix);
                }
            }

            if (builtOn.Count > 0)
            {
                return null;
            }

            FixAllResult all = FixAll.Apply(text, fixes);
            if (all.Applied.IsEmpty || string.Equals(all.Text, text, StringComparison.Ordinal))
            {
                break;
            }

            guesses = MoveGuesses(guesses, all.Applied, pass);
            applied.AddRange(all.Applied);
            passes.Add(new FixPass(text, all.Applied, all.Text));
            text = all.Text;
            result = Lint(source.WithText(text), path, prepareFixes: true);
        }

        return new FixResult(source, text, applied.ToImmutable(), result.Diagnostics, passes.ToImmutable());
    }

    // Marks the lines a span covers as holding a guess (an applied one keeps its key over one only offered).
    private static void MarkLines(SourceText text, TextSpan span, Guess? guess, Dictionary<int, Guess?> lines)
    {
        int first = text.GetLinePosition(Math.Min(span.Start, text.Length)).Line, last = text.GetLinePosition(Math.Min(span.End, text.Length)).Line;
        for (int line = first; line <= last; line++)
        {
            if (guess is not null || !lines.ContainsKey(line))
            {
                lines[line] = guess ?? (lines.TryGetValue(line, out Guess? known) ? known : null);
            }
        }
    }

    // Whether a fix touches a line that holds a guess (by its diagnostic or an edit); the applied guesses it touches are
    // added to builtOn.
    private static bool BuildsOnGuess(SourceText text, CodeFix fix, Dictionary<int, Guess?> guessLines, HashSet<Guess> builtOn)
    {
        if (guessLines.Count == 0)
        {
            return false;
        }

        bool touches = Touches(text, fix.Diagnostic.Span, guessLines, builtOn);
        foreach (TextEdit edit in fix.Edits)
        {
            touches |= Touches(text, edit.Span, guessLines, builtOn);
        }

        return touches;
    }

    private static bool Touches(SourceText text, TextSpan span, Dictionary<int, Guess?> guessLines, HashSet<Guess> builtOn)
    {
        bool touches = false;
        int first = text.GetLinePosition(Math.Min(span.Start, text.Length)).Line, last = text.GetLinePosition(Math.Min(span.End, text.Length)).Line;
        for (int line = first; line <= last; line++)
        {
            if (guessLines.TryGetValue(line, out Guess? guess))
            {
                touches = true;
                if (guess is { } applied)
                {
                    builtOn.Add(applied);
                }
            }
        }

        return touches;
    }

    // The guesses' spans in the text a pass gives: the earlier ones moved by the pass's edits (none of which touches
    // them), and the ones the pass applied, where their new text lies.
    private static List<(TextSpan Span, Guess Guess)> MoveGuesses(List<(TextSpan Span, Guess Guess)> guesses, ImmutableArray<CodeFix> applied, int pass)
    {
        var edits = new List<(TextEdit Edit, CodeFix Fix)>();
        foreach (CodeFix fix in applied)
        {
            foreach (TextEdit edit in fix.Edits)
            {
                edits.Add((edit, fix));
            }
        }

        // Applied edits never overlap: sorted by start, their ends are sorted too, and an offset moves by the growth of
        // the edits that end at or before it (found by binary search over the running sums).
        edits.Sort(static (a, b) => a.Edit.Span.Start.CompareTo(b.Edit.Span.Start));
        int[] ends = new int[edits.Count];
        int[] growth = new int[edits.Count + 1];
        for (int i = 0; i < edits.Count; i++)
        {
            ends[i] = edits[i].Edit.Span.End;
            growth[i + 1] = growth[i] + edits[i].Edit.NewText.Length - edits[i].Edit.Span.Length;
        }

        int Moved(int offset)
        {
            int lo = 0, hi = ends.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] <= offset)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return offset + growth[lo];
        }

        var moved = new List<(TextSpan Span, Guess Guess)>(guesses.Count);
        foreach ((TextSpan span, Guess guess) in guesses)
        {
            moved.Add((new TextSpan(Moved(span.Start), span.Length), guess));
        }

        foreach ((TextEdit edit, CodeFix fix) in edits)
        {
            if (fix.IsUncertain)
            {
                moved.Add((new TextSpan(Moved(edit.Span.Start), edit.NewText.Length), new Guess(pass, fix.Diagnostic.Id, fix.Extent.Start)));
            }
        }

        return moved;
    }

    /// <summary>Fixes a string.</summary>
    public FixResult Fix(string text, string? path = null, Func<Diagnostic, bool>? filter = null) =>
        Fix(SourceText.From(text), path, filter);

    // RL0004 once for each line that holds invalid bytes, at the first of them, with how many the line holds.
    private static void ReportInvalidLines(SourceText source, DiagnosticSink sink)
    {
        string encoding = source.Encoding == SourceEncoding.Utf8 ? "UTF-8" : "UTF-16";
        IReadOnlyList<int> chars = source.InvalidCharOffsets;
        int i = 0;
        while (i < chars.Count)
        {
            int offset = Math.Min(chars[i], source.Length);
            TextSpan line = source.GetLineSpan(source.GetLinePosition(offset).Line);
            int j = i + 1;
            while (j < chars.Count && chars[j] <= line.End)
            {
                j++;
            }

            sink.Report(EngineRules.InvalidEncoding, new TextSpan(offset, 0), j - i, source.InvalidByteOffsets[i], encoding);
            i = j;
        }
    }
}
