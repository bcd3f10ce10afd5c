using System.Globalization;
using System.Text;

namespace ReportLint.Benchmarks;

/// <summary>
/// Builds status reports of a given size, deterministically: headings with bracketed totals, effort tables with
/// total rows, target lists under "validated" headings, prose with numbers, versions and dates, code blocks,
/// template residue and a mangled line every so often, in English and French. The same seed gives the same text.
/// </summary>
public static class ReportGenerator
{
    public static string Generate(int targetBytes, int seed = 42)
    {
        var random = new Random(seed);
        var text = new StringBuilder(targetBytes + 4096);
        text.Append("# 🏆 PROJECT STATUS REPORT — ✅ 100% PRODUCTION-READY\n\n**Date**: 2025-11-08\n**Status**: ✅ Complete\n\n");
        int section = 0;
        while (text.Length < targetBytes)
        {
            section++;
            bool french = section % 3 == 0;
            int[] hours = [random.Next(1, 9), random.Next(1, 9), random.Next(1, 9)];
            int total = hours.Sum() + (section % 4 == 0 ? 1 : 0);
            text.Append(CultureInfo.InvariantCulture, $"## Phase {section}: {(french ? "Priorité critique" : "Critical fixes")} ({total}h) - ✅ {(french ? "COMPLÈTE" : "COMPLETE")}\n\n");
            text.Append(french ? "| Composant | Effort | Statut |\n" : "| Component | Effort | Status |\n").Append("|---|---|---|\n");
            for (int i = 0; i < hours.Length; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"| Task {section}.{i} | {hours[i]}h | ✅ |\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"| **Total** | **{total}h** | ✅ |\n\n");
            text.Append(french ? "### Tests de charge validés\n\n" : "### Load tests validated\n\n");
            int throughput = random.Next(500, 2000);
            text.Append(CultureInfo.InvariantCulture, $"- **{(french ? "Débit" : "Throughput")}**: {throughput} req/s ({(french ? "objectif" : "target")}: > 1000 req/s)\n");
            text.Append(CultureInfo.InvariantCulture, $"- **Latency P99**: <{random.Next(5, 15)}ms (target <10ms) ✅\n");
            text.Append("- **Coverage**: 85% (target: ≥ 80%) ✅\n\n");
            text.Append("Release 2.4.1 shipped on 2025-11-05 after 3 review rounds; about 80% of the remaining work is ")
                .Append("documentation, estimated at 2-4 h. See the [runbook](https://example.org/runbook) for details.\n\n");
            text.Append("```bash\necho \"deployed $(date)\" && kubectl rollout status deploy/api\n```\n\n");
            if (section % 5 == 0)
            {
                text.Append("*Last updated: $(date)* — contact [your-email@domain.com]\n\n");
            }

            if (section % 7 == 0)
            {
                text.Append("- Statut : âœ… TERMINÃ‰ — prochaine Ã©tape\n\n");
            }
        }

        return text.ToString();
    }
}
