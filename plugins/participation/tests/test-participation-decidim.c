/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-participation-decidim.c: the open data files of Decidim read: the
 * proposals and the results, as shipped in tests/data and in the variants
 * other versions write (`votes` for `supports`, a plain `title`, machine
 * translations, `withdrawn`); importing again updates in place; and bad
 * input — another separator, Windows-1252, a column missing, neither
 * kind of export, quoted line breaks, wrong values, 100,000 rows — gives a
 * message naming the line and the column, and imports nothing.
 */
#define G_LOG_DOMAIN "test-participation-decidim"

#include "config.h"

#include <string.h>

#include "participation-issue.h"
#include "participation-test-utils.h"

static void
assert_contains (const char *text,
                 const char *fragment)
{
  if (strstr (text, fragment) == NULL)
    g_error ("“%s” lacks “%s”", text, fragment);
}

static ParticipationDecidimImport *
read_fixture (const char *name)
{
  g_autoptr(GBytes) bytes = participation_test_fixture (name);
  g_autoptr(GError) error = NULL;
  ParticipationDecidimImport *import;

  import = participation_decidim_import_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (import);
  g_assert_true (participation_decidim_import_check (import, &error));
  g_assert_no_error (error);
  return import;
}

static void
test_proposals (void)
{
  g_autoptr(ParticipationDecidimImport) import = read_fixture ("decidim-proposals.csv");
  GPtrArray *items = participation_decidim_import_get_items (import);
  ParticipationProposal *wifi, *saturday, *buses;

  g_assert_cmpint (participation_decidim_import_get_kind (import), ==, PARTICIPATION_DECIDIM_PROPOSALS);
  g_assert_cmpint (participation_decidim_import_get_encoding (import), ==, MAILLAGE_CSV_ENCODING_UTF8);
  g_assert_cmpuint (items->len, ==, 4);

  wifi = g_ptr_array_index (items, 0);
  g_assert_cmpint (participation_proposal_get_id (wifi), ==, 1041);
  /* title/fr, not title/en. */
  g_assert_cmpstr (participation_proposal_get_title (wifi), ==, "Un wifi public dans chaque médiathèque");
  /* The HTML of Decidim 0.27, as plain text. */
  g_assert_cmpstr (participation_proposal_get_text (wifi, PARTICIPATION_PROPOSAL_BODY), ==,
                   "Les médiathèques de Crancevaux et de Fontorgne n'ont pas d'accès sans fil.\n"
                   "Les lycéens viennent y réviser & ne peuvent pas se connecter.");
  g_assert_cmpstr (participation_proposal_get_state (wifi), ==, "accepted");
  g_assert_cmpstr (participation_proposal_get_category (wifi), ==, "Accès au numérique");
  g_assert_cmpstr (participation_proposal_get_text (wifi, PARTICIPATION_PROPOSAL_SCOPE), ==, "Val de Sorne");
  g_assert_cmpstr (participation_proposal_get_text (wifi, PARTICIPATION_PROPOSAL_REFERENCE), ==,
                   "VDS-PROP-2026-09-1041");
  /* `supports`, the older name of the votes. */
  g_assert_cmpint (participation_proposal_get_votes (wifi), ==, 212);
  g_assert_cmpint (participation_proposal_get_comments (wifi), ==, 18);
  g_assert_cmpstr (participation_proposal_get_text (wifi, PARTICIPATION_PROPOSAL_PUBLISHED), ==, "2026-09-16");
  g_assert_cmpstr (participation_proposal_get_text (wifi, PARTICIPATION_PROPOSAL_URL), ==,
                   "https://jeparticipe.valdesorne.example/processes/numerique-au-quotidien/f/12/proposals/1041");
  g_assert_cmpstr (participation_proposal_get_action (wifi), ==, "");

  /* A quoted field with line breaks, a separator and quotes. */
  saturday = g_ptr_array_index (items, 1);
  g_assert_cmpstr (participation_proposal_get_text (saturday, PARTICIPATION_PROPOSAL_BODY), ==,
                   "Beaucoup de personnes travaillent en semaine ;\nle samedi matin leur conviendrait.\n"
                   "\"Une fois par mois\" suffirait.");
  g_assert_cmpstr (participation_proposal_get_state (saturday), ==, "evaluating");

  /* An empty state: published, not answered. */
  buses = g_ptr_array_index (items, 2);
  g_assert_cmpstr (participation_proposal_get_state (buses), ==, "not_answered");
}

static void
test_results (void)
{
  g_autoptr(ParticipationDecidimImport) import = read_fixture ("decidim-results.csv");
  GPtrArray *items = participation_decidim_import_get_items (import);
  ParticipationResult *wifi, *saturday, *buses;

  g_assert_cmpint (participation_decidim_import_get_kind (import), ==, PARTICIPATION_DECIDIM_RESULTS);
  g_assert_cmpuint (items->len, ==, 3);

  wifi = g_ptr_array_index (items, 0);
  g_assert_cmpint (participation_result_get_id (wifi), ==, 311);
  g_assert_cmpstr (participation_result_get_title (wifi), ==, "Wifi public dans les médiathèques");
  g_assert_cmpstr (participation_result_get_text (wifi, PARTICIPATION_RESULT_DESCRIPTION), ==, "Six bornes.");
  g_assert_cmpstr (participation_result_get_text (wifi, PARTICIPATION_RESULT_STATUS), ==, "En cours");
  g_assert_cmpstr (participation_result_get_text (wifi, PARTICIPATION_RESULT_START), ==, "2027-01-04");
  g_assert_cmpstr (participation_result_get_text (wifi, PARTICIPATION_RESULT_END), ==, "2027-12-17");
  g_assert_cmpfloat (participation_result_get_progress (wifi), ==, 40.0);

  /* A decimal comma, as a spreadsheet writes it. */
  saturday = g_ptr_array_index (items, 1);
  g_assert_cmpfloat (participation_result_get_progress (saturday), ==, 25.5);

  /* No status name: its key; no progress: unknown. */
  buses = g_ptr_array_index (items, 2);
  g_assert_cmpstr (participation_result_get_text (buses, PARTICIPATION_RESULT_STATUS), ==, "planned");
  g_assert_cmpfloat (participation_result_get_progress (buses), ==, -1.0);
}

/* What other versions of Decidim write. */
static void
test_variants (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ParticipationDecidimImport) newer = NULL;
  g_autoptr(ParticipationDecidimImport) older = NULL;
  ParticipationProposal *proposal;

  /* 0.28: `votes`, the French title empty but machine-translated (which
   * wins over the English original), and withdrawal in a column of its
   * own. */
  newer = participation_test_read ("id;title/en;title/fr;title/machine_translations/fr;state;votes;"
                                   "comments;withdrawn;published_at\n"
                                   "1;Bike lanes;;Des pistes cyclables;accepted;30;2;false;2027-05-12T09:00:00+02:00\n"
                                   "2;Benches;Des bancs;;;4;0;true;\n"
                                   "3;Trees;Des arbres;;;;;;\n",
                                   &error);
  g_assert_no_error (error);
  g_assert_true (participation_decidim_import_check (newer, &error));
  proposal = g_ptr_array_index (participation_decidim_import_get_items (newer), 0);
  g_assert_cmpstr (participation_proposal_get_title (proposal), ==, "Des pistes cyclables");
  g_assert_cmpint (participation_proposal_get_votes (proposal), ==, 30);
  g_assert_cmpstr (participation_proposal_get_text (proposal, PARTICIPATION_PROPOSAL_PUBLISHED), ==, "2027-05-12");
  proposal = g_ptr_array_index (participation_decidim_import_get_items (newer), 1);
  g_assert_cmpstr (participation_proposal_get_title (proposal), ==, "Des bancs");
  g_assert_cmpstr (participation_proposal_get_state (proposal), ==, "withdrawn");
  proposal = g_ptr_array_index (participation_decidim_import_get_items (newer), 2);
  g_assert_cmpint (participation_proposal_get_votes (proposal), ==, 0);

  /* 0.23: the title already in the user's language, one plain column,
   * and columns in any order, of any case. */
  older = participation_test_read ("Supports;State;TITLE;Body;ID\n"
                                   "5;rejected;Une piscine;Couverte.;12\n",
                                   &error);
  g_assert_no_error (error);
  proposal = g_ptr_array_index (participation_decidim_import_get_items (older), 0);
  g_assert_cmpint (participation_proposal_get_id (proposal), ==, 12);
  g_assert_cmpstr (participation_proposal_get_title (proposal), ==, "Une piscine");
  g_assert_cmpstr (participation_proposal_get_text (proposal, PARTICIPATION_PROPOSAL_BODY), ==, "Couverte.");
  g_assert_cmpint (participation_proposal_get_votes (proposal), ==, 5);
}

static guint n_changed;

static void
changed_cb (MaillageModule *module)
{
  n_changed++;
}

static void
test_reimport (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(ParticipationModule) module = participation_test_load_module (project);
  g_autoptr(ParticipationDecidimImport) first = read_fixture ("decidim-proposals.csv");
  g_autoptr(ParticipationDecidimImport) same = read_fixture ("decidim-proposals.csv");
  g_autoptr(ParticipationDecidimImport) newer = NULL;
  g_autoptr(ParticipationDecidimImport) results = read_fixture ("decidim-results.csv");
  g_autoptr(GError) error = NULL;
  GListModel *proposals = participation_module_get_proposals (module);
  ParticipationProposal *wifi;
  guint added, updated, unchanged;

  g_signal_connect (module, "changed", G_CALLBACK (changed_cb), NULL);
  participation_module_count_changes (module, first, &added, &updated, &unchanged);
  g_assert_cmpuint (added, ==, 4);
  g_assert_true (participation_module_apply_import (module, first, &error));
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 4);

  wifi = participation_module_find_proposal (module, 1041);
  participation_module_link_proposal (module, wifi, "A-011");
  n_changed = 0;

  /* The same file again: nothing to do, no duplicate. */
  participation_module_count_changes (module, same, &added, &updated, &unchanged);
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (updated, ==, 0);
  g_assert_cmpuint (unchanged, ==, 4);
  g_assert_true (participation_module_apply_import (module, same, &error));
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 4);

  /* A newer export: 1041 answered differently, one new proposal. The
   * others of the project stay; 1041 keeps its place and its link. */
  newer = participation_test_read ("id;title/fr;state;supports;comments\n"
                                   "1090;Un nouveau banc;;1;0\n"
                                   "1041;Un wifi public dans chaque médiathèque;accepted;250;20\n",
                                   &error);
  g_assert_no_error (error);
  participation_module_count_changes (module, newer, &added, &updated, &unchanged);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (updated, ==, 1);
  g_assert_cmpint (participation_module_get_change (module, g_ptr_array_index (participation_decidim_import_get_items (newer), 1)),
                   ==, PARTICIPATION_CHANGE_UPDATED);
  g_assert_true (participation_module_apply_import (module, newer, &error));
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 5);
  {
    g_autoptr(ParticipationProposal) at_first = g_list_model_get_item (proposals, 0);
    g_autoptr(ParticipationProposal) at_last = g_list_model_get_item (proposals, 4);

    g_assert_cmpint (participation_proposal_get_id (at_first), ==, 1041);
    g_assert_cmpint (participation_proposal_get_votes (at_first), ==, 250);
    g_assert_cmpstr (participation_proposal_get_action (at_first), ==, "A-011");
    /* What the newer export does not say is not kept from the older. */
    g_assert_cmpstr (participation_proposal_get_category (at_first), ==, "");
    g_assert_cmpint (participation_proposal_get_id (at_last), ==, 1090);
  }

  /* Results go to their own list. */
  g_assert_true (participation_module_apply_import (module, results, &error));
  g_assert_cmpuint (g_list_model_get_n_items (participation_module_get_results (module)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 5);
}

/* A file refused as a whole: the message, and nothing to import. */
static void
assert_refused (const char *text,
                gsize       length,
                const char *fragment)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParticipationDecidimImport) import = NULL;

  import = participation_decidim_import_new_from_bytes (bytes, &error);
  g_assert_null (import);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  assert_contains (error->message, fragment);
}

/* A file whose rows break rules: each problem named, nothing imported. */
static ParticipationDecidimImport *
assert_invalid (const char *text,
                guint       n_issues,
                const char *first)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(ParticipationModule) module = participation_test_load_module (project);
  ParticipationDecidimImport *import = participation_test_read (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  g_assert_cmpuint (participation_decidim_import_get_n_issues (import), ==, n_issues);
  g_assert_false (participation_decidim_import_check (import, &error));
  g_test_message ("%s", error->message);
  assert_contains (error->message, first);
  assert_contains (error->message, "Nothing was imported");
  g_clear_error (&error);

  g_assert_false (participation_module_apply_import (module, import, &error));
  g_assert_error (error, PARTICIPATION_DECIDIM_ERROR, PARTICIPATION_DECIDIM_ERROR_INVALID_ROWS);
  g_assert_cmpuint (g_list_model_get_n_items (participation_module_get_proposals (module)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (participation_module_get_results (module)), ==, 0);
  g_assert_false (maillage_project_get_dirty (project));

  return import;
}

static void
test_wrong_separator (void)
{
  /* A spreadsheet saved it with another separator: one single column. */
  static const char text[] = "id|title/fr|state|supports\n1|Un banc|accepted|3\n";

  assert_refused (text, strlen (text), "Line 1: the header line was read as one single column");
  assert_refused (text, strlen (text), "“;”");
}

static void
test_windows_1252 (void)
{
  /* “Médiathèque ; été” in Windows-1252, as an older spreadsheet saves it. */
  static const char text[] = "id;title/fr;state;supports\r\n7;M\xe9" "diath\xe8" "que \x96 \xe9t\xe9;accepted;3\r\n";
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(ParticipationDecidimImport) import = NULL;
  ParticipationProposal *proposal;

  import = participation_decidim_import_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpint (participation_decidim_import_get_encoding (import), ==, MAILLAGE_CSV_ENCODING_WINDOWS_1252);
  proposal = g_ptr_array_index (participation_decidim_import_get_items (import), 0);
  g_assert_cmpstr (participation_proposal_get_title (proposal), ==, "Médiathèque – été");
}

static void
test_missing_columns (void)
{
  static const char no_id[] = "title/fr;state;supports\nUn banc;accepted;3\n";
  static const char no_title[] = "id;body/fr;state\n1;Un banc;accepted\n";
  static const char not_decidim[] = "code_insee;nom;population\n39801;Sorneval;12000\n";
  static const char no_row[] = "id;title/fr;state\n";
  static const char empty[] = "";
  static const char binary[] = "id;title\0;state\n";

  assert_refused (no_id, strlen (no_id), "Line 1: the column “id” is missing. The columns of the file are: "
                                         "“title/fr”, “state”, “supports”.");
  assert_refused (no_title, strlen (no_title), "the column “title/fr” is missing");
  assert_refused (not_decidim, strlen (not_decidim), "not an export of Decidim proposals or results");
  assert_refused (no_row, strlen (no_row), "no row");
  assert_refused (empty, 0, "empty");
  assert_refused (binary, sizeof binary - 1, "NUL");
}

static void
test_quoted_line_breaks (void)
{
  /* Line numbers count the lines of the file: the row after a body of
   * three lines starts on line 5. */
  g_autoptr(ParticipationDecidimImport) import = NULL;
  static const char unterminated[] = "id;title/fr;body/fr;state\n1;Un banc;\"Ouvert\n";

  import = assert_invalid ("id;title/fr;body/fr;state;supports\n"
                           "1;Un banc;\"Trois\nlignes ; et \"\"un\"\" guillemet\n.\";accepted;2\n"
                           "2;Des arbres;\"Une\";accepted;douze\n",
                           1, "Line 5, column “supports”: “douze” is not a whole number");
  assert_refused (unterminated, strlen (unterminated), "Line 2");
}

static void
test_invalid_values (void)
{
  g_autoptr(ParticipationDecidimImport) import = NULL;
  g_autoptr(ParticipationIssue) issue = NULL;
  GListModel *issues;

  import = assert_invalid ("id;title/fr;state;supports;comments;published_at;url\n"
                           "1;Un banc;accepted;3;0;2027-05-12 10:00:00 UTC;https://jeparticipe.example/p/1\n"
                           "x;Des arbres;accepted;3;0;;\n"
                           "3;;accepted;3;0;;\n"
                           "4;Un lac;Acceptée !;-3;0;31/02/2027;ftp://jeparticipe.example/p/4\n"
                           "1;Le même;;;;;\n",
                           7, "Line 3, column “id”: “x” is not a Decidim id");
  issues = participation_decidim_import_get_issues (import);
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 7);

  issue = g_list_model_get_item (issues, 1);
  g_assert_cmpuint (participation_issue_get_line (issue), ==, 4);
  g_assert_cmpstr (participation_issue_get_column (issue), ==, "title/fr");
  g_clear_object (&issue);

  /* Line 5 breaks four rules: each is listed. */
  for (guint i = 2; i < 6; i++)
    {
      g_autoptr(ParticipationIssue) line5 = g_list_model_get_item (issues, i);

      g_assert_cmpuint (participation_issue_get_line (line5), ==, 5);
    }
  issue = g_list_model_get_item (issues, 2);
  g_assert_cmpstr (participation_issue_get_column (issue), ==, "state");
  g_clear_object (&issue);
  issue = g_list_model_get_item (issues, 5);
  g_assert_cmpstr (participation_issue_get_column (issue), ==, "url");
  g_clear_object (&issue);

  issue = g_list_model_get_item (issues, 6);
  assert_contains (participation_issue_get_message (issue), "given twice (first on line 2)");
  g_clear_object (&issue);

  g_clear_object (&import);
  import = assert_invalid ("id;title/fr;start_date;end_date;progress;status/name/fr\n"
                           "1;Un banc;2027-05-01;2027-04-01;40;En cours\n"
                           "2;Des arbres;;;140;\n",
                           2, "Line 2, column “end_date”: the result ends (2027-04-01) before it starts");
}

static GString *
generate (guint n_rows)
{
  static const char * const states[] = { "accepted", "rejected", "evaluating", "", "withdrawn" };
  GString *text = g_string_sized_new (n_rows * 160);

  g_string_append (text, "id;title/fr;body/fr;state;votes;comments;published_at;url\n");
  for (guint i = 1; i <= n_rows; i++)
    g_string_append_printf (text, "%u;Proposition n° %u;\"Premier paragraphe ;\nsecond.\";%s;%u;%u;"
                            "2027-%02u-%02u 10:00:00 UTC;https://jeparticipe.example/proposals/%u\n",
                            i, i, states[i % G_N_ELEMENTS (states)], i % 300, i % 17,
                            1 + i % 12, 1 + i % 28, i);
  return text;
}

/* 100,000 proposals: all read, but too many to keep in a project file;
 * the same with one bad row at the end: refused for that row. Either
 * way, nothing is imported. */
static void
test_large (void)
{
  g_autoptr(GString) text = generate (100000);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ParticipationDecidimImport) import = NULL;
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(ParticipationModule) module = participation_test_load_module (project);

  bytes = g_bytes_new (text->str, text->len);
  import = participation_decidim_import_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (participation_decidim_import_get_n_rows (import), ==, 100000);
  g_assert_cmpuint (participation_decidim_import_get_items (import)->len, ==, 100000);
  g_assert_true (participation_decidim_import_check (import, NULL));
  g_assert_false (participation_module_apply_import (module, import, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  assert_contains (error->message, "too large to be saved");
  assert_contains (error->message, "Nothing was imported");
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (participation_module_get_proposals (module)), ==, 0);
  g_assert_false (maillage_project_get_dirty (project));
  g_clear_object (&import);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* One more row, broken; every row counts two lines. */
  g_string_append (text, "100001;Une de plus;;accepted;trois;0;;\n");
  bytes = g_bytes_new (text->str, text->len);
  import = participation_decidim_import_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_false (participation_module_apply_import (module, import, &error));
  assert_contains (error->message, "Line 200002, column “votes”: “trois” is not a whole number");
  g_assert_cmpuint (g_list_model_get_n_items (participation_module_get_proposals (module)), ==, 0);
  g_assert_false (maillage_project_get_dirty (project));
}

/* 30,000 proposals, as a large platform has: taken, and the project can
 * still be written. */
static void
test_many (void)
{
  g_autoptr(GString) text = generate (30000);
  g_autoptr(GBytes) bytes = g_bytes_new (text->str, text->len);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParticipationDecidimImport) import = NULL;
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(ParticipationModule) module = participation_test_load_module (project);
  g_autofree char *data = NULL;
  gsize length;

  import = participation_decidim_import_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_true (participation_module_apply_import (module, import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (participation_module_get_proposals (module)), ==, 30000);
  data = maillage_project_to_data (project, &length);
  g_assert_cmpuint (length, <, MAILLAGE_PROJECT_MAX_SIZE);
  g_assert_nonnull (strstr (data, "\"title\": \"Proposition n° 29999\""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  participation_test_register_types ();

  g_test_add_func ("/participation/decidim/proposals", test_proposals);
  g_test_add_func ("/participation/decidim/results", test_results);
  g_test_add_func ("/participation/decidim/variants", test_variants);
  g_test_add_func ("/participation/decidim/reimport", test_reimport);
  g_test_add_func ("/participation/decidim/wrong-separator", test_wrong_separator);
  g_test_add_func ("/participation/decidim/windows-1252", test_windows_1252);
  g_test_add_func ("/participation/decidim/missing-columns", test_missing_columns);
  g_test_add_func ("/participation/decidim/quoted-line-breaks", test_quoted_line_breaks);
  g_test_add_func ("/participation/decidim/invalid-values", test_invalid_values);
  g_test_add_func ("/participation/decidim/large", test_large);
  g_test_add_func ("/participation/decidim/many", test_many);

  return g_test_run ();
}
