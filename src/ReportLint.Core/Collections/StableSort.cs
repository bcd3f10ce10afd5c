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

    /// <summary>
    /// Sorts a span in place (a list's storage, say): an insertion sort up to 16 elements, which allocates nothing,
    /// and the merge sort above beyond.
    /// </summary>
    public static void Sort<T>(Span<T> items, Comparison<T> compare)
    {
        if (items.Length <= 16)
        {
            for (int i = 1; i < items.Length; i++)
            {
                T item = items[i];
                int j = i - 1;
                while (j >= 0 && compare(item, items[j]) < 0)
                {
                    items[j + 1] = items[j];
                    j--;
                }

                items[j + 1] = item;
            }

            return;
        }

        T[] copy = items.ToArray();
        Sort(copy, compare);
        copy.AsSpan().CopyTo(items);
    }

    /// <summary>Sorts a list in place (see the span overload).</summary>
    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
#if NET
        Sort(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items), compare);
#else
        T[] copy = items.ToArray();
        Sort(copy, compare);
        for (int i = 0; i < copy.Length; i++)
        {
            items[i] = copy[i];
        }
#endif
    }

    /// <summary>
    /// Ordinal comparison of two strings, as <c>string.CompareOrdinal</c> orders them: the framework's compares
    /// through a vectorised helper that is JIT-compiled at start-up on machines whose vector width ReadyToRun code
    /// does not assume, and the engine compares short phrases.
    /// </summary>
    public static int CompareOrdinal(string a, string b)
    {
        int length = Math.Min(a.Length, b.Length);
        for (int i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return a[i] - b[i];
            }
        }

        return a.Length - b.Length;
    }
}
