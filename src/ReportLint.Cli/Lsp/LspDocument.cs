using System.Text.Json;

namespace ReportLint.Cli.Lsp;

/// <summary>
/// One open document at one version: its text and lines, immutable, so a lint on another thread reads a consistent
/// snapshot while newer versions arrive.
/// </summary>
internal sealed class LspDocument
{
    public LspDocument(string uri, string? path, int version, string text)
    {
        Uri = uri;
        Path = path;
        Version = version;
        Text = text;
        Lines = LineMap.Of(text);
    }

    public string Uri { get; }

    /// <summary>The file the document is (a <c>file:</c> URI), or null (an untitled buffer, another scheme).</summary>
    public string? Path { get; }

    public int Version { get; }

    public string Text { get; }

    public LineMap Lines { get; }

    /// <summary>
    /// The characters before the text the engine reads: a leading U+FEFF is a byte order mark to the engine
    /// (<see cref="ReportLint.Text.SourceText.From(string)"/> drops it), so its offsets are one less than the editor's.
    /// </summary>
    public int Shift => Text.Length > 0 && Text[0] == '\uFEFF' ? 1 : 0;

    /// <summary>
    /// The document after a <c>didChange</c>'s content changes, applied in order: a change with a range replaces that
    /// range of the text as the previous changes left it; one without replaces the whole text.
    /// </summary>
    public LspDocument Apply(int version, JsonElement changes, PositionEncoding encoding)
    {
        string text = Text;
        LineMap lines = Lines;
        foreach (JsonElement change in changes.EnumerateArray())
        {
            string replacement = LspJson.String(change, "text") ?? throw new LspException(LspErrors.InvalidParams, "a content change without 'text'");
            if (change.TryGetProperty("range", out JsonElement range) && range.ValueKind == JsonValueKind.Object)
            {
                (int start, int end) = LspJson.Range(range, lines, encoding);
                if (end < start)
                {
                    (start, end) = (end, start);
                }

                text = string.Concat(text.AsSpan(0, start), replacement, text.AsSpan(end));
            }
            else
            {
                text = replacement;
            }

            lines = LineMap.Of(text);
        }

        return new LspDocument(Uri, Path, version, text);
    }

    /// <summary>The local path of a <c>file:</c> URI, or null for any other (<c>untitled:</c>…) or a malformed one.</summary>
    public static string? PathOf(string uri)
    {
        if (!System.Uri.TryCreate(uri, UriKind.Absolute, out Uri? parsed) || !parsed.IsFile)
        {
            return null;
        }

        try
        {
            return System.IO.Path.GetFullPath(parsed.LocalPath);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}
