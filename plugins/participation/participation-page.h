/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "participation-module.h"

G_BEGIN_DECLS

#define PARTICIPATION_TYPE_PAGE (participation_page_get_type ())
G_DECLARE_FINAL_TYPE (ParticipationPage, participation_page, PARTICIPATION, PAGE, AdwBin)

GtkWidget  *participation_page_new                  (ParticipationModule *module);
void        participation_page_import_file          (ParticipationPage   *self,
                                                     GFile               *file);
GListModel *participation_page_get_proposals_view   (ParticipationPage   *self);
void        participation_page_select_proposal      (ParticipationPage   *self,
                                                     guint                position);
gboolean    participation_page_link_selected        (ParticipationPage   *self,
                                                     const char          *action_id);
void        participation_page_set_state_filter     (ParticipationPage   *self,
                                                     const char          *state);
void        participation_page_register             (GTypeModule         *module);

G_END_DECLS
