namespace ReportLint.Collections;

/// <summary>
/// A stable sort (bottom-up merge) for the engine's own arrays. <c>Array.Sort</c> and LINQ's <c>OrderBy</c> over a
/// value type or with a value-type key are framework generic code that ReadyToRun cannot precompile, so they were
/// JIT-compiled at every start of the tool; this is the engine's code and is precompiled for every instantiation the
/// engine uses. Equal elements keep their order, as with <c>OrderBy</c>.
/// </summary>
internal static class StableSort
{
    public static void Sort<T>(T[] items, Comparison<T> compare)
    {
        if (items.Length < 2)
        {
            return;
        }

        T[] from = items;
        var to = new T[items.Length];
        for (int width = 1; width < items.Length; width *= 2)
        {
            for (int lo = 0; lo < items.Length; lo += 2 * width)
            {
                int mid = Math.Min(lo + width, items.Length);
                int hi = Math.Min(lo + (2 * width), items.Length);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi)
                {
                    to[k++] = compare(from[j], from[i]) < 0 ? from[j++] : from[i++];
                }

                while (i < mid)
                {
                    to[k++] = from[i++];
                }

                while (j < hi)
                {
                    to[k++] = from[j++];
                }
            }

            (from, to) = (to, from);
        }

        if (!ReferenceEquals(from, items))
        {
            Array.Copy(from, items, items.Length);
        }
    }
}
