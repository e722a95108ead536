/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-body.c: GouvernanceBody, one steering body of the strategy
 * (comité stratégique, technique, consultatif…): its name, its kind, how
 * often it meets, its next meeting, and who sits in it with what role.
 *
 * A body is filled when it is made, by the JSON reader or a dialog, then
 * handed to the module and no longer changed: the module replaces it as a
 * whole, so that every change is one change of the module's list.
 */
#define G_LOG_DOMAIN "gouvernance-body"

#include "config.h"

#include "gouvernance-body.h"

struct _GouvernanceBody
{
  GObject              parent_instance;

  char                *name;
  GouvernanceBodyKind  kind;
  char                *frequency;     /* free text: « trimestrielle » */
  char                *next_meeting;  /* ISO 8601 day, or "" */
  GArray              *participants;  /* GouvernanceParticipant */
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (GouvernanceBody, gouvernance_body, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL, {})

static void
participant_clear (GouvernanceParticipant *participant)
{
  g_free (participant->name);
  g_free (participant->role);
}

static void
gouvernance_body_finalize (GObject *object)
{
  GouvernanceBody *self = GOUVERNANCE_BODY (object);

  g_free (self->name);
  g_free (self->frequency);
  g_free (self->next_meeting);
  g_array_unref (self->participants);

  G_OBJECT_CLASS (gouvernance_body_parent_class)->finalize (object);
}

static void
gouvernance_body_class_init (GouvernanceBodyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gouvernance_body_finalize;
}

static void
gouvernance_body_class_finalize (GouvernanceBodyClass *klass)
{
}

static void
gouvernance_body_init (GouvernanceBody *self)
{
  self->frequency = g_strdup ("");
  self->next_meeting = g_strdup ("");
  self->participants = g_array_new (FALSE, FALSE, sizeof (GouvernanceParticipant));
  g_array_set_clear_func (self->participants, (GDestroyNotify) participant_clear);
}

GouvernanceBody *
gouvernance_body_new (const char          *name,
                      GouvernanceBodyKind  kind)
{
  GouvernanceBody *self;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (kind < GOUVERNANCE_N_BODY_KINDS, NULL);

  self = g_object_new (GOUVERNANCE_TYPE_BODY, NULL);
  self->name = g_strdup (name);
  self->kind = kind;

  return self;
}

const char *
gouvernance_body_get_name (GouvernanceBody *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_BODY (self), NULL);

  return self->name;
}

GouvernanceBodyKind
gouvernance_body_get_kind (GouvernanceBody *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_BODY (self), GOUVERNANCE_BODY_OTHER);

  return self->kind;
}

const char *
gouvernance_body_get_frequency (GouvernanceBody *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_BODY (self), NULL);

  return self->frequency;
}

void
gouvernance_body_set_frequency (GouvernanceBody *self,
                                const char      *frequency)
{
  g_return_if_fail (GOUVERNANCE_IS_BODY (self));

  g_free (self->frequency);
  self->frequency = g_strdup (frequency != NULL ? frequency : "");
}

/* The day of the next meeting, ISO 8601, or "" when none is set. */
const char *
gouvernance_body_get_next_meeting (GouvernanceBody *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_BODY (self), NULL);

  return self->next_meeting;
}

void
gouvernance_body_set_next_meeting (GouvernanceBody *self,
                                   const char      *iso_date)
{
  g_return_if_fail (GOUVERNANCE_IS_BODY (self));

  g_free (self->next_meeting);
  self->next_meeting = g_strdup (iso_date != NULL ? iso_date : "");
}

guint
gouvernance_body_get_n_participants (GouvernanceBody *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_BODY (self), 0);

  return self->participants->len;
}

/**
 * gouvernance_body_get_participant:
 *
 * Returns: (transfer none): the @index-th person or organisation sitting
 *   in the body, in the order given
 */
const GouvernanceParticipant *
gouvernance_body_get_participant (GouvernanceBody *self,
                                  guint            index)
{
  g_return_val_if_fail (GOUVERNANCE_IS_BODY (self), NULL);
  g_return_val_if_fail (index < self->participants->len, NULL);

  return &g_array_index (self->participants, GouvernanceParticipant, index);
}

void
gouvernance_body_add_participant (GouvernanceBody *self,
                                  const char      *name,
                                  const char      *role)
{
  GouvernanceParticipant participant;

  g_return_if_fail (GOUVERNANCE_IS_BODY (self));
  g_return_if_fail (name != NULL);

  participant.name = g_strdup (name);
  participant.role = g_strdup (role != NULL ? role : "");
  g_array_append_val (self->participants, participant);
}

/* Whether @a and @b say the same: replacing one by the other is then no
 * change. */
gboolean
gouvernance_body_equal (GouvernanceBody *a,
                        GouvernanceBody *b)
{
  g_return_val_if_fail (GOUVERNANCE_IS_BODY (a), FALSE);
  g_return_val_if_fail (GOUVERNANCE_IS_BODY (b), FALSE);

  if (g_strcmp0 (a->name, b->name) != 0 || a->kind != b->kind ||
      g_strcmp0 (a->frequency, b->frequency) != 0 ||
      g_strcmp0 (a->next_meeting, b->next_meeting) != 0 ||
      a->participants->len != b->participants->len)
    return FALSE;

  for (guint i = 0; i < a->participants->len; i++)
    {
      const GouvernanceParticipant *pa = &g_array_index (a->participants, GouvernanceParticipant, i);
      const GouvernanceParticipant *pb = &g_array_index (b->participants, GouvernanceParticipant, i);

      if (g_strcmp0 (pa->name, pb->name) != 0 || g_strcmp0 (pa->role, pb->role) != 0)
        return FALSE;
    }

  return TRUE;
}

void
gouvernance_body_register (GTypeModule *module)
{
  gouvernance_body_register_type (module);
}
