/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "participation-dispositif"

#include "config.h"

#include "participation-dispositif.h"

/*
 * ParticipationDispositif: one tool of citizen participation the strategy
 * relies on — a consultation, a participatory budget, an open data portal,
 * a council… — with what it is, whom it addresses, and where it is online.
 * Strings are never NULL; the url is empty or an http(s) address (the
 * dialog and the reader check it: see participation-check.c).
 */
struct _ParticipationDispositif
{
  GObject            parent_instance;

  ParticipationKind  kind;
  char              *name;
  char              *description;
  char              *audience;
  char              *url;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (ParticipationDispositif, participation_dispositif, G_TYPE_OBJECT,
                                G_TYPE_FLAG_FINAL, {})

enum {
  PROP_0,
  PROP_KIND,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_AUDIENCE,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
participation_dispositif_finalize (GObject *object)
{
  ParticipationDispositif *self = PARTICIPATION_DISPOSITIF (object);

  g_free (self->name);
  g_free (self->description);
  g_free (self->audience);
  g_free (self->url);

  G_OBJECT_CLASS (participation_dispositif_parent_class)->finalize (object);
}

static void
participation_dispositif_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  ParticipationDispositif *self = PARTICIPATION_DISPOSITIF (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_AUDIENCE:
      g_value_set_string (value, self->audience);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
participation_dispositif_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  ParticipationDispositif *self = PARTICIPATION_DISPOSITIF (object);

  switch (prop_id)
    {
    case PROP_KIND:
      participation_dispositif_set_kind (self, g_value_get_uint (value));
      break;
    case PROP_NAME:
      participation_dispositif_set_name (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      participation_dispositif_set_description (self, g_value_get_string (value));
      break;
    case PROP_AUDIENCE:
      participation_dispositif_set_audience (self, g_value_get_string (value));
      break;
    case PROP_URL:
      participation_dispositif_set_url (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
participation_dispositif_class_init (ParticipationDispositifClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = participation_dispositif_finalize;
  object_class->get_property = participation_dispositif_get_property;
  object_class->set_property = participation_dispositif_set_property;

  properties[PROP_KIND] = g_param_spec_uint ("kind", NULL, NULL, 0, PARTICIPATION_N_KINDS - 1,
                                             PARTICIPATION_KIND_CONSULTATION, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_AUDIENCE] = g_param_spec_string ("audience", NULL, NULL, "", flags);
  properties[PROP_URL] = g_param_spec_string ("url", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
participation_dispositif_class_finalize (ParticipationDispositifClass *klass)
{
}

static void
participation_dispositif_init (ParticipationDispositif *self)
{
  self->name = g_strdup ("");
  self->description = g_strdup ("");
  self->audience = g_strdup ("");
  self->url = g_strdup ("");
}

ParticipationDispositif *
participation_dispositif_new (ParticipationKind  kind,
                              const char        *name)
{
  g_return_val_if_fail (kind < PARTICIPATION_N_KINDS, NULL);

  return g_object_new (PARTICIPATION_TYPE_DISPOSITIF, "kind", kind, "name", name, NULL);
}

/* A copy for a dialog to edit: the original stays as it is until the
 * dialog's change is accepted. */
ParticipationDispositif *
participation_dispositif_copy (ParticipationDispositif *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_DISPOSITIF (self), NULL);

  return g_object_new (PARTICIPATION_TYPE_DISPOSITIF,
                       "kind", self->kind,
                       "name", self->name,
                       "description", self->description,
                       "audience", self->audience,
                       "url", self->url,
                       NULL);
}

gboolean
participation_dispositif_equal (ParticipationDispositif *a,
                                ParticipationDispositif *b)
{
  g_return_val_if_fail (PARTICIPATION_IS_DISPOSITIF (a), FALSE);
  g_return_val_if_fail (PARTICIPATION_IS_DISPOSITIF (b), FALSE);

  return a->kind == b->kind && g_str_equal (a->name, b->name) &&
         g_str_equal (a->description, b->description) && g_str_equal (a->audience, b->audience) &&
         g_str_equal (a->url, b->url);
}

static void
set_string (ParticipationDispositif  *self,
            char                    **field,
            const char               *value,
            guint                     prop_id)
{
  if (value == NULL)
    value = "";
  if (g_str_equal (*field, value))
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

ParticipationKind
participation_dispositif_get_kind (ParticipationDispositif *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_DISPOSITIF (self), PARTICIPATION_KIND_OTHER);

  return self->kind;
}

void
participation_dispositif_set_kind (ParticipationDispositif *self,
                                   ParticipationKind        kind)
{
  g_return_if_fail (PARTICIPATION_IS_DISPOSITIF (self));
  g_return_if_fail (kind < PARTICIPATION_N_KINDS);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
participation_dispositif_get_name (ParticipationDispositif *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_DISPOSITIF (self), NULL);

  return self->name;
}

void
participation_dispositif_set_name (ParticipationDispositif *self,
                                   const char              *name)
{
  g_return_if_fail (PARTICIPATION_IS_DISPOSITIF (self));

  set_string (self, &self->name, name, PROP_NAME);
}

const char *
participation_dispositif_get_description (ParticipationDispositif *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_DISPOSITIF (self), NULL);

  return self->description;
}

void
participation_dispositif_set_description (ParticipationDispositif *self,
                                          const char              *description)
{
  g_return_if_fail (PARTICIPATION_IS_DISPOSITIF (self));

  set_string (self, &self->description, description, PROP_DESCRIPTION);
}

const char *
participation_dispositif_get_audience (ParticipationDispositif *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_DISPOSITIF (self), NULL);

  return self->audience;
}

void
participation_dispositif_set_audience (ParticipationDispositif *self,
                                       const char              *audience)
{
  g_return_if_fail (PARTICIPATION_IS_DISPOSITIF (self));

  set_string (self, &self->audience, audience, PROP_AUDIENCE);
}

const char *
participation_dispositif_get_url (ParticipationDispositif *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_DISPOSITIF (self), NULL);

  return self->url;
}

void
participation_dispositif_set_url (ParticipationDispositif *self,
                                  const char              *url)
{
  g_return_if_fail (PARTICIPATION_IS_DISPOSITIF (self));

  set_string (self, &self->url, url, PROP_URL);
}

void
participation_dispositif_register (GTypeModule *module)
{
  participation_dispositif_register_type (module);
}
