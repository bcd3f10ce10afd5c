using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Evidence;

// RL1001: a test coverage given only as a bound or an approximation ("**Couverture** > 70% du code", "Increases test
// coverage from ~60% to 85%+", "| Code Coverage | >85% |") in a report that gives no coverage report: no tool output,
// no coverage command, no measured figure (issue 49: labelled in reports of six repositories). A coverage tool reports
// an exact figure; a bound with nothing measured behind it is a guess.
public sealed partial class RL1001UnverifiableClaim
{
    // The coverage metric ("coverage", "couverture de tests"), the words that make it another coverage than the tests'
    // ("browser", "type hints", "requirements", "fonctionnelle"), and what shows a coverage run ("coverage report",
    // "pytest-cov", "lcov", "rapport de couverture").
    private static readonly LexiconSection CoverageMetric = new("metric.test-coverage"), CoverageOther = new("coverage.other"),
        CoverageRun = new("coverage.run"), Optional = new("verdict.optional");

    private static readonly LexiconSection[] CoverageSections = [CoverageMetric];

    // How many words may stand between the metric and its bound ("Couverture > 70%", "coverage from ~60% to 85%+").
    private const int CoverageReach = 4;

    private static void CoverageClaims(ReportModel model, ModelStatement statement, List<TextSpan> reported, Restatements claims, ref bool? coverageRun)
    {
        if (InPlan(statement) || statement.Contains(CoverageOther) || PlannedSection(model, statement) || ExactPercentage(model, statement))
        {
            return;
        }

        // The metric nearest its bound: "Artificial coverage → Meaningful 80%+ coverage" claims "80%+ coverage".
        TextSpan? claim = null;
        FactValue? claimed = null;
        foreach (PhraseHit metric in statement.Find(CoverageMetric))
        {
            if (metric.IsQuoted || BoundBeside(model, statement, metric.Span) is not { } bound)
            {
                continue;
            }

            TextSpan span = TextSpan.FromBounds(Math.Min(metric.Span.Start, bound.Span.Start), Math.Max(metric.Span.End, bound.Span.End));
            if (claim is not { } other || span.Length < other.Length)
            {
                claim = span;
                claimed = bound;
            }
        }

        if (claim is not { } found || claimed is null || ClaimSpans.OverlapsAny(reported, found) || !Asserted(model, statement, found))
        {
            return;
        }

        coverageRun ??= CoverageRunGiven(model);
        if (coverageRun.Value)
        {
            return;
        }

        reported.Add(found);
        // The same bound is one claim wherever it is said ("Backend Coverage: 84%+", "84%+ backend coverage").
        claims.Add("v:" + claimed.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), statement, found, null, model.TextOf(found).ToString(),
            "; the report gives no coverage report");
    }

    // A percentage given as a bound or an approximation ("> 70%", "85%+", "~85%") of the actual coverage or the coverage
    // reached ("from ~60% to 85%+"), right after the metric or right before it ("95%+ coverage"); a before value ("from
    // ~60%"), a goal or a target is none.
    private static FactValue? BoundBeside(ReportModel model, ModelStatement statement, TextSpan metric)
    {
        FactValue? found = null;
        foreach (FactValue value in statement.Values)
        {
            if (!value.IsPercentage || value.IsRatio || !(value.IsLowerBound || value.IsApproximate)
                || !((value.Span.Start >= metric.End && ClaimSpans.Adjacent(statement, metric.End, value.Span.Start, CoverageReach, digits: true))
                     || (value.Span.End <= metric.Start && ClaimSpans.Adjacent(statement, value.Span.End, metric.Start, 1))))
            {
                continue;
            }

            if (model.RoleAt(statement, value.Span) is FactRole.Actual or FactRole.After)
            {
                found = value;
            }
        }

        return found;
    }

    // An exact percentage the statement gives as a result beside its bound ("≥90% (config 98%, extensions 100%)", "| 95%
    // globaux | Tous modules ≥90% |"): the bound sums up what was measured.
    private static bool ExactPercentage(ReportModel model, ModelStatement statement)
    {
        foreach (FactValue value in statement.Values)
        {
            if (value.IsPercentage && !value.IsRatio && !value.IsLowerBound && !value.IsUpperBound && !value.IsApproximate && !value.IsRange
                && model.RoleAt(statement, value.Span) == FactRole.Actual)
            {
                return true;
            }
        }

        return false;
    }

    // Under next steps, a to-do, what remains or what is optional ("## Recommandations" › "Tests Coverage 90%+", "## SI
    // VOUS VOULEZ ALLER PLUS LOIN (OPTIONNEL)").
    private static bool PlannedSection(ReportModel model, ModelStatement statement)
    {
        foreach (ModelSection section in model.EnclosingSections(statement.Span.Start))
        {
            if (section.Folded.Contains(Todo) || section.Folded.Contains(NextStep) || section.Folded.Contains(Remaining) || section.Folded.Contains(Optional))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the report shows a coverage run: a coverage tool or report named on a line that is no open item, or an
    // exact coverage figure measured ("Statements: 87.3%", "| auth.py | 96% |" under a coverage heading).
    private static bool CoverageRunGiven(ReportModel model)
    {
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Status == StatusKind.Pending)
            {
                continue;
            }

            // Commands are written as code ("Ran `pytest --cov=app`"): their words are read too.
            if ((model.MayHold(statement, CoverageRun) && statement.Contains(CoverageRun)) || (statement.HasCode && statement.ContainsWithCode(CoverageRun)))
            {
                return true;
            }

            bool aboutCoverage = (model.MayHold(statement, CoverageSections) && statement.Contains(CoverageMetric))
                || statement.Section is { } section && section.Folded.Contains(CoverageMetric);
            if (aboutCoverage && !statement.Contains(CoverageOther) && ExactPercentage(model, statement))
            {
                return true;
            }
        }

        return false;
    }
}
