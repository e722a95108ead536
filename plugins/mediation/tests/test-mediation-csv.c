/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-mediation-csv.c: importing the CSV form of the schema — v1.0.2 and
 * v0.1 column names, `|` between values, `,`, `;` and tab separators,
 * Windows-1252, quoted fields with line breaks, invalid rows reported by
 * line and field, files refused whole, 100,000 rows — and exporting it.
 */
#define G_LOG_DOMAIN "test-mediation-csv"

#include "config.h"

#include <string.h>

#include "mediation-csv.h"
#include "mediation-test-utils.h"

#define V1_HEADER "id,pivot,nom,commune,code_postal,code_insee,adresse,date_maj,services,modalites_accompagnement,frais_a_charge,telephone,latitude,longitude,presentation_detail\n"

static MediationImport *
import_text (const char  *text,
             GError     **error)
{
  g_autoptr(GBytes) bytes = mediation_test_bytes (text);

  return mediation_csv_import (bytes, error);
}

static MediationLieu *
lieu_at (MediationImport *import,
         guint            index)
{
  GPtrArray *lieux = mediation_import_get_lieux (import);

  g_assert_cmpuint (index, <, lieux->len);
  return g_ptr_array_index (lieux, index);
}

static MediationIssue *
issue_at (MediationImport *import,
          guint            index)
{
  g_autoptr(MediationIssue) issue = g_list_model_get_item (mediation_import_get_issues (import), index);

  g_assert_nonnull (issue);
  /* The import keeps it alive. */
  return issue;
}

static void
test_v1_comma (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MediationImport) import = NULL;
  MediationLieu *lieu;

  import = import_text (V1_HEADER
                        "a-1,24390052900018,Médiathèque des Tanneurs,Sorneval,39810,39828,\"12 rue des Tanneurs, bâtiment B\","
                        "2026-06-02,Aide aux démarches administratives|Loisirs et créations numériques,"
                        "En autonomie|Dans un atelier collectif,Gratuit,03 84 12 34 56,\"46,6712\",5.5541,"
                        "\"Ateliers le mardi.\nPermanence le samedi.\"\n"
                        "a-2,W391234567,Clic & Partage,Arlenans-le-Bief,39860,,Salle polyvalente,2026-02-02,"
                        "Utilisation sécurisée du numérique,,Payant,,,,\n",
                        &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mediation_import_get_n_rows (import), ==, 2);
  g_assert_cmpuint (mediation_import_get_n_invalid (import), ==, 0);
  g_assert_false (mediation_import_get_legacy (import));
  g_assert_cmpuint (mediation_import_get_ignored_columns (import)[0] == NULL, ==, TRUE);

  lieu = lieu_at (import, 0);
  g_assert_cmpstr (mediation_lieu_get_id (lieu), ==, "a-1");
  g_assert_cmpstr (mediation_lieu_get_value (lieu, MEDIATION_FIELD_ADRESSE), ==, "12 rue des Tanneurs, bâtiment B");
  g_assert_cmpuint (g_strv_length ((char **) mediation_lieu_get_list (lieu, MEDIATION_FIELD_SERVICES)), ==, 2);
  g_assert_true (mediation_lieu_has_list_value (lieu, MEDIATION_FIELD_SERVICES, "Loisirs et créations numériques"));
  g_assert_true (mediation_lieu_has_list_value (lieu, MEDIATION_FIELD_MODALITES_ACCOMPAGNEMENT, "En autonomie"));
  g_assert_cmpstr (mediation_lieu_get_value (lieu, MEDIATION_FIELD_TELEPHONE), ==, "+33384123456");
  g_assert_cmpstr (mediation_lieu_get_value (lieu, MEDIATION_FIELD_LATITUDE), ==, "46.6712");
  /* The line break of a quoted field is kept. */
  g_assert_cmpstr (mediation_lieu_get_value (lieu, MEDIATION_FIELD_PRESENTATION_DETAIL), ==,
                   "Ateliers le mardi.\nPermanence le samedi.");

  lieu = lieu_at (import, 1);
  g_assert_cmpstr (mediation_lieu_get_nom (lieu), ==, "Clic & Partage");
  g_assert_cmpstr (mediation_lieu_get_value (lieu, MEDIATION_FIELD_CODE_INSEE), ==, "");
}

static void
test_semicolon_windows_1252 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MediationImport) import = NULL;
  g_autofree char *latin = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *text =
    "id;pivot;nom;commune;code_postal;adresse;date_maj;services;frais_a_charge\r\n"
    "b-1;24390052900018;Médiathèque Louis-Pergaud;Sorneval;39810;12 rue des Tanneurs;2026-06-02;"
    "Maîtrise des outils numériques du quotidien|Accès internet et matériel informatique;Gratuit\r\n";
  MediationLieu *lieu;
  gsize length;

  latin = g_convert (text, -1, "WINDOWS-1252", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  /* Really another encoding: “é” is one byte. */
  g_assert_null (strstr (latin, "é"));
  bytes = g_bytes_new (latin, length);

  import = mediation_csv_import (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mediation_import_get_n_invalid (import), ==, 0);
  lieu = lieu_at (import, 0);
  g_assert_cmpstr (mediation_lieu_get_nom (lieu), ==, "Médiathèque Louis-Pergaud");
  g_assert_true (mediation_lieu_has_list_value (lieu, MEDIATION_FIELD_SERVICES,
                                                "Accès internet et matériel informatique"));
}

static void
test_tab (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MediationImport) import = NULL;

  import = import_text ("id\tpivot\tnom\tcommune\tcode_postal\tadresse\tdate_maj\n"
                        "t-1\t243900529\tMairie\tPernoz\t39870\t1 place\t2025-01-31\n",
                        &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mediation_import_get_lieux (import)->len, ==, 1);
  g_assert_cmpstr (mediation_lieu_get_commune (lieu_at (import, 0)), ==, "Pernoz");
}

static void
test_legacy_columns (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MediationImport) import = NULL;
  MediationLieu *lieu;

  import = import_text ("id;pivot;nom;commune;code_postal;adresse;date_maj;courriel;publics_accueillis;"
                        "conditions_acces;labels_nationaux;labels_autres;accessibilite;modalites_accompagnement;"
                        "Remarque interne\n"
                        "v-1;24390052900018;Espace numérique;Pernoz;39870;1 place;2022-06-02;contact@pernoz.example;"
                        "Seniors (+ 65 ans),Familles/enfants;"
                        "\"Gratuit : Je peux accéder gratuitement au lieu et à ses services,Accepte le Pass numérique : "
                        "Il est possible d'utiliser un Pass numérique pour accéder au lieu\";"
                        "France Services,CNFS;SudLabs;https://acceslibre.example/erp/1;"
                        "\"Seul : j'ai accès à du matériel et une connexion,Avec de l'aide : je suis accompagné\";"
                        "à rappeler\n",
                        &error);
  g_assert_no_error (error);
  g_assert_true (mediation_import_get_legacy (import));
  g_assert_cmpuint (mediation_import_get_n_invalid (import), ==, 0);

  lieu = lieu_at (import, 0);
  g_assert_cmpstr (mediation_lieu_get_value (lieu, MEDIATION_FIELD_COURRIELS), ==, "contact@pernoz.example");
  /* “Seniors (+ 65 ans)” of v0.1 is “Seniors” in v1.0.2. */
  g_assert_cmpstr (mediation_lieu_get_value (lieu, MEDIATION_FIELD_PUBLICS_SPECIFIQUEMENT_ADRESSES), ==,
                   "Seniors|Familles/enfants");
  g_assert_cmpstr (mediation_lieu_get_value (lieu, MEDIATION_FIELD_FRAIS_A_CHARGE), ==,
                   "Gratuit|Gratuit sous condition");
  g_assert_cmpstr (mediation_lieu_get_value (lieu, MEDIATION_FIELD_DISPOSITIF_PROGRAMMES_NATIONAUX), ==,
                   "France Services|Conseillers numériques");
  g_assert_cmpstr (mediation_lieu_get_value (lieu, MEDIATION_FIELD_AUTRES_FORMATIONS_LABELS), ==, "SudLabs");
  g_assert_cmpstr (mediation_lieu_get_value (lieu, MEDIATION_FIELD_FICHE_ACCES_LIBRE), ==,
                   "https://acceslibre.example/erp/1");
  g_assert_cmpstr (mediation_lieu_get_value (lieu, MEDIATION_FIELD_MODALITES_ACCOMPAGNEMENT), ==,
                   "En autonomie|Accompagnement individuel");

  /* A column of no field is named, not lost silently. */
  g_assert_cmpstr (mediation_import_get_ignored_columns (import)[0], ==, "Remarque interne");
  g_assert_null (mediation_import_get_ignored_columns (import)[1]);
}

/* Invalid rows are reported with the line they start on (a quoted line
 * break counts) and the field; valid rows are kept apart. */
static void
test_invalid_rows (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MediationImport) import = NULL;
  MediationIssue *issue;

  import = import_text ("id;pivot;nom;commune;code_postal;adresse;date_maj;services;presentation_detail\n"
                        "r-1;24390052900018;Lieu un;Sorneval;39810;1 rue;2026-01-01;;\"deux\nlignes\"\n"
                        "r-2;;Lieu deux;Sorneval;39810;1 rue;2026-01-01;;\n"
                        "r-3;24390052900018;Lieu trois;Sorneval;3981;1 rue;2026-01-01;Cuisine;\n"
                        "r-1;24390052900018;Lieu quatre;Sorneval;39810;1 rue;2026-01-01;;\n"
                        "r-5;24390052900018;Lieu cinq;Sorneval;39810;1 rue;2026-01-01;;\n",
                        &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mediation_import_get_n_rows (import), ==, 5);
  g_assert_cmpuint (mediation_import_get_n_invalid (import), ==, 3);
  g_assert_cmpuint (mediation_import_get_lieux (import)->len, ==, 2);
  g_assert_cmpstr (mediation_lieu_get_id (lieu_at (import, 0)), ==, "r-1");
  g_assert_cmpstr (mediation_lieu_get_id (lieu_at (import, 1)), ==, "r-5");

  g_assert_cmpuint (mediation_import_get_n_issues (import), ==, 4);
  issue = issue_at (import, 0);
  g_assert_cmpuint (mediation_issue_get_row (issue), ==, 4);
  g_assert_cmpstr (mediation_issue_get_field_name (issue), ==, "pivot");

  issue = issue_at (import, 1);
  g_assert_cmpuint (mediation_issue_get_row (issue), ==, 5);
  g_assert_cmpstr (mediation_issue_get_field_name (issue), ==, "code_postal");
  g_assert_cmpstr (mediation_issue_get_value (issue), ==, "3981");
  issue = issue_at (import, 2);
  g_assert_cmpuint (mediation_issue_get_row (issue), ==, 5);
  g_assert_cmpstr (mediation_issue_get_field_name (issue), ==, "services");
  g_assert_cmpstr (mediation_issue_get_value (issue), ==, "Cuisine");

  /* The same id twice: the second row is refused, naming the first. */
  issue = issue_at (import, 3);
  g_assert_cmpuint (mediation_issue_get_row (issue), ==, 6);
  g_assert_cmpstr (mediation_issue_get_field_name (issue), ==, "id");
  g_assert_nonnull (strstr (mediation_issue_get_message (issue), "line 2"));

  {
    g_autofree char *sentence = mediation_issue_to_string (issue_at (import, 1), TRUE);

    g_assert_cmpstr (sentence, ==, "Line 5, field “code_postal”: A postal code has 5 digits.");
  }
}

/* A file that cannot be read as a whole is refused with the line, and
 * nothing of it is taken. */
static void
test_refused_files (void)
{
  static const struct
  {
    const char *text;
    const char *fragments[3];
  } cases[] = {
    /* The schema's columns are missing: another separator, or another file. */
    { "id|pivot|nom|commune|code_postal|adresse|date_maj\nx|1|2|3|4|5|6\n",
      { "Line 1", "pivot", NULL } },
    { "id;nom;commune;code_postal;adresse\nx;n;c;39100;a\n", { "pivot", "date_maj", NULL } },
    { "id;pivot;nom;commune;code_postal;adresse;date_maj\n"
      "q-1;243900529;\"Lieu;Sorneval;39810;1 rue;2026-01-01\n", { "Line 2", "never closed", NULL } },
    { "id;pivot;nom;commune;code_postal;adresse;date_maj\n"
      "q-1;243900529;Lieu;Sorneval;39810;1 rue;2026-01-01\n"
      "q-2;243900529;Lieu;Sorneval;39810;1 rue;2026-01-01;en trop\n", { "Line 3", NULL, NULL } },
    { "id;pivot;nom;commune;code_postal;adresse;date_maj\n", { "no place", NULL, NULL } },
    { "", { "empty", NULL, NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MediationImport) import = import_text (cases[i].text, &error);

      g_assert_null (import);
      g_assert_nonnull (error);
      for (guint j = 0; cases[i].fragments[j] != NULL; j++)
        if (strstr (error->message, cases[i].fragments[j]) == NULL)
          g_error ("case %u: “%s” lacks “%s”", i, error->message, cases[i].fragments[j]);
    }
}

/* Importing changes nothing until merged; a refused file changes
 * nothing; merging takes the valid places only, and replaces by id. */
static void
test_all_or_nothing (void)
{
  g_autoptr(MaillageProject) project = mediation_test_demo_project ();
  g_autoptr(MediationModule) module = mediation_test_load_module (project);
  GListModel *lieux = mediation_module_get_lieux (module);
  guint before = g_list_model_get_n_items (lieux);
  g_autoptr(GError) error = NULL;
  g_autoptr(MediationImport) refused = NULL;
  g_autoptr(MediationImport) import = NULL;
  guint added, updated;

  refused = import_text ("id;pivot;nom\nx;1;2\n", &error);
  g_assert_null (refused);
  g_assert_cmpuint (g_list_model_get_n_items (lieux), ==, before);
  g_assert_false (maillage_project_get_dirty (project));
  g_clear_error (&error);

  import = import_text ("id;pivot;nom;commune;code_postal;adresse;date_maj\n"
                        "vds-001;24390052900007;France Services renommée;Sorneval;39810;4 place;2026-11-01\n"
                        "new-1;24390052900018;Nouveau lieu;Pernoz;39870;1 place;2026-11-01\n"
                        "bad-1;;Lieu sans pivot;Pernoz;39870;1 place;2026-11-01\n",
                        &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (lieux), ==, before);

  mediation_module_merge_lieux (module, mediation_import_get_lieux (import), &added, &updated);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (updated, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (lieux), ==, before + 1);
  {
    g_autoptr(MediationLieu) first = g_list_model_get_item (lieux, 0);

    g_assert_cmpstr (mediation_lieu_get_nom (first), ==, "France Services renommée");
  }
  g_assert_true (maillage_project_get_dirty (project));

  /* Again: nothing is duplicated. */
  mediation_module_merge_lieux (module, mediation_import_get_lieux (import), &added, &updated);
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (updated, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (lieux), ==, before + 1);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static void
test_many_rows (void)
{
  g_autoptr(GString) text = g_string_new ("id;pivot;nom;commune;code_postal;adresse;date_maj;services\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(MediationImport) import = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, "m-%u;243900529%05u;Lieu %u;Commune %u;%05u;%u rue Haute;2026-01-%02u;%s\n",
                            i, i, i, i % 500, 39000 + i % 500, i % 90 + 1, i % 28 + 1,
                            /* One row in a thousand breaks the schema. */
                            i % 1000 == 999 ? "Cuisine" : "Loisirs et créations numériques");

  import = import_text (text->str, &error);
  g_assert_no_error (error);
  g_test_message ("100,000 rows read and checked in %.0f ms", g_timer_elapsed (timer, NULL) * 1000);
  g_assert_cmpuint (mediation_import_get_n_rows (import), ==, 100000);
  g_assert_cmpuint (mediation_import_get_n_invalid (import), ==, 100);
  g_assert_cmpuint (mediation_import_get_lieux (import)->len, ==, 99900);
  /* Line 1001 holds row 999. */
  g_assert_cmpuint (mediation_issue_get_row (issue_at (import, 0)), ==, 1001);
}

static void
test_many_issues_capped (void)
{
  g_autoptr(GString) text = g_string_new ("id;pivot;nom;commune;code_postal;adresse;date_maj\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(MediationImport) import = NULL;

  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (text, "c-%u;;;Sorneval;39810;1 rue;2026-01-01\n", i);

  import = import_text (text->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mediation_import_get_n_invalid (import), ==, 3000);
  g_assert_cmpuint (mediation_import_get_n_issues (import), ==, 6000);
  g_assert_cmpuint (g_list_model_get_n_items (mediation_import_get_issues (import)), ==,
                    MEDIATION_IMPORT_MAX_ISSUES);
}

/* The export reads back as the same places, every field. */
static void
test_export_round_trip (void)
{
  g_autoptr(MaillageProject) project = mediation_test_demo_project ();
  g_autoptr(MediationModule) module = mediation_test_load_module (project);
  GListModel *lieux = mediation_module_get_lieux (module);
  g_autoptr(MediationImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *header = mediation_test_csv_header (",");
  gsize length;

  /* A value that needs quoting, and one with a line break. */
  {
    g_autoptr(MediationLieu) first = g_list_model_get_item (lieux, 0);

    mediation_lieu_set_value (first, MEDIATION_FIELD_PRESENTATION_DETAIL, "Dit « oui, \"bien sûr\" »\net voilà");
  }

  text = mediation_csv_export (lieux, &length);
  g_assert_cmpuint (strlen (text), ==, length);
  g_assert_true (g_str_has_prefix (text, header));
  g_assert_true (g_str_has_suffix (text, "\r\n"));

  import = import_text (text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mediation_import_get_n_invalid (import), ==, 0);
  g_assert_cmpuint (mediation_import_get_lieux (import)->len, ==, g_list_model_get_n_items (lieux));
  for (guint i = 0; i < g_list_model_get_n_items (lieux); i++)
    {
      g_autoptr(MediationLieu) lieu = g_list_model_get_item (lieux, i);

      for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
        g_assert_cmpstr (mediation_lieu_get_value (lieu_at (import, i), f), ==, mediation_lieu_get_value (lieu, f));
    }

  maillage_module_unload (MAILLAGE_MODULE (module));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  mediation_test_register_types ();

  g_test_add_func ("/mediation/csv/v1-comma", test_v1_comma);
  g_test_add_func ("/mediation/csv/semicolon-windows-1252", test_semicolon_windows_1252);
  g_test_add_func ("/mediation/csv/tab", test_tab);
  g_test_add_func ("/mediation/csv/legacy-columns", test_legacy_columns);
  g_test_add_func ("/mediation/csv/invalid-rows", test_invalid_rows);
  g_test_add_func ("/mediation/csv/refused-files", test_refused_files);
  g_test_add_func ("/mediation/csv/all-or-nothing", test_all_or_nothing);
  g_test_add_func ("/mediation/csv/many-rows", test_many_rows);
  g_test_add_func ("/mediation/csv/many-issues-capped", test_many_issues_capped);
  g_test_add_func ("/mediation/csv/export-round-trip", test_export_round_trip);

  return g_test_run ();
}
