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
 * the one that is wrong, with its path (`procedures[2].state`), with
 * libmaillage's readers (maillage_json_get_string () and its siblings);
 * the model changes only once everything has been read, so that data
 * refused leaves the module as it was.
 */
#define G_LOG_DOMAIN "dematerialisation-module"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dematerialisation-module-private.h"

/* A value that is none of @list's: says which it is, and which it may be. */
static gboolean
value_error (GError                **error,
             const char             *prefix,
             const char             *name,
             const char             *text,
             DematerialisationList   list)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) allowed = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *excerpt = maillage_format_excerpt (text);
  g_autofree char *detail = NULL;

  for (guint i = 0; i < dematerialisation_list_size (list); i++)
    g_strv_builder_add (names, dematerialisation_list_to_string (list, i));
  allowed = g_strv_builder_end (names);
  joined = g_strjoinv (", ", allowed);
  /* Translators: the value found, then the values allowed */
  detail = g_strdup_printf (_("“%s” is not one of: %s"), excerpt, joined);
  return maillage_json_set_member_error (error, prefix, name, detail);
}

/* Member @name of @object, one of the values of @list; @fallback when
 * absent. */
static gboolean
read_choice (JsonObject             *object,
             const char             *name,
             const char             *prefix,
             DematerialisationList   list,
             guint                   fallback,
             guint                  *value,
             GError                **error)
{
  const char *text;

  if (!json_object_has_member (object, name))
    {
      *value = fallback;
      return TRUE;
    }
  if (!maillage_json_get_string (object, prefix, name, NULL, &text, error))
    return FALSE;
  if (dematerialisation_list_from_string (list, text, value))
    return TRUE;

  return value_error (error, prefix, name, text, list);
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

  if (node != NULL && JSON_NODE_HOLDS_NULL (node))
    {
      *value = DEMATERIALISATION_UNKNOWN;
      return TRUE;
    }

  return maillage_json_get_integer (object, prefix, name, min, max, DEMATERIALISATION_UNKNOWN, value, error);
}

static gboolean
read_audiences (JsonObject  *object,
                const char  *prefix,
                guint       *audiences,
                GError     **error)
{
  g_autofree char *path = g_strconcat (prefix, ".audiences", NULL);
  JsonArray *array;

  *audiences = 0;
  if (!maillage_json_get_array (object, prefix, "audiences", &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *element_path = g_strdup_printf ("%s[%u]", path, i);
      guint value;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return maillage_json_set_member_error (error, element_path, NULL, _("a string is expected"));
      if (!dematerialisation_list_from_string (DEMATERIALISATION_LIST_AUDIENCE,
                                               json_node_get_string (element), &value))
        return value_error (error, element_path, NULL, json_node_get_string (element),
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
  g_autofree char *prefix = g_strdup_printf ("procedures[%u]", index);
  g_autoptr(DematerialisationProcedure) procedure = NULL;
  const char *name, *service, *target_date, *platform, *notes;
  guint audiences, state, target_state, priority, rgaa;
  gint64 rate, volume;

  if (!maillage_json_get_string (object, prefix, "name", "", &name, error) ||
      !read_audiences (object, prefix, &audiences, error) ||
      !maillage_json_get_string (object, prefix, "service", "", &service, error) ||
      !read_choice (object, "state", prefix, DEMATERIALISATION_LIST_STATE,
                    DEMATERIALISATION_STATE_PAPER, &state, error) ||
      !read_choice (object, "target_state", prefix, DEMATERIALISATION_LIST_STATE,
                    DEMATERIALISATION_STATE_ONLINE, &target_state, error) ||
      !read_choice (object, "priority", prefix, DEMATERIALISATION_LIST_PRIORITY,
                    DEMATERIALISATION_PRIORITY_MEDIUM, &priority, error) ||
      !maillage_json_get_string (object, prefix, "target_date", "", &target_date, error) ||
      !read_choice (object, "accessibility", prefix, DEMATERIALISATION_LIST_RGAA,
                    DEMATERIALISATION_RGAA_NOT_ASSESSED, &rgaa, error) ||
      !read_number (object, "compliance_rate", prefix, 0, 100, &rate, error) ||
      !read_number (object, "volume", prefix, 0, G_MAXINT64, &volume, error) ||
      !maillage_json_get_string (object, prefix, "platform", "", &platform, error) ||
      !maillage_json_get_string (object, prefix, "notes", "", &notes, error))
    return NULL;

  if (*target_date != '\0' && !maillage_action_year_month_is_valid (target_date))
    {
      g_autofree char *excerpt = maillage_format_excerpt (target_date);
      g_autofree char *detail =
        g_strdup_printf (_("a month written YYYY-MM, such as 2027-09, is expected, not “%s”"), excerpt);

      maillage_json_set_member_error (error, prefix, "target_date", detail);
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
  g_autoptr(GPtrArray) read = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *procedures;

  if (!maillage_json_check_version (data, DEMATERIALISATION_DATA_VERSION, NULL, error) ||
      !maillage_json_get_array (data, NULL, "procedures", &procedures, error))
    return FALSE;

  for (guint i = 0; procedures != NULL && i < json_array_get_length (procedures); i++)
    {
      JsonNode *element = json_array_get_element (procedures, i);
      DematerialisationProcedure *procedure;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_autofree char *path = g_strdup_printf ("procedures[%u]", i);

          return maillage_json_set_member_error (error, path, NULL, _("an object is expected"));
        }

      procedure = read_procedure (json_node_get_object (element), i, error);
      if (procedure == NULL)
        return FALSE;
      g_ptr_array_add (read, procedure);
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
