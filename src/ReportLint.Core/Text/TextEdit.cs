namespace ReportLint.Text;

/// <summary>Replace the text at <see cref="Span"/> with <see cref="NewText"/>. An empty span inserts.</summary>
public readonly record struct TextEdit(TextSpan Span, string NewText)
{
    /// <summary>An edit that inserts text at a position.</summary>
    public static TextEdit Insert(int position, string text) => new(new TextSpan(position, 0), text);

    /// <summary>An edit that deletes a span.</summary>
    public static TextEdit Delete(TextSpan span) => new(span, string.Empty);
}
