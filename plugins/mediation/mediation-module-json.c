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
 * member's type and names the one that is wrong, by its path, with
 * libmaillage's readers (maillage_json_get_string () and its siblings); a
 * place that breaks the schema is kept as it is, for the findings to
 * report.
 */
#define G_LOG_DOMAIN "mediation-module"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mediation-json.h"
#include "mediation-module-private.h"

static gboolean
read_strings (JsonArray   *array,
              const char  *name,
              GPtrArray   *out,
              GError     **error)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return maillage_json_set_member_error (error, NULL, name, _("an array of strings is expected"));
      g_ptr_array_add (out, g_strdup (json_node_get_string (element)));
    }

  return TRUE;
}

static gboolean
read_dispositifs (MediationModule  *self,
                  JsonArray        *array,
                  GError          **error)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *path = g_strdup_printf ("dispositifs[%u]", i);
      JsonObject *object;
      const char *name;
      gint64 count;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return maillage_json_set_member_error (error, path, NULL, _("an object is expected"));
      object = json_node_get_object (element);
      if (!maillage_json_get_string (object, path, "name", NULL, &name, error) ||
          !maillage_json_get_integer (object, path, "count", 0, G_MAXUINT, 0, &count, error))
        return FALSE;

      mediation_module_set_dispositif_count (self, name, (guint) count);
    }

  return TRUE;
}

static gboolean
read_lieux (MediationModule  *self,
            JsonArray        *array,
            GError          **error)
{
  g_autoptr(GPtrArray) lieux = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(GPtrArray) issues = g_ptr_array_new_with_free_func (g_object_unref);
      MediationLieu *lieu;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_autofree char *path = g_strdup_printf ("lieux[%u]", i);

          return maillage_json_set_member_error (error, path, NULL, _("an object is expected"));
        }

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
  g_autoptr(GPtrArray) public_names = g_ptr_array_new_with_free_func (g_free);
  const char *strategy;
  JsonArray *publics;
  JsonArray *dispositifs;
  JsonArray *lieux;

  if (!maillage_json_check_version (data, MEDIATION_DATA_VERSION, NULL, error) ||
      !maillage_json_get_string (data, NULL, "strategy", "", &strategy, error) ||
      !maillage_json_get_array (data, NULL, "publics", &publics, error) ||
      !maillage_json_get_array (data, NULL, "dispositifs", &dispositifs, error) ||
      !maillage_json_get_array (data, NULL, "lieux", &lieux, error))
    return FALSE;

  if ((publics != NULL && !read_strings (publics, "publics", public_names, error)) ||
      (dispositifs != NULL && !read_dispositifs (self, dispositifs, error)) ||
      (lieux != NULL && !read_lieux (self, lieux, error)))
    return FALSE;

  mediation_module_set_strategy (self, strategy);
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
