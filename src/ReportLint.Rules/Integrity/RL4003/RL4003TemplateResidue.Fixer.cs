using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Integrity;

/// <summary>
/// The fix of RL4003: replaces a date placeholder (<c>$(date)</c>, <c>${DATE}</c>, <c>{{ today }}</c>) with the date
/// the document itself states on a labelled line ("**Date**: 2025-11-08", "Dernière mise à jour : 2025-11-08").
/// Offered only when the document states exactly one such date; other residue has no safe repair.
/// </summary>
public sealed partial class RL4003TemplateResidue
{
    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> FixableRules { get; } = [Rule];

    // Attached to the residue that stands for a date; the stated date is looked up (once per document) only when asked.
    private static readonly CodeFixFactory FillDate = context =>
    {
        string? date = context.Document.GetModel(StatedDate.Find).Value;
        if (date is not null)
        {
            context.RegisterCodeFix($"Replace '{context.Document.GetText(context.Diagnostic.Span)}' with the report's date {date}",
                new TextEdit(context.Diagnostic.Span, date));
        }
    };

    /// <summary>The one ISO date the document states on a line labelled as its date, or null (none, or several).</summary>
    internal sealed record StatedDate(string? Value)
    {
        public static StatedDate Find(ReportDocument document)
        {
            SourceText text = document.Text;
            var dates = new HashSet<string>(StringComparer.Ordinal);
            foreach (StatementPhrase label in FinalClaimFacts.PhrasesOf(ReportModel.Of(document), RL4003TemplateResidue.DateLabel))
            {
                // The label opens its line (after list, quote, heading and emphasis markers) and a colon follows it.
                TextSpan line = text.GetLineSpan(text.GetLinePosition(label.Hit.Span.Start).Line);
                ReadOnlySpan<char> before = text.Text.AsSpan(line.Start, label.Hit.Span.Start - line.Start).TrimStart(" \t-*>#|_");
                ReadOnlySpan<char> after = text.Text.AsSpan(label.Hit.Span.End, Math.Max(0, line.End - label.Hit.Span.End)).TrimStart(" *_");
                if (before.IsEmpty && after.StartsWith(":".AsSpan(), StringComparison.Ordinal) && FindIsoDate(text[line]) is { } date)
                {
                    dates.Add(date);
                }
            }

            return new StatedDate(dates.Count == 1 ? dates.First() : null);
        }

#if NET
        private static bool IsCalendarDate(ReadOnlySpan<char> iso) => DateOnly.TryParseExact(iso, "yyyy-MM-dd", out _);
#else
        private static bool IsCalendarDate(ReadOnlySpan<char> iso) =>
            DateTime.TryParseExact(iso.ToString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
#endif

        private static string? FindIsoDate(ReadOnlySpan<char> line)
        {
            for (int i = 0; i + 10 <= line.Length; i++)
            {
                ReadOnlySpan<char> c = line.Slice(i, 10);
                if (char.IsAsciiDigit(c[0]) && char.IsAsciiDigit(c[1]) && char.IsAsciiDigit(c[2]) && char.IsAsciiDigit(c[3]) && c[4] == '-' &&
                    char.IsAsciiDigit(c[5]) && char.IsAsciiDigit(c[6]) && c[7] == '-' && char.IsAsciiDigit(c[8]) && char.IsAsciiDigit(c[9]) &&
                    (i == 0 || !char.IsAsciiDigit(line[i - 1])) && (i + 10 == line.Length || !char.IsAsciiDigit(line[i + 10])) &&
                    IsCalendarDate(c))
                {
                    return c.ToString();
                }
            }

            return null;
        }
    }
}
