using System.Collections.Concurrent;
using System.Collections.Immutable;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Analysis;

/// <summary>
/// Runs analyzers over a document: collects their registrations once, then walks the Markdown tree a single
/// time per document and dispatches each node to the callbacks registered for it. A callback that throws
/// becomes one RL0001 diagnostic and its analyzer is skipped for the rest of that document; the others run on.
/// </summary>
public sealed class AnalyzerDriver
{
    private readonly ImmutableArray<ReportAnalyzer> _analyzers;
    // Registrations are classes, not value tuples: generic framework code over a value type of this assembly cannot
    // be precompiled (ReadyToRun) and is JIT-compiled at every start.
    private readonly List<Registered<Action<DocumentAnalysisContext>>> _documentActions = [];
    private readonly List<Registered<Action<BlockAnalysisContext>>> _blockActions = [];
    private readonly List<Registered<Action<TableRowAnalysisContext>>> _rowActions = [];
    private readonly List<Registered<Action<ListItemAnalysisContext>>> _itemActions = [];
    private readonly List<Registered<Action<CodeLineAnalysisContext>>> _codeLineActions = [];
    private readonly ConcurrentDictionary<Type, Registered<Action<BlockAnalysisContext>>[]> _blockDispatch = new();

    /// <summary>Creates a driver; each analyzer's <see cref="ReportAnalyzer.Initialize"/> is called here, once.</summary>
    public AnalyzerDriver(IEnumerable<ReportAnalyzer> analyzers, bool triage = true)
    {
        Triage = triage;
        _analyzers = analyzers.ToImmutableArray();
        for (int i = 0; i < _analyzers.Length; i++)
        {
            var context = new AnalysisContext(i);
            _analyzers[i].Initialize(context);
            foreach (Action<DocumentAnalysisContext> action in context.DocumentActions)
            {
                _documentActions.Add(new(i, action));
            }

            for (int k = 0; k < context.BlockActions.Count; k++)
            {
                _blockActions.Add(new(i, context.BlockActions[k], context.BlockTypes[k]));
            }

            foreach (Action<TableRowAnalysisContext> action in context.TableRowActions)
            {
                _rowActions.Add(new(i, action));
            }

            foreach (Action<ListItemAnalysisContext> action in context.ListItemActions)
            {
                _itemActions.Add(new(i, action));
            }

            foreach (Action<CodeLineAnalysisContext> action in context.CodeLineActions)
            {
                _codeLineActions.Add(new(i, action));
            }
        }

        NeedsSyntax = _blockActions.Count > 0 || _rowActions.Count > 0 || _itemActions.Count > 0 || _codeLineActions.Count > 0;
        _needsSyntax = new bool[_analyzers.Length];
        MarkNeedsSyntax(_blockActions);
        MarkNeedsSyntax(_rowActions);
        MarkNeedsSyntax(_itemActions);
        MarkNeedsSyntax(_codeLineActions);
    }

    private void MarkNeedsSyntax<TAction>(List<Registered<TAction>> actions)
    {
        foreach (Registered<TAction> registered in actions)
        {
            _needsSyntax[registered.Analyzer] = true;
        }
    }

    private readonly bool[] _needsSyntax;

    /// <summary>
    /// Whether analyzers are asked <see cref="ReportAnalyzer.CanReport"/> (by default, whether the document may hold
    /// their <see cref="ReportAnalyzer.Needs"/>) before they run.
    /// </summary>
    public bool Triage { get; }

    /// <summary>The analyzers, in registration order.</summary>
    public ImmutableArray<ReportAnalyzer> Analyzers => _analyzers;

    /// <summary>Whether any analyzer needs the Markdown tree (otherwise the document is never parsed).</summary>
    public bool NeedsSyntax { get; }

    /// <summary>The order of a document's diagnostics: by start, then ID, then end.</summary>
    internal static readonly Comparison<Diagnostic> InDocumentOrder = static (a, b) =>
    {
        int c = a.Span.Start.CompareTo(b.Span.Start);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.Id, b.Id);
        return c != 0 ? c : a.Span.End.CompareTo(b.Span.End);
    };

    /// <summary>Analyzes one document and returns its diagnostics sorted by position, then ID.</summary>
    public ImmutableArray<Diagnostic> Analyze(ReportDocument document)
    {
        var run = new Run(this, document);
        run.Execute();
        return run.Finish();
    }

    private Registered<Action<BlockAnalysisContext>>[] GetBlockActions(Type type) =>
        _blockDispatch.TryGetValue(type, out Registered<Action<BlockAnalysisContext>>[]? actions)
            ? actions
            : _blockDispatch.GetOrAdd(type, t => _blockActions.Where(a => a.Type!.IsAssignableFrom(t)).ToArray());

    // An action an analyzer registered, with the analyzer's index (and, for block actions, the block type).
    private sealed class Registered<TAction>(int analyzer, TAction action, Type? type = null)
    {
        public int Analyzer { get; } = analyzer;

        public TAction Action { get; } = action;

        public Type? Type { get; } = type;

        public void Deconstruct(out int analyzer, out TAction action)
        {
            analyzer = Analyzer;
            action = Action;
        }
    }

    private sealed class Run
    {
        private readonly AnalyzerDriver _driver;
        private readonly ReportDocument _document;
        private readonly List<Diagnostic> _diagnostics = [];
        private readonly DiagnosticSink _sink;
        private readonly bool[] _crashed;

        // The block actions of the last two block types visited: the blocks of a table alternate between cells and
        // their paragraphs, and a lookup in the shared dictionary per block was a cost per cell.
        private Type? _type1, _type2;
        private Registered<Action<BlockAnalysisContext>>[]? _actions1, _actions2;

        public Run(AnalyzerDriver driver, ReportDocument document)
        {
            _driver = driver;
            _document = document;
            _document.Triage = driver.Triage;
            _sink = new DiagnosticSink(document, _diagnostics);
            _crashed = new bool[driver._analyzers.Length];
        }

        // Triage: an analyzer that cannot report on this document is treated as done before it starts (its
        // callbacks are skipped like a crashed one's, without a diagnostic).
        private bool Triage()
        {
            bool needsSyntax = false;
            for (int i = 0; i < _crashed.Length; i++)
            {
                bool active;
                try
                {
                    ReportAnalyzer analyzer = _driver._analyzers[i];
                    active = IsOn(analyzer) && InScope(analyzer.Scope) && (!_driver.Triage || analyzer.CanReport(_document));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    active = true;
                }

                _crashed[i] = !active;
                needsSyntax |= active && _driver._needsSyntax[i];
            }

            return needsSyntax;
        }

        // A rule the configuration turns off, with every check of it, does not run: the sink would drop all it reports.
        // It ran before, at full cost, on every document.
        private bool IsOn(ReportAnalyzer analyzer)
        {
            ImmutableArray<RuleDescriptor> rules = analyzer.SupportedRules;
            foreach (RuleDescriptor rule in rules)
            {
                if (_document.Options.GetEffectiveSeverity(rule) is not null)
                {
                    return true;
                }
            }

            return rules.IsEmpty;
        }

        // The scope holds with triage off: it is what the rule judges, not a shortcut.
        private bool InScope(DocumentScope scope) =>
            scope == DocumentScope.AnyDocument || (scope == DocumentScope.StatusReports && (_document.InStatusReport || Triggers.Of(_document).MayBeStatusReport()));

        public void Execute()
        {
            bool parsed = true;
            bool needsSyntax = Triage();
            if (needsSyntax)
            {
                try
                {
                    _ = _document.Syntax;
                    if (_document.PlainLines is (> 0 and var line, var count))
                    {
                        _sink.Report(EngineRules.ParseFailed, new TextSpan(_document.Text.GetLineStart(line), 0),
                            count == 1 ? $"line {line} nests too deeply; it was read as plain text and the rest of the file analysed"
                                : $"{count} lines from line {line} nest too deeply; they were read as plain text and the rest of the file analysed");
                    }
                }
                catch (DocumentParseException ex)
                {
                    _sink.Report(EngineRules.ParseFailed, new TextSpan(0, 0), ex.Message + "; only the rules that read the raw text ran");
                    parsed = false;
                }
            }

            foreach ((int analyzer, Action<DocumentAnalysisContext> action) in _driver._documentActions)
            {
                if (!_crashed[analyzer])
                {
                    Invoke(analyzer, action, new DocumentAnalysisContext(_document, _sink), default);
                }
            }

            if (parsed && needsSyntax)
            {
                Walk(_document.Syntax);
            }
        }

        public ImmutableArray<Diagnostic> Finish()
        {
            _diagnostics.Sort(InDocumentOrder);

            var result = ImmutableArray.CreateBuilder<Diagnostic>(_diagnostics.Count);
            Diagnostic? previous = null;
            foreach (Diagnostic d in _diagnostics)
            {
                if (previous is null || previous.Id != d.Id || previous.Span != d.Span || previous.Message != d.Message)
                {
                    result.Add(d);
                }

                previous = d;
            }

            return result.ToImmutable();
        }

        private void Walk(ContainerBlock container)
        {
            foreach (Block block in container)
            {
                Visit(block);
            }
        }

        private void Visit(Block block)
        {
            var actions = BlockActionsOf(block.GetType());
            foreach ((int analyzer, Action<BlockAnalysisContext> action) in actions)
            {
                if (!_crashed[analyzer])
                {
                    Invoke(analyzer, action, new BlockAnalysisContext(_document, _sink, block), block);
                }
            }

            switch (block)
            {
                case Table table:
                    VisitTable(table);
                    break;
                case ListItemBlock item:
                    foreach ((int analyzer, Action<ListItemAnalysisContext> action) in _driver._itemActions)
                    {
                        if (!_crashed[analyzer])
                        {
                            Invoke(analyzer, action, new ListItemAnalysisContext(_document, _sink, item), block);
                        }
                    }

                    break;
                case CodeBlock code:
                    VisitCode(code);
                    return;
            }

            if (block is ContainerBlock container)
            {
                Walk(container);
            }
        }

        private Registered<Action<BlockAnalysisContext>>[] BlockActionsOf(Type type)
        {
            if (ReferenceEquals(type, _type1))
            {
                return _actions1!;
            }

            if (!ReferenceEquals(type, _type2))
            {
                _actions2 = _driver.GetBlockActions(type);
                _type2 = type;
            }

            (_type1, _type2) = (_type2, _type1);
            (_actions1, _actions2) = (_actions2, _actions1);
            return _actions1!;
        }

        private void VisitTable(Table table)
        {
            if (_driver._rowActions.Count == 0)
            {
                return;
            }

            int index = 0;
            foreach (Block child in table)
            {
                if (child is TableRow row)
                {
                    foreach ((int analyzer, Action<TableRowAnalysisContext> action) in _driver._rowActions)
                    {
                        if (!_crashed[analyzer])
                        {
                            Invoke(analyzer, action, new TableRowAnalysisContext(_document, _sink, table, row, index), row);
                        }
                    }

                    index++;
                }
            }
        }

        private void VisitCode(CodeBlock code)
        {
            if (_driver._codeLineActions.Count == 0)
            {
                return;
            }

            var lines = code.Lines;
            for (int i = 0; i < lines.Count; i++)
            {
                var slice = lines.Lines[i].Slice;
                int start = Math.Clamp(slice.Start, 0, _document.Text.Length);
                int end = Math.Clamp(slice.End + 1, start, _document.Text.Length);
                var span = TextSpan.FromBounds(start, end);
                foreach ((int analyzer, Action<CodeLineAnalysisContext> action) in _driver._codeLineActions)
                {
                    if (!_crashed[analyzer])
                    {
                        Invoke(analyzer, action, new CodeLineAnalysisContext(_document, _sink, code, span, i), code);
                    }
                }
            }
        }

        private void Invoke<TContext>(int analyzer, Action<TContext> action, TContext context, MarkdownObject? node)
        {
            try
            {
                action(context);
            }
            catch (DocumentParseException)
            {
                // Already reported once as RL0005; a rule that needs the tree simply cannot run.
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _crashed[analyzer] = true;
                TextSpan at = node is null ? new TextSpan(0, 0) : new TextSpan(_document.GetSpan(node).Start, 0);
                string rules = string.Join("/", _driver._analyzers[analyzer].SupportedRules.Select(r => r.Id).Distinct());
                _sink.Report(EngineRules.RuleCrashed, at, rules, ex.GetType().Name, ex.Message);
            }
        }
    }
}
