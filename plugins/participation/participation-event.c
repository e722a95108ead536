/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "participation-event"

#include "config.h"

#include <string.h>

#include "participation-check.h"
#include "participation-event.h"

/*
 * ParticipationEvent: one date of the participation calendar — a public
 * meeting, the opening of a vote, a workshop — with its place, the
 * dispositif it belongs to (by name; empty for none) and whether it is
 * still planned, was held or was cancelled. The date is YYYY-MM-DD, or
 * empty while a dialog is being filled in.
 */
struct _ParticipationEvent
{
  GObject                   parent_instance;

  char                     *date;
  char                     *title;
  char                     *dispositif;
  char                     *place;
  ParticipationEventStatus  status;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (ParticipationEvent, participation_event, G_TYPE_OBJECT,
                                G_TYPE_FLAG_FINAL, {})

enum {
  PROP_0,
  PROP_DATE,
  PROP_TITLE,
  PROP_DISPOSITIF,
  PROP_PLACE,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
participation_event_finalize (GObject *object)
{
  ParticipationEvent *self = PARTICIPATION_EVENT (object);

  g_free (self->date);
  g_free (self->title);
  g_free (self->dispositif);
  g_free (self->place);

  G_OBJECT_CLASS (participation_event_parent_class)->finalize (object);
}

static void
participation_event_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ParticipationEvent *self = PARTICIPATION_EVENT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DISPOSITIF:
      g_value_set_string (value, self->dispositif);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_STATUS:
      g_value_set_uint (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
participation_event_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ParticipationEvent *self = PARTICIPATION_EVENT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      participation_event_set_date (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      participation_event_set_title (self, g_value_get_string (value));
      break;
    case PROP_DISPOSITIF:
      participation_event_set_dispositif (self, g_value_get_string (value));
      break;
    case PROP_PLACE:
      participation_event_set_place (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      participation_event_set_status (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
participation_event_class_init (ParticipationEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = participation_event_finalize;
  object_class->get_property = participation_event_get_property;
  object_class->set_property = participation_event_set_property;

  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, "", flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_DISPOSITIF] = g_param_spec_string ("dispositif", NULL, NULL, "", flags);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, "", flags);
  properties[PROP_STATUS] = g_param_spec_uint ("status", NULL, NULL, 0, PARTICIPATION_N_EVENT_STATUSES - 1,
                                               PARTICIPATION_EVENT_PLANNED, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
participation_event_class_finalize (ParticipationEventClass *klass)
{
}

static void
participation_event_init (ParticipationEvent *self)
{
  self->date = g_strdup ("");
  self->title = g_strdup ("");
  self->dispositif = g_strdup ("");
  self->place = g_strdup ("");
}

ParticipationEvent *
participation_event_new (const char *date,
                         const char *title)
{
  return g_object_new (PARTICIPATION_TYPE_EVENT, "date", date, "title", title, NULL);
}

ParticipationEvent *
participation_event_copy (ParticipationEvent *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_EVENT (self), NULL);

  return g_object_new (PARTICIPATION_TYPE_EVENT,
                       "date", self->date,
                       "title", self->title,
                       "dispositif", self->dispositif,
                       "place", self->place,
                       "status", self->status,
                       NULL);
}

gboolean
participation_event_equal (ParticipationEvent *a,
                           ParticipationEvent *b)
{
  g_return_val_if_fail (PARTICIPATION_IS_EVENT (a), FALSE);
  g_return_val_if_fail (PARTICIPATION_IS_EVENT (b), FALSE);

  return g_str_equal (a->date, b->date) && g_str_equal (a->title, b->title) &&
         g_str_equal (a->dispositif, b->dispositif) && g_str_equal (a->place, b->place) &&
         a->status == b->status;
}

/* The calendar's order: by date (YYYY-MM-DD sorts as text), then title. */
int
participation_event_compare (ParticipationEvent *a,
                             ParticipationEvent *b)
{
  int result = strcmp (a->date, b->date);

  if (result != 0)
    return result;
  return g_utf8_collate (a->title, b->title);
}

static void
set_string (ParticipationEvent  *self,
            char               **field,
            const char          *value,
            guint                prop_id)
{
  if (value == NULL)
    value = "";
  if (g_str_equal (*field, value))
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

const char *
participation_event_get_date (ParticipationEvent *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_EVENT (self), NULL);

  return self->date;
}

void
participation_event_set_date (ParticipationEvent *self,
                              const char         *date)
{
  g_return_if_fail (PARTICIPATION_IS_EVENT (self));

  set_string (self, &self->date, date, PROP_DATE);
}

const char *
participation_event_get_title (ParticipationEvent *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_EVENT (self), NULL);

  return self->title;
}

void
participation_event_set_title (ParticipationEvent *self,
                               const char         *title)
{
  g_return_if_fail (PARTICIPATION_IS_EVENT (self));

  set_string (self, &self->title, title, PROP_TITLE);
}

const char *
participation_event_get_dispositif (ParticipationEvent *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_EVENT (self), NULL);

  return self->dispositif;
}

void
participation_event_set_dispositif (ParticipationEvent *self,
                                    const char         *dispositif)
{
  g_return_if_fail (PARTICIPATION_IS_EVENT (self));

  set_string (self, &self->dispositif, dispositif, PROP_DISPOSITIF);
}

const char *
participation_event_get_place (ParticipationEvent *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_EVENT (self), NULL);

  return self->place;
}

void
participation_event_set_place (ParticipationEvent *self,
                               const char         *place)
{
  g_return_if_fail (PARTICIPATION_IS_EVENT (self));

  set_string (self, &self->place, place, PROP_PLACE);
}

ParticipationEventStatus
participation_event_get_status (ParticipationEvent *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_EVENT (self), PARTICIPATION_EVENT_PLANNED);

  return self->status;
}

void
participation_event_set_status (ParticipationEvent       *self,
                                ParticipationEventStatus  status)
{
  g_return_if_fail (PARTICIPATION_IS_EVENT (self));
  g_return_if_fail (status < PARTICIPATION_N_EVENT_STATUSES);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/* Whether the event's day is before @today while it is still planned:
 * someone should say whether it was held. */
gboolean
participation_event_is_overdue (ParticipationEvent *self,
                                const GDate        *today)
{
  GDate date;

  g_return_val_if_fail (PARTICIPATION_IS_EVENT (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  return self->status == PARTICIPATION_EVENT_PLANNED &&
         participation_check_get_date (self->date, &date) && g_date_compare (&date, today) < 0;
}

void
participation_event_register (GTypeModule *module)
{
  participation_event_register_type (module);
}
