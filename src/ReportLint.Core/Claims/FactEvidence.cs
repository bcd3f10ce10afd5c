namespace ReportLint.Claims;

/// <summary>
/// What backs a fact on its own statement or row, for a reader to check: flags, as a statement may show several. A
/// link or code to a file is both; a command's output below a lead-in backs each of its statements.
/// </summary>
[Flags]
public enum FactEvidence
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>A link ("[CI run](https://ci.example.com/runs/42)").</summary>
    Link = 1,
    /// <summary>Inline code of any kind: a command, a path, an identifier, a value.</summary>
    Code = 2,
    /// <summary>
    /// A count: a fraction of whole numbers ("52/52", "45/60 fichiers"), a whole number after "out of" ("52 out of 60",
    /// "52 sur 60"), or a count in a cell of its row ("| Tests | 644 | 100% |").
    /// </summary>
    Count = 4,
    /// <summary>
    /// A command that produces it: inline code that reads as a command line ("`dotnet test`", "`$ make check`",
    /// "`./run-tests.sh`"), or such a line in a block right after it.
    /// </summary>
    Command = 8,
    /// <summary>
    /// A log: a block of output (plain, text, log or shell) right after it, in its list item or below its heading or
    /// lead-in ("Résultats :"), with a line that is no command.
    /// </summary>
    Log = 16,
    /// <summary>
    /// A cited file: inline code that names a file ("`coverage/index.html`", "`TestResults.trx`"), a link to a file of
    /// the repository ("[results](docs/results.md)"), or an address ending in a file's name.
    /// </summary>
    CitedFile = 32,
    /// <summary>
    /// A table right above it: a paragraph that directly follows a table sums it up ("**Résultat** : tous les seuils
    /// respectés" under the table of thresholds and measured values), and the table is what a reader checks it against.
    /// </summary>
    Table = 64,
}
