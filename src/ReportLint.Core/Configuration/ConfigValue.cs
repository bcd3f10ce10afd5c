using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ReportLint.Configuration;

/// <summary>The kind of a configuration value.</summary>
public enum ConfigKind
{
    /// <summary>An object.</summary>
    Object,
    /// <summary>An array.</summary>
    Array,
    /// <summary>A string.</summary>
    String,
    /// <summary>A number.</summary>
    Number,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>null.</summary>
    Null,
}

/// <summary>
/// A JSON value of a configuration, with the byte offset it starts at (so problems can name a line and column).
/// Parsed with <see cref="Utf8JsonReader"/>: comments and trailing commas allowed, no reflection.
/// </summary>
public sealed class ConfigValue
{
    private ConfigValue(ConfigKind kind, long offset)
    {
        Kind = kind;
        Offset = offset;
    }

    /// <summary>The kind of value.</summary>
    public ConfigKind Kind { get; }

    /// <summary>The byte offset of the value in the configuration text.</summary>
    public long Offset { get; }

    /// <summary>An object's properties, in order, each with the offset of its name.</summary>
    public List<(string Name, long NameOffset, ConfigValue Value)> Properties { get; } = [];

    /// <summary>An array's items.</summary>
    public List<ConfigValue> Items { get; } = [];

    /// <summary>A string's value, or a number's text.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>A boolean's value.</summary>
    public bool Boolean { get; private set; }

    /// <summary>A number's value as a decimal, when it has one.</summary>
    public decimal? Number => Kind == ConfigKind.Number && decimal.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal d) ? d : null;

    /// <summary>A JSON word for the kind, for messages.</summary>
    public string KindName => Kind switch
    {
        ConfigKind.Object => "an object",
        ConfigKind.Array => "an array",
        ConfigKind.String => "a string",
        ConfigKind.Number => "a number",
        ConfigKind.Boolean => "a boolean",
        _ => "null",
    };

    /// <summary>Parses UTF-8 JSON with comments; throws <see cref="JsonException"/> (with line and byte position) when invalid.</summary>
    public static ConfigValue Parse(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!reader.Read())
        {
            throw new JsonException("The configuration is empty.", null, 0, 0);
        }

        ConfigValue value = ReadValue(ref reader);
        if (reader.Read())
        {
            throw new JsonException("Unexpected text after the configuration object.", null, reader.TokenStartIndex, reader.TokenStartIndex);
        }

        return value;
    }

    private static ConfigValue ReadValue(ref Utf8JsonReader reader)
    {
        long offset = reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var value = new ConfigValue(ConfigKind.Object, offset);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    string name = reader.GetString()!;
                    long nameOffset = reader.TokenStartIndex;
                    reader.Read();
                    value.Properties.Add((name, nameOffset, ReadValue(ref reader)));
                }

                return value;
            }

            case JsonTokenType.StartArray:
            {
                var value = new ConfigValue(ConfigKind.Array, offset);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    value.Items.Add(ReadValue(ref reader));
                }

                return value;
            }

            case JsonTokenType.String:
                return new ConfigValue(ConfigKind.String, offset) { Text = reader.GetString()! };
            case JsonTokenType.Number:
                return new ConfigValue(ConfigKind.Number, offset) { Text = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan) };
            case JsonTokenType.True or JsonTokenType.False:
                return new ConfigValue(ConfigKind.Boolean, offset) { Boolean = reader.GetBoolean() };
            default:
                return new ConfigValue(ConfigKind.Null, offset);
        }
    }
}
