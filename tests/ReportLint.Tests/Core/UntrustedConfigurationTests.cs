using ReportLint.Configuration;
using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Core;

/// <summary>
/// Issue 50, in the library: <c>ReportLinter.LintFile</c> and the configuration (<c>.reportlint.json</c>, the files it
/// <c>extends</c>) read a repository as untrusted: regular files only, inside the repository, never quoted. The same
/// cases run against the netstandard2.0 build.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UntrustedConfigurationTests : IDisposable
{
    private readonly UntrustedTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private const string WrongTotal = "# Sprint report\n\n| Task | Hours |\n|---|---|\n| A | 2h |\n| B | 1h |\n| Total | 4h |\n";

    private static RuleDescriptor Rl2001 => BuiltInRules.Descriptors.Single(r => r.Id == "RL2001");

    [Fact]
    public void The_library_reads_a_file_only_when_it_is_a_regular_file_inside_its_repository()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        string link = _tree.Link("docs/passwd.md", _tree.SecretFile);
        string fifo = _tree.Fifo("docs/pipe.md");
        string inside = _tree.Write("docs/status.md", WrongTotal);

        IOException outside = Assert.ThrowsAny<IOException>(() => linter.LintFile(link));
        Assert.Equal($"a symbolic link that leads out of {_tree.Root}; not read", outside.Message);
        IOException pipe = UntrustedTree.NeverOpens(() => Assert.ThrowsAny<IOException>(() => linter.LintFile(fifo)), fifo);
        Assert.Equal("a FIFO (named pipe), not a regular file; not read", pipe.Message);
        Assert.Equal(["RL2001"], linter.LintFile(inside).Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Extends_outside_the_repository_is_RL0002_and_nothing_of_it_is_read_or_quoted()
    {
        string report = _tree.Write("docs/status.md", WrongTotal);
        string config = _tree.Write("docs/.reportlint.json", "{ \"extends\": \"../../outside/base.json\" }\n");
        _tree.Write(".reportlint.json", "{ \"extends\": \"/etc/passwd\" }\n");

        var resolver = new ConfigurationResolver(BuiltInRules.Catalog);
        ResolvedConfiguration resolved = resolver.Resolve(report);

        // base.json would make RL2001 an error: it was not applied.
        Assert.Equal(Severity.Warning, resolved.Options.GetEffectiveSeverity(Rl2001));
        Assert.Equal(
        [
            $"{_tree.Path_(".reportlint.json")}(1,1): 'extends' names '/etc/passwd', outside the repository ({_tree.Root}); it is not read.",
            $"{config}(1,1): 'extends' names '../../outside/base.json', outside the repository ({_tree.Root}); it is not read.",
        ], resolver.Problems.SelectMany(p => p.Problems).Select(p => p.ToString()).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(resolver.FilesRead, f => f.StartsWith(_tree.Outside, StringComparison.Ordinal) || f.StartsWith("/etc", StringComparison.Ordinal));
    }

    [Fact]
    public void Extends_a_fifo_or_a_link_to_a_device_inside_the_repository_is_RL0002()
    {
        string report = _tree.Write("docs/status.md", WrongTotal);
        string fifo = _tree.Fifo("config/pipe.json");
        _tree.Link("config/zero.json", "/dev/zero");
        _tree.Write("docs/.reportlint.json", "{ \"extends\": \"../config/zero.json\" }\n");
        _tree.Write(".reportlint.json", "{ \"extends\": \"config/pipe.json\" }\n");

        var resolver = new ConfigurationResolver(BuiltInRules.Catalog);
        UntrustedTree.NeverOpens(() => resolver.Resolve(report), fifo);

        Assert.Equal(
        [
            "'extends' names '../config/zero.json': a symbolic link that leads out of " + _tree.Root + "; not read.",
            "'extends' names 'config/pipe.json': a FIFO (named pipe), not a regular file; not read.",
        ], resolver.Problems.SelectMany(p => p.Problems).Select(p => p.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Extends_inside_the_repository_still_applies()
    {
        string report = _tree.Write("docs/status.md", WrongTotal);
        _tree.Write("config/base.json", "{ \"RL2001\": \"error\" }\n");
        _tree.Write("docs/.reportlint.json", "{ \"extends\": \"../config/base.json\" }\n");

        var resolver = new ConfigurationResolver(BuiltInRules.Catalog);
        Assert.Equal(Severity.Error,
            resolver.Resolve(report).Options.GetEffectiveSeverity(Rl2001));
        Assert.Empty(resolver.Problems);
    }
}
