/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-module-json.c: modules.diagnostic in the project file, read
 * and written (the format is described in README.md beside this file).
 * Reading checks the type of every member and names the one that is wrong;
 * writing always puts the members in the same order.
 */
#define G_LOG_DOMAIN "diagnostic-module"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "diagnostic-catalogue.h"
#include "diagnostic-indicator.h"
#include "diagnostic-module-private.h"

static const char * const swot_members[DIAGNOSTIC_N_SWOT_PARTS] = {
  [DIAGNOSTIC_SWOT_STRENGTHS] = "strengths",
  [DIAGNOSTIC_SWOT_WEAKNESSES] = "weaknesses",
  [DIAGNOSTIC_SWOT_OPPORTUNITIES] = "opportunities",
  [DIAGNOSTIC_SWOT_THREATS] = "threats",
};

/* Whole numbers are written without a ".0" up to where a double still
 * holds every integer. */
#define MAX_EXACT_INTEGER 9007199254740992.0

static gboolean
holds (JsonNode *node,
       GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static gboolean
read_value (JsonObject  *object,
            const char  *prefix,
            double      *value,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, "value");

  if (node == NULL)
    return maillage_json_set_member_error (error, prefix, "value", _("the value is missing"));
  if (holds (node, G_TYPE_INT64))
    *value = (double) json_node_get_int (node);
  else if (holds (node, G_TYPE_DOUBLE))
    *value = json_node_get_double (node);
  else
    return maillage_json_set_member_error (error, prefix, "value", _("a number is expected"));

  if (!isfinite (*value))
    return maillage_json_set_member_error (error, prefix, "value", _("a number is expected"));

  return TRUE;
}

static gboolean
read_year (JsonObject  *object,
           const char  *prefix,
           guint       *year,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, "year");
  gint64 number;

  *year = 0;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!holds (node, G_TYPE_INT64))
    return maillage_json_set_member_error (error, prefix, "year",
                                           _("a year (a whole number) or null is expected"));

  number = json_node_get_int (node);
  if (number < DIAGNOSTIC_YEAR_MIN || number > DIAGNOSTIC_YEAR_MAX)
    return maillage_json_set_member_error (error, prefix, "year", _("the year is out of range"));

  *year = (guint) number;
  return TRUE;
}

static gboolean
read_theme (JsonObject       *object,
            const char       *prefix,
            const char       *name,
            DiagnosticTheme  *theme,
            GError          **error)
{
  const DiagnosticCatalogueEntry *entry = diagnostic_catalogue_find (name);
  const char *text;

  /* Files written before themes existed: the catalogue knows better. */
  if (!json_object_has_member (object, "theme"))
    {
      *theme = entry != NULL ? entry->theme : DIAGNOSTIC_THEME_USES;
      return TRUE;
    }

  if (!maillage_json_get_string (object, prefix, "theme", NULL, &text, error))
    return FALSE;

  if (!diagnostic_theme_from_string (text, theme))
    return maillage_json_set_member_error (error, prefix, "theme", _("unknown theme"));

  return TRUE;
}

static DiagnosticIndicator *
read_indicator (JsonNode  *node,
                guint      index,
                GError   **error)
{
  g_autofree char *path = g_strdup_printf ("indicators[%u]", index);
  const char *name, *unit, *source, *scope;
  DiagnosticTheme theme = DIAGNOSTIC_THEME_USES;
  JsonObject *object;
  double value = 0;
  guint year = 0;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      maillage_json_set_member_error (error, NULL, path, _("an object is expected"));
      return NULL;
    }
  object = json_node_get_object (node);

  if (!maillage_json_get_string (object, path, "name", "", &name, error))
    return NULL;
  if (*name == '\0')
    {
      maillage_json_set_member_error (error, path, "name", _("the name is missing"));
      return NULL;
    }

  if (!read_theme (object, path, name, &theme, error) ||
      !read_value (object, path, &value, error) ||
      !maillage_json_get_string (object, path, "unit", "", &unit, error) ||
      !read_year (object, path, &year, error) ||
      !maillage_json_get_string (object, path, "source", "", &source, error) ||
      !maillage_json_get_string (object, path, "scope", "", &scope, error))
    return NULL;

  if (*scope != '\0' && !maillage_commune_insee_is_valid (scope))
    {
      maillage_json_set_member_error (error, path, "scope",
            _("an INSEE code, or an empty string for the whole territory, is expected"));
      return NULL;
    }

  return diagnostic_indicator_new (name, theme, value, unit, year, source, scope);
}

static GPtrArray *
read_indicators (JsonObject  *data,
                 GError     **error)
{
  JsonNode *node = json_object_get_member (data, "indicators");
  g_autoptr(GPtrArray) indicators = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *array;
  guint n;

  if (node == NULL)
    return g_steal_pointer (&indicators);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      maillage_json_set_member_error (error, NULL, "indicators", _("an array is expected"));
      return NULL;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      DiagnosticIndicator *indicator = read_indicator (json_array_get_element (array, i), i, error);

      if (indicator == NULL)
        return NULL;
      g_ptr_array_add (indicators, indicator);
    }

  return g_steal_pointer (&indicators);
}

/* Reads one list of the SWOT into a NULL-terminated array. */
static gboolean
read_swot_part (JsonObject   *swot,
                guint         part,
                GPtrArray    *items,
                GError      **error)
{
  JsonNode *node = json_object_get_member (swot, swot_members[part]);
  JsonArray *array;

  if (node != NULL && !JSON_NODE_HOLDS_ARRAY (node))
    return maillage_json_set_member_error (error, "swot", swot_members[part],
                                           _("an array of strings is expected"));

  array = node != NULL ? json_node_get_array (node) : NULL;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!holds (element, G_TYPE_STRING))
        return maillage_json_set_member_error (error, "swot", swot_members[part],
                                               _("an array of strings is expected"));
      g_ptr_array_add (items, (gpointer) json_node_get_string (element));
    }
  g_ptr_array_add (items, NULL);

  return TRUE;
}

static gboolean
read_swot (JsonObject  *data,
           GPtrArray  **parts,
           GError     **error)
{
  JsonNode *node = json_object_get_member (data, "swot");
  JsonObject *swot;

  if (node != NULL && !JSON_NODE_HOLDS_OBJECT (node))
    return maillage_json_set_member_error (error, NULL, "swot", _("an object is expected"));

  if (node == NULL)
    {
      for (guint i = 0; i < DIAGNOSTIC_N_SWOT_PARTS; i++)
        g_ptr_array_add (parts[i], NULL);
      return TRUE;
    }

  swot = json_node_get_object (node);
  for (guint i = 0; i < DIAGNOSTIC_N_SWOT_PARTS; i++)
    if (!read_swot_part (swot, i, parts[i], error))
      return FALSE;

  return TRUE;
}

static gboolean
check_version (JsonObject  *data,
               GError     **error)
{
  return maillage_json_check_version (data, DIAGNOSTIC_DATA_VERSION, NULL, error);
}

/* Reads @data into the (empty) module; on failure, leaves it empty. */
gboolean
_diagnostic_module_load_json (DiagnosticModule  *self,
                              JsonObject        *data,
                              GError           **error)
{
  g_autoptr(GPtrArray) indicators = NULL;
  GPtrArray *parts[DIAGNOSTIC_N_SWOT_PARTS] = { NULL, };
  g_autoptr(GError) local_error = NULL;
  const char *text = "";
  const char *map_indicator = "";
  gboolean ok = FALSE;

  for (guint i = 0; i < DIAGNOSTIC_N_SWOT_PARTS; i++)
    parts[i] = g_ptr_array_new ();

  /* Everything is read before anything is set: no half-loaded module. */
  if (check_version (data, &local_error) &&
      maillage_json_get_string (data, NULL, "text", "", &text, &local_error) &&
      (indicators = read_indicators (data, &local_error)) != NULL &&
      read_swot (data, parts, &local_error) &&
      maillage_json_get_string (data, NULL, "map_indicator", "", &map_indicator, &local_error))
    {
      diagnostic_module_set_text (self, text);
      diagnostic_module_set_map_indicator (self, map_indicator);
      g_list_store_splice (self->indicators, 0, 0, indicators->pdata, indicators->len);
      for (guint i = 0; i < DIAGNOSTIC_N_SWOT_PARTS; i++)
        gtk_string_list_splice (self->swot[i], 0, 0, (const char * const *) parts[i]->pdata);
      ok = TRUE;
    }
  else
    g_propagate_error (error, g_steal_pointer (&local_error));

  for (guint i = 0; i < DIAGNOSTIC_N_SWOT_PARTS; i++)
    g_ptr_array_unref (parts[i]);

  return ok;
}

static void
set_value_member (JsonObject *object,
                  double      value)
{
  if (value == floor (value) && fabs (value) < MAX_EXACT_INTEGER)
    json_object_set_int_member (object, "value", (gint64) value);
  else
    json_object_set_double_member (object, "value", value);
}

static JsonNode *
write_indicator (DiagnosticIndicator *indicator)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  guint year = diagnostic_indicator_get_year (indicator);

  json_object_set_string_member (object, "name", diagnostic_indicator_get_name (indicator));
  json_object_set_string_member (object, "theme",
                                 diagnostic_theme_to_string (diagnostic_indicator_get_theme (indicator)));
  set_value_member (object, diagnostic_indicator_get_value (indicator));
  json_object_set_string_member (object, "unit", diagnostic_indicator_get_unit (indicator));
  if (year != 0)
    json_object_set_int_member (object, "year", year);
  else
    json_object_set_null_member (object, "year");
  json_object_set_string_member (object, "source", diagnostic_indicator_get_source (indicator));
  json_object_set_string_member (object, "scope", diagnostic_indicator_get_scope (indicator));

  json_node_take_object (node, object);
  return node;
}

static JsonObject *
write_swot (DiagnosticModule *self)
{
  JsonObject *swot = json_object_new ();

  for (guint part = 0; part < DIAGNOSTIC_N_SWOT_PARTS; part++)
    {
      GListModel *list = G_LIST_MODEL (self->swot[part]);
      JsonArray *array = json_array_new ();
      guint n = g_list_model_get_n_items (list);

      for (guint i = 0; i < n; i++)
        json_array_add_string_element (array,
                                       gtk_string_list_get_string (self->swot[part], i));
      json_object_set_array_member (swot, swot_members[part], array);
    }

  return swot;
}

/* The whole model, members always in the same order. */
JsonObject *
_diagnostic_module_save_json (DiagnosticModule *self)
{
  JsonObject *data = json_object_new ();
  JsonArray *indicators = json_array_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->indicators));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiagnosticIndicator) indicator =
        g_list_model_get_item (G_LIST_MODEL (self->indicators), i);

      json_array_add_element (indicators, write_indicator (indicator));
    }

  json_object_set_int_member (data, "version", DIAGNOSTIC_DATA_VERSION);
  json_object_set_string_member (data, "text", self->text);
  json_object_set_array_member (data, "indicators", indicators);
  json_object_set_object_member (data, "swot", write_swot (self));
  json_object_set_string_member (data, "map_indicator", self->map_indicator);

  return data;
}
