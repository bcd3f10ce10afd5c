// Compiled into the netstandard2.0 builds only: the BCL members newer frameworks have and the engine uses,
// as C# 14 extension members so the shared source reads the same on every target.

using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

// The extension classes live in ReportLint.Polyfills, imported by a global using in the netstandard2.0 builds only,
// so friend assemblies built for net10.0 never see them beside the real members.

namespace ReportLint.Polyfills
{
    internal static class BclPolyfills
    {
        extension(ArgumentNullException)
        {
            public static void ThrowIfNull([NotNull] object? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
            {
                if (argument is null)
                {
                    throw new ArgumentNullException(paramName);
                }
            }
        }

        extension(ArgumentOutOfRangeException)
        {
            public static void ThrowIfNegative(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
            {
                if (value < 0)
                {
                    throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} ('{value}') must be a non-negative value.");
                }
            }

            public static void ThrowIfGreaterThan(int value, int other, [CallerArgumentExpression(nameof(value))] string? paramName = null)
            {
                if (value > other)
                {
                    throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} ('{value}') must be less than or equal to '{other}'.");
                }
            }
        }

        extension(Math)
        {
            public static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;

            public static double Clamp(double value, double min, double max) => value < min ? min : value > max ? max : value;

            public static long Clamp(long value, long min, long max) => value < min ? min : value > max ? max : value;

            public static decimal Clamp(decimal value, decimal min, decimal max) => value < min ? min : value > max ? max : value;
        }

        extension(char)
        {
            public static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

            public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

        }

        extension(string)
        {
            public static string Join(char separator, IEnumerable<string?> values) => string.Join(separator.ToString(), values);
        }

        extension(string)
        {
            /// <summary>Formats with the given culture, as <c>string.Create(IFormatProvider, ref DefaultInterpolatedStringHandler)</c> does.</summary>
            public static string Create(IFormatProvider provider, FormattableString text) => text.ToString(provider);
        }

        extension(decimal)
        {
            public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider, out decimal result) =>
                decimal.TryParse(s.ToString(), style, provider, out result);
        }

        extension(System.IO.Path)
        {
            public static string GetRelativePath(string relativeTo, string path)
            {
                string from = System.IO.Path.GetFullPath(relativeTo).TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
                string to = System.IO.Path.GetFullPath(path);
                StringComparison comparison = System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                string[] fromParts = from.Split(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
                string[] toParts = to.TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar).Split(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
                int common = 0;
                while (common < fromParts.Length && common < toParts.Length && string.Equals(fromParts[common], toParts[common], comparison))
                {
                    common++;
                }

                if (common == 0)
                {
                    return to;
                }

                var parts = new List<string>();
                for (int i = common; i < fromParts.Length; i++)
                {
                    parts.Add("..");
                }

                for (int i = common; i < toParts.Length; i++)
                {
                    parts.Add(toParts[i]);
                }

                return parts.Count == 0 ? "." : string.Join(System.IO.Path.DirectorySeparatorChar.ToString(), parts);
            }
        }

        public static bool StartsWith(this string s, char c) => s.Length > 0 && s[0] == c;

        public static bool EndsWith(this string s, char c) => s.Length > 0 && s[s.Length - 1] == c;

        public static bool Contains(this string s, char c) => s.IndexOf(c) >= 0;

        public static bool Contains(this string s, string value, StringComparison comparison) => s.IndexOf(value, comparison) >= 0;

        public static bool Contains(this string s, char c, StringComparison comparison) => s.IndexOf(c.ToString(), comparison) >= 0;

        public static int IndexOf(this string s, char c, StringComparison comparison) =>
            comparison == StringComparison.Ordinal ? s.IndexOf(c) : s.IndexOf(c.ToString(), comparison);

        public static string[] Split(this string s, char separator, StringSplitOptions options) => s.Split([separator], options);

        public static string Replace(this string s, string oldValue, string? newValue, StringComparison comparison)
        {
            if (comparison == StringComparison.Ordinal)
            {
                return s.Replace(oldValue, newValue);
            }

            var builder = new StringBuilder(s.Length);
            int start = 0;
            int at;
            while ((at = s.IndexOf(oldValue, start, comparison)) >= 0)
            {
                builder.Append(s, start, at - start).Append(newValue);
                start = at + oldValue.Length;
            }

            return builder.Append(s, start, s.Length - start).ToString();
        }

        public static bool Contains(this ReadOnlySpan<char> span, char c) => span.IndexOf(c) >= 0;

        public static bool Contains(this Span<char> span, char c) => span.IndexOf(c) >= 0;

        public static int Count<T>(this ReadOnlySpan<T> span, T value)
            where T : IEquatable<T>
        {
            int count = 0;
            foreach (T x in span)
            {
                if (x.Equals(value))
                {
                    count++;
                }
            }

            return count;
        }

        public static int Count<T>(this Span<T> span, T value)
            where T : IEquatable<T> => Count((ReadOnlySpan<T>)span, value);

        public static bool ContainsAny(this ReadOnlySpan<char> span, char a, char b) => span.IndexOfAny(a, b) >= 0;

        public static bool StartsWith(this ReadOnlySpan<char> span, char c) => span.Length > 0 && span[0] == c;

        public static bool EndsWith(this ReadOnlySpan<char> span, char c) => span.Length > 0 && span[span.Length - 1] == c;

        public static unsafe StringBuilder Append(this StringBuilder builder, ReadOnlySpan<char> value)
        {
            fixed (char* p = value)
            {
                return value.IsEmpty ? builder : builder.Append(p, value.Length);
            }
        }

        public static unsafe string GetString(this Encoding encoding, ReadOnlySpan<byte> bytes)
        {
            if (bytes.IsEmpty)
            {
                return string.Empty;
            }

            fixed (byte* p = bytes)
            {
                return encoding.GetString(p, bytes.Length);
            }
        }

    }
}

namespace ReportLint.Polyfills
{
    internal static class CollectionPolyfills
    {
        public static void Deconstruct<TKey, TValue>(this KeyValuePair<TKey, TValue> pair, out TKey key, out TValue value)
        {
            key = pair.Key;
            value = pair.Value;
        }

        public static bool TryAdd<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
            where TKey : notnull
        {
            if (dictionary.ContainsKey(key))
            {
                return false;
            }

            dictionary.Add(key, value);
            return true;
        }

        public static TValue? GetValueOrDefault<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> dictionary, TKey key) =>
            dictionary.TryGetValue(key, out TValue? value) ? value : default;

        public static TValue GetValueOrDefault<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> dictionary, TKey key, TValue defaultValue) =>
            dictionary.TryGetValue(key, out TValue? value) ? value : defaultValue;

        public static TValue? GetValueOrDefault<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key)
            where TKey : notnull =>
            dictionary.TryGetValue(key, out TValue? value) ? value : default;

        public static TValue GetValueOrDefault<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, TValue defaultValue)
            where TKey : notnull =>
            dictionary.TryGetValue(key, out TValue? value) ? value : defaultValue;

    }

}

namespace System.Collections.Generic
{
    /// <summary>Compares by reference, whatever the type's own equality says.</summary>
    internal sealed class ReferenceEqualityComparer : IEqualityComparer<object?>
    {
        public static ReferenceEqualityComparer Instance { get; } = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object? obj) => RuntimeHelpers.GetHashCode(obj!);
    }
}

namespace ReportLint.Polyfills
{
    internal static class ConcurrentPolyfills
    {
        public static TValue GetOrAdd<TKey, TValue, TArg>(this ConcurrentDictionary<TKey, TValue> dictionary, TKey key, Func<TKey, TArg, TValue> factory, TArg argument)
            where TKey : notnull =>
            dictionary.TryGetValue(key, out TValue? value) ? value : dictionary.GetOrAdd(key, factory(key, argument));
    }
}

namespace ReportLint.Polyfills
{
    internal static class LinqPolyfills
    {
        public static IEnumerable<T> DistinctBy<T, TKey>(this IEnumerable<T> source, Func<T, TKey> key, IEqualityComparer<TKey>? comparer = null)
        {
            var seen = new HashSet<TKey>(comparer);
            foreach (T item in source)
            {
                if (seen.Add(key(item)))
                {
                    yield return item;
                }
            }
        }

        public static T? MaxBy<T, TKey>(this IEnumerable<T> source, Func<T, TKey> key)
        {
            Comparer<TKey> comparer = Comparer<TKey>.Default;
            T? best = default;
            TKey? bestKey = default;
            bool any = false;
            foreach (T item in source)
            {
                TKey k = key(item);
                if (!any || comparer.Compare(k, bestKey!) > 0)
                {
                    best = item;
                    bestKey = k;
                    any = true;
                }
            }

            return best;
        }

        public static IOrderedEnumerable<T> Order<T>(this IEnumerable<T> source) => source.OrderBy(x => x);

        public static IOrderedEnumerable<T> Order<T>(this IEnumerable<T> source, IComparer<T> comparer) => source.OrderBy(x => x, comparer);
    }
}

namespace System.Numerics
{
    internal static class BitOperations
    {
        public static int PopCount(uint value)
        {
            int count = 0;
            while (value != 0)
            {
                value &= value - 1;
                count++;
            }

            return count;
        }
    }
}
