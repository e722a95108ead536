/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-action-indicator.c: how an action's success is measured.
 */
#define G_LOG_DOMAIN "maillage-action-indicator"

#include "config.h"

#include "maillage-action-indicator.h"
#include "maillage-project-private.h"

/**
 * MaillageActionIndicator:
 *
 * An indicator of an action: its name, its baseline (where we start) and
 * its target (where we aim), as free text because indicators mix counts,
 * rates and dates.
 */
struct _MaillageActionIndicator
{
  GObject parent_instance;

  char *name;
  char *baseline;
  char *target;

  JsonObject *extras;
};

G_DEFINE_FINAL_TYPE (MaillageActionIndicator, maillage_action_indicator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_BASELINE,
  PROP_TARGET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
maillage_action_indicator_finalize (GObject *object)
{
  MaillageActionIndicator *self = (MaillageActionIndicator *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->baseline, g_free);
  g_clear_pointer (&self->target, g_free);
  g_clear_pointer (&self->extras, json_object_unref);

  G_OBJECT_CLASS (maillage_action_indicator_parent_class)->finalize (object);
}

static void
maillage_action_indicator_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  MaillageActionIndicator *self = MAILLAGE_ACTION_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_BASELINE:
      g_value_set_string (value, self->baseline);
      break;

    case PROP_TARGET:
      g_value_set_string (value, self->target);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_action_indicator_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  MaillageActionIndicator *self = MAILLAGE_ACTION_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      maillage_action_indicator_set_name (self, g_value_get_string (value));
      break;

    case PROP_BASELINE:
      maillage_action_indicator_set_baseline (self, g_value_get_string (value));
      break;

    case PROP_TARGET:
      maillage_action_indicator_set_target (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_action_indicator_class_init (MaillageActionIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = maillage_action_indicator_finalize;
  object_class->get_property = maillage_action_indicator_get_property;
  object_class->set_property = maillage_action_indicator_set_property;

  /**
   * MaillageActionIndicator:name:
   *
   * What is measured. Never %NULL.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageActionIndicator:baseline:
   *
   * The value when the action starts. Never %NULL.
   */
  properties[PROP_BASELINE] =
    g_param_spec_string ("baseline", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageActionIndicator:target:
   *
   * The value aimed at. Never %NULL.
   */
  properties[PROP_TARGET] =
    g_param_spec_string ("target", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
maillage_action_indicator_init (MaillageActionIndicator *self)
{
  self->name = g_strdup ("");
  self->baseline = g_strdup ("");
  self->target = g_strdup ("");
}

/**
 * maillage_action_indicator_new:
 * @name: (nullable): what is measured
 * @baseline: (nullable): the value when the action starts
 * @target: (nullable): the value aimed at
 *
 * Creates an indicator.
 *
 * Returns: (transfer full): a new #MaillageActionIndicator
 */
MaillageActionIndicator *
maillage_action_indicator_new (const char *name,
                               const char *baseline,
                               const char *target)
{
  MaillageActionIndicator *self;

  g_return_val_if_fail (maillage_utf8_is_valid (name), NULL);
  g_return_val_if_fail (maillage_utf8_is_valid (baseline), NULL);
  g_return_val_if_fail (maillage_utf8_is_valid (target), NULL);

  self = g_object_new (MAILLAGE_TYPE_ACTION_INDICATOR, NULL);

  /* Fields, not properties: nobody listens to a new object yet. */
  maillage_set_string (&self->name, name ? name : "");
  maillage_set_string (&self->baseline, baseline ? baseline : "");
  maillage_set_string (&self->target, target ? target : "");

  return self;
}

/**
 * maillage_action_indicator_get_name:
 * @self: a #MaillageActionIndicator
 *
 * Returns: (transfer none): what is measured, never %NULL
 */
const char *
maillage_action_indicator_get_name (MaillageActionIndicator *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION_INDICATOR (self), NULL);

  return self->name;
}

/**
 * maillage_action_indicator_set_name:
 * @self: a #MaillageActionIndicator
 * @name: (nullable): what is measured; %NULL is the empty string
 *
 * Sets the name of the indicator.
 */
void
maillage_action_indicator_set_name (MaillageActionIndicator *self,
                                    const char              *name)
{
  g_return_if_fail (MAILLAGE_IS_ACTION_INDICATOR (self));
  g_return_if_fail (maillage_utf8_is_valid (name));

  if (maillage_set_string (&self->name, name ? name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * maillage_action_indicator_get_baseline:
 * @self: a #MaillageActionIndicator
 *
 * Returns: (transfer none): the value when the action starts, never %NULL
 */
const char *
maillage_action_indicator_get_baseline (MaillageActionIndicator *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION_INDICATOR (self), NULL);

  return self->baseline;
}

/**
 * maillage_action_indicator_set_baseline:
 * @self: a #MaillageActionIndicator
 * @baseline: (nullable): the value when the action starts; %NULL is the
 *   empty string
 *
 * Sets the baseline of the indicator.
 */
void
maillage_action_indicator_set_baseline (MaillageActionIndicator *self,
                                        const char              *baseline)
{
  g_return_if_fail (MAILLAGE_IS_ACTION_INDICATOR (self));
  g_return_if_fail (maillage_utf8_is_valid (baseline));

  if (maillage_set_string (&self->baseline, baseline ? baseline : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASELINE]);
}

/**
 * maillage_action_indicator_get_target:
 * @self: a #MaillageActionIndicator
 *
 * Returns: (transfer none): the value aimed at, never %NULL
 */
const char *
maillage_action_indicator_get_target (MaillageActionIndicator *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION_INDICATOR (self), NULL);

  return self->target;
}

/**
 * maillage_action_indicator_set_target:
 * @self: a #MaillageActionIndicator
 * @target: (nullable): the value aimed at; %NULL is the empty string
 *
 * Sets the target of the indicator.
 */
void
maillage_action_indicator_set_target (MaillageActionIndicator *self,
                                      const char              *target)
{
  g_return_if_fail (MAILLAGE_IS_ACTION_INDICATOR (self));
  g_return_if_fail (maillage_utf8_is_valid (target));

  if (maillage_set_string (&self->target, target ? target : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
}

JsonObject *
_maillage_action_indicator_get_extras (MaillageActionIndicator *self)
{
  return self->extras;
}

void
_maillage_action_indicator_set_extras (MaillageActionIndicator *self,
                                       JsonObject              *extras)
{
  maillage_set_json_object (&self->extras, extras);
}
