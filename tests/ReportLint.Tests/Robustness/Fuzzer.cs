using System.Collections.Concurrent;
using System.Text;
using ReportLint.Diagnostics;
using ReportLint.Fixes;
using ReportLint.Rules;
using ReportLint.Text;

namespace ReportLint.Tests.Robustness;

/// <summary>
/// Generates inputs of five kinds from a fixed seed (random bytes, a Markdown grammar with report words in English and
/// French, lines laid out off the margin, mutations of the reference seeds and the examples, the CommonMark spec examples), lints and fixes each one,
/// and keeps the smallest input of each kind of failure: an exception, a crashed rule (RL0001), a diagnostic outside
/// the text, a fix that is not idempotent, changes bytes outside its edits, or leaves its rule with more findings.
/// </summary>
internal sealed class Fuzzer
{
    private static readonly ReportLinter Whole = BuiltInRules.CreateLinter();

    // Parts of 40 to 80 characters in any text over 200: a share of the inputs goes through the analysis in parts that
    // a file over 512 Ki characters gets, with every invariant the same.
    private static readonly ReportLinter InParts = WithParts(BuiltInRules.CreateLinter());

    private static ReportLinter WithParts(ReportLinter linter)
    {
        linter.Parts = new ReportLint.Analysis.PartSizes(200, 40, 80);
        return linter;
    }

    private readonly ConcurrentDictionary<string, Failure> _failures = new(StringComparer.Ordinal);
    private long _checked;
    private long _fixed;

    public long Checked => Interlocked.Read(ref _checked);

    /// <summary>How many inputs had at least one fix applied (and so had the fix invariants checked).</summary>
    public long Fixed => Interlocked.Read(ref _fixed);

    public IReadOnlyCollection<Failure> Failures => _failures.Values.OrderBy(f => f.Kind, StringComparer.Ordinal).ToArray();

    public sealed record Failure(string Kind, string Detail, byte[] Input, string Origin)
    {
        public override string ToString() =>
            $"{Kind}: {Detail}\n    from {Origin}, {Input.Length} bytes: {Escape(Input)}";
    }

    /// <summary>The byte forms a generated text is checked in, chosen by the input's index.</summary>
    public enum Form
    {
        Utf8,
        Utf8Bom,
        Utf16LittleEndian,
        Utf16BigEndian,
        Crlf,
    }

    public static byte[] Encode(string text, Form form) => form switch
    {
        Form.Utf8 => Encoding.UTF8.GetBytes(text),
        Form.Utf8Bom => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        Form.Utf16LittleEndian => [0xFF, 0xFE, .. new UnicodeEncoding(false, false).GetBytes(text)],
        Form.Utf16BigEndian => [0xFE, 0xFF, .. new UnicodeEncoding(true, false).GetBytes(text)],
        _ => Encoding.UTF8.GetBytes(ToCrlf(text)),
    };

    private static string ToCrlf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);

    /// <summary>Checks one input; any failure is recorded (the smallest input per kind is kept).</summary>
    /// <param name="thorough">
    /// Whether to replay the fix passes edit by edit and fix each rule alone too (the costly checks, which a run does on
    /// a share of its inputs); idempotence, the written bytes and the crash checks are done on every input.
    /// </param>
    /// <param name="parted">Whether to lint the input in small parts, as a file over 512 Ki characters is.</param>
    public void Check(byte[] bytes, string origin, bool thorough = true, bool parted = false)
    {
        Interlocked.Increment(ref _checked);
        ReportLinter linter = parted ? InParts : Whole;
        origin = parted ? origin + " (in parts)" : origin;
        string stage = "decode";
        try
        {
            SourceText source = SourceText.FromBytes(bytes);
            stage = "lint";
            LintResult result = linter.Lint(source);
            foreach (Diagnostic d in result.Diagnostics)
            {
                if (d.Id == EngineRules.RuleCrashed.Id)
                {
                    Fail(RuleOf(d.Message) + " crashed: " + ExceptionOf(d.Message), d.Message, bytes, origin);
                }

                if (d.Span.Start < 0 || d.Span.End > source.Length || d.Span.Length < 0)
                {
                    Fail($"{d.Id} span outside the text", $"{d.Span} in a text of {source.Length}", bytes, origin);
                }
            }

            if (!result.Diagnostics.Any(d => linter.IsFixable(d.Id)))
            {
                return;
            }

            stage = "fix";
            FixResult fixedResult = linter.Fix(source);
            if (source.HasDecodingErrors)
            {
                if (fixedResult.Changed)
                {
                    Fail("a text with decoding errors was rewritten", "", bytes, origin);
                }

                return;
            }

            if (!fixedResult.Changed)
            {
                return;
            }

            Interlocked.Increment(ref _fixed);
            stage = "bytes";
            CheckBytes(linter, source, fixedResult, bytes, origin, thorough);

            stage = "idempotence";
            SourceText again = SourceText.FromBytes(fixedResult.GetFixedBytes());
            FixResult second = linter.Fix(again);
            if (second.Changed)
            {
                string rules = string.Join(",", second.Applied.Select(f => f.Diagnostic.Id).Distinct().Order(StringComparer.Ordinal));
                Fail($"a second fix changes the text again ({rules})", Diff(again.Text, second.FixedText), bytes, origin);
            }

            stage = "per-rule";
            if (!thorough)
            {
                return;
            }

            foreach (string id in result.Diagnostics.Where(d => linter.IsFixable(d.Id)).Select(d => d.Id).Distinct())
            {
                int before = result.Diagnostics.Count(d => d.Id == id);
                FixResult own = linter.Fix(source, filter: d => d.Id == id);
                int after = own.Remaining.Count(d => d.Id == id);
                if (after > before)
                {
                    Fail($"{id} has more findings after its fix", $"{before} before, {after} after: {Diff(source.Text, own.FixedText)}", bytes, origin);
                }
            }
        }
        catch (Exception ex)
        {
            Fail($"{ex.GetType().Name} in {stage}", ex.ToString().Split('\n').Take(6).Aggregate((a, b) => a + "\n" + b), bytes, origin);
        }
    }

    // The written bytes: the same encoding and byte order mark, no character lost to the encoder (a split surrogate
    // pair), and, pass by pass, the text changed only inside the edits applied (each pass replayed on the text it linted,
    // its fixes found again by linting that text from its bytes: a pass that edits a text other than the one it linted
    // moves every edit).
    private void CheckBytes(ReportLinter linter, SourceText source, FixResult fixedResult, byte[] bytes, string origin, bool thorough)
    {
        byte[] written = fixedResult.GetFixedBytes();
        SourceText reread = SourceText.FromBytes(written);
        if (reread.Encoding != source.Encoding || reread.HasByteOrderMark != source.HasByteOrderMark || reread.HasDecodingErrors ||
            !string.Equals(reread.Text, fixedResult.FixedText, StringComparison.Ordinal))
        {
            Fail("the fixed bytes do not read back as the fixed text", $"{reread.Encoding} bom={reread.HasByteOrderMark} errors={reread.InvalidSequenceCount}", bytes, origin);
            return;
        }

        if (!thorough)
        {
            return;
        }

        string text = source.Text;
        foreach (FixPass pass in fixedResult.Passes)
        {
            if (!string.Equals(pass.Before, text, StringComparison.Ordinal))
            {
                Fail("a fix pass linted another text than the one the pass before gave", Diff(text, pass.Before), bytes, origin);
                return;
            }

            var offered = linter.GetFixes(linter.Lint(SourceText.FromBytes(source.Encode(text))))
                .Select(f => f.Diagnostic.Id + ":" + string.Join(";", f.Edits.Select(e => $"{e.Span}={e.NewText}"))).ToHashSet(StringComparer.Ordinal);
            foreach (CodeFix fix in pass.Applied.Where(f => !offered.Contains(f.Diagnostic.Id + ":" + string.Join(";", f.Edits.Select(e => $"{e.Span}={e.NewText}")))))
            {
                Fail($"{fix.Diagnostic.Id} applied a fix that linting the pass's text does not offer", fix.Title, bytes, origin);
            }

            FixAllResult all = FixAll.Apply(text, pass.Applied);
            if (!string.Equals(all.Text, pass.After, StringComparison.Ordinal) || all.Applied.Length != pass.Applied.Length)
            {
                Fail("a fix pass gave another text than its fixes give", Diff(all.Text, pass.After), bytes, origin);
            }

            foreach (TextEdit edit in all.Applied.SelectMany(f => f.Edits))
            {
                if (SplitsPair(text, edit.Span.Start) || SplitsPair(text, edit.Span.End))
                {
                    Fail($"{all.Applied.First(f => f.Edits.Contains(edit)).Diagnostic.Id} edit splits a surrogate pair or a CRLF",
                        $"{edit.Span} -> '{edit.NewText}'", bytes, origin);
                }

                if (edit.NewText.Any(c => c is '\r' or '\n') && source.LineEnding == "\r\n" &&
                    edit.NewText.Replace("\r\n", "", StringComparison.Ordinal).Any(c => c is '\r' or '\n'))
                {
                    Fail("an edit writes a bare line break into a CRLF text", $"{edit.Span} -> '{edit.NewText}'", bytes, origin);
                }
            }

            text = pass.After;
        }

        if (!string.Equals(text, fixedResult.FixedText, StringComparison.Ordinal))
        {
            Fail("Fix wrote a text other than its passes give", Diff(text, fixedResult.FixedText), bytes, origin);
        }

        // Fixes left only where fix-all would build on a guess: the guesses (uncertain mojibake repairs) and the fixes of
        // their lines, which it withholds (issue 50).
        LintResult end = linter.Lint(SourceText.FromBytes(source.Encode(fixedResult.FixedText)));
        var left = linter.GetFixes(end);
        var guessLines = left.Where(f => f.IsUncertain).SelectMany(f => f.Edits).SelectMany(e => Lines(end.Source, e.Span)).ToHashSet();
        if (left.Any(f => !f.IsUncertain && !f.Edits.Select(e => e.Span).Append(f.Diagnostic.Span).SelectMany(s => Lines(end.Source, s)).Any(guessLines.Contains)))
        {
            Fail("fix-all stopped with fixes left", string.Join(", ", left.Select(f => f.Diagnostic.Id)), bytes, origin);
        }
    }

    private static IEnumerable<int> Lines(SourceText text, TextSpan span) =>
        Enumerable.Range(text.GetLinePosition(span.Start).Line, text.GetLinePosition(span.End).Line - text.GetLinePosition(span.Start).Line + 1);

    private static bool SplitsPair(string text, int at) =>
        at > 0 && at < text.Length &&
        ((char.IsHighSurrogate(text[at - 1]) && char.IsLowSurrogate(text[at])) || (text[at - 1] == '\r' && text[at] == '\n'));

    private void Fail(string kind, string detail, byte[] input, string origin)
    {
        var failure = new Failure(kind, detail, input, origin);
        _failures.AddOrUpdate(kind, failure, (_, old) => input.Length < old.Input.Length ? failure : old);
    }

    private static string RuleOf(string message) => message.StartsWith("Rule ", StringComparison.Ordinal) ? message.Split(' ')[1] : "a rule";

    private static string ExceptionOf(string message)
    {
        int with = message.IndexOf(" with ", StringComparison.Ordinal);
        return with < 0 ? message : message[(with + 6)..].Split(':')[0];
    }

    private static string Diff(string a, string b)
    {
        int start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        int endA = a.Length, endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        return $"at {start}: '{a[start..endA]}' -> '{b[start..endB]}'";
    }

    public static string Escape(byte[] bytes)
    {
        string text = Encoding.UTF8.GetString(bytes);
        var sb = new StringBuilder();
        foreach (char c in text)
        {
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' || c is '\uFEFF' or '\uFFFE' or '\uFFFF' or '\uFFFD' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return $"\"{sb}\" (hex {Convert.ToHexString(bytes.AsSpan(0, Math.Min(bytes.Length, 64)))}{(bytes.Length > 64 ? "…" : "")})";
    }
}
