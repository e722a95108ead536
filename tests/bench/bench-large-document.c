/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-large-document.c: the document of the large project
 * (gen-large-project.py: 300 communes, 1,000 actions), for the exporters'
 * benchmarks. The modules' chapters live in plugins, which a benchmark
 * does not load; this builds an equivalent document from the project
 * itself, as heavy as the real one or heavier:
 *
 * - a délibération (articles) and a note (contents, headings, a budget
 *   table and a chart);
 * - the annex: contents, the territory (a table of the 300 communes and
 *   their choropleth, 300 outlines), then for each module the table of its
 *   actions and one action sheet per action (heading, paragraph with
 *   emphasis and a link, budget table, list of indicators): 1,000 sheets,
 *   about 6,000 blocks in all.
 *
 * Used by bench-html-export and bench-markdown-export (and whichever
 * exporter wants the same document).
 */
#define G_LOG_DOMAIN "maillage-bench"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "bench-large-document.h"
#include "maillage-test-communes.h"

static const char * const modules[] = {
  "diagnostic", "mediation", "gouvernance", "mutualisation", "dematerialisation", "participation", NULL
};

/**
 * bench_large_project_load:
 * @path: (nullable): a project file; %NULL to generate the large project
 *   with gen-large-project.py in a temporary folder
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the project, or %NULL
 */
MaillageProject *
bench_large_project_load (const char  *path,
                          GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *generated = NULL;
  g_autoptr(GFile) file = NULL;
  MaillageProject *project;
  int status;

  if (path == NULL)
    {
      const char *argv[] = { "/usr/bin/python3", SOURCE_ROOT "/tests/bench/gen-large-project.py", NULL, NULL };

      folder = g_dir_make_tmp ("bench-export-XXXXXX", error);
      if (folder == NULL)
        return NULL;
      path = generated = g_build_filename (folder, "large.maillage", NULL);
      argv[2] = generated;
      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, error) ||
          !g_spawn_check_wait_status (status, error))
        return NULL;
    }

  file = g_file_new_for_path (path);
  project = maillage_project_new_from_file (file, NULL, error);

  if (generated != NULL)
    {
      g_unlink (generated);
      g_rmdir (folder);
    }

  return project;
}

static void
add_budget_table (MaillageDocument *document,
                  const char       *caption,
                  GListModel       *budget)
{
  static const char * const header[] = { "Année", "Investissement", "Fonctionnement", NULL };
  MaillageBlock *table = maillage_document_add_table (document, caption, header);

  maillage_block_set_alignment (table, 1, MAILLAGE_ALIGNMENT_END);
  maillage_block_set_alignment (table, 2, MAILLAGE_ALIGNMENT_END);
  for (guint i = 0; i < g_list_model_get_n_items (budget); i++)
    {
      g_autoptr(MaillageBudgetLine) line = g_list_model_get_item (budget, i);
      g_autofree char *year = g_strdup_printf ("%u", maillage_budget_line_get_year (line));
      g_autofree char *investment = maillage_format_money (maillage_budget_line_get_investment (line));
      g_autofree char *operating = maillage_format_money (maillage_budget_line_get_operating (line));
      const char *row[] = { year, investment, operating, NULL };

      maillage_block_append_row (table, row);
    }
}

static void
add_action_sheet (MaillageDocument *document,
                  MaillageAction   *action)
{
  GListModel *indicators = maillage_action_get_indicators (action);
  g_autofree char *heading = g_strdup_printf ("%s %s", maillage_action_get_id (action),
                                              maillage_action_get_title (action));
  g_autofree char *caption = g_strdup_printf ("Budget de l’action %s", maillage_action_get_id (action));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  MaillageBlock *paragraph;

  maillage_document_add_heading (document, 3, heading);
  paragraph = maillage_document_add_rich_paragraph (document);
  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_NONE, "Pilote : ");
  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_BOLD, maillage_action_get_pilot (action));
  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_NONE, ", axe ");
  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_ITALIC, maillage_action_get_axis (action));
  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_NONE, ", du ");
  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_NONE, maillage_action_get_start (action));
  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_NONE, " au ");
  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_NONE, maillage_action_get_end (action));
  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_NONE, ". Voir ");
  maillage_block_append_link (paragraph, "la fiche en ligne", "https://example.org/plan/actions");
  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_NONE, ".");

  add_budget_table (document, caption, maillage_action_get_budget (action));

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(MaillageActionIndicator) indicator = g_list_model_get_item (indicators, i);

      g_ptr_array_add (items, g_strdup_printf ("%s : de %s à %s",
                                               maillage_action_indicator_get_name (indicator),
                                               maillage_action_indicator_get_baseline (indicator),
                                               maillage_action_indicator_get_target (indicator)));
    }
  g_ptr_array_add (items, NULL);
  if (items->len > 1)
    maillage_document_add_list (document, FALSE, (const char * const *) items->pdata);
}

static void
add_module (MaillageDocument *document,
            GListModel       *actions,
            const char       *module)
{
  static const char * const header[] = { "Action", "Intitulé", "Pilote", "Début", "Fin",
                                         "Investissement", "Fonctionnement", NULL };
  g_autofree char *title = g_strdup_printf ("Module %s", module);
  MaillageBlock *table;

  maillage_document_add_heading (document, 1, title);
  maillage_document_add_paragraph (document, "Les actions du module, leur pilote, leurs dates "
                                             "et leur budget sur la durée de la stratégie.");
  maillage_document_add_heading (document, 2, "Actions");
  table = maillage_document_add_table (document, "Actions du module", header);
  maillage_block_set_alignment (table, 5, MAILLAGE_ALIGNMENT_END);
  maillage_block_set_alignment (table, 6, MAILLAGE_ALIGNMENT_END);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (actions, i);
      g_autofree char *investment = NULL;
      g_autofree char *operating = NULL;
      const char *row[8];

      if (g_strcmp0 (maillage_action_get_module (action), module) != 0)
        continue;
      investment = maillage_format_money (maillage_action_get_total_investment (action));
      operating = maillage_format_money (maillage_action_get_total_operating (action));
      row[0] = maillage_action_get_id (action);
      row[1] = maillage_action_get_title (action);
      row[2] = maillage_action_get_pilot (action);
      row[3] = maillage_action_get_start (action);
      row[4] = maillage_action_get_end (action);
      row[5] = investment;
      row[6] = operating;
      row[7] = NULL;
      maillage_block_append_row (table, row);
    }

  maillage_document_add_heading (document, 2, "Fiches actions");
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (actions, i);

      if (g_strcmp0 (maillage_action_get_module (action), module) == 0)
        add_action_sheet (document, action);
    }
}

static void
add_territory (MaillageDocument  *document,
               MaillageTerritory *territory)
{
  static const char * const header[] = { "Code Insee", "Commune", "Population", NULL };
  GListModel *communes = maillage_territory_get_communes (territory);
  g_autoptr(MaillageOutlines) outlines = maillage_test_communes_new (20, 15, 3);
  g_autoptr(MaillageChart) map = maillage_chart_new_map ("Population par commune", "habitants", outlines);
  MaillageBlock *table;

  maillage_document_add_heading (document, 1, "Le territoire");
  table = maillage_document_add_table (document, "Les communes", header);
  maillage_block_set_alignment (table, 2, MAILLAGE_ALIGNMENT_END);
  for (guint i = 0; i < g_list_model_get_n_items (communes); i++)
    {
      g_autoptr(MaillageCommune) commune = g_list_model_get_item (communes, i);
      g_autofree char *insee = maillage_test_communes_insee (i);
      g_autofree char *population = maillage_format_integer (maillage_commune_get_population (commune));
      const char *row[] = { maillage_commune_get_insee (commune), maillage_commune_get_name (commune),
                            population, NULL };

      maillage_block_append_row (table, row);
      maillage_chart_set_area_value (map, insee, maillage_commune_get_population (commune));
      maillage_chart_set_area_name (map, insee, maillage_commune_get_name (commune));
    }
  for (guint i = 0; i < 10; i++)
    maillage_chart_add_point (map, 5.25 + i * 0.07, 46.35 + i * 0.05, "Lieu");
  maillage_document_add_figure (document, map, "Population des communes");
}

/**
 * bench_large_document_new:
 * @project: the large project
 *
 * Returns: (transfer full): its document (see the top of this file)
 */
MaillageDocument *
bench_large_document_new (MaillageProject *project)
{
  GListModel *actions = maillage_project_get_actions (project);
  MaillageDocument *document = maillage_document_new (maillage_project_get_title (project));
  g_autoptr(MaillageChart) chart = maillage_chart_new_bar ("Budget par année", "€");
  g_autoptr(GListStore) years = g_list_store_new (MAILLAGE_TYPE_BUDGET_LINE);
  guint series_investment = maillage_chart_add_series (chart, "Investissement");
  guint series_operating = maillage_chart_add_series (chart, "Fonctionnement");

  maillage_document_set_author (document, maillage_territory_get_name (maillage_project_get_territory (project)));
  maillage_document_set_subject (document, "Stratégie numérique territoriale");

  maillage_document_add_part (document, MAILLAGE_PART_DELIBERATION, "Projet de délibération");
  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *article = g_strdup_printf ("Article %u", i);

      maillage_document_add_heading (document, 1, article);
      maillage_document_add_paragraph (document, "Le conseil communautaire, après en avoir délibéré, "
                                                 "adopte la stratégie numérique annexée et autorise "
                                                 "le président à solliciter les cofinancements.");
    }

  maillage_document_add_part (document, MAILLAGE_PART_NOTE, "Note explicative de synthèse");
  maillage_document_add_contents (document, "Sommaire");
  maillage_document_add_heading (document, 1, "Le budget");
  for (guint year = 2027; year <= 2032; year++)
    {
      gint64 investment = 0, operating = 0;
      g_autofree char *label = g_strdup_printf ("%u", year);
      g_autoptr(MaillageBudgetLine) line = NULL;
      guint category;

      for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
        {
          g_autoptr(MaillageAction) action = g_list_model_get_item (actions, i);
          GListModel *budget = maillage_action_get_budget (action);

          for (guint j = 0; j < g_list_model_get_n_items (budget); j++)
            {
              g_autoptr(MaillageBudgetLine) item = g_list_model_get_item (budget, j);

              if (maillage_budget_line_get_year (item) != year)
                continue;
              investment += maillage_budget_line_get_investment (item);
              operating += maillage_budget_line_get_operating (item);
            }
        }
      line = maillage_budget_line_new (year, investment, operating);
      g_list_store_append (years, line);
      category = maillage_chart_add_category (chart, label);
      maillage_chart_set_value (chart, series_investment, category, investment / 100.0);
      maillage_chart_set_value (chart, series_operating, category, operating / 100.0);
    }
  add_budget_table (document, "Budget de la stratégie par année", G_LIST_MODEL (years));
  maillage_document_add_figure (document, chart, NULL);
  maillage_document_add_page_break (document);

  maillage_document_add_part (document, MAILLAGE_PART_ANNEX, "Stratégie numérique");
  maillage_document_add_contents (document, "Sommaire");
  add_territory (document, maillage_project_get_territory (project));
  for (guint i = 0; modules[i] != NULL; i++)
    add_module (document, actions, modules[i]);

  return document;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/**
 * bench_median_ms:
 * @times: durations in milliseconds (sorted in place)
 *
 * Returns: their median
 */
double
bench_median_ms (GArray *times)
{
  g_array_sort (times, compare_doubles);
  if (times->len == 0)
    return 0;
  if (times->len % 2 == 1)
    return g_array_index (times, double, times->len / 2);

  return (g_array_index (times, double, times->len / 2 - 1) +
          g_array_index (times, double, times->len / 2)) / 2;
}

/* The whole of a text exporter's benchmark (bench-html-export,
 * bench-markdown-export):
 *
 *   bench-FORMAT-export [PROJECT] [--runs N] [--output FILE]
 *
 * builds the large project's document, writes it N times in memory with
 * @write (the first run, which loads the fonts, is not counted), prints the
 * median, and with --output also writes the result to FILE. Fails only if a
 * step does. */
int
bench_text_export_main (int             argc,
                        char           *argv[],
                        const char     *format,
                        BenchWriteFunc  write)
{
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(MaillageDocument) document = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;
  const char *project_path = NULL;
  const char *output = NULL;
  guint runs = 10;
  double median;
  gint64 start;

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--runs") == 0 && i + 1 < argc)
        {
          runs = MAX (1, atoi (argv[i + 1]));
          i++;
        }
      else if (strcmp (argv[i], "--output") == 0 && i + 1 < argc)
        output = argv[++i];
      else
        project_path = argv[i];
    }

  project = bench_large_project_load (project_path, &error);
  if (project == NULL)
    {
      g_printerr ("bench-%s-export: %s\n", format, error->message);
      return EXIT_FAILURE;
    }

  start = g_get_monotonic_time ();
  document = bench_large_document_new (project);
  g_print ("document: %u blocks, built in %.1f ms\n",
           g_list_model_get_n_items (G_LIST_MODEL (document)),
           (g_get_monotonic_time () - start) / 1000.0);

  for (guint i = 0; i <= runs; i++)
    {
      double ms;

      g_clear_pointer (&written, g_bytes_unref);
      start = g_get_monotonic_time ();
      written = write (document, NULL, &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (written == NULL)
        {
          g_printerr ("bench-%s-export: %s\n", format, error->message);
          return EXIT_FAILURE;
        }
      if (i > 0)
        g_array_append_val (times, ms);
      else
        g_print ("first run (fonts loaded then): %.1f ms\n", ms);
    }
  median = bench_median_ms (times);
  g_print ("%s: median %.1f ms, min %.1f ms, max %.1f ms, %zu bytes\n",
           format, median, g_array_index (times, double, 0),
           g_array_index (times, double, times->len - 1), g_bytes_get_size (written));

  if (output != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      start = g_get_monotonic_time ();
      if (!g_file_replace_contents (file, g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                                    NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error))
        {
          g_printerr ("bench-%s-export: %s\n", format, error->message);
          return EXIT_FAILURE;
        }
      g_print ("%s: written to %s in %.1f ms\n", format, output,
               (g_get_monotonic_time () - start) / 1000.0);
    }

  return EXIT_SUCCESS;
}
