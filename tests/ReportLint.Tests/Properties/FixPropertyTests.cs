using System.Text;
using ReportLint.Rules;
using ReportLint.Text;
using Xunit.Sdk;

namespace ReportLint.Tests.Properties;

/// <summary>
/// Fixes many generated documents (report lines in English, French and Turkish, emoji, tables and code, LF or
/// CRLF, with or without a BOM, whole lines mangled through Windows-1252, Windows-1254, Windows-1250 or ISO-8859-1)
/// and checks what must always hold: lines that were not mangled come back byte for byte; lines whose mangling
/// lost no byte are restored exactly; a second fix changes nothing; nothing fixable is left.
/// </summary>
public class FixPropertyTests
{
    private static readonly string[] Clean =
    [
        "# 🏆 PROJECT COMPLETION REPORT",
        "**Date**: 2025-11-08",
        "**Status**: ✅ **Production-ready**",
        "### Phase 1: Priorité Critique (7h) - ✅ COMPLÈTE",
        "| Composant | Effort | Statut |",
        "|---|---|---|",
        "| Automatic Rollback | 2h | ✅ |",
        "| Sealed Secrets | 5h | ⏳ |",
        "- **Débit** : 1 200 req/s (objectif : > 1000 req/s) ✅",
        "- Latency P99: <8ms (target <10ms) — achieved",
        "- Go-live ⏳ — prochaine étape : déploiement progressif",
        "- Ağ geçidi İstanbul'da çalışıyor, şimdilik sorun yok.",
        "- « Qualité » et coût maîtrisé : 5 € par mois, déjà validé.",
        "Ordinary prose with a version 2.4.1 and a [link](https://example.org).",
        "📊 Métriques · 📈 Tendances · 🚀 Déploiement · 🎯 Objectifs",
        "- **644 Unit Tests**: 100% pass rate",
        "*Dernière mise à jour : $(date)*",
        "```bash",
        "echo \"déployé le $(date)\"",
        "```",
        "",
        "Plain ASCII line with nothing special.",
    ];

    private static readonly CodePage[] Pages = [CodePages.Cp1252, CodePages.Cp1254, CodePages.Cp1250, CodePages.Iso88591];

    [Fact]
    public void Fixes_keep_other_bytes_converge_and_leave_nothing_fixable()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        for (int seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            CodePage page = Pages[random.Next(Pages.Length)];
            string newline = random.Next(2) == 0 ? "\n" : "\r\n";
            bool bom = random.Next(3) == 0;
            bool mangleMost = random.Next(2) == 0;
            int count = random.Next(3, 30);
            var lines = new List<(string Clean, string Text, bool Mangled, bool Lossless)>();
            bool inCode = false;
            for (int i = 0; i < count; i++)
            {
                string line = Clean[random.Next(Clean.Length)];
                // As CommonMark reads fences: any ``` line opens one; only a bare ``` closes it.
                if (!inCode && line.StartsWith("```", StringComparison.Ordinal))
                {
                    inCode = true;
                }
                else if (inCode && line == "```")
                {
                    inCode = false;
                }

                bool mangle = !inCode && !line.StartsWith("```", StringComparison.Ordinal) && line.Any(c => c >= 0x80) && random.NextDouble() < (mangleMost ? 0.9 : 0.2);
                (string text, bool lossless) = mangle ? Mangle(line, page) : (line, true);
                lines.Add((line, text, mangle, lossless));
            }

            if (inCode)
            {
                lines.Add(("```", "```", false, true));
            }

            string document = string.Join(newline, lines.Select(l => l.Text)) + newline;
            byte[] bytes = bom ? [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(document)] : Encoding.UTF8.GetBytes(document);
            SourceText source = SourceText.FromBytes(bytes);
            string context = $"seed {seed} ({page.Name}, {(newline == "\n" ? "LF" : "CRLF")}, BOM {bom})";

            FixResult first = linter.Fix(source, "generated.md");
            byte[] fixedBytes = first.GetFixedBytes();
            Check(bom == fixedBytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]), context, "BOM kept", document);
            string[] fixedLines = first.FixedText.Split(newline);
            Check(fixedLines.Length == lines.Count + 1 && fixedLines[^1].Length == 0, context, "line count and line endings kept", document);
            for (int i = 0; i < lines.Count; i++)
            {
                (string clean, string text, bool mangled, bool lossless) = lines[i];
                if (!mangled && !IsFixable(clean))
                {
                    Check(fixedLines[i] == text, context, $"line {i + 1} not mangled, unchanged: '{text}' became '{fixedLines[i]}'", document);
                }
                else if (mangled && lossless && !IsFixable(clean))
                {
                    Check(fixedLines[i] == clean, context, $"line {i + 1} restored: expected '{clean}', got '{fixedLines[i]}'", document);
                }
            }

            FixResult second = linter.Fix(SourceText.FromBytes(fixedBytes), "generated.md");
            Check(!second.Changed, context, "a second fix changes nothing", document);
            Check(linter.GetFixes(linter.Lint(first.FixedText, "generated.md")).IsEmpty, context, "nothing fixable left", document);
        }
    }

    // Lines other rules fix on purpose (the RL1001 count form, the RL4003 date).
    private static bool IsFixable(string line) => line.Contains("100% pass rate", StringComparison.Ordinal) || line.Contains("$(date)", StringComparison.Ordinal);

    // UTF-8 bytes read through a code page; bytes it does not define are dropped, as the seeds' decoder did.
    private static (string Text, bool Lossless) Mangle(string line, CodePage page)
    {
        var builder = new StringBuilder();
        bool lossless = true;
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
            else
            {
                lossless = false;
            }
        }

        return (builder.ToString(), lossless);
    }

    private static void Check(bool condition, string context, string what, string document)
    {
        if (!condition)
        {
            string saved = Path.Combine(Path.GetTempPath(), "reportlint-property-failure.md");
            File.WriteAllText(saved, document);
            throw new XunitException($"{context}: {what}\n(document saved to {saved})\n--- document ---\n{document}");
        }
    }
}
