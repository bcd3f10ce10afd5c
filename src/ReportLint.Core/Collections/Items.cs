using System.Collections;

namespace ReportLint.Collections;

/// <summary>
/// A read-only list over an array that a <c>foreach</c> walks without allocating (its enumerator is a struct), where an
/// <see cref="IReadOnlyList{T}"/> over the same array allocates an enumerator object per loop. The model hands out its
/// statements' values, facts and marks as these; LINQ and any code that takes an <see cref="IReadOnlyList{T}"/> still
/// work.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public readonly struct Items<T> : IReadOnlyList<T>
{
    private readonly T[]? _items;

    /// <summary>Wraps an array (null is empty).</summary>
    public Items(T[]? items) => _items = items;

    /// <summary>The number of items.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public T this[int index] => (_items ?? [])[index];

    /// <summary>The items as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>An enumerator that is a struct: <c>foreach</c> allocates nothing.</summary>
    public Enumerator GetEnumerator() => new(_items ?? []);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? []).GetEnumerator();

    /// <summary>The items of an array.</summary>
    public static implicit operator Items<T>(T[]? items) => new(items);

    /// <summary>Walks the items in order.</summary>
    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        /// <summary>The current item.</summary>
        public readonly T Current => _items[_index];

        /// <summary>Moves to the next item.</summary>
        public bool MoveNext() => ++_index < _items.Length;
    }
}
