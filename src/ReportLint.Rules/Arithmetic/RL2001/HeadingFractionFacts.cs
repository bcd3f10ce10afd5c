using Markdig.Syntax;
using ReportLint.Claims;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// A fraction in a heading ("## SCORE GLOBAL: 62/76 = 82%", "### ✅ Routes Postman (216/216)", "## ÉTAT GLOBAL :
/// 87.8% CONFORME (43/49 exigences complètes)") and the table that breaks it down right under it, with at most one
/// deeper heading and nothing else between ("### Répartition par catégorie").
/// </summary>
internal sealed class HeadingFraction
{
    internal HeadingFraction(ModelStatement heading, FactValue fraction, ModelTable table)
    {
        Heading = heading;
        Fraction = fraction;
        Table = table;
    }

    /// <summary>The heading that states the fraction.</summary>
    public ModelStatement Heading { get; }

    /// <summary>The fraction, n/N.</summary>
    public FactValue Fraction { get; }

    /// <summary>The table under it.</summary>
    public ModelTable Table { get; }
}

/// <summary>Facts only RL2001 reads, built once per document beside the model.</summary>
internal static class HeadingFractionFacts
{
    private static readonly RuleFacts<HeadingFraction[]> Facts = new(Build);

    /// <summary>The headings that state one fraction over the table right under them, in document order.</summary>
    public static IReadOnlyList<HeadingFraction> Of(ReportModel model) => Facts.Of(model);

    private static HeadingFraction[] Build(ReportModel model)
    {
        List<HeadingFraction>? found = null;
        (ModelStatement Heading, FactValue Fraction, int Level)? pending = null;
        bool between = false;
        ModelStatement[] statements = model.StatementArray;
        int next = 0;
        foreach (Block block in model.Document.Syntax)
        {
            if (block is HeadingBlock heading)
            {
                ModelStatement? statement = TotalFacts.HeadingStatement(model, statements, heading, ref next);
                FactValue? fraction = statement is null ? null : OnlyFraction(statement);
                // One deeper heading of its own breakdown may stand between ("### Répartition par catégorie").
                if (pending is { } p && !between && fraction is null && heading.Level > p.Level)
                {
                    between = true;
                    continue;
                }

                pending = fraction is null ? null : (statement!, fraction, heading.Level);
                between = false;
            }
            else if (block is Markdig.Extensions.Tables.Table table && pending is { } p)
            {
                (found ??= []).Add(new HeadingFraction(p.Heading, p.Fraction, model.TableOf(table)));
                pending = null;
            }
            else
            {
                pending = null;
            }
        }

        return found?.ToArray() ?? [];
    }

    // The heading's one fraction of whole numbers, n ≤ N, N at least 2; none when it holds another value than a
    // percentage ("62/76 = 82%" holds the fraction and its percentage).
    private static FactValue? OnlyFraction(ModelStatement heading)
    {
        FactValue? fraction = null;
        foreach (FactValue value in heading.Values)
        {
            if (value.IsPercentage)
            {
                continue;
            }

            if (fraction is not null || value is not { Denominator: { } of, IsRange: false, Comparison: Comparison.Exact, Unit.Length: 0 } ||
                of < 2 || value.Number > of || decimal.Truncate(value.Number) != value.Number || decimal.Truncate(of) != of)
            {
                return null;
            }

            fraction = value;
        }

        return fraction;
    }
}
