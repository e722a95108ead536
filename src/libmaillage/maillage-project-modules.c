/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-project-modules.c: the data each module keeps in a
 * MaillageProject, one JSON object per module id, opaque to the project.
 */
#define G_LOG_DOMAIN "maillage-project-modules"

#include "config.h"

#include "maillage-json-private.h"
#include "maillage-project-private.h"

gboolean
_maillage_project_module_id_is_valid (const char *module_id)
{
  if (module_id == NULL || !g_ascii_islower (module_id[0]))
    return FALSE;

  for (const char *p = module_id; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '_')
        return FALSE;
    }

  return TRUE;
}

/**
 * maillage_project_get_module_data:
 * @self: a #MaillageProject
 * @module_id: the id of a module
 *
 * Gets the JSON object a module keeps in the project. It belongs to the
 * project and must not be changed: to change the module's data, pass a new
 * object (or a changed copy) to maillage_project_set_module_data().
 *
 * Returns: (transfer none) (nullable): the module's data, or %NULL when the
 *   project has none for @module_id
 */
JsonObject *
maillage_project_get_module_data (MaillageProject *self,
                                  const char      *module_id)
{
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);
  g_return_val_if_fail (module_id != NULL, NULL);

  return g_hash_table_lookup (self->modules, module_id);
}

static char *
object_to_string (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return maillage_json_to_string (node, NULL);
}

/* In the file, a module's object sits two levels down (the project, then
 * `modules`): @text is read back at that depth, so that data too deep for a
 * file is refused now rather than written into a file that would not open
 * again. */
static JsonObject *
parse_at_file_depth (const char  *text,
                     GError     **error)
{
  g_autofree char *wrapped = g_strconcat ("[[", text, "]]", NULL);
  g_autoptr(JsonNode) root = maillage_json_parse (wrapped, -1, error);
  JsonArray *inner;

  if (root == NULL)
    return NULL;

  inner = json_array_get_array_element (json_node_get_array (root), 0);

  return json_object_ref (json_array_get_object_element (inner, 0));
}

/**
 * maillage_project_set_module_data:
 * @self: a #MaillageProject
 * @module_id: the id of a module: a lowercase letter, then lowercase
 *   letters, digits, `-` or `_`
 * @data: (nullable): the module's data, or %NULL to remove it
 *
 * Stores the JSON object of a module in the project. The project keeps a
 * copy of @data, so the caller may go on changing @data.
 *
 * The project becomes dirty only if the data really differs from what it
 * held, member order included; so a module may call this after every
 * change, or on every save, without raising false alarms.
 */
void
maillage_project_set_module_data (MaillageProject *self,
                                  const char      *module_id,
                                  JsonObject      *data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *new_text = NULL;
  g_autofree char *old_text = NULL;
  JsonObject *copy;
  JsonObject *old;

  g_return_if_fail (MAILLAGE_IS_PROJECT (self));
  g_return_if_fail (_maillage_project_module_id_is_valid (module_id));

  old = g_hash_table_lookup (self->modules, module_id);

  if (data == NULL)
    {
      if (old != NULL)
        {
          g_hash_table_remove (self->modules, module_id);
          maillage_project_mark_dirty (self);
        }
      return;
    }

  /* The canonical text tells a real change (json_node_equal() ignores the
   * member order, which the file keeps) and, read back, gives a deep copy
   * that is as deep as a file may be. */
  new_text = object_to_string (data);
  if (old != NULL)
    {
      old_text = object_to_string (old);
      if (strcmp (old_text, new_text) == 0)
        return;
    }

  copy = parse_at_file_depth (new_text, &error);
  if (copy == NULL)
    {
      g_critical ("The data of module “%s” cannot be stored: %s", module_id, error->message);
      return;
    }

  _maillage_project_take_module_data (self, module_id, copy);
  maillage_project_mark_dirty (self);
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The module ids in the order the file is written in. The strings belong to
 * the project. */
const char **
_maillage_project_get_sorted_module_ids (MaillageProject *self,
                                         guint           *n_ids)
{
  const char **ids = (const char **) g_hash_table_get_keys_as_array (self->modules, n_ids);

  qsort (ids, *n_ids, sizeof (char *), compare_strings);

  return ids;
}

/**
 * maillage_project_list_module_ids:
 * @self: a #MaillageProject
 *
 * Lists the modules that keep data in the project, whether or not their
 * plugin is present.
 *
 * Returns: (transfer full) (array zero-terminated=1): the module ids, sorted
 */
char **
maillage_project_list_module_ids (MaillageProject *self)
{
  g_autofree const char **ids = NULL;
  guint n_ids;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);

  ids = _maillage_project_get_sorted_module_ids (self, &n_ids);

  return g_strdupv ((char **) ids);
}

/* Takes @data and stores it, without marking the project dirty. (Sealing
 * it would enforce "do not change", but costs a walk over every value, a
 * twentieth of the load time of a large project.) */
void
_maillage_project_take_module_data (MaillageProject *self,
                                    const char      *module_id,
                                    JsonObject      *data)
{
  g_hash_table_replace (self->modules, g_strdup (module_id), data);
}
