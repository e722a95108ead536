/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dematerialisation-module-json.c: the module's object in the project
 * file, `modules.dematerialisation`, read and written:
 *
 *   { "version": 1,
 *     "procedures": [
 *       { "name": "…", "audiences": ["individuals", …], "service": "…",
 *         "state": "paper", "target_state": "fully-online",
 *         "priority": "high", "target_date": "2027-09",
 *         "accessibility": "not-assessed", "compliance_rate": null,
 *         "volume": 1200, "platform": "…", "notes": "…" }, … ] }
 *
 * Members always in that order, every member always written; an unknown
 * number is null. Reading checks every member's type and value and names
 * the one that is wrong, with its path (`procedures[2].state`); the model
 * changes only once everything has been read, so that data refused leaves
 * the module as it was.
 */
#define G_LOG_DOMAIN "dematerialisation-module"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dematerialisation-module-private.h"

typedef enum
{
  EXPECT_TEXT,
  EXPECT_INTEGER,
  EXPECT_INTEGER_OR_NULL,
  EXPECT_TEXTS,
  EXPECT_OBJECTS,
  EXPECT_OBJECT,
} Expected;

static gboolean
type_error (GError     **error,
            const char  *path,
            Expected     expected)
{
  switch (expected)
    {
    case EXPECT_TEXT:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("In the Online Procedures module, “%s” must be a text."), path);
      break;
    case EXPECT_INTEGER:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("In the Online Procedures module, “%s” must be a whole number."), path);
      break;
    case EXPECT_INTEGER_OR_NULL:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("In the Online Procedures module, “%s” must be a whole number, or null."), path);
      break;
    case EXPECT_TEXTS:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("In the Online Procedures module, “%s” must be a list of texts."), path);
      break;
    case EXPECT_OBJECTS:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("In the Online Procedures module, “%s” must be a list of objects."), path);
      break;
    case EXPECT_OBJECT:
    default:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("In the Online Procedures module, “%s” must be an object."), path);
      break;
    }

  return FALSE;
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_integer (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

/* The text of member @name of @object, @fallback if absent. */
static gboolean
read_text (JsonObject  *object,
           const char  *name,
           const char  *prefix,
           const char  *fallback,
           const char **text,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    {
      *text = fallback;
      return TRUE;
    }
  if (!is_string (node))
    {
      g_autofree char *path = g_strconcat (prefix, name, NULL);

      return type_error (error, path, EXPECT_TEXT);
    }

  *text = json_node_get_string (node);
  return TRUE;
}

static gboolean
value_error (GError                **error,
             const char             *path,
             const char             *text,
             DematerialisationList   list)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) allowed = NULL;
  g_autofree char *joined = NULL;

  for (guint i = 0; i < dematerialisation_list_size (list); i++)
    g_strv_builder_add (names, dematerialisation_list_to_string (list, i));
  allowed = g_strv_builder_end (names);
  joined = g_strjoinv (", ", allowed);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("In the Online Procedures module, “%s” is “%s”, which is not one of: %s."),
               path, text, joined);
  return FALSE;
}

/* Member @name of @object, one of the values of @list. */
static gboolean
read_choice (JsonObject             *object,
             const char             *name,
             const char             *prefix,
             DematerialisationList   list,
             guint                   fallback,
             guint                  *value,
             GError                **error)
{
  g_autofree char *path = g_strconcat (prefix, name, NULL);
  const char *text;

  if (!read_text (object, name, prefix, NULL, &text, error))
    return FALSE;
  if (text == NULL)
    {
      *value = fallback;
      return TRUE;
    }
  if (dematerialisation_list_from_string (list, text, value))
    return TRUE;

  return value_error (error, path, text, list);
}

/* Member @name of @object: an integer from @min to @max, or null (and
 * absent) for DEMATERIALISATION_UNKNOWN. */
static gboolean
read_number (JsonObject  *object,
             const char  *name,
             const char  *prefix,
             gint64       min,
             gint64       max,
             gint64      *value,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);
  g_autofree char *path = g_strconcat (prefix, name, NULL);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      *value = DEMATERIALISATION_UNKNOWN;
      return TRUE;
    }
  if (!is_integer (node))
    return type_error (error, path, EXPECT_INTEGER_OR_NULL);

  *value = json_node_get_int (node);
  if (*value < min || *value > max)
    {
      /* Numbers as text: xgettext cannot read G_GINT64_FORMAT in a msgid. */
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, *value);

      if (max == G_MAXINT64)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     _("In the Online Procedures module, “%s” must be zero or more, not %s."),
                     path, text);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     _("In the Online Procedures module, “%s” must be from %d to %d, not %s."),
                     path, (int) min, (int) max, text);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_audiences (JsonObject  *object,
                const char  *prefix,
                guint       *audiences,
                GError     **error)
{
  JsonNode *node = json_object_get_member (object, "audiences");
  g_autofree char *path = g_strconcat (prefix, "audiences", NULL);
  JsonArray *array;

  *audiences = 0;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return type_error (error, path, EXPECT_TEXTS);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *element_path = g_strdup_printf ("%s[%u]", path, i);
      guint value;

      if (!is_string (element))
        return type_error (error, element_path, EXPECT_TEXT);
      if (!dematerialisation_list_from_string (DEMATERIALISATION_LIST_AUDIENCE,
                                               json_node_get_string (element), &value))
        return value_error (error, element_path, json_node_get_string (element),
                            DEMATERIALISATION_LIST_AUDIENCE);
      *audiences |= 1u << value;
    }

  return TRUE;
}

static DematerialisationProcedure *
read_procedure (JsonObject  *object,
                guint        index,
                GError     **error)
{
  g_autofree char *prefix = g_strdup_printf ("procedures[%u].", index);
  g_autoptr(DematerialisationProcedure) procedure = NULL;
  const char *name, *service, *target_date, *platform, *notes;
  guint audiences, state, target_state, priority, rgaa;
  gint64 rate, volume;

  if (!read_text (object, "name", prefix, "", &name, error) ||
      !read_audiences (object, prefix, &audiences, error) ||
      !read_text (object, "service", prefix, "", &service, error) ||
      !read_choice (object, "state", prefix, DEMATERIALISATION_LIST_STATE,
                    DEMATERIALISATION_STATE_PAPER, &state, error) ||
      !read_choice (object, "target_state", prefix, DEMATERIALISATION_LIST_STATE,
                    DEMATERIALISATION_STATE_ONLINE, &target_state, error) ||
      !read_choice (object, "priority", prefix, DEMATERIALISATION_LIST_PRIORITY,
                    DEMATERIALISATION_PRIORITY_MEDIUM, &priority, error) ||
      !read_text (object, "target_date", prefix, "", &target_date, error) ||
      !read_choice (object, "accessibility", prefix, DEMATERIALISATION_LIST_RGAA,
                    DEMATERIALISATION_RGAA_NOT_ASSESSED, &rgaa, error) ||
      !read_number (object, "compliance_rate", prefix, 0, 100, &rate, error) ||
      !read_number (object, "volume", prefix, 0, G_MAXINT64, &volume, error) ||
      !read_text (object, "platform", prefix, "", &platform, error) ||
      !read_text (object, "notes", prefix, "", &notes, error))
    return NULL;

  if (*target_date != '\0' && !maillage_action_year_month_is_valid (target_date))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("In the Online Procedures module, “%starget_date” must be a month written "
                     "YYYY-MM, such as 2027-09, not “%s”."),
                   prefix, target_date);
      return NULL;
    }

  procedure = dematerialisation_procedure_new (name);
  dematerialisation_procedure_set_audiences (procedure, audiences);
  dematerialisation_procedure_set_service (procedure, service);
  dematerialisation_procedure_set_state (procedure, state);
  dematerialisation_procedure_set_target_state (procedure, target_state);
  dematerialisation_procedure_set_priority (procedure, priority);
  dematerialisation_procedure_set_target_date (procedure, target_date);
  dematerialisation_procedure_set_rgaa (procedure, rgaa);
  dematerialisation_procedure_set_rgaa_rate (procedure, (int) rate);
  dematerialisation_procedure_set_volume (procedure, volume);
  dematerialisation_procedure_set_platform (procedure, platform);
  dematerialisation_procedure_set_notes (procedure, notes);

  return g_steal_pointer (&procedure);
}

gboolean
_dematerialisation_module_read (DematerialisationModule  *self,
                                JsonObject               *data,
                                GError                  **error)
{
  JsonNode *version = json_object_get_member (data, "version");
  JsonNode *procedures = json_object_get_member (data, "procedures");
  g_autoptr(GPtrArray) read = g_ptr_array_new_with_free_func (g_object_unref);

  if (version != NULL && !is_integer (version))
    return type_error (error, "version", EXPECT_INTEGER);
  if (version != NULL && json_node_get_int (version) > DEMATERIALISATION_DATA_VERSION)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (version));

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("The data of the Online Procedures module was written by a newer version "
                     "of the module (version %s): update Maillage to change it."),
                   text);
      return FALSE;
    }

  if (procedures != NULL)
    {
      JsonArray *array;

      if (!JSON_NODE_HOLDS_ARRAY (procedures))
        return type_error (error, "procedures", EXPECT_OBJECTS);

      array = json_node_get_array (procedures);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          DematerialisationProcedure *procedure;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            {
              g_autofree char *path = g_strdup_printf ("procedures[%u]", i);

              return type_error (error, path, EXPECT_OBJECT);
            }

          procedure = read_procedure (json_node_get_object (element), i, error);
          if (procedure == NULL)
            return FALSE;
          g_ptr_array_add (read, procedure);
        }
    }

  /* Everything read: the model changes once. */
  g_list_store_splice (self->procedures, 0, g_list_model_get_n_items (G_LIST_MODEL (self->procedures)),
                       read->pdata, read->len);
  return TRUE;
}

static void
set_number (JsonObject *object,
            const char *name,
            gint64      value)
{
  if (value == DEMATERIALISATION_UNKNOWN)
    json_object_set_null_member (object, name);
  else
    json_object_set_int_member (object, name, value);
}

static JsonObject *
save_procedure (DematerialisationProcedure *procedure)
{
  JsonObject *object = json_object_new ();
  JsonArray *audiences = json_array_new ();
  guint flags = dematerialisation_procedure_get_audiences (procedure);

  for (guint i = 0; i < DEMATERIALISATION_N_AUDIENCES; i++)
    if (flags & (1u << i))
      json_array_add_string_element (audiences,
                                     dematerialisation_list_to_string (DEMATERIALISATION_LIST_AUDIENCE, i));

  /* Always the same members, in the same order: the file must diff well. */
  json_object_set_string_member (object, "name", dematerialisation_procedure_get_name (procedure));
  json_object_set_array_member (object, "audiences", audiences);
  json_object_set_string_member (object, "service", dematerialisation_procedure_get_service (procedure));
  json_object_set_string_member (object, "state",
                                 dematerialisation_list_to_string (DEMATERIALISATION_LIST_STATE,
                                                                   dematerialisation_procedure_get_state (procedure)));
  json_object_set_string_member (object, "target_state",
                                 dematerialisation_list_to_string (DEMATERIALISATION_LIST_STATE,
                                                                   dematerialisation_procedure_get_target_state (procedure)));
  json_object_set_string_member (object, "priority",
                                 dematerialisation_list_to_string (DEMATERIALISATION_LIST_PRIORITY,
                                                                   dematerialisation_procedure_get_priority (procedure)));
  json_object_set_string_member (object, "target_date", dematerialisation_procedure_get_target_date (procedure));
  json_object_set_string_member (object, "accessibility",
                                 dematerialisation_list_to_string (DEMATERIALISATION_LIST_RGAA,
                                                                   dematerialisation_procedure_get_rgaa (procedure)));
  set_number (object, "compliance_rate", dematerialisation_procedure_get_rgaa_rate (procedure));
  set_number (object, "volume", dematerialisation_procedure_get_volume (procedure));
  json_object_set_string_member (object, "platform", dematerialisation_procedure_get_platform (procedure));
  json_object_set_string_member (object, "notes", dematerialisation_procedure_get_notes (procedure));

  return object;
}

JsonObject *
_dematerialisation_module_save (MaillageModule *module)
{
  DematerialisationModule *self = DEMATERIALISATION_MODULE (module);
  JsonObject *data = json_object_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->procedures));
  JsonArray *procedures = json_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DematerialisationProcedure) procedure =
        g_list_model_get_item (G_LIST_MODEL (self->procedures), i);

      json_array_add_object_element (procedures, save_procedure (procedure));
    }

  json_object_set_int_member (data, "version", DEMATERIALISATION_DATA_VERSION);
  json_object_set_array_member (data, "procedures", procedures);

  return data;
}
