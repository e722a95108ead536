/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-odt.c: how long the ODT exporter takes on the document of a large
 * project, and how long pandoc takes to write an ODT from the same
 * document in Markdown.
 *
 *   bench-odt [--runs N] [--keep DIR] [PROJECT]
 *
 * Without PROJECT, tests/bench/gen-large-project.py makes one (300
 * communes, 1,000 actions). The document is made here from the project's
 * data, in the shape the modules' chapters give (see below), since the
 * module plugins are not linked: a deliberation, a note, and the annex with
 * its contents, the territory's 300 communes, eight indicators by commune
 * (a table and a chart of 300 bars each), a chapter per module with its
 * actions, and the plan of 1,000 actions.
 *
 * pandoc is timed twice: on the Markdown of the Markdown exporter
 * (plugins/export-markdown, when it is built), which gives a figure as its
 * caption and text alternative, without a picture; and on a Markdown
 * written here, plainly (pipe tables), with the charts as PNG files beside
 * it, ready-made for pandoc, while the ODT exporter draws them within its
 * own time. The target compares with the first.
 *
 * Prints the median times; exits 1 only when a step fails.
 */
#define G_LOG_DOMAIN "bench-odt"

#include "config.h"

#include <glib/gstdio.h>
#include <libintl.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#ifdef HAVE_MARKDOWN_WRITER
#include "markdown-writer.h"
#endif
#include "odt-package.h"
#include "odt-picture.h"
#include "odt-test-utils.h"

#define TARGET_SECONDS 0.5
#define TARGET_RATIO 10.0

static const char * const indicators[] = {
  "Locaux raccordables à la fibre (FttH)",
  "Locaux éligibles à 30 Mbit/s ou plus (filaire)",
  "Surface couverte en 4G par les quatre opérateurs",
  "Indice de fragilité numérique",
  "Part des 65 ans et plus",
  "Foyers sans équipement informatique",
  "Démarches réalisées en ligne",
  "Personnes accompagnées en médiation",
};

static const char * const modules[][2] = {
  { "diagnostic", "Diagnostic" },
  { "mediation", "Médiation numérique" },
  { "gouvernance", "Gouvernance" },
  { "mutualisation", "Mutualisation" },
  { "dematerialisation", "Dématérialisation" },
  { "participation", "Participation citoyenne" },
};

static const char lorem[] =
  "La collectivité accompagne les habitants dans leurs usages numériques, "
  "en s'appuyant sur les lieux de médiation existants et sur les communes "
  "membres ; les actions décrites ci-dessous sont chiffrées et suivies par "
  "des indicateurs votés avec la stratégie.";

static void
add_paragraphs (MaillageDocument *document,
                guint             n)
{
  for (guint i = 0; i < n; i++)
    maillage_document_add_paragraph (document, lorem);
}

static void
add_communes (MaillageDocument *document,
              GListModel       *communes)
{
  const char *header[] = { "Code Insee", "Commune", "Population", NULL };
  MaillageBlock *table;
  guint n = g_list_model_get_n_items (communes);

  maillage_document_add_heading (document, 1, "Territoire");
  add_paragraphs (document, 2);
  table = maillage_document_add_table (document, "Communes membres", header);
  maillage_block_set_alignment (table, 2, MAILLAGE_ALIGNMENT_END);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageCommune) commune = g_list_model_get_item (communes, i);
      g_autofree char *population = maillage_format_integer (maillage_commune_get_population (commune));
      const char *row[] = { maillage_commune_get_insee (commune),
                            maillage_commune_get_name (commune), population, NULL };

      maillage_block_append_row (table, row);
    }
}

/* As the diagnostic's chapter does for an indicator by commune: the
 * values in a table, then a chart of horizontal bars, one a commune. */
static void
add_indicators (MaillageDocument *document,
                GListModel       *communes)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  guint n = g_list_model_get_n_items (communes);

  maillage_document_add_heading (document, 1, "Diagnostic");
  add_paragraphs (document, 3);
  for (guint k = 0; k < G_N_ELEMENTS (indicators); k++)
    {
      const char *header[] = { "Commune", "Valeur", "Année", NULL };
      g_autofree char *caption = g_strdup_printf ("%s, par commune", indicators[k]);
      g_autoptr(MaillageChart) chart = maillage_chart_new_bar (indicators[k], "%");
      guint series = maillage_chart_add_series (chart, "2026");
      MaillageBlock *table;

      maillage_chart_set_horizontal (chart, TRUE);
      maillage_document_add_heading (document, 2, indicators[k]);
      add_paragraphs (document, 1);
      table = maillage_document_add_table (document, caption, header);
      maillage_block_set_alignment (table, 1, MAILLAGE_ALIGNMENT_END);
      maillage_block_set_alignment (table, 2, MAILLAGE_ALIGNMENT_END);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(MaillageCommune) commune = g_list_model_get_item (communes, i);
          double value = g_rand_int_range (rand, 0, 1000) / 10.0;
          g_autofree char *text = maillage_format_number (value, 1);
          const char *row[] = { maillage_commune_get_name (commune), text, "2026", NULL };
          guint category = maillage_chart_add_category (chart, maillage_commune_get_name (commune));

          maillage_chart_set_value (chart, series, category, value);
          maillage_block_append_row (table, row);
        }
      maillage_document_add_figure (document, chart, caption);
    }
}

static void
action_row (MaillageAction  *action,
            gboolean         with_module,
            GPtrArray       *row)
{
  char *invest = maillage_format_money (maillage_action_get_total_investment (action));
  char *operating = maillage_format_money (maillage_action_get_total_operating (action));

  g_ptr_array_add (row, g_strdup (maillage_action_get_id (action)));
  g_ptr_array_add (row, g_strdup (maillage_action_get_title (action)));
  if (with_module)
    g_ptr_array_add (row, g_strdup (maillage_action_get_module (action)));
  g_ptr_array_add (row, g_strdup (maillage_action_get_pilot (action)));
  g_ptr_array_add (row, g_strdup (maillage_action_get_start (action)));
  g_ptr_array_add (row, g_strdup (maillage_action_get_end (action)));
  g_ptr_array_add (row, invest);
  g_ptr_array_add (row, operating);
  g_ptr_array_add (row, NULL);
}

static void
add_actions_table (MaillageDocument *document,
                   GListModel       *actions,
                   const char       *module,
                   const char       *caption)
{
  const char *with_module[] = { "N°", "Action", "Module", "Pilote", "Début", "Fin",
                                "Investissement", "Fonctionnement", NULL };
  const char *without_module[] = { "N°", "Action", "Pilote", "Début", "Fin",
                                   "Investissement", "Fonctionnement", NULL };
  const char * const *header = module == NULL ? with_module : without_module;
  guint n_columns = g_strv_length ((char **) header);
  MaillageBlock *table = maillage_document_add_table (document, caption, header);
  guint n = g_list_model_get_n_items (actions);

  maillage_block_set_alignment (table, n_columns - 1, MAILLAGE_ALIGNMENT_END);
  maillage_block_set_alignment (table, n_columns - 2, MAILLAGE_ALIGNMENT_END);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (actions, i);
      g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);

      if (module != NULL && g_strcmp0 (maillage_action_get_module (action), module) != 0)
        continue;
      action_row (action, module == NULL, row);
      maillage_block_append_row (table, (const char * const *) row->pdata);
    }
}

static MaillageDocument *
large_document (MaillageProject *project)
{
  MaillageDocument *document = maillage_document_new (maillage_project_get_title (project));
  MaillageTerritory *territory = maillage_project_get_territory (project);
  GListModel *communes = maillage_territory_get_communes (territory);
  GListModel *actions = maillage_project_get_actions (project);
  const char *articles[] = {
    "Approuve la stratégie numérique annexée à la présente délibération.",
    "Approuve le plan d'actions et son plan de financement.",
    "Autorise le président à solliciter les cofinancements.",
    "Autorise le président à signer tout document s'y rapportant.",
    NULL,
  };

  maillage_document_set_author (document, maillage_territory_get_name (territory));
  maillage_document_set_subject (document, "Stratégie numérique territoriale");

  maillage_document_add_part (document, MAILLAGE_PART_DELIBERATION, "Projet de délibération");
  maillage_document_add_heading (document, 1, "Objet : stratégie numérique territoriale");
  add_paragraphs (document, 6);
  maillage_document_add_list (document, TRUE, articles);

  maillage_document_add_part (document, MAILLAGE_PART_NOTE, "Note explicative de synthèse");
  maillage_document_add_heading (document, 1, "Contexte");
  add_paragraphs (document, 4);
  maillage_document_add_heading (document, 1, "Contenu de la stratégie");
  add_paragraphs (document, 6);

  maillage_document_add_part (document, MAILLAGE_PART_ANNEX, "Annexe : la stratégie");
  maillage_document_add_contents (document, "Sommaire");
  add_communes (document, communes);
  add_indicators (document, communes);
  for (guint m = 1; m < G_N_ELEMENTS (modules); m++)
    {
      maillage_document_add_heading (document, 1, modules[m][1]);
      add_paragraphs (document, 4);
      maillage_document_add_heading (document, 2, "Actions");
      add_actions_table (document, actions, modules[m][0], "Actions du module");
    }
  maillage_document_add_page_break (document);
  maillage_document_add_heading (document, 1, "Plan d'actions");
  add_paragraphs (document, 2);
  add_actions_table (document, actions, NULL, "Plan d'actions");

  return document;
}

/* The same document in Markdown, for pandoc: headings, paragraphs, lists,
 * pipe tables, the figures as PNG files in @dir. */
static char *
to_markdown (MaillageDocument *document,
             const char       *dir)
{
  GString *out = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (document));
  guint n_figures = 0;

  g_string_append_printf (out, "---\ntitle: \"%s\"\nlang: fr-FR\n---\n\n",
                          maillage_document_get_title (document));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageBlock) block = g_list_model_get_item (G_LIST_MODEL (document), i);
      const char *text = maillage_block_get_text (block);

      switch (maillage_block_get_kind (block))
        {
        case MAILLAGE_BLOCK_PART:
          g_string_append_printf (out, "# %s\n\n", text);
          break;
        case MAILLAGE_BLOCK_HEADING:
          g_string_append_printf (out, "%s %s %s\n\n",
                                  "#######" + 6 - maillage_block_get_level (block),
                                  maillage_block_get_number (block), text);
          break;
        case MAILLAGE_BLOCK_PARAGRAPH:
          g_string_append_printf (out, "%s\n\n", text);
          break;
        case MAILLAGE_BLOCK_LIST:
          for (const char * const *item = maillage_block_get_items (block); *item; item++)
            g_string_append_printf (out, "%s %s\n", maillage_block_get_ordered (block) ? "1." : "-",
                                    *item);
          g_string_append_c (out, '\n');
          break;
        case MAILLAGE_BLOCK_TABLE:
          {
            guint columns = maillage_block_get_n_columns (block);

            g_string_append_printf (out, "Table: %s\n\n|", text);
            for (guint c = 0; c < columns; c++)
              g_string_append_printf (out, " %s |", maillage_block_get_header (block)[c]);
            g_string_append (out, "\n|");
            for (guint c = 0; c < columns; c++)
              g_string_append (out, maillage_block_get_alignment (block, c) == MAILLAGE_ALIGNMENT_END
                                    ? "---:|" : "---|");
            g_string_append_c (out, '\n');
            for (guint r = 0; r < maillage_block_get_n_rows (block); r++)
              {
                g_string_append_c (out, '|');
                for (guint c = 0; c < columns; c++)
                  g_string_append_printf (out, " %s |", maillage_block_get_row (block, r)[c]);
                g_string_append_c (out, '\n');
              }
            g_string_append_c (out, '\n');
          }
          break;
        case MAILLAGE_BLOCK_FIGURE:
          {
            g_autoptr(GError) error = NULL;
            double width, height;
            g_autoptr(GBytes) png = odt_picture_render_chart (maillage_block_get_chart (block), &error);
            g_autofree char *name = g_strdup_printf ("figure-%u.png", ++n_figures);
            g_autofree char *path = g_build_filename (dir, name, NULL);

            g_assert_no_error (error);
            odt_picture_get_size (maillage_block_get_chart (block), 17, 22, &width, &height);
            g_assert_true (g_file_set_contents (path, g_bytes_get_data (png, NULL),
                                                g_bytes_get_size (png), NULL));
            g_string_append_printf (out, "![%s](%s){width=%.1fcm}\n\n", text, name, width);
          }
          break;
        case MAILLAGE_BLOCK_CONTENTS:
        case MAILLAGE_BLOCK_PAGE_BREAK:
        default:
          break;
        }
    }

  return g_string_free (out, FALSE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);

  return g_array_index (times, double, times->len / 2);
}

/* CPU time, the process's own or its children's, in seconds: what a run
 * costs whatever else the machine is doing, where the wall-clock time
 * depends on the load. The exporter's time counts all its threads. */
static double
cpu_seconds (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static char *
make_project (const char *dir)
{
  char *path = g_build_filename (dir, "large.maillage", NULL);
  g_autofree char *script = g_build_filename (SOURCE_ROOT, "tests", "bench", "gen-large-project.py", NULL);
  const char *argv[] = { "/usr/bin/python3", script, path, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                     NULL, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("gen-large-project.py: %s\n", error->message);
      exit (1);
    }

  return path;
}

static double
run_pandoc_once (const char *dir,
                 const char *markdown,
                 const char *output)
{
  const char *argv[] = { "pandoc", "-f", "markdown", "-t", "odt", "-o", output, markdown, NULL };
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (dir, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     NULL, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("pandoc: %s\n", error->message);
      return -1;
    }

  return (g_get_monotonic_time () - start) / 1e6;
}

/* The median time pandoc takes to write an ODT of @markdown; -1 if it
 * failed. */
static double
run_pandoc (const char *dir,
            const char *name,
            const char *markdown,
            int         runs,
            double     *cpu)
{
  double cpu_start = cpu_seconds (RUSAGE_CHILDREN);
  g_autofree char *markdown_path = g_strconcat (dir, G_DIR_SEPARATOR_S, name, ".md", NULL);
  g_autofree char *odt_path = g_strconcat (dir, G_DIR_SEPARATOR_S, name, "-pandoc.odt", NULL);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  g_assert_true (g_file_set_contents (markdown_path, markdown, -1, NULL));
  for (int i = 0; i < runs; i++)
    {
      double seconds = run_pandoc_once (dir, markdown_path, odt_path);

      if (seconds < 0)
        return -1;
      g_array_append_val (times, seconds);
    }
  *cpu = (cpu_seconds (RUSAGE_CHILDREN) - cpu_start) / runs;

  return median (times);
}

static void
print_pandoc (const char *what,
              double      pandoc,
              double      pandoc_cpu,
              double      odt,
              double      odt_cpu,
              gsize       markdown_length,
              int         runs,
              gboolean    target)
{
  g_print ("pandoc md→odt      median %.0f ms over %d runs, CPU %.0f ms a run (%s, Markdown of %.1f MB)\n",
           pandoc * 1e3, runs, pandoc_cpu * 1e3, what, markdown_length / 1e6);
  g_print ("CPU ratio          %.1f× less CPU than pandoc\n", pandoc_cpu / odt_cpu);
  if (target)
    g_print ("ratio              %.1f× faster than pandoc               target ≥ %.0f×  %s\n",
             pandoc / odt, TARGET_RATIO, pandoc / odt >= TARGET_RATIO ? "ok" : "MISSED");
  else
    g_print ("ratio              %.1f× faster than pandoc (%s)\n", pandoc / odt, what);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) options = g_option_context_new ("[PROJECT] — time the ODT exporter");
  int runs = 5;
  int pandoc_runs = 3;
  char *keep = NULL;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of the exporter (5)", "N" },
    { "pandoc-runs", 0, 0, G_OPTION_ARG_INT, &pandoc_runs, "Runs of pandoc (3; 0: none)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Keep the files written in DIR", "DIR" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *project_path = NULL;
  g_autofree char *odt_path = NULL;
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(MaillageDocument) document = NULL;
  g_autoptr(GFile) project_file = NULL;
  g_autoptr(GFile) odt_file = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  GStatBuf st;
  gint64 start;
  double cpu_start;
  double odt_median;
  double odt_cpu;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_ROOT "/po");
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (keep != NULL)
    {
      g_mkdir_with_parents (keep, 0755);
      dir = g_strdup (keep);
    }
  else
    dir = odt_test_make_dir ();
  project_path = argc > 1 ? g_strdup (argv[1]) : make_project (dir);

  project_file = g_file_new_for_path (project_path);
  project = maillage_project_new_from_file (project_file, NULL, &error);
  if (project == NULL)
    {
      g_printerr ("%s: %s\n", project_path, error->message);
      return 1;
    }

  start = g_get_monotonic_time ();
  document = large_document (project);
  g_print ("document: %u blocks, built in %.0f ms (not counted)\n",
           g_list_model_get_n_items (G_LIST_MODEL (document)),
           (g_get_monotonic_time () - start) / 1e3);

  odt_path = g_build_filename (dir, "large.odt", NULL);
  odt_file = g_file_new_for_path (odt_path);
  cpu_start = cpu_seconds (RUSAGE_SELF);
  for (int i = 0; i < runs; i++)
    {
      double seconds;

      start = g_get_monotonic_time ();
      if (!odt_package_write (document, odt_file, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      seconds = (g_get_monotonic_time () - start) / 1e6;
      g_array_append_val (times, seconds);
    }
  odt_cpu = (cpu_seconds (RUSAGE_SELF) - cpu_start) / runs;
  odt_median = median (times);
  g_stat (odt_path, &st);
  g_print ("odt-write          median %.0f ms over %d runs (min %.0f ms), %.1f MB   target ≤ %.0f ms  %s\n",
           odt_median * 1e3, runs, g_array_index (times, double, 0) * 1e3, st.st_size / 1e6,
           TARGET_SECONDS * 1e3, odt_median <= TARGET_SECONDS ? "ok" : "MISSED");
  g_print ("odt-write CPU      %.0f ms a run, all threads (%u processors)\n",
           odt_cpu * 1e3, g_get_num_processors ());

  if (pandoc_runs > 0)
    {
      g_autofree char *pandoc = g_find_program_in_path ("pandoc");
      g_autofree char *with_pictures = NULL;
      double seconds;
      double cpu;

      if (pandoc == NULL)
        {
          g_print ("pandoc is not installed: no comparison\n");
          goto out;
        }

#ifdef HAVE_MARKDOWN_WRITER
      {
        g_autoptr(GBytes) markdown = markdown_writer_write (document, NULL, &error);
        g_autofree char *text = NULL;

        if (markdown == NULL)
          {
            g_printerr ("Markdown exporter: %s\n", error->message);
            return 1;
          }
        text = g_strndup (g_bytes_get_data (markdown, NULL), g_bytes_get_size (markdown));
        seconds = run_pandoc (dir, "large", text, pandoc_runs, &cpu);
        if (seconds < 0)
          return 1;
        print_pandoc ("the Markdown exporter's, no pictures", seconds, cpu, odt_median, odt_cpu,
                      strlen (text), pandoc_runs, TRUE);
      }
#else
      g_print ("The Markdown exporter is not built: pandoc gets the plain Markdown below\n");
#endif

      with_pictures = to_markdown (document, dir);
      seconds = run_pandoc (dir, "large-pictures", with_pictures, pandoc_runs, &cpu);
      if (seconds < 0)
        return 1;
#ifdef HAVE_MARKDOWN_WRITER
      print_pandoc ("pipe tables, PNG pictures ready-made", seconds, cpu, odt_median, odt_cpu,
                    strlen (with_pictures), pandoc_runs, FALSE);
#else
      print_pandoc ("pipe tables, PNG pictures ready-made", seconds, cpu, odt_median, odt_cpu,
                    strlen (with_pictures), pandoc_runs, TRUE);
#endif
    }

out:
  if (keep == NULL)
    odt_test_remove_dir (dir);
  else
    g_print ("files kept in %s\n", keep);
  g_free (keep);

  return 0;
}
