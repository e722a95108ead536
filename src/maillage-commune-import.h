/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

/* A list of communes is a few hundred kilobytes at most: every French
 * commune fits in about 1 MB. */
#define MAILLAGE_COMMUNE_IMPORT_MAX_SIZE (16 * 1024 * 1024)

#define MAILLAGE_COMMUNE_IMPORT_ERROR (maillage_commune_import_error_quark ())

typedef enum
{
  MAILLAGE_COMMUNE_IMPORT_ERROR_MISSING_COLUMN,
  MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
  MAILLAGE_COMMUNE_IMPORT_ERROR_DUPLICATE,
  MAILLAGE_COMMUNE_IMPORT_ERROR_NO_COMMUNE,
} MaillageCommuneImportError;

GQuark     maillage_commune_import_error_quark      (void);
GPtrArray *maillage_commune_import_parse            (GBytes      *bytes,
                                                     GError     **error);
GPtrArray *maillage_commune_import_merge            (GListModel  *current,
                                                     GPtrArray   *imported,
                                                     guint       *n_updated,
                                                     guint       *n_added);
gboolean   maillage_commune_import_parse_population (const char  *text,
                                                     guint       *population,
                                                     GError     **error);

G_END_DECLS
