using System.Collections.Immutable;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Analysis;

/// <summary>Collects the diagnostics of one analyzer on one document, applying the configured severities.</summary>
public sealed class DiagnosticSink
{
    private readonly ReportDocument _document;
    private readonly List<Diagnostic> _diagnostics;

    internal DiagnosticSink(ReportDocument document, List<Diagnostic> diagnostics)
    {
        _document = document;
        _diagnostics = diagnostics;
    }

    /// <summary>The marks the document's languages write numbers with, for a rule that writes a number in a message.</summary>
    internal Lexicons.NumberFormat NumberFormat => _document.Lexicon.NumberFormat;

    /// <summary>Reports a diagnostic of <paramref name="rule"/> at <paramref name="span"/>.</summary>
    public void Report(RuleDescriptor rule, TextSpan span, params object?[] messageArguments) =>
        Report(rule, span, ImmutableDictionary<string, string>.Empty, [], messageArguments);

    /// <summary>Reports a diagnostic with properties (data for hosts, as Roslyn's) and additional locations.</summary>
    public void Report(RuleDescriptor rule, TextSpan span, ImmutableDictionary<string, string> properties,
        IEnumerable<TextSpan> additionalSpans, params object?[] messageArguments) =>
        Report(rule, span, properties, null, additionalSpans, messageArguments);

    /// <summary>
    /// Reports a diagnostic that carries its fix: <paramref name="fix"/> (null for none) registers the fix's title
    /// and edits when a host asks the diagnostic for <see cref="Diagnostic.Fixes"/>, not now. Capture in it what the
    /// analysis already knows (the replacement, the span to edit) rather than recomputing it.
    /// </summary>
    public void Report(RuleDescriptor rule, TextSpan span, CodeFixFactory? fix, IEnumerable<TextSpan> additionalSpans, params object?[] messageArguments) =>
        Report(rule, span, ImmutableDictionary<string, string>.Empty, fix, additionalSpans, messageArguments);

    // A diagnostic whose message is already written: a configuration problem, which its check worded when it was found
    // (ConfigProblem.Message), with the place it came from before it when that is not the file reported on.
    internal void ReportWritten(RuleDescriptor rule, TextSpan span, string message) =>
        Report(rule, span, ImmutableDictionary<string, string>.Empty, null, [], null, message);

    private void Report(RuleDescriptor rule, TextSpan span, ImmutableDictionary<string, string> properties, CodeFixFactory? fix,
        IEnumerable<TextSpan> additionalSpans, object?[]? messageArguments, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Severity? severity = _document.Options.GetEffectiveSeverity(rule);
        if (severity is null)
        {
            return;
        }

        SourceText text = _document.Text;
        ImmutableArray<AdditionalLocation> additional = Locations(additionalSpans, text);
        _diagnostics.Add(new Diagnostic(rule, severity.Value, span, text.GetLinePositionSpan(span),
            message ?? rule.FormatMessage(messageArguments!), properties, additional, _document.Path, DocumentFix.For(fix, _document)));
    }

    // A loop, not LINQ: framework generic code over a value type is JIT-compiled at every start of the tool.
    private static ImmutableArray<AdditionalLocation> Locations(IEnumerable<TextSpan> spans, SourceText text)
    {
        if (spans is TextSpan[] { Length: 0 })
        {
            return ImmutableArray<AdditionalLocation>.Empty;
        }

        // Arrays, not an ImmutableArray builder or a list: generic framework types over a value type are
        // JIT-compiled at start-up, and the spans are nearly always an array.
        if (spans is TextSpan[] array)
        {
            var located = new AdditionalLocation[array.Length];
            for (int i = 0; i < array.Length; i++)
            {
                located[i] = new AdditionalLocation(array[i], text.GetLinePositionSpan(array[i]), null);
            }

            return ImmutableArray.Create(located);
        }

        int count = 0;
        foreach (TextSpan span in spans)
        {
            count++;
        }

        var all = new AdditionalLocation[count];
        int at = 0;
        foreach (TextSpan span in spans)
        {
            all[at++] = new AdditionalLocation(span, text.GetLinePositionSpan(span), null);
        }

        return ImmutableArray.Create(all);
    }
}
