using Markdig.Syntax;

namespace ReportLint.Analysis;

/// <summary>Where an analyzer registers the callbacks the driver dispatches during its single walk of a document.</summary>
public sealed class AnalysisContext
{
    internal AnalysisContext(int analyzerIndex) => AnalyzerIndex = analyzerIndex;

    internal int AnalyzerIndex { get; }

    internal List<Action<DocumentAnalysisContext>> DocumentActions { get; } = [];

    internal List<Action<BlockAnalysisContext>> BlockActions { get; } = [];

    // The block type of each of BlockActions, at the same index.
    internal List<Type> BlockTypes { get; } = [];

    internal List<Action<TableRowAnalysisContext>> TableRowActions { get; } = [];

    internal List<Action<ListItemAnalysisContext>> ListItemActions { get; } = [];

    internal List<Action<CodeLineAnalysisContext>> CodeLineActions { get; } = [];

    /// <summary>Called once per document, before the walk. The raw text is there even when nothing else is parsed.</summary>
    public void RegisterDocumentAction(Action<DocumentAnalysisContext> action) =>
        DocumentActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    /// <summary>Called for every block of type <typeparamref name="TBlock"/> (or derived from it).</summary>
    public void RegisterBlockAction<TBlock>(Action<BlockAnalysisContext> action)
        where TBlock : Block
    {
        BlockActions.Add(action ?? throw new ArgumentNullException(nameof(action)));
        BlockTypes.Add(typeof(TBlock));
    }

    /// <summary>Called for every row of every pipe table, header row included.</summary>
    public void RegisterTableRowAction(Action<TableRowAnalysisContext> action) =>
        TableRowActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    /// <summary>Called for every list item, nested ones included.</summary>
    public void RegisterListItemAction(Action<ListItemAnalysisContext> action) =>
        ListItemActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    /// <summary>Called for every line of every fenced or indented code block.</summary>
    public void RegisterCodeLineAction(Action<CodeLineAnalysisContext> action) =>
        CodeLineActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    internal bool IsEmpty =>
        DocumentActions.Count == 0 && BlockActions.Count == 0 && TableRowActions.Count == 0 &&
        ListItemActions.Count == 0 && CodeLineActions.Count == 0;
}
