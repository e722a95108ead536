/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-finding"

#include "config.h"

#include "maillage-enums.h"
#include "maillage-finding.h"

/**
 * MaillageFinding:
 *
 * One thing a module reports as missing or inconsistent — "3 indicators
 * have no source", "an action has no pilot" — shown in the overview.
 * Immutable.
 */
struct _MaillageFinding
{
  GObject           parent_instance;
  MaillageSeverity  severity;
  char             *message;
};

G_DEFINE_FINAL_TYPE (MaillageFinding, maillage_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
maillage_finding_finalize (GObject *object)
{
  MaillageFinding *self = MAILLAGE_FINDING (object);

  g_free (self->message);

  G_OBJECT_CLASS (maillage_finding_parent_class)->finalize (object);
}

static void
maillage_finding_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MaillageFinding *self = MAILLAGE_FINDING (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_finding_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MaillageFinding *self = MAILLAGE_FINDING (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      self->severity = g_value_get_enum (value);
      break;

    case PROP_MESSAGE:
      self->message = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_finding_class_init (MaillageFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = maillage_finding_finalize;
  object_class->get_property = maillage_finding_get_property;
  object_class->set_property = maillage_finding_set_property;

  /**
   * MaillageFinding:severity:
   *
   * How much the finding matters.
   */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       MAILLAGE_TYPE_SEVERITY, MAILLAGE_SEVERITY_INFO,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * MaillageFinding:message:
   *
   * What is wrong, in a sentence of the user's language.
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
maillage_finding_init (MaillageFinding *self)
{
}

/**
 * maillage_finding_new:
 * @severity: how much it matters
 * @message: what is wrong, translated
 *
 * Returns: (transfer full): a new #MaillageFinding
 */
MaillageFinding *
maillage_finding_new (MaillageSeverity  severity,
                      const char       *message)
{
  g_return_val_if_fail (message != NULL, NULL);

  return g_object_new (MAILLAGE_TYPE_FINDING,
                       "severity", severity,
                       "message", message,
                       NULL);
}

/**
 * maillage_finding_get_severity:
 * @self: a #MaillageFinding
 *
 * Returns: how much the finding matters
 */
MaillageSeverity
maillage_finding_get_severity (MaillageFinding *self)
{
  g_return_val_if_fail (MAILLAGE_IS_FINDING (self), MAILLAGE_SEVERITY_INFO);

  return self->severity;
}

/**
 * maillage_finding_get_message:
 * @self: a #MaillageFinding
 *
 * Returns: what is wrong, in the user's language
 */
const char *
maillage_finding_get_message (MaillageFinding *self)
{
  g_return_val_if_fail (MAILLAGE_IS_FINDING (self), NULL);

  return self->message;
}
