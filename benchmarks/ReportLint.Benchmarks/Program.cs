using BenchmarkDotNet.Running;

namespace ReportLint.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        // `generate BYTES PATH [SEED]` writes the generated report the benchmarks lint, and `generate-tables BYTES PATH
        // [SEED]` the table-heavy page, so a change can be diffed on them with the CLI (findings before and after).
        if (args.Length is 3 or 4 && args[0] is "generate" or "generate-tables")
        {
            if (!int.TryParse(args[1], out int bytes) || bytes <= 0)
            {
                Console.Error.WriteLine("generate: BYTES must be a positive whole number");
                return 2;
            }

            int seed = args.Length == 4 && int.TryParse(args[3], out int s) ? s : 42;
            File.WriteAllText(args[2], args[0] == "generate" ? ReportGenerator.Generate(bytes, seed) : TableReportGenerator.Generate(bytes, seed));
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
