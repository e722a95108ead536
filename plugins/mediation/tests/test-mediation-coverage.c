/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-mediation-coverage.c: which commune each place belongs to (by
 * code_insee, else by code_postal and name), the communes without a place
 * and the people living there.
 */
#define G_LOG_DOMAIN "test-mediation-coverage"

#include "config.h"

#include "mediation-coverage.h"
#include "mediation-test-utils.h"

static MaillageTerritory *
territory_new (void)
{
  MaillageTerritory *territory = maillage_territory_new ();
  g_autoptr(GPtrArray) communes = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (communes, maillage_commune_new ("39801", "Saint-Lurin-de-Sorne", 4480));
  g_ptr_array_add (communes, maillage_commune_new ("39802", "Les Granges-Moirard", 2240));
  g_ptr_array_add (communes, maillage_commune_new ("39803", "Belvoiset", 980));
  g_ptr_array_add (communes, maillage_commune_new ("39804", "Pernoz", 510));
  g_ptr_array_add (communes, maillage_commune_new ("39805", "Montigny", 300));
  g_ptr_array_add (communes, maillage_commune_new ("70805", "Montigny", 1200));
  g_ptr_array_add (communes, maillage_commune_new ("2A004", "Ajaccio", 3000));
  maillage_territory_replace_communes (territory, communes);

  return territory;
}

static void
add_lieu (GListStore *lieux,
          const char *insee,
          const char *postal,
          const char *commune)
{
  g_autoptr(MediationLieu) lieu = mediation_lieu_new ();

  mediation_lieu_set_value (lieu, MEDIATION_FIELD_CODE_INSEE, insee);
  mediation_lieu_set_value (lieu, MEDIATION_FIELD_CODE_POSTAL, postal);
  mediation_lieu_set_value (lieu, MEDIATION_FIELD_COMMUNE, commune);
  g_list_store_append (lieux, lieu);
}

static const char *
matched_insee (MediationCoverage *coverage,
               GListModel        *lieux,
               guint              position)
{
  g_autoptr(MediationLieu) lieu = g_list_model_get_item (lieux, position);
  MaillageCommune *commune = mediation_coverage_match (coverage, lieu);

  return commune != NULL ? maillage_commune_get_insee (commune) : NULL;
}

static void
test_match (void)
{
  g_autoptr(MaillageTerritory) territory = territory_new ();
  g_autoptr(GListStore) lieux = g_list_store_new (MEDIATION_TYPE_LIEU);
  g_autoptr(MediationCoverage) coverage = NULL;

  add_lieu (lieux, "39801", "39810", "Saint-Lurin-de-Sorne");  /* by code */
  add_lieu (lieux, NULL, "39810", "ST LURIN DE SORNE");        /* by name in the département */
  add_lieu (lieux, NULL, "39200", "Granges-Moirard (Les)");
  add_lieu (lieux, NULL, "70100", "Montigny");                /* the homonym of the 70 */
  add_lieu (lieux, NULL, "", "Montigny");                     /* which Montigny? none */
  add_lieu (lieux, "75056", "75001", "Paris");                /* outside */
  add_lieu (lieux, NULL, "20000", "Ajaccio");                 /* 20 stands for 2A and 2B */
  add_lieu (lieux, "39899", "39810", "Saint-Lurin-de-Sorne"); /* its code wins: outside */
  add_lieu (lieux, NULL, "", "Pernoz");                       /* a name found once */

  coverage = mediation_coverage_new (territory, G_LIST_MODEL (lieux));
  g_assert_cmpstr (matched_insee (coverage, G_LIST_MODEL (lieux), 0), ==, "39801");
  g_assert_cmpstr (matched_insee (coverage, G_LIST_MODEL (lieux), 1), ==, "39801");
  g_assert_cmpstr (matched_insee (coverage, G_LIST_MODEL (lieux), 2), ==, "39802");
  g_assert_cmpstr (matched_insee (coverage, G_LIST_MODEL (lieux), 3), ==, "70805");
  g_assert_null (matched_insee (coverage, G_LIST_MODEL (lieux), 4));
  g_assert_null (matched_insee (coverage, G_LIST_MODEL (lieux), 5));
  g_assert_cmpstr (matched_insee (coverage, G_LIST_MODEL (lieux), 6), ==, "2A004");
  g_assert_null (matched_insee (coverage, G_LIST_MODEL (lieux), 7));
  g_assert_cmpstr (matched_insee (coverage, G_LIST_MODEL (lieux), 8), ==, "39804");

  g_assert_cmpuint (mediation_coverage_get_n_lieux (coverage), ==, 9);
  g_assert_cmpuint (mediation_coverage_get_n_unmatched (coverage), ==, 3);
  g_assert_cmpuint (mediation_coverage_count_lieux (coverage, "39801"), ==, 2);
  g_assert_cmpuint (mediation_coverage_count_lieux (coverage, "39803"), ==, 0);
}

static void
test_uncovered (void)
{
  g_autoptr(MaillageTerritory) territory = territory_new ();
  g_autoptr(GListStore) lieux = g_list_store_new (MEDIATION_TYPE_LIEU);
  g_autoptr(MediationCoverage) coverage = NULL;
  GListModel *uncovered;
  static const char * const expected[] = { "Belvoiset", "Pernoz", "Montigny" };

  add_lieu (lieux, "39801", "", "");
  add_lieu (lieux, "39802", "", "");
  add_lieu (lieux, "70805", "", "");
  add_lieu (lieux, "2A004", "", "");

  coverage = mediation_coverage_new (territory, G_LIST_MODEL (lieux));
  g_assert_cmpuint (mediation_coverage_get_n_communes (coverage), ==, 7);
  g_assert_cmpuint (mediation_coverage_get_population (coverage), ==, 12710);

  /* The most populated first. */
  uncovered = mediation_coverage_get_uncovered (coverage);
  g_assert_cmpuint (g_list_model_get_n_items (uncovered), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(MaillageCommune) commune = g_list_model_get_item (uncovered, i);

      g_assert_cmpstr (maillage_commune_get_name (commune), ==, expected[i]);
    }
  g_assert_cmpuint (mediation_coverage_get_uncovered_population (coverage), ==, 980 + 510 + 300);
}

static void
test_empty (void)
{
  g_autoptr(MaillageTerritory) territory = maillage_territory_new ();
  g_autoptr(GListStore) lieux = g_list_store_new (MEDIATION_TYPE_LIEU);
  g_autoptr(MediationCoverage) coverage = NULL;

  add_lieu (lieux, "39801", "", "");
  coverage = mediation_coverage_new (territory, G_LIST_MODEL (lieux));
  g_assert_cmpuint (mediation_coverage_get_n_communes (coverage), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (mediation_coverage_get_uncovered (coverage)), ==, 0);
  g_assert_cmpuint (mediation_coverage_get_n_unmatched (coverage), ==, 1);
}

static void
test_normalize_name (void)
{
  static const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "Saint-Lurin-de-Sorne", "saint lurin de sorne" },
    { "ST-LURIN-DE-SORNE", "saint lurin de sorne" },
    { "Ste Colombe", "sainte colombe" },
    { "L'Isle-sur-le-Doubs", "l isle sur le doubs" },
    { "Granges-Moirard (Les)", "les granges moirard" },
    { "  Bréviaux   sur Sorne ", "breviaux sur sorne" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = mediation_coverage_normalize_name (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

/* The demo: 25 places in 16 of the 31 communes. */
static void
test_demo (void)
{
  g_autoptr(MaillageProject) project = mediation_test_demo_project ();
  g_autoptr(MediationModule) module = mediation_test_load_module (project);
  g_autoptr(MaillageCommune) added = maillage_commune_new ("39832", "Nouvelle-Commune", 1000);
  MediationCoverage *coverage = mediation_module_get_coverage (module);

  g_assert_cmpuint (mediation_coverage_get_n_lieux (coverage), ==, 25);
  g_assert_cmpuint (mediation_coverage_get_n_unmatched (coverage), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (mediation_coverage_get_uncovered (coverage)), ==, 15);
  g_assert_cmpuint (mediation_coverage_count_lieux (coverage, "39828"), ==, 5);

  /* A new commune without a place makes a new coverage. */
  maillage_territory_add_commune (maillage_project_get_territory (project), added);
  coverage = mediation_module_get_coverage (module);
  g_assert_cmpuint (g_list_model_get_n_items (mediation_coverage_get_uncovered (coverage)), ==, 16);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  mediation_test_register_types ();

  g_test_add_func ("/mediation/coverage/match", test_match);
  g_test_add_func ("/mediation/coverage/uncovered", test_uncovered);
  g_test_add_func ("/mediation/coverage/empty", test_empty);
  g_test_add_func ("/mediation/coverage/normalize-name", test_normalize_name);
  g_test_add_func ("/mediation/coverage/demo", test_demo);

  return g_test_run ();
}
