/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "participation-vocabulary.h"

G_BEGIN_DECLS

#define PARTICIPATION_TYPE_EVENT (participation_event_get_type ())
G_DECLARE_FINAL_TYPE (ParticipationEvent, participation_event, PARTICIPATION, EVENT, GObject)

ParticipationEvent       *participation_event_new            (const char               *date,
                                                              const char               *title);
ParticipationEvent       *participation_event_copy           (ParticipationEvent       *self);
gboolean                  participation_event_equal          (ParticipationEvent       *a,
                                                              ParticipationEvent       *b);
int                       participation_event_compare        (ParticipationEvent       *a,
                                                              ParticipationEvent       *b);
const char               *participation_event_get_date       (ParticipationEvent       *self);
void                      participation_event_set_date       (ParticipationEvent       *self,
                                                              const char               *date);
const char               *participation_event_get_title      (ParticipationEvent       *self);
void                      participation_event_set_title      (ParticipationEvent       *self,
                                                              const char               *title);
const char               *participation_event_get_dispositif (ParticipationEvent       *self);
void                      participation_event_set_dispositif (ParticipationEvent       *self,
                                                              const char               *dispositif);
const char               *participation_event_get_place      (ParticipationEvent       *self);
void                      participation_event_set_place      (ParticipationEvent       *self,
                                                              const char               *place);
ParticipationEventStatus  participation_event_get_status     (ParticipationEvent       *self);
void                      participation_event_set_status     (ParticipationEvent       *self,
                                                              ParticipationEventStatus  status);
gboolean                  participation_event_is_overdue     (ParticipationEvent       *self,
                                                              const GDate              *today);
void                      participation_event_register       (GTypeModule              *module);

G_END_DECLS
