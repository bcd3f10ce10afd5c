using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Evidence;

// RL1001's precision conditions: statements that state no result of the work.
public sealed partial class RL1001UnverifiableClaim
{
    /// <summary>RL1001: words that, opening a heading, name the state before the work ("Before", "Avant", "Baseline").</summary>

    /// <summary>The verbs that join a subject to what is said of it ("is", "are", "est", "sont"), as the fact model reads them.</summary>
    private static readonly LexiconSection Copula = new("stance.copula");

    // How many words may stand between a claim and the copula of its clause: the rest of the subject ("… and 80%
    // satisfaction", "… et de 80 % de satisfaction de la solution").
    private const int SubjectWords = 8;

    // "100% coverage is expected", "Des taux de 100 % de couverture et de 80 % de satisfaction de la solution sont
    // attendus": the claim is in the subject of a copula that the cue (expected, required, attendus…) follows right away,
    // with nothing between the claim and the copula that ends a clause: an expectation or a requirement, not a result.
    private static bool InSubjectOf(ModelStatement statement, TextSpan claim, TextSpan cue)
    {
        foreach (PhraseHit copula in statement.Find(Copula))
        {
            if (copula.Span.Start < claim.End || copula.Span.End > cue.Start
                || !statement.Prose[TextSpan.FromBounds(copula.Span.End, cue.Start)].IsWhiteSpace())
            {
                continue;
            }

            return InOneClause(statement.Prose[TextSpan.FromBounds(claim.End, copula.Span.Start)]);
        }

        return false;
    }

    // At most SubjectWords words and numbers, and no sign that ends a clause or a cell.
    private static bool InOneClause(ReadOnlySpan<char> gap)
    {
        int words = 0;
        bool inWord = false;
        for (int i = 0; i < gap.Length; i++)
        {
            char c = gap[i];
            if (c is ',' or ';' or ':' or '!' or '?' or '(' or ')' or '|' or '\n' or '\r' or '—' or '–'
                || (c == '.' && !(i > 0 && char.IsDigit(gap[i - 1]) && i + 1 < gap.Length && char.IsDigit(gap[i + 1]))))
            {
                return false;
            }

            bool letter = char.IsLetterOrDigit(c) || c is '\'' or '’' or '-';
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words <= SubjectWords;
    }

    // "### Avant (Tests existants)" over "- **Taux de réussite** : 100%", "### Before" over "- Coverage: 100%": the state
    // the work started from, which the report does not claim as its result.
    private static bool InStateBefore(ModelStatement statement) => statement.Section is { IsStateBefore: true };

    // "#### Pre-Deployment" under "## Deployment Procedure" over "1. ✅ Check tests passing": a step to take, a plan, a
    // metric to watch or a standard (ModelSection.IsPlan), no result the report asserts.
    private static bool InPlan(ModelStatement statement) => statement.Section is { IsPlan: true };

    // How many statements before and after a rate of tests are looked at for the counts of those tests.
    private const int CountReach = 40;

    // "**Overall Pass Rate:** 100%" in a list whose items give "171/171 passed" and "7/7 passed", "**Taux de réussite** :
    // 100 %" under "**Tests échoués** : 0": a rate of the tests counted beside it as all passed, in the same list, table
    // or block (no further than the section's end), which those counts back. A rate that names its own tests ("**644
    // Unit Tests**: 100% pass rate") is theirs, not its neighbours'; and a count of tests run ("Total Tests: 25") says
    // nothing of how many passed, and backs nothing.
    private static bool TestsCountedBeside(ReportModel model, ModelStatement statement)
    {
        foreach (FactValue value in statement.Values)
        {
            if (!value.IsPercentage)
            {
                return false;
            }
        }

        return AnyBeside(model, statement, CountReach, AllTestsPassed);
    }

    // Whether a statement of the same list, table or block as statement, at most reach statements before or after it and
    // no further than a heading, passes test.
    private static bool AnyBeside(ReportModel model, ModelStatement statement, int reach, Func<ModelStatement, bool> test)
    {
        object container = statement.Container;
        ModelStatement[] all = model.StatementArray;
        for (int step = -1; step <= 1; step += 2)
        {
            for (int i = statement.Index + step, seen = 0; i >= 0 && i < all.Length && seen < reach; i += step, seen++)
            {
                ModelStatement other = all[i];
                if (other.Kind == StatementKind.Heading)
                {
                    break;
                }

                if (ReferenceEquals(other.Container, container) && test(other))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "✅ All tests passing" in a report that counts "Tests Passing: 21/21" or "**Unit Tests:** 171/171 passed": the claim
    // restates the count. Not a claim that names its own tests ("**644 Unit Tests**: 100% pass rate"): another suite's
    // count is not theirs. Whether the report counts such tests is read once per report (in passed).
    private static bool TestsPassedInDocument(ReportModel model, ModelStatement statement, ref bool? passed)
    {
        foreach (FactValue value in statement.Values)
        {
            if (!value.IsPercentage)
            {
                return false;
            }
        }

        if (passed is null)
        {
            passed = false;
            foreach (ModelStatement other in model.StatementArray)
            {
                if (AllTestsPassed(other) || RunShownPassing(model, other))
                {
                    passed = true;
                    break;
                }
            }
        }

        return passed.Value;
    }

    // Whether a statement of the report that names tests counts some of them failed ("Unit tests: 640 passed, 4 failed",
    // "**Tests échoués** : 3") or gives a part of them passed ("Integration tests: 18/20 passed"). Asked only when a fix
    // would write that all passed.
    private static bool TestsNotAllPassedInDocument(ReportModel model)
    {
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Values.Count == 0 || !statement.Contains(CountTests))
            {
                continue;
            }

            Items<PhraseHit> failed = statement.Find(CountFailed);
            foreach (FactValue value in statement.Values)
            {
                if (value.Denominator is { } of && of > 0 && value.Number < of && !value.IsPercentage && statement.Contains(ReportModel.CountPassed))
                {
                    return true;
                }

                if (value.Number <= 0 || !value.IsCount)
                {
                    continue;
                }

                foreach (PhraseHit hit in failed)
                {
                    if ((value.Span.End <= hit.Span.Start && ClaimSpans.Adjacent(statement, value.Span.End, hit.Span.Start, 1)) ||
                        (hit.Span.End <= value.Span.Start && ClaimSpans.Adjacent(statement, hit.Span.End, value.Span.Start, 1)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // Failures counted: "Failed: 0", "**Tests échoués** : 0".
    private static readonly LexiconSection CountFailed = new("count.failed");

    // "Zero test failures" is a claim about passing tests, as "All tests pass" is: backed, like it, by a full count of
    // passed tests in the report ("244/244 tests passing"). Failures of anything else ("Fix build failures | None
    // found", "0 pod failures") are not the tests'.
    private static bool TestFailures(Lexicon lexicon, ModelStatement statement, PhraseHit metric) =>
        lexicon.Contains(CountFailed, metric.Phrase) && statement.Contains(CountTests);

    // A statement that names tests and gives a full fraction of them ("171/171 passed", "| Unit | 42/42 |"), or that
    // counts no failure ("**Tests échoués**: 0" beside "**Tests réussis**: 150").
    private static bool AllTestsPassed(ModelStatement statement)
    {
        if (statement.Values.Count == 0)
        {
            return false;
        }

        if (statement.Contains(CountFailed))
        {
            foreach (FactValue value in statement.Values)
            {
                if (value.Number == 0 && value.IsCount && statement.Values.Count == 1)
                {
                    return true;
                }
            }
        }

        if (!statement.HasEvidence(FactEvidence.Count) || !statement.Contains(CountTests))
        {
            return false;
        }

        foreach (FactValue value in statement.Values)
        {
            if (value.Denominator is { } of && of > 0 && value.Number == of && !value.IsPercentage)
            {
                return true;
            }
        }

        return false;
    }

    // Test runners (common.lex: "cargo test", "npm run test", "pytest"…).
    private static readonly LexiconSection TestRunner = new("evidence.test-runner");

    // "cargo test  # ✅ PASS" among the report's commands, "✅ npm run test:coverage  # 113 tests passed", "$ pnpm test" over
    // "✓ 12 tests passed": a line of code that runs a test runner, shown with a done mark on it or, on the next line of
    // its block, on the runner's report of tests passed, is the run of the report's tests. A runner with no result (an
    // instruction, "npm test  # Run all tests"), a result only expected ("# Expected: PASS", no mark), one failed or
    // pending, a runner's file ("└── pytest.ini") or a runner in a plan shows no run.
    private static bool RunShownPassing(ReportModel model, ModelStatement statement)
    {
        if (statement.Kind != StatementKind.CodeLine || statement.Status != StatusKind.Met || InPlan(statement))
        {
            return false;
        }

        // A line of code is a statement of its own: its span is the line.
        ReadOnlySpan<char> text = model.Document.GetText(statement.Span);
        if (RunsTestRunner(model, text))
        {
            return true;
        }

        // The runner's report on the line after its command, in the same block; a comment there ("# Expected: PASS ✅")
        // is the author's, not the runner's.
        SourceText source = model.Document.Text;
        int line = statement.Line;
        return line > source.FirstLine && statement.Contains(ReportModel.CountPassed) && !IsComment(text) &&
            source.GetLineSpan(line - 1) is var above && model.Document.GetSpan(statement.Block).Contains(above) &&
            RunsTestRunner(model, model.Document.GetText(above));
    }

    private static bool IsComment(ReadOnlySpan<char> line)
    {
        line = line.TrimStart();
        return line.StartsWith("#".AsSpan(), StringComparison.Ordinal) || line.StartsWith("//".AsSpan(), StringComparison.Ordinal);
    }

    // A line of code that opens with a test runner's command (lexicon section evidence.test-runner), after a prompt ("$ ",
    // "> ") or marks: the runner's name then the end, a space, a colon ("npm run test:coverage") or a backquote. Not a
    // comment ("# cargo test") nor a file ("pytest.ini").
    private static bool RunsTestRunner(ReportModel model, ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length && !char.IsLetter(text[i]) && text[i] is not ('.' or '/' or '#'))
        {
            i++;
        }

        text = text[i..];
        // By index: a foreach over the read-only list costs an enumerator object per call.
        IReadOnlyList<string> runners = model.Document.Lexicon.Phrases(TestRunner);
        for (int k = 0; k < runners.Count; k++)
        {
            string runner = runners[k];
            if (text.StartsWith(runner.AsSpan(), StringComparison.OrdinalIgnoreCase) &&
                (text.Length == runner.Length || text[runner.Length] is ' ' or '\t' or ':' or '`' or '\r' or '\n'))
            {
                return true;
            }
        }

        return false;
    }

    // Dependency scanners (common.lex: "npm audit", "pip-audit", "snyk"…) and what they count (vulnerabilities, CVEs).
    private static readonly LexiconSection Scanner = new("evidence.scanner"), Scanned = new("claim.scanned");

    // How many statements of its list around a scanner's command are read for its result.
    private const int ScanReach = 12;

    // "0 vulnerabilities", "Zero security vulnerabilities", "Vulnérabilités : aucune": the claim counts what a dependency
    // scanner counts.
    private static bool CountsWhatScannersCount(ModelStatement statement, TextSpan claim)
    {
        foreach (PhraseHit hit in statement.Find(Scanned))
        {
            if (hit.Span.OverlapsWith(claim))
            {
                return true;
            }
        }

        return false;
    }

    // "✅ Zero vulnerabilities" in a report that shows a dependency scanner's result ("| npm audit | 0 vulnerabilities |
    // ✅ PASS |", "✅ npm audit shows 0 vulnerabilities", or "- **Command**: `npm audit`" in a list with "-
    // **Vulnerabilities**: 0"): the claim restates what the scan found, as "All tests pass" restates "171/171 passed". A
    // scanner named with no result ("- pip-audit" among dependencies, "5. Security Scan (Snyk)" among CI jobs), to do or
    // in a plan backs nothing. A scanner may stand in code ("- **Command**: `npm audit`"), which prose is read without.
    // Read once per report (in scanned).
    private static bool ScannedInDocument(ReportModel model, ref bool? scanned)
    {
        if (scanned is null)
        {
            scanned = false;
            foreach (ModelStatement statement in model.StatementArray)
            {
                if ((statement.Contains(Scanner) || (statement.HasEvidence(FactEvidence.Code) && statement.ContainsWithCode(Scanner))) && ShowsScanResult(model, statement))
                {
                    scanned = true;
                    break;
                }
            }
        }

        return scanned.Value;
    }

    private static bool ShowsScanResult(ReportModel model, ModelStatement statement) =>
        Reported(statement) && !InPlan(statement) &&
        // The scanner's own line, the list that runs it (its other items give the result), or the heading that names it
        // over the lines of its section that give it ("#### 1. npm Audit ✅" over "- **Vulnérabilités**: **0**").
        (ZeroScanned(statement) || (statement.Kind == StatementKind.ListItem && AnyBeside(model, statement, ScanReach, ReportsZeroScanned)) ||
         (statement.Kind == StatementKind.Heading && AnyUnder(model, statement, ScanReach, ReportsZeroScanned)));

    // A line of the scan's result: done, and a zero of what scanners count.
    private static readonly Func<ModelStatement, bool> ReportsZeroScanned = static other => Reported(other) && ZeroScanned(other);

    // Whether one of the first reach statements under a heading, before the next heading, passes test.
    private static bool AnyUnder(ReportModel model, ModelStatement heading, int reach, Func<ModelStatement, bool> test)
    {
        ModelStatement[] all = model.StatementArray;
        for (int i = heading.Index + 1, seen = 0; i < all.Length && seen < reach && all[i].Kind != StatementKind.Heading; i++, seen++)
        {
            if (test(all[i]))
            {
                return true;
            }
        }

        return false;
    }

    // Neither to do, failed nor partial.
    private static bool Reported(ModelStatement statement) => statement.Status is not (StatusKind.Pending or StatusKind.Failed or StatusKind.Partial);

    // A zero of what scanners count: "0 vulnerabilities", "**Vulnerabilities**: 0", "no known CVEs".
    private static bool ZeroScanned(ModelStatement statement)
    {
        if (!statement.Contains(Scanned))
        {
            return false;
        }

        foreach (FactValue value in statement.Values)
        {
            if (value.Number == 0 && value.Denominator is null && !value.IsPercentage)
            {
                return true;
            }
        }

        return statement.Find(ExtremeNone).Count > 0;
    }
}
