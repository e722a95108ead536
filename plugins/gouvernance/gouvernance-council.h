/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "gouvernance-types.h"

G_BEGIN_DECLS

#define GOUVERNANCE_TYPE_COUNCIL (gouvernance_council_get_type ())
G_DECLARE_FINAL_TYPE (GouvernanceCouncil, gouvernance_council, GOUVERNANCE, COUNCIL, GObject)

GouvernanceCouncil       *gouvernance_council_new          (const char               *name,
                                                            GouvernanceCouncilStatus  status);
const char               *gouvernance_council_get_name     (GouvernanceCouncil       *self);
GouvernanceCouncilStatus  gouvernance_council_get_status   (GouvernanceCouncil       *self);
const char               *gouvernance_council_get_area     (GouvernanceCouncil       *self);
void                      gouvernance_council_set_area     (GouvernanceCouncil       *self,
                                                            const char               *area);
const char * const       *gouvernance_council_get_communes (GouvernanceCouncil       *self);
void                      gouvernance_council_set_communes (GouvernanceCouncil       *self,
                                                            const char * const       *insee_codes);
gboolean                  gouvernance_council_equal        (GouvernanceCouncil       *a,
                                                            GouvernanceCouncil       *b);
void                      gouvernance_council_register     (GTypeModule              *module);

G_END_DECLS
