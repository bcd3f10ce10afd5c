using ReportLint.Syntax;

namespace ReportLint.Cli;

/// <summary>
/// Work done once per process at start-up on a spare core, while the main thread finds the files and reads the
/// configuration, so the first file does not wait for it: the parser's set-up (the first parse loads its types, tables
/// and precompiled code), about a tenth of a run on a few reports. (Loading the lexicon there as well measured no
/// better: the workers then wait for it all the same.)
/// </summary>
internal static class WarmUp
{
    // Every kind of block and inline the pipeline reads: front matter, headings, lists and task lists, a pipe table,
    // emphasis, code, links, quotes.
    private const string Sample = "---\ntitle: x\n---\n# Status\n\n- [x] **Done** ~~old~~ `code` [link](https://example.org)\n" +
        "  1. nested\n\n| Task | Hours |\n|---|---:|\n| A | 1h |\n\n> quote\n\n```sh\necho\n```\n\nText *em* <b>html</b>\n";

    public static void Start()
    {
        _ = Task.Run(Parser);
    }

    private static void Parser()
    {
        try
        {
            _ = MarkdownSyntax.Parse(Sample);
        }
        catch (Exception)
        {
            // A warm-up never fails a run: the real parse reports whatever went wrong.
        }
    }
}
