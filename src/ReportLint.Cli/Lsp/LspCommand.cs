namespace ReportLint.Cli.Lsp;

/// <summary><c>reportlint lsp</c>: the language server on the process's standard streams.</summary>
internal static class LspCommand
{
    public static int Run(int debounce, TextWriter error)
    {
        // Standard output carries the protocol alone: anything written to the console by mistake goes to standard error.
        Console.SetOut(error);
        using Stream input = Console.OpenStandardInput();
        using Stream output = Console.OpenStandardOutput();
        return new LspServer(input, output, error, debounce).Run();
    }
}
