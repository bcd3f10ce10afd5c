using Markdig.Syntax;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>Facts only RL2005 reads, built once per document beside the model.</summary>
internal static class TreeFileFacts
{

    private static readonly RuleFacts<CountOfItems[]> Facts = new(BuildCountsOfTreeFiles);

    /// <summary>
    /// The counts of files whose files a tree drawn in the code block right after them lists, in document order: a
    /// heading or a one-line paragraph with one count of a file noun (lexicon section <c>count.file-noun</c>:
    /// "### Views (8 Blade files)", "**Files Created:** 12 manifests"), or a heading that ends on its count alone in
    /// brackets ("### Java Classes (17)"), over a block of <c>├──</c> / <c>└──</c> lines or of one path a line.
    /// The files are the tree's entries with a file extension (folders are not counted). A tree that elides entries
    /// ("…", "...") or a lead-in that gives examples is left out.
    /// </summary>
    public static IReadOnlyList<CountOfItems> Of(ReportModel model) => Facts.Of(model);

    private static CountOfItems[] BuildCountsOfTreeFiles(ReportModel model)
    {
        var found = new List<CountOfItems>();
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is not (StatementKind.Heading or StatementKind.KeyValueLine or StatementKind.Sentence) || statement.Values.Count == 0 ||
                statement.Block is not (HeadingBlock or ParagraphBlock) || statement.Span != model.Document.GetSpan(statement.Block))
            {
                continue;
            }

            FactValue? count = null;
            int counts = 0;
            foreach (FactValue value in statement.Values)
            {
                if (model.IsCount(value, statement) && value.Denominator is null)
                {
                    counts++;
                    count = value;
                }
            }

            // The block after it is looked up only for a count of files: IndexOf walks the parent's blocks.
            // A heading's bare count ("### Java Classes (17)", "## FILES MODIFIED (8 total)") counts the files too.
            if (counts != 1 || (model.FileNounAfter(statement, count!) ?? BareInHeading(model, statement, count!)) is not { } nounEnd ||
                statement.Contains(new LexiconSection("count.example")) ||
                FencedListFacts.FenceAfter(statement.Block, out _) is not { } fence || TreeFiles(model, fence, out bool flat) is not { Count: >= 2 } files)
            {
                continue;
            }

            var names = new List<DisplayText>(files.Count);
            var spans = new List<TextSpan>(files.Count);
            foreach ((DisplayText name, TextSpan line) in files)
            {
                names.Add(name);
                spans.Add(line);
            }

            found.Add(new CountOfItems(CountScope.Tree, count!, count!.Number, statement, names, spans,
                model.Document.Text.GetLinePosition(spans[0].Start).Line, model.Document.Text.GetLinePosition(spans[^1].Start).Line, isExhaustive: false)
            {
                Phrase = nounEnd < 0 ? statement.Text : DisplayText.Of(model.Document, TextSpan.FromBounds(count.Span.Start, nounEnd)),
                IsFlatListing = flat,
            });
        }

        return found.ToArray();
    }

    // -1 (no noun: the phrase is the heading) for a heading that ends on its count alone in brackets; null otherwise.
    private static int? BareInHeading(ReportModel model, ModelStatement statement, FactValue count) =>
        statement.Kind == StatementKind.Heading && ItemCountFacts.IsBareCount(model, statement, count) ? -1 : null;

    // The entries with a file extension of a tree drawn in a code block ("├── app.blade.php   ✅ Master layout"), or the
    // paths of a flat listing, one a line ("src/lib/session.js   ✅ Server-side helpers"; flat is then true), with their
    // lines; null when the block is neither (fewer than half its lines drawn as branches, and not every line a file) or
    // elides entries.
    private static List<(DisplayText Name, TextSpan Line)>? TreeFiles(ReportModel model, FencedCodeBlock fence, out bool flat)
    {
        flat = false;
        var files = new List<(DisplayText, TextSpan)>();
        var listed = new List<(DisplayText, TextSpan)>();
        int lines = 0, branches = 0;
        foreach (Markdig.Helpers.StringLine line in fence.Lines.Lines.AsSpan(0, fence.Lines.Count))
        {
            if (line.Slice.Length == 0)
            {
                continue;
            }

            var span = TextSpan.FromBounds(line.Slice.Start, line.Slice.End + 1);
            if (span.End > model.Document.Text.Length || span.Length == 0)
            {
                return null;
            }

            string text = DisplayText.Of(model.Document, span).ToString();
            lines++;
            if (FencedListFacts.IsElision(model, text.AsSpan().Trim(" │|├└─-\t".AsSpan())))
            {
                return null;
            }

            int i = 0;
            while (i < text.Length && text[i] is ' ' or '│' or '|' or '\t')
            {
                i++;
            }

            if (i >= text.Length || text[i] is not ('├' or '└'))
            {
                // A line of a flat listing opens with one file's path: "src/app/api/posts/route.js   ✅ Posts CRUD".
                if (FileAt(text, i) is { } path)
                {
                    listed.Add((new DisplayText(path), span));
                }

                continue;
            }

            branches++;
            while (i < text.Length && text[i] is '├' or '└' or '─' or '-' or ' ')
            {
                i++;
            }

            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            string name = text[start..i];
            if (FencedListFacts.IsElision(model, name.AsSpan()))
            {
                return null;
            }

            if (IsFileName(name))
            {
                files.Add((new DisplayText(name), span));
            }
        }

        // A tree: half its lines drawn as branches at least. A flat listing: no branch, and every line one file's path
        // (a folder, a command or a line of prose among them makes it something else).
        if (lines > 0 && branches * 2 >= lines)
        {
            return files;
        }

        flat = branches == 0 && listed.Count >= 2 && listed.Count == lines;
        return flat ? listed : null;
    }

    // The path a line opens with at i, when it names one file: "src/lib/session.js", ".env.example"; not a folder
    // ("src/components/"), a wildcard ("src/*.ts") or a word ("npm").
    private static string? FileAt(string text, int i)
    {
        int start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        string name = text[start..i];
        return name.AsSpan().IndexOfAny("*?{}[]<>`\"'".AsSpan()) < 0 && IsFileName(name) ? name : null;
    }

    // A name with an extension: a dot after its first character, a letter after the dot, no trailing slash.
    private static bool IsFileName(string name)
    {
        int dot = name.LastIndexOf('.');
        return name.Length > 0 && !name.EndsWith('/') && dot > 0 && dot < name.Length - 1 && char.IsLetter(name[dot + 1]);
    }
}
