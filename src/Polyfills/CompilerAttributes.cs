// Compiled into the netstandard2.0 builds only: the attributes and types the C# compiler needs for features
// (init accessors, records, caller argument names, the [NotNull] of the ThrowIfNull polyfill) that netstandard2.0 does not define.
// Each project compiles its own internal copy, so nothing here is public API.

namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    internal sealed class CallerArgumentExpressionAttribute(string parameterName) : Attribute
    {
        public string ParameterName { get; } = parameterName;
    }
}

namespace System.Diagnostics.CodeAnalysis
{
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.ReturnValue)]
    internal sealed class NotNullAttribute : Attribute
    {
    }
}
