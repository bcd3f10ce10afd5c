using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3004, a floor over a set against one of its members: "Critical Infrastructure Coverage: 98%+ for core
// components" and, under "### Core System Components", "Context Filter - ✅ 97% coverage"; "| Core Sprint Components
// | 95-98% |" and, under "## Sprint-Specific Component Coverage", "| CacheInvalidationService | 81.25% | 93.33% |".
public sealed partial class RL3004MetricValueConflict
{
    /// <summary>RL3004: metrics whose floor over a set binds each member ("coverage", "couverture").</summary>
    internal static readonly LexiconSection FloorMetric = new("floor.metric");

    /// <summary>RL3004: nouns of the members of a set ("components", "modules", "composants").</summary>
    internal static readonly LexiconSection FloorSet = new("floor.set");

    /// <summary>RL3004: words that name no part of a set ("overall", "global", "total").</summary>
    internal static readonly LexiconSection FloorGeneric = new("floor.generic");

    /// <summary>RL3004: words that make a floor a goal to keep, not a result ("maintain", "maintenir").</summary>
    internal static readonly LexiconSection FloorGoal = new("floor.goal");

    private sealed record Member(ModelStatement Statement, FactValue Value);

    [ThreadStatic]
    private static List<ModelSection>? t_memberSections;

    [ThreadStatic]
    private static List<ModelStatement>? t_memberStatements;

    [ThreadStatic]
    private static List<FactValue>? t_memberValues;

    // The lists are kept per thread only while small: one huge document must not leave its capacity allocated.
    private const int MaxKeptMembers = 4096;

    private static void ReportFloorsAgainstMembers(DocumentAnalysisContext context, ReportModel model)
    {
        Lexicon lexicon = context.Document.Lexicon;
        // The coverage values by section, gathered in lists of this thread's and grouped only when a floor is stated: most
        // documents state none, and the groups were a dictionary, a list per section and an object per value.
        List<ModelSection> memberSections = t_memberSections ?? [];
        List<ModelStatement> memberStatements = t_memberStatements ?? [];
        List<FactValue> memberValues = t_memberValues ?? [];
        t_memberSections = null;
        t_memberStatements = null;
        t_memberValues = null;
        var floors = new List<(ModelStatement Statement, decimal Floor, TextSpan Span, string Text)>();
        var coverageSections = new SectionMemo(model);
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is not (StatementKind.ListItem or StatementKind.TableRow or StatementKind.KeyValueLine)
                || statement.Section is not { } section)
            {
                continue;
            }

            bool about = statement.Contains(FloorMetric) || AboutMetric(section, coverageSections);
            if (!about)
            {
                continue;
            }

            foreach (Fact fact in statement.Facts)
            {
                if (!fact.IsActual)
                {
                    continue;
                }

                bool floorStatement = statement.Contains(FloorSet) && !statement.Contains(FloorGoal);
                if (fact.Value is null && floorStatement && PercentRangeLow(fact.Text.ToString()) is { } low)
                {
                    floors.Add((statement, low, fact.Span, fact.Text.ToString()));
                    continue;
                }

                if (fact.Value is not { IsPercentage: true, IsApproximate: false } value)
                {
                    continue;
                }

                if ((value.IsLowerBound || value.IsRange) && floorStatement)
                {
                    floors.Add((statement, value.Number, value.Span, value.Text.ToString()));
                }
                else if (!value.IsLowerBound && !value.IsRange && value.Comparison == Claims.Comparison.Exact && CoverageCell(statement, value))
                {
                    memberSections.Add(section);
                    memberStatements.Add(statement);
                    memberValues.Add(value);
                }
            }
        }

        Dictionary<ModelSection, List<Member>>? groups = null;
        if (floors.Count > 0)
        {
            groups = new Dictionary<ModelSection, List<Member>>();
            for (int i = 0; i < memberSections.Count; i++)
            {
                if (!groups.TryGetValue(memberSections[i], out List<Member>? members))
                {
                    groups[memberSections[i]] = members = [];
                }

                members.Add(new Member(memberStatements[i], memberValues[i]));
            }
        }

        if (memberSections.Count <= MaxKeptMembers)
        {
            memberSections.Clear();
            memberStatements.Clear();
            memberValues.Clear();
            t_memberSections = memberSections;
            t_memberStatements = memberStatements;
            t_memberValues = memberValues;
        }

        foreach ((ModelStatement statement, decimal floor, TextSpan floorSpan, string floorText) in floors)
        {
            HashSet<string> words = Words(model.TextOf(statement.Span).ToString(), lexicon);
            foreach ((ModelSection section, List<Member> members) in groups!)
            {
                if (section.Span.Contains(statement.Span) || members.Count < 2 || !SharesSetAndQualifier(words, section, lexicon))
                {
                    continue;
                }

                Member? lowest = null;
                int below = 0;
                var statements = new HashSet<ModelStatement>();
                foreach (Member member in members)
                {
                    statements.Add(member.Statement);
                    if (member.Value.Number + (member.Value.Resolution / 2m) < floor)
                    {
                        below++;
                        lowest = lowest is null || member.Value.Number < lowest.Value.Number ? member : lowest;
                    }
                }

                if (lowest is null || statements.Count < 2)
                {
                    continue;
                }

                string name = lowest.Statement.Subject.ToString().Trim();
                string set = statement.Subject.ToString().Trim();
                string others = below > 1 ? $" ({below.ToString(CultureInfo.InvariantCulture)} values below {floor.ToString(CultureInfo.InvariantCulture)}%)" : string.Empty;
                context.Diagnostics.Report(FloorAgainstMember, floorSpan, ImmutableDictionary<string, string>.Empty, [lowest.Value.Span],
                    (set.Length > 0 ? set + " is " : string.Empty) + floorText, (name.Length > 0 ? name + " is " : string.Empty) + lowest.Value.Text,
                    lowest.Statement.Line, section.Title.ToString(), others);
                break;
            }
        }
    }

    // "95-98%", read as a fact without a value: the low end of a percentage range.
    private static decimal? PercentRangeLow(string text)
    {
        text = text.Trim();
        int dash = text.IndexOf('-');
        if (dash <= 0 || !text.EndsWith("%", StringComparison.Ordinal))
        {
            return null;
        }

        string low = text[..dash].Trim(), high = text[(dash + 1)..^1].Trim();
        return decimal.TryParse(low, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal l)
            && decimal.TryParse(high, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal h) && l < h && h <= 100m ? l : null;
    }

    // A value in a row counts as the coverage of its member when its column, the row or the section says coverage.
    private static bool CoverageCell(ModelStatement statement, FactValue value)
    {
        if (statement.Row is not { } row)
        {
            return true;
        }

        foreach (ModelCell cell in row.CellArray)
        {
            if (cell.Span.Contains(value.Span))
            {
                return cell.Column is not { Role: ColumnRole.Target };
            }
        }

        return false;
    }

    private static bool AboutMetric(ModelSection section, SectionMemo cache)
    {
        return cache.TryGet(section, out bool about) ? about
            : cache.Set(section, section.Folded.Contains(FloorMetric) || (section.Parent is { } parent && AboutMetric(parent, cache)));
    }

    // The group's heading or the one above names the floor's set ("components") and one more of its words ("core",
    // "sprint"): the floor is about these members.
    private static bool SharesSetAndQualifier(HashSet<string> floorWords, ModelSection section, Lexicon lexicon)
    {
        bool set = false, qualifier = false;
        int depth = 0;
        for (ModelSection? s = section; s is not null && depth < 2; s = s.Parent, depth++)
        {
            foreach (string word in Words(s.Title.ToString(), lexicon))
            {
                if (!floorWords.Contains(word))
                {
                    continue;
                }

                if (lexicon.Contains(FloorSet, word) || lexicon.Contains(FloorSet, word + "s"))
                {
                    set = true;
                }
                else if (!lexicon.Contains(FloorMetric, word) && !lexicon.Contains(FloorGeneric, word))
                {
                    qualifier = true;
                }
            }
        }

        return set && qualifier;
    }

    private static HashSet<string> Words(string text, Lexicon lexicon) => StatusWords.Of(text, lexicon);
}
