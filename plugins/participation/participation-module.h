/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

#include "participation-decidim.h"
#include "participation-dispositif.h"
#include "participation-event.h"
#include "participation-proposal.h"
#include "participation-result.h"

G_BEGIN_DECLS

/* The version of the module's object in the project file. */
#define PARTICIPATION_DATA_VERSION 1

/* The most the module's object may take in the project file, in bytes:
 * enough for some 40,000 proposals with their bodies, and room left for
 * the rest of the project within MAILLAGE_PROJECT_MAX_SIZE. */
#define PARTICIPATION_MAX_DATA_SIZE (20 * 1024 * 1024)

/* What an import would do to one of its rows. */
typedef enum
{
  PARTICIPATION_CHANGE_ADDED,
  PARTICIPATION_CHANGE_UPDATED,
  PARTICIPATION_CHANGE_UNCHANGED,
} ParticipationChange;

#define PARTICIPATION_TYPE_MODULE (participation_module_get_type ())
G_DECLARE_FINAL_TYPE (ParticipationModule, participation_module, PARTICIPATION, MODULE, GObject)

GListModel              *participation_module_get_dispositifs      (ParticipationModule        *self);
ParticipationDispositif *participation_module_find_dispositif      (ParticipationModule        *self,
                                                                    const char                 *name);
void                     participation_module_insert_dispositif    (ParticipationModule        *self,
                                                                    guint                       position,
                                                                    ParticipationDispositif    *dispositif);
void                     participation_module_replace_dispositif   (ParticipationModule        *self,
                                                                    ParticipationDispositif    *old,
                                                                    ParticipationDispositif    *dispositif);
guint                    participation_module_remove_dispositif    (ParticipationModule        *self,
                                                                    ParticipationDispositif    *dispositif);
GListModel              *participation_module_get_events           (ParticipationModule        *self);
void                     participation_module_add_event            (ParticipationModule        *self,
                                                                    ParticipationEvent         *event);
void                     participation_module_replace_event        (ParticipationModule        *self,
                                                                    ParticipationEvent         *old,
                                                                    ParticipationEvent         *event);
void                     participation_module_remove_event         (ParticipationModule        *self,
                                                                    ParticipationEvent         *event);
GListModel              *participation_module_get_proposals        (ParticipationModule        *self);
GListModel              *participation_module_get_results          (ParticipationModule        *self);
ParticipationProposal   *participation_module_find_proposal        (ParticipationModule        *self,
                                                                    gint64                      id);
ParticipationResult     *participation_module_find_result          (ParticipationModule        *self,
                                                                    gint64                      id);
void                     participation_module_link_proposal        (ParticipationModule        *self,
                                                                    ParticipationProposal      *proposal,
                                                                    const char                 *action_id);
ParticipationChange      participation_module_get_change           (ParticipationModule        *self,
                                                                    GObject                    *item);
GArray                  *participation_module_list_changes         (ParticipationModule        *self,
                                                                    ParticipationDecidimImport *import);
void                     participation_module_count_changes        (ParticipationModule        *self,
                                                                    ParticipationDecidimImport *import,
                                                                    guint                      *n_added,
                                                                    guint                      *n_updated,
                                                                    guint                      *n_unchanged);
gboolean                 participation_module_check_import         (ParticipationModule        *self,
                                                                    ParticipationDecidimImport *import,
                                                                    GError                    **error);
gboolean                 participation_module_apply_import         (ParticipationModule        *self,
                                                                    ParticipationDecidimImport *import,
                                                                    GError                    **error);
MaillageProject         *participation_module_get_project          (ParticipationModule        *self);
void                     participation_module_register             (GTypeModule                *module);

G_END_DECLS
