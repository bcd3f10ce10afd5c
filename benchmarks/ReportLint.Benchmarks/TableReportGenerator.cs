using System.Globalization;
using System.Text;

namespace ReportLint.Benchmarks;

/// <summary>
/// Builds a table-heavy page of a given size, deterministically, in the shape of the slowest pages of
/// ../shared/corpus/honest (benchmark barometers, public-sector audit tables): under each heading a parameter table
/// of code spans and links, then a results table of engines by workloads with times, throughputs and a bold best
/// value per column, and every third section a French audit table of criteria, counts and rates. No status words:
/// like those pages, it is ordinary documentation, which ReportLint must read without a finding.
/// </summary>
public static class TableReportGenerator
{
    private static readonly string[] Engines =
    [
        "rust/regex", "rust/regex/meta", "rust/aho-corasick/dfa", "rust/aho-corasick/nfa", "go/regexp", "pcre2", "pcre2/jit",
        "re2", "hyperscan", "icu", "java/hotspot", "javascript/v8", "python/re", "python/regex", "dotnet/compiled", "perl",
    ];

    private static readonly string[] Units = ["ms", "us", "ns", "s"];

    public static string Generate(int targetBytes, int seed = 42)
    {
        var random = new Random(seed);
        var text = new StringBuilder(targetBytes + 4096);
        text.Append("# Benchmark results\n\nThe tables below are medians of each engine's runs, in time per search. ")
            .Append("See the [methodology](../METHODOLOGY.md) for how each number is measured.\n\n");
        int section = 0;
        while (text.Length < targetBytes)
        {
            section++;
            int columns = random.Next(2, 7);
            text.Append(CultureInfo.InvariantCulture, $"### group-{section}/workload\n\n| Parameter | Value |\n| --------- | ----- |\n");
            text.Append(CultureInfo.InvariantCulture, $"| full name | `group-{section}/workload-{random.Next(100)}` |\n");
            text.Append("| model | [`count`](../../MODELS.md#count) |\n");
            text.Append(CultureInfo.InvariantCulture, $"| regex | `(?i)[a-z]{{{random.Next(1, 9)},{random.Next(10, 30)}}}` |\n");
            text.Append("| case-insensitive | `false` |\n| unicode | `true` |\n");
            text.Append(CultureInfo.InvariantCulture, $"| haystack-path | [`opensubtitles/en-{random.Next(10)}.txt`](../../haystacks/en.txt) |\n");
            text.Append(CultureInfo.InvariantCulture, $"| count(`.*`) | {random.Next(100, 9000)} |\n\n");
            int failed = random.Next(4);
            text.Append(CultureInfo.InvariantCulture, $"Every engine passes the verification step; {failed} of {Engines.Length} fail to compile the pattern and are left out. ")
                .Append(CultureInfo.InvariantCulture, $"The fastest is about {random.Next(2, 40)}x faster than the slowest, and the total time of the group is done in {random.Next(2, 90)} s.\n\n");

            text.Append("| Engine |");
            for (int c = 0; c < columns; c++)
            {
                text.Append(CultureInfo.InvariantCulture, $" workload-{section}-{c} |");
            }

            text.Append("\n| - |").Append(string.Concat(Enumerable.Repeat(" - |", columns))).Append('\n');
            int rows = random.Next(8, Engines.Length + 1);
            int[] best = new int[columns];
            for (int c = 0; c < columns; c++)
            {
                best[c] = random.Next(rows);
            }

            for (int r = 0; r < rows; r++)
            {
                text.Append("| ").Append(Engines[r]).Append(" |");
                for (int c = 0; c < columns; c++)
                {
                    string value = random.Next(3) == 0
                        ? string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 999)}.{random.Next(1, 9)} {(random.Next(2) == 0 ? "MB" : "GB")}/s")
                        : string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 999)}.{random.Next(10, 99)}{Units[random.Next(Units.Length)]}");
                    text.Append(' ').Append(best[c] == r ? $"**{value}**" : value).Append(" |");
                }

                text.Append('\n');
            }

            text.Append('\n');
            if (section % 3 == 0)
            {
                int total = random.Next(20, 120);
                text.Append("#### Résultats de l'audit\n\n| Critère | Conformes | Non conformes | Non applicables | Taux |\n|---|---:|---:|---:|---:|\n");
                for (int r = 0; r < 6; r++)
                {
                    int ok = random.Next(total);
                    text.Append(CultureInfo.InvariantCulture, $"| {r + 1}.{random.Next(1, 9)} Images | {ok} | {total - ok} | {random.Next(5)} | {ok * 100 / total} % |\n");
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }
}
