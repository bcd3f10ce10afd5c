using System.Text;

namespace ReportLint.Tests.Robustness;

/// <summary>The five kinds of generated input. Every generator is a pure function of its <see cref="Random"/>.</summary>
internal static class FuzzInputs
{
    // Report words in English and French: titles, statuses, evidence, targets, template residue, mojibake.
    private static readonly string[] Titles =
    [
        "Status Report", "Project Completion Report", "Rapport d'avancement", "Sprint report", "Production readiness",
        "Implementation status", "Summary", "Résumé", "Phase 1", "Phase 2 (7.5h)", "Tests DE CHARGE VALIDÉS", "Next steps",
        "Prochaines étapes", "Blockers", "Points bloquants", "Operations 90% COMPLETE", "Week 8 ✅ 100% COMPLETE",
        "Conclusion", "Overall ~85%", "Security", "Performance", "Go-Live checklist", "TERMINÉ", "Completion",
    ];

    private static readonly string[] Marks = ["✅", "❌", "⏳", "⚠️", "🟡", "🔴", "🟢", "⛔", "✔", "✓", "[x]", "[ ]", "☐", "☑"];

    private static readonly string[] Words =
    [
        "tests", "unit tests", "integration", "E2E", "passed", "failed", "pass rate", "coverage", "complete", "completed",
        "done", "pending", "partial", "partiel", "en attente", "en cours", "terminé", "validé", "not executed", "needs",
        "configured only", "deployed to production", "next step: deploy", "no blocking items", "aucun point bloquant",
        "blocker", "certified", "enterprise-grade", "highest standards", "signed & approved", "zero downtime",
        "0 vulnerabilities", "all attacks blocked", "target", "objectif", "goal", "achieved", "atteint", "met", "Total",
        "Tests", "security score", "latency", "throughput", "req/s", "streams", "tested with", "Owner", "TBD", "TODO",
        "$(date)", "${VAR}", "{{name}}", "[your-email@domain.com]", "+1-XXX-XXX-XXXX", "votre-domaine.com", "Date:",
        "âœ…", "â³", "Ã©", "Ã¨", "âŒ", "ðŸŸ¡", "â€”", "\uFFFD", "vs", "better", "faster", "reduction", "of", "and", "et",
        "`kubernetes/vault-setup.yaml (9.7 KB)`", "`tests/conftest.py (430 lines)`", "http://example.com", "*", "**", "_",
    ];

    private static readonly string[] Units = ["", "", "h", "ms", "%", " %", "s", "min", " hours", " heures", " req/s", "k", "M", "k+", "+", " tests", " KB", " MB", " lines", "/100", "/7"];

    private static readonly string[] Comparators = ["", "", "", "<", ">", "≤", "≥", "~", "< ", "> ", "≥ ", "+", "-"];

    private static readonly string[] Specials =
    [
        "|", "\n", "\r", "\r\n", "`", "```", "~~~", "*", "#", ">", "[", "]", "(", ")", "<", "-", "+", "%", "\t", "    ", "\uFEFF", "\uFFFE",
        "\uFFFF", "\uFFFD", "\u00A0", "\u202F", "\u200B", "\uD800", "\uDC00", "🟡", "✅", "\u0301", "\u2028", "\0", "99999999999999999999999",
        "340282366920938463463374607431768211455",
        "61.00000000000000000", "1,000", "1 000", "12.5k", "7/7", "0/0", "<!--", "-->", "<!-- reportlint-disable RL1001 -->", "|---|---|", "\\",
    ];

    private const string AsciiBytes = "abcdefghijklmnopqrstuvwxyz 0123456789|-#*>`[]()%.:,\n\t<=+~_!";

    /// <summary>Random bytes: ASCII, Markdown punctuation, UTF-8 fragments and stray high bytes, sometimes behind a BOM.</summary>
    public static byte[] RandomBytes(Random rng)
    {
        int length = rng.Next(4) == 0 ? rng.Next(600) : rng.Next(80);
        var bytes = new List<byte>(length + 4);
        switch (rng.Next(8))
        {
            case 0: bytes.AddRange([0xEF, 0xBB, 0xBF]); break;
            case 1: bytes.AddRange([0xFF, 0xFE]); break;
            case 2: bytes.AddRange([0xFE, 0xFF]); break;
        }

        bool utf16 = bytes.Count == 2;
        for (int i = 0; i < length; i++)
        {
            switch (rng.Next(10))
            {
                case < 4:
                    bytes.Add((byte)AsciiBytes[rng.Next(AsciiBytes.Length)]);
                    break;
                case 4:
                    bytes.AddRange(Encoding.UTF8.GetBytes(Marks[rng.Next(Marks.Length)]));
                    break;
                case 5:
                    bytes.AddRange(Encoding.UTF8.GetBytes(Words[rng.Next(Words.Length)]));
                    break;
                case 6:
                    bytes.Add((byte)rng.Next(256));
                    break;
                case 7:
                    bytes.AddRange(new byte[] { 0xEF, 0xBF, 0xBE, 0xEF, 0xBB, 0xBF, 0xC3, 0xA2, 0xE2, 0x9C, 0x85, 0xF0, 0x9F, 0x9F, 0xA1, 0xED, 0xA0, 0x80 }
                        .Skip(rng.Next(18)).Take(rng.Next(1, 5)));
                    break;
                default:
                    if (utf16)
                    {
                        bytes.Add((byte)AsciiBytes[rng.Next(AsciiBytes.Length)]);
                        bytes.Add(rng.Next(8) == 0 ? (byte)rng.Next(0xD8, 0xE0) : (byte)0);
                    }
                    else
                    {
                        bytes.Add((byte)'\n');
                    }

                    break;
            }
        }

        return bytes.ToArray();
    }

    /// <summary>A report from a small grammar: headings, tables with totals, status lists, claims, fences, quotes.</summary>
    public static string Grammar(Random rng)
    {
        var sb = new StringBuilder();
        if (rng.Next(3) > 0)
        {
            sb.Append("# ").Append(Pick(rng, Titles)).Append('\n').Append('\n');
        }

        int blocks = rng.Next(1, 5);
        for (int b = 0; b < blocks; b++)
        {
            switch (rng.Next(9))
            {
                case 0:
                    sb.Append(new string('#', rng.Next(1, 7))).Append(' ').Append(Pick(rng, Titles));
                    if (rng.Next(2) == 0)
                    {
                        sb.Append(' ').Append(Pick(rng, Marks)).Append(' ').Append(Number(rng)).Append("% ").Append(Pick(rng, Words));
                    }

                    sb.Append('\n');
                    break;
                case 1:
                case 2:
                    Table(rng, sb);
                    break;
                case 3:
                case 4:
                    List(rng, sb);
                    break;
                case 5:
                    sb.Append(rng.Next(2) == 0 ? "```bash\n" : "~~~\n");
                    for (int i = rng.Next(4); i >= 0; i--)
                    {
                        sb.Append(Statement(rng)).Append('\n');
                    }

                    sb.Append(rng.Next(5) == 0 ? "" : sb.ToString().Contains("```bash\n", StringComparison.Ordinal) ? "```\n" : "~~~\n");
                    break;
                case 6:
                    sb.Append(new string('>', rng.Next(1, 4))).Append(' ').Append(Statement(rng)).Append('\n');
                    break;
                default:
                    sb.Append(Statement(rng)).Append(rng.Next(3) == 0 ? " " + Statement(rng) : "").Append('\n');
                    break;
            }

            sb.Append(rng.Next(3) == 0 ? "" : "\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// A few dense status lines: marks, report words, comparators and numbers glued or spaced at random
    /// (<c>* ⛔3(goal≥1 partiel</c>), where the rules' fixes meet each other.
    /// </summary>
    public static string Dense(Random rng)
    {
        var sb = new StringBuilder();
        int lines = rng.Next(1, 5);
        for (int l = 0; l < lines; l++)
        {
            sb.Append(rng.Next(4) switch { 0 => "* ", 1 => "- ", 2 => "| ", _ => "" });
            int tokens = rng.Next(2, 8);
            for (int t = 0; t < tokens; t++)
            {
                sb.Append(rng.Next(6) switch
                {
                    0 => Pick(rng, Marks),
                    1 => Pick(rng, Comparators) + Number(rng) + Pick(rng, Units),
                    2 => Pick(rng, Specials),
                    _ => Pick(rng, Words),
                });
                sb.Append(rng.Next(3) switch { 0 => "", 1 => Pick(rng, ["(", ":", " (", ", ", " | "]), _ => " " });
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    // The layout generator's pieces: indents off the margin (a space to three, tabs, tabs and spaces, which open or
    // close blocks the grammar always writes at the margin), block openers glued to their text or not, and names that
    // open a "Key: value" line.
    private static readonly string[] Indents = ["", "", "", " ", "  ", "   ", "    ", "\t", "\t  ", " \t"];

    private static readonly string[] Openers = ["", "", "- ", "+ ", "* ", "1. ", "2) ", "[ ]", "[x]", "[ ] ", "- [ ] ", "- [x] ", "> ", "| ", "#", "# "];

    private static readonly string[] Keys =
    [
        "SLA", "Uptime", "Latency", "Tests", "Coverage", "Security score", "Score", "Lock", "ock", "Objectif", "Target", "Goal",
        "Total", "Completion", "Progress", "Passed", "Failed", "Couverture", "Taux de réussite", "Critical Issues",
    ];

    /// <summary>
    /// A few short lines whose layout the grammar never writes: blocks opened off the margin (a fence indented by a space,
    /// code indented by a tab), list markers and task boxes glued to their word (<c>[ ]ock:3</c>), a "Key:" whose value
    /// is on a later line or inside the next block, a status mark alone on its line, signed numbers. The grammar writes
    /// each block whole at the margin, so a claim and its value never straddle the edge of a block there; the issue 50
    /// crash (a value read before the statement its claim was matched to) needed exactly that.
    /// </summary>
    public static string Layout(Random rng)
    {
        var sb = new StringBuilder();
        int lines = rng.Next(2, 9);
        for (int l = 0; l < lines; l++)
        {
            sb.Append(Pick(rng, Indents));
            switch (rng.Next(10))
            {
                case 0:
                case 1:
                    sb.Append(Pick(rng, ["```", "```", "~~~", "```yaml", "````"]));
                    break;
                case 2:
                case 3:
                    sb.Append(Pick(rng, Openers)).Append(Pick(rng, Keys)).Append(rng.Next(3) == 0 ? " :" : ":");
                    sb.Append(rng.Next(3) switch
                    {
                        0 => "",
                        1 => Pick(rng, Units).TrimStart(),
                        _ => (rng.Next(2) == 0 ? " " : "") + Pick(rng, Comparators) + Number(rng) + Pick(rng, Units),
                    });
                    if (rng.Next(4) == 0)
                    {
                        sb.Append(' ').Append(Pick(rng, Marks));
                    }

                    break;
                case 4:
                    sb.Append(Pick(rng, Openers)).Append(Pick(rng, Marks)).Append(Pick(rng, ["", "", "/", ":", " ", " " + Pick(rng, Words)]));
                    break;
                case 5:
                    sb.Append(Pick(rng, ["-", "+", "", "~", "≥"])).Append(Number(rng)).Append(Pick(rng, Units));
                    break;
                case 6:
                    sb.Append(Pick(rng, Openers)).Append(Pick(rng, Keys)).Append(' ').Append(Pick(rng, Comparators)).Append(Number(rng))
                        .Append(Pick(rng, Units)).Append(' ').Append(Pick(rng, ["# OBJECTIF: ", "(target ", "goal ", "/ ", "vs "])).Append(Number(rng));
                    break;
                case 7:
                    sb.Append("|").Append(Pick(rng, Keys)).Append('|').Append(Number(rng)).Append(Pick(rng, Units)).Append('|')
                        .Append(rng.Next(2) == 0 ? Pick(rng, Marks) + "|" : "");
                    break;
                default:
                    sb.Append(Pick(rng, Openers)).Append(Statement(rng));
                    break;
            }

            sb.Append(rng.Next(6) == 0 ? "\n\n" : "\n");
        }

        // Sometimes without the last line break, as the repro of issue 50 ended.
        return rng.Next(3) == 0 ? sb.ToString().TrimEnd('\n') : sb.ToString();
    }

    private static void Table(Random rng, StringBuilder sb)
    {
        string[][] headers =
        [
            ["Task", "Hours"], ["Tâche", "Heures", "Statut"], ["Metric", "Target", "Result", "Status"], ["Item", "Status"],
            ["Métrique", "Objectif", "Résultat"], ["Component", "Tests", "Passed", "Failed"], ["Category", "Completion"],
        ];
        string[] header = Pick(rng, headers);
        sb.Append('|');
        foreach (string h in header)
        {
            sb.Append(' ').Append(h).Append(" |");
        }

        sb.Append('\n').Append('|');
        foreach (string _ in header)
        {
            sb.Append(rng.Next(4) == 0 ? ":---:|" : "---|");
        }

        sb.Append('\n');
        int rows = rng.Next(1, 6);
        for (int r = 0; r <= rows; r++)
        {
            bool total = r == rows;
            sb.Append("| ").Append(total ? (rng.Next(2) == 0 ? "**Total**" : "TOTAL") : Pick(rng, Words)).Append(" |");
            for (int c = 1; c < header.Length; c++)
            {
                sb.Append(' ').Append(rng.Next(4) switch
                {
                    0 => Pick(rng, Marks) + (rng.Next(2) == 0 ? " " + Pick(rng, Words) : ""),
                    1 => Pick(rng, Comparators) + Number(rng) + Pick(rng, Units),
                    _ => Number(rng) + Pick(rng, Units),
                }).Append(" |");
            }

            sb.Append('\n');
        }
    }

    private static void List(Random rng, StringBuilder sb)
    {
        int items = rng.Next(1, 7);
        for (int i = 0; i < items; i++)
        {
            sb.Append(new string(' ', rng.Next(3) == 0 ? 2 * rng.Next(3) : 0));
            sb.Append(rng.Next(4) switch { 0 => "1. ", 1 => "* ", _ => "- " });
            if (rng.Next(2) == 0)
            {
                sb.Append(Pick(rng, Marks)).Append(' ');
            }

            sb.Append(Statement(rng)).Append('\n');
        }
    }

    private static string Statement(Random rng)
    {
        var sb = new StringBuilder();
        int parts = rng.Next(1, 6);
        for (int p = 0; p < parts; p++)
        {
            if (p > 0)
            {
                sb.Append(rng.Next(5) switch { 0 => ": ", 1 => ", ", 2 => " (", _ => " " });
            }

            sb.Append(rng.Next(5) switch
            {
                0 => Pick(rng, Comparators) + Number(rng) + Pick(rng, Units),
                1 => Pick(rng, Marks),
                _ => Pick(rng, Words),
            });
        }

        return sb.ToString();
    }

    private static string Number(Random rng) => rng.Next(12) switch
    {
        0 => rng.Next(0, 2000).ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
        1 => (rng.Next(0, 10000) / 10.0).ToString(System.Globalization.CultureInfo.InvariantCulture),
        2 => rng.Next(0, 101) + "/" + rng.Next(0, 101),
        3 => "100",
        4 => "0",
        _ => rng.Next(0, 120).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A slice of a reference text with one to five mutations: deletions, insertions, duplications, swaps.</summary>
    public static string Mutate(Random rng, string text)
    {
        string[] lines = text.Split('\n');
        int first = rng.Next(lines.Length);
        int count = Math.Min(lines.Length - first, rng.Next(8) == 0 ? rng.Next(1, 120) : rng.Next(1, 25));
        var slice = new StringBuilder(string.Join('\n', lines, first, count));
        if (rng.Next(4) == 0)
        {
            slice.Insert(0, "# " + Pick(rng, Titles) + "\n\n");
        }

        int mutations = rng.Next(1, 6);
        for (int m = 0; m < mutations; m++)
        {
            int at = rng.Next(slice.Length + 1);
            switch (rng.Next(7))
            {
                case 0:
                    slice.Remove(at, Math.Min(slice.Length - at, rng.Next(1, 12)));
                    break;
                case 1:
                    slice.Insert(at, Pick(rng, Specials));
                    break;
                case 2:
                    slice.Insert(at, Pick(rng, Words));
                    break;
                case 3:
                    slice.Insert(at, Pick(rng, Marks));
                    break;
                case 4:
                    slice.Insert(at, Pick(rng, Comparators) + Number(rng) + Pick(rng, Units));
                    break;
                case 5 when slice.Length > 0:
                    {
                        int from = rng.Next(slice.Length);
                        int length = Math.Min(slice.Length - from, rng.Next(1, 200));
                        slice.Insert(at, slice.ToString(from, length));
                        break;
                    }

                default:
                    if (at < slice.Length && char.IsAsciiDigit(slice[at]))
                    {
                        slice[at] = (char)('0' + rng.Next(10));
                    }
                    else if (at < slice.Length)
                    {
                        slice[at] = Pick(rng, Specials)[0];
                    }

                    break;
            }
        }

        return slice.ToString();
    }

    /// <summary>The examples of the CommonMark spec (<c>spec.txt</c>): the Markdown before each example's dot line.</summary>
    public static string[] CommonMarkExamples(string specText)
    {
        var examples = new List<string>();
        string[] lines = specText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```````````````````````````````` example", StringComparison.Ordinal))
            {
                continue;
            }

            var sb = new StringBuilder();
            for (i++; i < lines.Length && lines[i] != "."; i++)
            {
                sb.Append(lines[i].Replace('→', '\t')).Append('\n');
            }

            examples.Add(sb.ToString());
        }

        return examples.ToArray();
    }

    private static T Pick<T>(Random rng, T[] items) => items[rng.Next(items.Length)];
}
