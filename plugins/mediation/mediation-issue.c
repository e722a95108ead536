/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mediation-issue"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mediation-issue.h"

/*
 * MediationIssue: one thing wrong with one lieu, as a list can show it: the
 * row (a line of a CSV file, the rank of an object in a JSON array, or of a
 * lieu in the inventory), the field, the value found and what the schema
 * wants, in words. An issue about the row as a whole has no field.
 */
struct _MediationIssue
{
  GObject         parent_instance;

  guint           row;
  MediationField  field;
  gboolean        has_field;
  char           *value;
  char           *message;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (MediationIssue, mediation_issue, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL, {})

enum {
  PROP_0,
  PROP_ROW,
  PROP_FIELD_NAME,
  PROP_VALUE,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mediation_issue_finalize (GObject *object)
{
  MediationIssue *self = MEDIATION_ISSUE (object);

  g_free (self->value);
  g_free (self->message);

  G_OBJECT_CLASS (mediation_issue_parent_class)->finalize (object);
}

static void
mediation_issue_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MediationIssue *self = MEDIATION_ISSUE (object);

  switch (prop_id)
    {
    case PROP_ROW:
      g_value_set_uint (value, self->row);
      break;

    case PROP_FIELD_NAME:
      g_value_set_string (value, mediation_issue_get_field_name (self));
      break;

    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mediation_issue_class_init (MediationIssueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mediation_issue_finalize;
  object_class->get_property = mediation_issue_get_property;

  properties[PROP_ROW] =
    g_param_spec_uint ("row", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_FIELD_NAME] =
    g_param_spec_string ("field-name", NULL, NULL, "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL, "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mediation_issue_class_finalize (MediationIssueClass *klass)
{
}

static void
mediation_issue_init (MediationIssue *self)
{
}

MediationIssue *
mediation_issue_new (guint           row,
                     MediationField  field,
                     const char     *value,
                     const char     *message)
{
  MediationIssue *self;

  g_return_val_if_fail (field < MEDIATION_N_FIELDS, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (MEDIATION_TYPE_ISSUE, NULL);
  self->row = row;
  self->field = field;
  self->has_field = TRUE;
  self->value = g_strdup (value != NULL ? value : "");
  self->message = g_strdup (message);

  return self;
}

/* An issue with the row as a whole: not an object, a duplicate id… */
MediationIssue *
mediation_issue_new_for_row (guint       row,
                             const char *message)
{
  MediationIssue *self;

  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (MEDIATION_TYPE_ISSUE, NULL);
  self->row = row;
  self->value = g_strdup ("");
  self->message = g_strdup (message);

  return self;
}

guint
mediation_issue_get_row (MediationIssue *self)
{
  g_return_val_if_fail (MEDIATION_IS_ISSUE (self), 0);

  return self->row;
}

gboolean
mediation_issue_has_field (MediationIssue *self)
{
  g_return_val_if_fail (MEDIATION_IS_ISSUE (self), FALSE);

  return self->has_field;
}

MediationField
mediation_issue_get_field (MediationIssue *self)
{
  g_return_val_if_fail (MEDIATION_IS_ISSUE (self), MEDIATION_FIELD_ID);

  return self->field;
}

/* The schema's name of the field, "" for an issue with the whole row. */
const char *
mediation_issue_get_field_name (MediationIssue *self)
{
  g_return_val_if_fail (MEDIATION_IS_ISSUE (self), NULL);

  return self->has_field ? mediation_schema_field_name (self->field) : "";
}

const char *
mediation_issue_get_value (MediationIssue *self)
{
  g_return_val_if_fail (MEDIATION_IS_ISSUE (self), NULL);

  return self->value;
}

const char *
mediation_issue_get_message (MediationIssue *self)
{
  g_return_val_if_fail (MEDIATION_IS_ISSUE (self), NULL);

  return self->message;
}

/**
 * mediation_issue_to_string:
 * @self: a #MediationIssue
 * @lines: whether the row is a line of a file (CSV) rather than the rank of
 *   a lieu (JSON, the inventory)
 *
 * The issue in one sentence: “Line 12, field “pivot”: …”.
 *
 * Returns: (transfer full): the sentence
 */
char *
mediation_issue_to_string (MediationIssue *self,
                           gboolean        lines)
{
  g_return_val_if_fail (MEDIATION_IS_ISSUE (self), NULL);

  if (!self->has_field)
    return g_strdup_printf (lines ? _("Line %u: %s") : _("Place %u: %s"),
                            self->row, self->message);

  return g_strdup_printf (lines ? _("Line %u, field “%s”: %s") : _("Place %u, field “%s”: %s"),
                          self->row, mediation_schema_field_name (self->field), self->message);
}

void
mediation_issue_register (GTypeModule *module)
{
  mediation_issue_register_type (module);
}
