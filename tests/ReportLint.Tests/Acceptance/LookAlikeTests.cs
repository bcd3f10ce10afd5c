using ReportLint.Rules;

namespace ReportLint.Tests.Acceptance;

/// <summary>
/// Ordinary documents that look like status reports to a careless rule: every rule stays quiet on them.
/// </summary>
public class LookAlikeTests
{
    public static TheoryData<string, string> Documents() => new()
    {
        { "version numbers and dates", """
            # Release notes

            Version 2.4.1 was released on 2025-11-05; 2.5.0 is due 2025-12-01. Requires .NET 10.0.100 or later,
            PowerShell 7.4.6, and TLS 1.3. Build 20251105.3 fixed 12 issues.
            """ },
        { "ranges and durations", """
            Expect 2-4 h for the migration, 10–15 min for the restart, and 1-2 days of monitoring. Each step takes
            about 30 min; the whole upgrade is done in 3h on a small cluster.
            """ },
        { "percentages in prose", """
            About 80% of users upgrade within a week; the cache hit rate is 95%, and 100% of requests are logged.
            Disk usage must stay below 90%. The progress bar reaches 100% when the upload is complete.
            """ },
        { "a price table without a total row", """
            | Plan | Price | Storage |
            |------|-------|---------|
            | Basic | $10 | 10 GB |
            | Pro | $25 | 100 GB |
            | Enterprise | $99 | 1 TB |
            """ },
        { "a changelog", """
            # Changelog

            ## [2.4.1] - 2025-11-05
            ### Fixed
            - Crash when the config file is empty (#123).
            - Total row of the report table is now bold.

            ## [2.4.0] - 2025-10-01
            ### Added
            - Support for 10k+ concurrent connections in the gateway.
            - `--timeout` option (default 30 s).
            """ },
        { "a benchmark table in a README", """
            ## Benchmarks

            | Method | Mean | Allocated |
            |--------|-----:|----------:|
            | Parse | 212.2 μs | 379 KB |
            | Lint | 936.4 μs | 931 KB |
            | Total | 1,148.6 μs | 1,310 KB |

            Throughput: 12.5k req/s on 2 cores (target hardware: 4 cores). Latency p99 is 8 ms.
            """ },
        { "a task list in a contributing guide", """
            ## Pull request checklist

            - [ ] Tests pass locally (`dotnet test`)
            - [ ] Docs updated
            - [x] Signed the CLA

            The build is complete when every check is green.
            """ },
        { "an API reference", """
            ### Parameters

            | Name | Type | Default | Description |
            |------|------|---------|-------------|
            | `timeout` | int | 30 | Seconds before giving up. |
            | `retries` | int | 3 | How many times to retry (maximum: 10). |
            | `target` | string | `prod` | The environment to deploy to. |

            Returns 0 on success. Valid values: 1 to 1024.
            """ },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_rule_stays_quiet(string kind, string text)
    {
        var diagnostics = BuiltInRules.CreateLinter().Lint(text, kind + ".md").Diagnostics;
        Assert.True(diagnostics.IsEmpty, $"{kind}: " + string.Join("\n", diagnostics.Select(d => d.ToString())));
    }
}
