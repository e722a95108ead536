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

G_END_DECLS
