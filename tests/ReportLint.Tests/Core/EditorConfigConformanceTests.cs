using System.Text;
using ReportLint.Configuration;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Core;

/// <summary>
/// <c>.editorconfig</c> as the EditorConfig specification reads it: the official conformance cases for section globs
/// and parsing (EditorConfigConformance/, BSD 2-clause, EditorConfig Team). Also run against the netstandard2.0 build.
/// </summary>
public sealed class EditorConfigConformanceTests
{
    private static readonly string Conformance = Repo.Path("tests", "ReportLint.Tests", "Core", "EditorConfigConformance");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string line in File.ReadLines(Path.Combine(Conformance, "cases.tsv"), Encoding.UTF8))
        {
            if (line.Length > 0 && line[0] != '#')
            {
                data.Add(line.Split('\t')[0]);
            }
        }

        return data;
    }

    [Fact]
    public void The_conformance_cases_are_all_there()
    {
        // 164 cases: every new_ec_test of the glob and parser suites.
        Assert.Equal(164, Cases().Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Passes_the_editorconfig_conformance_case(string name)
    {
        string[] fields = File.ReadLines(Path.Combine(Conformance, "cases.tsv"), Encoding.UTF8)
            .Select(line => line.Split('\t')).Single(f => f[0] == name);
        string text = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Conformance, "Bytes", fields[1])));
        EditorConfig.File file = EditorConfig.Parse("/project", text);
        var expected = fields.Skip(3).Select(pair => pair.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        IReadOnlyDictionary<string, string> actual = EditorConfig.Properties(file, fields[2]);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
