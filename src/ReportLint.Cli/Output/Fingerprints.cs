using System.Security.Cryptography;
using System.Text;
using ReportLint.Diagnostics;

namespace ReportLint.Cli.Output;

/// <summary>
/// Fingerprints stable under edits elsewhere in the file: the rule, the trimmed text of the line the finding is on,
/// and how many times the same rule already fired on an identical line before it. Moving the line keeps it.
/// </summary>
internal static class Fingerprints
{
    public static Dictionary<Diagnostic, string> For(LintResult result, IEnumerable<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var fingerprints = new Dictionary<Diagnostic, string>(ReferenceEqualityComparer.Instance);
        foreach (Diagnostic d in diagnostics)
        {
            string line = result.Source[result.Source.GetLineSpan(d.Line)].ToString().Trim();
            string key = d.Id + "\n" + line;
            int occurrence = seen.TryGetValue(key, out int n) ? n + 1 : 0;
            seen[key] = occurrence;
            byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(key + "\n" + occurrence));
            fingerprints[d] = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        }

        return fingerprints;
    }
}
