/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "participation-result"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <maillage.h>

#include "participation-result.h"

/*
 * ParticipationResult: a result of Decidim's accountability component —
 * what the collectivité does about what was decided, and how far it got:
 * its id (the key of a new import), title, description, category, status
 * (its name as the platform shows it), progress (a percentage, or
 * negative when the export does not say) and dates of start and end
 * (YYYY-MM-DD or empty).
 */
struct _ParticipationResult
{
  GObject  parent_instance;

  gint64   id;
  double   progress;
  char    *texts[PARTICIPATION_RESULT_N_TEXTS];
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (ParticipationResult, participation_result, G_TYPE_OBJECT,
                                G_TYPE_FLAG_FINAL, {})

enum {
  PROP_0,
  PROP_ID,
  PROP_PROGRESS,
  PROP_PROGRESS_LABEL,
  PROP_FIRST_TEXT,
  N_PROPS = PROP_FIRST_TEXT + PARTICIPATION_RESULT_N_TEXTS
};

static GParamSpec *properties[N_PROPS];

static const char * const text_names[] = {
  "title", "description", "category", "status", "start", "end", "url",
};

G_STATIC_ASSERT (G_N_ELEMENTS (text_names) == PARTICIPATION_RESULT_N_TEXTS);

static void
participation_result_finalize (GObject *object)
{
  ParticipationResult *self = PARTICIPATION_RESULT (object);

  for (guint i = 0; i < PARTICIPATION_RESULT_N_TEXTS; i++)
    g_free (self->texts[i]);

  G_OBJECT_CLASS (participation_result_parent_class)->finalize (object);
}

static void
participation_result_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ParticipationResult *self = PARTICIPATION_RESULT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    case PROP_PROGRESS_LABEL:
      g_value_take_string (value, self->progress < 0 ? g_strdup ("—")
                                                     : maillage_format_percent (self->progress, 0));
      break;
    default:
      if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->texts[prop_id - PROP_FIRST_TEXT]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
participation_result_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ParticipationResult *self = PARTICIPATION_RESULT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_PROGRESS:
      participation_result_set_progress (self, g_value_get_double (value));
      break;
    default:
      if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
        participation_result_set_text (self, prop_id - PROP_FIRST_TEXT, g_value_get_string (value));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
participation_result_class_init (ParticipationResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = participation_result_finalize;
  object_class->get_property = participation_result_get_property;
  object_class->set_property = participation_result_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("decidim-id", NULL, NULL, 0, G_MAXINT64, 0,
                                            flags | G_PARAM_CONSTRUCT_ONLY);
  properties[PROP_PROGRESS] = g_param_spec_double ("progress", NULL, NULL, -1.0, 100.0, -1.0, flags);
  properties[PROP_PROGRESS_LABEL] = g_param_spec_string ("progress-label", NULL, NULL, "",
                                                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  for (guint i = 0; i < PARTICIPATION_RESULT_N_TEXTS; i++)
    properties[PROP_FIRST_TEXT + i] = g_param_spec_string (text_names[i], NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
participation_result_class_finalize (ParticipationResultClass *klass)
{
}

static void
participation_result_init (ParticipationResult *self)
{
  self->progress = -1.0;
  for (guint i = 0; i < PARTICIPATION_RESULT_N_TEXTS; i++)
    self->texts[i] = g_strdup ("");
}

ParticipationResult *
participation_result_new (gint64      id,
                          const char *title)
{
  g_return_val_if_fail (id >= 0, NULL);

  return g_object_new (PARTICIPATION_TYPE_RESULT, "decidim-id", id, "title", title, NULL);
}

gboolean
participation_result_same_content (ParticipationResult *a,
                                   ParticipationResult *b)
{
  g_return_val_if_fail (PARTICIPATION_IS_RESULT (a), FALSE);
  g_return_val_if_fail (PARTICIPATION_IS_RESULT (b), FALSE);

  if (a->id != b->id || a->progress != b->progress)
    return FALSE;
  for (guint i = 0; i < PARTICIPATION_RESULT_N_TEXTS; i++)
    if (!g_str_equal (a->texts[i], b->texts[i]))
      return FALSE;
  return TRUE;
}

gint64
participation_result_get_id (ParticipationResult *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_RESULT (self), 0);

  return self->id;
}

/* The progress, from 0 to 100, or -1 when unknown. */
double
participation_result_get_progress (ParticipationResult *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_RESULT (self), -1.0);

  return self->progress;
}

void
participation_result_set_progress (ParticipationResult *self,
                                   double               progress)
{
  g_return_if_fail (PARTICIPATION_IS_RESULT (self));

  if (progress < 0)
    progress = -1.0;
  progress = MIN (progress, 100.0);
  if (self->progress == progress)
    return;
  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS_LABEL]);
}

const char *
participation_result_get_text (ParticipationResult     *self,
                               ParticipationResultText  text)
{
  g_return_val_if_fail (PARTICIPATION_IS_RESULT (self), NULL);
  g_return_val_if_fail (text < PARTICIPATION_RESULT_N_TEXTS, NULL);

  return self->texts[text];
}

void
participation_result_set_text (ParticipationResult     *self,
                               ParticipationResultText  text,
                               const char              *value)
{
  g_return_if_fail (PARTICIPATION_IS_RESULT (self));
  g_return_if_fail (text < PARTICIPATION_RESULT_N_TEXTS);

  if (value == NULL)
    value = "";
  if (g_str_equal (self->texts[text], value))
    return;

  g_free (self->texts[text]);
  self->texts[text] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_TEXT + text]);
}

const char *
participation_result_get_title (ParticipationResult *self)
{
  return participation_result_get_text (self, PARTICIPATION_RESULT_TITLE);
}

void
participation_result_register (GTypeModule *module)
{
  participation_result_register_type (module);
}
