using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL3004 and labels that name their subject in code: "Elements with `tabindex`: 2" and "Elements with
/// `@keyup.enter`: 1" count two things; the same label with the same code, given two values, is still one metric.
/// </summary>
public class RL3004MetricValueConflictCodeNamesTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3004").ToArray();

    [Fact]
    public void Labels_that_differ_only_in_their_code_name_two_things()
    {
        const string report = """
            # Accessibility audit

            **Status:** ✅ Complete

            ## Keyboard

            - ✅ Cards reachable
            - ✅ Dialogs reachable
            - ✅ Menus reachable

            **Metrics:**
            - Elements with `tabindex`: 2 (interactive cards)
            - Elements with `@keyup.enter`: 1 (keyboard activation)
            - Focus management: ✅ Complete
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Des_libelles_qui_ne_different_que_par_leur_code_nomment_deux_choses()
    {
        const string report = """
            # Audit d'accessibilité

            **Statut :** ✅ Terminé

            ## Clavier

            - ✅ Cartes accessibles
            - ✅ Dialogues accessibles
            - ✅ Menus accessibles

            **Mesures :**
            - Éléments avec `tabindex` : 2 (cartes interactives)
            - Éléments avec `@keyup.enter` : 1 (activation au clavier)
            - Gestion du focus : ✅ Terminée
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void The_same_code_name_given_two_values_is_still_reported()
    {
        const string report = """
            # Accessibility audit

            **Status:** ✅ Complete

            ## Keyboard

            - ✅ Cards reachable
            - ✅ Dialogs reachable
            - ✅ Menus reachable

            **Metrics:**
            - Elements with `tabindex`: 2 (interactive cards)
            - Elements with `tabindex`: 5 (modal dialogs)
            - Focus management: ✅ Complete
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(13, d.Line);
        Assert.Equal("Elements with tabindex is 5 here but 2 at line 12", d.Message);
    }
}
