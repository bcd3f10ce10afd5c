using System.Runtime.CompilerServices;

namespace ReportLint;

/// <summary>How the scanning loops are compiled.</summary>
internal static class Jit
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (not in netstandard2.0's enumeration; .NET Framework ignores
    /// it): the method is compiled optimised at its first call instead of at tier 0. A process that lints a few
    /// reports once (a compiler without its server, a CLI run) would otherwise run the per-character loops as
    /// unoptimised code for most of its life, the tier-up coming seconds later on a loaded machine.
    /// </summary>
    public const MethodImplOptions Hot = (MethodImplOptions)512;
}
