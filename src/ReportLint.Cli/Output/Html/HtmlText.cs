namespace ReportLint.Cli.Output.Html;

/// <summary>
/// The only ways text reaches the page: escaped as element content or as a quoted attribute value. A report, a path,
/// a message or a fix is untrusted input, so nothing of it is ever written raw.
/// </summary>
internal static class HtmlText
{
    /// <summary>Writes text as element content: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped.</summary>
    public static void Write(TextWriter output, ReadOnlySpan<char> text) => WriteEscaped(output, text, attribute: false);

    /// <summary>Writes text as the value of a double-quoted attribute: quotes escaped too.</summary>
    public static void WriteAttribute(TextWriter output, ReadOnlySpan<char> text) => WriteEscaped(output, text, attribute: true);

    // One pass: the runs between characters to escape are written as they are, each such character as its entity.
    private static void WriteEscaped(TextWriter output, ReadOnlySpan<char> text, bool attribute)
    {
        int done = 0;
        for (int i = 0; i < text.Length; i++)
        {
            string? entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when attribute => "&quot;",
                '\'' when attribute => "&#39;",
                _ => null,
            };
            if (entity is null)
            {
                continue;
            }

            output.Write(text[done..i]);
            output.Write(entity);
            done = i + 1;
        }

        output.Write(text[done..]);
    }

    /// <summary>Text escaped as element content.</summary>
    public static string Escape(string text)
    {
        using var writer = new StringWriter();
        Write(writer, text);
        return writer.ToString();
    }

    /// <summary>Text escaped as an attribute value.</summary>
    public static string Attribute(string text)
    {
        using var writer = new StringWriter();
        WriteAttribute(writer, text);
        return writer.ToString();
    }

    /// <summary>
    /// Whether a link target may be followed from the page: only <c>http:</c>, <c>https:</c> and <c>mailto:</c>. Any
    /// other scheme (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, <c>file:</c>) is dropped, and so are relative
    /// targets, which name files beside the report rather than the page. Browsers ignore ASCII whitespace and control
    /// characters inside a scheme (<c>java&#9;script:</c>), so those are skipped before the scheme is read.
    /// </summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        Span<char> scheme = stackalloc char[8];
        int length = 0;
        foreach (char c in url)
        {
            if (c <= ' ')
            {
                continue;
            }

            if (c == ':')
            {
                string name = new string(scheme[..length]);
                return name is "http" or "https" or "mailto";
            }

            if (length == scheme.Length || !char.IsAsciiLetter(c))
            {
                return false;
            }

            scheme[length++] = char.ToLowerInvariant(c);
        }

        return false;
    }
}

/// <summary>
/// Text as a JSON string inside the page's data block (<c>&lt;script type="application/json"&gt;</c>). Besides JSON's
/// own escapes, <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> are written as <c>\u003c</c>, <c>\u003e</c> and
/// <c>\u0026</c>, so no text (a report's <c>&lt;/script&gt;</c> or <c>&lt;!--</c>) can end the block or change how the
/// HTML parser reads it; U+2028, U+2029 and unpaired surrogates are escaped too.
/// </summary>
internal static class JsonText
{
    public static void Write(TextWriter output, ReadOnlySpan<char> text)
    {
        output.Write('"');
        int done = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' or '<' or '>' or '&' or '\u2028' or '\u2029' => null,
                _ when char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) => Skip(ref i),
                _ when char.IsSurrogate(c) => null,
                _ => "",
            };
            if (escape is { Length: 0 })
            {
                continue;
            }

            output.Write(text[done..i]);
            if (escape is null)
            {
                output.Write("\\u");
                output.Write(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                output.Write(escape);
            }

            done = i + 1;
        }

        output.Write(text[done..]);
        output.Write('"');
    }

    // A surrogate pair is written as it is: past its second half.
    private static string Skip(ref int i)
    {
        i++;
        return "";
    }
}
