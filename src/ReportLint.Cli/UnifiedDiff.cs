using System.Text;

namespace ReportLint.Cli;

/// <summary>
/// A unified diff of two texts by lines, with three lines of context, that <c>git apply</c> and <c>patch</c> accept.
/// </summary>
/// <remarks>
/// <para>
/// Lines keep their own line ending (a CRLF file gives <c>-line\r\n</c>, so the patch applies to it byte for byte),
/// and a last line without a line ending is followed by <c>\ No newline at end of file</c>.
/// </para>
/// <para>
/// <see cref="CreateFromBytes"/> compares two files' bytes, a line ending at each 0x0A byte, and gives the patch's
/// bytes: a byte order mark is on line 1 as it is in the file, and a UTF-16 file's lines are its own UTF-16 bytes (an
/// LF is 0A 00 in little-endian, so each line but the first starts with the 00 of the one before, as <c>patch</c> and
/// <c>git apply</c> read them), so the patch applies to the file as it is.
/// </para>
/// <para>
/// The alignment is Myers' O(ND) algorithm in its linear-space form (the middle snake, divide and conquer), run on
/// line numbers rather than strings, after two steps that keep it near linear time on what <c>fix</c> produces:
/// the common head and tail are cut off, and lines that occur in only one of the two texts are set aside first (as
/// GNU diff and git's xdiff do). Such a line can never be part of a longest common subsequence, so setting it aside
/// keeps the diff minimal; and a fixed line almost always is such a line, so what is left to align is nearly equal
/// and Myers runs in close to linear time. Memory is a few integers per line.
/// </para>
/// </remarks>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string oldText, string newText, string oldName, string newName) =>
        "--- " + oldName + "\n" + "+++ " + newName + "\n" + Hunks(oldText, newText);

    /// <summary>The diff of two files' bytes, as the bytes of a patch (the names in UTF-8, the lines as they are).</summary>
    public static byte[] CreateFromBytes(byte[] oldBytes, byte[] newBytes, string oldName, string newName)
    {
        // Latin-1 maps each byte to the character of the same value and back, so lines and their equality are the bytes'.
        byte[] header = System.Text.Encoding.UTF8.GetBytes("--- " + oldName + "\n" + "+++ " + newName + "\n");
        byte[] hunks = System.Text.Encoding.Latin1.GetBytes(Hunks(System.Text.Encoding.Latin1.GetString(oldBytes), System.Text.Encoding.Latin1.GetString(newBytes)));
        return [.. header, .. hunks];
    }

    private static string Hunks(string oldText, string newText)
    {
        List<Range> a = SplitLines(oldText);
        List<Range> b = SplitLines(newText);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] ia = Intern(oldText, a, ids);
        int[] ib = Intern(newText, b, ids);
        bool[] deleted = new bool[ia.Length];
        bool[] inserted = new bool[ib.Length];
        Align(ia, ib, deleted, inserted);

        var output = new StringBuilder();
        WriteHunks(output, oldText, a, deleted, newText, b, inserted);
        return output.ToString();
    }

    // Each line as a range including its '\n' (and the '\r' before it): the patch must carry the exact bytes.
    private static List<Range> SplitLines(string text)
    {
        var lines = new List<Range>(text.Length / 40 + 1);
        int start = 0;
        while (start < text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl + 1;
            lines.Add(new Range(start, end));
            start = end;
        }

        return lines;
    }

    private static int[] Intern(string text, List<Range> lines, Dictionary<string, int> ids)
    {
        int[] result = new int[lines.Count];
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < lines.Count; i++)
        {
            ReadOnlySpan<char> line = text.AsSpan()[lines[i]];
            if (!lookup.TryGetValue(line, out int id))
            {
                id = ids.Count;
                lookup[line] = id;
            }

            result[i] = id;
        }

        return result;
    }

    /// <summary>Marks the lines of <paramref name="a"/> to delete and of <paramref name="b"/> to insert.</summary>
    internal static void Align(int[] a, int[] b, bool[] deleted, bool[] inserted)
    {
        int head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        int tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[a.Length - 1 - tail] == b[b.Length - 1 - tail])
        {
            tail++;
        }

        int maxId = 0;
        for (int i = head; i < a.Length - tail; i++)
        {
            maxId = Math.Max(maxId, a[i]);
        }

        for (int j = head; j < b.Length - tail; j++)
        {
            maxId = Math.Max(maxId, b[j]);
        }

        // Set aside the lines that occur on one side only: they are deleted or inserted whatever the alignment.
        var inA = new bool[maxId + 1];
        var inB = new bool[maxId + 1];
        for (int i = head; i < a.Length - tail; i++)
        {
            inA[a[i]] = true;
        }

        for (int j = head; j < b.Length - tail; j++)
        {
            inB[b[j]] = true;
        }

        var keptA = new List<int>();
        var keptB = new List<int>();
        for (int i = head; i < a.Length - tail; i++)
        {
            if (inB[a[i]])
            {
                keptA.Add(i);
            }
            else
            {
                deleted[i] = true;
            }
        }

        for (int j = head; j < b.Length - tail; j++)
        {
            if (inA[b[j]])
            {
                keptB.Add(j);
            }
            else
            {
                inserted[j] = true;
            }
        }

        int[] sa = new int[keptA.Count];
        int[] sb = new int[keptB.Count];
        for (int i = 0; i < sa.Length; i++)
        {
            sa[i] = a[keptA[i]];
        }

        for (int j = 0; j < sb.Length; j++)
        {
            sb[j] = b[keptB[j]];
        }

        var myers = new Myers(sa, sb);
        myers.Compare(0, sa.Length, 0, sb.Length);
        for (int i = 0; i < sa.Length; i++)
        {
            if (myers.DeletedA[i])
            {
                deleted[keptA[i]] = true;
            }
        }

        for (int j = 0; j < sb.Length; j++)
        {
            if (myers.InsertedB[j])
            {
                inserted[keptB[j]] = true;
            }
        }
    }

    private static void WriteHunks(StringBuilder output, string oldText, List<Range> a, bool[] deleted, string newText, List<Range> b, bool[] inserted)
    {
        // Walk both texts together; a change is a run of deleted lines of a and inserted lines of b between two
        // common lines. Hunks join changes separated by at most 2 × Context common lines.
        int i = 0, j = 0;
        while (true)
        {
            // Skip common lines up to the next change.
            while (i < a.Count && j < b.Count && !deleted[i] && !inserted[j])
            {
                i++;
                j++;
            }

            if (i >= a.Count && j >= b.Count)
            {
                return;
            }

            int hunkA = Math.Max(0, i - Context), hunkB = j - (i - hunkA);
            int endA = i, endB = j;
            // Extend the hunk: take the change, then the common lines after it if another change follows closely.
            while (true)
            {
                while (endA < a.Count && deleted[endA])
                {
                    endA++;
                }

                while (endB < b.Count && inserted[endB])
                {
                    endB++;
                }

                int run = 0;
                while (endA + run < a.Count && endB + run < b.Count && !deleted[endA + run] && !inserted[endB + run])
                {
                    run++;
                }

                bool more = (endA + run < a.Count && deleted[endA + run]) || (endB + run < b.Count && inserted[endB + run]);
                if (more && run <= 2 * Context)
                {
                    endA += run;
                    endB += run;
                    continue;
                }

                int trailing = Math.Min(run, Context);
                endA += trailing;
                endB += trailing;
                break;
            }

            int oldCount = endA - hunkA, newCount = endB - hunkB;
            output.Append("@@ -").Append(hunkA + (oldCount == 0 ? 0 : 1)).Append(',').Append(oldCount)
                .Append(" +").Append(hunkB + (newCount == 0 ? 0 : 1)).Append(',').Append(newCount).Append(" @@\n");

            int x = hunkA, y = hunkB;
            while (x < endA || y < endB)
            {
                if (x < endA && (deleted[x] || y >= endB))
                {
                    Line(output, '-', oldText, a[x++]);
                }
                else if (y < endB && (inserted[y] || x >= endA))
                {
                    Line(output, '+', newText, b[y++]);
                }
                else
                {
                    Line(output, ' ', oldText, a[x++]);
                    y++;
                }
            }

            i = endA;
            j = endB;
        }
    }

    private static void Line(StringBuilder output, char op, string text, Range line)
    {
        ReadOnlySpan<char> span = text.AsSpan()[line];
        output.Append(op).Append(span);
        if (span.Length == 0 || span[^1] != '\n')
        {
            output.Append("\n\\ No newline at end of file\n");
        }
    }

    /// <summary>Myers' diff in linear space (the middle snake, divide and conquer), on line numbers.</summary>
    private sealed class Myers(int[] a, int[] b)
    {
        public bool[] DeletedA { get; } = new bool[a.Length];

        public bool[] InsertedB { get; } = new bool[b.Length];

        public void Compare(int lowA, int highA, int lowB, int highB)
        {
            // An explicit stack rather than recursion: the depth is bounded only by the number of differences.
            var pending = new Stack<(int LowA, int HighA, int LowB, int HighB)>();
            pending.Push((lowA, highA, lowB, highB));
            while (pending.Count > 0)
            {
                (lowA, highA, lowB, highB) = pending.Pop();
                while (lowA < highA && lowB < highB && a[lowA] == b[lowB])
                {
                    lowA++;
                    lowB++;
                }

                while (lowA < highA && lowB < highB && a[highA - 1] == b[highB - 1])
                {
                    highA--;
                    highB--;
                }

                if (lowA == highA || lowB == highB)
                {
                    Replace(lowA, highA, lowB, highB);
                    continue;
                }

                (int x, int y) = MiddleSnake(lowA, highA, lowB, highB);
                if ((x == lowA && y == lowB) || (x == highA && y == highB))
                {
                    // No split that shrinks the problem (no common line at all): replace the block, still a valid diff.
                    Replace(lowA, highA, lowB, highB);
                    continue;
                }

                pending.Push((x, highA, y, highB));
                pending.Push((lowA, x, lowB, y));
            }
        }

        private void Replace(int lowA, int highA, int lowB, int highB)
        {
            DeletedA.AsSpan(lowA, highA - lowA).Fill(true);
            InsertedB.AsSpan(lowB, highB - lowB).Fill(true);
        }

        // Runs the forward and the reverse search at once until they overlap (Myers 1986, section 4b); returns the
        // point where the forward path met the reverse one, or (lowA, lowB) when the two blocks share nothing.
        private (int X, int Y) MiddleSnake(int lowA, int highA, int lowB, int highB)
        {
            int n = highA - lowA, m = highB - lowB;
            int maxD = (n + m + 1) / 2;
            int offset = maxD, length = 2 * maxD + 2;
            int[] forward = new int[length];
            int[] reverse = new int[length];
            Array.Fill(forward, -1);
            Array.Fill(reverse, -1);
            forward[offset + 1] = 0;
            reverse[offset + 1] = 0;
            int delta = n - m;
            bool front = (delta & 1) != 0;
            int k1Start = 0, k1End = 0, k2Start = 0, k2End = 0;
            for (int d = 0; d < maxD; d++)
            {
                for (int k1 = -d + k1Start; k1 <= d - k1End; k1 += 2)
                {
                    int i1 = offset + k1;
                    int x1 = k1 == -d || (k1 != d && forward[i1 - 1] < forward[i1 + 1]) ? forward[i1 + 1] : forward[i1 - 1] + 1;
                    int y1 = x1 - k1;
                    while (x1 < n && y1 < m && a[lowA + x1] == b[lowB + y1])
                    {
                        x1++;
                        y1++;
                    }

                    forward[i1] = x1;
                    if (x1 > n)
                    {
                        k1End += 2;
                    }
                    else if (y1 > m)
                    {
                        k1Start += 2;
                    }
                    else if (front)
                    {
                        int i2 = offset + delta - k1;
                        if (i2 >= 0 && i2 < length && reverse[i2] != -1 && x1 >= n - reverse[i2])
                        {
                            return (lowA + x1, lowB + y1);
                        }
                    }
                }

                for (int k2 = -d + k2Start; k2 <= d - k2End; k2 += 2)
                {
                    int i2 = offset + k2;
                    int x2 = k2 == -d || (k2 != d && reverse[i2 - 1] < reverse[i2 + 1]) ? reverse[i2 + 1] : reverse[i2 - 1] + 1;
                    int y2 = x2 - k2;
                    while (x2 < n && y2 < m && a[lowA + n - x2 - 1] == b[lowB + m - y2 - 1])
                    {
                        x2++;
                        y2++;
                    }

                    reverse[i2] = x2;
                    if (x2 > n)
                    {
                        k2End += 2;
                    }
                    else if (y2 > m)
                    {
                        k2Start += 2;
                    }
                    else if (!front)
                    {
                        int i1 = offset + delta - k2;
                        if (i1 >= 0 && i1 < length && forward[i1] != -1)
                        {
                            int x1 = forward[i1];
                            int y1 = offset + x1 - i1;
                            if (x1 >= n - x2)
                            {
                                return (lowA + x1, lowB + y1);
                            }
                        }
                    }
                }
            }

            return (lowA, lowB);
        }
    }
}
