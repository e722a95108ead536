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
 * one at fault by its path (`resources[2].communes[0].units`), with
 * libmaillage's readers (maillage_json_get_string () and its siblings); the
 * resources are built aside and replace the module's only once all of
 * them are read, so that a refused object changes nothing.
 */
#define G_LOG_DOMAIN "mutualisation-module"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mutualisation-module-private.h"

/* A value that is no key of its list. */
static gboolean
value_error (GError     **error,
             const char  *prefix,
             const char  *name,
             const char  *value)
{
  g_autofree char *excerpt = maillage_format_excerpt (value);
  g_autofree char *detail = g_strdup_printf (_("“%s” is not a known value"), excerpt);

  return maillage_json_set_member_error (error, prefix, name, detail);
}

static gboolean
read_communes (MutualisationResource  *resource,
               JsonArray              *array,
               const char             *prefix,
               GError                **error)
{
  g_autofree char *array_path = g_strconcat (prefix, ".communes", NULL);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *element_path = g_strdup_printf ("%s[%u]", array_path, i);
      JsonObject *object;
      const char *insee;
      gint64 units, basis_points, amount;
      MutualisationMember *member;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return maillage_json_set_member_error (error, element_path, NULL, _("an object is expected"));
      object = json_node_get_object (element);
      if (!maillage_json_get_string (object, element_path, "insee", NULL, &insee, error) ||
          !maillage_json_get_integer (object, element_path, "units", 0, MUTUALISATION_MAX_UNITS, 0, &units, error) ||
          !maillage_json_get_integer (object, element_path, "basis_points", 0, MUTUALISATION_FULL_BASIS_POINTS, 0,
                                      &basis_points, error) ||
          !maillage_json_get_integer (object, element_path, "amount", 0, MUTUALISATION_MAX_CENTS, 0, &amount,
                                      error))
        return FALSE;

      if (!maillage_commune_insee_is_valid (insee))
        {
          g_autofree char *excerpt = maillage_format_excerpt (insee);
          g_autofree char *detail = g_strdup_printf (_("“%s” is not an INSEE code"), excerpt);

          return maillage_json_set_member_error (error, element_path, "insee", detail);
        }
      if (mutualisation_resource_find_member (resource, insee) != NULL)
        {
          g_autofree char *detail = g_strdup_printf (_("the commune %s is listed twice"), insee);

          return maillage_json_set_member_error (error, array_path, NULL, detail);
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
                    JsonArray              *array,
                    const char             *prefix,
                    GError                **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return maillage_json_set_member_error (error, prefix, "organisations",
                                               _("an array of strings is expected"));
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
  g_autofree char *prefix = g_strdup_printf ("resources[%u]", index);
  const char *name, *category, *category_other, *description, *vehicle, *vehicle_other, *key, *usage_unit;
  MutualisationCategory category_value;
  MutualisationVehicle vehicle_value;
  MutualisationKey key_value;
  JsonObject *object;
  JsonArray *communes;
  JsonArray *organisations;
  gint64 cost;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      maillage_json_set_member_error (error, prefix, NULL, _("an object is expected"));
      return NULL;
    }
  object = json_node_get_object (node);

  if (!maillage_json_get_string (object, prefix, "name", "", &name, error) ||
      !maillage_json_get_string (object, prefix, "category", "other", &category, error) ||
      !maillage_json_get_string (object, prefix, "category_other", "", &category_other, error) ||
      !maillage_json_get_string (object, prefix, "description", "", &description, error) ||
      !maillage_json_get_string (object, prefix, "vehicle", "other", &vehicle, error) ||
      !maillage_json_get_string (object, prefix, "vehicle_other", "", &vehicle_other, error) ||
      !maillage_json_get_integer (object, prefix, "cost", 0, MUTUALISATION_MAX_CENTS, 0, &cost, error) ||
      !maillage_json_get_string (object, prefix, "key", "population", &key, error) ||
      !maillage_json_get_string (object, prefix, "usage_unit", "", &usage_unit, error) ||
      !maillage_json_get_array (object, prefix, "communes", &communes, error) ||
      !maillage_json_get_array (object, prefix, "organisations", &organisations, error))
    return NULL;

  if (!mutualisation_category_from_string (category, &category_value))
    {
      value_error (error, prefix, "category", category);
      return NULL;
    }
  if (!mutualisation_vehicle_from_string (vehicle, &vehicle_value))
    {
      value_error (error, prefix, "vehicle", vehicle);
      return NULL;
    }
  if (!mutualisation_key_from_string (key, &key_value))
    {
      value_error (error, prefix, "key", key);
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
  g_autoptr(GPtrArray) read = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *resources;

  if (!maillage_json_check_version (data, MUTUALISATION_DATA_VERSION, NULL, error) ||
      !maillage_json_get_array (data, NULL, "resources", &resources, error))
    return FALSE;

  for (guint i = 0; resources != NULL && i < json_array_get_length (resources); i++)
    {
      MutualisationResource *resource = read_resource (json_array_get_element (resources, i), i, error);

      if (resource == NULL)
        return FALSE;
      g_ptr_array_add (read, resource);
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
