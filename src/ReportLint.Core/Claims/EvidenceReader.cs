using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Syntax;

namespace ReportLint.Claims;

/// <summary>
/// What a statement shows a reader can check, read from its Markdown: a link, inline code and what it reads as (a
/// command line, a cited file), and a fenced block right after it (a command's output, a command). The count on its
/// values is the model's to read (<see cref="ModelStatement.Evidence"/>).
/// </summary>
internal static class EvidenceReader
{
    // The programs a command line opens with ("dotnet test", "npm run build"), the extensions that make a name a file's
    // ("coverage.xml"), the languages of a shell block and of a block of plain output. Language-neutral, in common.lex.
    private static readonly LexiconSection Command = new("evidence.command"), FileExtension = new("evidence.file"),
        ShellFence = new("fence.shell"), OutputFence = new("fence.output");

    // The lines of a block read for commands and output: a log of thousands of lines shows what its first show.
    private const int MaxFenceLines = 64;

    // The longest word looked up in the lexicon (a program's name, an extension), folded in a buffer on the stack.
    private const int MaxWord = 32;

    /// <summary>What the inlines of <paramref name="leaf"/> hold: links (to a file or not) and code (a command, a path or neither).</summary>
    public static FactEvidence OfInlines(ReportDocument document, LeafBlock leaf)
    {
        FactEvidence found = FactEvidence.None;
        for (Inline? inline = leaf.Inline!.FirstChild; inline is not null; inline = MarkdownSyntax.NextInline(inline, leaf.Inline))
        {
            switch (inline)
            {
                case LinkInline { IsImage: false } link:
                    found |= FactEvidence.Link | (IsFileUrl(document.Lexicon, link.Url) ? FactEvidence.CitedFile : FactEvidence.None);
                    break;
                case AutolinkInline autolink:
                    found |= FactEvidence.Link | (!autolink.IsEmail && IsFileUrl(document.Lexicon, autolink.Url) ? FactEvidence.CitedFile : FactEvidence.None);
                    break;
                case CodeInline code:
                    found |= FactEvidence.Code | OfCode(document.Lexicon, code.ContentSpan);
                    break;
            }
        }

        return found;
    }

    /// <summary>
    /// What inline code reads as: a command line ("dotnet test", "$ make check", "./run-tests.sh"), a cited file
    /// ("coverage/index.html", "TestResults.trx:12"), or neither (an identifier, a value).
    /// </summary>
    public static FactEvidence OfCode(Lexicon lexicon, ReadOnlySpan<char> code)
    {
        code = code.Trim();
        if (IsCommandLine(lexicon, code))
        {
            return FactEvidence.Command;
        }

        return IsFilePath(lexicon, code) ? FactEvidence.CitedFile : FactEvidence.None;
    }

    /// <summary>
    /// What a fenced block shows as evidence for the statement it follows: a command when a line reads as one, a log
    /// when a block of output or shell holds a line that is no command (what a command printed). A block of another
    /// language (code, data) is neither.
    /// </summary>
    public static FactEvidence OfFence(ReportDocument document, FencedCodeBlock fence)
    {
        ReadOnlySpan<char> info = MarkdownSyntax.FenceLanguage(fence);
        bool output = info.IsEmpty || IsWord(document.Lexicon, OutputFence, info) || IsWord(document.Lexicon, ShellFence, info);
        if (!output)
        {
            return FactEvidence.None;
        }

        FactEvidence found = FactEvidence.None;
        string text = document.Text.Text;
        int count = Math.Min(fence.Lines.Count, MaxFenceLines);
        for (int i = 0; i < count; i++)
        {
            var slice = fence.Lines.Lines[i].Slice;
            int start = Math.Clamp(slice.Start, 0, text.Length);
            ReadOnlySpan<char> line = text.AsSpan(start, Math.Clamp(slice.End + 1, start, text.Length) - start).Trim();
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            found |= IsCommandLine(document.Lexicon, line) ? FactEvidence.Command : FactEvidence.Log;
        }

        return found;
    }

    // A shell prompt and a command ("$ npm test"), another prompt and a known program ("> dotnet test", "PS> dotnet
    // test"), a script run from a path ("./run-tests.sh --ci"), or a known program with an argument ("pytest -q", "go
    // test ./..."): a program named alone ("migrated to `pytest`") is a name, not a command run, and "> 500ms" a bound.
    private static bool IsCommandLine(Lexicon lexicon, ReadOnlySpan<char> line)
    {
        bool shell = line.StartsWith("$ "), prompt = shell || line.StartsWith("> ") || line.StartsWith("PS> ");
        if (prompt)
        {
            line = line[(line.IndexOf(' ') + 1)..].TrimStart();
        }

        int end = line.IndexOfAny(' ', '\t');
        ReadOnlySpan<char> program = end < 0 ? line : line[..end];
        bool argument = end >= 0 && !line[end..].Trim().IsEmpty;
        if (program.IsEmpty || !(char.IsLetter(program[0]) || program[0] == '.'))
        {
            return false;
        }

        if (shell || (program.StartsWith("./") && program.Length > 2 && char.IsLetter(program[2])))
        {
            return true;
        }

        return (argument || prompt) && IsWord(lexicon, Command, program);
    }

    // A file named by its path or its name: "coverage/lcov-report/index.html", "TestResults.trx", "src/app.ts:42" (a
    // line of it), "./reports/" is a folder and "/api/users" a route, neither a file.
    private static bool IsFilePath(Lexicon lexicon, ReadOnlySpan<char> code)
    {
        if (code.IsEmpty || code.IndexOfAny(' ', '\t') >= 0 || code.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        // "file.cs:42" and "file.cs:42:7": a line of the file.
        int colon = code.IndexOf(':');
        if (colon > 0 && colon + 1 < code.Length && char.IsDigit(code[colon + 1]))
        {
            code = code[..colon];
        }

        return HasFileExtension(lexicon, code);
    }

    // A link's target a file: a relative path (a file of the repository: "docs/results.md", "../tests/"), or an address
    // whose path ends in a file's name ("https://ci.example.com/run/42/log.txt"); an anchor of the page or a mail is none.
    private static bool IsFileUrl(Lexicon lexicon, string? url)
    {
        if (url is null || url.Length == 0 || url[0] == '#' || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> path = url.AsSpan();
        int query = path.IndexOfAny('?', '#');
        path = query < 0 ? path : path[..query];
        int scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return !path.IsEmpty;
        }

        path = path[(scheme + 3)..];
        int slash = path.IndexOf('/');
        return slash >= 0 && HasFileExtension(lexicon, path[(slash + 1)..]);
    }

    // The last segment of a path is a name with an extension of a file ("index.html", "coverage.cobertura.xml").
    private static bool HasFileExtension(Lexicon lexicon, ReadOnlySpan<char> path)
    {
        int slash = path.LastIndexOfAny('/', '\\');
        ReadOnlySpan<char> name = slash < 0 ? path : path[(slash + 1)..];
        int dot = name.LastIndexOf('.');
        return dot > 0 && dot + 1 < name.Length && IsWord(lexicon, FileExtension, name[(dot + 1)..]);
    }

    // Whether the word, folded to lower case, is one of the section's.
    private static bool IsWord(Lexicon lexicon, LexiconSection section, ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWord)
        {
            return false;
        }

        Span<char> folded = stackalloc char[word.Length];
        word.ToLowerInvariant(folded);
        return lexicon.Contains(section, folded);
    }
}
