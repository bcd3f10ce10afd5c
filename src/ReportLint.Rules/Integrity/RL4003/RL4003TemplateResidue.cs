using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Integrity;

/// <summary>
/// RL4003: template residue left in the prose: <c>$(date)</c>, <c>${VAR}</c>, <c>{{name}}</c>, a bracketed
/// placeholder e-mail address, an <c>XXX-XXX-XXXX</c> phone number, TODO/TBD where one stands in place of a value in
/// a report that claims to be complete or final. Code spans and code blocks are never checked: there such text is
/// legitimate; nor is template syntax used on purpose: a Make variable (<c>$(PREFIX)</c>), a variable inside a
/// name or an assignment (<c>bitcoin-${VERSION}.tar.gz</c>, <c>DIR=$(pwd)</c>), the fields of a document that is a
/// template source itself (front matter, fields in link targets, template actions). In a report (status marks, or a
/// claim to be final or complete) also the placeholders a reader sees as unfilled: <c>your_api_key</c>,
/// <c>your-domain.com</c>, <c>&lt;YOUR_TOKEN&gt;</c>, <c>VIDEO_ID</c> in a URL, <c>2025-03-XX</c>, <c>[Contact Info]</c>,
/// blank signature and date fields; and, in a report that claims to be done, the same in its fenced commands.
/// </summary>
public sealed partial class RL4003TemplateResidue : ReportAnalyzer
{
    // Made once: a params array of constants is built at every call.
    private static readonly char[] ResidueEdges = ['$', '(', ')', '{', '}', ' '];

    // The characters ScanText's matches start with.
    private const string ScanTextStarts = "${[X";

    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL4003", "template-residue", "Template residue left in the text",
        "Template residue '{0}': {1}",
        RuleCategory.Integrity, Severity.Warning,
        "Placeholders and unexpanded variables show the report was generated and never reviewed, and readers get a '$(date)' instead of a date.");

    /// <summary>
    /// The option: report TODO, TBD, "À COMPLÉTER" wherever they stand in capitals, as planning vocabulary too (by
    /// default, only in place of a value in a report that claims to be complete or final).
    /// </summary>
    public const string PlanningMarkersOption = "RL4003.planning_markers";

    private const int MaxPlaceholderLength = 60;

    // The lexicon sections only this rule and its fix read (words in RL4003TemplateResidue.{language}.lex).
    internal static readonly LexiconSection PlaceholderMarker = new("placeholder.marker"), PlaceholderEmail = new("placeholder.email"),
        TemplateFileName = new("template.file-name"), PlaceholderLead = new("placeholder.lead"), PlaceholderField = new("placeholder.field"), PlaceholderBracket = new("placeholder.bracket"),
        DateLabel = new("date.label"), DateFormatYear = new("date.format.year"), DateFormatMonth = new("date.format.month"),
        DateFormatDay = new("date.format.day"), DateVariable = new("placeholder.date-variable");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override ImmutableArray<RuleOption> SupportedOptions { get; } =
    [
        new RuleOption(Rule.Id, "planning_markers", RuleOptionType.Boolean, "false",
            "Report TODO and TBD (and À COMPLÉTER, À DÉFINIR) wherever they stand, not only in place of a value in a report that claims to be complete or final."),
    ];

    // A claim to be final or complete (FinalClaimFacts.ClaimsFinal, and ClaimsFinalAt anywhere): a title that says final
    // (report.final in the first heading), or a claim of completion about a section or the whole report, which only a
    // completion word in a heading or in the report's first lines makes (the claims FinalClaimFacts counts are a
    // heading's, or about the report): "final" or a completion word elsewhere in a page claims nothing final, and the
    // page is not modelled for it.
    private static readonly RuleNeeds MayClaimFinal = RuleNeeds.PhraseInHeading(FinalClaimFacts.ReportFinal) | RuleNeeds.SectionOrDocumentCompletionClaim;

    /// <inheritdoc />
    /// <remarks>
    /// A placeholder address is looked for in the raw text as MatchPlaceholderEmail reads one in a statement's prose.
    /// Template fields ({{name}}), placeholders, blank fields and date formats are residue in a report only (IsReport:
    /// status marks, or a claim to be final), and markers only in a report that claims to be final, unless the option
    /// reports them everywhere: a page that can be neither is not modelled for them. The tests that read the raw text,
    /// or the headings, come before the questions about words anywhere in the page (which ask for the scan of its whole
    /// text): a placeholder address before its words (nearly every manual holds one of them), a claim to be final
    /// before the markers.
    /// </remarks>
    public override RuleNeeds Needs { get; } =
        RuleNeeds.TextOutsideTopLevelFences("$(", "${", "XX") |
        (RuleNeeds.When("a bracketed address with a placeholder word", MayHoldPlaceholderEmail) & RuleNeeds.TextOutsideTopLevelFences("@") &
         RuleNeeds.Phrase(PlaceholderEmail)) |
        ((MayClaimFinal | RuleNeeds.When("planning markers reported everywhere", PlanningMarkersEverywhere)) & RuleNeeds.Phrase(PlaceholderMarker)) |
        ((RuleNeeds.StatusSymbol | MayClaimFinal) &
         (RuleNeeds.TextOutsideTopLevelFences("{{") | RuleNeeds.Text("___") | RuleNeeds.Text("\\_") |
          RuleNeeds.When("a date format's year in capitals", MayHoldDateFormat) | RuleNeeds.When("a placeholder token or bracketed field", MayHoldPlaceholder)));

    // The option that reports markers wherever they stand in capitals (as OnPurpose reads it).
    private static bool PlanningMarkersEverywhere(ReportDocument document) =>
        string.Equals(document.Options.GetString(PlanningMarkersOption), "true", StringComparison.OrdinalIgnoreCase);

    // The tokens and bracketed fields of ScanPlaceholders, looked for by their shape: a lead word joined to the next by
    // '-' or '_' (your-domain.com, YOUR_TOKEN, <your-api-key>), an upper-case name ending in a field word after '_'
    // (VIDEO_ID, <API_KEY>), a bracket holding a field ([Your Name]). The words alone ("your", "name", "id") are in
    // nearly every page; a document with none of the shapes is not modelled for this rule.
    private static bool MayHoldPlaceholder(ReportDocument document)
    {
        // One pass over the joins, each checked for a lead word right before it: a case-insensitive search for each
        // lead word over the whole text is a slow character-by-character path under invariant globalization.
        ReadOnlySpan<char> text = document.Text.Text;
        IReadOnlyList<string> leads = document.Lexicon.Phrases(PlaceholderLead);
        for (int from = 0, at; leads.Count > 0 && (at = text[from..].IndexOfAny('-', '_')) >= 0; from += at + 1)
        {
            int join = from + at;
            // By index: a foreach over the read-only list would make an enumerator object at every join.
            for (int k = 0; k < leads.Count; k++)
            {
                string lead = leads[k];
                if (join >= lead.Length && text.Slice(join - lead.Length, lead.Length).Equals(lead.AsSpan(), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        ReportModel model = ReportModel.Of(document);
        for (int from = 0, at; (at = text[from..].IndexOfAny('_', '[')) >= 0; from += at + 1)
        {
            int i = from + at;
            if (text[i] == '[' ? MatchBracketField(text, i, model) > 0 : IsFieldToken(text, i, model))
            {
                return true;
            }
        }

        return false;
    }

    // A placeholder address as MatchPlaceholderEmail reads one, in the raw text. A statement's prose is the text with
    // code, HTML and link targets blanked to spaces, and an address holds none: where the prose holds one, the text
    // holds the same characters. Only the link test is left out (a blanked link target leaves no '(' in the prose).
    // A bracket with '@' is in many pages ("[name@host](mailto:…)"); one with a placeholder word in it, in few.
    private static bool MayHoldPlaceholderEmail(ReportDocument document)
    {
        ReadOnlySpan<char> text = document.Text.Text;
        if (text.IndexOf('@') < 0)
        {
            return false;
        }

        ReportModel model = ReportModel.Of(document);
        for (int from = 0, at; (at = text[from..].IndexOf('[')) >= 0; from += at + 1)
        {
            // The closing bracket is looked for within reach only: a '[' with none after it is not searched to the end.
            int i = from + at;
            if (PlaceholderEmailEnd(text.Slice(i, Math.Min(text.Length - i, MaxPlaceholderLength + 1)), 0, model) > 0)
            {
                return true;
            }
        }

        return false;
    }

    // A date format's year in capitals ("YYYY", "AAAA"; lexicon date.format.year), anywhere in the raw text (ordinal).
    private static bool MayHoldDateFormat(ReportDocument document)
    {
        string[] years = DateFormats.Of(document.Lexicon).Years;
        for (int k = 0; k < years.Length; k++)
        {
            if (document.Text.Text.Contains(years[k], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // An underscore inside an upper-case name whose last part is a field word: the "_ID" of VIDEO_ID.
    private static bool IsFieldToken(ReadOnlySpan<char> text, int underscore, ReportModel model)
    {
        int end = underscore + 1;
        while (end < text.Length && IsTokenChar(text[end]) && text[end] != '_')
        {
            end++;
        }

        ReadOnlySpan<char> last = text[(underscore + 1)..end];
        return last.Length > 0 && (end == text.Length || text[end] != '_') && !HasLower(last) && model.IsPhrase(PlaceholderField, last);
    }

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    [ThreadStatic]
    private static List<Residue>? t_found;

    private static void Analyze(DocumentAnalysisContext context)
    {
        // Each statement's prose: code spans, HTML, autolinks and link targets are blanked there, where such text is
        // legitimate. Code blocks are never checked.
        ReportDocument document = context.Document;
        ReportModel model = ReportModel.Of(document);
        if (IsTemplateFile(document.Path, model))
        {
            return;
        }

        // A page whose text holds none of the shapes below is not read statement by statement: building the statements
        // of every page of documentation that shows "${…}" in code (and whether it is a report) was most of the rule's
        // cost there, for no finding.
        if (!MayHoldResidue(document, model))
        {
            return;
        }

        List<Residue> found = t_found ??= [];
        bool? report = null;
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is StatementKind.CodeLine or StatementKind.DashboardLine)
            {
                continue;
            }

            found.Clear();
            ReadOnlySpan<char> prose = statement.Prose[statement.Span];
            // Template syntax, addresses and phone numbers start at '$', '{', '[' or 'X' (ScanText): most statements hold
            // none, and are not read character by character.
            if (prose.IndexOfAny(ScanTextStarts) >= 0)
            {
                ScanText(prose, statement.Span.Start, model, found);
            }

            if (MayHoldMarker(prose, document.Lexicon))
            {
                FindMarkers(document, statement, found);
            }

            // Placeholders are residue in a report only: in any other page none would be kept, so none is looked for
            // (the scan of every character of every statement was the rule's largest cost on ordinary documentation).
            if (report ??= IsReport(model))
            {
                ScanPlaceholders(document.GetText(statement.Span), prose, statement.Span.Start, model, found);
            }

            Report(context, model, found);
        }

        // A report's own commands and configuration: placeholders and blank fields, never template syntax (a shell
        // variable, a template literal, a Helm or Jinja field is code that means it). A command is an instruction, and
        // an instruction's placeholder is its reader's to fill in, until the report says the work is done: then a
        // deploy command to your-domain.com tells of a deployment with no real address.
        // Only a report that claims to be final has its fences read.
        if (model.Fences.Count == 0 || !FinalClaimFacts.ClaimsFinal(model))
        {
            return;
        }

        foreach (ModelFence fence in model.Fences)
        {
            found.Clear();
            ScanPlaceholders(document.GetText(fence.Content), [], fence.Content.Start, model, found);
            if (found.Count > 0)
            {
                Report(context, model, found);
            }
        }
    }

    // Whether any residue may stand in the document, read in its raw text for the shape of each: what ScanText finds
    // (MayHoldResidueOutsideReports); a report's fields ("{{"), markers (a phrase of placeholder.marker anywhere) and
    // what ScanPlaceholders finds, in statements and in code blocks (tokens and bracketed fields as MayHoldPlaceholder
    // finds them, masked dates with their "XX", date formats with their year in capitals, a blank after a colon): all
    // of them on purpose outside a report (OnPurpose), where only ScanText's are reported.
    // Those of a report only are asked last, and whether the page is a report only when one of them may stand.
    private static bool MayHoldResidue(ReportDocument document, ReportModel model)
    {
        string text = document.Text.Text;
        return PlanningMarkersEverywhere(document) || MayHoldResidueOutsideReports(document) ||
            ((text.Contains("{{", StringComparison.Ordinal) || FinalClaimFacts.MayHoldPhrase(document, PlaceholderMarker) ||
              MayHoldBlankField(text) || MayHoldDateFormat(document) || MayHoldPlaceholder(document)) && IsReport(model));
    }

    // A colon, then spaces or emphasis, then a run of underscores, emphasis, backslashes and slashes holding an
    // underscore: what MatchBlankField needs at least.
    private static bool MayHoldBlankField(string text)
    {
        for (int from = 0, at; (at = text.AsSpan(from).IndexOf(':')) >= 0; from += at + 1)
        {
            int j = from + at + 1;
            while (j < text.Length && text[j] is '*' or ' ' or '\t')
            {
                j++;
            }

            while (j < text.Length && text[j] is '_' or '*' or '\\' or '/')
            {
                if (text[j] == '_')
                {
                    return true;
                }

                j++;
            }
        }

        return false;
    }

    // What ScanText could find in a statement's prose, looked for in the raw text: the prose is the text with code,
    // HTML and link targets blanked to spaces, so what it holds the text holds at the same place. A phone number's
    // groups are "XX" at least, an address is what MayHoldPlaceholderEmail finds, and a variable or command
    // substitution starts "$(" or "${" and a letter or '_', outside code (a code span is blanked, a code block's lines
    // are never read as prose).
    private static bool MayHoldResidueOutsideReports(ReportDocument document)
    {
        string text = document.Text.Text;
        if (text.Contains("XX", StringComparison.Ordinal))
        {
            return true;
        }

        // A candidate in a shell block at the margin, or in the front matter, is known to be code from the raw text;
        // only one the raw reading cannot place asks the parse (most pages that show "${HOME}" show it in code only, and
        // were parsed for that alone).
        MarginCode? margin = null;
        bool marginRead = false;
        CodeRegions? code = null;
        for (int from = 0, at; (at = text.AsSpan(from).IndexOf('$')) >= 0; from += at + 1)
        {
            int i = from + at;
            if (i + 2 < text.Length && text[i + 1] is '(' or '{' && (char.IsAsciiLetter(text[i + 2]) || text[i + 2] == '_'))
            {
                if (!marginRead)
                {
                    margin = MarginCode.Read(text);
                    marginRead = true;
                }

                if (margin?.Contains(i) != true && !(code ??= CodeRegions.Of(document)).Contains(new TextSpan(i, 1)))
                {
                    return true;
                }
            }
        }

        return MayHoldPlaceholderEmail(document);
    }

    // A page its author named a template, or keeps in a folder of templates ("PROJECT_CHARTER_TEMPLATE.md",
    // "template-election-process.md", ".github/ISSUE_TEMPLATE/bug.md", "modeles/compte-rendu.md"; lexicon
    // template.file-name), holds fields to fill in by design.
    private static bool IsTemplateFile(string? path, ReportModel model)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        return NamesTemplate(Path.GetFileNameWithoutExtension(path).AsSpan(), model) ||
            NamesTemplate(Path.GetFileName(Path.GetDirectoryName(path) ?? string.Empty).AsSpan(), model);
    }

    private static bool NamesTemplate(ReadOnlySpan<char> name, ReportModel model)
    {
        for (int i = 0; i < name.Length;)
        {
            if (!char.IsLetter(name[i]))
            {
                i++;
                continue;
            }

            // A word: letters, up to a change from lower to upper case ("ProjectTemplate").
            int start = i++;
            while (i < name.Length && char.IsLetter(name[i]) && !(char.IsUpper(name[i]) && char.IsLower(name[i - 1])))
            {
                i++;
            }

            if (model.IsPhrase(TemplateFileName, name[start..i]))
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(DocumentAnalysisContext context, ReportModel model, List<Residue> found)
    {
        ReportDocument document = context.Document;
        found.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        int reached = -1;
        foreach ((TextSpan span, string what) in found)
        {
            // One finding for one piece of text: "[your-email@domain.com]" is an address, not also a "your-" token.
            if (span.Start < reached)
            {
                continue;
            }

            reached = span.End;
            if (!OnPurpose(document, model, span, what))
            {
                string residue = document.GetText(span).ToString();
                context.Diagnostics.Report(Rule, span, IsDatePlaceholder(residue, document.Lexicon) ? FillDate : null, [], residue, what);
            }
        }
    }

    // Placeholders a reader sees as unfilled are residue in a report (one whose statements carry status marks, or
    // that claims to be final or complete); a README or a guide that tells its reader to replace your_api_key is
    // documentation.
    private static bool IsReport(ReportModel model) => model.IsStatusReport || FinalClaimFacts.ClaimsFinal(model);

    private const string Unfilled = "a placeholder that was never filled in";
    private const string BlankField = "a fill-in field left blank";
    private const string MaskedDate = "a date that was never filled in";
    private const string DateFormat = "a date format standing where the date belongs";
    private const string BracketField = "a bracketed field that was never filled in";

    // Placeholders in a piece of the source: tokens (your_api_key, YOUR_TOKEN, your-domain.com, <API_KEY>, VIDEO_ID in
    // a URL), masked dates (2025-03-XX), bracketed fields ([Contact Info]) and blank fill-in fields (Date: ___).
    // prose is the same piece with code, HTML and link targets blanked, or empty for code: dates and brackets are
    // read in prose only, tokens everywhere.
    private static void ScanPlaceholders(ReadOnlySpan<char> text, ReadOnlySpan<char> prose, int offset, ReportModel model, List<Residue> found)
    {
        bool code = prose.IsEmpty;
        DateFormats formats = DateFormats.Of(model.Document.Lexicon);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool inProse = !code && prose[i] != ' ';
            bool starts = i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '_' or '-' or '#' or '.' or '@' or '$' or '{' or '%');
            int end;
            if (c == '<' && !code && text[i..].StartsWith("<!--"))
            {
                // A comment is not shown to the reader.
                end = text[i..].IndexOf("-->");
                i = end < 0 ? text.Length : i + end + 2;
            }
            else if (char.IsLetter(c) && starts && (end = MatchToken(text, i, inProse, model)) > 0)
            {
                found.Add(new Residue(new TextSpan(offset + i, end - i), Unfilled));
                i = end - 1;
            }
            else if (c == '<' && (end = MatchAngle(text, i, model)) > 0)
            {
                found.Add(new Residue(new TextSpan(offset + i, end - i), Unfilled));
                i = end - 1;
            }
            else if (inProse && (char.IsAsciiDigit(c) || c == 'X') && starts && (end = MatchMaskedDate(text, i)) > 0)
            {
                found.Add(new Residue(new TextSpan(offset + i, end - i), MaskedDate));
                i = end - 1;
            }
            else if (inProse && formats.Opens(c) && starts && (end = MatchDateFormat(text, i, formats, model)) > 0)
            {
                found.Add(new Residue(new TextSpan(offset + i, end - i), DateFormat));
                i = end - 1;
            }
            else if (inProse && c == '[' && (end = MatchBracketField(text, i, model)) > 0)
            {
                found.Add(new Residue(new TextSpan(offset + i, end - i), BracketField));
                i = end - 1;
            }
            else if (c == ':' && (code || inProse) && (end = MatchBlankField(text, i, out int from)) > 0)
            {
                found.Add(new Residue(TextSpan.FromBounds(offset + from, offset + end), BlankField));
                i = end - 1;
            }
            else if (starts && char.IsLetterOrDigit(c))
            {
                // Nothing starts at this word: nothing starts inside it either (each of its characters follows a letter,
                // digit, '_' or '-', and none is '<', '[' or ':'), so its characters are not tried one by one. Table
                // pages are mostly such words.
                while (i + 1 < text.Length && IsTokenChar(text[i + 1]))
                {
                    i++;
                }
            }
        }
    }

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';

    // your_api_key, YOUR_USERNAME, your-domain.com, your-service.onrender.com; VIDEO_ID, REPO_NAME as a segment or a
    // value of a URL or a command.
    private static int MatchToken(ReadOnlySpan<char> text, int i, bool inProse, ReportModel model)
    {
        int j = i;
        while (j < text.Length && IsTokenChar(text[j]))
        {
            j++;
        }

        ReadOnlySpan<char> token = text[i..j].TrimEnd("-_");
        j = i + token.Length;
        int separator = token.IndexOfAny('_', '-');
        if (separator <= 0 || separator == token.Length - 1)
        {
            return -1;
        }

        bool upper = !HasLower(token);
        if (model.IsPhrase(PlaceholderLead, token[..separator]))
        {
            // "your-first-component", "your-pkg": a title's slug or an example's name, not a value to give.
            bool domain = j + 1 < text.Length && text[j] is '.' or '@' && char.IsAsciiLetter(text[j + 1]);
            if (!(upper || token.IndexOf('_') >= 0 || domain))
            {
                return -1;
            }

            // A host name or an address goes with it: your-service.onrender.com, your-email@domain.com.
            if (domain)
            {
                while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] is '.' or '-' or '@'))
                {
                    j++;
                }

                while (text[j - 1] is '.' or '-')
                {
                    j--;
                }
            }

            return j;
        }

        // An upper-case name of the value to give, standing as a segment or a value: /REPO_NAME, ?v=VIDEO_ID.
        if (!inProse && upper && token.IndexOf('-') < 0 && i > 0 && text[i - 1] is '/' or '=' &&
            (j == text.Length || text[j] is '/' or '?' or '&' or '#' or '.' or ')' or ' ' or '"' or '\'' or '\n' or '\r' or '>') &&
            model.IsPhrase(PlaceholderField, token[(token.LastIndexOf('_') + 1)..]))
        {
            return j;
        }

        return -1;
    }

    private static bool HasLower(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    // <YOUR_TOKEN>, <your-api-key>, <API_KEY>: a placeholder in angle brackets (<INPUT_FILE> is a usage synopsis).
    private static int MatchAngle(ReadOnlySpan<char> text, int i, ReportModel model)
    {
        ReadOnlySpan<char> after = text[(i + 1)..];
        int close = after[..Math.Min(after.Length, MaxPlaceholderLength + 1)].IndexOf('>');
        if (close <= 2)
        {
            return -1;
        }

        ReadOnlySpan<char> inner = text.Slice(i + 1, close);
        foreach (char c in inner)
        {
            if (!IsTokenChar(c))
            {
                return -1;
            }
        }

        int separator = inner.IndexOfAny('_', '-');
        if (separator <= 0 || !char.IsLetter(inner[0]))
        {
            return -1;
        }

        bool placeholder = model.IsPhrase(PlaceholderLead, inner[..separator]) ||
            (!HasLower(inner) && inner.IndexOf('-') < 0 && model.IsPhrase(PlaceholderField, inner[(inner.LastIndexOf('_') + 1)..]));
        return placeholder ? i + close + 2 : -1;
    }

    // 2025-03-XX, 2025-XX-XX, XX/XX/2025: a date with its day or month masked.
    private static int MatchMaskedDate(ReadOnlySpan<char> text, int i)
    {
        int j = i;
        while (j < text.Length && (char.IsAsciiDigit(text[j]) || text[j] is 'X' or '-' or '/' or '.'))
        {
            j++;
        }

        while (j > i && text[j - 1] is '-' or '/' or '.')
        {
            j--;
        }

        if (j < text.Length && char.IsLetterOrDigit(text[j]))
        {
            return -1;
        }

        ReadOnlySpan<char> date = text[i..j];
        int parts = 0, years = 0, masked = 0;
        while (!date.IsEmpty)
        {
            int cut = date.IndexOfAny("-/.");
            ReadOnlySpan<char> part = cut < 0 ? date : date[..cut];
            if (part is "XX")
            {
                masked++;
            }
            else if (part.Length == 4 && IsDigits(part))
            {
                years++;
            }
            else if (!(part.Length is 1 or 2 && IsDigits(part)))
            {
                return -1;
            }

            parts++;
            date = cut < 0 ? [] : date[(cut + 1)..];
        }

        return parts == 3 && years == 1 && masked >= 1 ? j : -1;
    }

    // YYYY-MM-DD, DD/MM/YYYY, JJ/MM/AAAA: a date's format in capitals (it is residue only where it stands as a value),
    // its parts the lexicon's date.format.year, date.format.month and date.format.day.
    private static int MatchDateFormat(ReadOnlySpan<char> text, int i, DateFormats formats, ReportModel model)
    {
        int j = i;
        while (j < text.Length && (formats.IsLetter(text[j]) || text[j] is '-' or '/' or '.'))
        {
            j++;
        }

        while (j > i && text[j - 1] is '-' or '/' or '.')
        {
            j--;
        }

        if (j < text.Length && char.IsLetterOrDigit(text[j]))
        {
            return -1;
        }

        ReadOnlySpan<char> date = text[i..j];
        int parts = 0, years = 0;
        while (!date.IsEmpty)
        {
            int cut = date.IndexOfAny("-/.");
            ReadOnlySpan<char> part = cut < 0 ? date : date[..cut];
            if (model.IsPhrase(DateFormatYear, part))
            {
                years++;
            }
            else if (!(model.IsPhrase(DateFormatMonth, part) || model.IsPhrase(DateFormatDay, part)))
            {
                return -1;
            }

            parts++;
            date = cut < 0 ? [] : date[(cut + 1)..];
        }

        return parts == 3 && years == 1 ? j : -1;
    }

    // [Contact Info], [Your Name], [À remplir]: the whole text between brackets is a field to fill in (not a link, a
    // task box or a reference).
    private static int MatchBracketField(ReadOnlySpan<char> text, int i, ReportModel model)
    {
        // "app-[date].log", "logs/[name]": a pattern inside a name. "\[prénom]": a bracket escaped in the source was
        // typed to be shown as one (a form the reader fills in, a tag), not left by a template.
        if (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '-' or '_' or '/' or '.' or '\\'))
        {
            return -1;
        }

        int close = text[(i + 1)..].IndexOfAny("]\n[");
        if (close <= 0 || close > MaxPlaceholderLength || text[i + 1 + close] != ']')
        {
            return -1;
        }

        int end = i + close + 2;
        if (end < text.Length && text[end] is '(' or '[' or ':')
        {
            return -1;
        }

        ReadOnlySpan<char> inner = text.Slice(i + 1, close).Trim();
        int space = inner.IndexOf(' ');
        return model.IsPhrase(PlaceholderBracket, inner) || (space > 0 && model.IsPhrase(PlaceholderLead, inner[..space])) ? end : -1;
    }

    // "Signature: ________", "Date: ___/___/____", "**Project Manager:** ****\_**** Date: **\_\_\_**": a label, then
    // only a blank line to write on (underscores, escaped or in emphasis, and slashes).
    private static int MatchBlankField(ReadOnlySpan<char> text, int i, out int from)
    {
        from = -1;
        int k = i - 1;
        while (k >= 0 && text[k] is '*' or ' ')
        {
            k--;
        }

        if (k < 0 || !(char.IsLetter(text[k]) || text[k] == ')'))
        {
            return -1;
        }

        int j = i + 1;
        while (j < text.Length && text[j] is '*' or ' ' or '\t')
        {
            j++;
        }

        // The blank starts with the emphasis written around it ("**\_\_\_**"), not with the label's ("**Date:** ").
        from = j;
        while (from > i + 1 && text[from - 1] == '*')
        {
            from--;
        }

        int underscores = 0, length = j - from;
        while (j < text.Length && text[j] is '_' or '*' or '\\' or '/')
        {
            underscores += text[j] == '_' ? 1 : 0;
            length++;
            j++;
        }

        if (underscores == 0 || length < 3 || (underscores < 3 && length < 5) || (j < text.Length && !char.IsWhiteSpace(text[j]) && text[j] != '|'))
        {
            return -1;
        }

        return j;
    }

    // TODO, TBD, "À COMPLÉTER": a marker of the lexicon that the statement holds, written in capitals.
    private static void FindMarkers(ReportDocument document, ModelStatement statement, List<Residue> found)
    {
        foreach (PhraseHit hit in statement.Find(PlaceholderMarker))
        {
            if (IsUpper(document.GetText(hit.Span)))
            {
                found.Add(new Residue(hit.Span, Marker));
            }
        }

        found.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    // Whether the prose holds a capital letter a marker can start with: most statements hold none, and are not folded for it.
    private static bool MayHoldMarker(ReadOnlySpan<char> prose, Lexicon lexicon)
    {
        // The markers' capitals in one search (a search per marker read the statement once for each).
        if (prose.IndexOfAny(MarkerCapitals.Of(lexicon)) >= 0)
        {
            return true;
        }

        // A marker may start with an accented capital ("À COMPLÉTER"): any capital beyond ASCII.
        for (int i = ReportLint.Text.Mojibake.FirstBeyondAscii(prose); i >= 0 && i < prose.Length; i++)
        {
            char c = prose[i];
            if (c > '\u007F' && char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    // The first letters of the lexicon's markers in capitals, but those beyond ASCII that are capitals (the search for
    // any such capital finds them): kept for the last lexicon asked.
    private sealed class MarkerCapitals(Lexicon lexicon, string capitals)
    {
        private static MarkerCapitals? s_last;

        public static string Of(Lexicon lexicon)
        {
            MarkerCapitals? last = Volatile.Read(ref s_last);
            if (last is null || !ReferenceEquals(last._lexicon, lexicon))
            {
                var capitals = new System.Text.StringBuilder();
                IReadOnlyList<string> markers = lexicon.Phrases(PlaceholderMarker);
                for (int m = 0; m < markers.Count; m++)
                {
                    char c = markers[m].Length > 0 ? char.ToUpperInvariant(markers[m][0]) : '\0';
                    if (markers[m].Length > 0 && (c <= '\u007F' || !char.IsUpper(c)) && capitals.ToString().IndexOf(c) < 0)
                    {
                        capitals.Append(c);
                    }
                }

                last = new MarkerCapitals(lexicon, capitals.ToString());
                Volatile.Write(ref s_last, last);
            }

            return last._capitals;
        }

        private readonly Lexicon _lexicon = lexicon;
        private readonly string _capitals = capitals;
    }

    private const string Marker = "a marker of unfinished text";
    private const string Field = "a template field that was never filled";

    // Template syntax used on purpose, and planning vocabulary: not residue.
    private static bool OnPurpose(ReportDocument document, ReportModel model, TextSpan span, string what)
    {
        string text = document.Text.Text;
        if (ReferenceEquals(what, Marker))
        {
            return !PlanningMarkersEverywhere(document) && !(StandsForValue(text, span) && FinalClaimFacts.ClaimsFinalAt(model, span.Start));
        }

        if (ReferenceEquals(what, DateFormat))
        {
            return !StandsForValue(text, span);
        }

        if (ReferenceEquals(what, Unfilled) || ReferenceEquals(what, BlankField) || ReferenceEquals(what, MaskedDate) || ReferenceEquals(what, BracketField))
        {
            return false;
        }

        // {{NAME}} in a page with no status marks and no claim to be final is a template's field: a canned reply, an
        // e-mail to send, a form ("Hi {{REQUESTER}},"); in a report it is a field nobody filled in.
        if (ReferenceEquals(what, Field))
        {
            return Templates.Of(document).IsTemplateSource || !IsReport(model);
        }

        if (text[span.Start] == '$')
        {
            return IsMakeVariable(text.AsSpan(span.Start, span.Length)) || InsideNameOrAssignment(text, span);
        }

        return false;
    }

    // $(PREFIX), $(CC): Make's variable syntax (a shell command substitution runs a command: $(date), $(git …)).
    private static bool IsMakeVariable(ReadOnlySpan<char> residue)
    {
        if (residue[1] != '(')
        {
            return false;
        }

        foreach (char c in residue[2..^1])
        {
            if (!(c is >= 'A' and <= 'Z' || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    // bitcoin-${VERSION}-arm.tar.gz, $(PREFIX)/bin, DIR=$(pwd): part of a name pattern or of an assignment.
    private static bool InsideNameOrAssignment(string text, TextSpan span)
    {
        char before = span.Start > 0 ? text[span.Start - 1] : ' ';
        char beforePrevious = span.Start > 1 ? text[span.Start - 2] : ' ';
        char after = span.End < text.Length ? text[span.End] : ' ';
        char afterNext = span.End + 1 < text.Length ? text[span.End + 1] : ' ';
        // '_' and '*' next to a space or punctuation are emphasis (_Updated: $(date)_), not part of a name.
        return char.IsLetterOrDigit(before) || before is '-' or '/' or '.' or '=' || (before == '_' && char.IsLetterOrDigit(beforePrevious)) ||
               char.IsLetterOrDigit(after) || after is '-' or '/' || (after is '.' or '_' && char.IsLetterOrDigit(afterNext));
    }

    // "Owner: TBD", "| Date | TBD |", "RBAC - TODO", "- TODO": the marker is all there is where a value belongs.
    private static bool StandsForValue(string text, TextSpan span)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        if (span.Start == 0)
        {
            lineStart = 0;
        }

        int lineEnd = text.IndexOf('\n', span.End);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        // A marker in brackets stands for the value as well: "Owner: [TBD]", "| (TODO) |".
        ReadOnlySpan<char> before = text.AsSpan(lineStart, span.Start - lineStart).TrimEnd(" \t*_");
        ReadOnlySpan<char> after = text.AsSpan(span.End, lineEnd - span.End).Trim(" \t*_.!\r");
        if (before.Length > 0 && after.Length > 0 && (before[^1], after[0]) is ('[', ']') or ('(', ')'))
        {
            before = before[..^1].TrimEnd(" \t*_");
            after = after[1..].Trim(" \t*_.!\r");
        }
        bool valueEnds = after.IsEmpty || after[0] == '|';
        if (!valueEnds)
        {
            return false;
        }

        // After a label ("Owner: TBD", "RBAC - TODO") or in a table cell of its own.
        if (before.EndsWith(":") || before.EndsWith("|") || before.EndsWith(" -") || before.EndsWith(" –") || before.EndsWith(" —"))
        {
            return true;
        }

        // A list item that holds nothing else: "- TBD", "1. TODO", "- [ ] TBD".
        ReadOnlySpan<char> item = before.Trim(" \t>");
        if (item.EndsWith("[ ]"))
        {
            item = item[..^3].TrimEnd();
        }

        return item is "-" or "*" or "+" || (item.Length > 1 && item[^1] is '.' or ')' && IsDigits(item[..^1]));
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }

    /// <summary>What the whole document says about its own template syntax, found once.</summary>
    private sealed class Templates
    {
        private Templates(bool isTemplateSource) => IsTemplateSource = isTemplateSource;

        // The document is the source a site generator renders (Jekyll, Hugo, MkDocs macros, Go templates): it opens
        // with front matter, puts template fields in link targets, or uses template actions. Its fields are filled
        // when it is rendered.
        public bool IsTemplateSource { get; }

        public static Templates Of(ReportDocument document) => document.GetModel(d => new Templates(FindTemplateSource(d.Text.Text)));

        private static bool FindTemplateSource(string text)
        {
            if (text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r\n", StringComparison.Ordinal) ||
                text.Contains("{%", StringComparison.Ordinal))
            {
                return true;
            }

            for (int at = text.IndexOf("{{", StringComparison.Ordinal); at >= 0; at = text.IndexOf("{{", at + 2, StringComparison.Ordinal))
            {
                // A template action: {{if …}}, {{end}}, {{.}}, {{- …}}, {{#each}}, {{/each}}.
                int k = at + 2;
                while (k < text.Length && text[k] == ' ')
                {
                    k++;
                }

                if (k < text.Length && text[k] is '.' or '-' or '#' or '/' or '!' or '>' ||
                    StartsWithWord(text, k, "if") || StartsWithWord(text, k, "end") || StartsWithWord(text, k, "range") ||
                    StartsWithWord(text, k, "with") || StartsWithWord(text, k, "else") || StartsWithWord(text, k, "for"))
                {
                    return true;
                }

                // A field in a link target: "](…{{ site.url }}/img)", "[ref]: {{log}}", href="{{ url }}".
                int lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
                ReadOnlySpan<char> before = text.AsSpan(lineStart, at - lineStart);
                int target = Math.Max(before.LastIndexOf("]("), Math.Max(before.LastIndexOf("]: "), before.LastIndexOf("=\"")));
                if (target >= 0 && before[(target + 2)..].TrimStart().IndexOfAny(" \t)") < 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool StartsWithWord(string text, int at, string word) =>
            string.CompareOrdinal(text, at, word, 0, word.Length) == 0 && (at + word.Length >= text.Length || !char.IsLetterOrDigit(text[at + word.Length]));

    }

    /// <summary>
    /// The letters of the date formats of a lexicon (sections date.format.year, date.format.month, date.format.day) in
    /// capitals, made once per lexicon: the scan asks at each character whether a format may start there without
    /// making a string.
    /// </summary>
    private sealed class DateFormats
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Lexicon, DateFormats> Made = new();

        // The capitals that open a format (the first letters of its years and days: it is read from its year or its day),
        // and those it is written with.
        private readonly System.Buffers.SearchValues<char> _opening, _letters;

        private DateFormats(Lexicon lexicon)
        {
            var opening = new System.Text.StringBuilder();
            var letters = new System.Text.StringBuilder();
            var years = new List<string>();
            foreach (LexiconSection section in new[] { DateFormatYear, DateFormatMonth, DateFormatDay })
            {
                foreach (string phrase in lexicon.Phrases(section))
                {
                    string upper = phrase.ToUpperInvariant();
                    if (upper.Length == 0)
                    {
                        continue;
                    }

                    letters.Append(upper);
                    if (section != DateFormatMonth)
                    {
                        opening.Append(upper[0]);
                    }

                    if (section == DateFormatYear)
                    {
                        years.Add(upper);
                    }
                }
            }

            _opening = System.Buffers.SearchValues.Create(opening.ToString());
            _letters = System.Buffers.SearchValues.Create(letters.ToString());
            Years = years.ToArray();
        }

        // The years in capitals ("YYYY", "AAAA").
        public string[] Years { get; }

        public static DateFormats Of(Lexicon lexicon) => Made.GetValue(lexicon, static l => new DateFormats(l));

        public bool Opens(char c) => _opening.Contains(c);

        public bool IsLetter(char c) => _letters.Contains(c);
    }

    // A residue found and what it is (a class, not a value tuple: framework generic code over a value type is
    // JIT-compiled at every start of the tool).
    private sealed record Residue(TextSpan Span, string What);

    private static void ScanText(ReadOnlySpan<char> text, int offset, ReportModel model, List<Residue> found)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int end;
            if (c == '$' && i + 1 < text.Length && text[i + 1] is '(' or '{' && (end = MatchVariable(text, i)) > 0)
            {
                string what = text[i + 1] == '(' ? "a command substitution that was never run" : "a variable that was never expanded";
                found.Add(new Residue(new TextSpan(offset + i, end - i), what));
                i = end - 1;
            }
            else if (c == '{' && i + 1 < text.Length && text[i + 1] == '{' && (end = MatchMustache(text, i)) > 0)
            {
                found.Add(new Residue(new TextSpan(offset + i, end - i), Field));
                i = end - 1;
            }
            else if (c == '[' && (end = MatchPlaceholderEmail(text, i, model)) > 0)
            {
                found.Add(new Residue(new TextSpan(offset + i, end - i), "a placeholder e-mail address"));
                i = end - 1;
            }
            else if (c == 'X' && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end = MatchPlaceholderPhone(text, i, out int from)) > 0)
            {
                found.Add(new Residue(TextSpan.FromBounds(offset + from, offset + end), "a placeholder phone number"));
                i = end - 1;
            }
        }
    }

    // $(date), $(date +%F), ${DATE}, {{ date }}, {{today}}: residue that stands for a date (lexicon
    // placeholder.date-variable).
    internal static bool IsDatePlaceholder(string residue, Lexicon lexicon)
    {
        string inner = residue.Trim(ResidueEdges).ToLowerInvariant();
        int end = 0;
        while (end < inner.Length && (char.IsLetter(inner[end]) || inner[end] == '_'))
        {
            end++;
        }

        // The name as written in lower case, not folded: "{{ daté }}" names no date.
        return lexicon.Contains(DateVariable, inner.AsSpan(0, end));
    }

    // $(command args) or ${NAME} / ${NAME:-default} / ${new Date().toISOString()} (a JavaScript template literal's
    // expression, parentheses balanced): an identifier first, short, on one line.
    private static int MatchVariable(ReadOnlySpan<char> text, int i)
    {
        bool brace = text[i + 1] == '{';
        char close = brace ? '}' : ')';
        int j = i + 2, depth = 0;
        if (j >= text.Length || !(char.IsAsciiLetter(text[j]) || text[j] == '_'))
        {
            return -1;
        }

        while (j < text.Length && j - i < MaxPlaceholderLength && (text[j] != close || depth > 0) && text[j] != '\n' && text[j] != '\r' && text[j] != '$')
        {
            if (text[j] == '(')
            {
                if (!brace)
                {
                    return -1;
                }

                depth++;
            }
            else if (text[j] == ')' && brace && --depth < 0)
            {
                return -1;
            }

            j++;
        }

        return j < text.Length && text[j] == close && depth == 0 ? j + 1 : -1;
    }

    // {{ name }}: an identifier (dots allowed), short, on one line.
    private static int MatchMustache(ReadOnlySpan<char> text, int i)
    {
        int j = i + 2;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        if (j >= text.Length || !(char.IsLetter(text[j]) || text[j] == '_'))
        {
            return -1;
        }

        while (j < text.Length && j - i < MaxPlaceholderLength && (char.IsLetterOrDigit(text[j]) || text[j] is '_' or '.' or '-' or ' '))
        {
            j++;
        }

        return j + 1 < text.Length && text[j] == '}' && text[j + 1] == '}' ? j + 2 : -1;
    }

    // [your-email@domain.com]: an address in brackets whose words are placeholders, not a link's text.
    private static int MatchPlaceholderEmail(ReadOnlySpan<char> text, int i, ReportModel model)
    {
        int end = PlaceholderEmailEnd(text, i, model);
        return end > 0 && end < text.Length && text[end] == '(' ? -1 : end;
    }

    // Where an address in brackets whose words are placeholders ends (after its ']'), or -1; a link's text too.
    private static int PlaceholderEmailEnd(ReadOnlySpan<char> text, int i, ReportModel model)
    {
        int close = text[i..].IndexOf(']');
        if (close < 0 || close > MaxPlaceholderLength)
        {
            return -1;
        }

        ReadOnlySpan<char> inner = text[(i + 1)..(i + close)];
        int at = inner.IndexOf('@');
        if (at <= 0 || at == inner.Length - 1 || inner.ContainsAny(' ', '\t'))
        {
            return -1;
        }

        for (int start = 0, end; start < inner.Length; start = end + 1)
        {
            end = inner[start..].IndexOfAny("-._@+") is int next and >= 0 ? start + next : inner.Length;
            if (model.IsPhrase(PlaceholderEmail, inner[start..end]))
            {
                return i + close + 1;
            }
        }

        return -1;
    }

    // +1-XXX-XXX-XXXX or (XXX) XXX-XXXX: at least three groups of two to four X.
    private static int MatchPlaceholderPhone(ReadOnlySpan<char> text, int i, out int from)
    {
        from = i;
        int groups = 0, j = i;
        while (j < text.Length)
        {
            int run = 0;
            while (j < text.Length && text[j] == 'X')
            {
                run++;
                j++;
            }

            if (run < 2 || run > 4 || (j < text.Length && char.IsLetterOrDigit(text[j])))
            {
                if (run == 0 && groups > 0)
                {
                    j--;
                }

                break;
            }

            groups++;
            if (j + 1 < text.Length && text[j] is '-' or ' ' or '.' && text[j + 1] == 'X')
            {
                j++;
                continue;
            }

            break;
        }

        if (groups < 3)
        {
            return -1;
        }

        // Include a country code written before it: "+1-".
        int k = i;
        if (k > 0 && text[k - 1] is '-' or ' ')
        {
            int d = k - 1;
            while (d > 0 && char.IsAsciiDigit(text[d - 1]))
            {
                d--;
            }

            if (d > 0 && d < k - 1 && text[d - 1] == '+')
            {
                from = d - 1;
            }
        }

        return j;
    }

    private static bool IsUpper(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
