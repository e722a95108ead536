/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "participation-vocabulary.h"

G_BEGIN_DECLS

#define PARTICIPATION_TYPE_DISPOSITIF (participation_dispositif_get_type ())
G_DECLARE_FINAL_TYPE (ParticipationDispositif, participation_dispositif, PARTICIPATION, DISPOSITIF, GObject)

ParticipationDispositif *participation_dispositif_new             (ParticipationKind        kind,
                                                                   const char              *name);
ParticipationDispositif *participation_dispositif_copy            (ParticipationDispositif *self);
gboolean                 participation_dispositif_equal           (ParticipationDispositif *a,
                                                                   ParticipationDispositif *b);
ParticipationKind        participation_dispositif_get_kind        (ParticipationDispositif *self);
void                     participation_dispositif_set_kind        (ParticipationDispositif *self,
                                                                   ParticipationKind        kind);
const char              *participation_dispositif_get_name        (ParticipationDispositif *self);
void                     participation_dispositif_set_name        (ParticipationDispositif *self,
                                                                   const char              *name);
const char              *participation_dispositif_get_description (ParticipationDispositif *self);
void                     participation_dispositif_set_description (ParticipationDispositif *self,
                                                                   const char              *description);
const char              *participation_dispositif_get_audience    (ParticipationDispositif *self);
void                     participation_dispositif_set_audience    (ParticipationDispositif *self,
                                                                   const char              *audience);
const char              *participation_dispositif_get_url         (ParticipationDispositif *self);
void                     participation_dispositif_set_url         (ParticipationDispositif *self,
                                                                   const char              *url);
void                     participation_dispositif_register        (GTypeModule             *module);

G_END_DECLS
