/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dematerialisation-module-private.h: what the files of
 * DematerialisationModule share — the module itself
 * (dematerialisation-module.c), its object in the project
 * (dematerialisation-module-json.c), its chapter
 * (dematerialisation-module-chapter.c) and its findings
 * (dematerialisation-module-findings.c).
 */
#pragma once

#include "dematerialisation-module.h"

G_BEGIN_DECLS

struct _DematerialisationModule
{
  GObject     parent_instance;

  GListStore *procedures;  /* DematerialisationProcedure, in the user's order */

  /* Edits made by load() are not changes the project must save. */
  gboolean    loading;
};

/* dematerialisation-module-json.c */
gboolean    _dematerialisation_module_read             (DematerialisationModule  *self,
                                                        JsonObject               *data,
                                                        GError                  **error);
JsonObject *_dematerialisation_module_save             (MaillageModule           *module);

/* dematerialisation-module-chapter.c */
void        _dematerialisation_module_build_chapter    (MaillageModule           *module,
                                                        MaillageDocument         *document);
char      **_dematerialisation_module_list_key_points  (MaillageModule           *module);

/* dematerialisation-module-findings.c */
GListModel *_dematerialisation_module_list_findings_at (DematerialisationModule  *self,
                                                        const GDate              *today);
GListModel *_dematerialisation_module_list_findings    (MaillageModule           *module);
double      _dematerialisation_module_get_completeness (MaillageModule           *module);

G_END_DECLS
