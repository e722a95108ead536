/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-module-private.h: what the files of ParticipationModule
 * share — the module itself (participation-module.c), what Decidim
 * published and importing it (participation-module-import.c), its object
 * in the project (participation-module-json.c), its chapter
 * (participation-module-chapter.c) and its findings
 * (participation-module-findings.c).
 */
#pragma once

#include "participation-module.h"

G_BEGIN_DECLS

struct _ParticipationModule
{
  GObject     parent_instance;

  GListStore *dispositifs;  /* ParticipationDispositif, in the user's order */
  GListStore *events;       /* ParticipationEvent, by date */
  GListStore *proposals;    /* ParticipationProposal, in import order */
  GListStore *results;      /* ParticipationResult, in import order */

  /* Edits made by load() are not changes the project must save. */
  gboolean    loading;
};

/* participation-module-json.c */
gboolean    _participation_module_read              (ParticipationModule  *self,
                                                     JsonObject           *data,
                                                     GError              **error);
JsonObject *_participation_module_save              (MaillageModule       *module);

/* participation-module-chapter.c */
void        _participation_module_build_chapter     (MaillageModule       *module,
                                                     MaillageDocument     *document);
char      **_participation_module_list_key_points   (MaillageModule       *module);

/* participation-module-findings.c */
GListModel *_participation_module_list_findings_at  (ParticipationModule  *self,
                                                     const GDate          *today);
GListModel *_participation_module_list_findings     (MaillageModule       *module);
double      _participation_module_get_completeness  (MaillageModule       *module);

/* participation-module.c */
void        _participation_module_changed           (ParticipationModule  *self);
void        _participation_module_set_events        (ParticipationModule  *self,
                                                     GPtrArray            *events);

G_END_DECLS
