using ReportLint.Claims;
using ReportLint.Model;

namespace ReportLint.Tests.Model;

/// <summary>
/// What backs a fact on its own statement or row: a count, a link, a command, a log, a cited file, in English and in
/// French; and what does not (a score, an identifier in code, a program named alone, a block of code).
/// </summary>
public class FactEvidenceTests
{
    private static Fact FactOf(string text, string value) => ReportModelTests.FactOf(text, value);

    [Theory]
    // A count: a fraction of things, a whole number after "out of", a count in a cell of the row.
    [InlineData("- ✅ Pass rate: 100% (52/52 tests)\n", "100%", FactEvidence.Count)]
    [InlineData("- ✅ Taux de réussite : 100 % (52/52 tests)\n", "100 %", FactEvidence.Count)]
    [InlineData("- Couverture : 75 % (45/60 fichiers)\n", "75 %", FactEvidence.Count)]
    [InlineData("- Tests: 12/12, coverage 100%\n", "100%", FactEvidence.Count)]
    [InlineData("- 100% passing: 52 out of 52\n", "100%", FactEvidence.Count)]
    [InlineData("- ✅ Coverage: 100% (412 of 412 lines)\n", "100%", FactEvidence.Count)]
    [InlineData("- **Tests unitaires** : 100 % de couverture (52/52 tests)\n", "100 %", FactEvidence.Count)]
    [InlineData("- 100 % de réussite : 52 sur 52\n", "100 %", FactEvidence.Count)]
    [InlineData("| Suite | Tests | Pass rate |\n|---|---|---|\n| Unit | 644 | 100% |\n", "100%", FactEvidence.Count)]
    [InlineData("| Suite | Tests | Réussite |\n|---|---|---|\n| Unitaires | 644 | 100 % |\n", "100 %", FactEvidence.Count)]
    // A command: inline code read as a command line.
    [InlineData("- 100% passing, run with `dotnet test`\n", "100%", FactEvidence.Code | FactEvidence.Command)]
    [InlineData("- 100 % de réussite avec `$ npm run test:ci`\n", "100 %", FactEvidence.Code | FactEvidence.Command)]
    [InlineData("- Coverage 90%, `./run-tests.sh --coverage`\n", "90%", FactEvidence.Code | FactEvidence.Command)]
    // A cited file: code naming a file, a link to a file of the repository or to an address ending in a file's name.
    [InlineData("- Coverage 90%, see `coverage/index.html`\n", "90%", FactEvidence.Code | FactEvidence.CitedFile)]
    [InlineData("- Couverture 90 %, voir `TestResults/run.trx:12`\n", "90 %", FactEvidence.Code | FactEvidence.CitedFile)]
    [InlineData("- 0 vulnerabilities ([ZAP report](reports/zap.md))\n", "0", FactEvidence.Link | FactEvidence.CitedFile)]
    [InlineData("- 0 vulnérabilité ([rapport](https://ci.example.com/runs/42/zap.html))\n", "0", FactEvidence.Link | FactEvidence.CitedFile)]
    // A link to a page: a link and no more.
    [InlineData("- 0 vulnerabilities ([CI run](https://ci.example.com/runs/42))\n", "0", FactEvidence.Link)]
    [InlineData("- 0 vulnérabilité ([exécution](https://ci.example.com/runs/42))\n", "0", FactEvidence.Link)]
    public void A_fact_carries_what_backs_it_on_its_statement(string text, string value, FactEvidence evidence)
    {
        Fact fact = FactOf(text, value);
        Assert.Equal(evidence, fact.Evidence);
        Assert.Equal(evidence, fact.Statement.Evidence);
    }

    [Theory]
    // A score is no count; a fraction of nothing neither; "24/7" is more than a whole.
    [InlineData("- Quality: 100% (5/5)\n", "100%")]
    [InlineData("- Qualité : 100 % (5/5)\n", "100 %")]
    [InlineData("- Support 24/7 with 100% uptime\n", "100%")]
    [InlineData("- Support 24/7, disponibilité 100 %\n", "100 %")]
    public void A_score_or_a_lone_number_is_no_count(string text, string value) =>
        Assert.Equal(FactEvidence.None, FactOf(text, value).Evidence);

    [Theory]
    // An identifier, a value, or a program named alone is code, not a command or a file.
    [InlineData("- 100% coverage of `ReportModel`\n", "100%")]
    [InlineData("- Couverture de `ReportModel` : 100 %\n", "100 %")]
    [InlineData("- Migrated to `pytest`: 100% of suites\n", "100%")]
    [InlineData("- 100 % des routes sous `/api/users`\n", "100 %")]
    [InlineData("- 100% of files in `src/`\n", "100%")]
    [InlineData("- Alerte quand `> seuil` pour 100 % des pages\n", "100 %")]
    public void Code_that_is_neither_a_command_nor_a_file_is_only_code(string text, string value) =>
        Assert.Equal(FactEvidence.Code, FactOf(text, value).Evidence);

    [Theory]
    // Output in the list item: a log; a shell block with a prompt: a command and its log.
    [InlineData("- ✅ 100% passing:\n  ```\n  Passed!  - Failed: 0, Passed: 52\n  ```\n", "100%", FactEvidence.Log)]
    [InlineData("- ✅ 100 % de réussite :\n  ```text\n  Réussis : 52, échecs : 0\n  ```\n", "100 %", FactEvidence.Log)]
    [InlineData("- ✅ 100% passing\n\n  ```console\n  $ npm test\n  52 passing (3s)\n  ```\n", "100%", FactEvidence.Command | FactEvidence.Log)]
    // Only the command, no output.
    [InlineData("- ✅ 100% passing\n\n  ```bash\n  npm test -- --ci\n  ```\n", "100%", FactEvidence.Command)]
    // Below a lead-in that ends in a colon, or a heading.
    [InlineData("Coverage reached 100% on the last run:\n\n```\nAll files | 100 | 100 | 100 | 100\n```\n", "100%", FactEvidence.Log)]
    [InlineData("La couverture atteint 100 % au dernier passage :\n\n```\nAll files | 100 | 100 | 100 | 100\n```\n", "100 %", FactEvidence.Log)]
    [InlineData("## Tests: 100% passing\n\n```\n52 passing (3s)\n```\n", "100%", FactEvidence.Log)]
    [InlineData("## Tests : 100 % réussis\n\n```\n52 réussis (3 s)\n```\n", "100 %", FactEvidence.Log)]
    public void A_block_of_output_or_commands_below_backs_what_leads_it_in(string text, string value, FactEvidence evidence) =>
        Assert.Equal(evidence, FactOf(text, value).Evidence);

    [Theory]
    // A paragraph that leads nothing in (no colon), a block of code, a block after another paragraph.
    [InlineData("Coverage reached 100% on the last run.\n\n```\nAll files | 100 | 100 | 100 | 100\n```\n", "100%")]
    [InlineData("La couverture atteint 100 % au dernier passage.\n\n```\nAll files | 100 | 100 | 100 | 100\n```\n", "100 %")]
    [InlineData("- ✅ 100% of handlers migrated:\n  ```csharp\n  services.AddHandlers();\n  ```\n", "100%")]
    [InlineData("- ✅ 100 % des gestionnaires migrés :\n  ```json\n  { \"handlers\": 12 }\n  ```\n", "100 %")]
    [InlineData("Coverage is 100%.\n\nThe run is below:\n\n```\n52 passing\n```\n", "100%")]
    public void A_block_of_code_or_a_block_nothing_leads_in_backs_nothing(string text, string value) =>
        Assert.Equal(FactEvidence.None, FactOf(text, value).Evidence);
    [Theory]
    // A paragraph right after a table: the table it sums up.
    [InlineData("| Check | Actual |\n|---|---|\n| p95 | 420ms |\n\nOverall 100% of checks met.\n", "100%", FactEvidence.Table)]
    [InlineData("| Contrôle | Mesuré |\n|---|---|\n| p95 | 420ms |\n\nAu total 100 % des contrôles respectés.\n", "100 %", FactEvidence.Table)]
    // A heading or another paragraph between, or a list item after the table: no link.
    [InlineData("| Check | Actual |\n|---|---|\n| p95 | 420ms |\n\n## Summary\n\nOverall 100% of checks met.\n", "100%", FactEvidence.None)]
    [InlineData("| Contrôle | Mesuré |\n|---|---|\n| p95 | 420ms |\n\nVoir plus haut.\n\nAu total 100 % des contrôles respectés.\n", "100 %", FactEvidence.None)]
    [InlineData("| Check | Actual |\n|---|---|\n| p95 | 420ms |\n\n- Overall 100% of checks met.\n", "100%", FactEvidence.None)]
    public void A_paragraph_right_after_a_table_has_the_table_as_evidence(string text, string value, FactEvidence evidence) =>
        Assert.Equal(evidence, FactOf(text, value).Evidence);
}
