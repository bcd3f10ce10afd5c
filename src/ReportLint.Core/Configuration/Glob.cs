using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportLint.Configuration;

/// <summary>
/// Glob patterns as .gitignore writes them, for the <c>ignore</c> lists of <c>.reportlint.json</c> (the section names
/// of <c>.editorconfig</c> follow their own specification, read by <c>EditorConfigGlob</c>): <c>*</c> (within a
/// folder), <c>**</c> (any folders), <c>?</c>, <c>{a,b}</c>, <c>[abc]</c>. A pattern without <c>/</c> matches a name
/// at any depth; a leading <c>/</c> anchors it to the folder of the file that declares it. Matching is on relative
/// paths with <c>/</c>.
/// </summary>
public static class Glob
{
#if NET
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
#else
    // The translated globs have no nested quantifiers, so the backtracking engine stays linear here.
    private const RegexOptions Options = RegexOptions.CultureInvariant;
#endif

    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="relativePath"/> (with <c>/</c> separators) matches <paramref name="pattern"/>.</summary>
    public static bool IsMatch(string pattern, string relativePath) =>
        Cache.GetOrAdd(pattern, static p => new Regex(ToRegex(p), Options))
            .IsMatch(relativePath.Replace('\\', '/'));

    private static string ToRegex(string pattern)
    {
        string p = pattern.Replace('\\', '/');
        bool anchored = p.StartsWith('/') || p.TrimEnd('/').Contains('/');
        p = p.TrimStart('/');
        bool folder = p.EndsWith('/');
        p = p.TrimEnd('/');
        var regex = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        for (int i = 0; i < p.Length; i++)
        {
            char c = p[i];
            if (c == '*' && i + 1 < p.Length && p[i + 1] == '*')
            {
                bool slash = i + 2 < p.Length && p[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else if (c == '{')
            {
                int close = p.IndexOf('}', i);
                if (close < 0)
                {
                    regex.Append(Regex.Escape("{"));
                    continue;
                }

                regex.Append("(?:").Append(string.Join('|', p[(i + 1)..close].Split(',').Select(Regex.Escape))).Append(')');
                i = close;
            }
            else if (c == '[')
            {
                int close = p.IndexOf(']', i);
                if (close < 0)
                {
                    regex.Append(Regex.Escape("["));
                    continue;
                }

                string set = p[(i + 1)..close];
                regex.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                i = close;
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        // A folder pattern ("drafts/") matches everything below it; any pattern also matches below a matched folder.
        regex.Append(folder ? "/.*$" : "(?:/.*)?$");
        return regex.ToString();
    }
}
