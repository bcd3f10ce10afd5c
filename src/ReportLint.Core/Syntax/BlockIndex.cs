using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ReportLint.Syntax;

/// <summary>
/// The blocks of a document that the shared models read, sorted out in one walk of the tree (issue 51): the models used
/// to walk every block themselves, each testing the type of every block (six walks, a tenth of the lint on pages of
/// large tables, whose every cell is two blocks). Each list keeps the blocks in document order, the order of
/// <see cref="MarkdownSyntax.BlockDescendants"/>, so a model reads exactly the blocks, in exactly the order, its own walk
/// gave it.
/// </summary>
internal sealed class BlockIndex
{
    private BlockIndex(Table[] tables, CodeBlock[] codeBlocks, Block?[] beforeCode, Block[] statementSources, Block[] itemSources)
    {
        Tables = tables;
        CodeBlocks = codeBlocks;
        BeforeCode = beforeCode;
        StatementSources = statementSources;
        ItemSources = itemSources;
    }

    /// <summary>The tables.</summary>
    public Table[] Tables { get; }

    /// <summary>The code blocks, fenced and indented.</summary>
    public CodeBlock[] CodeBlocks { get; }

    /// <summary>For each of <see cref="CodeBlocks"/>, the block the walk visited right before it (of any kind), or null.</summary>
    public Block?[] BeforeCode { get; }

    /// <summary>
    /// What statements are read from, in document order: each code block; each table row that has a cell holding
    /// inlines, once, where its first such cell comes; and each other leaf block holding inlines.
    /// </summary>
    public Block[] StatementSources { get; }

    /// <summary>What status items are read from, in document order: each table, and each list item that opens with a paragraph.</summary>
    public Block[] ItemSources { get; }

    /// <summary>Sorts out the blocks under <paramref name="root"/> in one walk.</summary>
    public static BlockIndex Of(MarkdownDocument root)
    {
        Scratch scratch = t_scratch ?? new Scratch();
        t_scratch = null;
        List<Table> tables = scratch.Tables;
        List<CodeBlock> codeBlocks = scratch.CodeBlocks;
        List<Block?> beforeCode = scratch.BeforeCode;
        List<Block> statements = scratch.Statements;
        List<Block> items = scratch.Items;
        TableRow? lastRow = null;
        Block? previous = null;
        foreach (Block block in MarkdownSyntax.BlockDescendants(root))
        {
            Block? before = previous;
            previous = block;
            switch (block)
            {
                case CodeBlock code:
                    codeBlocks.Add(code);
                    beforeCode.Add(before);
                    statements.Add(code);
                    break;
                case LeafBlock { Inline: not null } leaf:
                    if (leaf.Parent is TableCell { Parent: TableRow row })
                    {
                        // The cells of a row come together: the row last added is the only one to skip.
                        if (!ReferenceEquals(row, lastRow))
                        {
                            lastRow = row;
                            statements.Add(row);
                        }
                    }
                    else
                    {
                        statements.Add(leaf);
                    }

                    break;
                case Table table:
                    tables.Add(table);
                    items.Add(table);
                    break;
                case ListItemBlock { Count: > 0 } item when item[0] is ParagraphBlock:
                    items.Add(item);
                    break;
            }
        }

        var index = new BlockIndex(tables.ToArray(), codeBlocks.ToArray(), beforeCode.ToArray(), statements.ToArray(), items.ToArray());
        if (scratch.Clear())
        {
            t_scratch = scratch;
        }

        return index;
    }

    // The lists the walk fills, kept per thread up to a size: they grow by doubling, and only exact-size copies are kept.
    [ThreadStatic]
    private static Scratch? t_scratch;

    private sealed class Scratch
    {
        private const int MaxScratch = 1 << 20;

        public List<Table> Tables { get; } = [];

        public List<CodeBlock> CodeBlocks { get; } = [];

        public List<Block?> BeforeCode { get; } = [];

        public List<Block> Statements { get; } = [];

        public List<Block> Items { get; } = [];

        // Empties the lists; false when one has grown too large to keep.
        public bool Clear()
        {
            Tables.Clear();
            CodeBlocks.Clear();
            BeforeCode.Clear();
            Statements.Clear();
            Items.Clear();
            return Statements.Capacity <= MaxScratch && Items.Capacity <= MaxScratch && CodeBlocks.Capacity <= MaxScratch;
        }
    }
}
