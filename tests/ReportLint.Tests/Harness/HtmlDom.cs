using System.Net;
using System.Text;

namespace ReportLint.Tests.Harness;

/// <summary>An element or a text node of a parsed page.</summary>
public sealed class HtmlNode
{
    private HtmlNode(string? tag, string? text, HtmlNode? parent)
    {
        Tag = tag;
        Text = text;
        Parent = parent;
    }

    /// <summary>The element's lower-case name; null for a text node.</summary>
    public string? Tag { get; }

    /// <summary>A text node's decoded text; null for an element.</summary>
    public string? Text { get; }

    public HtmlNode? Parent { get; }

    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);

    public List<HtmlNode> Children { get; } = [];

    public string? this[string attribute] => Attributes.GetValueOrDefault(attribute);

    public bool HasClass(string name) => (this["class"] ?? "").Split(' ').Contains(name, StringComparer.Ordinal);

    /// <summary>Whether a space-separated attribute holds a word (CSS <c>[attr~=word]</c>).</summary>
    public bool HasWord(string attribute, string word) => (this[attribute] ?? "").Split(' ').Contains(word, StringComparer.Ordinal);

    /// <summary>The node and every node below it, in document order.</summary>
    public IEnumerable<HtmlNode> DescendantsAndSelf()
    {
        var stack = new Stack<HtmlNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            HtmlNode node = stack.Pop();
            yield return node;
            for (int i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }
    }

    public IEnumerable<HtmlNode> Elements(string? tag = null) =>
        DescendantsAndSelf().Where(n => n.Tag is not null && (tag is null || n.Tag == tag));

    public IEnumerable<HtmlNode> Ancestors()
    {
        for (HtmlNode? node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    /// <summary>The text of the node and everything below it, as the DOM's <c>textContent</c>.</summary>
    public string InnerText()
    {
        var text = new StringBuilder();
        foreach (HtmlNode node in DescendantsAndSelf())
        {
            text.Append(node.Text);
        }

        return text.ToString();
    }

    /// <summary>
    /// Parses HTML as a browser serialises a DOM (Chromium's <c>--dump-dom</c>) and as the HTML report writes it: every
    /// element closed explicitly, void elements unclosed, attribute values quoted; script and style hold raw text.
    /// Tolerant of the rest (an end tag with no open element is skipped).
    /// </summary>
    public static HtmlNode Parse(string html) => Append(new HtmlNode("#document", null, null), html);

    /// <summary>Parses HTML as <see cref="Parse"/> does, into an element, after its children; returns the element.</summary>
    public static HtmlNode Append(HtmlNode root, string html)
    {
        HtmlNode current = root;
        int i = 0;
        while (i < html.Length)
        {
            if (html[i] != '<')
            {
                int next = html.IndexOf('<', i);
                next = next < 0 ? html.Length : next;
                current.Children.Add(new HtmlNode(null, WebUtility.HtmlDecode(html[i..next]), current));
                i = next;
            }
            else if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
            }
            else if (i + 1 < html.Length && html[i + 1] == '!')
            {
                int end = html.IndexOf('>', i);
                i = end < 0 ? html.Length : end + 1;
            }
            else if (i + 1 < html.Length && html[i + 1] == '/')
            {
                int end = html.IndexOf('>', i);
                string name = html[(i + 2)..(end < 0 ? html.Length : end)].Trim().ToLowerInvariant();
                i = end < 0 ? html.Length : end + 1;
                for (HtmlNode? open = current; open is not null && open != root; open = open.Parent)
                {
                    if (open.Tag == name)
                    {
                        current = open.Parent!;
                        break;
                    }
                }
            }
            else if (i + 1 < html.Length && char.IsAsciiLetter(html[i + 1]))
            {
                i = ParseStartTag(html, i + 1, current, out HtmlNode element, out bool selfClosing);
                current.Children.Add(element);
                if (element.Tag is "script" or "style" or "textarea" or "title" && !selfClosing)
                {
                    int end = html.IndexOf("</" + element.Tag, i, StringComparison.OrdinalIgnoreCase);
                    end = end < 0 ? html.Length : end;
                    string raw = html[i..end];
                    element.Children.Add(new HtmlNode(null, element.Tag is "textarea" or "title" ? WebUtility.HtmlDecode(raw) : raw, element));
                    int close = html.IndexOf('>', end);
                    i = close < 0 ? html.Length : close + 1;
                }
                else if (!selfClosing && !IsVoid(element.Tag!))
                {
                    current = element;
                }
            }
            else
            {
                current.Children.Add(new HtmlNode(null, "<", current));
                i++;
            }
        }

        return root;
    }

    private static int ParseStartTag(string html, int i, HtmlNode parent, out HtmlNode element, out bool selfClosing)
    {
        int start = i;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('>' or '/'))
        {
            i++;
        }

        element = new HtmlNode(html[start..i].ToLowerInvariant(), null, parent);
        selfClosing = false;
        while (i < html.Length)
        {
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/'))
            {
                selfClosing = html[i] == '/';
                i++;
            }

            if (i >= html.Length || html[i] == '>')
            {
                return i + 1;
            }

            selfClosing = false;
            int nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('>' or '=' or '/'))
            {
                i++;
            }

            string name = html[nameStart..i].ToLowerInvariant();
            string value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                if (i < html.Length && html[i] is '"' or '\'')
                {
                    char quote = html[i];
                    int end = html.IndexOf(quote, i + 1);
                    end = end < 0 ? html.Length : end;
                    value = html[(i + 1)..end];
                    i = Math.Min(html.Length, end + 1);
                }
                else
                {
                    int valueStart = i;
                    while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                    {
                        i++;
                    }

                    value = html[valueStart..i];
                }
            }

            element.Attributes.TryAdd(name, WebUtility.HtmlDecode(value));
        }

        return i;
    }

    private static bool IsVoid(string tag) =>
        tag is "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "source" or "track" or "wbr";
}
