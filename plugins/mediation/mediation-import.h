/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mediation-issue.h"
#include "mediation-lieu.h"

G_BEGIN_DECLS

/* Beyond this many, issues are counted but not kept: a list of 300,000
 * problems helps nobody, and costs memory. */
#define MEDIATION_IMPORT_MAX_ISSUES 5000

typedef enum
{
  MEDIATION_IMPORT_FORMAT_CSV,
  MEDIATION_IMPORT_FORMAT_JSON,
} MediationImportFormat;

#define MEDIATION_TYPE_IMPORT (mediation_import_get_type ())
G_DECLARE_FINAL_TYPE (MediationImport, mediation_import, MEDIATION, IMPORT, GObject)

MediationImport       *mediation_import_new                 (MediationImportFormat  format);
MediationImportFormat  mediation_import_get_format          (MediationImport       *self);
void                   mediation_import_add_lieu            (MediationImport       *self,
                                                             guint                  row,
                                                             MediationLieu         *lieu);
void                   mediation_import_add_invalid_row     (MediationImport       *self,
                                                             GPtrArray             *issues);
guint                  mediation_import_get_n_rows          (MediationImport       *self);
guint                  mediation_import_get_n_invalid       (MediationImport       *self);
guint                  mediation_import_get_n_issues        (MediationImport       *self);
GPtrArray             *mediation_import_get_lieux           (MediationImport       *self);
GListModel            *mediation_import_get_issues          (MediationImport       *self);
const char * const    *mediation_import_get_ignored_columns (MediationImport       *self);
void                   mediation_import_set_ignored_columns (MediationImport       *self,
                                                             const char * const    *columns);
gboolean               mediation_import_get_legacy          (MediationImport       *self);
void                   mediation_import_set_legacy          (MediationImport       *self,
                                                             gboolean               legacy);
void                   mediation_import_register            (GTypeModule           *module);

G_END_DECLS
