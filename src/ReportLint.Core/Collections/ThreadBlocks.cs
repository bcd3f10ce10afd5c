namespace ReportLint.Collections;

/// <summary>
/// Blocks a thread keeps the items of many small owners in, one owner's after another's (a fold's characters and runs,
/// a statement's quantities): an owner takes a view of the current block instead of an array of its own and its 24
/// bytes of header, and a new block is started when the current one is full. A block is let go when no owner in it is
/// reachable; the current one stays with the thread. Items longer than a quarter of a block get an array of their own
/// (a block's tail would go unused).
/// </summary>
/// <typeparam name="T">The items' type: each type has its own blocks per thread.</typeparam>
internal static class ThreadBlocks<T>
{
    [ThreadStatic]
    private static T[]? t_block;

    [ThreadStatic]
    private static int t_used;

    /// <summary>The array <paramref name="items"/> are copied into, and where in it.</summary>
    /// <param name="items">The owner's items.</param>
    /// <param name="blockSize">The length of a block: kept under the large object heap's threshold by the caller.</param>
    /// <param name="start">Where the items start in the returned array.</param>
    public static T[] Keep(ReadOnlySpan<T> items, int blockSize, out int start)
    {
        if (items.Length > blockSize / 4)
        {
            start = 0;
            return items.ToArray();
        }

        T[]? block = t_block;
        if (block is null || t_used + items.Length > block.Length)
        {
            block = t_block = new T[blockSize];
            t_used = 0;
        }

        start = t_used;
        items.CopyTo(block.AsSpan(start));
        t_used = start + items.Length;
        return block;
    }
}
