using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Conventions;

/// <summary>
/// A project's sources compiled in memory with Roslyn (net10.0 symbols, the test run's own assemblies as references),
/// so convention tests can ask which symbol every name binds to.
/// </summary>
internal static class SourceCompilation
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        string[] platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        string[] loaded = AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && a.Location.Length > 0).Select(a => a.Location).ToArray();
        return platform.Concat(loaded).Where(p => Path.GetFileName(p) is not ("ReportLint.Rules.dll" or "ReportLint.Core.dll"))
            .Distinct(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    private static readonly Lazy<CSharpCompilation> CoreCompilation = new(() => Compile("ReportLint.Core", [], "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"ReportLint.Rules\")]"));

    /// <summary>ReportLint.Core's sources.</summary>
    public static CSharpCompilation Core => CoreCompilation.Value;

    /// <summary>ReportLint.Rules's sources, over Core's (with Core's internals visible, as its InternalsVisibleTo says).</summary>
    public static CSharpCompilation Rules => Compile("ReportLint.Rules", [Core.ToMetadataReference()], "");

    /// <summary>The file's path relative to <c>src/{project}</c>, with forward slashes.</summary>
    public static string RelativePath(SyntaxTree tree, string project) =>
        Path.GetRelativePath(Repo.Path("src", project), tree.FilePath).Replace('\\', '/');

    private static CSharpCompilation Compile(string project, MetadataReference[] extra, string attributes)
    {
        string folder = Repo.Path("src", project);
        var options = new CSharpParseOptions(LanguageVersion.Preview, preprocessorSymbols: ["NET", "NET10_0", "NET10_0_OR_GREATER", "NETCOREAPP"]);
        SyntaxTree[] trees = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f))
            .Append(CSharpSyntaxTree.ParseText(attributes, options, "attributes.cs"))
            .Append(CSharpSyntaxTree.ParseText("global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;", options, "usings.cs"))
            .ToArray();
        var compilation = CSharpCompilation.Create(project, trees, References.Value.AddRange(extra),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToArray();
        Assert.True(errors.Length == 0, $"{project} does not compile in memory:\n" + string.Join("\n", errors.Select(e => e.ToString())));
        return compilation;
    }
}
