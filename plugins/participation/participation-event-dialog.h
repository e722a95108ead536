/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "participation-module.h"

G_BEGIN_DECLS

#define PARTICIPATION_TYPE_EVENT_DIALOG (participation_event_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ParticipationEventDialog, participation_event_dialog, PARTICIPATION, EVENT_DIALOG, AdwWindow)

ParticipationEventDialog *participation_event_dialog_new       (ParticipationModule      *module,
                                                                ParticipationEvent       *event);
ParticipationEvent       *participation_event_dialog_get_draft (ParticipationEventDialog *self);
const char               *participation_event_dialog_get_error (ParticipationEventDialog *self);
void                      participation_event_dialog_set_field (ParticipationEventDialog *self,
                                                                const char               *field,
                                                                const char               *value);
gboolean                  participation_event_dialog_apply     (ParticipationEventDialog *self);
void                      participation_event_dialog_register  (GTypeModule              *module);

G_END_DECLS
