/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-html-export.c: how long the HTML exporter takes on the document
 * of the large project (target of issue 5: 0.2 s at most).
 *
 *   bench-html-export [PROJECT] [--runs N] [--output FILE]
 *
 * Without PROJECT, generates the large project with gen-large-project.py.
 * The document is built once (tests/bench/bench-large-document.c); each
 * run writes the whole page in memory, charts drawn as SVG included; the
 * first run is not counted. Prints the figures; fails only if a step does.
 * --output also writes the page to FILE, atomically, to look at.
 */
#define G_LOG_DOMAIN "bench-html-export"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bench-large-document.h"
#include "html-writer.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(MaillageDocument) document = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GBytes) page = NULL;
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
      g_printerr ("bench-html-export: %s\n", error->message);
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

      g_clear_pointer (&page, g_bytes_unref);
      start = g_get_monotonic_time ();
      page = html_writer_write (document, NULL, &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (page == NULL)
        {
          g_printerr ("bench-html-export: %s\n", error->message);
          return EXIT_FAILURE;
        }
      if (i > 0)
        g_array_append_val (times, ms);
      else
        g_print ("first run (fonts loaded then): %.1f ms\n", ms);
    }
  median = bench_median_ms (times);
  g_print ("html: median %.1f ms, min %.1f ms, max %.1f ms, %zu bytes\n",
           median, g_array_index (times, double, 0),
           g_array_index (times, double, times->len - 1), g_bytes_get_size (page));

  if (output != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      start = g_get_monotonic_time ();
      if (!g_file_replace_contents (file, g_bytes_get_data (page, NULL), g_bytes_get_size (page),
                                    NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error))
        {
          g_printerr ("bench-html-export: %s\n", error->message);
          return EXIT_FAILURE;
        }
      g_print ("html: written to %s in %.1f ms\n", output, (g_get_monotonic_time () - start) / 1000.0);
    }

  return EXIT_SUCCESS;
}
