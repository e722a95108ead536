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

#include "bench-large-document.h"
#include "html-writer.h"

int
main (int   argc,
      char *argv[])
{
  return bench_text_export_main (argc, argv, "html", html_writer_write);
}
