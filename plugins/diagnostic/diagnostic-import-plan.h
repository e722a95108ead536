/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "diagnostic-types.h"

G_BEGIN_DECLS

#define DIAGNOSTIC_TYPE_IMPORT_PLAN (diagnostic_import_plan_get_type ())
G_DECLARE_FINAL_TYPE (DiagnosticImportPlan, diagnostic_import_plan, DIAGNOSTIC, IMPORT_PLAN, GObject)

DiagnosticImportPlan   *diagnostic_import_plan_new            (GListModel           *current,
                                                               GPtrArray            *incoming,
                                                               guint64               stamp);
guint                   diagnostic_import_plan_get_n_added    (DiagnosticImportPlan *self);
guint                   diagnostic_import_plan_get_n_updated  (DiagnosticImportPlan *self);
guint                   diagnostic_import_plan_get_n_unchanged(DiagnosticImportPlan *self);
gboolean                diagnostic_import_plan_has_changes    (DiagnosticImportPlan *self);
guint64                 diagnostic_import_plan_get_stamp      (DiagnosticImportPlan *self);
DiagnosticImportStatus  diagnostic_import_plan_get_status     (DiagnosticImportPlan *self,
                                                               DiagnosticIndicator  *incoming);
DiagnosticIndicator    *diagnostic_import_plan_get_previous   (DiagnosticImportPlan *self,
                                                               DiagnosticIndicator  *incoming);
GPtrArray              *diagnostic_import_plan_merge          (DiagnosticImportPlan *self,
                                                               GListModel           *current);
void                    diagnostic_import_plan_register_types (GTypeModule          *module);

G_END_DECLS
