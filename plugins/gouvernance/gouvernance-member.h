/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "gouvernance-types.h"

G_BEGIN_DECLS

#define GOUVERNANCE_TYPE_MEMBER (gouvernance_member_get_type ())
G_DECLARE_FINAL_TYPE (GouvernanceMember, gouvernance_member, GOUVERNANCE, MEMBER, GObject)

GouvernanceMember     *gouvernance_member_new            (const char            *name,
                                                          GouvernanceMemberKind  kind,
                                                          const char            *siren,
                                                          GouvernanceRoles       roles);
const char            *gouvernance_member_get_name       (GouvernanceMember     *self);
GouvernanceMemberKind  gouvernance_member_get_kind       (GouvernanceMember     *self);
const char            *gouvernance_member_get_siren      (GouvernanceMember     *self);
gboolean               gouvernance_member_siren_is_valid (GouvernanceMember     *self);
gboolean               gouvernance_member_check_siren    (const char            *text,
                                                          GError               **error);
GouvernanceRoles       gouvernance_member_get_roles      (GouvernanceMember     *self);
gboolean               gouvernance_member_equal          (GouvernanceMember     *a,
                                                          GouvernanceMember     *b);
void                   gouvernance_member_register       (GTypeModule           *module);

G_END_DECLS
