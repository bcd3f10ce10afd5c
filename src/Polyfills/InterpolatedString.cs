// Compiled into the netstandard2.0 builds only: the handler the C# compiler uses for $"..." strings, so
// interpolating a ReadOnlySpan<char> works as it does on net10.0 (no boxing, no string.Format). Only the members
// the shared source needs: no alignment, no format provider (string.Create(provider, ...) has its own polyfill).

using System.Text;

namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    internal sealed class InterpolatedStringHandlerAttribute : Attribute
    {
    }

    [InterpolatedStringHandler]
    internal ref struct DefaultInterpolatedStringHandler(int literalLength, int formattedCount)
    {
        private readonly StringBuilder _builder = new(literalLength + (formattedCount * 11));

        public void AppendLiteral(string value) => _builder.Append(value);

        public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

        public void AppendFormatted<T>(T value, string? format)
        {
            if (value is IFormattable formattable)
            {
                _builder.Append(formattable.ToString(format, null));
            }
            else if (value is not null)
            {
                _builder.Append(value.ToString());
            }
        }

        public void AppendFormatted(ReadOnlySpan<char> value) => _builder.Append(value);

        public void AppendFormatted(string? value) => _builder.Append(value);

        public string ToStringAndClear() => _builder.ToString();
    }
}
