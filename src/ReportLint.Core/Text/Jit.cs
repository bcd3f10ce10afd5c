using System.Runtime.CompilerServices;

namespace ReportLint.Text;

/// <summary>How the scanning loops are compiled.</summary>
internal static class Jit
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (not in netstandard2.0's enumeration; .NET Framework ignores
    /// it): the method is compiled optimised at its first call instead of at tier 0. A process that lints a few
    /// reports once (a compiler without its server, a CLI run) would otherwise run the per-character loops as
    /// unoptimised code for most of its life, the tier-up coming seconds later on a loaded machine.
    /// Only in the netstandard2.0 build, which the Roslyn analyzer loads into the compiler: the net10.0 build ships
    /// ReadyToRun in the tool, and ReadyToRun leaves out every method marked so, which would then be JIT-compiled at
    /// each start (measured: the tool's run on the five seeds went from 0.10 s to 0.08 s without it).
    /// </summary>
#if NETSTANDARD2_0
    public const MethodImplOptions Hot = (MethodImplOptions)512;
#else
    public const MethodImplOptions Hot = 0;
#endif
}
