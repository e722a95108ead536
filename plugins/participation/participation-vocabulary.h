/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-vocabulary.h: the closed lists of the Participation
 * module — kinds of dispositif, states of an event of the calendar, the
 * states Decidim gives a proposal — with their names in the project file
 * and their labels, for the interface and for documents.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PARTICIPATION_KIND_CONSULTATION,
  PARTICIPATION_KIND_PARTICIPATORY_BUDGET,
  PARTICIPATION_KIND_OPEN_DATA,
  PARTICIPATION_KIND_DATAVIZ,
  PARTICIPATION_KIND_WORKSHOPS,
  PARTICIPATION_KIND_COUNCILS,
  PARTICIPATION_KIND_OTHER,
  PARTICIPATION_N_KINDS
} ParticipationKind;

typedef enum
{
  PARTICIPATION_EVENT_PLANNED,
  PARTICIPATION_EVENT_HELD,
  PARTICIPATION_EVENT_CANCELLED,
  PARTICIPATION_N_EVENT_STATUSES
} ParticipationEventStatus;

const char *participation_kind_to_string           (ParticipationKind          kind);
gboolean    participation_kind_from_string         (const char                *name,
                                                    ParticipationKind         *kind);
const char *participation_kind_get_label           (ParticipationKind          kind,
                                                    gboolean                   french);

const char *participation_event_status_to_string   (ParticipationEventStatus   status);
gboolean    participation_event_status_from_string (const char                *name,
                                                    ParticipationEventStatus  *status);
const char *participation_event_status_get_label   (ParticipationEventStatus   status,
                                                    gboolean                   french);

const char * const *participation_proposal_states  (void);
const char *participation_proposal_state_get_label (const char                *state,
                                                    gboolean                   french);
guint       participation_proposal_state_rank      (const char                *state);

G_END_DECLS
