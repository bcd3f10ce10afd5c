using System.Text;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Text;
using Xunit.Sdk;

namespace ReportLint.Tests.Harness;

/// <summary>
/// Lints a markup case with one analyzer (and its fixes), compares the exact set of (ID, span) found with the one
/// marked, applies the fixes and compares with the expected text, re-lints the fixed text expecting nothing
/// fixable, and repeats everything with CRLF line endings and with a byte order mark.
/// </summary>
public static class RuleVerifier
{
    private static readonly Lazy<ReportLint.Lexicons.Lexicon> SharedLexicon = new(() => BuiltInRules.LoadLexicon());

    public static void Verify(ReportAnalyzer analyzer, string markup, string? fixedText = null, AnalysisOptions? options = null)
    {
        (string text, List<ExpectedSpan> expected) = Markup.Parse(markup);
        string defaultId = analyzer.SupportedRules[0].Id;
        var linter = new ReportLinter([analyzer], SharedLexicon.Value, options);

        foreach (Variant variant in Variants(text))
        {
            SourceText source = variant.Source;
            var want = expected
                .Select(e => (Id: e.Id ?? defaultId, Span: variant.Map(text, e.Span)))
                .OrderBy(e => e.Span.Start).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
            LintResult result = linter.Lint(source, "case.md");
            var got = result.Diagnostics.Where(d => d.Severity != Severity.Hidden)
                .Select(d => (d.Id, d.Span))
                .OrderBy(e => e.Span.Start).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
            if (!want.SequenceEqual(got))
            {
                throw new XunitException(
                    $"Diagnostics differ ({variant.Name}).\nExpected:\n{Annotate(source, want.Select(w => (w.Id, w.Span, "")))}\n" +
                    $"Actual:\n{Annotate(source, result.Diagnostics.Select(d => (d.Id, d.Span, d.Message)))}");
            }

            if (fixedText is null)
            {
                continue;
            }

            FixResult fix = linter.Fix(source, "case.md");
            string wantFixed = variant.Convert(fixedText);
            if (!string.Equals(fix.FixedText, wantFixed, StringComparison.Ordinal))
            {
                throw new XunitException($"Fixed text differs ({variant.Name}).\nExpected:\n{wantFixed}\nActual:\n{fix.FixedText}");
            }

            var fixable = fix.Remaining.Where(d => linter.IsFixable(d.Id)).ToList();
            var stillFixable = linter.GetFixes(linter.Lint(fix.FixedText, "case.md"));
            if (!stillFixable.IsEmpty)
            {
                throw new XunitException($"Fixes did not converge ({variant.Name}); still fixable:\n" +
                    Annotate(SourceText.From(fix.FixedText), stillFixable.Select(f => (f.Diagnostic.Id, f.Diagnostic.Span, f.Diagnostic.Message))));
            }

            byte[] bytes = fix.GetFixedBytes();
            byte[] expectedBytes = source.Encode(wantFixed);
            Assert.Equal(expectedBytes, bytes);
        }
    }

    /// <summary>The source with <c>^^^ ID: message</c> under each hit.</summary>
    public static string Annotate(SourceText source, IEnumerable<(string Id, TextSpan Span, string Message)> hits)
    {
        var byLine = hits.GroupBy(h => source.GetLinePosition(h.Span.Start).Line).ToDictionary(g => g.Key, g => g.ToList());
        var builder = new StringBuilder();
        for (int line = 1; line <= source.LineCount; line++)
        {
            TextSpan lineSpan = source.GetLineSpan(line);
            builder.Append(line.ToString().PadLeft(4)).Append(" | ").Append(source[lineSpan]).Append('\n');
            if (!byLine.TryGetValue(line, out var list))
            {
                continue;
            }

            foreach (var hit in list)
            {
                int column = hit.Span.Start - lineSpan.Start;
                int width = Math.Max(1, Math.Min(hit.Span.End, lineSpan.End) - hit.Span.Start);
                builder.Append("     | ").Append(new string(' ', column)).Append(new string('^', width))
                    .Append(' ').Append(hit.Id).Append(hit.Message.Length > 0 ? ": " + hit.Message : "").Append('\n');
            }
        }

        return builder.ToString();
    }

    private sealed record Variant(string Name, SourceText Source, Func<string, string> Convert, Func<string, TextSpan, TextSpan> Map);

    private static IEnumerable<Variant> Variants(string text)
    {
        yield return new Variant("LF", SourceText.From(text), s => s, (_, span) => span);

        string crlf = ToCrlf(text);
        SourceText crlfSource = SourceText.From(crlf);
        SourceText lf = SourceText.From(text);
        yield return new Variant("CRLF", crlfSource, ToCrlf, (_, span) =>
        {
            LinePositionSpan lines = lf.GetLinePositionSpan(span);
            return TextSpan.FromBounds(crlfSource.GetOffset(lines.Start), crlfSource.GetOffset(lines.End));
        });

        byte[] bom = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];
        yield return new Variant("BOM", SourceText.FromBytes(bom), s => s, (_, span) => span);
    }

    private static string ToCrlf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
}
