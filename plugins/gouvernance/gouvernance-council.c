/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-council.c: GouvernanceCouncil, one conseil local du
 * numérique: where inhabitants, associations, businesses and elected
 * members of a part of the territory meet about digital matters. It has
 * a name, a status, the member communes it covers (INSEE codes) and, for
 * what communes do not say (a neighbourhood, a valley), a free
 * description of its area.
 */
#define G_LOG_DOMAIN "gouvernance-council"

#include "config.h"

#include "gouvernance-council.h"

struct _GouvernanceCouncil
{
  GObject                   parent_instance;

  char                     *name;
  GouvernanceCouncilStatus  status;
  char                     *area;      /* free text, "" for none */
  char                    **communes;  /* INSEE codes, never NULL */
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (GouvernanceCouncil, gouvernance_council, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL, {})

static void
gouvernance_council_finalize (GObject *object)
{
  GouvernanceCouncil *self = GOUVERNANCE_COUNCIL (object);

  g_free (self->name);
  g_free (self->area);
  g_strfreev (self->communes);

  G_OBJECT_CLASS (gouvernance_council_parent_class)->finalize (object);
}

static void
gouvernance_council_class_init (GouvernanceCouncilClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gouvernance_council_finalize;
}

static void
gouvernance_council_class_finalize (GouvernanceCouncilClass *klass)
{
}

static void
gouvernance_council_init (GouvernanceCouncil *self)
{
  self->area = g_strdup ("");
  self->communes = g_new0 (char *, 1);
}

GouvernanceCouncil *
gouvernance_council_new (const char               *name,
                         GouvernanceCouncilStatus  status)
{
  GouvernanceCouncil *self;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (status < GOUVERNANCE_N_COUNCIL_STATUSES, NULL);

  self = g_object_new (GOUVERNANCE_TYPE_COUNCIL, NULL);
  self->name = g_strdup (name);
  self->status = status;

  return self;
}

const char *
gouvernance_council_get_name (GouvernanceCouncil *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_COUNCIL (self), NULL);

  return self->name;
}

GouvernanceCouncilStatus
gouvernance_council_get_status (GouvernanceCouncil *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_COUNCIL (self), GOUVERNANCE_COUNCIL_PLANNED);

  return self->status;
}

const char *
gouvernance_council_get_area (GouvernanceCouncil *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_COUNCIL (self), NULL);

  return self->area;
}

void
gouvernance_council_set_area (GouvernanceCouncil *self,
                              const char         *area)
{
  g_return_if_fail (GOUVERNANCE_IS_COUNCIL (self));

  g_free (self->area);
  self->area = g_strdup (area != NULL ? area : "");
}

/**
 * gouvernance_council_get_communes:
 *
 * Returns: (transfer none) (array zero-terminated=1): the INSEE codes of
 *   the communes the council covers, in the order given
 */
const char * const *
gouvernance_council_get_communes (GouvernanceCouncil *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_COUNCIL (self), NULL);

  return (const char * const *) self->communes;
}

void
gouvernance_council_set_communes (GouvernanceCouncil *self,
                                  const char * const *insee_codes)
{
  g_return_if_fail (GOUVERNANCE_IS_COUNCIL (self));

  g_strfreev (self->communes);
  self->communes = insee_codes != NULL ? g_strdupv ((char **) insee_codes) : g_new0 (char *, 1);
}

gboolean
gouvernance_council_equal (GouvernanceCouncil *a,
                           GouvernanceCouncil *b)
{
  g_return_val_if_fail (GOUVERNANCE_IS_COUNCIL (a), FALSE);
  g_return_val_if_fail (GOUVERNANCE_IS_COUNCIL (b), FALSE);

  return g_strcmp0 (a->name, b->name) == 0 && a->status == b->status &&
         g_strcmp0 (a->area, b->area) == 0 &&
         g_strv_equal ((const char * const *) a->communes, (const char * const *) b->communes);
}

void
gouvernance_council_register (GTypeModule *module)
{
  gouvernance_council_register_type (module);
}
