using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3004, one part counted larger than its whole: "| Documentation | 8 | 1,500 |" under the column "Lignes" and, in
// the section "### 6. Documentation (100%)", "✅ **README.md** - Présentation complète (5300 lignes)".
public sealed partial class RL3004MetricValueConflict
{
    /// <summary>RL3004: nouns of what a table column counts ("lines", "lignes", "files", "fichiers").</summary>
    internal static readonly LexiconSection CountUnit = new("count.unit");

    /// <summary>RL3004: a word in such a column's header that makes its counts approximate ("approx").</summary>
    private static readonly LexiconSection CountApproximate = new("count.approximate");

    private sealed record Whole(string Label, string Unit, decimal Number, TextSpan Span, string Text, string Written, int Line, bool Approximate);

    private static void ReportPartsOverTheirWhole(DocumentAnalysisContext context, ReportModel model)
    {
        Lexicon lexicon = context.Document.Lexicon;
        var wholes = new List<Whole>();
        foreach (ModelTable table in model.Tables)
        {
            if (table.IsDashboard || table.ColumnWith(ColumnRole.Label) is not { } labels)
            {
                continue;
            }

            foreach (ModelColumn column in table.Columns)
            {
                if (FirstWordLemma(column.FoldedHeader, 0, out _) is not { } unit || !lexicon.Contains(CountUnit, unit))
                {
                    continue;
                }

                bool approximate = HoldsAny(column.FoldedHeader, lexicon.Phrases(CountApproximate));
                foreach (ModelRow row in table.BodyArray)
                {
                    ModelCell cell = row[column];
                    decimal? number = cell.Value is { IsPercentage: false, IsRatio: false, IsRange: false } value ? value.Number : Thousands(cell.Text.ToString(), lexicon.NumberFormat);
                    if (number is not > 0m || Words(row[labels].Text.ToString(), lexicon) is not { Count: 1 } label
                        || lexicon.Contains(LexiconSections.Total, label.First()))
                    {
                        continue;
                    }

                    wholes.Add(new Whole(label.First(), unit, number.Value, cell.Span, cell.Text.ToString().Trim(), row[labels].Text.ToString().Trim(), row.Line, approximate));
                }
            }
        }

        if (wholes.Count == 0)
        {
            return;
        }

        foreach (ModelSection section in model.SectionArray)
        {
            HashSet<string> title = Words(section.Title.ToString(), lexicon);
            foreach (Whole whole in wholes)
            {
                if (!title.Contains(whole.Label) || !NamesTheSamePart(section.Title.ToString(), whole.Written, lexicon) || PartOver(context.Document, model, section, whole) is not { } part)
                {
                    continue;
                }

                string name = part.Statement.Subject.ToString().Trim();
                context.Diagnostics.Report(PartOverWhole, part.Value.Span, ImmutableDictionary<string, string>.Empty, [whole.Span],
                    (name.Length > 0 ? name + " counts " : string.Empty) + part.Value.NumberText, whole.Unit, whole.Text, whole.Line, whole.Written);
                break;
            }
        }
    }

    // A whole whose label numbers its part ("Phase 2") is that part's only: the section's title must give the same
    // number, not joined to another ("### Phases 2+3", "Sprints 2 & 3" count both; "### Phase 3" is another part).
    private static bool NamesTheSamePart(string title, string label, Lexicon lexicon)
    {
        ReadOnlySpan<char> number = FirstNumber(label);
        if (number.IsEmpty)
        {
            return true;
        }

        // A number glued to letters names something else ("I2", "v2").
        for (int from = 0; NextNumber(title, from) is (int i, int end); from = end)
        {
            if (title.AsSpan(i, end - i).SequenceEqual(number) && (end == title.Length || !char.IsLetter(title[end])) &&
                !Joined(title, i - 1, -1, lexicon) && !Joined(title, end, 1, lexicon))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> FirstNumber(string text) =>
        NextNumber(text, 0) is (int start, int end) ? text.AsSpan(start, end - start) : default;

    // Whether what stands next to the number, walking from `at` by `step` past spaces, joins it to another number: a
    // sign (+ & / ,) or a word of lexicon section crossref.and ("2 et 3", "2 and 3") with a number past it.
    private static bool Joined(string text, int at, int step, Lexicon lexicon)
    {
        at = Skip(text, at, step, ' ');
        if (at < 0 || at >= text.Length)
        {
            return false;
        }

        if (text[at] is '+' or '&' or '/' or ',')
        {
            return true;
        }

        int end = at;
        while (end >= 0 && end < text.Length && char.IsLetter(text[end]))
        {
            end += step;
        }

        if (end == at)
        {
            return false;
        }

        string word = step > 0 ? text[at..end] : text[(end + 1)..(at + 1)];
        int next = Skip(text, end, step, ' ');
        return lexicon.Contains(CrossrefAnd, word.ToLowerInvariant()) && next >= 0 && next < text.Length && char.IsDigit(text[next]);
    }

    private static int Skip(string text, int at, int step, char c)
    {
        while (at >= 0 && at < text.Length && text[at] == c)
        {
            at += step;
        }

        return at;
    }

    private static readonly LexiconSection CrossrefAnd = new("crossref.and");

    // "1,500" or "1 500" in a cell the model reads as no value (a comma is a decimal mark in French): digits grouped by
    // three.
    // Whether the folded text holds one of the phrases anywhere, inside a word too ("approx." in "lignes (approx.)").
    private static bool HoldsAny(string folded, IReadOnlyList<string> phrases)
    {
        for (int k = 0; k < phrases.Count; k++)
        {
            if (folded.Contains(phrases[k], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // A whole number grouped by three with a group mark of the languages in force ("1,200", "2 350"), each group after
    // at most three leading digits.
    private static decimal? Thousands(string text, NumberFormat format)
    {
        text = text.Trim(' ', '*', '_', '~');
        int digits = 0, group = -1;
        var plain = new System.Text.StringBuilder();
        foreach (char c in text)
        {
            if (char.IsDigit(c))
            {
                digits++;
                group = group >= 0 ? group + 1 : group;
                plain.Append(c);
            }
            else if (format.AnyGroup.Contains(c) && digits is > 0 and <= 3 && (group is -1 or 3))
            {
                group = 0;
            }
            else
            {
                return null;
            }
        }

        return group == 3 && decimal.TryParse(plain.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out decimal n) ? n : null;
    }

    // A value of the section, before its subsections, followed by the whole's unit and larger than the whole.
    private static (ModelStatement Statement, FactValue Value)? PartOver(ReportDocument document, ReportModel model, ModelSection section, Whole whole)
    {
        decimal limit = whole.Approximate ? whole.Number * 1.2m : whole.Number;
        foreach (ModelStatement statement in model.StatementsIn(section.Span))
        {
            if (statement.Kind is not (StatementKind.ListItem or StatementKind.TableRow) || model.SectionAt(statement.Span.Start) != section)
            {
                continue;
            }

            foreach (FactValue value in statement.Values)
            {
                if (value.IsPercentage || value.IsRatio || value.Number <= limit)
                {
                    continue;
                }

                string rest = document.GetText(TextSpan.FromBounds(value.Span.End, statement.Span.End)).ToString();
                // "5300 lignes": the unit may be part of the value as written, or the word after it.
                string written = value.Text.ToString();
                string? unit = value.Noun.Length > 0 ? FirstWordLemma(value.Noun, 0, out _)
                    : FirstWordLemma(written, written.Length - written.TrimStart("0123456789.,  ".ToCharArray()).Length, out _) ?? FirstWordLemma(rest, 0, out _);
                if (unit == whole.Unit)
                {
                    return (statement, value);
                }
            }
        }

        return null;
    }
}
