using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3005, a target that was the starting point: "**Original Target**: 97.2%" in the summary, and "Gap Closures
/// (97.2% → 100%)" or "Before This Implementation: Enterprise Readiness: 97.2%" in the body. A value with decimals is
/// no coincidence: the report calls its own before value the goal, so that reaching 100% looks like beating a target.
/// </summary>
public sealed partial class RL3005MovingTarget
{
    private static void ReportTargetsThatWereTheStart(DocumentAnalysisContext context, ReportModel model)
    {
        var befores = new List<Fact>();
        var targets = new List<FactValue>();
        foreach (ModelStatement statement in model.StatementArray)
        {
            foreach (Fact fact in statement.Facts)
            {
                if (fact.Value is not { IsPercentage: true, Decimals: > 0, IsRange: false } value)
                {
                    continue;
                }

                if (fact.Role == FactRole.Before && fact.Stance == FactStance.None)
                {
                    befores.Add(fact);
                }
                else if (TargetKeyBefore(context.Document, statement, value) && !StartsAChange(context.Document, statement, value))
                {
                    targets.Add(value);
                }
            }
        }

        foreach (FactValue target in targets)
        {
            foreach (Fact before in befores)
            {
                if (before.Value is { } start && start.Number == target.Number && before.Statement.Line != target.Line)
                {
                    string key = model.TextOf(TextSpan.FromBounds(model.StatementAt(target.Span)!.Span.Start, target.Span.Start)).ToString().Trim().TrimEnd(':').Trim();
                    string where = model.TextOf(before.Statement.Span).ToString().Trim();
                    context.Diagnostics.Report(Rule, target.Span, ImmutableDictionary<string, string>.Empty, [start.Span],
                        key, target.Text, $"the starting value of \"{StatusWords.Clip(where, 60)}\"", before.Statement.Line);
                    break;
                }
            }
        }
    }

    // The marks of a change (lexicon section role.arrow: "→", "->"): a value right before one is where the change starts.
    private static readonly LexiconSection RoleArrow = new("role.arrow");

    // "Target: 32.4% → 60%": under a target key, the value right before an arrow is where the work starts, and the
    // target is the value after it.
    private static bool StartsAChange(ReportDocument document, ModelStatement statement, FactValue value)
    {
        ReadOnlySpan<char> after = document.GetText(TextSpan.FromBounds(value.Span.End, statement.Span.End)).TrimStart(" \t*_");
        int end = 0;
        while (end < after.Length && end < MaxArrowLength && !char.IsWhiteSpace(after[end]) && !char.IsLetterOrDigit(after[end]))
        {
            end++;
        }

        return end > 0 && document.Lexicon.Contains(RoleArrow, after[..end]);
    }

    private const int MaxArrowLength = 3;

    // "**Original Target**: 97.2%": the value follows at once a key that holds a target word.
    private static bool TargetKeyBefore(ReportDocument document, ModelStatement statement, FactValue value)
    {
        string before = document.GetText(TextSpan.FromBounds(statement.Span.Start, value.Span.Start)).ToString();
        int colon = before.LastIndexOf(':');
        if (colon < 0 || before[(colon + 1)..].Trim(' ', '*', '_').Length > 0)
        {
            return false;
        }

        foreach (PhraseHit hit in statement.Find(LexiconSections.Target))
        {
            if (hit.Span.Start >= statement.Span.Start && hit.Span.End <= statement.Span.Start + colon && !hit.IsQuoted)
            {
                return true;
            }
        }

        return false;
    }
}
