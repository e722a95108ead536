/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mutualisation-module-json.c: the module's object in the project file,
 * `modules.mutualisation`, read and written:
 *
 *   { "version": 1,
 *     "resources": [
 *       { "name": "…", "category": "hosting", "category_other": "",
 *         "description": "…", "vehicle": "shared-service", "vehicle_other": "",
 *         "cost": 4500000, "key": "population", "usage_unit": "",
 *         "communes": [ { "insee": "39801", "units": 0, "basis_points": 0, "amount": 0 }, … ],
 *         "organisations": [ "Centre de gestion du Jura", … ] }, … ] }
 *
 * Members always in that order, every member written; communes in INSEE
 * code order. Reading checks every member's type and range and names the
 * one at fault by its path (`resources[2].communes[0].units`); the
 * resources are built aside and replace the module's only once all of
 * them are read, so that a refused object changes nothing.
 */
#define G_LOG_DOMAIN "mutualisation-module"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mutualisation-module-private.h"

static gboolean
type_error (GError     **error,
            const char  *path)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("The member “%s” of the Shared Resources module has the wrong type."), path);
  return FALSE;
}

static gboolean
value_error (GError     **error,
             const char  *path,
             const char  *value)
{
  g_autofree char *excerpt = maillage_format_excerpt (value);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("The member “%s” of the Shared Resources module has an unknown value, “%s”."),
               path, excerpt);
  return FALSE;
}

static gboolean
range_error (GError     **error,
             const char  *path,
             gint64       value)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, value);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("The member “%s” of the Shared Resources module is out of range (%s)."),
               path, number);
  return FALSE;
}

/* The string member @name of @object, @fallback when absent. */
static gboolean
read_string (JsonObject   *object,
             const char   *name,
             const char   *prefix,
             const char   *fallback,
             const char  **value,
             GError      **error)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    {
      *value = fallback;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *path = g_strconcat (prefix, name, NULL);

      return type_error (error, path);
    }
  *value = json_node_get_string (node);
  return TRUE;
}

/* The integer member @name of @object, 0 when absent, from @min to @max. */
static gboolean
read_integer (JsonObject  *object,
              const char  *name,
              const char  *prefix,
              gint64       min,
              gint64       max,
              gint64      *value,
              GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);
  g_autofree char *path = NULL;

  *value = 0;
  if (node == NULL)
    return TRUE;

  path = g_strconcat (prefix, name, NULL);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return type_error (error, path);
  *value = json_node_get_int (node);
  if (*value < min || *value > max)
    return range_error (error, path, *value);
  return TRUE;
}

static gboolean
read_communes (MutualisationResource  *resource,
               JsonNode               *node,
               const char             *prefix,
               GError                **error)
{
  g_autofree char *array_path = g_strconcat (prefix, "communes", NULL);
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return type_error (error, array_path);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *element_prefix = g_strdup_printf ("%s[%u].", array_path, i);
      JsonObject *object;
      const char *insee;
      gint64 units, basis_points, amount;
      MutualisationMember *member;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_autofree char *path = g_strdup_printf ("%s[%u]", array_path, i);

          return type_error (error, path);
        }
      object = json_node_get_object (element);
      if (!read_string (object, "insee", element_prefix, NULL, &insee, error) ||
          !read_integer (object, "units", element_prefix, 0, MUTUALISATION_MAX_UNITS, &units, error) ||
          !read_integer (object, "basis_points", element_prefix, 0, MUTUALISATION_FULL_BASIS_POINTS,
                         &basis_points, error) ||
          !read_integer (object, "amount", element_prefix, 0, MUTUALISATION_MAX_CENTS, &amount, error))
        return FALSE;

      if (insee == NULL || !maillage_commune_insee_is_valid (insee))
        {
          g_autofree char *path = g_strconcat (element_prefix, "insee", NULL);

          if (insee == NULL)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The member “%s” of the Shared Resources module is missing."), path);
              return FALSE;
            }
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("The member “%s” of the Shared Resources module is not an INSEE code: “%s”."),
                       path, insee);
          return FALSE;
        }
      if (mutualisation_resource_find_member (resource, insee) != NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("The commune %s is listed twice in “%s” of the Shared Resources module."),
                       insee, array_path);
          return FALSE;
        }

      member = mutualisation_resource_add_member (resource, insee);
      member->units = (guint64) units;
      member->basis_points = (guint32) basis_points;
      member->amount = amount;
    }

  return TRUE;
}

static gboolean
read_organisations (MutualisationResource  *resource,
                    JsonNode               *node,
                    const char             *prefix,
                    GError                **error)
{
  g_autofree char *path = g_strconcat (prefix, "organisations", NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return type_error (error, path);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return type_error (error, path);
      g_ptr_array_add (names, (gpointer) json_node_get_string (element));
    }
  g_ptr_array_add (names, NULL);

  mutualisation_resource_set_organisations (resource, (const char * const *) names->pdata);
  return TRUE;
}

static MutualisationResource *
read_resource (JsonNode  *node,
               guint      index,
               GError   **error)
{
  g_autoptr(MutualisationResource) resource = mutualisation_resource_new ();
  g_autofree char *prefix = g_strdup_printf ("resources[%u].", index);
  const char *name, *category, *category_other, *description, *vehicle, *vehicle_other, *key, *usage_unit;
  MutualisationCategory category_value;
  MutualisationVehicle vehicle_value;
  MutualisationKey key_value;
  JsonObject *object;
  JsonNode *communes;
  JsonNode *organisations;
  gint64 cost;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *path = g_strdup_printf ("resources[%u]", index);

      type_error (error, path);
      return NULL;
    }
  object = json_node_get_object (node);

  if (!read_string (object, "name", prefix, "", &name, error) ||
      !read_string (object, "category", prefix, "other", &category, error) ||
      !read_string (object, "category_other", prefix, "", &category_other, error) ||
      !read_string (object, "description", prefix, "", &description, error) ||
      !read_string (object, "vehicle", prefix, "other", &vehicle, error) ||
      !read_string (object, "vehicle_other", prefix, "", &vehicle_other, error) ||
      !read_integer (object, "cost", prefix, 0, MUTUALISATION_MAX_CENTS, &cost, error) ||
      !read_string (object, "key", prefix, "population", &key, error) ||
      !read_string (object, "usage_unit", prefix, "", &usage_unit, error))
    return NULL;

  if (!mutualisation_category_from_string (category, &category_value))
    {
      g_autofree char *path = g_strconcat (prefix, "category", NULL);

      value_error (error, path, category);
      return NULL;
    }
  if (!mutualisation_vehicle_from_string (vehicle, &vehicle_value))
    {
      g_autofree char *path = g_strconcat (prefix, "vehicle", NULL);

      value_error (error, path, vehicle);
      return NULL;
    }
  if (!mutualisation_key_from_string (key, &key_value))
    {
      g_autofree char *path = g_strconcat (prefix, "key", NULL);

      value_error (error, path, key);
      return NULL;
    }

  mutualisation_resource_set_name (resource, name);
  mutualisation_resource_set_category (resource, category_value);
  mutualisation_resource_set_category_other (resource, category_other);
  mutualisation_resource_set_description (resource, description);
  mutualisation_resource_set_vehicle (resource, vehicle_value);
  mutualisation_resource_set_vehicle_other (resource, vehicle_other);
  mutualisation_resource_set_cost (resource, cost);
  mutualisation_resource_set_key (resource, key_value);
  mutualisation_resource_set_usage_unit (resource, usage_unit);

  communes = json_object_get_member (object, "communes");
  organisations = json_object_get_member (object, "organisations");
  if ((communes != NULL && !read_communes (resource, communes, prefix, error)) ||
      (organisations != NULL && !read_organisations (resource, organisations, prefix, error)))
    return NULL;

  return g_steal_pointer (&resource);
}

gboolean
_mutualisation_module_read (MutualisationModule  *self,
                            JsonObject           *data,
                            GError              **error)
{
  JsonNode *version = json_object_get_member (data, "version");
  JsonNode *resources = json_object_get_member (data, "resources");
  g_autoptr(GPtrArray) read = g_ptr_array_new_with_free_func (g_object_unref);

  if (version != NULL &&
      (!JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64))
    return type_error (error, "version");

  if (version != NULL && json_node_get_int (version) > MUTUALISATION_DATA_VERSION)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("The data was written by a newer version of the module (version %d)."),
                   (int) MIN (json_node_get_int (version), G_MAXINT));
      return FALSE;
    }

  if (resources != NULL)
    {
      JsonArray *array;

      if (!JSON_NODE_HOLDS_ARRAY (resources))
        return type_error (error, "resources");

      array = json_node_get_array (resources);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          MutualisationResource *resource = read_resource (json_array_get_element (array, i), i, error);

          if (resource == NULL)
            return FALSE;
          g_ptr_array_add (read, resource);
        }
    }

  /* All read: one change. */
  g_list_store_splice (self->resources, 0, g_list_model_get_n_items (G_LIST_MODEL (self->resources)),
                       read->pdata, read->len);
  return TRUE;
}

static JsonObject *
save_resource (MutualisationResource *resource)
{
  JsonObject *object = json_object_new ();
  JsonArray *communes = json_array_new ();
  JsonArray *organisations = json_array_new ();
  const char * const *names = mutualisation_resource_get_organisations (resource);
  guint n = mutualisation_resource_get_n_members (resource);

  for (guint i = 0; i < n; i++)
    {
      const MutualisationMember *member = mutualisation_resource_get_member (resource, i);
      JsonObject *commune = json_object_new ();

      json_object_set_string_member (commune, "insee", member->insee);
      json_object_set_int_member (commune, "units", (gint64) member->units);
      json_object_set_int_member (commune, "basis_points", member->basis_points);
      json_object_set_int_member (commune, "amount", member->amount);
      json_array_add_object_element (communes, commune);
    }
  for (guint i = 0; names[i] != NULL; i++)
    json_array_add_string_element (organisations, names[i]);

  /* Always the same order: the project file must diff well. */
  json_object_set_string_member (object, "name", mutualisation_resource_get_name (resource));
  json_object_set_string_member (object, "category",
                                 mutualisation_category_to_string (mutualisation_resource_get_category (resource)));
  json_object_set_string_member (object, "category_other", mutualisation_resource_get_category_other (resource));
  json_object_set_string_member (object, "description", mutualisation_resource_get_description (resource));
  json_object_set_string_member (object, "vehicle",
                                 mutualisation_vehicle_to_string (mutualisation_resource_get_vehicle (resource)));
  json_object_set_string_member (object, "vehicle_other", mutualisation_resource_get_vehicle_other (resource));
  json_object_set_int_member (object, "cost", mutualisation_resource_get_cost (resource));
  json_object_set_string_member (object, "key", mutualisation_key_to_string (mutualisation_resource_get_key (resource)));
  json_object_set_string_member (object, "usage_unit", mutualisation_resource_get_usage_unit (resource));
  json_object_set_array_member (object, "communes", communes);
  json_object_set_array_member (object, "organisations", organisations);

  return object;
}

JsonObject *
_mutualisation_module_save (MaillageModule *module)
{
  MutualisationModule *self = MUTUALISATION_MODULE (module);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->resources));
  JsonObject *data = json_object_new ();
  JsonArray *resources = json_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MutualisationResource) resource = g_list_model_get_item (G_LIST_MODEL (self->resources), i);

      json_array_add_object_element (resources, save_resource (resource));
    }

  json_object_set_int_member (data, "version", MUTUALISATION_DATA_VERSION);
  json_object_set_array_member (data, "resources", resources);

  return data;
}
