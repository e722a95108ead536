/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-markdown-export.c: how long the Markdown exporter takes on the document
 * of the large project (target of issue 5: 0.2 s at most).
 *
 *   bench-markdown-export [PROJECT] [--runs N] [--output FILE]
 *
 * Without PROJECT, generates the large project with gen-large-project.py.
 * The document is built once (tests/bench/bench-large-document.c); each
 * run writes the whole text in memory; the first run is not counted.
 * Prints the figures; fails only if a step does. --output also writes the
 * text to FILE, atomically, to look at.
 */
#define G_LOG_DOMAIN "bench-markdown-export"

#include "config.h"

#include "bench-large-document.h"
#include "markdown-writer.h"

int
main (int   argc,
      char *argv[])
{
  return bench_text_export_main (argc, argv, "markdown", markdown_writer_write);
}
