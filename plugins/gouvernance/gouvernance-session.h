/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "gouvernance-types.h"

G_BEGIN_DECLS

#define GOUVERNANCE_TYPE_SESSION (gouvernance_session_get_type ())
G_DECLARE_FINAL_TYPE (GouvernanceSession, gouvernance_session, GOUVERNANCE, SESSION, GObject)

GouvernanceSession  *gouvernance_session_new          (GouvernanceAudience  audience,
                                                       const char          *topic,
                                                       const char          *iso_date);
GouvernanceAudience  gouvernance_session_get_audience (GouvernanceSession  *self);
const char          *gouvernance_session_get_topic    (GouvernanceSession  *self);
const char          *gouvernance_session_get_date     (GouvernanceSession  *self);
gboolean             gouvernance_session_equal        (GouvernanceSession  *a,
                                                       GouvernanceSession  *b);
void                 gouvernance_session_register     (GTypeModule         *module);

G_END_DECLS
