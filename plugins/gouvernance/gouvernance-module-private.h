/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-module-private.h: what the files of GouvernanceModule share
 * — the module itself (gouvernance-module.c), its object in the project
 * (gouvernance-module-json.c), its chapter (gouvernance-module-chapter.c)
 * and its findings (gouvernance-module-findings.c).
 */
#pragma once

#include "gouvernance-module.h"

G_BEGIN_DECLS

struct _GouvernanceModule
{
  GObject             parent_instance;

  GouvernanceEchelon  echelon;
  char               *perimeter;      /* never NULL, as the others */
  char               *context;
  GListStore         *lists[GOUVERNANCE_N_LISTS];
  char               *coordinator[GOUVERNANCE_N_COORDINATOR_FIELDS];
  char               *training_plan;

  /* Edits made by load() are not changes the project must save. */
  gboolean            loading;
};

/* gouvernance-module.c */
gboolean    _gouvernance_text_is_blank           (const char        *text);

/* gouvernance-module-json.c */
gboolean    _gouvernance_module_read             (GouvernanceModule *self,
                                                  JsonObject        *data,
                                                  GError           **error);
JsonObject *_gouvernance_module_save             (MaillageModule    *module);

/* gouvernance-module-chapter.c */
void        _gouvernance_module_build_chapter    (MaillageModule    *module,
                                                  MaillageDocument  *document);
char      **_gouvernance_module_list_key_points  (MaillageModule    *module);

/* gouvernance-module-findings.c */
GListModel *_gouvernance_module_list_findings    (MaillageModule    *module);
double      _gouvernance_module_get_completeness (MaillageModule    *module);

G_END_DECLS
