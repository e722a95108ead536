/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "gouvernance-types.h"

G_BEGIN_DECLS

/* One person or organisation sitting in a body, and what they do there. */
typedef struct
{
  char *name;
  char *role;
} GouvernanceParticipant;

#define GOUVERNANCE_TYPE_BODY (gouvernance_body_get_type ())
G_DECLARE_FINAL_TYPE (GouvernanceBody, gouvernance_body, GOUVERNANCE, BODY, GObject)

GouvernanceBody              *gouvernance_body_new               (const char          *name,
                                                                  GouvernanceBodyKind  kind);
const char                   *gouvernance_body_get_name          (GouvernanceBody     *self);
GouvernanceBodyKind           gouvernance_body_get_kind          (GouvernanceBody     *self);
const char                   *gouvernance_body_get_frequency     (GouvernanceBody     *self);
void                          gouvernance_body_set_frequency     (GouvernanceBody     *self,
                                                                  const char          *frequency);
const char                   *gouvernance_body_get_next_meeting  (GouvernanceBody     *self);
void                          gouvernance_body_set_next_meeting  (GouvernanceBody     *self,
                                                                  const char          *iso_date);
guint                         gouvernance_body_get_n_participants (GouvernanceBody    *self);
const GouvernanceParticipant *gouvernance_body_get_participant   (GouvernanceBody     *self,
                                                                  guint                index);
void                          gouvernance_body_add_participant   (GouvernanceBody     *self,
                                                                  const char          *name,
                                                                  const char          *role);
gboolean                      gouvernance_body_equal             (GouvernanceBody     *a,
                                                                  GouvernanceBody     *b);
void                          gouvernance_body_register          (GTypeModule         *module);

G_END_DECLS
