namespace ReportLint.Configuration;

/// <summary>
/// What is wrong at the place a JSON parser stopped, in words a person acts on ("a comma is missing before this"),
/// rather than the parser's own text ("Expected depth to be zero at the end of the JSON payload"). Found by reading the
/// bytes up to that place (strings, comments and brackets), never by quoting them: a file that is not JSON (a path
/// named by mistake) gives nothing of itself away.
/// </summary>
internal static class JsonErrors
{
    /// <summary>The byte offset of a parser's line (0-based) and byte position in it, and what is wrong there.</summary>
    public static (long Offset, string Message) Describe(byte[] utf8, long line, long bytePositionInLine)
    {
        long offset = 0;
        for (long l = 0; l < line && offset < utf8.Length; offset++)
        {
            if (utf8[offset] == (byte)'\n')
            {
                l++;
            }
        }

        offset = Math.Min(utf8.Length, offset + bytePositionInLine);
        return (offset, Explain(utf8, (int)offset));
    }

    private static string Explain(byte[] utf8, int offset)
    {
        var containers = new Stack<byte>();
        bool inString = false, anything = false, afterName = false, expectName = false;
        byte previous = 0;
        int i = 0;
        while (i < offset)
        {
            byte b = utf8[i];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    i += 2;
                    continue;
                }

                if (b == (byte)'"')
                {
                    inString = false;
                    previous = b;
                    afterName = expectName;
                    expectName = false;
                }

                i++;
                continue;
            }

            if (b == (byte)'/' && i + 1 < utf8.Length && utf8[i + 1] is (byte)'/' or (byte)'*')
            {
                bool line = utf8[i + 1] == (byte)'/';
                i += 2;
                while (i < offset && !(line ? utf8[i] == (byte)'\n' : utf8[i] == (byte)'*' && i + 1 < utf8.Length && utf8[i + 1] == (byte)'/'))
                {
                    i++;
                }

                i += line ? 0 : 2;
                continue;
            }

            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' || (b == 0xEF && i == 0))
            {
                i += b == 0xEF ? 3 : 1;
                continue;
            }

            anything = true;
            switch (b)
            {
                case (byte)'"':
                    inString = true;
                    break;
                case (byte)'{':
                    containers.Push(b);
                    expectName = true;
                    break;
                case (byte)'[':
                    containers.Push(b);
                    break;
                case (byte)'}' or (byte)']':
                    if (containers.Count > 0)
                    {
                        containers.Pop();
                    }

                    expectName = false;
                    break;
                case (byte)',':
                    expectName = containers.Count > 0 && containers.Peek() == (byte)'{';
                    break;
                case (byte)':':
                    expectName = false;
                    afterName = false;
                    break;
            }

            if (b != (byte)'"')
            {
                afterName = false;
            }

            previous = b;
            i++;
        }

        if (inString)
        {
            return offset >= utf8.Length
                ? "A string is not closed: a '\"' is missing."
                : "A string cannot span lines or hold control characters: close it with '\"' on its line.";
        }

        int next = offset;
        while (next < utf8.Length && utf8[next] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            next++;
        }

        if (next >= utf8.Length)
        {
            return !anything ? "The file is empty: a configuration is an object, { … }."
                : containers.Count > 0 ? "The file ends before every '{' and '[' is closed: a '}' or ']' is missing."
                : "The file ends where a value is expected.";
        }

        byte current = utf8[next];
        if (!anything)
        {
            return "The file does not start with '{': a configuration is a JSON object, { … }.";
        }

        if (anything && containers.Count == 0 && previous is (byte)'}' or (byte)']')
        {
            return "There is more after the end of the configuration's object: an extra '}', or a second value.";
        }

        if (current is (byte)'}' or (byte)']')
        {
            return containers.Count > 0 && containers.Peek() != (current == (byte)'}' ? (byte)'{' : (byte)'[')
                ? $"This '{(char)current}' does not close the '{(char)containers.Peek()}' opened before it."
                : "A value is expected before this closing bracket.";
        }

        if (current == (byte)'\'')
        {
            return "Strings and names take double quotes (\"), not single quotes.";
        }

        if (afterName && previous == (byte)'"')
        {
            return "A ':' is missing after the property name.";
        }

        if (previous is (byte)'"' or (byte)'}' or (byte)']' or (>= (byte)'0' and <= (byte)'9') or (byte)'e' or (byte)'l' &&
            current is (byte)'"' or (byte)'{' or (byte)'[' or (byte)'-' or (>= (byte)'0' and <= (byte)'9') or (byte)'t' or (byte)'f' or (byte)'n')
        {
            return "A comma is missing before this.";
        }

        if (expectName)
        {
            return "A property name in double quotes is expected here.";
        }

        return previous is (byte)':' or (byte)'[' or (byte)','
            ? "A value is expected here: a string in double quotes, a number, true, false, null, an object or an array."
            : "This is not valid JSON here.";
    }
}
