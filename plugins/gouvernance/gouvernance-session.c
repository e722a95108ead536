/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-session.c: GouvernanceSession, one session of the plan for
 * training and informing elected members and staff: whom it is for, its
 * topic, and the day it is planned for ("" when not set yet).
 */
#define G_LOG_DOMAIN "gouvernance-session"

#include "config.h"

#include "gouvernance-session.h"

struct _GouvernanceSession
{
  GObject              parent_instance;

  GouvernanceAudience  audience;
  char                *topic;
  char                *date;  /* ISO 8601 day, or "" */
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (GouvernanceSession, gouvernance_session, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL, {})

static void
gouvernance_session_finalize (GObject *object)
{
  GouvernanceSession *self = GOUVERNANCE_SESSION (object);

  g_free (self->topic);
  g_free (self->date);

  G_OBJECT_CLASS (gouvernance_session_parent_class)->finalize (object);
}

static void
gouvernance_session_class_init (GouvernanceSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gouvernance_session_finalize;
}

static void
gouvernance_session_class_finalize (GouvernanceSessionClass *klass)
{
}

static void
gouvernance_session_init (GouvernanceSession *self)
{
}

GouvernanceSession *
gouvernance_session_new (GouvernanceAudience  audience,
                         const char          *topic,
                         const char          *iso_date)
{
  GouvernanceSession *self;

  g_return_val_if_fail (audience < GOUVERNANCE_N_AUDIENCES, NULL);
  g_return_val_if_fail (topic != NULL, NULL);

  self = g_object_new (GOUVERNANCE_TYPE_SESSION, NULL);
  self->audience = audience;
  self->topic = g_strdup (topic);
  self->date = g_strdup (iso_date != NULL ? iso_date : "");

  return self;
}

GouvernanceAudience
gouvernance_session_get_audience (GouvernanceSession *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_SESSION (self), GOUVERNANCE_AUDIENCE_BOTH);

  return self->audience;
}

const char *
gouvernance_session_get_topic (GouvernanceSession *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_SESSION (self), NULL);

  return self->topic;
}

/* The day planned, ISO 8601, or "" when not set. */
const char *
gouvernance_session_get_date (GouvernanceSession *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_SESSION (self), NULL);

  return self->date;
}

gboolean
gouvernance_session_equal (GouvernanceSession *a,
                           GouvernanceSession *b)
{
  g_return_val_if_fail (GOUVERNANCE_IS_SESSION (a), FALSE);
  g_return_val_if_fail (GOUVERNANCE_IS_SESSION (b), FALSE);

  return a->audience == b->audience && g_strcmp0 (a->topic, b->topic) == 0 &&
         g_strcmp0 (a->date, b->date) == 0;
}

void
gouvernance_session_register (GTypeModule *module)
{
  gouvernance_session_register_type (module);
}
