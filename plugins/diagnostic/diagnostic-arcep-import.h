/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

#include "diagnostic-types.h"

G_BEGIN_DECLS

/* What the file does not say and the user tells. */
typedef struct
{
  /* The year the figures describe, 0 if not known. */
  guint       year;
  const char *source;
  /* The file counts wired networks only (ARCEP's commune_debit_filaire). */
  gboolean    wired;
} DiagnosticArcepOptions;

/* What the import found, for the preview. */
typedef struct
{
  guint n_rows;
  guint n_kept;
  guint n_absent;
  guint n_without_premises;
  guint n_columns;
} DiagnosticArcepStats;

#define DIAGNOSTIC_ARCEP_SOURCE "ARCEP, Ma connexion internet"

GPtrArray *diagnostic_arcep_import_parse        (GBytes                       *bytes,
                                                 MaillageTerritory            *territory,
                                                 const DiagnosticArcepOptions *options,
                                                 DiagnosticArcepStats         *stats,
                                                 GError                      **error);
char      *diagnostic_arcep_import_column_name  (const char                   *column,
                                                 gboolean                      wired);
guint      diagnostic_arcep_import_guess_year   (const char                   *file_name);
gboolean   diagnostic_arcep_import_guess_wired  (const char                   *file_name);

G_END_DECLS
