/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-project-modules.c: the data each module keeps in a
 * MaillageProject, one JSON object per module id, opaque to the project.
 *
 * Data read from a file is kept as its text, exactly as it stood there:
 * the core never looks inside it, it is often most of a file, and most of
 * the time it is written back unchanged (always, when its plugin is missing
 * or disabled). Its tree is built only when a module asks for it. Data a
 * module sets is kept the same way, as its canonical text; data given as a
 * tree by the reader (a file json-glib read whole) stays a tree.
 */
#define G_LOG_DOMAIN "maillage-project-modules"

#include "config.h"

#include <string.h>

#include "maillage-json-private.h"
#include "maillage-json-scanner-private.h"
#include "maillage-project-private.h"

/* In the file, a module's object sits under the project and `modules`. */
#define MODULE_LEVEL 2

typedef struct
{
  /* As read from the file, or the canonical text of what a module set */
  GBytes     *text;
  /* The tree read whole with the file, when there is no @text; or, while
   * @text is set, its tree, built on first demand and kept, since
   * get_module_data() hands it out. */
  JsonObject *object;
  /* Whether @text is canonical (set by a module), so that a text that
   * differs is different data, with no need to parse it */
  guint       canonical : 1;
} ModuleData;

static void
module_data_free (gpointer data)
{
  ModuleData *module = data;

  g_clear_pointer (&module->text, g_bytes_unref);
  g_clear_pointer (&module->object, json_object_unref);
  g_free (module);
}

/* The table of MaillageProject:modules: module id → ModuleData. */
GHashTable *
_maillage_project_new_module_table (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, module_data_free);
}

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

/* The text went through every check of the reader as part of its file, or
 * was written by us and checked for depth, so it reads back; failing here
 * is a bug of ours. Only the size may exceed a file's (data a module holds
 * that a save will refuse to write): json-glib reads that directly. */
static JsonObject *
parse_text (GBytes *text)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  const char *data;
  gsize length;

  data = g_bytes_get_data (text, &length);
  if (length > MAILLAGE_PROJECT_MAX_SIZE)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (json_parser_load_from_data (parser, data, length, &error))
        node = json_parser_steal_root (parser);
    }
  else
    node = maillage_json_parse (data, length, &error);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_critical ("Module data read from the file does not read back: %s",
                  error != NULL ? error->message : "not an object");
      return NULL;
    }

  return json_object_ref (json_node_get_object (node));
}

static JsonObject *
module_data_get_object (ModuleData *module)
{
  if (module->object == NULL)
    module->object = parse_text (module->text);

  return module->object;
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
 * Data read from a file is only parsed when it is first asked for; until a
 * module sets different data, the file's text is what is written back.
 *
 * Returns: (transfer none) (nullable): the module's data, or %NULL when the
 *   project has none for @module_id
 */
JsonObject *
maillage_project_get_module_data (MaillageProject *self,
                                  const char      *module_id)
{
  ModuleData *module;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);
  g_return_val_if_fail (module_id != NULL, NULL);

  module = g_hash_table_lookup (self->modules, module_id);
  if (module == NULL)
    return NULL;

  return module_data_get_object (module);
}

/* For maillage_module_attach(): the module's data for one load, without
 * keeping the tree. A module builds its own model from it; keeping the
 * project's copy as well would hold the data twice in memory for as long
 * as the project is open (some 30 MiB for 20,000 indicators). */
JsonObject *
_maillage_project_dup_module_data (MaillageProject *self,
                                   const char      *module_id)
{
  ModuleData *module = g_hash_table_lookup (self->modules, module_id);

  if (module == NULL)
    return NULL;
  if (module->object != NULL)
    return json_object_ref (module->object);

  return parse_text (module->text);
}

/* The canonical text of @object as it stands in the file. */
static char *
object_to_string (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
  GString *out = g_string_new (NULL);

  maillage_json_append (out, node, MODULE_LEVEL);

  return g_string_free (out, FALSE);
}

/* A module's object sits two levels down in the file: @text is checked
 * at that depth, so that data too deep for a file is refused now rather
 * than written into a file that would not open again. Only checked, by the
 * scan that guards every read: a tree is built when someone asks for one. */
static gboolean
check_at_file_depth (const char  *text,
                     gsize        length,
                     GError     **error)
{
  g_autoptr(GString) wrapped = g_string_sized_new (length + 4);

  g_string_append (wrapped, "[[");
  g_string_append_len (wrapped, text, length);
  g_string_append (wrapped, "]]");

  return maillage_json_scan (wrapped->str, wrapped->len, NULL, NULL, error);
}

static gboolean
bytes_equal_string (GBytes     *bytes,
                    const char *string)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return length == strlen (string) && memcmp (data, string, length) == 0;
}

/* Whether @module holds the data whose canonical text is @text. */
static gboolean
module_data_equals (ModuleData *module,
                    JsonObject *data,
                    const char *text)
{
  g_autoptr(JsonObject) reread = NULL;
  g_autofree char *current_text = NULL;
  JsonObject *current = module->object;

  if (module->text != NULL)
    {
      /* A canonical file holds the canonical text: no need to parse. */
      if (bytes_equal_string (module->text, text))
        return TRUE;
      if (module->canonical)
        return FALSE;

      /* Text laid out otherwise is compared as an object. The tree handed
       * out by get_module_data() must not be changed; if it was, and
       * comes back, it would be found equal to itself, and the change
       * lost: the text says what the project holds. */
      if (data == module->object)
        current = reread = parse_text (module->text);
      else
        current = module_data_get_object (module);
      if (current == NULL)
        return FALSE;
    }

  current_text = object_to_string (current);

  return strcmp (current_text, text) == 0;
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
 * change, or on every save, without raising false alarms. Data read from a
 * file that is set again unchanged is still written back as it was read.
 */
void
maillage_project_set_module_data (MaillageProject *self,
                                  const char      *module_id,
                                  JsonObject      *data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *new_text = NULL;
  gsize new_length;
  ModuleData *module;

  g_return_if_fail (MAILLAGE_IS_PROJECT (self));
  g_return_if_fail (_maillage_project_module_id_is_valid (module_id));

  module = g_hash_table_lookup (self->modules, module_id);

  if (data == NULL)
    {
      if (module != NULL)
        {
          g_hash_table_remove (self->modules, module_id);
          maillage_project_mark_dirty (self);
        }
      return;
    }

  /* The canonical text tells a real change (json_node_equal() ignores the
   * member order, which the file keeps), and is what the project keeps: it
   * is exactly what will be written, and a fraction of the size of a tree
   * (some 5 MB against 30 MB for 20,000 indicators, which a module that
   * stores itself at every edit would otherwise copy each time). */
  new_text = object_to_string (data);
  if (module != NULL && module_data_equals (module, data, new_text))
    return;

  new_length = strlen (new_text);
  /* Data too large for a project file is still kept: the module holds it
   * and the user may yet remove some; a save then refuses to write a file
   * that could not be opened again, and says so (maillage-project-file.c).
   * Data nested too deep is a module's bug. */
  if (!check_at_file_depth (new_text, new_length, &error) &&
      !g_error_matches (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_TOO_LARGE))
    {
      g_critical ("The data of module “%s” cannot be stored: %s", module_id, error->message);
      return;
    }

  /* @data may be the object @module holds: it is not used past here. */
  _maillage_project_take_module_text (self, module_id,
                                      g_bytes_new_take (g_steal_pointer (&new_text), new_length));
  ((ModuleData *) g_hash_table_lookup (self->modules, module_id))->canonical = TRUE;
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
 * it would enforce "do not change", but costs a walk over every value.) */
void
_maillage_project_take_module_data (MaillageProject *self,
                                    const char      *module_id,
                                    JsonObject      *data)
{
  ModuleData *module = g_new0 (ModuleData, 1);

  module->object = data;
  g_hash_table_replace (self->modules, g_strdup (module_id), module);
}

/* Takes @text, the exact text of a module's object in a file that
 * maillage_json_parse_deferred() read, or the canonical text of a module's
 * object as written at its depth in a file, and stores it, without marking
 * the project dirty. */
void
_maillage_project_take_module_text (MaillageProject *self,
                                    const char      *module_id,
                                    GBytes          *text)
{
  ModuleData *module = g_new0 (ModuleData, 1);

  module->text = text;
  g_hash_table_replace (self->modules, g_strdup (module_id), module);
}

/* The text a module's data is to be written as, byte for byte, or NULL
 * when it is to be written from its object. */
GBytes *
_maillage_project_get_module_text (MaillageProject *self,
                                   const char      *module_id)
{
  ModuleData *module = g_hash_table_lookup (self->modules, module_id);

  return module != NULL ? module->text : NULL;
}
