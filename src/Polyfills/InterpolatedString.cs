// Compiled into the netstandard2.0 builds only: the handler the C# compiler uses for $"..." strings, so
// interpolating a ReadOnlySpan<char> works as it does on net10.0 (no boxing, no string.Format).

using System.Text;

namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    internal sealed class InterpolatedStringHandlerAttribute : Attribute
    {
    }

    [InterpolatedStringHandler]
    internal ref struct DefaultInterpolatedStringHandler
    {
        private readonly IFormatProvider? _provider;
        private StringBuilder _builder;

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount)
            : this(literalLength, formattedCount, null)
        {
        }

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount, IFormatProvider? provider)
        {
            _provider = provider;
            _builder = new StringBuilder(literalLength + (formattedCount * 11));
        }

        public void AppendLiteral(string value) => _builder.Append(value);

        public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

        public void AppendFormatted<T>(T value, string? format)
        {
            if (value is IFormattable formattable)
            {
                _builder.Append(formattable.ToString(format, _provider));
            }
            else if (value is not null)
            {
                _builder.Append(value.ToString());
            }
        }

        public void AppendFormatted<T>(T value, int alignment) => AppendFormatted(value, alignment, null);

        public void AppendFormatted<T>(T value, int alignment, string? format)
        {
            int start = _builder.Length;
            AppendFormatted(value, format);
            Pad(start, alignment);
        }

        public void AppendFormatted(ReadOnlySpan<char> value)
        {
            foreach (char c in value)
            {
                _builder.Append(c);
            }
        }

        public void AppendFormatted(ReadOnlySpan<char> value, int alignment = 0, string? format = null)
        {
            int start = _builder.Length;
            AppendFormatted(value);
            Pad(start, alignment);
        }

        public void AppendFormatted(string? value) => _builder.Append(value);

        public void AppendFormatted(string? value, int alignment = 0, string? format = null)
        {
            int start = _builder.Length;
            _builder.Append(value);
            Pad(start, alignment);
        }

        public void AppendFormatted(object? value, int alignment = 0, string? format = null) => AppendFormatted<object?>(value, alignment, format);

        public override string ToString() => _builder.ToString();

        public string ToStringAndClear()
        {
            string result = _builder.ToString();
            _builder = new StringBuilder();
            return result;
        }

        private void Pad(int start, int alignment)
        {
            int written = _builder.Length - start;
            int width = Math.Abs(alignment);
            if (written >= width)
            {
                return;
            }

            if (alignment > 0)
            {
                _builder.Insert(start, " ", width - written);
            }
            else
            {
                _builder.Append(' ', width - written);
            }
        }
    }
}
