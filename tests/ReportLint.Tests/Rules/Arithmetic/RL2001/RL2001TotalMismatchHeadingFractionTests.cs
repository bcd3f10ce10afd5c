using ReportLint.Rules;
using ReportLint.Rules.Arithmetic;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL2001: a fraction in a heading ("## SCORE GLOBAL: 62/76") against the table right under it that breaks it down.</summary>
public class RL2001TotalMismatchHeadingFractionTests
{
    private const string Marks = "- ✅ Phase 1\n- ✅ Phase 2\n- ✅ Phase 3\n\n";

    private static void Verify(string markup) => RuleVerifier.Verify(new RL2001TotalMismatch(), StatusReports.Of(Marks + markup));

    [Fact]
    public void Reports_a_heading_fraction_its_column_of_fractions_does_not_add_up_to_in_English_and_French() => Verify("""
        ## Overall score: [|20/24|] = 83%

        ### Breakdown by area

        | Area | Done | Total |
        |------|------|-------|
        | API | 8/8 | 8 |
        | UI | 6/8 | 8 |
        | Docs | 5/8 | 8 |

        ## 🎯 SCORE GLOBAL : [|62/76|] = 82%

        | Catégorie | Complété | Total |
        |-----------|----------|-------|
        | Infrastructure | 8/8 | 8 |
        | Sécurité | 7/8 | 8 |
        | Fonctionnalités | 46/60 | 60 |
        """);

    [Fact]
    public void Reports_a_heading_fraction_against_the_count_column_it_names_in_English_and_French() => Verify("""
        ### ✅ Postman routes ([|40/40|])

        | Module | Routes | Status |
        |--------|--------|--------|
        | Auth | 12 | ✅ |
        | Users | 15 | ✅ |
        | Health | 6 | ✅ |

        ## ÉTAT GLOBAL : 87.8% CONFORME ([|43/49|] exigences complètes)

        ### Répartition par domaine

        | Domaine | Exigences | Complètes | Partielles |
        |---------|-----------|-----------|------------|
        | Utilisateurs | 8 | 8 | 0 |
        | Réunions | 8 | 7 | 1 |
        | Documents | 33 | 32 | 1 |
        | **TOTAL** | **49** | **47** | **2** |
        """);

    [Fact]
    public void Heading_fraction_message_names_the_column_and_its_rows()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(
            Marks + "### ✅ Routes (40/40)\n\n| Module | Routes |\n|---|---|\n| Auth | 12 |\n| Users | 15 |\n| Health | 6 |\n")).Diagnostics, d => d.Id == "RL2001");
        Assert.Equal((5, 15), (d.Line, d.Column));
        Assert.Equal("Routes 40/40 ≠ 12 + 15 + 6 = 33 (the Routes column, rows 9–11)", d.Message);
    }

    [Fact]
    public void Does_not_report_a_heading_fraction_its_table_makes_or_does_not_name_in_English_and_French() => Verify("""
        ## Overall score: 19/24

        ### Breakdown by area

        | Area | Done | Total |
        |------|------|-------|
        | API | 8/8 | 8 |
        | UI | 6/8 | 8 |
        | Docs | 5/8 | 8 |

        ### ✅ Sprint 3 (3/5)

        | Task | Hours |
        |------|-------|
        | Login | 6 |
        | Search | 9 |

        ### ✅ Routes (33/40)

        Seven routes are still to come.

        | Module | Routes |
        |--------|--------|
        | Auth | 12 |
        | Users | 15 |

        ## SCORE GLOBAL : 45/49

        | Domaine | Exigences | Complètes |
        |---------|-----------|-----------|
        | Utilisateurs | 8 | 8 |
        | Réunions | 8 | 7 |
        | Documents | 33 | 29 |

        ### ✅ Routes Postman (28/33)

        | Module | Routes | Testées |
        |--------|--------|---------|
        | Auth | 12 | 10 |
        | Users | 21 | 18 |
        """);
}
