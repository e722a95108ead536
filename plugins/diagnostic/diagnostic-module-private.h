/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-module-private.h: what the files of DiagnosticModule share:
 * the model (diagnostic-module.c), its JSON (diagnostic-module-json.c), its
 * chapter (diagnostic-module-chapter.c) and its findings
 * (diagnostic-module-findings.c).
 */
#pragma once

#include "diagnostic-module.h"

G_BEGIN_DECLS

struct _DiagnosticModule
{
  GObject        parent_instance;

  char          *text;
  GListStore    *indicators;
  GtkStringList *swot[DIAGNOSTIC_N_SWOT_PARTS];
  /* The commune indicator the map shows; "" for the first there is. */
  char          *map_indicator;
  /* Changes whenever the indicators do: an import plan made against an
   * older list is refused. */
  guint64        stamp;
  /* What load() fills in is not a change to save. */
  gboolean       loading;
};

/* diagnostic-module-json.c */
gboolean    _diagnostic_module_load_json      (DiagnosticModule  *self,
                                               JsonObject        *data,
                                               GError           **error);
JsonObject *_diagnostic_module_save_json      (DiagnosticModule  *self);

/* diagnostic-module-chapter.c */
char      **_diagnostic_module_list_key_points (DiagnosticModule *self);
void        _diagnostic_module_build_chapter  (DiagnosticModule  *self,
                                               MaillageDocument  *document);

/* diagnostic-module-findings.c */
GListModel *_diagnostic_module_list_findings  (DiagnosticModule  *self);
double      _diagnostic_module_get_completeness (DiagnosticModule *self);

G_END_DECLS
