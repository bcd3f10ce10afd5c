using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3004: the parts of one named thing counted twice, differently.</summary>
public class RL3004MetricValueConflictNamedCountsTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3004").ToArray();

    [Fact]
    public void Reports_a_count_in_brackets_that_the_description_of_the_same_thing_contradicts()
    {
        const string report = """
            # Notifications report

            ## Templates
            1. **`emails/payment-failed-alert.tsx`** (210 lines)
               - ✅ Red theme
               - Four escalation steps:
                 - Day 1, Day 3, Day 7, Day 14

            ## Summary
            - ✅ Welcome emails (2 escalation steps: 1/7 day)
            - ✅ Payment failed alerts (3 escalation steps: 1/3/7 day)
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((11, 28), (d.Line, d.Column));
        Assert.Equal("'3 escalation steps' here, but line 6 gives 'Four escalation steps' for the same Payment failed alerts", d.Message);
    }

    [Fact]
    public void Signale_un_nombre_entre_parentheses_que_la_description_de_la_meme_chose_contredit()
    {
        const string report = """
            # Rapport de migration

            ## Détail
            1. **`migrations/schema-facturation.sql`**
               - ✅ Index recréés
               - Quatre tables principales migrées

            ## Bilan
            - ✅ Schéma facturation (3 tables principales)
            - ✅ Schéma clients (2 tables principales)
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((9, 25), (d.Line, d.Column));
        Assert.Equal("'3 tables principales' here, but line 6 gives 'Quatre tables principales' for the same Schéma facturation", d.Message);
    }

    [Fact]
    public void The_same_count_or_a_count_of_another_thing_is_not_reported()
    {
        const string report = """
            # Notifications report

            ## Templates
            1. **`emails/payment-failed-alert.tsx`** (210 lines)
               - ✅ Red theme
               - Three escalation steps:
            2. **`emails/welcome.tsx`** (120 lines)
               - ✅ Blue theme
               - Two escalation steps

            ## Summary
            - ✅ Payment failed alerts (3 escalation steps: 1/3/7 day)
            - ✅ Trial reminders (4 escalation steps)
            """;
        Assert.Empty(Findings(report));
    }
}
