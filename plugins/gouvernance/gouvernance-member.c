/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-member.c: GouvernanceMember, one member of the governance —
 * a commune, the EPCI, the département, the State, an association, a
 * company… — with its SIREN or SIRET number and its roles (co-porteur,
 * cofinanceur, bénéficiaire, observateur), as the national platforms
 * record them.
 *
 * The number is kept as given, even when its check digit is wrong (a file
 * edited by hand, an import): the findings then say so, rather than the
 * number being lost. The dialog stores only valid numbers.
 */
#define G_LOG_DOMAIN "gouvernance-member"

#include "config.h"

#include <maillage.h>

#include "gouvernance-member.h"

struct _GouvernanceMember
{
  GObject                parent_instance;

  char                  *name;
  GouvernanceMemberKind  kind;
  char                  *siren;  /* SIREN or SIRET, digits; "" for none */
  GouvernanceRoles       roles;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (GouvernanceMember, gouvernance_member, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL, {})

static void
gouvernance_member_finalize (GObject *object)
{
  GouvernanceMember *self = GOUVERNANCE_MEMBER (object);

  g_free (self->name);
  g_free (self->siren);

  G_OBJECT_CLASS (gouvernance_member_parent_class)->finalize (object);
}

static void
gouvernance_member_class_init (GouvernanceMemberClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gouvernance_member_finalize;
}

static void
gouvernance_member_class_finalize (GouvernanceMemberClass *klass)
{
}

static void
gouvernance_member_init (GouvernanceMember *self)
{
}

/**
 * gouvernance_member_new:
 * @name: the member's name
 * @kind: what it is
 * @siren: (nullable): its SIREN or SIRET number, or "" or %NULL for none;
 *   kept as given
 * @roles: what it does in the governance
 *
 * Returns: (transfer full): a new member
 */
GouvernanceMember *
gouvernance_member_new (const char            *name,
                        GouvernanceMemberKind  kind,
                        const char            *siren,
                        GouvernanceRoles       roles)
{
  GouvernanceMember *self;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (kind < GOUVERNANCE_N_MEMBER_KINDS, NULL);

  self = g_object_new (GOUVERNANCE_TYPE_MEMBER, NULL);
  self->name = g_strdup (name);
  self->kind = kind;
  self->siren = g_strdup (siren != NULL ? siren : "");
  self->roles = roles & ((1u << GOUVERNANCE_N_ROLES) - 1);

  return self;
}

const char *
gouvernance_member_get_name (GouvernanceMember *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_MEMBER (self), NULL);

  return self->name;
}

GouvernanceMemberKind
gouvernance_member_get_kind (GouvernanceMember *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_MEMBER (self), GOUVERNANCE_MEMBER_OTHER);

  return self->kind;
}

/* The SIREN or SIRET number as stored, "" for none. */
const char *
gouvernance_member_get_siren (GouvernanceMember *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_MEMBER (self), NULL);

  return self->siren;
}

/* Whether the number is absent or has a valid check digit. */
gboolean
gouvernance_member_siren_is_valid (GouvernanceMember *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_MEMBER (self), FALSE);

  return gouvernance_member_check_siren (self->siren, NULL);
}

/**
 * gouvernance_member_check_siren:
 * @text: a member's number as typed or stored
 * @error: what is wrong, for the user
 *
 * A member need not have a number: it is checked by libmaillage
 * (maillage_siren_check()) only when one is given.
 *
 * Returns: whether @text is empty, a SIREN or a SIRET number
 */
gboolean
gouvernance_member_check_siren (const char  *text,
                                GError     **error)
{
  g_autofree char *digits = NULL;

  g_return_val_if_fail (text != NULL, FALSE);

  digits = maillage_siren_normalize (text);
  return *digits == '\0' || maillage_siren_check (text, error);
}

GouvernanceRoles
gouvernance_member_get_roles (GouvernanceMember *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_MEMBER (self), GOUVERNANCE_ROLE_NONE);

  return self->roles;
}

gboolean
gouvernance_member_equal (GouvernanceMember *a,
                          GouvernanceMember *b)
{
  g_return_val_if_fail (GOUVERNANCE_IS_MEMBER (a), FALSE);
  g_return_val_if_fail (GOUVERNANCE_IS_MEMBER (b), FALSE);

  return g_strcmp0 (a->name, b->name) == 0 && a->kind == b->kind &&
         g_strcmp0 (a->siren, b->siren) == 0 && a->roles == b->roles;
}

void
gouvernance_member_register (GTypeModule *module)
{
  gouvernance_member_register_type (module);
}
