using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3004, a count claimed for every member against a member given fewer: "✅ High availability (3-replica
// deployments)" and, in the manifest list, "Prometheus (2 replicas, 100Gi)".
public sealed partial class RL3004MetricValueConflict
{
    // Units of time ("5-year projections", "30-day retention"): how far a thing reaches, not how many each member has.
    private static readonly LexiconSection Extent = new("per-member.extent");

    private static void ReportPerMemberCounts(DocumentAnalysisContext context, ReportModel model)
    {
        ReportDocument document = context.Document;
        foreach (ModelStatement claim in model.StatementArray)
        {
            if (!HasMet(claim) || CountForEachMember(document.GetText(claim.Span)) is not ({ } at, { } length, { } count, { } unit) ||
                document.Lexicon.Contains(Extent, unit))
            {
                continue;
            }

            // Every line of the document, code blocks included: manifests are listed in trees.
            for (int line = document.Text.FirstLine; line <= document.Text.LastLine; line++)
            {
                TextSpan lineSpan = document.Text.GetLineSpan(line);
                if (line == claim.Line || lineSpan.IsEmpty || FewerOf(document.GetText(lineSpan), unit, count) is not ({ } where, { } written))
                {
                    continue;
                }

                var span = new TextSpan(claim.Span.Start + at, length);
                context.Diagnostics.Report(PerMemberCount, span, ImmutableDictionary<string, string>.Empty, [new TextSpan(lineSpan.Start + where, written.Length)],
                    model.TextOf(span).ToString(), count.ToString(CultureInfo.InvariantCulture), line, written, StatusWords.Clip(Squeezed(model.TextOf(lineSpan).ToString().TrimStart(' ', '-', '*', '+')), 80));
                break;
            }
        }
    }

    private static bool HasMet(ModelStatement statement)
    {
        foreach (StatusMark mark in statement.Symbols)
        {
            if (mark.Kind == StatusKind.Met)
            {
                return true;
            }
        }

        return false;
    }

    // "3-replica deployments": a number, a hyphen, a unit, then a plural noun; the position, length, count and unit.
    private static (int? At, int? Length, int? Count, string? Unit) CountForEachMember(ReadOnlySpan<char> text)
    {
        for (int from = 0; NextNumber(text, from) is (int i, int j); from = j)
        {
            if (j - i > 2 || j >= text.Length || text[j] != '-')
            {
                continue;
            }

            int unitStart = j + 1, k = unitStart;
            while (k < text.Length && char.IsLetter(text[k]))
            {
                k++;
            }

            int nounStart = k + 1, n = nounStart;
            while (n < text.Length && char.IsLetter(text[n]))
            {
                n++;
            }

            if (k - unitStart < 4 || k >= text.Length || text[k] != ' ' || n - nounStart < 4 || text[n - 1] != 's')
            {
                continue;
            }

            int count = Digits(text[i..j]) ?? 0;
            return count >= 2 ? (i, n - i, count, text[unitStart..k].ToString().ToLowerInvariant()) : default;
        }

        return default;
    }

    // The next run of digits from `from` that no letter or digit comes right before ("2" in "Phase 2", not in "I2"):
    // where it starts and ends.
    private static (int Start, int End)? NextNumber(ReadOnlySpan<char> text, int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            int end = i;
            while (end < text.Length && char.IsDigit(text[end]))
            {
                end++;
            }

            return (i, end);
        }

        return null;
    }

    // "Prometheus (2 replicas, 100Gi)": fewer of the unit; where it stands and as written.
    private static (int? At, string? Written) FewerOf(ReadOnlySpan<char> text, string unit, int count)
    {
        int from = 0;
        while (true)
        {
            int at = text[from..].IndexOf(unit, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return default;
            }

            at += from;

            from = at + unit.Length;
            int end = from < text.Length && text[from] == 's' ? from + 1 : from;
            if ((end < text.Length && char.IsLetter(text[end])) || at < 2 || text[at - 1] != ' ')
            {
                continue;
            }

            int start = at - 1;
            while (start > 0 && char.IsDigit(text[start - 1]))
            {
                start--;
            }

            if (start < at - 1 && (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
                && Digits(text[start..(at - 1)]) is { } n && n < count && n > 0)
            {
                return (start, text[start..end].ToString());
            }
        }
    }

    // A run of ASCII digits as a number (netstandard2.0 parses no span), or null past nine digits or for other digits.
    private static int? Digits(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.Length > 9)
        {
            return null;
        }

        int n = 0;
        foreach (char c in digits)
        {
            if (c is < '0' or > '9')
            {
                return null;
            }

            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
