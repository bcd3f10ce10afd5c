namespace ReportLint.Tests.Harness;

// Apart from Repo.cs, which the benchmarks compile too: TheoryData is xUnit's.
public static partial class Repo
{
    /// <summary>The named corpora, then the seeds and the corpus when the shared material is beside the clone.</summary>
    public static TheoryData<string> WithShared(params string[] own)
    {
        var data = new TheoryData<string>();
        foreach (string name in own)
        {
            data.Add(name);
        }

        if (Shared is not null)
        {
            data.Add("seeds");
            data.Add("corpus");
        }

        return data;
    }
}
