/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-mediation-module.c: the module as the application uses it: its
 * findings (invalid places, communes without a place, no strategy, places
 * not updated for two years), its completeness, its chapter, block by
 * block, and when it says it changed.
 */
#define G_LOG_DOMAIN "test-mediation-module"

#include "config.h"

#include <string.h>

#include "mediation-module-private.h"
#include "mediation-test-utils.h"

static GDate *
date_new (guint year,
          guint month,
          guint day)
{
  return g_date_new_dmy (day, month, year);
}

static GListModel *
findings_at (MediationModule *module,
             guint            year,
             guint            month,
             guint            day)
{
  g_autoptr(GDate) today = date_new (year, month, day);

  return _mediation_module_list_findings_at (module, today);
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

  g_assert_cmpint (maillage_finding_get_severity (finding), ==, severity);
  if (strstr (maillage_finding_get_message (finding), fragment) == NULL)
    g_error ("“%s” lacks “%s”", maillage_finding_get_message (finding), fragment);
}

static void
test_findings_demo (void)
{
  g_autoptr(MaillageProject) project = mediation_test_demo_project ();
  g_autoptr(MediationModule) module = mediation_test_load_module (project);
  g_autoptr(GListModel) findings = findings_at (module, 2026, 11, 22);
  g_autoptr(GDate) later = date_new (2027, 12, 1);

  /* 15 communes without a place, where 8 070 people live; one place last
   * updated in June 2023. */
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 2);
  assert_finding (findings, 0, MAILLAGE_SEVERITY_WARNING, "15 communes");
  assert_finding (findings, 0, MAILLAGE_SEVERITY_WARNING, "8\u202f070");
  assert_finding (findings, 1, MAILLAGE_SEVERITY_WARNING, "1 place has not been updated");

  g_assert_cmpuint (_mediation_module_count_stale (module, later), ==, 6);
  g_assert_cmpfloat (maillage_module_get_completeness (MAILLAGE_MODULE (module)), ==, 1.0);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static void
test_findings_empty (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(MediationModule) module = mediation_test_load_module (project);
  g_autoptr(GListModel) findings = findings_at (module, 2026, 11, 22);

  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 2);
  assert_finding (findings, 0, MAILLAGE_SEVERITY_WARNING, "No mediation place");
  assert_finding (findings, 1, MAILLAGE_SEVERITY_WARNING, "strategy is not written");
  g_assert_cmpfloat (maillage_module_get_completeness (MAILLAGE_MODULE (module)), ==, 0.0);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static void
test_findings_invalid (void)
{
  g_autoptr(MaillageProject) project = mediation_test_demo_project ();
  g_autoptr(MediationModule) module = mediation_test_load_module (project);
  GListModel *lieux = mediation_module_get_lieux (module);
  g_autoptr(MediationLieu) third = g_list_model_get_item (lieux, 2);
  g_autoptr(MediationLieu) fifth = g_list_model_get_item (lieux, 4);
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) more = NULL;

  mediation_lieu_set_value (third, MEDIATION_FIELD_PIVOT, "");
  /* A place outside the territory. */
  mediation_lieu_set_value (fifth, MEDIATION_FIELD_CODE_INSEE, "25056");
  mediation_module_set_strategy (module, "  \n ");

  findings = findings_at (module, 2026, 11, 22);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 5);
  assert_finding (findings, 0, MAILLAGE_SEVERITY_ERROR, "1 place does not follow the national schema");
  assert_finding (findings, 0, MAILLAGE_SEVERITY_ERROR, "Centre communal d'action sociale de Sorneval");
  assert_finding (findings, 0, MAILLAGE_SEVERITY_ERROR, "pivot");
  assert_finding (findings, 1, MAILLAGE_SEVERITY_WARNING, "15 communes");
  assert_finding (findings, 2, MAILLAGE_SEVERITY_INFO, "1 place lies outside the territory");
  assert_finding (findings, 3, MAILLAGE_SEVERITY_WARNING, "strategy is not written");
  g_assert_cmpfloat (maillage_module_get_completeness (MAILLAGE_MODULE (module)), <, 1.0);

  /* The same id twice is inconsistent too. */
  mediation_lieu_set_value (fifth, MEDIATION_FIELD_ID, "vds-001");
  more = findings_at (module, 2026, 11, 22);
  assert_finding (more, 0, MAILLAGE_SEVERITY_ERROR, "2 places do not follow");

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static guint n_changed;

static void
changed_cb (MaillageModule *module)
{
  n_changed++;
}

static void
test_changed (void)
{
  g_autoptr(MaillageProject) project = mediation_test_demo_project ();
  g_autoptr(MediationModule) module = g_object_new (MEDIATION_TYPE_MODULE, NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) dispositifs = NULL;

  n_changed = 0;
  g_signal_connect (module, "changed", G_CALLBACK (changed_cb), NULL);
  g_assert_true (maillage_module_attach (MAILLAGE_MODULE (module), "mediation", project, &error));
  g_assert_no_error (error);
  /* Loading is not a change. */
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpstr (mediation_module_get_publics (module)[0], ==, "Seniors");
  g_assert_cmpuint (mediation_module_get_dispositif_count (module, "Conseillers numériques"), ==, 4);

  mediation_module_set_strategy (module, "Nouvelle stratégie");
  g_assert_cmpuint (n_changed, ==, 1);
  mediation_module_set_strategy (module, "Nouvelle stratégie");
  g_assert_cmpuint (n_changed, ==, 1);

  /* Publics keep the catalogue's order. */
  mediation_module_set_public (module, "Jeunes", TRUE);
  g_assert_cmpstr (mediation_module_get_publics (module)[1], ==, "Jeunes");
  mediation_module_set_public (module, "Public de mon territoire", TRUE);
  mediation_module_set_public (module, "Seniors", FALSE);
  g_assert_cmpstr (mediation_module_get_publics (module)[0], ==, "Jeunes");
  g_assert_cmpstr (mediation_module_get_publics (module)[4], ==, "Public de mon territoire");
  g_assert_null (mediation_module_get_publics (module)[5]);
  g_assert_cmpuint (n_changed, ==, 4);

  mediation_module_set_dispositif_count (module, "Promeneurs du net", 2);
  mediation_module_set_dispositif_count (module, "France Services", 0);
  mediation_module_set_dispositif_count (module, "Mon dispositif", 1);
  g_assert_cmpuint (n_changed, ==, 7);
  g_assert_cmpuint (mediation_module_get_dispositif_count (module, "France Services"), ==, 0);
  dispositifs = mediation_module_list_dispositifs (module);
  g_assert_cmpstr (dispositifs[g_strv_length (dispositifs) - 1], ==, "Mon dispositif");

  {
    g_autoptr(MediationLieu) lieu = g_list_model_get_item (mediation_module_get_lieux (module), 0);

    mediation_module_remove_lieu (module, lieu);
  }
  g_assert_cmpuint (n_changed, ==, 8);
  g_assert_cmpuint (g_list_model_get_n_items (mediation_module_get_lieux (module)), ==, 24);

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

static void
test_chapter (void)
{
  g_autoptr(MaillageProject) project = mediation_test_demo_project ();
  g_autoptr(MediationModule) module = mediation_test_load_module (project);
  g_autoptr(MaillageDocument) document = maillage_document_new ("Stratégie");
  MaillageBlock *block;
  guint position;

  maillage_module_build_chapter (MAILLAGE_MODULE (module), document);

  block = block_at (document, 0);
  g_assert_cmpint (maillage_block_get_kind (block), ==, MAILLAGE_BLOCK_HEADING);
  g_assert_cmpuint (maillage_block_get_level (block), ==, 1);
  g_assert_cmpstr (maillage_block_get_text (block), ==, "Digital Mediation");

  /* The strategy as typed, a paragraph per block of text. */
  position = find_block (document, MAILLAGE_BLOCK_HEADING, "Mediation Strategy", 1);
  g_assert_cmpuint (position, ==, 1);
  g_assert_true (g_str_has_prefix (maillage_block_get_text (block_at (document, 2)),
                                   "La Communauté d’agglomération du Val de Sorne"));
  g_assert_true (g_str_has_prefix (maillage_block_get_text (block_at (document, 4)), "L’inventaire"));

  position = find_block (document, MAILLAGE_BLOCK_HEADING, "Target Publics", 0);
  block = block_at (document, position + 1);
  g_assert_cmpint (maillage_block_get_kind (block), ==, MAILLAGE_BLOCK_LIST);
  g_assert_cmpuint (g_strv_length ((char **) maillage_block_get_items (block)), ==, 4);

  position = find_block (document, MAILLAGE_BLOCK_HEADING, "Inventory of the Mediation Places", position);
  g_assert_nonnull (strstr (maillage_block_get_text (block_at (document, position + 1)), "25 digital mediation places, in 16 of the 31"));
  position = find_block (document, MAILLAGE_BLOCK_TABLE, "Places by commune", position);
  block = block_at (document, position);
  g_assert_cmpuint (maillage_block_get_n_rows (block), ==, 16);
  g_assert_cmpstr (maillage_block_get_row (block, 0)[0], ==, "Sorneval");
  g_assert_cmpstr (maillage_block_get_row (block, 0)[2], ==, "5");
  g_assert_cmpstr (maillage_block_get_row (block, 0)[3], ==, "28\u202f140");
  block = block_at (document, position + 1);
  g_assert_cmpstr (maillage_block_get_text (block), ==, "Places by service");
  g_assert_cmpuint (maillage_block_get_n_rows (block), ==, 9);
  g_assert_cmpstr (maillage_block_get_row (block, 0)[0], ==, "Aide aux démarches administratives");
  g_assert_cmpstr (maillage_block_get_row (block, 0)[1], ==, "12");

  position = find_block (document, MAILLAGE_BLOCK_TABLE, "National programmes on the territory", position);
  block = block_at (document, position);
  g_assert_cmpstr (maillage_block_get_row (block, 0)[0], ==, "Aidants Connect");
  g_assert_cmpstr (maillage_block_get_row (block, 0)[1], ==, "3");
  g_assert_cmpstr (maillage_block_get_row (block, 0)[2], ==, "5");

  position = find_block (document, MAILLAGE_BLOCK_HEADING, "Coverage of the Territory", position);
  g_assert_nonnull (strstr (maillage_block_get_text (block_at (document, position + 1)), "8\u202f070 inhabitants"));
  block = block_at (document, position + 2);
  g_assert_cmpstr (maillage_block_get_text (block), ==, "Communes without a mediation place");
  g_assert_cmpuint (maillage_block_get_n_rows (block), ==, 15);
  g_assert_cmpstr (maillage_block_get_row (block, 0)[0], ==, "Belvoiset");
  g_assert_cmpstr (maillage_block_get_row (block, 0)[2], ==, "980");

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static void
test_key_points (void)
{
  g_autoptr(MaillageProject) project = mediation_test_demo_project ();
  g_autoptr(MediationModule) module = mediation_test_load_module (project);
  g_auto(GStrv) points = maillage_module_list_key_points (MAILLAGE_MODULE (module));

  /* The inventory, then the communes left without a lieu. */
  g_assert_cmpuint (g_strv_length (points), ==, 2);
  g_assert_nonnull (strstr (points[0], "25"));
  g_assert_nonnull (strstr (points[0], "16"));
  g_assert_nonnull (strstr (points[1], "8\u202f070"));
  maillage_module_unload (MAILLAGE_MODULE (module));
}

/* With outlines, the map comes after the coverage, as a figure whose
 * text alternative names the communes. */
static void
test_chapter_map (void)
{
  g_autoptr(MaillageProject) project = mediation_test_demo_project ();
  g_autoptr(MediationModule) module = mediation_test_load_module (project);
  g_autoptr(MaillageDocument) document = maillage_document_new ("Stratégie");
  g_autoptr(GBytes) geojson = mediation_test_bytes (
    "{\"type\": \"FeatureCollection\", \"features\": ["
    "{\"type\": \"Feature\", \"properties\": {\"insee\": \"39828\"}, \"geometry\": {\"type\": \"Polygon\","
    " \"coordinates\": [[[5.5, 46.6], [5.6, 46.6], [5.6, 46.7], [5.5, 46.7], [5.5, 46.6]]]}},"
    "{\"type\": \"Feature\", \"properties\": {\"insee\": \"39802\"}, \"geometry\": {\"type\": \"Polygon\","
    " \"coordinates\": [[[5.6, 46.6], [5.7, 46.6], [5.7, 46.7], [5.6, 46.7], [5.6, 46.6]]]}}]}");
  g_autoptr(MaillageOutlines) outlines = NULL;
  g_autoptr(GError) error = NULL;
  guint n;
  MaillageBlock *last;

  outlines = maillage_outlines_new_from_geojson (geojson, "insee", &error);
  g_assert_no_error (error);
  maillage_territory_set_outlines (maillage_project_get_territory (project), outlines);

  maillage_module_build_chapter (MAILLAGE_MODULE (module), document);
  n = g_list_model_get_n_items (G_LIST_MODEL (document));
  last = block_at (document, n - 1);
  g_assert_cmpint (maillage_block_get_kind (last), ==, MAILLAGE_BLOCK_FIGURE);
  g_assert_cmpint (maillage_chart_get_kind (maillage_block_get_chart (last)), ==, MAILLAGE_CHART_KIND_MAP);
  g_assert_nonnull (strstr (maillage_block_get_alt_text (last), "Sorneval"));
  g_test_message ("%s", maillage_block_get_alt_text (last));

  maillage_module_unload (MAILLAGE_MODULE (module));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  mediation_test_register_types ();

  g_test_add_func ("/mediation/module/findings-demo", test_findings_demo);
  g_test_add_func ("/mediation/module/findings-empty", test_findings_empty);
  g_test_add_func ("/mediation/module/findings-invalid", test_findings_invalid);
  g_test_add_func ("/mediation/module/changed", test_changed);
  g_test_add_func ("/mediation/module/chapter", test_chapter);
  g_test_add_func ("/mediation/module/chapter-map", test_chapter_map);
  g_test_add_func ("/mediation/module/key-points", test_key_points);

  return g_test_run ();
}
