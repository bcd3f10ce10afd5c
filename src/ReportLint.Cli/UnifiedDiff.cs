using System.Text;

namespace ReportLint.Cli;

/// <summary>A unified diff of two texts by lines (Myers' algorithm), with three lines of context.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string oldText, string newText, string oldName, string newName)
    {
        string[] a = SplitLines(oldText);
        string[] b = SplitLines(newText);
        List<(char Op, string Line)> script = Diff(a, b);
        var output = new StringBuilder();
        output.Append("--- ").Append(oldName).Append('\n').Append("+++ ").Append(newName).Append('\n');

        int i = 0;
        while (i < script.Count)
        {
            if (script[i].Op == ' ')
            {
                i++;
                continue;
            }

            int start = Math.Max(0, i - Context);
            int end = i;
            // Extend the hunk while changes are within 2 * Context lines of each other.
            while (end < script.Count)
            {
                if (script[end].Op != ' ')
                {
                    end++;
                    continue;
                }

                int run = end;
                while (run < script.Count && script[run].Op == ' ')
                {
                    run++;
                }

                if (run < script.Count && run - end <= 2 * Context)
                {
                    end = run;
                    continue;
                }

                end = Math.Min(script.Count, end + Context);
                break;
            }

            (int oldStart, int newStart) = Positions(script, start);
            int oldCount = script.Skip(start).Take(end - start).Count(s => s.Op != '+');
            int newCount = script.Skip(start).Take(end - start).Count(s => s.Op != '-');
            output.Append("@@ -").Append(oldStart + (oldCount == 0 ? 0 : 1)).Append(',').Append(oldCount)
                .Append(" +").Append(newStart + (newCount == 0 ? 0 : 1)).Append(',').Append(newCount).Append(" @@\n");
            for (int k = start; k < end; k++)
            {
                output.Append(script[k].Op).Append(script[k].Line.TrimEnd('\r', '\n')).Append('\n');
            }

            i = end;
        }

        return output.ToString();
    }

    private static (int Old, int New) Positions(List<(char Op, string Line)> script, int index)
    {
        int o = 0, n = 0;
        for (int k = 0; k < index; k++)
        {
            if (script[k].Op != '+')
            {
                o++;
            }

            if (script[k].Op != '-')
            {
                n++;
            }
        }

        return (o, n);
    }

    private static string[] SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines.ToArray();
    }

    // Myers' O((N+M)D) diff; returns the edit script as (' ', '-', '+') lines.
    private static List<(char Op, string Line)> Diff(string[] a, string[] b)
    {
        int n = a.Length, m = b.Length, max = n + m;
        var trace = new List<int[]>();
        var v = new int[2 * max + 2];
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++)
        {
            trace.Add((int[])v.Clone());
            for (int k = -d; k <= d; k += 2)
            {
                int x = k == -d || (k != d && v[k - 1 + max] < v[k + 1 + max]) ? v[k + 1 + max] : v[k - 1 + max] + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[k + max] = x;
                if (x >= n && y >= m)
                {
                    found = d;
                    break;
                }
            }
        }

        var script = new List<(char, string)>();
        int cx = n, cy = m;
        for (int d = found; d > 0; d--)
        {
            int[] pv = trace[d];
            int k = cx - cy;
            int prevK = k == -d || (k != d && pv[k - 1 + max] < pv[k + 1 + max]) ? k + 1 : k - 1;
            int prevX = pv[prevK + max];
            int prevY = prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                script.Add((' ', a[--cx]));
                cy--;
            }

            if (cx == prevX)
            {
                script.Add(('+', b[--cy]));
            }
            else
            {
                script.Add(('-', a[--cx]));
            }
        }

        while (cx > 0 && cy > 0)
        {
            script.Add((' ', a[--cx]));
            cy--;
        }

        script.Reverse();
        return script;
    }
}
