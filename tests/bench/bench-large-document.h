/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-large-document.h: the document of the large project, for the
 * exporters' benchmarks.
 */
#pragma once

#include "maillage.h"

G_BEGIN_DECLS

MaillageProject  *bench_large_project_load   (const char       *path,
                                              GError          **error);
MaillageDocument *bench_large_document_new   (MaillageProject  *project);
double            bench_median_ms            (GArray           *times);

/* How an in-memory exporter writes a document: the HTML and Markdown
 * writers. */
typedef GBytes *(*BenchWriteFunc) (MaillageDocument  *document,
                                   GCancellable      *cancellable,
                                   GError           **error);

int               bench_text_export_main     (int               argc,
                                              char             *argv[],
                                              const char       *format,
                                              BenchWriteFunc    write);

G_END_DECLS
