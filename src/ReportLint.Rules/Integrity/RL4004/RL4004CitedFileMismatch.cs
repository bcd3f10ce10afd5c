using System.Collections.Immutable;
using System.Globalization;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.IO;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Integrity;

/// <summary>
/// RL4004: a file the report cites (in a code span or a relative link) does not exist in the git working tree the
/// report lives in, or its stated size ("(9.7 KB)") or line count ("(430 lines)") is far from the real one. Runs
/// only inside a git working tree; never reads outside it and never follows a URL. A bare file name is checked
/// only when a size or line count is claimed for it.
/// </summary>
public sealed class RL4004CitedFileMismatch : ReportAnalyzer
{
    /// <summary>The rule; each of its checks below has its own descriptor, message and section of the rule's page.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL4004", "cited-file-mismatch", "A cited file is missing or differs from its description",
        "A cited file is missing or differs from its description",
        RuleCategory.Integrity, Severity.Warning,
        "A report that lists deliverables which are not in the repository, or much smaller than stated, claims work that cannot be found.");

    /// <summary>The option: how far (in percent) a stated size or line count may be from the real one.</summary>
    public const string TolerancePercentOption = "RL4004.tolerance_percent";

    private const long MaxBytesToCount = 64L * 1024 * 1024;

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule, Missing, SizeDiffers, LinesDiffer];

    /// <summary>A cited file that is not in the repository.</summary>
    public static readonly RuleDescriptor Missing = Rule.ForCheck("missing",
        "A cited file that does not exist", "Cited file '{0}' does not exist in the repository ({1})");

    /// <summary>A cited file whose size is far from the size stated.</summary>
    public static readonly RuleDescriptor SizeDiffers = Rule.ForCheck("size-differs",
        "A cited file of another size than stated", "Cited file '{0}' is {1}, not {2} {3} as stated (tolerance {4}%)");

    /// <summary>A cited file whose line count is far from the count stated.</summary>
    public static readonly RuleDescriptor LinesDiffer = Rule.ForCheck("lines-differ",
        "A cited file of another line count than stated", "Cited file '{0}' has {1} lines, not {2} as stated (tolerance {3}%)");

    /// <inheritdoc />
    public override ImmutableArray<RuleOption> SupportedOptions { get; } =
    [
        new RuleOption(Rule.Id, "tolerance_percent", RuleOptionType.Number, "25",
            "How far, in percent, a stated size or line count may be from the real one."),
    ];

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.HasPath & (RuleNeeds.Character("`") | RuleNeeds.Text("](")) &
        RuleNeeds.When("inside a git working tree", document => RepositoryFiles.For(document.Path!) is not null);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportDocument document = context.Document;
        if (document.Path is null || RepositoryFiles.For(document.Path) is not { } repository)
        {
            return;
        }

        string reportFolder = Path.GetDirectoryName(Path.GetFullPath(document.Path))!;
        decimal tolerance = document.Options.GetNumber(TolerancePercentOption, 25m) / 100m;
        foreach (Inline inline in document.Nodes.OfType<Inline>())
        {
            (string? cited, TextSpan span) = inline switch
            {
                CodeInline code => (code.Content, document.GetSpan(code)),
                LinkInline { IsImage: false, Url: { } url } link when IsRelative(url) => (Uri.UnescapeDataString(url.Split('#')[0]), document.GetSpan(link)),
                _ => (null, default),
            };

            PathShape shape = cited is null ? PathShape.None : ShapeOf(cited);
            if (shape == PathShape.None)
            {
                continue;
            }

            // "yes/no", "read/write", "client/server": with no extension and no trailing '/', a slash is as often an
            // alternative as a folder. Such a word pair is a citation only when its first part is a folder of the tree.
            if (shape == PathShape.Bare && !repository.HasFolder(FirstSegment(cited!), reportFolder))
            {
                continue;
            }

            FactValue? claim = ClaimAfter(document, span);
            // A bare name ("config.yaml", or a one-folder "bin/") is as likely generic advice as a deliverable.
            if (cited!.TrimEnd('/').IndexOf('/') < 0 && claim is null)
            {
                continue;
            }

            string? found = repository.Resolve(cited, reportFolder);
            if (found is null)
            {
                context.Report(Missing, span, cited, repository.Root);
                continue;
            }

            // Links are resolved and checked first: one that leads out of the tree is never followed (its target is
            // not even looked at), and only a regular file is read (a FIFO would never end), so otherwise its size or
            // line count stays unknown and nothing is reported.
            if (claim is { } q && repository.Reader.Check(found) is { CanRead: true } file)
            {
                CheckClaim(context, span, cited, repository.Reader, file, q, tolerance);
            }
        }
    }

    private static void CheckClaim(DocumentAnalysisContext context, TextSpan span, string cited, SafeFileReader reader, FileCheck file, FactValue claim, decimal tolerance)
    {
        long bytes = file.Length;
        string percent = (tolerance * 100m).ToString("0.##", CultureInfo.InvariantCulture);
        if (claim.Unit is "KB" or "MB" or "GB" or "B")
        {
            decimal factor = claim.Unit switch { "KB" => 1m, "MB" => 2m, "GB" => 3m, _ => 0m };
            decimal stated1024 = claim.Number * (decimal)Math.Pow(1024, (double)factor);
            decimal stated1000 = claim.Number * (decimal)Math.Pow(1000, (double)factor);
            if (!Near(bytes, stated1024, tolerance) && !Near(bytes, stated1000, tolerance))
            {
                string actual = claim.Unit == "B" ? $"{bytes} B" : $"{(decimal)bytes / (decimal)Math.Pow(1024, (double)factor):0.#} {claim.Unit}";
                context.Report(SizeDiffers, span, cited, actual, claim.Number.ToString("0.##", CultureInfo.InvariantCulture), claim.Unit, percent);
            }
        }
        else if (claim.Unit == "lines" && bytes <= MaxBytesToCount && CountLines(reader, file) is { } lines)
        {
            if (!Near(lines, claim.Number, tolerance))
            {
                context.Report(LinesDiffer, span, cited, lines, claim.Number.ToString("0.##", CultureInfo.InvariantCulture), percent);
            }
        }
    }

    private static bool Near(decimal actual, decimal stated, decimal tolerance) =>
        stated == 0 ? actual == 0 : Math.Abs(actual - stated) <= stated * tolerance;

    private static int? CountLines(SafeFileReader reader, FileCheck file)
    {
        byte[] bytes;
        try
        {
            bytes = reader.Read(file);
        }
        catch (FileRefusedException)
        {
            return null;
        }

        int lines = bytes.AsSpan().Count((byte)'\n');
        return bytes.Length > 0 && bytes[^1] != '\n' ? lines + 1 : lines;
    }

    // "(9.7 KB)", "(430 lines)" right after the citation, on the same line.
    private static FactValue? ClaimAfter(ReportDocument document, TextSpan span)
    {
        SourceText text = document.Text;
        TextSpan line = text.GetLineSpan(text.GetLinePosition(span.End).Line);
        ReadOnlySpan<char> rest = document.Text.Text.AsSpan(span.End, Math.Max(0, line.End - span.End));
        int i = 0;
        while (i < rest.Length && rest[i] is ' ' or '*' or '_')
        {
            i++;
        }

        if (i >= rest.Length || rest[i] != '(')
        {
            return null;
        }

        int close = rest[i..].IndexOf(')');
        if (close < 0)
        {
            return null;
        }

        if (ReportModel.Of(document).ReadValue(new TextSpan(span.End + i + 1, close - 1)) is { } value &&
            value.Unit is "KB" or "MB" or "GB" or "B" or "lines" && value.Comparison is Comparison.Exact or Comparison.Approximately)
        {
            return value;
        }

        return null;
    }

    private static bool IsRelative(string url) =>
        url.Length > 0 && !url.Contains("://", StringComparison.Ordinal) && url[0] is not ('#' or '/' or '~') &&
        !url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static string FirstSegment(string path)
    {
        string rest = path.StartsWith("./", StringComparison.Ordinal) ? path.Substring(2) : path;
        int slash = rest.IndexOf('/');
        return slash < 0 ? rest : rest.Substring(0, slash);
    }

    private enum PathShape
    {
        None,

        // A name with an extension: "src/app.py", "README.md".
        File,

        // A folder: "kubernetes/".
        Folder,

        // Words joined by '/' with no extension: "docs/guide", or "yes/no".
        Bare,
    }

    // A relative file or folder path: no spaces, no wildcards, no flags or variables, a folder or an extension.
    private static PathShape ShapeOf(string text)
    {
        if (text.Length < 3 || text.Length > 200 || text[0] is '-' or '/' or '~' or '.' && !text.StartsWith("./", StringComparison.Ordinal) && !text.StartsWith(".github/", StringComparison.Ordinal))
        {
            return PathShape.None;
        }

        foreach (char c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c is '/' or '.' or '_' or '-'))
            {
                return PathShape.None;
            }
        }

        if (text.Contains("..", StringComparison.Ordinal) || text.Contains("//", StringComparison.Ordinal))
        {
            return PathShape.None;
        }

        string name = text.TrimEnd('/');
        int slash = name.LastIndexOf('/');
        int dot = name.LastIndexOf('.');
        if (dot > slash + 1 && dot < name.Length - 1 && name[(dot + 1)..].All(char.IsLetterOrDigit))
        {
            return PathShape.File;
        }

        if (text.EndsWith('/'))
        {
            return PathShape.Folder;
        }

        return slash > 0 && char.IsLetter(name[0]) ? PathShape.Bare : PathShape.None;
    }
}
