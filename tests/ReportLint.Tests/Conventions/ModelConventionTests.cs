using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReportLint.Tests.Conventions;

/// <summary>
/// Issue 48: the model keeps only what two or more rules ask for, and Core's namespaces form no cycle. Both are read
/// from the sources with Roslyn, so what they count is what the code binds to.
/// </summary>
public class ModelConventionTests
{
    [Fact]
    public void No_public_model_member_is_read_by_a_single_rule()
    {
        Dictionary<string, SortedSet<string>> readers = ModelMemberReaders();
        string[] single = readers.Where(r => r.Value.Count == 1).Select(r => $"{r.Key} ({r.Value.Single()})").Order(StringComparer.Ordinal).ToArray();
        Assert.True(single.Length == 0,
            "Public model members read by a single rule (move each into that rule's folder as a *Facts class):\n" + string.Join("\n", single));
    }

    [Fact]
    public void Core_namespaces_form_no_cycle()
    {
        Dictionary<string, SortedSet<string>> uses = CoreNamespaceUses();
        List<string> cycles = Cycles(uses);
        Assert.True(cycles.Count == 0, "Namespaces of ReportLint.Core that use each other:\n" + string.Join("\n", cycles.Select(c =>
        {
            string[] ring = c.Split(" -> ");
            return c + "\n" + string.Join("\n", ring.Zip(ring.Skip(1)).Select(e => $"    {e.First} -> {e.Second}: {Examples.GetValueOrDefault(e)} ({uses[e.First].Count})"));
        })));
    }

    // For each public member of the model (ReportModel: its views, structure, facts and relations; the properties of
    // the shared fact types are not counted apart), the rules whose folders read it. A file at a
    // category's level (a helper two rules share) reads for every rule that names its class.
    internal static Dictionary<string, SortedSet<string>> ModelMemberReaders()
    {
        var compilation = SourceCompilation.Rules;
        var helpers = new Dictionary<string, string>(StringComparer.Ordinal); // helper class name -> its file
        var folders = new Dictionary<SyntaxTree, string?>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            string[] parts = SourceCompilation.RelativePath(tree, "ReportLint.Rules").Split('/');
            folders[tree] = parts.Length >= 3 && parts[1].StartsWith("RL", StringComparison.Ordinal) ? parts[1] : null;
            if (parts.Length == 2 && parts[0] is "Arithmetic" or "Evidence" or "Integrity" or "Status")
            {
                helpers[Path.GetFileNameWithoutExtension(parts[1])] = tree.FilePath;
            }
        }

        // The rules that name each shared helper.
        var helperRules = helpers.Keys.ToDictionary(h => h, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            if (folders[tree] is not { } rule)
            {
                continue;
            }

            foreach (IdentifierNameSyntax name in tree.GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (helperRules.TryGetValue(name.Identifier.ValueText, out SortedSet<string>? rules))
                {
                    rules.Add(rule);
                }
            }
        }

        var readers = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            IEnumerable<string> rulesOfFile = folders[tree] is { } folder ? [folder]
                : helpers.FirstOrDefault(h => h.Value == tree.FilePath).Key is { } helper ? helperRules[helper] : [];
            if (!rulesOfFile.Any())
            {
                continue;
            }

            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (SimpleNameSyntax name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                ISymbol? symbol = model.GetSymbolInfo(name).Symbol;
                if (symbol is IMethodSymbol { ReducedFrom: { } reduced })
                {
                    symbol = reduced;
                }

                if (symbol is null or ITypeSymbol or INamespaceSymbol || symbol.DeclaredAccessibility != Accessibility.Public ||
                    symbol.ContainingType is not { DeclaredAccessibility: Accessibility.Public } type ||
                    type.ContainingAssembly?.Name != "ReportLint.Core" || type.ToDisplayString() != "ReportLint.Model.ReportModel")
                {
                    continue;
                }

                string key = $"{type.Name}.{(symbol is IMethodSymbol { MethodKind: MethodKind.PropertyGet } getter ? getter.AssociatedSymbol!.Name : symbol.Name)}";
                if (!readers.TryGetValue(key, out SortedSet<string>? set))
                {
                    readers[key] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(rulesOfFile);
            }
        }

        return readers;
    }

    // One place each use of a namespace by another is seen, for the failure message.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string From, string To), string> Examples = new();

    // Which namespaces of Core each namespace of Core names a type or member of.
    internal static Dictionary<string, SortedSet<string>> CoreNamespaceUses()
    {
        var compilation = SourceCompilation.Core;
        var uses = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (BaseNamespaceDeclarationSyntax ns in tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
            {
                string from = ns.Name.ToString();
                if (!uses.TryGetValue(from, out SortedSet<string>? targets))
                {
                    uses[from] = targets = new SortedSet<string>(StringComparer.Ordinal);
                }

                foreach (SimpleNameSyntax name in ns.DescendantNodes().OfType<SimpleNameSyntax>())
                {
                    ISymbol? symbol = model.GetSymbolInfo(name).Symbol;
                    INamedTypeSymbol? type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                    if (type?.ContainingAssembly?.Name == "ReportLint.Core" && type.ContainingNamespace.ToDisplayString() is var to &&
                        to.StartsWith("ReportLint", StringComparison.Ordinal) && to != from && to != "ReportLint.Polyfills")
                    {
                        if (targets.Add(to))
                        {
                            Examples[(from, to)] = $"{Path.GetFileName(tree.FilePath)}: {symbol!.ToDisplayString()}";
                        }
                    }
                }
            }
        }

        return uses;
    }

    // Each pair or ring of namespaces that reach each other, as "A -> B -> A".
    private static List<string> Cycles(Dictionary<string, SortedSet<string>> uses)
    {
        var cycles = new List<string>();
        foreach (string start in uses.Keys.Order(StringComparer.Ordinal))
        {
            // A shortest path back to start, by breadth.
            var previous = new Dictionary<string, string>(StringComparer.Ordinal);
            var queue = new Queue<string>([start]);
            string? found = null;
            while (queue.Count > 0 && found is null)
            {
                string at = queue.Dequeue();
                foreach (string next in uses.GetValueOrDefault(at) ?? [])
                {
                    if (next == start)
                    {
                        previous[start] = at;
                        found = at;
                        break;
                    }

                    if (previous.TryAdd(next, at))
                    {
                        queue.Enqueue(next);
                    }
                }
            }

            if (found is not null)
            {
                var path = new List<string> { start };
                for (string at = previous[start]; at != start; at = previous[at])
                {
                    path.Insert(1, at);
                }

                string ring = string.Join(" -> ", path.Append(start));
                if (!cycles.Any(c => c.Split(" -> ").ToHashSet().SetEquals(path)))
                {
                    cycles.Add(ring);
                }
            }
        }

        return cycles;
    }
}
