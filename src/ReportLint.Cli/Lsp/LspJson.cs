using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ReportLint.Cli.Lsp;

/// <summary>JSON-RPC error codes the server answers with.</summary>
internal static class LspErrors
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;
    public const int ContentModified = -32801;
}

/// <summary>A request that gets an error response: its code and a message for the user.</summary>
internal sealed class LspException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}

/// <summary>
/// Reading the parameters of a message (<see cref="JsonElement"/>, no reflection) and writing messages with
/// <see cref="Utf8JsonWriter"/>: the server stays trim- and AOT-safe.
/// </summary>
internal static class LspJson
{
    public static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static JsonElement Required(JsonElement element, string name, JsonValueKind kind) =>
        Property(element, name) is { } value && value.ValueKind == kind
            ? value
            : throw new LspException(LspErrors.InvalidParams, $"'{name}' is missing or not {Article(kind)}");

    /// <summary>A string property, or null. A string holding a lone surrogate (which .NET's reader refuses) is read with U+FFFD in its place.</summary>
    public static string? String(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? GetString(value) : null;

    public static string RequiredString(JsonElement element, string name) => GetString(Required(element, name, JsonValueKind.String));

    public static int? Int(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out int number) ? number : null;

    public static bool Bool(JsonElement element, string name) => Property(element, name) is { ValueKind: JsonValueKind.True };

    /// <summary>Follows a path of properties; null when one is missing.</summary>
    public static JsonElement? Path(JsonElement element, params string[] names)
    {
        JsonElement current = element;
        foreach (string name in names)
        {
            if (Property(current, name) is not { } next)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    /// <summary>The offsets of an LSP range in a document.</summary>
    public static (int Start, int End) Range(JsonElement range, LineMap lines, PositionEncoding encoding) =>
        (Offset(Required(range, "start", JsonValueKind.Object), lines, encoding), Offset(Required(range, "end", JsonValueKind.Object), lines, encoding));

    public static int Offset(JsonElement position, LineMap lines, PositionEncoding encoding)
    {
        int line = Int(position, "line") ?? throw new LspException(LspErrors.InvalidParams, "a position without a 'line' number");
        int character = Int(position, "character") ?? throw new LspException(LspErrors.InvalidParams, "a position without a 'character' number");
        return lines.OffsetOf(line, character, encoding);
    }

    public static void WriteRange(Utf8JsonWriter writer, string name, LineMap lines, int start, int end, PositionEncoding encoding)
    {
        writer.WriteStartObject(name);
        WritePosition(writer, "start", lines.PositionOf(start, encoding));
        WritePosition(writer, "end", lines.PositionOf(end, encoding));
        writer.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter writer, string name, (int Line, int Character) position)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("line", position.Line);
        writer.WriteNumber("character", position.Character);
        writer.WriteEndObject();
    }

    /// <summary>Writes a message with <paramref name="write"/> and returns its UTF-8 bytes.</summary>
    public static byte[] Message(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            write(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string GetString(JsonElement value)
    {
        try
        {
            return value.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return Unescape(value.GetRawText());
        }
    }

    // A JSON string token (with its quotes) decoded by hand, a lone surrogate escape becoming U+FFFD.
    private static string Unescape(string raw)
    {
        var text = new StringBuilder(raw.Length);
        for (int i = 1; i < raw.Length - 1; i++)
        {
            char c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length - 1)
            {
                text.Append(c);
                continue;
            }

            char e = raw[++i];
            switch (e)
            {
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'u' when i + 4 < raw.Length && ushort.TryParse(raw.AsSpan(i + 1, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out ushort unit):
                    text.Append((char)unit);
                    i += 4;
                    break;
                default: text.Append(e); break;
            }
        }

        // Lone surrogates become U+FFFD; pairs stay.
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                text[i] = '\uFFFD';
            }
        }

        return text.ToString();
    }

    private static string Article(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
