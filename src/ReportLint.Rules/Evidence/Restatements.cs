using System.Collections.Immutable;
using System.Text;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Evidence;

/// <summary>
/// The claims of one rule on one document, gathered by what they claim: a report that says "Coverage: 100%" in its
/// summary, its table and its conclusion makes one claim three times. Each claim is reported once, at its most
/// prominent occurrence (the first in a heading, else the first that states its figure, else the first in bold, else
/// the first; for a claim a line signs, the occurrence nearest that line), its restatements
/// as additional locations.
/// </summary>
internal sealed class Restatements
{
    private readonly Dictionary<string, Claim> _claims = new(StringComparer.Ordinal);

    /// <summary>Adds an occurrence at <paramref name="span"/> of <paramref name="statement"/> of the claim <paramref name="key"/>.</summary>
    public void Add(string key, ModelStatement statement, TextSpan span, CodeFixFactory? fix, params object?[] arguments)
    {
        int prominence = Prominence(statement, span);
        if (!_claims.TryGetValue(key, out Claim? claim))
        {
            _claims[key] = new Claim(span, prominence, fix, arguments);
            return;
        }

        // A later occurrence in a heading, stating its figure or set in bold is more prominent than the first in the body.
        if (prominence > claim.Prominence)
        {
            claim.Repeat(claim.Span, claim.Arguments);
            (claim.Span, claim.Prominence, claim.Fix, claim.Arguments) = (span, prominence, fix, arguments);
            return;
        }

        claim.Repeat(span, arguments);
    }

    /// <summary>
    /// Adds the occurrence that names who made the claim ("Reviewed By: Agentic Fix Loop System" below the report's
    /// "APPROVED" stamps). The claim is then reported at its occurrence nearest that line, the stamp it signs, and at
    /// that line only when nothing else states it.
    /// </summary>
    public void AddSigned(string key, TextSpan span, params object?[] arguments)
    {
        if (!_claims.TryGetValue(key, out Claim? claim))
        {
            _claims[key] = new Claim(span, -1, null, arguments) { Signed = span };
            return;
        }

        claim.Signed ??= span;
        claim.Repeat(span, arguments);
    }

    /// <summary>Whether an occurrence of the claim <paramref name="key"/> was added.</summary>
    public bool Has(string key) => _claims.ContainsKey(key);

    /// <summary>The words of <paramref name="statement"/> before <paramref name="span"/>, folded: what the claim is about.</summary>
    public static string Subject(ModelStatement statement, TextSpan span) =>
        Fold(statement.Prose[TextSpan.FromBounds(statement.Span.Start, span.Start)]);

    // A heading (the title, a headline) first, then a claim that states its figure ("RGPD 100% conforme" rather than
    // "| **RGPD** | ✅ Conforme |": the specific claim, not its mark), then a claim the report sets in bold, then the rest.
    private static int Prominence(ModelStatement statement, TextSpan span) =>
        statement.Kind == StatementKind.Heading ? 3 : StatesFigure(statement, span) ? 2 : ClaimSpans.IsEmphasised(statement, span) ? 1 : 0;

    // The claim states the figure that makes it absolute, a percentage or a ratio, in it or right after it in
    // the same cell ("100% conforme", "Conformité OWASP Top 10 2021 : 100%", "5/5"), not in another cell of its row.
    // Not a zero: "0% technical debt", "zero technical debt" and "No technical debt" are one claim, worded alike.
    private static bool StatesFigure(ModelStatement statement, TextSpan span)
    {
        foreach (FactValue value in statement.Values)
        {
            if (!(value.IsPercentage || value.IsRatio) || value.Number == 0)
            {
                continue;
            }

            if (span.Contains(value.Span) ||
                (value.Span.Start >= span.End && statement.Prose[TextSpan.FromBounds(span.End, value.Span.Start)].IndexOfAny('|', '\n') < 0 &&
                 ClaimSpans.Adjacent(statement, span.End, value.Span.Start, 1, digits: true)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reports every claim once, in the order of the text.</summary>
    public void ReportAll(DiagnosticSink sink, RuleDescriptor rule)
    {
        var claims = new List<Claim>(_claims.Values);
        claims.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        foreach (Claim claim in claims)
        {
            claim.NearestToSignature();
            claim.Repeats.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            sink.Report(rule, claim.Span, claim.Fix, claim.Repeats.ToArray(), claim.Arguments);
        }
    }

    /// <summary>
    /// The words of <paramref name="text"/>, lower case, one space between: "**Enterprise-Grade**" and "enterprise grade"
    /// fold alike.
    /// </summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c is not ('\'' or '’'))
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The name of the metric that ends at <paramref name="metric"/> as the report writes it: the metric's words and
    /// up to four words before them, back to a mark, a digit or <paramref name="from"/> ("Security &amp; Compliance",
    /// "TypeScript Errors"), folded.
    /// </summary>
    public static string MetricName(ModelStatement statement, TextSpan metric, int from)
    {
        int start = metric.Start, words = 0;
        ReadOnlySpan<char> prose = statement.Prose[TextSpan.FromBounds(Math.Max(from, statement.Span.Start), metric.Start)];
        bool inWord = false;
        for (int i = prose.Length - 1; i >= 0; i--)
        {
            char c = prose[i];
            bool letter = char.IsLetter(c) || c is '\'' or '’' or '-';
            if (!letter && c is not (' ' or '&' or '\t'))
            {
                break;
            }

            if (letter && !inWord && ++words > 4)
            {
                break;
            }

            inWord = letter;
            start = metric.Start - prose.Length + i;
        }

        return Fold(statement.Prose[TextSpan.FromBounds(start, metric.End)]);
    }

    private sealed class Claim(TextSpan span, int prominence, CodeFixFactory? fix, object?[] arguments)
    {
        public TextSpan Span { get; set; } = span;

        public int Prominence { get; set; } = prominence;

        public CodeFixFactory? Fix { get; set; } = fix;

        public object?[] Arguments { get; set; } = arguments;

        public List<TextSpan> Repeats { get; } = [];

        // The arguments of each repeat, in the order of Repeats (a repeat may become the reported occurrence).
        public List<object?[]> RepeatArguments { get; } = [];

        // The occurrence that names who made the claim, if one does.
        public TextSpan? Signed { get; set; }

        public void Repeat(TextSpan span, object?[] arguments)
        {
            Repeats.Add(span);
            RepeatArguments.Add(arguments);
        }

        // A signed claim is reported at its occurrence nearest the signature (the earlier of two as near), other than
        // the signature itself unless nothing else states it.
        public void NearestToSignature()
        {
            if (Signed is not { } signed)
            {
                return;
            }

            // -1: the occurrence reported now.
            int best = -1;
            TextSpan chosen = Span;
            for (int i = 0; i < Repeats.Count; i++)
            {
                TextSpan candidate = Repeats[i];
                if (candidate == signed)
                {
                    continue;
                }

                int d = Math.Abs(candidate.Start - signed.Start), nearest = Math.Abs(chosen.Start - signed.Start);
                if (chosen == signed || d < nearest || (d == nearest && candidate.Start < chosen.Start))
                {
                    (best, chosen) = (i, candidate);
                }
            }

            if (best < 0)
            {
                return;
            }

            (TextSpan span, object?[] arguments) = (Repeats[best], RepeatArguments[best]);
            (Repeats[best], RepeatArguments[best]) = (Span, Arguments);
            (Span, Arguments, Fix) = (span, arguments, null);
        }
    }
}
