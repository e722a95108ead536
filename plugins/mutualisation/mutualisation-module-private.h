/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mutualisation-module-private.h: what the files of MutualisationModule
 * share — the module itself (mutualisation-module.c), its object in the
 * project (mutualisation-module-json.c), its chapter
 * (mutualisation-module-chapter.c) and its findings
 * (mutualisation-module-findings.c).
 */
#pragma once

#include "mutualisation-module.h"

G_BEGIN_DECLS

struct _MutualisationModule
{
  GObject            parent_instance;

  GListStore        *resources;   /* MutualisationResource */

  /* Between load and unload. */
  MaillageTerritory *territory;
  gulong             territory_changed_id;

  /* Edits made by load() are not changes the project must save. */
  gboolean           loading;
};

/* mutualisation-module-json.c */
gboolean    _mutualisation_module_read             (MutualisationModule  *self,
                                                    JsonObject           *data,
                                                    GError              **error);
JsonObject *_mutualisation_module_save             (MaillageModule       *module);

/* mutualisation-module-chapter.c */
void        _mutualisation_module_build_chapter    (MaillageModule       *module,
                                                    MaillageDocument     *document);
char      **_mutualisation_module_list_key_points  (MaillageModule       *module);

/* mutualisation-module-findings.c */
GListModel *_mutualisation_module_list_findings    (MaillageModule       *module);
double      _mutualisation_module_get_completeness (MaillageModule       *module);

G_END_DECLS
