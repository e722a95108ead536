/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mediation-lieu"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mediation-issue.h"
#include "mediation-lieu.h"

/*
 * MediationLieu: one lieu de médiation numérique, every field of the schema
 * v1.0.2. Each field is held as its text in the schema's CSV form (several
 * values joined by `|`, numbers with a point), so that one set of rules,
 * mediation_schema_check(), judges lieux read from CSV, from JSON or from
 * the project alike, and so that a value the schema refuses is kept as it
 * was rather than lost. Lists are split when first asked for.
 *
 * The few properties are what the editor's list shows and sorts by.
 */
struct _MediationLieu
{
  GObject  parent_instance;

  /* MEDIATION_N_FIELDS values, NULL when empty. */
  char   **values;
  /* Split on demand, for list fields only. */
  GStrv    lists[MEDIATION_N_FIELDS];

  /* The result of mediation_schema_check(), kept until a value changes. */
  gboolean checked;
  guint    n_problems;
  char    *problem;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (MediationLieu, mediation_lieu, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL, {})

enum {
  PROP_0,
  PROP_ID,
  PROP_NOM,
  PROP_COMMUNE,
  PROP_CODE_POSTAL,
  PROP_CODE_INSEE,
  PROP_DATE_MAJ,
  PROP_SERVICES_LABEL,
  PROP_DISPOSITIFS_LABEL,
  PROP_INVALID,
  PROP_PROBLEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_list[] = { NULL };

static void
mediation_lieu_finalize (GObject *object)
{
  MediationLieu *self = MEDIATION_LIEU (object);

  for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
    {
      g_free (self->values[f]);
      g_strfreev (self->lists[f]);
    }
  g_free (self->values);
  g_free (self->problem);

  G_OBJECT_CLASS (mediation_lieu_parent_class)->finalize (object);
}

static char *
join_list (MediationLieu  *self,
           MediationField  field)
{
  return g_strjoinv (", ", (char **) mediation_lieu_get_list (self, field));
}

static void
mediation_lieu_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MediationLieu *self = MEDIATION_LIEU (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, mediation_lieu_get_value (self, MEDIATION_FIELD_ID));
      break;

    case PROP_NOM:
      g_value_set_string (value, mediation_lieu_get_value (self, MEDIATION_FIELD_NOM));
      break;

    case PROP_COMMUNE:
      g_value_set_string (value, mediation_lieu_get_value (self, MEDIATION_FIELD_COMMUNE));
      break;

    case PROP_CODE_POSTAL:
      g_value_set_string (value, mediation_lieu_get_value (self, MEDIATION_FIELD_CODE_POSTAL));
      break;

    case PROP_CODE_INSEE:
      g_value_set_string (value, mediation_lieu_get_value (self, MEDIATION_FIELD_CODE_INSEE));
      break;

    case PROP_DATE_MAJ:
      g_value_set_string (value, mediation_lieu_get_value (self, MEDIATION_FIELD_DATE_MAJ));
      break;

    case PROP_SERVICES_LABEL:
      g_value_take_string (value, join_list (self, MEDIATION_FIELD_SERVICES));
      break;

    case PROP_DISPOSITIFS_LABEL:
      g_value_take_string (value, join_list (self, MEDIATION_FIELD_DISPOSITIF_PROGRAMMES_NATIONAUX));
      break;

    case PROP_INVALID:
      g_value_set_boolean (value, mediation_lieu_count_problems (self) > 0);
      break;

    case PROP_PROBLEM:
      g_value_set_string (value, self->n_problems > 0 ? self->problem : "");
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "",
                              (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

static void
mediation_lieu_class_init (MediationLieuClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mediation_lieu_finalize;
  object_class->get_property = mediation_lieu_get_property;

  properties[PROP_ID] = string_property ("id");
  properties[PROP_NOM] = string_property ("nom");
  properties[PROP_COMMUNE] = string_property ("commune");
  properties[PROP_CODE_POSTAL] = string_property ("code-postal");
  properties[PROP_CODE_INSEE] = string_property ("code-insee");
  properties[PROP_DATE_MAJ] = string_property ("date-maj");
  properties[PROP_SERVICES_LABEL] = string_property ("services-label");
  properties[PROP_DISPOSITIFS_LABEL] = string_property ("dispositifs-label");
  properties[PROP_PROBLEM] = string_property ("problem");
  properties[PROP_INVALID] =
    g_param_spec_boolean ("invalid", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mediation_lieu_class_finalize (MediationLieuClass *klass)
{
}

static void
mediation_lieu_init (MediationLieu *self)
{
  self->values = g_new0 (char *, MEDIATION_N_FIELDS);
}

MediationLieu *
mediation_lieu_new (void)
{
  return g_object_new (MEDIATION_TYPE_LIEU, NULL);
}

/**
 * mediation_lieu_new_take:
 * @values: (transfer full): MEDIATION_N_FIELDS values in normalized form
 *   (see mediation_schema_normalize()), %NULL or "" when empty
 *
 * Creates a lieu from values already normalized, as importers produce
 * them, without copying them.
 *
 * Returns: (transfer full): a new lieu
 */
MediationLieu *
mediation_lieu_new_take (char **values)
{
  MediationLieu *self;

  g_return_val_if_fail (values != NULL, NULL);

  self = mediation_lieu_new ();
  g_free (self->values);
  self->values = values;
  for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
    {
      if (values[f] != NULL && *values[f] == '\0')
        g_clear_pointer (&values[f], g_free);
    }

  return self;
}

/* The value of @field in the schema's CSV form; "" when empty. */
const char *
mediation_lieu_get_value (MediationLieu  *self,
                          MediationField  field)
{
  g_return_val_if_fail (MEDIATION_IS_LIEU (self), NULL);
  g_return_val_if_fail (field < MEDIATION_N_FIELDS, NULL);

  return self->values[field] != NULL ? self->values[field] : "";
}

static void
notify_field (MediationLieu  *self,
              MediationField  field)
{
  switch (field)
    {
    case MEDIATION_FIELD_ID:
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
      break;
    case MEDIATION_FIELD_NOM:
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOM]);
      break;
    case MEDIATION_FIELD_COMMUNE:
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMUNE]);
      break;
    case MEDIATION_FIELD_CODE_POSTAL:
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE_POSTAL]);
      break;
    case MEDIATION_FIELD_CODE_INSEE:
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE_INSEE]);
      break;
    case MEDIATION_FIELD_DATE_MAJ:
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_MAJ]);
      break;
    case MEDIATION_FIELD_SERVICES:
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICES_LABEL]);
      break;
    case MEDIATION_FIELD_DISPOSITIF_PROGRAMMES_NATIONAUX:
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPOSITIFS_LABEL]);
      break;
    default:
      break;
    }
}

/**
 * mediation_lieu_set_value:
 * @self: a #MediationLieu
 * @field: a field
 * @value: (nullable): the new value, as a person typed it; normalized
 *
 * Changes one field. The value is put in the schema's form where that is
 * certain (see mediation_schema_normalize()), and kept whatever it is.
 */
void
mediation_lieu_set_value (MediationLieu  *self,
                          MediationField  field,
                          const char     *value)
{
  g_autofree char *normalized = NULL;
  gboolean was_valid;

  g_return_if_fail (MEDIATION_IS_LIEU (self));
  g_return_if_fail (field < MEDIATION_N_FIELDS);

  normalized = mediation_schema_normalize (field, value);
  if (g_strcmp0 (normalized, mediation_lieu_get_value (self, field)) == 0)
    return;

  was_valid = mediation_lieu_count_problems (self) == 0;
  g_free (self->values[field]);
  self->values[field] = *normalized != '\0' ? g_steal_pointer (&normalized) : NULL;
  g_clear_pointer (&self->lists[field], g_strfreev);
  self->checked = FALSE;

  notify_field (self, field);
  if (was_valid != (mediation_lieu_count_problems (self) == 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INVALID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
}

/* The values of every field, MEDIATION_N_FIELDS of them, NULL when empty:
 * what mediation_schema_check() reads. */
const char * const *
mediation_lieu_get_values (MediationLieu *self)
{
  g_return_val_if_fail (MEDIATION_IS_LIEU (self), NULL);

  return (const char * const *) self->values;
}

/* The values of a list field; empty, never NULL. */
const char * const *
mediation_lieu_get_list (MediationLieu  *self,
                         MediationField  field)
{
  g_return_val_if_fail (MEDIATION_IS_LIEU (self), NULL);
  g_return_val_if_fail (field < MEDIATION_N_FIELDS, NULL);

  if (self->values[field] == NULL)
    return empty_list;

  if (self->lists[field] == NULL)
    self->lists[field] = g_strsplit (self->values[field], MEDIATION_SCHEMA_LIST_SEPARATOR, -1);

  return (const char * const *) self->lists[field];
}

gboolean
mediation_lieu_has_list_value (MediationLieu  *self,
                               MediationField  field,
                               const char     *value)
{
  g_return_val_if_fail (MEDIATION_IS_LIEU (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  return g_strv_contains (mediation_lieu_get_list (self, field), value);
}

/* Whether the lieu has a valid point; its coordinates in WGS 84. */
gboolean
mediation_lieu_get_coordinates (MediationLieu *self,
                                double        *latitude,
                                double        *longitude)
{
  double lat, lon;

  g_return_val_if_fail (MEDIATION_IS_LIEU (self), FALSE);

  if (!mediation_schema_parse_number (self->values[MEDIATION_FIELD_LATITUDE], &lat) ||
      !mediation_schema_parse_number (self->values[MEDIATION_FIELD_LONGITUDE], &lon) ||
      lat < -90 || lat > 90 || lon < -180 || lon > 180)
    return FALSE;

  if (latitude != NULL)
    *latitude = lat;
  if (longitude != NULL)
    *longitude = lon;
  return TRUE;
}

const char *
mediation_lieu_get_id (MediationLieu *self)
{
  return mediation_lieu_get_value (self, MEDIATION_FIELD_ID);
}

const char *
mediation_lieu_get_nom (MediationLieu *self)
{
  return mediation_lieu_get_value (self, MEDIATION_FIELD_NOM);
}

const char *
mediation_lieu_get_commune (MediationLieu *self)
{
  return mediation_lieu_get_value (self, MEDIATION_FIELD_COMMUNE);
}

static void
remember_first (MediationField  field,
                const char     *value,
                const char     *message,
                gpointer        user_data)
{
  MediationLieu *self = user_data;

  if (self->problem == NULL)
    self->problem = g_strdup_printf (_("Field “%s”: %s"), mediation_schema_field_name (field), message);
}

/* How many rules of the schema the lieu breaks (a duplicate id, which
 * depends on the other lieux, is not counted). */
guint
mediation_lieu_count_problems (MediationLieu *self)
{
  g_return_val_if_fail (MEDIATION_IS_LIEU (self), 0);

  if (!self->checked)
    {
      g_clear_pointer (&self->problem, g_free);
      self->n_problems = mediation_schema_check (mediation_lieu_get_values (self),
                                                 remember_first, self);
      self->checked = TRUE;
    }

  return self->n_problems;
}

/* The first problem, “Field “x”: message”, or NULL when there is none. */
const char *
mediation_lieu_get_problem (MediationLieu *self)
{
  g_return_val_if_fail (MEDIATION_IS_LIEU (self), NULL);

  return mediation_lieu_count_problems (self) > 0 ? self->problem : NULL;
}

typedef struct
{
  GPtrArray *issues;
  guint      row;
} CheckData;

static void
add_issue (MediationField  field,
           const char     *value,
           const char     *message,
           gpointer        user_data)
{
  CheckData *data = user_data;

  g_ptr_array_add (data->issues, mediation_issue_new (data->row, field, value, message));
}

/**
 * mediation_lieu_check:
 * @self: a #MediationLieu
 * @row: the row to name in the issues
 *
 * Returns: (transfer full) (element-type MediationIssue): every problem
 */
GPtrArray *
mediation_lieu_check (MediationLieu *self,
                      guint          row)
{
  CheckData data;

  g_return_val_if_fail (MEDIATION_IS_LIEU (self), NULL);

  data.issues = g_ptr_array_new_with_free_func (g_object_unref);
  data.row = row;
  mediation_schema_check (mediation_lieu_get_values (self), add_issue, &data);

  return data.issues;
}

void
mediation_lieu_register (GTypeModule *module)
{
  mediation_lieu_register_type (module);
}
