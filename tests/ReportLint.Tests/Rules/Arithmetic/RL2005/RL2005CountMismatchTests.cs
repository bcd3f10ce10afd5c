using ReportLint.Rules;
using ReportLint.Rules.Arithmetic;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL2005CountMismatchTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL2005CountMismatch(), StatusReports.Of(markup));

    private static Diagnostics.Diagnostic Single(string report) =>
        Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(report)).Diagnostics, d => d.Id == "RL2005");

    [Fact]
    public void Reports_more_names_in_brackets_than_the_count_in_English_and_French() => Verify("""
        - SQL join: [|4|] tables (registrations + members + courses + sessions + instructors)
        - **[|5|] New Backend APIs Created** (Finance, Security, Legal, Reports, Settings, Life)
        - Jointure : [|2|] tables (membres, cours et sessions)
        """);

    [Fact]
    public void Message_names_the_items()
    {
        var d = Single("- SQL join: 2 tables (members + courses + sessions)\n");
        Assert.Equal((1, 13), (d.Line, d.Column));
        Assert.Equal("'2 tables' but 3 are named: members, courses, sessions", d.Message);
    }

    // A number right after a word that numbers a part ("Phase 1", "Étape 2") names the part; it counts nothing. The same
    // names after a true count are still counted.
    [Fact]
    public void Does_not_read_the_number_of_a_phase_or_a_step_as_a_count_in_English_and_French() => Verify("""
        - ✅ Review Phase 1 fixes (CSS, dead code, ACWR tests)
        - ✅ Sprint 2 tasks (login, signup, reset)
        - ✅ Revue Étape 1 correctifs (CSS, code mort, tests)
        - ✅ Lot 2 tâches (connexion, inscription, export)
        - ✅ Review [|2|] fixes (CSS, dead code, ACWR tests)
        - ✅ Revue de [|2|] correctifs (CSS, code mort, tests)
        """);

    [Fact]
    public void Does_not_report_fewer_names_examples_or_a_breakdown() => Verify("""
        - 13 notification receivers (PagerDuty, Slack, Email, Webhooks)
        - 3 services (e.g. auth, billing, search, mail)
        - 2 modules (notamment paiement, factures, relances)
        - 4 tables (2 new + 3 existing)
        - 3 tables (members + courses + sessions)
        - Fixed #2 tests (alpha, beta, gamma)
        """);

    // Sprints, phases, providers, packages… are things a report counts (lexicon section count.noun).
    [Fact]
    public void Reports_a_lead_in_counting_sprints_or_phases_over_more_items_in_English_and_French() => Verify("""
        **High Priority ([|3|] sprints)**:
        1. Sprint 012: Advanced Creation Tools
        2. Sprint 014: Platform Integration
        3. Sprint 015: Quality and Testing
        4. Sprint 020: Security

        **Priorité haute ([|2|] phases)** :
        1. Phase 1 : Authentification
        2. Phase 2 : Paiements
        3. Phase 3 : Notifications
        """);

    // A heading over two lists, the second led by a line of its own ("**Fonctionnalités** :"), counts one of them; which
    // one is not known, so neither is compared.
    [Fact]
    public void Does_not_count_a_headings_items_across_a_second_lead_in_in_English_and_French() => Verify("""
        ### Newsletter (4 providers)
        1. ✅ **Mailchimp** - market leader
        2. ✅ **SendGrid** - deliverability
        3. ✅ **Brevo** - French provider
        4. ✅ **Local** - built-in fallback

        **Features**:
        - Subscribe and unsubscribe
        - Campaigns
        - Statistics

        ### SMS (4 fournisseurs)
        1. ✅ **Twilio** - leader mondial
        2. ✅ **Vonage** - alternative
        3. ✅ **InfoBip** - entreprise
        4. ✅ **Africa's Talking** - Afrique

        **Fonctionnalités** :
        - SMS simple et groupé
        - Alertes critiques
        """);

    [Fact]
    public void Reports_a_lead_in_over_more_items_than_it_counts() => Verify("""
        **Mobile** ([|2|] profiles):
        - `iphone_14_pro` - iPhone 14 Pro
        - `pixel_7_pro` - Pixel flagship
        - `galaxy_s23` - Samsung flagship

        ### Frontend ([|3|] fichiers)

        1. `frontend/package.json`
        2. `frontend/src/pages/Parametres.tsx`
        3. `frontend/src/services/api.ts`
        4. `frontend/src/pages/GrandLivre.tsx`
        """);

    // A line all in emphasis that ends on its count's bracket is a label over the list after it, as a line ending with a
    // colon is. Text after the bracket, or a bracket of another unit, makes it no label.
    [Fact]
    public void Reports_an_emphasized_label_over_more_items_than_it_counts_in_English_and_French() => Verify("""
        **Tests Routes ([|2|] tests nouveaux)**
        - ✅ get_plants_with_filters
        - ✅ create_plant_minimal
        - ✅ search_plant_by_name

        __Screens of the top-up path ([|2|] screens)__
        - Balance
        - Top-up
        - Receipt

        **Tests Lookups (3 tests)** — added in this sprint
        - get_units
        - get_frequencies
        - get_lights
        - get_types

        **Open discussion (30 minutes)**
        - Roadmap
        - Questions
        """);

    // A count of one thing leads no list of such things: the items under "(1 test)" describe the one.
    [Fact]
    public void Does_not_read_a_count_of_one_as_a_list_in_English_and_French() => Verify("""
        ### Issue #5: Generation counter (1 test)
        - Add `generation` property to `Interner`
        - Quick fix, low impact

        ### Problème n° 6 : import de module (1 fichier)
        - Remplacer `require()` par `import`
        - Correction triviale

        ### Issue #7: Module import ([|2|] tests)
        - `import_resolves`
        - `import_caches`
        - `import_reloads`
        """);

    [Fact]
    public void Message_gives_the_lines_of_the_items()
    {
        var d = Single("**Mobile** (2 profiles):\n- iphone\n- pixel\n- galaxy\n");
        Assert.Equal((1, 13), (d.Line, d.Column));
        Assert.Equal("'2 profiles' but 3 items are listed under it (lines 2–4): iphone, pixel, galaxy", d.Message);
    }

    [Fact]
    public void Does_not_report_fewer_items_nested_items_or_a_list_of_kinds() => Verify("""
        ### Corrections dans le code source (22 fichiers)

        - `settings.py`
        - `src/core/*.py` (8 fichiers)

        **Desktop** (2 profiles):
        - `desktop_1920x1080`
          - landscape
          - portrait
        - `desktop_1366x768`
        """);

    [Fact]
    public void A_heading_that_counts_files_over_items_that_are_each_one_file_lists_them_all_in_English_and_French() => Verify("""
        ## Code delivered ([|7|] files)

        ### Services
        - `app/Services/MonitoringService.php`
        - `app/Services/SmsService.php` (fixed)

        ### Tests
        - `tests/Feature/AuthenticationTest.php` - login and logout

        ## 💻 CODE LIVRÉ ([|21|] fichiers techniques)

        ### Scripts
        - `scripts/backup/database_backup.php`
        - `config/backup.php`

        ### Corrections
        - app/Http/Controllers/StockController.php (corrigé)
        """);

    [Fact]
    public void The_file_heading_message_gives_the_count_and_the_files()
    {
        var d = Single("## Code delivered (4 files)\n\n- `app/Sms.php`\n- `app/Mail.php`\n\n## Next\n");
        Assert.Equal((1, 20), (d.Line, d.Column));
        Assert.Equal("'4 files' but 2 items are listed under it (lines 3–4): app/Sms.php, app/Mail.php", d.Message);
    }

    [Fact]
    public void Does_not_report_fewer_files_under_a_lead_in_another_noun_or_items_that_are_not_one_file_each() => Verify("""
        Files changed (12 files):
        - `app/Sms.php`
        - `app/Mail.php`

        ## Corrections (22 corrections)

        - `settings.py`
        - `urls.py`

        ### Fichiers modifiés (9 fichiers)

        - le module de facturation
        - `src/billing/invoice.py` et ses tests
        - `docs/` (tout le dossier)

        ## Files created (3 files)

        - `a.py`
        - `b.py`
        - `c.py`
        """);

    [Fact]
    public void A_fraction_of_all_counts_the_items_it_lists_one_by_one() => Verify("""
        ### Module Authentication ([|5/5|] tests) ✅ 100%
        - ✅ AUTH01: Connexion avec compte valide
        - ✅ AUTH02: Connexion avec compte invalide
        - ✅ AUTH03: Déconnexion
        - ✅ AUTH04: Session expirée

        ### Module Demandes (10/10 tests) ✅ 100%
        - ✅ DEM01-06: Champs obligatoires
        - ✅ DEM07-10: Soumission
        """);

    [Fact]
    public void Reports_a_remaining_count_that_differs_from_the_open_boxes_above_it() => Verify("""
        ## Phase 4: Stories

        ### 4.1 Creation
        - [ ] Story screen
        - [x] Camera
        - [ ] Media picker

        ### 4.2 Viewing
        - [ ] Viewer

        **Remaining: [|2|] tasks**

        ## Phase 5 : Appels

        - [ ] WebRTC
        - [ ] Signalisation

        **Restant : 2 tâches**
        """);

    [Fact]
    public void Message_counts_the_open_boxes()
    {
        var d = Single("## Phase 4\n\n- [ ] Story screen\n- [x] Camera\n- [ ] Media picker\n\n**Remaining: 1 task**\n");
        Assert.Equal("'Remaining: 1 task' but the section above lists 2 open tasks, not 1 (lines 3–5): Story screen, Media picker", d.Message);
    }

    [Fact]
    public void Does_not_count_a_section_whose_items_are_not_all_boxes() => Verify("""
        ## Phase 6

        - [ ] Feed
        - ⏳ Post creation
        - [ ] Comments

        **Remaining: 1 task**
        """);

    // "Remaining" and "left" are in most pages: the rule is run for them only where a list item opens with a box.
    [Theory]
    [InlineData("Two tasks remaining:\n\n- [ ] Export\n- [x] Import\n", true)]
    [InlineData("Tâches restantes :\n\n1. [ ] Export\n2. [x] Import\n", true)]
    [InlineData("The remaining steps are left to the reader.\n\n- Export\n- Import\n", false)]
    [InlineData("Les points restants sont laissés au lecteur.\n\n- Export\n", false)]
    public void Runs_for_a_remaining_count_only_beside_task_boxes(string report, bool runs)
    {
        var document = new ReportLint.Analysis.ReportDocument(ReportLint.Text.SourceText.From(report), "report.md", BuiltInRules.LoadLexicon(),
            ReportLint.Analysis.AnalysisOptions.Default);
        Assert.Equal(runs, new RL2005CountMismatch().CanReport(document));
    }

    [Fact]
    public void Reports_a_count_of_files_under_which_a_tree_draws_more_in_English_and_French() => Verify("""
        ### Views ([|3|] templates)
        ```
        templates/
        ├── base.html
        ├── list.html
        ├── detail.html
        └── partials/
            └── card.html
        ```

        **Fichiers créés :** [|2|] fichiers de configuration

        ```
        config/
        ├── app.yaml
        ├── db.yaml
        └── cache.yaml
        ```
        """);

    [Fact]
    public void Tree_message_names_the_files()
    {
        var d = Single("### Scripts (2 scripts)\n```\nbin/\n├── build.sh\n├── test.sh\n└── deploy.sh\n```\n");
        Assert.Equal((1, 14), (d.Line, d.Column));
        Assert.Equal("'2 scripts' but the tree under it (lines 4–6) lists 3 files: build.sh, test.sh, deploy.sh", d.Message);
    }

    [Fact]
    public void Does_not_report_a_tree_with_fewer_files_folders_or_elided_entries() => Verify("""
        ### Views (4 templates)
        ```
        templates/
        ├── base.html
        └── list.html
        ```

        ### Modules (2 files)
        ```
        src/
        ├── core/
        ├── api/
        └── web/
        ```

        **Fichiers créés :** 2 fichiers, par exemple :

        ```
        config/
        ├── app.yaml
        ├── db.yaml
        └── cache.yaml
        ```

        ### Scripts (2 scripts)
        ```
        bin/
        ├── build.sh
        ├── test.sh
        ├── deploy.sh
        └── ...
        ```

        ### Gabarits (2 gabarits)
        ```
        gabarits/
        ├── facture.html
        ├── devis.html
        ├── relance.html
        └── etc.
        ```

        ### Pages (2 pages)
        ```
        pages/
        ├── index.md
        ├── about.md
        └── blog.md
        ```
        """);

    // A heading that ends on its count alone in brackets, or with a total word, counts the files of the tree or the
    // listing that makes up its section.
    [Fact]
    public void Reports_a_bare_count_in_a_heading_over_more_files_in_English_and_French() => Verify("""
        ### Java Classes ([|2|])
        ```
        src/main/java/
        ├── Controller/
        │   └── OrderController.java
        └── Service/
            ├── OrderService.java
            └── PriceService.java
        ```

        ## 🔧 FILES MODIFIED ([|2|] total)

        ```
        src/app/layout.js        ✅ Updated
        src/middleware.js        ✅ Updated
        .env.example             ✅ Updated
        ```

        ### Documentation ([|1|] au total)
        ```
        /
        ├── GUIDE.md
        └── API.md
        ```
        """);

    [Fact]
    public void Bare_count_message_names_the_heading_and_the_files()
    {
        var d = Single("### Documentation (1)\n```\n/\n├── GUIDE.md\n└── API.md\n```\n");
        Assert.Equal((1, 20), (d.Line, d.Column));
        Assert.Equal("'Documentation (1)' but the tree under it (lines 4–5) lists 2 files: GUIDE.md, API.md", d.Message);
    }

    [Fact]
    public void Does_not_read_other_brackets_of_a_heading_as_a_bare_count() => Verify("""
        ### Java Classes (3)
        ```
        src/
        ├── A.java
        ├── B.java
        └── C.java
        ```

        ### Étape 3 : Services (5 min)
        ```
        src/a.js
        src/b.js
        ```

        ### Scripts (2 maximum)
        ```
        bin/build.sh
        bin/test.sh
        bin/deploy.sh
        ```

        ### Documentation (2) — voir aussi
        ```
        docs/a.md
        docs/b.md
        docs/c.md
        ```
        """);

    // A list written in the code block a lead-in introduces: bullets or check marks, a line of check marks in columns
    // being one item a column. The block lists all the items, so fewer is reported too.
    [Fact]
    public void Reports_a_count_over_a_list_in_a_code_block_in_English_and_French() => Verify("""
        ### ✅ Service API ([|5|] méthodes)
        ```
        ✓ getAll()              ✓ getById()
        ✓ create()              ✓ update()
        ```

        ### Blueprints

        **Original Project** ([|4|] blueprints):
        ```python
        - backend.services.games
        - backend.services.events  ❌ MISSING
        - backend.services.flows   ❌ MISSING
        ```

        ### ✅ Components ([|2|])
        ```
        ✓ OrderList.jsx       - Main page
        ✓ OrderCard.jsx       - One order
        ✓ OrderForm.jsx       - Create and edit
        ```
        """);

    [Fact]
    public void Code_block_list_message_names_the_items()
    {
        var d = Single("### ✅ Service API (5 methods)\n```\n✓ getAll()     ✓ getById()\n✓ create()     ✓ update()\n```\n");
        Assert.Equal((1, 20), (d.Line, d.Column));
        Assert.Equal("'5 methods' but 4 items are listed under it (lines 3–4): getAll(), getById(), create(), update()", d.Message);
    }

    [Fact]
    public void Does_not_report_a_code_block_list_that_matches_samples_breaks_down_or_is_code_in_English_and_French() => Verify("""
        ### ✅ Composants (3)
        ```
        ✓ MissionsList.jsx       - Page principale
        ✓ MissionCard.jsx        - Carte mission
        ✓ MissionForm.jsx        - Formulaire
        ```

        ### 3. Controller (1)
        ```
        ✓ OrderController - 3 endpoints
          - POST /create
          - GET /{id}
          - PUT /{id}
        ```

        ### Services (12 modules)
        ```
        - auth
        - billing
        - search
        ```

        ### Tests (9 tests)
        ```
        - unit (5)
        - e2e (2)
        ```

        ### Deploy (3 steps)
        ```
        npm install
        npm run build
        ```

        ### Pages (4 pages)
        ```
        - index
        - about
        - ...
        ```

        ### Modules (20+ modules)
        ```
        - auth
        - billing
        - search
        ```

        ### Écrans (4 écrans)
        ```
        - accueil
        - profil
        - réglages
        ```

        Ces écrans restent à valider.

        ### Fixes (4 fixes)
        ```diff
        - timeout: 30
        - retries: 1
        - cache: off
        ```

        ### Corrections (3 fichiers)
        ```
        - src/a.ts
        + src/b.ts
        ```
        """);

    [Fact]
    public void Reports_a_summary_count_its_inventory_section_contradicts_in_English_and_French() => Verify("""
        ## Summary

        - **Files Modified**: [|12+|]
        - **Tests**: 40 passing

        ## Notes

        Nothing else changed.

        ## Files Changed Summary

        ### Backend
        - `api/orders.py` - new endpoint
        - `api/models.py` - new field

        ### Frontend
        - `web/Order.tsx` - new page

        ---

        **Fichiers de configuration :** [|6+|] fichiers

        ### Fichiers de configuration

        ```
        config/app.yaml
        config/db.yaml
        ```
        """);

    [Fact]
    public void Inventory_message_names_the_section()
    {
        var d = Single("- **Backend Files:** 2 files\n\n### Backend Files\n\n- `a.py`\n- `b.py`\n- `c.py`\n");
        Assert.Equal((1, 22), (d.Line, d.Column));
        Assert.Equal("'Backend Files: 2 files' but the section 'Backend Files' (lines 5–7) lists 3: a.py, b.py, c.py", d.Message);
    }

    [Fact]
    public void Reports_a_count_that_repeats_its_keys_noun_against_its_inventory() => Verify("""
        - **Backend Files**: [|2|] files
        - **Fichiers créés** : [|2|] fichiers

        ## Backend Files
        - `a.py`
        - `b.py`
        - `c.py`

        ## Liste des fichiers créés
        - `d.py`
        - `e.py`
        - `f.py`
        """);

    [Fact]
    public void Does_not_compare_a_count_of_another_thing_with_the_inventory_of_its_key_in_English_and_French() => Verify("""
        - ✅ **Tests**: 2 test files for phase 6
        - ✅ **Tests** : 7 fichiers de tests Phase 6 présents

        ## Tests E2E - missing
        - ✅ Unit tests: 275+ passing
        - ✅ Integration tests: present
        - ❌ Checkout flow
        - ❌ Tests unitaires : 275+ tests passent
        - ❌ Parcours de paiement
        - ❌ Parcours d'inscription
        - ❌ Parcours de recherche
        - ❌ Parcours d'export
        """);

    [Fact]
    public void Does_not_read_a_section_whose_items_count_the_noun_as_its_inventory_in_English_and_French() => Verify("""
        1. **Test Coverage**: 1160+ tests with 84% backend coverage
        2. **Tests** : 60+ tests

        ### Test Coverage
        - **Backend Tests**: 1030+ tests passing
        - **Frontend Tests**: 130+ tests passing
        - **Backend Coverage**: 84%

        ### Tests
        - ✅ 7 nouveaux tests d'erreur créés
        - ✅ Tous les tests existants passent
        - ✅ Couverture complète
        """);

    [Fact]
    public void Does_not_report_a_bound_the_inventory_meets_an_ambiguous_or_elided_inventory() => Verify("""
        - **Files Modified**: 3+
        - **Backend Files**: 5 files
        - **Bug fixes**: 12

        ## Bug fixes
        - crash on start
        - wrong totals
        - **Modules**: 4 modules
        - **Fichiers créés** : 5 fichiers

        ## Files Changed Summary
        - `a.py`
        - `b.py`
        - `c.py`
        - `d.py`

        ### Backend Files
        - `a.py`
        - ...

        ### Modules
        | Module | State |
        |--------|-------|
        | core   | done  |

        ### Fichiers créés
        - `x.md`
        - `y.md`

        ### Fichiers créés (suite)
        - `z.md`
        """);

    [Fact]
    public void Reports_a_lead_in_over_more_lettered_paragraphs_in_English_and_French() => Verify("""
        1. **settings.py changed** - [|2|] improvements:

        **A. Hosts from the environment**
        ```python
        HOSTS = env("HOSTS")
        ```

        **B. Database fallback**

        **C. Cache fallback**

        ## Suite

        **config.py** – [|3|] corrections majeures :

        **1. Journalisation**

        **2. Délais**

        **3. Reprises**

        **4. Tailles de lot**
        """);

    [Fact]
    public void Does_not_report_lettered_paragraphs_that_agree_restart_or_stand_after_a_heading() => Verify("""
        - **settings.py** - 3 improvements:

        **A. Hosts**

        **B. Database**

        **C. Cache**

        ---

        - **api.py** - 2 fixes:

        ### Details

        **A. Timeouts**

        **B. Retries**

        **C. Logging**

        Voici 2 corrections, par exemple :

        **A. Journalisation**

        **B. Délais**

        **C. Reprises**

        Nous avons 2 étapes :

        **A. Import**

        **C. Export**

        **D. Archive**
        """);

    [Fact]
    public void Reports_a_lead_in_its_siblings_show_to_count_all_its_items_in_English_and_French() => Verify("""
        **Launch** (2 suites, [|4|] benchmarks):
        - Cold start
        - Warm start
        - Restart

        **Navigation** (1 suite, 2 benchmarks):
        - Simple page
        - Complex page

        **Screenshots** (1 suite, 2 benchmarks):
        - Viewport
        - Full page

        ## Tests

        **Connexion** (2 suites, [|2|] tests) :
        - Compte valide
        - Compte invalide
        - Session expirée

        **Paiement** (1 suite, 2 tests) :
        - Carte
        - Virement

        **Export** (1 suite, 3 tests) :
        - CSV
        - PDF
        - XLSX
        """);

    [Fact]
    public void Does_not_report_fewer_items_when_siblings_also_differ_or_are_too_few() => Verify("""
        **Launch** (2 suites, 4 benchmarks):
        - Cold start
        - Warm start
        - Restart

        **Navigation** (1 suite, 3 benchmarks):
        - Simple page
        - Complex page

        **Screenshots** (1 suite, 2 benchmarks):
        - Viewport
        - Full page

        ## Pages

        **Accueil** (3 pages) :
        - Index
        - Contact

        **Compte** (2 pages) :
        - Profil
        - Sécurité
        """);

    // A count over items that each give their own count of it (issue 49: three reports from three repositories).
    [Fact]
    public void Reports_a_count_over_items_whose_own_counts_sum_to_another_in_English_and_French() => Verify("""
        ### Backend ([|42|] files)

        - 10 entities
        - 6 repositories
        - **6** services
        - 4 controllers

        ### Opérations ([|298|] tests)
        - **Inventaire** (81 tests) : stock, entrepôts
        - **Production** (70 tests) : ordres, gammes
        - **Projets** (~48 tests) : phases
        """);

    [Fact]
    public void Message_gives_the_parts_their_sum_and_lines()
    {
        var d = Single("### Backend (42 files)\n\n- 10 entities\n- 6 repositories\n- 6 services\n");
        Assert.Equal((1, 14), (d.Line, d.Column));
        Assert.Equal("'42 files' but the parts under it count 10 + 6 + 6 = 22 (lines 3–5)", d.Message);
    }

    [Fact]
    public void Reports_a_heading_count_over_the_counts_of_its_subheadings_in_French_and_English() => Verify("""
        ## Fichiers modifiés ([|51|] au total)

        ### Créations (2)
        - `a.md`

        ### Corrections majeures (5)
        - `c.rs`

        ## Changes ([|12|])

        ### Added (3)

        ### Fixed (4)
        """);

    [Fact]
    public void Does_not_report_a_breakdown_that_adds_up_a_lower_bound_met_or_an_about_within_a_tenth() => Verify("""
        ### Backend (14 files)

        - 10 entities
        - 4 controllers

        ### Tests (20+ tests)
        - **Unit** (18 tests)
        - **E2E** (9 tests)

        ### Opérations (100 tests)
        - **Inventaire** (~45 tests)
        - **Production** (50 tests)

        ## Fichiers (9 au total)

        ### Créations (4)

        ### Corrections (5)
        """);

    [Fact]
    public void Does_not_add_items_of_which_one_gives_no_count_or_another_unit() => Verify("""
        ### Frontend (43 files)

        - 9 screens
        - 5 components
        - i18n FR/PT

        ### Effort (12 tasks)
        - **Backend** (3h)
        - **Frontend** (5h)

        ## Livrables (9)

        ### Documents (3)

        ### Planning (2 semaines)
        """);

    // Issue 49: one count over the items right after it, in the layouts reports use besides a Markdown list: a flat
    // listing of paths in a code block, the rows of the table that makes up the section, the names after a label's colon.
    // Shown in four reports of four repositories, every mismatch labelled, none on the honest corpora.
    [Fact]
    public void Reports_a_count_of_files_over_a_flat_listing_of_more_paths_in_English_and_French() => Verify("""
        ### API Routes ([|2|] files)
        ```
        src/app/api/profile/route.js          ✅ User profile endpoint
        src/app/api/posts/route.js            ✅ Posts endpoint
        src/app/api/auth/logout/route.js      ✅ Logout endpoint
        ```

        ### Configuration ([|1|] fichier)
        ```
        .env.example
        config/app.yaml
        ```
        """);

    [Fact]
    public void Flat_listing_message_names_the_files()
    {
        var d = Single("### API Routes (2 files)\n```\nsrc/a.js   ✅ A\nsrc/b.js   ✅ B\nsrc/c.js   ✅ C\n```\n");
        Assert.Equal((1, 17), (d.Line, d.Column));
        Assert.Equal("'2 files' but the listing under it (lines 3–5) lists 3 files: src/a.js, src/b.js, src/c.js", d.Message);
    }

    // A listing may show part of a folder (fewer paths), and a folder, a command or an elided entry makes the block
    // something other than a list of the files counted.
    [Fact]
    public void Does_not_report_a_listing_with_fewer_paths_a_folder_a_command_or_an_elision_in_English_and_French() => Verify("""
        ### API Routes (4 files)
        ```
        src/app/api/profile/route.js
        src/app/api/posts/route.js
        ```

        ### Components (2 files)
        ```
        src/components/
        src/components/Modal.jsx
        src/components/Feed.jsx
        ```

        ### Scripts (2 files)
        ```
        npm run build
        scripts/build.sh
        scripts/deploy.sh
        ```

        ### Fichiers (2 fichiers)
        ```
        src/a.ts
        src/b.ts
        src/c.ts
        ...
        ```
        """);

    [Fact]
    public void Reports_a_count_of_tests_over_the_rows_of_its_table_more_or_fewer_in_English_and_French() => Verify("""
        #### C. Proof Generation Tests ([|3|] tests)
        | Test | Status |
        |------|--------|
        | Circuit interface available | ✅ |
        | Input structure validation | ✅ |
        | Invalid witness handled | ✅ |
        | Proof data has proofData | ✅ |

        #### F. Tests d'intégration ([|4|] tests)
        | Test | Statut |
        |------|--------|
        | Imports disponibles | ✅ |
        | Empreinte calculée | ✅ |
        | Engagements cohérents | ✅ |
        """);

    // A heading that counts over labels that each count their part, in emphasis over their code or list, or opened by a
    // status mark, one a line: the parts add up to the heading's count.
    [Fact]
    public void Reports_labels_whose_counts_do_not_add_up_to_the_heading_in_English_and_French() => Verify("""
        ### [|19|] Modules Created

        **Commands (5)**
        ```
        start.js, stop.js, help.js, status.js, maintenance.js
        ```

        **Handlers (5)**
        ```
        callback.js, token.js, threshold.js, risk.js, chart.js
        ```

        **Services (4)**
        - coingecko.js
        - chart.js
        - maintenance.js
        - alert.js

        **Utils (10)**
        ```
        format.js
        ```

        ### Core Business ([|39|] routes)
        ✅ Contacts (4 routes)
        ✅ Vehicles (4 routes)
        ✅ Quotes (5 routes)
        ✅ Projects (3 routes) ← **Nouvellement protégé**
        ✅ Team (3 routes)
        """);

    [Fact]
    public void Label_parts_message_adds_the_parts()
    {
        var d = Single("### Modules Frontend (30 pages)\n\n**Dashboards** (12 pages):\n- Principal\n- RH\n\n**Comptabilité** (20 pages):\n- Grand livre\n- Balance\n");
        Assert.Equal((1, 23), (d.Line, d.Column));
        Assert.Equal("'30 pages' but the parts under it count 12 + 20 = 32 (lines 3–7)", d.Message);
    }

    // Labels that add up, a bracket that counts two things, prose among the labels, and bare counts beside counts of the
    // heading's noun leave the heading alone.
    [Fact]
    public void Does_not_read_labels_as_parts_when_they_add_up_or_are_not_all_parts_in_English_and_French() => Verify("""
        ### Modules Frontend (32 pages)

        **Dashboards** (12 pages):
        - Principal

        **Comptabilité** (20 pages):
        - Grand livre

        ### Code Files (12 services + utilities)

        **Services Modified (6):**
        - auth.service.ts

        **Utilities Created (8):**
        - retry.util.ts

        ### 10 Modules livrés

        **Paiement (4)**
        - stripe.ts

        Les autres modules sont décrits plus bas.

        **Factures (3)**
        - pdf.ts

        ### Routes (12 routes)
        ✅ Contacts (4 routes)
        ✅ Devis (5)
        """);

    // A whole fraction alone in a heading's brackets counts what the heading lists, as "(5/5 tests)" does: after a
    // countable noun ("Infrastructure Tests (4/4)") or said done in the bracket ("(✅ 6/6 Complete)", "(5/5 terminés)").
    [Fact]
    public void Reports_a_whole_fraction_after_a_noun_or_said_done_over_its_items_in_English_and_French() => Verify("""
        ### ✅ PASSED: Infrastructure Tests ([|4/4|])
        | # | Test | Result |
        |---|------|--------|
        | 1 | Pod health | ✅ PASS |
        | 2 | Database connection | ✅ PASS |
        | 3 | Redis ping | ✅ PASS |

        ### Authentication (✅ [|2/2|] Complete)
        - `POST /api/auth/signup` - User registration
        - `POST /api/auth/signin` - User login
        - `POST /api/auth/signout` - User logout

        ### Authentification (✅ [|2/2|] terminés)
        - `POST /api/auth/inscription` - Inscription
        - `POST /api/auth/connexion` - Connexion
        - `POST /api/auth/deconnexion` - Déconnexion
        """);

    [Fact]
    public void Whole_fraction_message_names_the_noun_and_the_rows()
    {
        var d = Single("### Infrastructure Tests (3/3)\n| Test | Status |\n|---|---|\n| Imports | ✅ |\n| Hashing | ✅ |\n");
        Assert.Equal((1, 27), (d.Line, d.Column));
        Assert.Equal("'Tests (3/3)' but 2 items are listed under it (lines 4–5): Imports, Hashing", d.Message);
    }

    // A score out of a scale ("(100/100)", "(10/10)") names no countable noun and says nothing done: it counts nothing
    // listed. Neither does a whole fraction whose items match it.
    [Fact]
    public void Does_not_read_a_score_or_a_matching_whole_fraction_as_a_wrong_count_in_English_and_French() => Verify("""
        ## SCORING BREAKDOWN (100/100)
        | Category | Score |
        |----------|-------|
        | Security | 20/20 |
        | Tests | 20/20 |

        ### Qualité du code (10/10)
        - Typage strict
        - Aucun avertissement du linter

        ### Venues (✅ 2/2 Complete)
        - `GET /api/venues` - List venues
        - `POST /api/venues` - Create a venue

        ### Événements (✅ 2/2 terminés)
        - `GET /api/evenements` - Liste
        - `POST /api/evenements` - Création
        """);

    [Fact]
    public void Table_rows_message_names_the_rows()
    {
        var d = Single("#### Integration Tests (3 tests)\n| Test | Status |\n|---|---|\n| Imports | ✅ |\n| Hashing | ✅ |\n");
        Assert.Equal((1, 25), (d.Line, d.Column));
        Assert.Equal("'3 tests' but 2 items are listed under it (lines 4–5): Imports, Hashing", d.Message);
    }

    // A Total row is no item; a column of counts that adds up to the count makes the rows a breakdown; a section with
    // more than its table (prose, a second table) does not say which rows the count is about.
    [Fact]
    public void Does_not_report_a_table_of_a_breakdown_a_total_row_or_more_than_one_table_in_English_and_French() => Verify("""
        ### Test Suites (19 tests)
        | Suite | Tests |
        |-------|-------|
        | Unit | 12 |
        | Integration | 7 |

        ### Services (2 services)
        | Service | Status |
        |---------|--------|
        | Auth | ✅ |
        | Billing | ✅ |
        | **Total** | **2** |

        ### Modules (2 modules)
        | Module | Statut |
        |--------|--------|
        | Paiement | ✅ |
        | Factures | ✅ |
        | Relances | ✅ |

        Les relances ont été ajoutées après coup.

        ### Endpoints (2 endpoints)
        | Endpoint | Status |
        |----------|--------|
        | /login | ✅ |

        | Endpoint | Status |
        |----------|--------|
        | /logout | ✅ |
        | /refresh | ✅ |
        """);

    [Fact]
    public void Reports_a_label_counting_more_or_fewer_than_the_names_after_its_colon_in_English_and_French() => Verify("""
        **Molecules ([|6|]):** Provider Badge, Install Card, Card Skeleton, Empty State, Breadcrumb

        **Organisms (3):** Stack Configurator, Stack Preview, Share Modal

        - **Modules ([|3|]) :** Paiement, Factures, Relances et Exports

        **Transform ([|5|]):**
        - FormatText, MathOp, DateFormat, JoinStrings
        """);

    [Fact]
    public void Label_message_names_the_items()
    {
        var d = Single("**Molecules (5):** Badge, Card, Skeleton, Banner\n\n**Atoms (3):** Button, Input, Label\n");
        Assert.Equal((1, 14), (d.Line, d.Column));
        Assert.Equal("'Molecules (5)' but 4 are named: Badge, Card, Skeleton, Banner", d.Message);
    }

    // Fewer than half of what it counts is a sample, and so are labels side by side none of which names exactly what it
    // counts; examples, elisions, figures and two names alone are left too.
    [Fact]
    public void Does_not_report_samples_examples_elisions_or_figures_after_a_label_in_English_and_French() => Verify("""
        - **Categories:**
          - Performance (12): MCP timeout, retry attempts, skill cache, parallel execution
          - Monitoring (6): Performance profiling, memory alerts, error webhooks
          - Optimization (5): Bundle analyzer, tree shaking, code splitting

        **Services (9):** auth, billing, search

        **Intégrations (6) :** Slack, Teams, Discord, etc.

        **Providers (5):** e.g. Stripe, PayPal, Adyen

        **Pages (4):** Home, About, Blog…

        **Suites (3):** unit 12, integration 7, e2e 4

        **Organisms (3):** Stack Configurator, Stack Preview
        """);

    // A line of names is short: one longer than the rule looks at (4,096 characters after the colon) is not read as
    // names, so a hostile page of labels on one line costs a bounded look at each.
    [Fact]
    public void Does_not_read_a_line_of_names_longer_than_the_bound()
    {
        string names = string.Join(", ", Enumerable.Range(0, 1200).Select(i => "Widget" + (char)('a' + (i % 26))));
        Assert.True(names.Length > 4096);
        Assert.DoesNotContain(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("**Widgets (3):** " + names + "\n")).Diagnostics, d => d.Id == "RL2005");
        Assert.Contains(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("**Widgets (3):** " + names[..200] + "\n")).Diagnostics, d => d.Id == "RL2005");
    }

    [Theory]
    [InlineData("**Molecules (16):** Badge, Card, Banner\n", true)]
    [InlineData("**Modules (3)** : Paiement, Factures, Relances\n", true)]
    [InlineData("Released 3 builds (on Monday): see the notes.\n", false)]
    [InlineData("See issue (#12): fixed.\n", false)]
    public void Runs_for_a_bare_bracketed_count_before_a_colon(string report, bool runs)
    {
        var document = new ReportLint.Analysis.ReportDocument(ReportLint.Text.SourceText.From(report), "report.md", BuiltInRules.LoadLexicon(),
            ReportLint.Analysis.AnalysisOptions.Default);
        Assert.Equal(runs, new RL2005CountMismatch().CanReport(document));
    }

    // Issue 49: a lead-in that opens with its count ("**6 Documentation Files:**", "### 5 Documentation Files Created")
    // or gives it after its key ("**Database Models Created: 12**") counts the list right after it as "(6 files)" does.
    // Shown in three reports of three repositories, every mismatch labelled, none on the honest corpora.
    [Fact]
    public void Reports_a_lead_in_that_opens_with_its_count_or_keys_it_over_more_items_in_English_and_French() => Verify("""
        **[|2|] Documentation Files:**
        - FINAL_SUMMARY.md
        - README.md
        - QUICK_START.md

        **Database Models Created: [|2|]**

        1. ✅ **User** (18 fields)
        2. ✅ **Customer** (7 fields)
        3. ✅ **Seller** (23 fields)

        **Modèles créés : [|1|]**
        - Utilisateur
        - Client

        ### [|2|] fichiers de documentation créés
        - GUIDE.md
        - API.md
        - FAQ.md
        """);

    [Fact]
    public void Key_count_message_names_the_key_and_the_items()
    {
        var d = Single("**Database Models Created: 2**\n\n1. User\n2. Customer\n3. Seller\n");
        Assert.Equal((1, 28), (d.Line, d.Column));
        Assert.Equal("'Database Models Created: 2' but 3 items are listed under it (lines 3–5): User, Customer, Seller", d.Message);
    }

    // Fewer items may be the highlights; words before the count, words after the noun, a key with no countable noun,
    // items that each count something else, or prose between the lead-in and its list, leave it alone.
    [Fact]
    public void Does_not_report_a_leading_or_keyed_count_over_fewer_items_or_another_list_in_English_and_French() => Verify("""
        **5 Documentation Files:**
        - README.md
        - GUIDE.md

        **Created 2 documentation files:**
        - README.md
        - GUIDE.md
        - FAQ.md

        **2 documentation files were updated before the release, namely:**
        - README.md
        - GUIDE.md
        - FAQ.md

        **Score: 2**
        - Security
        - Performance
        - Reliability

        **Fichiers corrigés** : 3
        - `app/Admin.php` (2 occurrences)
        - `app/Stock.php` (2 occurrences)
        - `app/Clean.php` (2 occurrences)

        **Models Created: 2**

        Three of them are new:

        - User
        - Customer
        - Seller
        """);
}

public class RL2005CountMismatchCategoryTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL2005CountMismatch(), StatusReports.Of(markup));

    private static Diagnostics.Diagnostic Single(string report) =>
        Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(report)).Diagnostics, d => d.Id == "RL2005");

    [Fact]
    public void Reports_a_category_count_against_the_column_that_counts_it()
    {
        var d = Single("""
            - **High Issues**: 5

            | Category | Critical | High |
            |----------|----------|------|
            | Access control | 2 | 1 |
            | Injection | 0 | 2 |
            | Logging | 0 | 4 |
            """);
        Assert.Equal((1, 20), (d.Line, d.Column));
        Assert.Equal("'High Issues: 5' but the High column of the table at line 3 adds up to 7: 1 + 2 + 4", d.Message);
    }

    [Fact]
    public void Signale_le_compte_d_une_categorie_contre_les_lignes_qui_la_portent()
    {
        var d = Single("""
            - **P1 (Essentiel)** : 3 éléments

            | Écart | Priorité |
            |-------|----------|
            | Export Excel | **P1 - Essentiel** |
            | Journal d'audit | **P1 - Essentiel** |
            | Thème sombre | P2 - Confort |
            """);
        Assert.Equal((1, 24), (d.Line, d.Column));
        Assert.Equal("'P1 (Essentiel): 3' but 2 table rows are marked 'P1 - Essentiel' (lines 5–6)", d.Message);
    }

    [Fact]
    public void Reports_services_passing_against_the_rows_marked_passing() => Verify("""
        - **Services Passing**: [|3|] (60%)

        | Service | Status |
        |---------|--------|
        | auth | ✅ Passing |
        | billing | ✅ Passing |
        | search | ⚠️ Partial |
        """);

    [Fact]
    public void Does_not_report_a_count_either_reading_gives_a_total_a_numbered_part_or_a_bare_noun() => Verify("""
        - **Critical Issues**: 2
        - **Total Issues**: 9
        - **Phase 1 (Critical)**: 1
        - **Symbols**: 36

        | Category | Risk | Critical | Symbols |
        |----------|------|----------|---------|
        | Access control | CRITICAL | 2 | 20 |
        | Crypto | CRITICAL | 2 | 30 |
        | Injection | LOW | 0 | 10 |
        """);

    [Fact]
    public void Ne_signale_pas_un_compte_qui_s_accorde_avec_le_tableau() => Verify("""
        - **Problèmes critiques** : 4
        - **P2 (Confort)** : 1 élément

        | Constat | Critiques | Priorité |
        |---------|-----------|----------|
        | Accès | 3 | P1 - Essentiel |
        | Chiffrement | 1 | P2 - Confort |
        """);
}
