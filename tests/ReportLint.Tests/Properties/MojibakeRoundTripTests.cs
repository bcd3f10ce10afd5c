using System.Globalization;
using System.Text;
using ReportLint.Rules;
using ReportLint.Rules.Integrity;
using ReportLint.Tests.Harness;
using ReportLint.Text;
using Xunit.Abstractions;

namespace ReportLint.Tests.Properties;

/// <summary>
/// Correct text from the honest corpus (../shared/corpus/honest, read in place) is left alone, and the same text
/// mangled through each supported code page, once or twice, with or without the bytes the page lacks dropped, comes
/// back: exactly where no byte was lost, and as a valid candidate flagged uncertain where one was.
/// </summary>
public class MojibakeRoundTripTests(ITestOutputHelper output)
{
    private static readonly CodePage[] Pages =
    [
        CodePages.Cp1252, CodePages.Iso88591, CodePages.Cp1250, CodePages.Iso88592Page, CodePages.Cp1251,
        CodePages.Cp1253, CodePages.Cp1254, CodePages.Cp1257, CodePages.MacRomanPage, CodePages.Cp437Page,
    ];

    [SharedFact("corpus/honest")]
    public void The_honest_and_docs_corpora_raise_no_mojibake_or_lost_glyph()
    {
        var linter = new ReportLinter([new RL4001Mojibake(), new RL4002LostGlyph()], BuiltInRules.LoadLexicon());
        var found = new List<string>();
        int files = 0;
        foreach (string corpus in new[] { "corpus/honest", "corpus/docs" })
        {
            foreach (string file in Directory.EnumerateFiles(Repo.RequireShared(corpus), "*.md", SearchOption.AllDirectories))
            {
                files++;
                found.AddRange(linter.LintFile(file).Diagnostics.Select(d => $"{file}({d.Line},{d.Column}): {d.Id}: {d.Message}"));
            }
        }

        Assert.True(files > 1000, $"only {files} files read");
        Assert.True(found.Count == 0, string.Join("\n", found.Take(20)));
    }

    // How many lines mangled without loss may be left as they are (nothing unlikely in them), per page and number of
    // layers; every other is restored exactly. The badness check learns the shapes each page makes ("cafГ©", "f├╝r",
    // "Phase‚ÄØ2"), and these ceilings keep what it learned: a signal dropped or weakened fails here.
    private static readonly Dictionary<string, int> LeftAtMost = new(StringComparer.Ordinal)
    {
        ["Windows-1252 ×1"] = 2, ["Windows-1250 ×1"] = 20, ["ISO-8859-2 ×1"] = 43, ["Windows-1251 ×1"] = 60,
        ["Windows-1251 ×2"] = 40, ["Windows-1253 ×1"] = 40, ["Windows-1253 ×2"] = 34, ["Windows-1254 ×1"] = 2,
        ["Windows-1257 ×1"] = 40, ["MacRoman ×1"] = 13, ["CP437 ×1"] = 4,
    };

    [SharedFact("corpus/honest")]
    public void Honest_lines_mangled_through_each_code_page_once_or_twice_come_back()
    {
        List<string> lines = HonestLines(Repo.RequireShared("corpus/honest"));
        Assert.True(lines.Count >= 500, $"only {lines.Count} lines read");
        var failures = new List<string>();
        var summary = new StringBuilder();
        foreach (CodePage page in Pages)
        {
            for (int times = 1; times <= 2; times++)
            {
                int exact = 0, left = 0, lossless = 0, flagged = 0, untouched = 0, lossy = 0;
                foreach (string line in lines)
                {
                    // Correct text is left alone.
                    if (times == 1 && Repair(line, out _) != line)
                    {
                        failures.Add($"correct line changed: {line}");
                    }

                    foreach (bool drop in page.HasUndefinedBytes ? new[] { false, true } : [false])
                    {
                        string mangled = line;
                        bool lost = false;
                        var layers = new List<string> { line };
                        for (int t = 0; t < times; t++)
                        {
                            mangled = Mangle(mangled, page, drop, ref lost);
                            layers.Add(mangled);
                        }

                        if (mangled == line)
                        {
                            continue;
                        }

                        string repaired = Repair(mangled, out bool uncertain);
                        if (!lost)
                        {
                            // Restored exactly, whatever the page and however many layers; or, only where the
                            // mangled text is nothing unlikely, left whole as it is, as ftfy leaves it (counted in the
                            // figures as "left as they are", at most LeftAtMost of them): "Г©tat" (Windows-1251 for
                            // "état" at the start of a word) is a plausible sign beside a capital, and repairing it would
                            // repair correct text too.
                            // ISO-8859-2 and Windows-1250 differ on a few bytes, and where both readings are valid
                            // UTF-8 ("ĂĄ" is "á" in one and "å" in the other) either is a faithful repair of the bytes.
                            lossless++;
                            exact += repaired == line ? 1 : 0;
                            bool plausible = repaired == mangled && !MojibakeBadness.IsBad(mangled);
                            left += plausible ? 1 : 0;
                            bool ok = repaired == line || plausible ||
                                      (times == 1 && page == CodePages.Iso88592Page && repaired == ReadAs(mangled, CodePages.Cp1250));
                            if (!ok)
                            {
                                failures.Add($"{page.Name} ×{times}: '{line}' → '{mangled}' → '{repaired}'");
                            }
                        }
                        else
                        {
                            // Valid, and flagged uncertain unless nothing was guessed: every character it holds was
                            // in the original or one of the manglings (a layer undone, a lost byte left as it was),
                            // and the original is not claimed back whole (a lost byte put back is a guess).
                            lossy++;
                            bool valid = !Categories(repaired).Any(c => c.Category is UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned ||
                                                                         (c.Category == UnicodeCategory.Control && c.Value >= 0x7F));
                            bool guessed = repaired == line || !repaired.All(c => layers.Any(l => l.Contains(c)));
                            bool ok = valid && (uncertain || !guessed);
                            flagged += ok && uncertain ? 1 : 0;
                            untouched += ok && !uncertain ? 1 : 0;
                            if (!ok)
                            {
                                failures.Add($"{page.Name} ×{times} lossy: '{line}' → '{mangled}' → '{repaired}' (flagged: {uncertain})");
                            }
                        }
                    }
                }

                int allowed = LeftAtMost.GetValueOrDefault($"{page.Name} ×{times}");
                if (left > allowed)
                {
                    failures.Add($"{page.Name} ×{times}: {left} lines left as they are, at most {allowed} expected");
                }

                summary.AppendLine(CultureInfo.InvariantCulture, $"{page.Name} ×{times}: {exact}/{lossless} restored exactly, {left} left as they are (nothing unlikely in them), {lossless - exact - left} else; with bytes dropped {flagged}/{lossy} valid and flagged uncertain, {untouched} valid with nothing guessed, {lossy - flagged - untouched} else");
            }
        }

        output.WriteLine(summary.ToString());
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.GroupBy(f => f[..f.IndexOf(':', StringComparison.Ordinal)]).SelectMany(g => g.Take(6))));
    }

    // Lines of prose beyond ASCII from the honest corpus, outside code, deterministic.
    private static List<string> HonestLines(string honest)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(honest, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            bool code = false;
            foreach (string raw in File.ReadLines(file))
            {
                string line = raw.TrimEnd('\r');
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    code = !code;
                    continue;
                }

                if (!code && line.Length is > 10 and < 200 && line.Any(c => c > 0x7F) && !line.Contains('`') && !line.Contains('\uFFFD'))
                {
                    lines.Add(line);
                }
            }
        }

        // Every 20th, for a sample spread over the corpus.
        return lines.Where((_, i) => i % 20 == 0).ToList();
    }

    // The line's UTF-8 read through the page: bytes it lacks are kept as C1 controls, or dropped.
    private static string Mangle(string line, CodePage page, bool drop, ref bool lost)
    {
        var builder = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(line))
        {
            if (b < 0x80)
            {
                builder.Append((char)b);
            }
            else if (page.CharOf(b) is char c)
            {
                builder.Append(c);
            }
            else if (drop)
            {
                lost = true;
            }
            else
            {
                builder.Append((char)b);
            }
        }

        return builder.ToString();
    }

    // Each character of the text (a surrogate pair as one) and its category.
    private static IEnumerable<(int Value, UnicodeCategory Category)> Categories(string text)
    {
        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            yield return (char.ConvertToUtf32(text, i), CharUnicodeInfo.GetUnicodeCategory(text, i));
        }
    }

    // The text taken back to bytes through the page and read as UTF-8, or null when it cannot be.
    private static string? ReadAs(string text, CodePage page)
    {
        var bytes = new List<byte>();
        foreach (char c in text)
        {
            if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else if (page.TryGetByte(c, out byte b))
            {
                bytes.Add(b);
            }
            else
            {
                return null;
            }
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string Repair(string text, out bool uncertain)
    {
        uncertain = false;
        for (int pass = 0; pass < 4; pass++)
        {
            var found = new List<MojibakeSequence>();
            Mojibake.Find(text, 0, found);
            if (found.Count == 0)
            {
                break;
            }

            uncertain |= found.Any(s => s.Uncertain);
            var builder = new StringBuilder();
            int at = 0;
            foreach (MojibakeSequence s in found)
            {
                builder.Append(text, at, s.Span.Start - at).Append(s.Repaired);
                at = s.Span.End;
            }

            text = builder.Append(text, at, text.Length - at).ToString();
        }

        return text;
    }
}
