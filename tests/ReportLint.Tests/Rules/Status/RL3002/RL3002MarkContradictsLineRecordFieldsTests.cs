using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL3002's cross-references and the fields of records: "- [x] **Location**: …", "- [ ] **Action**: …" under each
/// finding of an audit. A label of words that six items or more carry with different texts is a field, not the name of
/// one piece of work: a done field of one record says nothing against an open field of another.
/// </summary>
public class RL3002MarkContradictsLineRecordFieldsTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(report).Diagnostics.Where(d => d.Id == "RL3002").ToArray();

    [Fact]
    public void The_fields_of_an_audit_s_records_are_not_matched_across_records()
    {
        const string report = """
            # Security audit checklist

            **Status:** ✅ 100% complete

            ## Critical issues

            #### 1.1 Exposed database password
            - [x] **Location**: `src/file1.js:11`
            - [x] **Issue**: exposed database password
            - [x] **Action**: fix exposed database password in file 1
            - **Status**: ✅ Fixed

            #### 1.2 Hardcoded API key
            - [x] **Location**: `src/file2.js:12`
            - [x] **Issue**: hardcoded api key
            - [x] **Action**: fix hardcoded api key in file 2
            - **Status**: ✅ Fixed

            #### 1.3 Missing rate limiting
            - [x] **Location**: `src/file3.js:13`
            - [x] **Issue**: missing rate limiting
            - [x] **Action**: fix missing rate limiting in file 3
            - **Status**: ✅ Fixed

            #### 1.4 Open CORS policy
            - [ ] **Location**: `src/file4.js:14`
            - [ ] **Issue**: open cors policy
            - [ ] **Action**: fix open cors policy in file 4
            - **Status**: ⏳ Not started

            #### 1.5 Weak session secret
            - [ ] **Location**: `src/file5.js:15`
            - [ ] **Issue**: weak session secret
            - [ ] **Action**: fix weak session secret in file 5
            - **Status**: ⏳ Not started

            #### 1.6 Verbose error pages
            - [ ] **Location**: `src/file6.js:16`
            - [ ] **Issue**: verbose error pages
            - [ ] **Action**: fix verbose error pages in file 6
            - **Status**: ⏳ Not started
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Les_champs_des_fiches_d_un_audit_ne_sont_pas_rapproches_d_une_fiche_a_l_autre()
    {
        const string report = """
            # Liste de contrôle de l'audit de sécurité

            **Statut :** ✅ 100 % terminé

            ## Problèmes critiques

            #### 1.1 Mot de passe exposé
            - [x] **Emplacement** : `src/fichier1.js:11`
            - [x] **Problème** : mot de passe exposé
            - [x] **Action** : corriger mot de passe exposé dans le fichier 1
            - **Statut** : ✅ Corrigé

            #### 1.2 Clé API en dur
            - [x] **Emplacement** : `src/fichier2.js:12`
            - [x] **Problème** : clé api en dur
            - [x] **Action** : corriger clé api en dur dans le fichier 2
            - **Statut** : ✅ Corrigé

            #### 1.3 Limitation de débit absente
            - [x] **Emplacement** : `src/fichier3.js:13`
            - [x] **Problème** : limitation de débit absente
            - [x] **Action** : corriger limitation de débit absente dans le fichier 3
            - **Statut** : ✅ Corrigé

            #### 1.4 Politique CORS ouverte
            - [ ] **Emplacement** : `src/fichier4.js:14`
            - [ ] **Problème** : politique cors ouverte
            - [ ] **Action** : corriger politique cors ouverte dans le fichier 4
            - **Statut** : ⏳ Non commencé

            #### 1.5 Secret de session faible
            - [ ] **Emplacement** : `src/fichier5.js:15`
            - [ ] **Problème** : secret de session faible
            - [ ] **Action** : corriger secret de session faible dans le fichier 5
            - **Statut** : ⏳ Non commencé

            #### 1.6 Pages d'erreur bavardes
            - [ ] **Emplacement** : `src/fichier6.js:16`
            - [ ] **Problème** : pages d'erreur bavardes
            - [ ] **Action** : corriger pages d'erreur bavardes dans le fichier 6
            - **Statut** : ⏳ Non commencé
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void A_label_said_done_in_one_place_and_open_in_another_is_still_reported()
    {
        const string report = """
            # Release report

            **Status:** ✅ 100% complete

            ## Summary

            - ✅ **Documentation**: user guide written
            - ✅ **Monitoring**: dashboards live

            ## Checklist

            - [ ] **Documentation**: admin guide
            - [x] **Monitoring**: alerts routed
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(7, d.Line);
        Assert.StartsWith("✅ marks 'Documentation' as done, but line 12 says it is not", d.Message);
    }

    [Fact]
    public void Un_libelle_dit_fait_a_un_endroit_et_ouvert_a_un_autre_est_toujours_signale()
    {
        const string report = """
            # Rapport de livraison

            **Statut :** ✅ 100 % terminé

            ## Résumé

            - ✅ **Documentation** : guide utilisateur rédigé
            - ✅ **Supervision** : tableaux de bord en ligne

            ## Liste de contrôle

            - [ ] **Documentation** : guide d'administration
            - [x] **Supervision** : alertes routées
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(7, d.Line);
        Assert.StartsWith("✅ marks 'Documentation' as done, but line 12 says it is not", d.Message);
    }
}
