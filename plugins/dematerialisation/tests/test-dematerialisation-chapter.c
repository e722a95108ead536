/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-dematerialisation-chapter.c: the Dématérialisation chapter of the
 * demo, block by block: the summary with its counts, the chart as a
 * figure with the same counts, a table per priority (most urgent first,
 * then by date), French months and numbers, numbers aligned at the end,
 * and the accessibility section; and the chapter of an empty module.
 * Words of the document come from F_(), so they are compared with F_().
 * And the module's key points, as the module writes them (libmaillage
 * sets them in French typography).
 */
#define G_LOG_DOMAIN "test-dematerialisation-chapter"

#include "config.h"

#include <string.h>

#include "dematerialisation-module-private.h"
#include "dematerialisation-test-utils.h"

/* The document as lines, one a block ("H2 …", "P …", "T caption
 * [header] (n rows)", "R cell | cell", "F caption"), easy to search. */
static char *
dump (MaillageDocument *document)
{
  GString *out = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (document));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageBlock) block = g_list_model_get_item (G_LIST_MODEL (document), i);
      g_autofree char *joined = NULL;

      switch (maillage_block_get_kind (block))
        {
        case MAILLAGE_BLOCK_HEADING:
          g_string_append_printf (out, "H%u %s\n", maillage_block_get_level (block),
                                  maillage_block_get_text (block));
          break;
        case MAILLAGE_BLOCK_PARAGRAPH:
          g_string_append_printf (out, "P %s\n", maillage_block_get_text (block));
          break;
        case MAILLAGE_BLOCK_TABLE:
          joined = g_strjoinv (" | ", (char **) maillage_block_get_header (block));
          g_string_append_printf (out, "T %s [%s] (%u rows)\n", maillage_block_get_text (block), joined,
                                  maillage_block_get_n_rows (block));
          for (guint r = 0; r < maillage_block_get_n_rows (block); r++)
            {
              g_autofree char *row = g_strjoinv (" | ", (char **) maillage_block_get_row (block, r));

              g_string_append_printf (out, "R %s\n", row);
            }
          break;
        case MAILLAGE_BLOCK_FIGURE:
          g_string_append_printf (out, "F %s\n", maillage_block_get_text (block));
          break;
        default:
          g_string_append_printf (out, "? %d\n", maillage_block_get_kind (block));
          break;
        }
    }

  return g_string_free (out, FALSE);
}

static MaillageBlock *
find_block (MaillageDocument  *document,
            MaillageBlockKind  kind,
            const char        *text)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (document));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageBlock) block = g_list_model_get_item (G_LIST_MODEL (document), i);

      if (maillage_block_get_kind (block) == kind &&
          (text == NULL || g_strcmp0 (maillage_block_get_text (block), text) == 0))
        return block;  /* the document keeps it */
    }

  return NULL;
}

/* Text as the document stores it: with French typography. */
static char *
typeset (const char *text)
{
  g_autoptr(MaillageDocument) document = maillage_document_new ("");
  MaillageBlock *block = maillage_document_add_paragraph (document, text);

  return g_strdup (maillage_block_get_text (block));
}

static void
test_demo_chapter (void)
{
  g_autoptr(MaillageProject) project = dematerialisation_test_demo_project ();
  DematerialisationModule *module = dematerialisation_test_load_module (project);
  g_autoptr(MaillageDocument) document = maillage_document_new ("Stratégie");
  g_autofree char *text = NULL;
  g_autofree char *title = typeset (F_("Taking Procedures Online"));
  g_autofree char *high = typeset (F_("High-priority procedures"));
  g_autofree char *accessibility = typeset (F_("Accessibility of the procedures online today"));
  g_autofree char *september = maillage_format_month (2027, 9);
  g_autofree char *volume = maillage_format_integer (21500);
  g_autofree char *paper = typeset (dematerialisation_list_french (DEMATERIALISATION_LIST_STATE,
                                                                   DEMATERIALISATION_STATE_PAPER));
  MaillageBlock *block;
  MaillageBlock *first;
  MaillageChart *chart;

  maillage_module_build_chapter (MAILLAGE_MODULE (module), document);
  text = dump (document);
  g_test_message ("%s", text);

  /* A level-1 heading first, the module's title. */
  first = g_list_model_get_item (G_LIST_MODEL (document), 0);
  g_assert_cmpint (maillage_block_get_kind (first), ==, MAILLAGE_BLOCK_HEADING);
  g_assert_cmpuint (maillage_block_get_level (first), ==, 1);
  g_assert_cmpstr (maillage_block_get_text (first), ==, title);
  g_object_unref (first);

  /* The summary counts: 15 procedures, 3 fully online today, 5 partly,
   * 12 at the target, 6 of high priority. */
  block = g_list_model_get_item (G_LIST_MODEL (document), 1);
  g_assert_cmpint (maillage_block_get_kind (block), ==, MAILLAGE_BLOCK_PARAGRAPH);
  g_assert_nonnull (strstr (maillage_block_get_text (block), "15"));
  g_assert_nonnull (strstr (maillage_block_get_text (block), "12"));
  g_assert_nonnull (strstr (maillage_block_get_text (block), " 6 "));
  g_object_unref (block);

  /* The chart as a figure: a bar a state, today and at the target, with
   * the counts the summary gives. */
  block = find_block (document, MAILLAGE_BLOCK_FIGURE, NULL);
  g_assert_nonnull (block);
  chart = maillage_block_get_chart (block);
  g_assert_cmpint (maillage_chart_get_kind (chart), ==, MAILLAGE_CHART_KIND_BAR);
  g_assert_cmpuint (maillage_chart_get_n_categories (chart), ==, DEMATERIALISATION_N_STATES);
  g_assert_cmpuint (maillage_chart_get_n_series (chart), ==, 2);
  g_assert_cmpfloat (maillage_chart_get_value (chart, 0, DEMATERIALISATION_STATE_ONLINE), ==, 3);
  g_assert_cmpfloat (maillage_chart_get_value (chart, 1, DEMATERIALISATION_STATE_ONLINE), ==, 12);
  g_assert_cmpfloat (maillage_chart_get_value (chart, 0, DEMATERIALISATION_STATE_PARTIAL), ==, 5);
  g_assert_cmpstr (maillage_block_get_alt_text (block), !=, "");

  /* A table per priority, 8 columns, the yearly volume aligned at the
   * end; the high priorities by date, undated last. */
  block = find_block (document, MAILLAGE_BLOCK_TABLE, high);
  g_assert_nonnull (block);
  g_assert_cmpuint (maillage_block_get_n_columns (block), ==, 8);
  g_assert_cmpint (maillage_block_get_alignment (block, 6), ==, MAILLAGE_ALIGNMENT_END);
  g_assert_cmpint (maillage_block_get_alignment (block, 0), ==, MAILLAGE_ALIGNMENT_START);
  g_assert_cmpuint (maillage_block_get_n_rows (block), ==, 6);
  g_assert_true (g_str_has_prefix (maillage_block_get_row (block, 0)[0], "Ouverture et fermeture"));
  g_assert_true (g_str_has_prefix (maillage_block_get_row (block, 1)[0], "Convocations"));
  g_assert_true (g_str_has_prefix (maillage_block_get_row (block, 5)[0], "Dépôt des demandes"));
  g_assert_nonnull (strstr (text, september));
  g_assert_nonnull (strstr (text, volume));
  g_assert_nonnull (find_block (document, MAILLAGE_BLOCK_TABLE, NULL));

  /* Every priority has its heading. */
  for (guint p = 0; p < DEMATERIALISATION_N_PRIORITIES; p++)
    {
      static const char * const headings[] = { "High Priority", "Medium Priority", "Low Priority" };
      g_autofree char *heading = typeset (F_(headings[p]));
      MaillageBlock *found = find_block (document, MAILLAGE_BLOCK_HEADING, heading);

      g_assert_nonnull (found);
      g_assert_cmpuint (maillage_block_get_level (found), ==, 3);
    }

  /* The state of the archives, in French, is in the low priorities. */
  g_assert_nonnull (strstr (text, paper));

  /* Accessibility: the 8 procedures online today, their level and rate;
   * the 2 never assessed counted. */
  block = find_block (document, MAILLAGE_BLOCK_TABLE, accessibility);
  g_assert_nonnull (block);
  g_assert_cmpuint (maillage_block_get_n_rows (block), ==, 8);
  g_assert_cmpint (maillage_block_get_alignment (block, 3), ==, MAILLAGE_ALIGNMENT_END);
  g_assert_nonnull (strstr (text, "RGAA"));

  dematerialisation_test_unload (module);
}

static void
test_empty_chapter (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  DematerialisationModule *module = dematerialisation_test_load_module (project);
  g_autoptr(MaillageDocument) document = maillage_document_new ("Stratégie");
  g_autofree char *text = NULL;

  maillage_module_build_chapter (MAILLAGE_MODULE (module), document);
  text = dump (document);
  g_test_message ("%s", text);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (document)), ==, 2);
  g_assert_true (g_str_has_prefix (text, "H1 "));
  g_assert_null (find_block (document, MAILLAGE_BLOCK_FIGURE, NULL));

  dematerialisation_test_unload (module);
}

/* The user's text goes in as typed, fixed words in French. */
static void
test_user_text (void)
{
  DematerialisationModule *module =
    dematerialisation_test_module_from ("{\"version\": 1, \"procedures\": [{\"name\": \"Démarche « test »\","
                                        " \"service\": \"Service A\", \"state\": \"fully-online\","
                                        " \"target_state\": \"fully-online\", \"priority\": \"low\","
                                        " \"accessibility\": \"non-compliant\", \"compliance_rate\": 12,"
                                        " \"platform\": \"GRU\"}]}");
  g_autoptr(MaillageDocument) document = maillage_document_new ("Stratégie");
  g_autofree char *text = NULL;
  g_autofree char *rate = maillage_format_percent (12, 0);
  g_autofree char *rate_typeset = typeset (rate);
  g_autofree char *name = typeset ("Démarche « test »");

  maillage_module_build_chapter (MAILLAGE_MODULE (module), document);
  text = dump (document);
  g_test_message ("%s", text);

  g_assert_nonnull (strstr (text, name));
  g_assert_nonnull (strstr (text, "Service A"));
  g_assert_nonnull (strstr (text, "GRU"));
  g_assert_nonnull (strstr (text, rate_typeset));
  /* Nothing to do, nothing planned: no date, no volume. */
  g_assert_nonnull (strstr (text, "| — |"));

  dematerialisation_test_unload (module);
}

/* The demo: 15 procedures, 12 fully online at the end against 3 today,
 * 6 of high priority (too many to name), 2 online and never assessed. */
static void
test_key_points_demo (void)
{
  g_autoptr(MaillageProject) project = dematerialisation_test_demo_project ();
  DematerialisationModule *module = dematerialisation_test_load_module (project);
  g_auto(GStrv) points = _dematerialisation_module_list_key_points (MAILLAGE_MODULE (module));
  g_autofree char *count = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *priority = NULL;
  g_autofree char *accessibility = NULL;

  count = g_strdup_printf (FN_ ("The strategy lists %u service or procedure to take online.",
                                "The strategy lists %u services and procedures to take online.", 15), 15);
  progress = g_strdup_printf (FN_ ("Once the strategy is carried out, %u procedure will be fully online, "
                                   "against %u today.",
                                   "Once the strategy is carried out, %u procedures will be fully online, "
                                   "against %u today.", 12), 12, 3);
  priority = g_strdup_printf (FN_ ("%u procedure has a high priority.", "%u procedures have a high priority.", 6),
                              6);
  accessibility = g_strdup_printf (FN_ ("%u procedure online today has not had its accessibility (RGAA) "
                                        "assessed yet.",
                                        "%u procedures online today have not had their accessibility (RGAA) "
                                        "assessed yet.", 2), 2);

  for (guint i = 0; points[i] != NULL; i++)
    g_test_message ("%s", points[i]);
  g_assert_cmpuint (g_strv_length (points), ==, 4);
  g_assert_cmpstr (points[0], ==, count);
  g_assert_cmpstr (points[1], ==, progress);
  g_assert_cmpstr (points[2], ==, priority);
  g_assert_cmpstr (points[3], ==, accessibility);

  dematerialisation_test_unload (module);
}

/* A few procedures of high priority are named, most urgent first; all
 * assessed, nothing said of accessibility; nothing for an empty module. */
static void
test_key_points_named (void)
{
  DematerialisationModule *module =
    dematerialisation_test_module_from ("{\"version\": 1, \"procedures\": ["
                                        "{\"name\": \"Inscriptions\", \"state\": \"paper\","
                                        " \"target_state\": \"fully-online\", \"priority\": \"high\","
                                        " \"target_date\": \"2028-01\"},"
                                        "{\"name\": \"Cantine\", \"state\": \"fully-online\","
                                        " \"target_state\": \"fully-online\", \"priority\": \"high\","
                                        " \"accessibility\": \"fully-compliant\", \"target_date\": \"2027-06\"},"
                                        "{\"name\": \"Archives\", \"state\": \"paper\","
                                        " \"target_state\": \"paper\", \"priority\": \"low\"}]}");
  g_autoptr(MaillageProject) project = maillage_project_new ();
  DematerialisationModule *empty = dematerialisation_test_load_module (project);
  g_auto(GStrv) points = _dematerialisation_module_list_key_points (MAILLAGE_MODULE (module));
  g_auto(GStrv) none = maillage_module_list_key_points (MAILLAGE_MODULE (empty));
  const char *high[] = { "Cantine", "Inscriptions", NULL };
  g_autofree char *names = maillage_format_enumeration (high);
  g_autofree char *progress = NULL;
  g_autofree char *priority = NULL;

  progress = g_strdup_printf (FN_ ("Once the strategy is carried out, %u procedure will be fully online, "
                                   "against %u today.",
                                   "Once the strategy is carried out, %u procedures will be fully online, "
                                   "against %u today.", 2), 2, 1);
  priority = g_strdup_printf (FN_ ("%u procedure has a high priority: %s.",
                                   "%u procedures have a high priority: %s.", 2), 2, names);

  g_assert_cmpuint (g_strv_length (points), ==, 3);
  g_assert_cmpstr (points[1], ==, progress);
  g_assert_cmpstr (points[2], ==, priority);
  g_assert_null (none[0]);

  dematerialisation_test_unload (module);
  dematerialisation_test_unload (empty);
}

int
main (int   argc,
      char *argv[])
{
  dematerialisation_test_init (&argc, &argv);

  g_test_add_func ("/dematerialisation/chapter/demo", test_demo_chapter);
  g_test_add_func ("/dematerialisation/chapter/empty", test_empty_chapter);
  g_test_add_func ("/dematerialisation/chapter/user-text", test_user_text);
  g_test_add_func ("/dematerialisation/chapter/key-points-demo", test_key_points_demo);
  g_test_add_func ("/dematerialisation/chapter/key-points-named", test_key_points_named);

  return g_test_run ();
}
