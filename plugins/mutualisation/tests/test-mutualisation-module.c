/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-mutualisation-module.c: the module as the application uses it: its
 * model and when it says it changed, the shares of the demo's resources
 * from the territory's populations, its findings (no resource, no
 * partner, no cost, percentages not at 100 %, no population, communes
 * outside the territory, actions without a budget), its completeness and
 * its chapter, block by block, each shares table summing to the cost.
 */
#define G_LOG_DOMAIN "test-mutualisation-module"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mutualisation-module-private.h"
#include "mutualisation-test-utils.h"

static guint n_changed;
static guint n_shares_changed;

static void
changed_cb (MaillageModule *module)
{
  n_changed++;
}

static void
shares_changed_cb (MutualisationModule *module)
{
  n_shares_changed++;
}

static MutualisationResource *
new_resource (const char       *name,
              gint64            cost,
              MutualisationKey  key)
{
  MutualisationResource *resource = mutualisation_resource_new ();

  mutualisation_resource_set_name (resource, name);
  mutualisation_resource_set_cost (resource, cost);
  mutualisation_resource_set_key (resource, key);
  return resource;
}

static void
test_changed (void)
{
  g_autoptr(MaillageProject) project = mutualisation_test_demo_project ();
  g_autoptr(MutualisationModule) module = g_object_new (MUTUALISATION_TYPE_MODULE, NULL);
  g_autoptr(MutualisationResource) added = new_resource ("Visioconférence", 120000, MUTUALISATION_KEY_EQUAL);
  g_autoptr(MutualisationResource) first = NULL;
  g_autoptr(MutualisationResource) copy = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *resources;
  guint position = 0;

  n_changed = 0;
  g_signal_connect (module, "changed", G_CALLBACK (changed_cb), NULL);
  g_assert_true (maillage_module_attach (MAILLAGE_MODULE (module), "mutualisation", project, &error));
  g_assert_no_error (error);
  /* Loading is not a change. */
  g_assert_cmpuint (n_changed, ==, 0);
  resources = mutualisation_module_get_resources (module);
  g_assert_cmpuint (g_list_model_get_n_items (resources), ==, 6);

  mutualisation_module_add_resource (module, added);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (resources), ==, 7);

  /* The same values in place of a resource change nothing. */
  first = g_list_model_get_item (resources, 0);
  copy = mutualisation_resource_copy (first);
  g_assert_true (mutualisation_resource_equal (first, copy));
  g_assert_true (mutualisation_module_replace_resource (module, first, copy));
  g_assert_cmpuint (n_changed, ==, 1);

  mutualisation_resource_set_cost (copy, 100);
  g_assert_false (mutualisation_resource_equal (first, copy));
  g_assert_true (mutualisation_module_replace_resource (module, first, copy));
  g_assert_cmpuint (n_changed, ==, 2);
  {
    g_autoptr(MutualisationResource) now = g_list_model_get_item (resources, 0);

    g_assert_true (now == copy);
  }
  /* Replacing what is no longer there does nothing. */
  g_assert_false (mutualisation_module_replace_resource (module, first, copy));

  g_assert_true (mutualisation_module_remove_resource (module, copy, &position));
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (n_changed, ==, 3);
  g_assert_false (mutualisation_module_remove_resource (module, copy, NULL));
  mutualisation_module_insert_resource (module, position, copy);
  g_assert_cmpuint (n_changed, ==, 4);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

/* A copy holds every value, and members stay sorted by INSEE code. */
static void
test_resource (void)
{
  g_autoptr(MutualisationResource) resource = new_resource ("SIG", 5000, MUTUALISATION_KEY_USAGE);
  g_autoptr(MutualisationResource) copy = NULL;
  const char *organisations[] = { "Syndicat", "Département", NULL };
  MutualisationMember *member;

  mutualisation_resource_set_category (resource, MUTUALISATION_CATEGORY_GIS);
  mutualisation_resource_set_vehicle (resource, MUTUALISATION_VEHICLE_OTHER);
  mutualisation_resource_set_vehicle_other (resource, "Entente");
  mutualisation_resource_set_usage_unit (resource, "comptes");
  member = mutualisation_resource_add_member (resource, "39805");
  member->units = 3;
  mutualisation_resource_add_member (resource, "2B049")->units = 1;
  mutualisation_resource_add_member (resource, "39801")->units = 2;
  /* Adding again keeps the values. */
  mutualisation_resource_add_member (resource, "39805");
  mutualisation_resource_set_organisations (resource, organisations);

  g_assert_cmpuint (mutualisation_resource_get_n_members (resource), ==, 3);
  g_assert_cmpstr (mutualisation_resource_get_member (resource, 0)->insee, ==, "2B049");
  g_assert_cmpstr (mutualisation_resource_get_member (resource, 1)->insee, ==, "39801");
  g_assert_cmpuint (mutualisation_resource_find_member (resource, "39805")->units, ==, 3);
  g_assert_cmpstr (mutualisation_resource_get_vehicle_label (resource, FALSE), ==, "Entente");
  g_assert_true (mutualisation_resource_has_partners (resource));

  copy = mutualisation_resource_copy (resource);
  g_assert_true (mutualisation_resource_equal (resource, copy));
  mutualisation_resource_remove_member (copy, "39801");
  g_assert_false (mutualisation_resource_equal (resource, copy));
  g_assert_null (mutualisation_resource_find_member (copy, "39801"));
  g_assert_cmpuint (mutualisation_resource_get_n_members (copy), ==, 2);
  mutualisation_resource_clear_members (copy);
  mutualisation_resource_set_organisations (copy, NULL);
  g_assert_false (mutualisation_resource_has_partners (copy));
}

/* The shares follow the territory: a population changed in the
 * Territory page changes them, and the module says so. */
static void
test_shares_follow_territory (void)
{
  g_autoptr(MaillageProject) project = mutualisation_test_small_project ();
  g_autoptr(MutualisationModule) module = mutualisation_test_load_module (project);
  g_autoptr(MutualisationResource) resource = new_resource ("Hébergement", 10000, MUTUALISATION_KEY_POPULATION);
  g_autoptr(MutualisationShares) before = NULL;
  g_autoptr(MutualisationShares) after = NULL;
  MaillageCommune *cime;

  mutualisation_resource_add_member (resource, "39901");
  mutualisation_resource_add_member (resource, "39902");
  mutualisation_resource_add_member (resource, "39903");
  mutualisation_module_add_resource (module, resource);

  before = mutualisation_module_compute_shares (module, resource);
  g_assert_cmpint (before->shares[0], ==, 3333);
  g_assert_cmpint (before->shares[1], ==, 6667);
  g_assert_cmpint (before->shares[2], ==, 0);

  n_shares_changed = 0;
  g_signal_connect (module, "shares-changed", G_CALLBACK (shares_changed_cb), NULL);
  cime = maillage_territory_find_commune (maillage_project_get_territory (project), "39903");
  maillage_commune_set_population (cime, 1000);
  g_assert_cmpuint (n_shares_changed, >=, 1);

  after = mutualisation_module_compute_shares (module, resource);
  g_assert_cmpint (after->shares[0], ==, 2500);
  g_assert_cmpint (after->shares[1], ==, 5000);
  g_assert_cmpint (after->shares[2], ==, 2500);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static MaillageFinding *
finding_at (GListModel *findings,
            guint       position)
{
  g_autoptr(MaillageFinding) finding = g_list_model_get_item (findings, position);

  g_assert_nonnull (finding);
  return finding;
}

static void
assert_finding (GListModel       *findings,
                guint             position,
                MaillageSeverity  severity,
                const char       *fragment)
{
  MaillageFinding *finding = finding_at (findings, position);

  g_test_message ("%s", maillage_finding_get_message (finding));
  g_assert_cmpint (maillage_finding_get_severity (finding), ==, severity);
  if (strstr (maillage_finding_get_message (finding), fragment) == NULL)
    g_error ("“%s” lacks “%s”", maillage_finding_get_message (finding), fragment);
}

/* The demo shows two findings on purpose: percentages still under
 * negotiation, and an action without a budget. */
static void
test_findings_demo (void)
{
  g_autoptr(MaillageProject) project = mutualisation_test_demo_project ();
  g_autoptr(MutualisationModule) module = mutualisation_test_load_module (project);
  g_autoptr(GListModel) findings = maillage_module_list_findings (MAILLAGE_MODULE (module));

  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 2);
  assert_finding (findings, 0, MAILLAGE_SEVERITY_ERROR, "“Centre de supervision de la sécurité” total 97,50");
  assert_finding (findings, 0, MAILLAGE_SEVERITY_ERROR, "1\u202f350,00");
  assert_finding (findings, 1, MAILLAGE_SEVERITY_WARNING, "“Charte d’usage des outils mutualisés”");
  assert_finding (findings, 1, MAILLAGE_SEVERITY_WARNING, "has no budget");

  /* Five resources of six are complete. */
  g_assert_cmpfloat_with_epsilon (maillage_module_get_completeness (MAILLAGE_MODULE (module)),
                                  0.2 + 0.8 * 5 / 6, 1e-9);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static void
test_findings_empty (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(MutualisationModule) module = mutualisation_test_load_module (project);
  g_autoptr(GListModel) findings = maillage_module_list_findings (MAILLAGE_MODULE (module));

  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);
  assert_finding (findings, 0, MAILLAGE_SEVERITY_WARNING, "No shared resource");
  g_assert_cmpfloat (maillage_module_get_completeness (MAILLAGE_MODULE (module)), ==, 0.0);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static void
test_findings_resources (void)
{
  g_autoptr(MaillageProject) project = mutualisation_test_small_project ();
  g_autoptr(MutualisationModule) module = mutualisation_test_load_module (project);
  g_autoptr(MutualisationResource) lonely = new_resource ("Seul", 5000, MUTUALISATION_KEY_EQUAL);
  g_autoptr(MutualisationResource) free_of_charge = new_resource ("Gratuit", 0, MUTUALISATION_KEY_EQUAL);
  g_autoptr(MutualisationResource) nobody = new_resource ("Sans habitants", 5000, MUTUALISATION_KEY_POPULATION);
  g_autoptr(MutualisationResource) no_units = new_resource ("Sans unités", 5000, MUTUALISATION_KEY_USAGE);
  g_autoptr(MutualisationResource) percent = new_resource ("Pourcentages", 100000, MUTUALISATION_KEY_CUSTOM_PERCENT);
  g_autoptr(MutualisationResource) amounts = new_resource ("Montants", 100000, MUTUALISATION_KEY_CUSTOM_AMOUNT);
  g_autoptr(MutualisationResource) outside = new_resource ("", 100, MUTUALISATION_KEY_EQUAL);
  g_autoptr(MaillageAction) action = maillage_action_new ("A-001", "Charte");
  g_autoptr(MaillageAction) funded = maillage_action_new ("A-002", "Financée");
  g_autoptr(MaillageAction) other = maillage_action_new ("A-003", "D’un autre module");
  g_autoptr(GListModel) findings = NULL;

  mutualisation_resource_add_member (free_of_charge, "39901");
  mutualisation_resource_add_member (nobody, "39903");
  mutualisation_resource_add_member (no_units, "39901");
  mutualisation_resource_add_member (percent, "39901")->basis_points = 6000;
  mutualisation_resource_add_member (percent, "39902")->basis_points = 3500;
  mutualisation_resource_add_member (amounts, "39901")->amount = 70000;
  mutualisation_resource_add_member (amounts, "39902")->amount = 40000;
  mutualisation_resource_add_member (outside, "39901");
  mutualisation_resource_add_member (outside, "39999");
  mutualisation_module_add_resource (module, lonely);
  mutualisation_module_add_resource (module, free_of_charge);
  mutualisation_module_add_resource (module, nobody);
  mutualisation_module_add_resource (module, no_units);
  mutualisation_module_add_resource (module, percent);
  mutualisation_module_add_resource (module, amounts);
  mutualisation_module_add_resource (module, outside);

  maillage_action_set_module (action, "mutualisation");
  maillage_action_set_module (funded, "mutualisation");
  maillage_budget_line_set_operating (maillage_action_ensure_budget_year (funded, 2027), 1000);
  maillage_project_add_action (project, action);
  maillage_project_add_action (project, funded);
  maillage_project_add_action (project, other);

  findings = maillage_module_list_findings (MAILLAGE_MODULE (module));
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 9);
  assert_finding (findings, 0, MAILLAGE_SEVERITY_WARNING, "“Seul” has no partner");
  assert_finding (findings, 1, MAILLAGE_SEVERITY_WARNING, "“Gratuit” has no annual cost");
  assert_finding (findings, 2, MAILLAGE_SEVERITY_ERROR, "“Sans habitants” have no population");
  assert_finding (findings, 3, MAILLAGE_SEVERITY_ERROR, "No unit of use is entered for the communes taking part in “Sans unités”");
  assert_finding (findings, 4, MAILLAGE_SEVERITY_ERROR, "percentages of “Pourcentages” total 95,00");
  assert_finding (findings, 4, MAILLAGE_SEVERITY_ERROR, "50,00\u00a0€ of its cost is not covered");
  assert_finding (findings, 5, MAILLAGE_SEVERITY_ERROR, "amounts of “Montants” total 1\u202f100,00\u00a0€");
  assert_finding (findings, 5, MAILLAGE_SEVERITY_ERROR, "100,00\u00a0€ is asked beyond");
  assert_finding (findings, 6, MAILLAGE_SEVERITY_WARNING, "A shared resource has no name");
  assert_finding (findings, 7, MAILLAGE_SEVERITY_WARNING, "1 commune that is not in the territory (39999)");
  assert_finding (findings, 8, MAILLAGE_SEVERITY_WARNING, "The action A-001, “Charte”, has no budget");

  /* None is complete: only the list counts. */
  g_assert_cmpfloat_with_epsilon (maillage_module_get_completeness (MAILLAGE_MODULE (module)), 0.2, 1e-9);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static MaillageBlock *
block_at (MaillageDocument *document,
          guint             position)
{
  g_autoptr(MaillageBlock) block = g_list_model_get_item (G_LIST_MODEL (document), position);

  g_assert_nonnull (block);
  return block;
}

/* The position of the first block of @kind with @text from @start. */
static guint
find_block (MaillageDocument  *document,
            MaillageBlockKind  kind,
            const char        *text,
            guint              start)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (document));

  for (guint i = start; i < n; i++)
    {
      MaillageBlock *block = block_at (document, i);

      if (maillage_block_get_kind (block) == kind && g_strcmp0 (maillage_block_get_text (block), text) == 0)
        return i;
    }

  g_error ("no block “%s”", text);
  return 0;
}

/* Text as the document keeps it, with French typography applied. */
static char *
typeset (const char *text)
{
  g_autoptr(MaillageDocument) document = maillage_document_new ("");
  MaillageBlock *block = maillage_document_add_paragraph (document, text);

  return g_strdup (maillage_block_get_text (block));
}

static void
test_chapter (void)
{
  g_autoptr(MaillageProject) project = mutualisation_test_demo_project ();
  g_autoptr(MutualisationModule) module = mutualisation_test_load_module (project);
  g_autoptr(MaillageDocument) document = maillage_document_new ("Stratégie");
  GListModel *resources = mutualisation_module_get_resources (module);
  g_autofree char *total_cost = maillage_format_money (9600000 + 6200000 + 3850000 + 2740000 + 2100000 + 5400000);
  g_autofree char *expected_total = typeset (total_cost);
  MaillageBlock *block;
  guint position;

  maillage_module_build_chapter (MAILLAGE_MODULE (module), document);

  block = block_at (document, 0);
  g_assert_cmpint (maillage_block_get_kind (block), ==, MAILLAGE_BLOCK_HEADING);
  g_assert_cmpuint (maillage_block_get_level (block), ==, 1);
  g_assert_cmpstr (maillage_block_get_text (block), ==, F_("Shared Resources"));

  /* The resources: category, vehicle, cost (against the end), key; and
   * their total. */
  position = find_block (document, MAILLAGE_BLOCK_TABLE, F_("Shared resources"), 0);
  block = block_at (document, position);
  g_assert_cmpuint (maillage_block_get_n_columns (block), ==, 5);
  g_assert_cmpuint (maillage_block_get_n_rows (block), ==, 7);
  g_assert_cmpint (maillage_block_get_alignment (block, 3), ==, MAILLAGE_ALIGNMENT_END);
  g_assert_cmpstr (maillage_block_get_row (block, 0)[0], ==, "Hébergement et sauvegarde des données");
  g_assert_cmpstr (maillage_block_get_row (block, 0)[1], ==, FC_("mutualisation category", "Hosting"));
  g_assert_cmpstr (maillage_block_get_row (block, 0)[2], ==, FC_("legal vehicle", "Shared service"));
  g_assert_cmpstr (maillage_block_get_row (block, 0)[4], ==, FC_("distribution key", "Population"));
  g_assert_cmpstr (maillage_block_get_row (block, 6)[3], ==, expected_total);

  /* Each resource's shares sum to its cost, to the cent. */
  for (guint r = 0; r < g_list_model_get_n_items (resources); r++)
    {
      g_autoptr(MutualisationResource) resource = g_list_model_get_item (resources, r);
      g_autoptr(MutualisationShares) shares = mutualisation_module_compute_shares (module, resource);
      g_autofree char *caption = g_strdup_printf (F_("Distribution of the annual cost: %s"),
                                                  mutualisation_resource_get_name (resource));
      g_autofree char *typeset_caption = typeset (caption);
      g_autofree char *covered = maillage_format_money (shares->covered);
      g_autofree char *expected_covered = typeset (covered);
      guint n = mutualisation_resource_get_n_members (resource);
      guint last_column;
      g_autofree char *title = typeset (mutualisation_resource_get_name (resource));
      gint64 sum = 0;

      position = find_block (document, MAILLAGE_BLOCK_HEADING, title, position);
      g_assert_cmpuint (maillage_block_get_level (block_at (document, position)), ==, 3);
      position = find_block (document, MAILLAGE_BLOCK_TABLE, typeset_caption, position);
      block = block_at (document, position);
      g_assert_cmpuint (maillage_block_get_n_rows (block), ==, n + 1);
      last_column = maillage_block_get_n_columns (block) - 1;
      g_assert_cmpint (maillage_block_get_alignment (block, last_column), ==, MAILLAGE_ALIGNMENT_END);
      g_assert_cmpint (maillage_block_get_alignment (block, 0), ==, MAILLAGE_ALIGNMENT_START);

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *share = maillage_format_money (shares->shares[i]);
          g_autofree char *expected = typeset (share);

          g_assert_cmpstr (maillage_block_get_row (block, i)[last_column], ==, expected);
          g_assert_cmpstr (maillage_block_get_row (block, i)[1], ==, mutualisation_resource_get_member (resource, i)->insee);
          sum += shares->shares[i];
        }
      g_assert_cmpstr (maillage_block_get_row (block, n)[0], ==, F_("Total"));
      g_assert_cmpstr (maillage_block_get_row (block, n)[last_column], ==, expected_covered);
      g_assert_cmpint (sum, ==, shares->covered);

      /* Only the one under negotiation misses its cost, and says so. */
      if (r == 5)
        {
          MaillageBlock *gap = block_at (document, position + 1);

          g_assert_cmpint (sum, ==, 5400000 - 135000);
          g_assert_cmpint (maillage_block_get_kind (gap), ==, MAILLAGE_BLOCK_PARAGRAPH);
          g_assert_nonnull (strstr (maillage_block_get_text (gap), "1\u202f350,00"));
        }
      else
        {
          g_assert_cmpint (sum, ==, mutualisation_resource_get_cost (resource));
        }
    }

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static void
test_chapter_empty (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(MutualisationModule) module = mutualisation_test_load_module (project);
  g_autoptr(MaillageDocument) document = maillage_document_new ("Stratégie");
  g_autoptr(MutualisationResource) alone = new_resource ("Seul", 100, MUTUALISATION_KEY_EQUAL);
  g_autoptr(MaillageDocument) second = maillage_document_new ("Stratégie");

  maillage_module_build_chapter (MAILLAGE_MODULE (module), document);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (document)), ==, 3);
  g_assert_cmpstr (maillage_block_get_text (block_at (document, 2)), ==, F_("No shared resource is described yet."));

  /* A resource no commune takes part in has no table, but a sentence. */
  mutualisation_module_add_resource (module, alone);
  maillage_module_build_chapter (MAILLAGE_MODULE (module), second);
  find_block (second, MAILLAGE_BLOCK_PARAGRAPH, F_("No commune takes part yet."), 0);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static void
test_key_points (void)
{
  g_autoptr(MaillageProject) project = mutualisation_test_demo_project ();
  g_autoptr(MutualisationModule) module = mutualisation_test_load_module (project);
  g_auto(GStrv) points = maillage_module_list_key_points (MAILLAGE_MODULE (module));
  g_autoptr(MaillageProject) empty_project = maillage_project_new ();
  g_autoptr(MutualisationModule) empty = mutualisation_test_load_module (empty_project);
  g_auto(GStrv) none = maillage_module_list_key_points (MAILLAGE_MODULE (empty));

  g_assert_cmpuint (g_strv_length (points), ==, 2);
  /* 6 resources, 298 900,00 € a year in all. */
  g_assert_nonnull (strstr (points[0], "6"));
  g_assert_nonnull (strstr (points[0], "298\u202f900,00"));
  g_assert_nonnull (strstr (points[1], "Téléphonie fixe et mobile"));
  g_assert_true (g_str_has_suffix (points[1], "."));
  g_assert_null (none[0]);

  maillage_module_unload (MAILLAGE_MODULE (module));
  maillage_module_unload (MAILLAGE_MODULE (empty));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  mutualisation_test_bind_french ();
  mutualisation_test_register_types ();

  g_test_add_func ("/mutualisation/module/changed", test_changed);
  g_test_add_func ("/mutualisation/module/resource", test_resource);
  g_test_add_func ("/mutualisation/module/shares-follow-territory", test_shares_follow_territory);
  g_test_add_func ("/mutualisation/module/findings-demo", test_findings_demo);
  g_test_add_func ("/mutualisation/module/findings-empty", test_findings_empty);
  g_test_add_func ("/mutualisation/module/findings-resources", test_findings_resources);
  g_test_add_func ("/mutualisation/module/chapter", test_chapter);
  g_test_add_func ("/mutualisation/module/chapter-empty", test_chapter_empty);
  g_test_add_func ("/mutualisation/module/key-points", test_key_points);

  return g_test_run ();
}
