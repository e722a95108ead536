/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-project.c: how long libmaillage takes to load and save a project.
 *
 *   bench-project [--runs N] PROJECT
 *
 * Loads PROJECT N times and saves it N times to a temporary folder, then
 * prints the median, fastest and slowest time of each step in milliseconds:
 *
 *   parse     maillage_json_parse_deferred() on "modules", as a load calls it:
 *             the checked JSON reader, module data set aside as text
 *   load      maillage_project_new_from_file(): read, parse, build the model
 *   to-data   maillage_project_to_data(): the canonical text
 *   save      maillage_project_save(): the text, written atomically with a backup
 *
 * One line per step, "NAME median MS min MS max MS", which bench.py reads.
 * It also says whether the saved text is the loaded text, byte for byte, as
 * it must be for a canonical file.
 */
#define G_LOG_DOMAIN "maillage-bench-project"

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "maillage.h"
#include "maillage-json-private.h"

typedef enum
{
  STEP_PARSE,
  STEP_LOAD,
  STEP_TO_DATA,
  STEP_SAVE,
  N_STEPS
} Step;

static const char * const step_names[N_STEPS] = { "parse", "load", "to-data", "save" };

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *name,
        GArray     *times)
{
  double *ms = (double *) (gpointer) times->data;
  guint n = times->len;
  double median;

  qsort (ms, n, sizeof (double), compare_doubles);
  median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
  g_print ("%-8s median %8.1f ms   min %8.1f ms   max %8.1f ms\n",
           name, median, ms[0], ms[n - 1]);
}

static double
elapsed_ms (gint64 since)
{
  return (g_get_monotonic_time () - since) / 1000.0;
}

/* The saves leave the file and its backup copy behind. */
static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}

/* Apart, so that each step holds only its own memory. Timed as a load
 * parses, module data kept as text, and with the tree and the texts freed,
 * as a load frees them once the model is built: the figure is a part of
 * "load". */
static gboolean
time_parse (const char  *text,
            gsize        text_length,
            GArray      *times,
            GError     **error)
{
  GHashTable *module_texts = NULL;
  JsonNode *node;
  gint64 start = g_get_monotonic_time ();
  double ms;

  node = maillage_json_parse_deferred (text, text_length, "modules", &module_texts, error);
  if (node == NULL)
    return FALSE;
  json_node_unref (node);
  g_hash_table_unref (module_texts);
  ms = elapsed_ms (start);
  g_array_append_val (times, ms);

  return TRUE;
}

/* One pass of the four steps; the times are appended to @times. */
static gboolean
run_once (GFile       *input,
          const char  *text,
          gsize        text_length,
          GFile       *output,
          GArray     **times,
          gboolean    *identical,
          GError     **error)
{
  g_autoptr(MaillageProject) project = NULL;
  g_autofree char *data = NULL;
  gsize length;
  gint64 start;
  double ms;

  if (!time_parse (text, text_length, times[STEP_PARSE], error))
    return FALSE;

  start = g_get_monotonic_time ();
  project = maillage_project_new_from_file (input, NULL, error);
  ms = elapsed_ms (start);
  if (project == NULL)
    return FALSE;
  g_array_append_val (times[STEP_LOAD], ms);

  start = g_get_monotonic_time ();
  data = maillage_project_to_data (project, &length);
  ms = elapsed_ms (start);
  g_array_append_val (times[STEP_TO_DATA], ms);
  *identical = length == text_length && memcmp (data, text, length) == 0;

  start = g_get_monotonic_time ();
  if (!maillage_project_save (project, output, NULL, error))
    return FALSE;
  ms = elapsed_ms (start);
  g_array_append_val (times[STEP_SAVE], ms);

  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) input = NULL;
  g_autoptr(GFile) output = NULL;
  g_autofree char *text = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *output_path = NULL;
  GArray *times[N_STEPS];
  gsize text_length;
  gboolean identical = FALSE;
  int runs = 10;
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "How many times to load and save", "N" },
    { NULL }
  };

  context = g_option_context_new ("PROJECT — time loading and saving a Maillage project");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || runs < 1)
    {
      g_printerr ("%s\n", error ? error->message : "usage: bench-project [--runs N] PROJECT");
      return 2;
    }

  input = g_file_new_for_commandline_arg (argv[1]);
  if (!g_file_get_contents (argv[1], &text, &text_length, &error) ||
      (tmpdir = g_dir_make_tmp ("maillage-bench-XXXXXX", &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  output_path = g_build_filename (tmpdir, "saved.maillage", NULL);
  output = g_file_new_for_path (output_path);

  for (guint i = 0; i < N_STEPS; i++)
    times[i] = g_array_new (FALSE, FALSE, sizeof (double));

  g_print ("%s: %" G_GSIZE_FORMAT " bytes, %d runs\n", argv[1], text_length, runs);
  for (int i = 0; i < runs && error == NULL; i++)
    {
      if (!run_once (input, text, text_length, output, times, &identical, &error))
        g_printerr ("run %d: %s\n", i + 1, error->message);
    }

  for (guint i = 0; i < N_STEPS; i++)
    {
      if (error == NULL)
        report (step_names[i], times[i]);
      g_array_unref (times[i]);
    }
  remove_dir (tmpdir);

  if (error != NULL)
    return 1;

  g_print ("round trip: %s\n", identical ? "identical bytes" : "DIFFERS from the input");

  return identical ? 0 : 1;
}
