using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Rules.Evidence;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3001, values presented as met that are no measured result: an estimate or an expectation (M1), a bare threshold
// whose metric the report never measures (M2), a partial level marked conformant (M4).
public sealed partial class RL3001TargetMissedButMet
{
    // Words that say a value was not measured: "estimated", "expected", "attendu", "prévu".
    private static readonly LexiconSection Unmeasured = new("target.unmeasured");

    // Words that say a target was reached: "target met", "achieved", "objectif atteint".
    private static readonly LexiconSection TargetReached = new("target.reached");

    // Words of a conformity claim, which holds whole or not at all: "compliant", "conforme".
    private static readonly LexiconSection Conformity = new("target.conformity");

    // Words that say a value was tested or measured ("Load Testing: 100k+ connections", "Scalability Validated
    // (1000+ users)"): a test result written as a bound, not a threshold restated.
    private static readonly LexiconSection Tested = new("target.tested");

    // Words of a capacity, which make "1000+" a threshold ("1000+ concurrent users"), where "100+ tests" is a count.
    private static readonly LexiconSection Capacity = new("perf.capacity");

    /// <summary>RL3001: words that end no metric's name ("in", "with", "en", "avec"): before a bound they make a clause.</summary>
    private static readonly LexiconSection ClauseEnd = new("threshold.clause-end");

    private static void ReportUnmeasuredShownAsMet(DocumentAnalysisContext context, ReportModel model, HashSet<ModelStatement> reported)
    {
        foreach (ModelTable table in model.Tables)
        {
            ReportEstimatedRows(context, model, table, reported);
        }

        Dictionary<string, ModelStatement?>? measured = null;
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (reported.Contains(statement) || statement.Kind == StatementKind.Heading || statement.Values.Count == 0 || InPlan(statement))
            {
                continue;
            }

            string? mark = MetMark(statement);
            if (statement.Kind != StatementKind.TableRow && ReportEstimatedLine(context, model, statement, mark))
            {
                continue;
            }

            if (mark is null)
            {
                continue;
            }

            if (ReportPartialConformity(context, statement, mark))
            {
                continue;
            }

            ReportBareThreshold(context, model, statement, mark, ref measured);
        }
    }

    // The first met symbol of a statement whose symbols all say met, or null. A ticked box ("[x]") says a task is
    // done, not that a result was reached.
    private static string? MetMark(ModelStatement statement)
    {
        if (statement.Status != StatusKind.Met)
        {
            return null;
        }

        foreach (StatusMark mark in statement.Symbols)
        {
            if (mark.Kind == StatusKind.Met && mark.Phrase is not ("[x]" or "[X]"))
            {
                return mark.Phrase;
            }
        }

        return null;
    }

    // The number of columns of the table whose body cells hold a met mark.
    private static int TickedColumns(ReportModel model, ModelTable table)
    {
        // The columns ticked, as bits (a set only for a table wider than 64 columns).
        ulong low = 0;
        HashSet<int>? high = null;
        foreach (ModelRow row in table.BodyArray)
        {
            if (model.StatementAt(row.Span) is not { } statement)
            {
                continue;
            }

            foreach (StatusMark mark in statement.Symbols)
            {
                if (mark.Kind != StatusKind.Met)
                {
                    continue;
                }

                foreach (ModelCell cell in row.CellArray)
                {
                    if (cell.Column is { } column && cell.Span.Contains(mark.Span))
                    {
                        if (column.Index < 64)
                        {
                            low |= 1UL << column.Index;
                        }
                        else
                        {
                            (high ??= []).Add(column.Index);
                        }
                    }
                }
            }
        }

        return System.Numerics.BitOperations.PopCount((uint)low) + System.Numerics.BitOperations.PopCount((uint)(low >> 32)) + (high?.Count ?? 0);
    }

    // Whether a met mark of the row stands in the cell itself or in the row's status column.
    private static bool MarkedIn(ModelStatement statement, ModelCell cell)
    {
        ModelCell? status = cell.Row.CellWith(ColumnRole.Status);
        foreach (StatusMark mark in statement.Symbols)
        {
            if (mark.Kind == StatusKind.Met && (cell.Span.Contains(mark.Span) || (status is { } statusCell && statusCell.Span.Contains(mark.Span))))
            {
                return true;
            }
        }

        return false;
    }

    // Whether every met mark of a row sits in another cell that holds a value of its own: "| Badges | ✅ 3 tests | 10
    // tests |" ticks the 3 tests that exist, not the 10 expected. A mark alone in its cell, or in a status cell, speaks
    // for the row.
    private static bool MarksOtherValues(ModelStatement statement, ModelRow row, ModelCell estimate)
    {
        bool any = false;
        foreach (StatusMark mark in statement.Symbols)
        {
            if (mark.Kind != StatusKind.Met)
            {
                continue;
            }

            if (row.CellHolding(mark.Span) is not { } holder || holder.Span == estimate.Span || holder.Column?.Role == ColumnRole.Status || !HasFigure(holder))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    // M1 in a table: a row marked met whose result is an estimate, by its column ("Estimated"), its own cell
    // ("90-95 estimated") or, for a row that says its target is reached, the heading above ("SCORES ESTIMÉS"). One
    // finding per table; the other rows are its related locations.
    private static void ReportEstimatedRows(DocumentAnalysisContext context, ReportModel model, ModelTable table, HashSet<ModelStatement> reported)
    {
        ModelColumn? estimatedColumn = null;
        foreach (ModelRow row in table.RowArray)
        {
            if (row.IsHeader && model.StatementAt(row.Span) is { } header && estimatedColumn is null)
            {
                estimatedColumn = ColumnSaying(header, row, Unmeasured);
            }
        }

        // A table that ticks ✅ in several columns is a matrix of yes/no answers (a goal's asks, a feature grid): a
        // tick in one column says nothing of an estimate in another.
        bool tickMatrix = TickedColumns(model, table) >= 2;
        ModelCell? first = null;
        ModelStatement? firstStatement = null;
        string? firstCue = null, firstMark = null;
        var others = new List<TextSpan>();
        foreach (ModelRow row in table.BodyArray)
        {
            if (model.StatementAt(row.Span) is not { } statement || reported.Contains(statement) || MetMark(statement) is not { } mark ||
                statement.Stance != FactStance.None || InPlan(statement))
            {
                continue;
            }

            ModelCell? cell = null;
            string? cue = null;
            if (estimatedColumn is not null && HasFigure(row[estimatedColumn]))
            {
                cell = row[estimatedColumn];
                cue = $"column '{estimatedColumn.Header}'";
            }
            else
            {
                foreach (PhraseHit hit in statement.Find(Unmeasured))
                {
                    if (hit.IsQuoted)
                    {
                        continue;
                    }

                    foreach (ModelCell c in row.CellArray)
                    {
                        if (c.Span.Contains(hit.Span) && IsResultCell(c) && HasFigure(c))
                        {
                            cell = c;
                            cue = $"'{context.Document.GetText(hit.Span).ToString()}' in its cell";
                            break;
                        }
                    }

                    if (cell is not null)
                    {
                        break;
                    }
                }
            }

            if (cell is null && statement.Contains(TargetReached) && EstimatedHeading(model, statement) is { } heading)
            {
                cell = FirstResultCell(row);
                cue = $"under heading '{heading.Title}', line {heading.Line}";
            }

            if (cell is not { } marked || (tickMatrix && !MarkedIn(statement, marked)) || MarksOtherValues(statement, row, marked))
            {
                continue;
            }

            reported.Add(statement);
            if (first is null)
            {
                string target = row.CellWith(ColumnRole.Target) is { IsEmpty: false, IsPlaceholder: false } t ? $"; target {t.Text} in column '{t.Column!.Header}'" : string.Empty;
                (first, firstStatement, firstCue, firstMark) = (cell, statement, cue + target, mark);
            }
            else
            {
                others.Add(marked.Span);
            }
        }

        if (first is { } firstCell)
        {
            string more = others.Count > 0 ? $"; {others.Count} more row{(others.Count > 1 ? "s" : string.Empty)} of this table alike" : string.Empty;
            context.Diagnostics.Report(Rule, firstCell.Span, ImmutableDictionary<string, string>.Empty, others,
                $"'{firstCell.Text}' is an estimate, not a measured result ({firstCue}{more})", $"marked '{firstMark}'");
        }
    }

    // The column whose header says its values are not measured ("Estimated", "Attendu"), among the result columns.
    private static ModelColumn? ColumnSaying(ModelStatement header, ModelRow row, LexiconSection section)
    {
        foreach (PhraseHit hit in header.Find(section))
        {
            foreach (ModelCell cell in row.CellArray)
            {
                if (cell.Span.Contains(hit.Span) && cell.Column is { } column && IsResultColumn(column))
                {
                    return column;
                }
            }
        }

        return null;
    }

    private static bool IsResultColumn(ModelColumn column) => column.Role is not (ColumnRole.Label or ColumnRole.Target or ColumnRole.Status or ColumnRole.Unit);

    private static bool IsResultCell(ModelCell cell) => cell.Column is null || IsResultColumn(cell.Column);

    private static ModelCell? FirstResultCell(ModelRow row)
    {
        foreach (ModelCell cell in row.CellArray)
        {
            if (IsResultCell(cell) && HasFigure(cell))
            {
                return cell;
            }
        }

        return null;
    }

    // Whether a cell holds a figure: a digit that no letter runs into ("10 tests", "<1s", "95%"), not one inside a
    // name ("Tests E2E", "S3").
    private static bool HasFigure(ModelCell cell)
    {
        string text = cell.Folded;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is >= '0' and <= '9' && (i == 0 || !char.IsLetter(text[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // The nearest heading above that says what stands under it is estimated ("Scores Lighthouse estimés").
    private static ModelSection? EstimatedHeading(ReportModel model, ModelStatement statement)
    {
        foreach (ModelSection section in model.EnclosingSections(statement.Span.Start))
        {
            if (section.Folded.Contains(Unmeasured))
            {
                return section;
            }
        }

        return null;
    }

    // M1 on a line: a value with an estimate or expectation word right beside it ("✅ Expected: <500ms", "95%+
    // expected pass rate"), marked met on its line or, with no mark of its own, under a heading that says met.
    private static bool ReportEstimatedLine(DocumentAnalysisContext context, ReportModel model, ModelStatement statement, string? mark)
    {
        // What presents the line as met: its mark, else the met heading it stands under (words made for a message only).
        ModelSection? heading = null;
        if (mark is null)
        {
            if (statement.Status != StatusKind.None || statement.Kind is not (StatementKind.ListItem or StatementKind.KeyValueLine))
            {
                return false;
            }

            foreach (ModelSection section in model.EnclosingSections(statement.Span.Start))
            {
                if (section.Status != StatusKind.None)
                {
                    // The document's title ("# Recommendation Engine - Integration Complete") says the whole report's
                    // verdict; it does not present an expectation written under it as a result.
                    heading = section.Status == StatusKind.Met && section is not { Level: 1, Index: 0 } ? section : null;
                    break;
                }
            }

            if (heading is null)
            {
                return false;
            }
        }

        Items<PhraseHit> hits = statement.Find(Unmeasured);
        if (hits.Count == 0)
        {
            return false;
        }

        foreach (FactValue value in statement.Values)
        {
            if (value.IsRatio || (statement.StanceOf(value.Span) & (FactStance.Negated | FactStance.Question | FactStance.Quoted)) != 0)
            {
                continue;
            }

            foreach (PhraseHit hit in hits)
            {
                if (!hit.IsQuoted && Beside(context.Document, hit.Span, value.Span) && !ExpectationOfAnother(context.Document, statement, hit.Span))
                {
                    string word = context.Document.GetText(hit.Span).ToString();
                    string presentedBy = heading is null ? $"marked '{mark}'" : $"under heading '{heading.Title}', line {heading.Line}";
                    context.Diagnostics.Report(Rule, value.Span, $"'{value.Text}' is not a measured result ('{word}' beside it)", presentedBy);
                    return true;
                }
            }
        }

        return false;
    }

    // "Age rule: 75% pass rate (expected: 2 failures)": a cue that opens a bracket after a value of the line gives what
    // that measured value was checked against, not an estimate shown as a result.
    private static bool ExpectationOfAnother(ReportDocument document, ModelStatement statement, TextSpan cue)
    {
        ReadOnlySpan<char> before = document.GetText(TextSpan.FromBounds(statement.Span.Start, cue.Start)).TrimEnd(" *_\t".AsSpan());
        if (before.IsEmpty || before[^1] != '(')
        {
            return false;
        }

        // A measured value: a percentage, an amount in a unit or a count of things ("75%", "1.2 s", "8 rows"), not the
        // number of a part ("Phase 2 (expected: 3 weeks)").
        int open = statement.Span.Start + before.Length - 1;
        foreach (FactValue other in statement.Values)
        {
            if (other.Span.End <= open && (other.IsPercentage || other.Unit.Length > 0 || (other.IsCount && other.Noun.Length > 0)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a cue word stands right beside a value: before it with only a colon, spaces or emphasis between
    // ("Expected: <500ms"), or after it with only spaces, a '+' or emphasis between ("95%+ expected").
    private static bool Beside(ReportDocument document, TextSpan cue, TextSpan value)
    {
        if (cue.End <= value.Start)
        {
            return OnlyOf(document.GetText(TextSpan.FromBounds(cue.End, value.Start)), " :*_~(\t");
        }

        return value.End <= cue.Start && OnlyOf(document.GetText(TextSpan.FromBounds(value.End, cue.Start)), " +*_)\t");
    }

    private static bool OnlyOf(ReadOnlySpan<char> text, string allowed)
    {
        if (text.Length > 4)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (allowed.IndexOf(c) < 0)
            {
                return false;
            }
        }

        return true;
    }

    // M4: a level below 100% beside a conformity claim marked met ("| SOC 2 Type II | 90% | ✅ CONFORME |").
    private static bool ReportPartialConformity(DocumentAnalysisContext context, ModelStatement statement, string mark)
    {
        Items<PhraseHit> hits = statement.Find(Conformity);
        if (hits.Count == 0 || hits[0].IsQuoted)
        {
            return false;
        }

        foreach (FactValue value in statement.Values)
        {
            if (!value.IsPercentage || value.IsRange || value.Comparison != Comparison.Exact || value.Number >= 100m ||
                statement.StanceOf(value.Span) != FactStance.None || (statement.Row is { } row && !InResultCell(row, value.Span)))
            {
                continue;
            }

            string word = context.Document.GetText(hits[0].Span).ToString();
            string subject = statement.Subject.IsEmpty ? string.Empty : $"'{statement.Subject}' ";
            context.Diagnostics.Report(Rule, value.Span,
                $"{subject}at {value.Text} is partly conformant, and '{word}' claims all of it (100%)", $"marked '{mark}'");
            return true;
        }

        return false;
    }

    private static bool InResultCell(ModelRow row, TextSpan span)
    {
        foreach (ModelCell cell in row.CellArray)
        {
            if (cell.Span.Contains(span))
            {
                return IsResultCell(cell);
            }
        }

        return false;
    }

    // M2: a comparator and a number alone, ticked ("✅ Bundle Size < 500KB", "Support 1000+ concurrent users ✅"), when
    // the report gives no measured value of that metric anywhere: the threshold restated as the result.
    // The report's measured subjects are keyed when a threshold first needs them (most reports have none alone on a line).
    private static void ReportBareThreshold(DocumentAnalysisContext context, ReportModel model, ModelStatement statement, string mark,
        ref Dictionary<string, ModelStatement?>? measured)
    {
        ReportDocument document = context.Document;
        foreach (FactValue value in statement.Values)
        {
            if (!(value.IsLowerBound || value.IsUpperBound) || value.IsRatio || IsTargetValue(statement, value) ||
                (statement.StanceOf(value.Span) & (FactStance.Negated | FactStance.Question | FactStance.Quoted)) != 0)
            {
                continue;
            }

            // The scope the threshold stands alone in: its cell, or its line.
            TextSpan scope;
            string subject;
            if (statement.Row is { } row)
            {
                ModelCell? cell = null;
                foreach (ModelCell c in row.CellArray)
                {
                    if (c.Span.Contains(value.Span))
                    {
                        cell = c;
                    }
                }

                // A threshold in a target column, or beside a result column, is the row's target; one in a status
                // column ("✅ < 3s") is the row's result.
                if (cell is not { } inCell || inCell.Column?.Role is ColumnRole.Label or ColumnRole.Target or ColumnRole.Unit ||
                    row.Table.ColumnWith(ColumnRole.Value) is not null || row.Table.ColumnWith(ColumnRole.Target) is not null)
                {
                    continue;
                }

                // Another cell of the row that gives an exact value in the threshold's unit measures the row ("|
                // Unification | 4.25/5 | ✅ All items ≥4 |", "| Page load | 1.2 s | ✅ < 2 s |"): the threshold is
                // checked against it, not restated. A rating in another unit ("| Performance | ✅ < 3s | 10/10 |")
                // measures nothing of it.
                if (MeasuredElsewhereInRow(statement, inCell, value))
                {
                    continue;
                }

                scope = inCell.Span;
                subject = row.Label.ToString();
            }
            else
            {
                scope = document.Text.GetLineSpan(value.Line);
                scope = TextSpan.FromBounds(Math.Max(scope.Start, statement.Span.Start), Math.Min(scope.End, statement.Span.End));
                int from = scope.Start;
                foreach (StatusMark m in statement.Marks)
                {
                    if (m.Span.End <= value.Span.Start && m.Span.End > from)
                    {
                        from = m.Span.End;
                    }
                }

                subject = Lead(statement.Prose[TextSpan.FromBounds(from, value.Span.Start)]);
            }

            if (!AlonePerhapsWithBounds(statement, value, scope) || !IsThresholdWritten(document, statement, value) ||
                document.GetText(TextSpan.FromBounds(value.Span.End, scope.End)).IndexOfAny(',', ';') >= 0)
            {
                continue;
            }

            string key = Key(subject);
            // "✅ Responds in <100ms", "✅ Backend pytest job with ≥90% coverage enforcement": a lead that ends on a word
            // that ends no name is a clause the bound completes, not a metric's name.
            if (key.Length == 0 || key.Split(' ').Length > MaxLeadWords || subject.IndexOf(':') >= 0 || statement.Contains(Tested) || InParentheses(document, scope, value.Span) ||
                document.Lexicon.Contains(ClauseEnd, key.AsSpan(key.LastIndexOf(' ') + 1)) ||
                ((measured ??= MeasuredSubjects(model)).TryGetValue(key, out ModelStatement? by) && by != statement) ||
                SumsUpMeasuredValues(model, statement, value) || AmongMeasuredResults(model, statement))
            {
                continue;
            }

            context.Diagnostics.Report(Rule, value.Span,
                $"'{value.Text}' for '{subject}' is a threshold, not a measured result (the report gives no measured value of '{subject}')", $"marked '{mark}'");
            return;
        }
    }

    // Whether a cell of the statement's row other than its label and the threshold's cell holds an exact value in the
    // threshold's unit that the author asserts.
    private static bool MeasuredElsewhereInRow(ModelStatement statement, ModelCell thresholdCell, FactValue threshold)
    {
        foreach (FactValue other in statement.Values)
        {
            if (other.Comparison == Comparison.Exact && other.Unit == threshold.Unit && !thresholdCell.Span.Contains(other.Span) &&
                statement.StanceOf(other.Span) == FactStance.None &&
                ReportModel.ColumnOf(statement.Row!, other.Span) is not (ColumnRole.Label or ColumnRole.Target or ColumnRole.Unit))
            {
                return true;
            }
        }

        return false;
    }

    // A bound that every measured value above it in its section meets ("Tous les models : ≥93%" under "auth.py : 96%",
    // "config.py : 93%"…) sums those values up: the report measured it. A sub-section is read with its parent, whose
    // other sub-sections may list the members; the title's section is not read whole.
    private static bool SumsUpMeasuredValues(ReportModel model, ModelStatement statement, FactValue bound)
    {
        ModelSection? section = statement.Section;
        if (section is { Parent: { Level: >= 2 } parent })
        {
            section = parent;
        }

        if (section is null)
        {
            return false;
        }

        int count = 0;
        foreach (ModelStatement other in model.StatementsIn(TextSpan.FromBounds(section.Span.Start, statement.Span.Start)))
        {
            foreach (FactValue measured in other.Values)
            {
                if (measured.Comparison != Comparison.Exact || measured.IsRatio || measured.Unit != bound.Unit ||
                    other.StanceOf(measured.Span) != FactStance.None)
                {
                    continue;
                }

                if (bound.IsLowerBound ? measured.Number < bound.Number : measured.Number > bound.Number)
                {
                    return false;
                }

                count++;
            }
        }

        return count >= 2;
    }

    // A bound in a block of measured results: "✅ Imports modules: < 2 secondes" under "✅ Chargement données: 0.003s pour
    // 100 cryptos" in one code block, "| Other routes | <10 kB |" under "| `/map` | 114 kB |", "CPU Usage: <5% average"
    // beside "Build Time: 47.50 seconds". The block measures, and a bound there is a coarse result, not a threshold
    // restated: another line or row of its list, table or code block gives an exact measured value (a number with a
    // unit, not a ratio, not a target, asserted). A block of bounds alone ("Home Page Load: < 500ms ✅" and its
    // siblings) still restates thresholds.
    // How far along its block a bound looks for a measured value, each way: a block's neighbourhood, and a bound in a
    // block of thousands costs no more than one in a block of ten.
    private const int MeasuredReach = 64;

    private static bool AmongMeasuredResults(ReportModel model, ModelStatement statement)
    {
        object container = statement.Container;
        if (ReferenceEquals(container, statement.Block) && statement.Kind is not (StatementKind.CodeLine or StatementKind.DashboardLine))
        {
            return false;
        }

        ModelStatement[] all = model.StatementArray;
        for (int step = -1; step <= 1; step += 2)
        {
            for (int i = statement.Index + step, seen = 0; i >= 0 && i < all.Length && seen < MeasuredReach; i += step, seen++)
            {
                ModelStatement other = all[i];
                if (!ReferenceEquals(other.Container, container))
                {
                    break;
                }

                foreach (FactValue measured in other.Values)
                {
                    if (measured.Comparison == Comparison.Exact && !measured.IsRatio && measured.Unit.Length > 0 && !measured.IsGrade && !measured.IsPercentage &&
                        AsMeasured(measured) && !IsTargetValue(other, measured) && other.StanceOf(measured.Span) == FactStance.None)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // A figure written with a measurement's precision: decimals ("47.50 seconds", "0.003s") or three significant digits
    // at least, the last not a zero ("114 kB", "1,587 KB"). "10,000 req/s" and "5 minutes" read as targets as well as
    // results.
    private static bool AsMeasured(FactValue value)
    {
        if (value.Decimals > 0)
        {
            return true;
        }

        decimal n = decimal.Truncate(Math.Abs(value.Number));
        return n >= 100 && n % 10 != 0;
    }

    // "(target: < 0.1%)": the value is the line's target; "<8ms (target <10ms)": a result set against its own target,
    // which the first pass of the rule compares. A criterion of a list of conditions ("The implementation is considered
    // successful when:" › "- ✅ False positive rate < 5%") is a goal, whatever its bullet.
    private static bool IsTargetValue(ModelStatement statement, FactValue value)
    {
        foreach (Fact fact in statement.Facts)
        {
            if (fact.Span == value.Span && (fact.Target is not null || fact.Role == FactRole.Goal && fact.TargetOf is null && statement.Symbols.Count > 0 ||
                (fact.Role is FactRole.Target or FactRole.Goal && fact.TargetOf is not null)))
            {
                return true;
            }
        }

        return false;
    }

    // A threshold named by at most this many words: a longer lead is a sentence ("Detects >1% price changes").
    private const int MaxLeadWords = 4;

    // "High Memory Usage (>90%)": a threshold in parentheses defines a rule or an alert, it reports nothing.
    private static bool InParentheses(ReportDocument document, TextSpan scope, TextSpan value)
    {
        ReadOnlySpan<char> before = document.GetText(TextSpan.FromBounds(scope.Start, value.Start)).TrimEnd();
        return before.Length > 0 && before[^1] == '(';
    }

    // Every value of the scope is a bound: "< 500ms for 100+ tasks" has no measured number; "< 3s (2.1s)" has one.
    private static bool AlonePerhapsWithBounds(ModelStatement statement, FactValue value, TextSpan scope)
    {
        foreach (FactValue other in statement.Values)
        {
            if (other != value && scope.Contains(other.Span) && !(other.IsLowerBound || other.IsUpperBound))
            {
                return false;
            }
        }

        return true;
    }

    // A comparator written as a sign ("< 500KB", "≥ 80%"), or a "+" after a capacity ("1000+ concurrent users");
    // "under 200 ms" reads as a measure as often as a threshold.
    private static bool IsThresholdWritten(ReportDocument document, ModelStatement statement, FactValue value)
    {
        ReadOnlySpan<char> text = document.GetText(value.Span);
        if (text.Length > 0 && text[0] is '<' or '>' or '≤' or '≥')
        {
            return true;
        }

        return text.Length > 0 && text[^1] == '+' && value.IsLowerBound && statement.Contains(Capacity);
    }

    // The words before a value on its line, marks, bullets, emphasis and a closing colon dropped: "Bundle Size".
    private static string Lead(ReadOnlySpan<char> before)
    {
        int start = 0;
        while (start < before.Length && !char.IsLetter(before[start]))
        {
            start++;
        }

        int end = before.Length;
        while (end > start && !char.IsLetterOrDigit(before[end - 1]))
        {
            end--;
        }

        // "**Small Repositories** (< 10 forks): < 5 seconds": the name keeps the bracket it opens closed.
        end += ClaimSpans.ClosingBrackets(before[start..end], before[end..]);
        return before[start..end].ToString().Replace("*", string.Empty);
    }

    // A metric key: lower case, letters and digits, single spaces.
    private static string Key(string subject)
    {
        // Into a buffer on the stack (or one array for a long subject): no builder and its chunk per subject.
        Span<char> key = subject.Length <= 256 ? stackalloc char[subject.Length] : new char[subject.Length];
        int length = 0;
        bool space = false;
        foreach (char c in subject)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && length > 0)
                {
                    key[length++] = ' ';
                }

                key[length++] = char.ToLowerInvariant(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return StringPool.Get(key[..length]);
    }

    // The subjects of the report's measured values (exact, asserted), keyed once per document: the statement that
    // measures it when one does, null when several do.
    private static Dictionary<string, ModelStatement?> MeasuredSubjects(ReportModel model)
    {
        var measured = new Dictionary<string, ModelStatement?>(StringComparer.Ordinal);
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Values.Count == 0 || statement.Subject.IsEmpty)
            {
                continue;
            }

            foreach (FactValue value in statement.Values)
            {
                if (value.Comparison == Comparison.Exact && (statement.Row is not { } row || InResultCell(row, value.Span)) &&
                    statement.StanceOf(value.Span) == FactStance.None)
                {
                    string key = Key(statement.Subject.ToString());
                    measured[key] = measured.ContainsKey(key) ? null : statement;
                    break;
                }
            }
        }

        return measured;
    }
}
