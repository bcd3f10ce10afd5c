using System.Collections.Concurrent;
using Markdig.Syntax;
using ReportLint.Lexicons;
using ReportLint.Syntax;
using ReportLint.Text;

namespace ReportLint.Analysis;

/// <summary>
/// One report under analysis: its text, its Markdown tree (parsed once, lazily), the lexicon and options in
/// force, and models derived from them (built once, on first request, and shared by every rule).
/// </summary>
public sealed class ReportDocument
{
    private readonly ConcurrentDictionary<Type, object> _models = new();
    private MarkdownDocument? _syntax;
    private string? _parseError;
    private MarkdownObject[]? _nodes;
    private Block[]? _blocks;
    private BlockIndex? _index;

    /// <summary>Creates a document.</summary>
    public ReportDocument(SourceText text, string? path, Lexicon lexicon, AnalysisOptions options)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Path = path;
        Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        Options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>The source text.</summary>
    public SourceText Text { get; }

    // The models asked for once per statement or phrase, kept beside the table of models as well (a lookup by type in
    // it cost more than some of the questions asked of them). Set from GetModel, so each is the table's own.
    internal Triggers? KeptTriggers { get; set; }

    internal DocumentMojibake? KeptMojibake { get; set; }

    // The report model, as an object: this namespace does not name the model's (the namespaces form no cycle).
    internal object? KeptModel { get; set; }

    /// <summary>Whether models may skip text triage says cannot hold what they look for (off to check triage itself).</summary>
    internal bool Triage { get; set; } = true;

    /// <summary>
    /// For a part of a large file analysed in parts: whether the file is a status report (another of its parts reads
    /// as one), so the rules for status reports read this part too.
    /// </summary>
    internal bool InStatusReport { get; init; }

    /// <summary>
    /// For a part of a large file analysed in parts: whether the file's first part reads as a status report by the
    /// model's measure (at least three statements carry a status mark), so a later part with fewer marks of its own is
    /// read as part of the report the file opens with.
    /// </summary>
    internal bool MarkedStatusReport { get; init; }

    /// <summary>The file path, when the text came from a file.</summary>
    public string? Path { get; }

    /// <summary>The words of the languages in force.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>The configuration in force.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>
    /// The Markdown syntax tree, parsed on first use with the shared pipeline. Throws
    /// <see cref="DocumentParseException"/> when the parser refuses the text (the driver reports it as RL0005).
    /// </summary>
    public MarkdownDocument Syntax
    {
        get
        {
            if (_syntax is not null)
            {
                return _syntax;
            }

            if (_parseError is null)
            {
                // Long runs of one bracket or pipe made plain once, for the first parse and any retry.
                string text = MarkdownSyntax.WithoutLongRuns(Text.Text) ?? Text.Text;
                try
                {
                    return _syntax = MarkdownSyntax.Parse(text);
                }
                catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
                {
                    _parseError = ex.Message.TrimEnd('.');
                }

                // The parser refuses the whole file for a few lines that nest too deeply (128 '>' on a line, lists
                // hundreds of levels deep, a million '['): parse it again with those lines made plain, at the same
                // length, so the rest of the file is still analysed. Looser, then stricter.
                foreach (int maxNesting in (int[])[32, 8])
                {
                    if (MarkdownSyntax.Neutralise(text, maxNesting, out int firstLine, out int lines) is not { } plain)
                    {
                        continue;
                    }

                    try
                    {
                        _syntax = MarkdownSyntax.Parse(plain);
                        PlainLines = (firstLine + Text.FirstLine - 1, lines);
                        return _syntax;
                    }
                    catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
                    {
                        // Stricter next, or RL0005 for the whole file.
                    }
                }
            }

            throw new DocumentParseException(_parseError);
        }
    }

    /// <summary>
    /// When the parser refused the file and it was parsed with its too deeply nested lines made plain text: the first of
    /// those lines (1-based) and how many there are; (0, 0) otherwise. The driver reports it as RL0005.
    /// </summary>
    internal (int FirstLine, int Count) PlainLines { get; private set; }

    /// <summary>
    /// Every node of <see cref="Syntax"/> (blocks and inlines) in document order, as Markdig's
    /// <c>Descendants()</c> yields them. Made into a list on first use; the models walk <see cref="Descendants"/> instead,
    /// which keeps nothing (a list of every inline of a large report is a large part of its peak memory).
    /// </summary>
    public IReadOnlyList<MarkdownObject> Nodes
    {
        get
        {
            if (_nodes is null)
            {
                var nodes = new List<MarkdownObject>();
                foreach (MarkdownObject node in Descendants)
                {
                    nodes.Add(node);
                }

                _nodes = nodes.ToArray();
            }

            return _nodes;
        }
    }

    /// <summary>Every node of <see cref="Syntax"/> in the order of <see cref="Nodes"/>, walked as it is read.</summary>
    internal MarkdownSyntax.NodeWalk Descendants => MarkdownSyntax.Descendants(Syntax);

    /// <summary>
    /// The blocks of <see cref="Syntax"/> in the order of <see cref="Blocks"/>, walked as they are read: the models
    /// walk them so, and keep no list of them.
    /// </summary>
    internal MarkdownSyntax.BlockWalk WalkBlocks => MarkdownSyntax.BlockDescendants(Syntax);

    /// <summary>
    /// The blocks the shared models read (tables, code blocks, the sources of statements and of status items), sorted
    /// out in one walk on first use: the models read these lists instead of walking every block each.
    /// </summary>
    internal BlockIndex BlockIndex => Volatile.Read(ref _index) ?? (_index = BlockIndex.Of(Syntax));

    /// <summary>The blocks among <see cref="Nodes"/>, in document order.</summary>
    public IReadOnlyList<Block> Blocks
    {
        get
        {
            if (_blocks is null)
            {
                MarkdownDocument syntax = Syntax;
                List<Block> blocks = t_blocks ?? [];
                t_blocks = null;
                MarkdownSyntax.AddBlocks(syntax, blocks);
                _blocks = blocks.ToArray();
                blocks.Clear();
                if (blocks.Capacity <= MaxScratch)
                {
                    t_blocks = blocks;
                }
            }

            return _blocks;
        }
    }

    // Walk scratch, kept per thread up to a size: the walk fills a list that grows by doubling, and only the exact-size
    // copy is kept.
    [ThreadStatic]
    private static List<Block>? t_blocks;

    private const int MaxScratch = 1 << 20;

    /// <summary>The same document under other options (an inline configure-file); the parsed tree is shared.</summary>
    internal ReportDocument WithOptions(AnalysisOptions options) =>
        new(Text, Path, Lexicon, options) { Triage = Triage, InStatusReport = InStatusReport, MarkedStatusReport = MarkedStatusReport, _syntax = _syntax, _parseError = _parseError, _nodes = _nodes, _blocks = _blocks, _index = _index, PlainLines = PlainLines };

    /// <summary>The half-open span of a Markdown node.</summary>
    public TextSpan GetSpan(MarkdownObject node) => MarkdownSyntax.ToTextSpan(node.Span, Text.Length);

    /// <summary>The characters of a span.</summary>
    public ReadOnlySpan<char> GetText(TextSpan span) => Text[span];

    /// <summary>
    /// A model derived from this document (the outline, the claims…), created by <paramref name="factory"/> on
    /// first request and shared afterwards. One model per type.
    /// </summary>
    public T GetModel<T>(Func<ReportDocument, T> factory)
        where T : class
    {
        // Not GetOrAdd with a value-tuple state: framework generic code over a value type is JIT-compiled at every start.
        ArgumentNullException.ThrowIfNull(factory);
        return _models.TryGetValue(typeof(T), out object? model) ? (T)model : (T)_models.GetOrAdd(typeof(T), factory(this));
    }
}

/// <summary>The Markdown parser refused the document; rules that need the tree cannot run on it.</summary>
public sealed class DocumentParseException(string message) : Exception(message);
