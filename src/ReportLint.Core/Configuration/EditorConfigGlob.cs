using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportLint.Configuration;

/// <summary>
/// Section names of <c>.editorconfig</c> as the EditorConfig specification (0.17) defines them: <c>*</c> (not
/// across <c>/</c>), <c>**</c>, <c>?</c>, <c>[seq]</c> and <c>[!seq]</c> (characters taken literally; a <c>/</c> inside
/// makes the <c>[</c> literal), <c>{s1,s2}</c> (nested; <c>{s1}</c> alone is literal), <c>{num1..num2}</c> (integers,
/// written without leading zeros), <c>\</c> escaping the next character. A glob with a <c>/</c> is relative to the
/// folder of the <c>.editorconfig</c> (a leading <c>/</c> changes nothing); one without matches at any depth.
/// </summary>
/// <remarks>The official conformance cases (editorconfig-core-test, glob and parser suites) run as tests.</remarks>
internal static class EditorConfigGlob
{
#if NET
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
#else
    private const RegexOptions Options = RegexOptions.CultureInvariant;
#endif

    private static readonly ConcurrentDictionary<string, Compiled> Cache = new(StringComparer.Ordinal);

    private sealed record Compiled(Regex Regex, (long Low, long High)[] Ranges);

    /// <summary>
    /// Whether <paramref name="relativePath"/> (relative to the folder of the <c>.editorconfig</c>, with <c>/</c>
    /// separators) matches the section name <paramref name="section"/>.
    /// </summary>
    public static bool IsMatch(string section, string relativePath)
    {
        Compiled compiled = Cache.GetOrAdd(section, static s => Compile(s));
        Match match = compiled.Regex.Match("/" + relativePath);
        if (!match.Success)
        {
            return false;
        }

        for (int g = 0; g < compiled.Ranges.Length; g++)
        {
            string number = match.Groups[g + 1].Value;
            // "060" is not the number 60 as a file name would write it.
            if (!long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value) ||
                value.ToString(CultureInfo.InvariantCulture) != number.TrimStart('+') ||
                value < compiled.Ranges[g].Low || value > compiled.Ranges[g].High)
            {
                return false;
            }
        }

        return true;
    }

    private static Compiled Compile(string section)
    {
        string glob = section;
        if (HasSeparator(glob))
        {
            glob = "/" + (glob.StartsWith("/", StringComparison.Ordinal) ? glob.Substring(1) : glob);
        }
        else
        {
            glob = "**/" + glob;
        }

        var ranges = new List<(long, long)>();
        string regex = "^" + Translate(glob, ranges) + "$";
        return new Compiled(new Regex(regex, Options), ranges.ToArray());
    }

    // A '/' outside square brackets (a bracket group that holds a '/' is no group: its '[' is literal).
    private static bool HasSeparator(string glob)
    {
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '/')
            {
                return true;
            }
            else if (c == '[' && BracketEnd(glob, i) is int end and > 0)
            {
                i = end;
            }
        }

        return false;
    }

    // The index of the ']' closing the group opened at 'open', or -1 when there is none or a '/' comes first.
    private static int BracketEnd(string glob, int open)
    {
        int i = open + 1;
        if (i < glob.Length && glob[i] is '!' or '^')
        {
            i++;
        }

        for (; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '\\' && i + 1 < glob.Length)
            {
                i++;
            }
            else if (c == '/')
            {
                return -1;
            }
            else if (c == ']' && i > open + 1 && !(i == open + 2 && glob[open + 1] is '!' or '^'))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Translate(string glob, List<(long, long)> ranges)
    {
        var regex = new StringBuilder();
        bool bracesBalance = Count(glob, '{') == Count(glob, '}');
        int depth = 0;
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            switch (c)
            {
                case '\\' when i + 1 < glob.Length:
                    regex.Append(Regex.Escape(glob[++i].ToString()));
                    break;
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    i++;
                    regex.Append(".*");
                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '/' when string.CompareOrdinal(glob, i + 1, "**/", 0, 3) == 0:
                    // "a/**/b" matches a/b too.
                    regex.Append("(?:/|/.*/)");
                    i += 3;
                    break;
                case '[' when BracketEnd(glob, i) is int end and > 0:
                    regex.Append(Bracket(glob, i + 1, end));
                    i = end;
                    break;
                case '{':
                {
                    int close = BraceEnd(glob, i, out bool hasComma);
                    if (close > 0 && !hasComma)
                    {
                        string inner = glob.Substring(i + 1, close - i - 1);
                        if (NumericRange(inner) is { } range)
                        {
                            ranges.Add(range);
                            regex.Append(@"([+-]?[0-9]+)");
                        }
                        else
                        {
                            // "{single}" is literal, its inside still a glob.
                            regex.Append(@"\{").Append(Translate(inner, ranges)).Append(@"\}");
                        }

                        i = close;
                    }
                    else if (close > 0 && bracesBalance)
                    {
                        regex.Append("(?:");
                        depth++;
                    }
                    else
                    {
                        regex.Append(@"\{");
                    }

                    break;
                }

                case ',' when depth > 0:
                    regex.Append('|');
                    break;
                case '}' when depth > 0:
                    regex.Append(')');
                    depth--;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        // Braces left open by an unbalanced pattern are closed so the regex stays valid.
        regex.Append(')', depth);
        return regex.ToString();
    }

    private static int Count(string glob, char c)
    {
        int n = 0;
        for (int i = 0; i < glob.Length; i++)
        {
            if (glob[i] == '\\')
            {
                i++;
            }
            else if (glob[i] == c)
            {
                n++;
            }
        }

        return n;
    }

    // The '}' closing the brace at 'open' at the same level, and whether a ',' stands directly inside it.
    private static int BraceEnd(string glob, int open, out bool hasComma)
    {
        hasComma = false;
        int level = 0;
        for (int i = open + 1; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '{')
            {
                level++;
            }
            else if (c == '}')
            {
                if (level == 0)
                {
                    return i;
                }

                level--;
            }
            else if (c == ',' && level == 0)
            {
                hasComma = true;
            }
        }

        return -1;
    }

    private static (long, long)? NumericRange(string inner)
    {
        int dots = inner.IndexOf("..", StringComparison.Ordinal);
        if (dots <= 0 ||
            !long.TryParse(inner.Substring(0, dots), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long low) ||
            !long.TryParse(inner.Substring(dots + 2), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long high))
        {
            return null;
        }

        return (Math.Min(low, high), Math.Max(low, high));
    }

    // The characters of a bracket group, taken literally except a leading '!' (or '^'), ranges a-z and '\' escapes.
    private static string Bracket(string glob, int start, int end)
    {
        var set = new StringBuilder("[");
        int i = start;
        if (glob[i] is '!' or '^')
        {
            set.Append('^');
            i++;
        }

        for (; i < end; i++)
        {
            char c = glob[i];
            if (c == '\\' && i + 1 < end)
            {
                c = glob[++i];
            }

            if (c == '-' && i > start && i + 1 < end && set[set.Length - 1] != '[' && set[set.Length - 1] != '^')
            {
                set.Append('-');
                continue;
            }

            set.Append(c is '\\' or ']' or '[' or '^' or '-' ? "\\" + c : c.ToString());
        }

        return set.Append(']').ToString();
    }
}
