/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

#define DIAGNOSTIC_IMPORT_ERROR (diagnostic_import_error_quark ())

/* Why a file could not be imported. Every message is in the user's language
 * and names the line and the column where it applies. */
typedef enum
{
  DIAGNOSTIC_IMPORT_ERROR_MISSING_COLUMN,
  DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE,
  DIAGNOSTIC_IMPORT_ERROR_UNKNOWN_COMMUNE,
  DIAGNOSTIC_IMPORT_ERROR_DUPLICATE,
  DIAGNOSTIC_IMPORT_ERROR_NO_DATA,
} DiagnosticImportError;

GQuark    diagnostic_import_error_quark      (void);
gboolean  diagnostic_import_parse_number     (const char          *text,
                                              double              *value,
                                              GError             **error);
gboolean  diagnostic_import_parse_year       (const char          *text,
                                              guint               *year,
                                              GError             **error);
int       diagnostic_import_require_column   (MaillageCsvReader   *reader,
                                              const char * const  *names,
                                              GError             **error);
gboolean  diagnostic_import_prefix_error     (GError             **error,
                                              MaillageCsvReader   *reader,
                                              guint                line,
                                              int                  column);
GHashTable *diagnostic_import_territory_communes (MaillageTerritory *territory);

G_END_DECLS
