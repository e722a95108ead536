/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-module-json.c: the module's object in the project file,
 * `modules.mediation`, read and written:
 *
 *   { "version": 1, "strategy": "…", "publics": ["Seniors", …],
 *     "dispositifs": [ { "name": "Conseillers numériques", "count": 4 }, … ],
 *     "lieux": [ { "id": "…", "pivot": "…", … }, … ] }
 *
 * Members always in that order, the places with the schema's field names
 * in the schema's order, several values as arrays. Reading checks every
 * member's type and names the one that is wrong; a place that breaks the
 * schema is kept as it is, for the findings to report.
 */
#define G_LOG_DOMAIN "mediation-module"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mediation-json.h"
#include "mediation-module-private.h"

static gboolean
type_error (GError     **error,
            const char  *path)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("The member “%s” of the Digital Mediation module has the wrong type."), path);
  return FALSE;
}

static gboolean
read_strings (JsonNode    *node,
              const char  *path,
              GPtrArray   *out,
              GError     **error)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return type_error (error, path);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return type_error (error, path);
      g_ptr_array_add (out, g_strdup (json_node_get_string (element)));
    }

  return TRUE;
}

static gboolean
read_dispositifs (MediationModule  *self,
                  JsonNode         *node,
                  GError          **error)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return type_error (error, "dispositifs");

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *object;
      JsonNode *name;
      JsonNode *count;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return type_error (error, "dispositifs");
      object = json_node_get_object (element);
      name = json_object_get_member (object, "name");
      count = json_object_get_member (object, "count");
      if (name == NULL || !JSON_NODE_HOLDS_VALUE (name) ||
          json_node_get_value_type (name) != G_TYPE_STRING ||
          count == NULL || !JSON_NODE_HOLDS_VALUE (count) ||
          json_node_get_value_type (count) != G_TYPE_INT64 ||
          json_node_get_int (count) < 0 || json_node_get_int (count) > G_MAXUINT)
        return type_error (error, "dispositifs");

      mediation_module_set_dispositif_count (self, json_node_get_string (name),
                                             (guint) json_node_get_int (count));
    }

  return TRUE;
}

static gboolean
read_lieux (MediationModule  *self,
            JsonNode         *node,
            GError          **error)
{
  g_autoptr(GPtrArray) lieux = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return type_error (error, "lieux");

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(GPtrArray) issues = g_ptr_array_new_with_free_func (g_object_unref);
      MediationLieu *lieu;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return type_error (error, "lieux");

      lieu = mediation_json_to_lieu (json_node_get_object (element), i + 1, issues, NULL);
      if (lieu == NULL)
        {
          g_autofree char *message = mediation_issue_to_string (g_ptr_array_index (issues, 0), FALSE);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("A place of the Digital Mediation module cannot be read: %s"), message);
          return FALSE;
        }
      g_ptr_array_add (lieux, lieu);
    }

  g_list_store_splice (self->lieux, 0, g_list_model_get_n_items (G_LIST_MODEL (self->lieux)),
                       lieux->pdata, lieux->len);
  return TRUE;
}

gboolean
_mediation_module_read (MediationModule  *self,
                        JsonObject       *data,
                        GError          **error)
{
  JsonNode *version = json_object_get_member (data, "version");
  JsonNode *strategy = json_object_get_member (data, "strategy");
  JsonNode *publics = json_object_get_member (data, "publics");
  JsonNode *dispositifs = json_object_get_member (data, "dispositifs");
  JsonNode *lieux = json_object_get_member (data, "lieux");
  g_autoptr(GPtrArray) public_names = g_ptr_array_new_with_free_func (g_free);

  if (version != NULL &&
      (!JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64))
    return type_error (error, "version");

  if (version != NULL && json_node_get_int (version) > MEDIATION_DATA_VERSION)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("The data was written by a newer version of the module (version %d)."),
                   (int) json_node_get_int (version));
      return FALSE;
    }

  if (strategy != NULL &&
      (!JSON_NODE_HOLDS_VALUE (strategy) || json_node_get_value_type (strategy) != G_TYPE_STRING))
    return type_error (error, "strategy");

  if ((publics != NULL && !read_strings (publics, "publics", public_names, error)) ||
      (dispositifs != NULL && !read_dispositifs (self, dispositifs, error)) ||
      (lieux != NULL && !read_lieux (self, lieux, error)))
    return FALSE;

  mediation_module_set_strategy (self, strategy != NULL ? json_node_get_string (strategy) : "");
  for (guint i = 0; i < public_names->len; i++)
    mediation_module_set_public (self, g_ptr_array_index (public_names, i), TRUE);

  return TRUE;
}

JsonObject *
_mediation_module_save (MaillageModule *module)
{
  MediationModule *self = MEDIATION_MODULE (module);
  JsonObject *data = json_object_new ();
  JsonArray *publics = json_array_new ();
  JsonArray *dispositifs = json_array_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->lieux));
  JsonArray *lieux = json_array_sized_new (n);

  for (guint i = 0; i < self->publics->len; i++)
    json_array_add_string_element (publics, g_ptr_array_index (self->publics, i));

  for (guint i = 0; i < self->dispositifs->len; i++)
    {
      MediationDispositif *dispositif = g_ptr_array_index (self->dispositifs, i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "name", dispositif->name);
      json_object_set_int_member (object, "count", dispositif->count);
      json_array_add_object_element (dispositifs, object);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MediationLieu) lieu = g_list_model_get_item (G_LIST_MODEL (self->lieux), i);

      json_array_add_object_element (lieux, mediation_json_from_lieu (lieu, TRUE));
    }

  /* Always the same order: the project file must diff well. */
  json_object_set_int_member (data, "version", MEDIATION_DATA_VERSION);
  json_object_set_string_member (data, "strategy", self->strategy);
  json_object_set_array_member (data, "publics", publics);
  json_object_set_array_member (data, "dispositifs", dispositifs);
  json_object_set_array_member (data, "lieux", lieux);

  return data;
}
