/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-json.c: the public face of libmaillage's JSON gate and of its
 * canonical writer, for plugins, in C or Python, that read JSON from
 * elsewhere (a file the user imports) or write it in Maillage's form.
 *
 * Both are thin: the work is done by maillage-json-reader.c (size, then
 * the scanner of maillage-json-scanner.c, then json-glib) and
 * maillage-json-writer.c, which the core uses for project files. The
 * private header also has the core's deferred reading and the writer's
 * raw placeholders, which plugins have no use for.
 *
 * And what every module's object has, read with the same messages in
 * every module: its `version`, and members of a given type named by their
 * path in the error (« Member “resources[2].cost”: … »), so that a file
 * edited by hand can be fixed where it is wrong.
 */
#define G_LOG_DOMAIN "maillage-json"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "maillage-json.h"
#include "maillage-json-private.h"

/**
 * maillage_json_parse_text:
 * @text: the text to read, UTF-8 (a byte order mark is skipped)
 * @length: the length of @text in bytes, or -1 if it is nul-terminated
 * @error: return location for a [error@Maillage.ProjectError]
 *
 * Reads one JSON value as Maillage reads its project files, refusing what
 * json-glib alone would not read faithfully: text larger than
 * %MAILLAGE_PROJECT_MAX_SIZE, text that is not UTF-8, nesting deeper than
 * a project may hold, duplicate members in an object, numbers out of
 * range, anything that is not JSON. The error message says what is wrong
 * and names the line and the column (in characters) of the first problem,
 * in the language of the interface; its code is
 * %MAILLAGE_PROJECT_ERROR_TOO_LARGE for the size and
 * %MAILLAGE_PROJECT_ERROR_SYNTAX or another code of
 * [error@Maillage.ProjectError] otherwise.
 *
 * Use it for every JSON text that comes from outside, rather than
 * json_parser_load_from_data().
 *
 * Returns: (transfer full) (nullable): the root of the tree, or %NULL
 *   with @error set
 */
JsonNode *
maillage_json_parse_text (const char  *text,
                          gssize       length,
                          GError     **error)
{
  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return maillage_json_parse (text, length, error);
}

/**
 * maillage_json_write_text:
 * @node: the root of a JSON tree
 * @length: (out) (optional): return location for the length of the text,
 *   in bytes
 *
 * Writes @node as Maillage writes its project files: two-space
 * indentation, `"key": value`, `[]` and `{}` when empty, members in the
 * objects' order, UTF-8 as it is, numbers in their shortest exact form,
 * one final line end. The same tree always gives the same bytes, so that
 * what is written diffs well.
 *
 * Returns: (transfer full): the text
 */
char *
maillage_json_write_text (JsonNode *node,
                          gsize    *length)
{
  g_return_val_if_fail (node != NULL, NULL);

  return maillage_json_to_string (node, length);
}

/**
 * maillage_json_check_version:
 * @data: the JSON object of a module, as given to [method@Maillage.Module.load]
 * @supported: the newest version of its data the module reads, 1 or more
 * @version: (out) (optional): the version of @data, to migrate it from;
 *   @supported when @data says none (an object written by hand)
 * @error: return location for a #GError
 *
 * Reads the `version` member every module keeps first in its object (see
 * the plugin guide): a whole number, 1 or more. A version newer than
 * @supported was written by a newer Maillage (or plugin), whose meaning
 * this one cannot know: the module must then refuse the data, and the
 * application keeps it untouched in the project.
 *
 * Returns: whether the module can read @data; if not, @error is
 *   %G_IO_ERROR_INVALID_DATA (`version` is not a whole number, 1 or more)
 *   or %G_IO_ERROR_NOT_SUPPORTED (a newer version), with a message for the
 *   user
 */
gboolean
maillage_json_check_version (JsonObject  *data,
                             guint        supported,
                             guint       *version,
                             GError     **error)
{
  JsonNode *node;
  gint64 found;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (supported >= 1, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  node = json_object_get_member (data, "version");
  if (node == NULL)
    {
      if (version != NULL)
        *version = supported;
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 1)
    {
      return maillage_json_set_member_error (error, NULL, "version",
                                             _("a whole number, 1 or more, is expected"));
    }

  found = json_node_get_int (node);
  if (found > supported)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("The data was written by a newer version of the module (version %d)."),
                   (int) MIN (found, G_MAXINT));
      return FALSE;
    }

  if (version != NULL)
    *version = (guint) found;
  return TRUE;
}

/**
 * maillage_json_set_member_error: (skip)
 * @error: return location for a #GError
 * @prefix: (nullable): the path of the object holding @member, such as
 *   `indicators[2]`; %NULL at the top of the module's object
 * @member: (nullable): the member at fault; %NULL when @prefix names it
 * @detail: what is expected, a phrase: « a string is expected »
 *
 * Sets @error (%G_IO_ERROR_INVALID_DATA) to « Member “indicators[2].value”:
 * a number is expected », the form every module's data uses.
 *
 * Returns: %FALSE, for the caller to return
 */
gboolean
maillage_json_set_member_error (GError     **error,
                                const char  *prefix,
                                const char  *member,
                                const char  *detail)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (prefix != NULL || member != NULL, FALSE);
  g_return_val_if_fail (detail != NULL, FALSE);

  if (prefix == NULL)
    path = g_strdup (member);
  else if (member == NULL)
    path = g_strdup (prefix);
  else
    path = g_strconcat (prefix, ".", member, NULL);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               /* Translators: "Member “indicators[2].value”: a number is expected" */
               _("Member “%s”: %s"), path, detail);
  return FALSE;
}

static gboolean
holds (JsonNode *node,
       GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/**
 * maillage_json_get_string:
 * @object: a JSON object
 * @prefix: (nullable): the path of @object in the module's data, for the
 *   error (see maillage_json_set_member_error())
 * @name: the member to read
 * @fallback: (nullable): the value when @object has no @name; %NULL when
 *   the member is required
 * @value: (out) (transfer none): the string, owned by @object
 * @error: return location for a #GError
 *
 * Returns: whether @name is a string, or absent with a @fallback
 */
gboolean
maillage_json_get_string (JsonObject   *object,
                          const char   *prefix,
                          const char   *name,
                          const char   *fallback,
                          const char  **value,
                          GError      **error)
{
  JsonNode *node;

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  node = json_object_get_member (object, name);
  if (node == NULL)
    {
      if (fallback == NULL)
        return maillage_json_set_member_error (error, prefix, name, _("a value is required"));
      *value = fallback;
      return TRUE;
    }

  if (!holds (node, G_TYPE_STRING))
    return maillage_json_set_member_error (error, prefix, name, _("a string is expected"));

  *value = json_node_get_string (node);
  return TRUE;
}

/**
 * maillage_json_get_integer:
 * @object: a JSON object
 * @prefix: (nullable): the path of @object in the module's data, for the
 *   error
 * @name: the member to read
 * @minimum: the smallest value allowed
 * @maximum: the largest value allowed
 * @fallback: the value when @object has no @name
 * @value: (out): the number
 * @error: return location for a #GError
 *
 * Reads a whole number (amounts in cents, counts): `1.0` and `"12"` are
 * not, nor is `null`.
 *
 * Returns: whether @name is a whole number from @minimum to @maximum, or
 *   absent
 */
gboolean
maillage_json_get_integer (JsonObject  *object,
                           const char  *prefix,
                           const char  *name,
                           gint64       minimum,
                           gint64       maximum,
                           gint64       fallback,
                           gint64      *value,
                           GError     **error)
{
  JsonNode *node;
  gint64 number;

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (minimum <= maximum, FALSE);

  node = json_object_get_member (object, name);
  if (node == NULL)
    {
      *value = fallback;
      return TRUE;
    }

  if (!holds (node, G_TYPE_INT64))
    return maillage_json_set_member_error (error, prefix, name, _("a whole number is expected"));

  number = json_node_get_int (node);
  if (number < minimum || number > maximum)
    {
      g_autofree char *low = g_strdup_printf ("%" G_GINT64_FORMAT, minimum);
      g_autofree char *high = g_strdup_printf ("%" G_GINT64_FORMAT, maximum);
      g_autofree char *found = g_strdup_printf ("%" G_GINT64_FORMAT, number);
      g_autofree char *detail = NULL;

      if (maximum == G_MAXINT64)
        /* Translators: the smallest value allowed, then the value found */
        detail = g_strdup_printf (_("a whole number, %s or more, is expected, not %s"), low, found);
      else
        /* Translators: the smallest and largest values allowed, then the
         * value found */
        detail = g_strdup_printf (_("a whole number from %s to %s is expected, not %s"), low, high, found);
      return maillage_json_set_member_error (error, prefix, name, detail);
    }

  *value = number;
  return TRUE;
}

/**
 * maillage_json_get_array:
 * @object: a JSON object
 * @prefix: (nullable): the path of @object in the module's data, for the
 *   error
 * @name: the member to read
 * @array: (out) (transfer none) (nullable): the array, owned by @object;
 *   %NULL when @object has no @name
 * @error: return location for a #GError
 *
 * Returns: whether @name is an array, or absent
 */
gboolean
maillage_json_get_array (JsonObject   *object,
                         const char   *prefix,
                         const char   *name,
                         JsonArray   **array,
                         GError      **error)
{
  JsonNode *node;

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (array != NULL, FALSE);

  *array = NULL;
  node = json_object_get_member (object, name);
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return maillage_json_set_member_error (error, prefix, name, _("an array is expected"));

  *array = json_node_get_array (node);
  return TRUE;
}

/**
 * maillage_json_get_object:
 * @object: a JSON object
 * @prefix: (nullable): the path of @object in the module's data, for the
 *   error
 * @name: the member to read
 * @member: (out) (transfer none) (nullable): the object, owned by @object;
 *   %NULL when @object has no @name
 * @error: return location for a #GError
 *
 * Returns: whether @name is an object, or absent
 */
gboolean
maillage_json_get_object (JsonObject   *object,
                          const char   *prefix,
                          const char   *name,
                          JsonObject  **member,
                          GError      **error)
{
  JsonNode *node;

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (member != NULL, FALSE);

  *member = NULL;
  node = json_object_get_member (object, name);
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return maillage_json_set_member_error (error, prefix, name, _("an object is expected"));

  *member = json_node_get_object (node);
  return TRUE;
}
