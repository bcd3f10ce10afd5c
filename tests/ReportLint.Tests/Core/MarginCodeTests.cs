using System.Text;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Rules;
using ReportLint.Tests.Harness;
using ReportLint.Text;

namespace ReportLint.Tests.Core;

/// <summary>
/// The raw reading of a text's code at the margin (issue 51): the content lines of a front matter and of fences that
/// open at the margin are code, and wherever the reading says "code", the parse says so too (<see cref="CodeRegions"/>,
/// held to it on the CommonMark-like layouts generated below, with the line breaks of every platform, on the shared
/// corpora and, in <c>MarginCodeCommonMarkTests</c>, on the CommonMark examples). Where it cannot
/// be sure it reads nothing.
/// </summary>
public class MarginCodeTests
{
    private static readonly Lazy<Lexicon> Lexicon = new(() => BuiltInRules.LoadLexicon());

    private static bool InCode(string text, string marker) =>
        MarginCode.Read(text) is { } code && code.Contains(text.IndexOf(marker, StringComparison.Ordinal));

    private static bool ParseSaysCode(string text, int position) =>
        CodeRegions.Of(new ReportDocument(SourceText.From(text), null, Lexicon.Value, AnalysisOptions.Default)).Contains(new TextSpan(position, 1));

    [Theory]
    [InlineData("# Setup\n\n```bash\nexport PATH=${HOME}/bin\n```\n")]
    [InlineData("Run:\n~~~~\necho $(date)\n~~~~\nafter\n")]
    [InlineData("```\n``\n${HOME}\n```\n")] // a shorter run of backticks is content
    [InlineData("```\n    ```\n${HOME}\n```\n")] // indented by four: content, not a closing fence
    [InlineData("---\ntitle: ${HOME}\n---\n\n# Page\n")]
    [InlineData("---\r\ntitle: x\r\npath: ${HOME}\r\n...\r\n")]
    [InlineData("- item\n  more\n```\n${HOME}\n```\n")] // a fence at the margin ends the list
    [InlineData("> quote\n```\n${HOME}\n```\n")]
    [InlineData("<div>\n\n```\n${HOME}\n```\n")] // a blank line ends an HTML block that opened as a div
    [InlineData("<!-- note -->\n```\n${HOME}\n```\n")] // a comment closed on its own line
    [InlineData("text\r```\r${HOME}\r```\r")] // old Mac line breaks
    public void Reads_code_it_is_sure_of(string text)
    {
        Assert.True(InCode(text, text.Contains("${HOME}") ? "${HOME}" : "$(date)"));
        Assert.True(ParseSaysCode(text, text.IndexOf('$')));
    }

    [Theory]
    [InlineData("Set ${HOME} in your shell.\n")] // prose
    [InlineData("``` a`b\n${HOME}\n```\n")] // a backtick in the info string: no fence, a code span maybe
    [InlineData("```\ncode\n```\n${HOME}\n")] // after the fence closed
    [InlineData("```\ncode\n   ```   \n${HOME}\n")] // closed by a fence indented by three spaces, spaces after it
    [InlineData("---\ntitle: x\n\n${HOME}\n")] // a front matter never closed is none
    [InlineData("```sh\necho ${HOME}")] // a fence never closed: left to the parse
    public void Says_nothing_of_text_outside_code(string text) => Assert.False(InCode(text, "${HOME}"));

    [Theory]
    [InlineData("- item\n  ```\n  ${HOME}\n  ```\n")] // a fence indented by two: a list item's, maybe
    [InlineData(" ```\n${HOME}\n```\n")]
    [InlineData("<div>\n```\n${HOME}\n```\n")] // a fence where an HTML block may stand
    [InlineData("<pre>\n\n```\n${HOME}\n```\n</pre>\n")] // a pre element runs over blank lines
    [InlineData("<!--\n\n```\n${HOME}\n```\n-->\n")]
    [InlineData("```\n${HOME}\n```\u000B\n")] // a vertical tab after a fence: the parse's white space decides
    [InlineData(" ---\ntitle: ${HOME}\n---\n")] // an indented front matter
    [InlineData("---\n---\n${HOME}\n")] // closed right after its first line: Markdig's look-ahead steps over it
    [InlineData("---\na: 1\n--\n---\n${HOME}\n")] // and after a line of two dashes
    [InlineData("\uFEFF---\na: ```\n---\n${HOME}\n")] // a byte-order mark before a front matter
    [InlineData("<textarea>\n</pre>\n</textarea>\n~~~~\n${HOME}\n~~~~\n")] // </pre> ends it; </textarea> opens another block
    [InlineData("<b>${HOME}</b>\n<?php\n\n```\n${HOME}\n```\n")] // no block, then one that runs to "?>"
    public void Gives_up_where_it_cannot_be_sure(string text) => Assert.Null(MarginCode.Read(text));

    [Fact]
    public void Front_matter_and_fences_are_both_read()
    {
        const string text = "---\nlayout: post\n---\n\nIntro with ${PROSE}.\n\n```\n${FENCE}\n```\n\n~~~\n${TILDE}\n~~~\n";
        MarginCode code = Assert.IsType<MarginCode>(MarginCode.Read(text));
        Assert.True(code.Contains(text.IndexOf("layout", StringComparison.Ordinal)));
        Assert.False(code.Contains(text.IndexOf("${PROSE}", StringComparison.Ordinal)));
        Assert.True(code.Contains(text.IndexOf("${FENCE}", StringComparison.Ordinal)));
        Assert.True(code.Contains(text.IndexOf("${TILDE}", StringComparison.Ordinal)));
        Assert.False(code.Contains(text.IndexOf("~~~", StringComparison.Ordinal)));
    }

    // Lines a generated layout is made of: fences of both kinds and lengths at the margin and indented, info strings
    // with and without backticks, front-matter lines, HTML openings of every kind and their ends, list items, quotes,
    // tabs, white space the parse alone decides on, and lines holding the marked position.
    private static readonly string[] Pieces =
    [
        "```", "````", "``", "~~~", "~~~~", "``` bash", "```sh `x`", "~~~ a`b", " ```", "  ~~~", "   ```", "    ```", "\t```",
        "```   ", "``` \t", "```\u000B", "~~~\u000C", "---", "...", "--", "-", "----", "--- ", " ---", "---x", "..", "....",
        "<div>", "<pre>", "<PRE class=\"x\">", "</pre>", "<script", "</script>", "<!--", "-->", "<!-- x -->", "<?php", "?>",
        "<!DOCTYPE html>", "<![CDATA[", "]]>", "<span>", "<textarea>", "</textarea>", "<style>", "</style>",
        "- item", "  - nested", "1. step", "   text", "> quote", ">", "    indented code", "| a | b |", "|---|---|",
        "# Heading", "text", "", "", "", "MARK", "MARK", "  MARK", "- MARK", "> MARK", "`MARK`", "<b>MARK</b>",
    ];

    private static readonly string[] Breaks = ["\n", "\r\n", "\r"];

    [Fact]
    public void Never_calls_code_what_the_parse_does_not()
    {
        var rng = new Random(51);
        int sure = 0, checkedPositions = 0;
        for (int n = 0; n < 30_000; n++)
        {
            int positions = CheckAgainstParse(Layout(rng), "a generated layout");
            sure += positions >= 0 ? 1 : 0;
            checkedPositions += Math.Max(positions, 0);
        }

        // The generator must reach both readings often enough to mean something.
        Assert.True(sure > 5_000, $"only {sure} layouts read surely");
        Assert.True(checkedPositions > 20_000, $"only {checkedPositions} positions checked");
    }

    [SharedFact("corpus")]
    public void Never_calls_code_what_the_parse_does_not_in_the_corpora()
    {
        int read = 0;
        foreach (string path in Directory.EnumerateFiles(Repo.RequireShared("corpus"), "*.md", SearchOption.AllDirectories))
        {
            read += CheckAgainstParse(File.ReadAllText(path), path) >= 0 ? 1 : 0;
        }

        Assert.True(read > 1_000, $"only {read} pages read surely");
    }

    // Holds the raw reading of a text to the parse at each '$' of it; returns how many it checked, or -1 when the
    // reading gave up.
    internal static int CheckAgainstParse(string text, string what)
    {
        if (MarginCode.Read(text) is not { } code)
        {
            return -1;
        }

        int positions = 0;
        for (int at = text.IndexOf('$'); at >= 0; at = text.IndexOf('$', at + 1), positions++)
        {
            Assert.False(code.Contains(at) && !ParseSaysCode(text, at), $"{what}: read as code at {at}, not code to the parse:\n{Escape(text)}");
        }

        return positions;
    }

    private static string Layout(Random rng)
    {
        var sb = new StringBuilder();
        string lineBreak = Breaks[rng.Next(Breaks.Length)];
        if (rng.Next(4) == 0)
        {
            sb.Append("---").Append(rng.Next(3) == 0 ? " " : "").Append(lineBreak);
        }

        int lines = rng.Next(1, 14);
        for (int i = 0; i < lines; i++)
        {
            string piece = Pieces[rng.Next(Pieces.Length)];
            sb.Append(piece.Replace("MARK", rng.Next(2) == 0 ? "${HOME}" : "$(date)"));
            if (rng.Next(5) == 0)
            {
                sb.Append(" ${X}");
            }

            // Mostly one kind of break, sometimes another.
            sb.Append(rng.Next(10) == 0 ? Breaks[rng.Next(Breaks.Length)] : lineBreak);
        }

        if (rng.Next(3) == 0)
        {
            sb.Length -= lineBreak.Length > sb.Length ? 0 : 1;
        }

        return sb.ToString();
    }

    private static string Escape(string text) =>
        text.Replace("\r", "\\r").Replace("\n", "\\n\n").Replace("\t", "\\t").Replace("\u000B", "\\v").Replace("\u000C", "\\f");
}
