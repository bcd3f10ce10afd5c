using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3007: an item filed under a bucket heading that its own attribute contradicts: "<c>- Priorité: Faible</c>" under
/// "<c>### Haute Priorité (2)</c>", "<c>- Severity: Low</c>" under "<c>### Critical issues</c>" of a "by severity"
/// section. The heading and the attribute name the same scale (priority, severity) and different levels of it.
/// </summary>
public sealed class RL3007ItemContradictsGroup : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL3007", "item-contradicts-group", "An item contradicts the group it is filed under",
        "'{0}' is filed under '{1}' (line {2})",
        RuleCategory.Status, Severity.Warning,
        "Readers count the buckets (\"High priority (2)\"); an item whose own attribute says another level makes the counts and the triage wrong.");

    // The levels of a scale, in order; a heading and an item compare by their index.
    private static readonly LexiconSection[] Levels = [new("level.critical"), new("level.high"), new("level.medium"), new("level.low")];

    // The scales an attribute and a heading can name.
    private static readonly LexiconSection[] Scales = [new("level.scale.priority"), new("level.scale.severity")];

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override DocumentScope Scope => DocumentScope.StatusReports;

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.Phrase(Scales) & RuleNeeds.Character(":");

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        // The bucket of each heading, read once: its level and the scale it or its parent heading names.
        var buckets = new Dictionary<ModelSection, (int Level, int Scale)>();
        foreach (ModelSection section in model.SectionArray)
        {
            if (LevelOf(section.Folded) is { } level && (ScaleOf(section.Folded) ?? (section.Parent is { } parent ? ScaleOf(parent.Folded) : null)) is { } scale)
            {
                buckets[section] = (level, scale);
            }
        }

        if (buckets.Count == 0)
        {
            return;
        }

        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is not (StatementKind.ListItem or StatementKind.KeyValueLine) || statement.Section is not { } section)
            {
                continue;
            }

            ModelSection? bucket = null;
            for (ModelSection? s = section; s is not null; s = s.Parent)
            {
                if (buckets.ContainsKey(s))
                {
                    bucket = s;
                    break;
                }
            }

            if (bucket is null || Attribute(statement) is not { } attribute)
            {
                continue;
            }

            (int level, int scale) = buckets[bucket];
            if (attribute.Scale == scale && attribute.Level != level)
            {
                context.Diagnostics.Report(Rule, attribute.Value, ImmutableDictionary<string, string>.Empty, [bucket.HeadingSpan],
                    model.TextOf(attribute.Span), bucket.Title, bucket.Line);
            }
        }
    }

    private static int? LevelOf(FoldedView folded)
    {
        int? found = null;
        for (int i = 0; i < Levels.Length; i++)
        {
            if (folded.Contains(Levels[i]))
            {
                if (found is not null)
                {
                    return null;
                }

                found = i;
            }
        }

        return found;
    }

    private static int? ScaleOf(FoldedView folded)
    {
        for (int i = 0; i < Scales.Length; i++)
        {
            if (folded.Contains(Scales[i]))
            {
                return i;
            }
        }

        return null;
    }

    // "Priorité: Faible (n'affecte pas fonctionnement)": a key that is only a scale word, a value that starts with one level.
    private static (TextSpan Span, TextSpan Value, int Level, int Scale)? Attribute(ModelStatement statement)
    {
        ReadOnlySpan<char> prose = statement.Prose[statement.Span];
        int colon = prose.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var key = new TextSpan(statement.Span.Start, colon);
        int? scale = null;
        PhraseHit keyHit = default;
        for (int i = 0; i < Scales.Length && scale is null; i++)
        {
            foreach (PhraseHit hit in statement.Find(Scales[i]))
            {
                if (key.Contains(hit.Span))
                {
                    scale = i;
                    keyHit = hit;
                    break;
                }
            }
        }

        if (scale is null || !OnlyWithin(prose[..colon], key.Start, keyHit.Span))
        {
            return null;
        }

        int lineEnd = prose[colon..].IndexOfAny('\r', '\n');
        TextSpan value = TextSpan.FromBounds(key.End + 1, lineEnd < 0 ? statement.Span.End : key.End + lineEnd);
        PhraseHit? first = null;
        int level = -1;
        for (int i = 0; i < Levels.Length; i++)
        {
            foreach (PhraseHit hit in statement.Find(Levels[i]))
            {
                if (value.Contains(hit.Span) && (first is not { } f || hit.Span.Start < f.Span.Start))
                {
                    first = hit;
                    level = i;
                }
            }
        }

        if (first is not { } word || word.IsQuoted || !OnlyWithin(statement.Prose[TextSpan.FromBounds(value.Start, word.Span.End)], value.Start, word.Span))
        {
            return null;
        }

        return (TextSpan.FromBounds(keyHit.Span.Start, word.Span.End), word.Span, level, scale.Value);
    }

    // Whether the ASCII letters of a piece of prose (starting at <paramref name="start"/>) all stand within <paramref name="words"/>.
    private static bool OnlyWithin(ReadOnlySpan<char> prose, int start, TextSpan words)
    {
        for (int i = 0; i < prose.Length; i++)
        {
            int at = start + i;
            if (prose[i] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') && (at < words.Start || at >= words.End))
            {
                return false;
            }
        }

        return true;
    }
}
