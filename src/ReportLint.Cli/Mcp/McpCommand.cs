using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ReportLint.Cli.Mcp;

/// <summary>
/// <c>reportlint mcp</c>: a Model Context Protocol server over standard input and output, built on the MCP SDK's
/// low-level handlers (<see cref="McpServerHandlers"/>), whose tools are declared with hand-written JSON schemas rather
/// than built by reflection over methods, so the trimmed, precompiled tool keeps no trim or AOT warning.
/// </summary>
internal static class McpCommand
{
    public static int Run(string[] roots, TextWriter error)
    {
        var folders = new List<string>();
        foreach (string root in roots.Length == 0 ? [Environment.CurrentDirectory] : roots)
        {
            string full = Path.GetFullPath(root);
            if (!Directory.Exists(full))
            {
                error.WriteLine($"reportlint: error: --root {root}: no such folder.");
                return Program.ExitError;
            }

            folders.Add(full);
        }

        // Standard output carries the protocol alone: anything written to the console by mistake goes to standard error.
        Console.SetOut(error);
        var tools = new ReportTools(folders);
        var options = new McpServerOptions
        {
            ServerInfo = new Implementation { Name = "reportlint", Title = "ReportLint", Version = Program.Version },
            ServerInstructions = ReportTools.Instructions,
            Capabilities = new ServerCapabilities { Tools = new ToolsCapability(), Resources = new ResourcesCapability() },
            Handlers = new McpServerHandlers
            {
                ListToolsHandler = (_, _) => ValueTask.FromResult(new ListToolsResult { Tools = tools.Tools }),
                CallToolHandler = (request, _) => ValueTask.FromResult(tools.Call(request.Params?.Name, request.Params?.Arguments)),
                ListResourcesHandler = (_, _) => ValueTask.FromResult(new ListResourcesResult { Resources = tools.Resources }),
                ReadResourceHandler = (request, _) => ValueTask.FromResult(tools.ReadResource(request.Params?.Uri)),
            },
        };

        error.WriteLine($"reportlint mcp: serving over standard input and output; reports are read under {string.Join(", ", folders)}.");
        return Serve(options, error).GetAwaiter().GetResult();
    }

    private static async Task<int> Serve(McpServerOptions options, TextWriter error)
    {
        await using McpServer server = McpServer.Create(new StdioServerTransport(options), options);
        try
        {
            await server.RunAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The client went away.
        }

        error.WriteLine("reportlint mcp: the input closed; exiting.");
        return Program.ExitClean;
    }
}
