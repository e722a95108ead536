/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-json-reader.c: the one gate through which the text of a project
 * file becomes a JsonNode. Its counterpart, the canonical writer, is in
 * maillage-json-writer.c.
 *
 * The text is checked for size, then by the scanner of
 * maillage-json-scanner.c (which says why json-glib cannot be trusted with
 * it alone), and only then given to json-glib: whole, or with the objects of
 * one member of the root set aside as text (maillage_json_parse_deferred()).
 */
#define G_LOG_DOMAIN "maillage-json-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "maillage-project.h"
#include "maillage-json-private.h"
#include "maillage-json-scanner-private.h"

static gboolean
check_size (gsize     length,
            GError  **error)
{
  guint64 tenths;

  if (length <= MAILLAGE_PROJECT_MAX_SIZE)
    return TRUE;

  /* Rounded up, so that a file just over the limit never reads “32.0”. */
  tenths = (guint64) ceil (length * 10.0 / (1024 * 1024));
  tenths = MIN (tenths, (guint64) G_MAXUINT * 10);
  g_set_error (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_TOO_LARGE,
               /* Translators: the size in megabytes (2^20 bytes), whole part and
                * tenth, then the limit. */
               _("The file is too large (%u.%u MB); a project file cannot exceed %u MB"),
               (guint) (tenths / 10), (guint) (tenths % 10),
               (guint) (MAILLAGE_PROJECT_MAX_SIZE / (1024 * 1024)));
  return FALSE;
}

static JsonNode *
load_with_json_glib (const char  *data,
                     gsize        length,
                     GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* Should not happen after the scan; if it does, still a syntax error. */
      g_set_error (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_SYNTAX,
                   _("The file is not valid JSON: %s"), local_error->message);
      return NULL;
    }
  return json_parser_steal_root (parser);
}

/* Returns @text with each object in @set_aside replaced by “{}”, and puts
 * the exact text of those objects in @texts, by member name. */
static char *
set_aside_objects (const char *text,
                   gsize       total,
                   GArray     *set_aside,
                   GHashTable *texts,
                   gsize      *length)
{
  gsize kept = total;
  gsize at = 0;
  GString *rest;

  for (guint i = 0; i < set_aside->len; i++)
    {
      const MaillageJsonSetAside *object = &g_array_index (set_aside, MaillageJsonSetAside, i);

      kept -= object->end - object->start - 2;
    }

  rest = g_string_sized_new (kept);
  for (guint i = 0; i < set_aside->len; i++)
    {
      MaillageJsonSetAside *object = &g_array_index (set_aside, MaillageJsonSetAside, i);

      g_string_append_len (rest, text + at, object->start - at);
      g_string_append (rest, "{}");
      at = object->end;
      g_hash_table_insert (texts, g_steal_pointer (&object->name),
                           g_bytes_new (text + object->start, object->end - object->start));
    }
  g_string_append_len (rest, text + at, total - at);

  *length = rest->len;
  return g_string_free (rest, FALSE);
}

static JsonNode *
parse (const char   *data,
       gssize        length,
       const char   *member,
       GHashTable  **deferred,
       GError      **error)
{
  g_autoptr(GArray) set_aside = NULL;
  g_autoptr(GHashTable) texts = NULL;
  g_autofree char *rest = NULL;
  gsize rest_length;
  JsonNode *root;

  if (data == NULL)
    data = "";
  if (length < 0)
    length = strlen (data);
  if (!check_size (length, error))
    return NULL;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!maillage_json_scan (data, length, member, &set_aside, error))
    return NULL;

  if (deferred == NULL)
    return load_with_json_glib (data, length, error);

  texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  if (set_aside->len > 0)
    {
      rest = set_aside_objects (data, length, set_aside, texts, &rest_length);
      data = rest;
      length = rest_length;
    }
  root = load_with_json_glib (data, length, error);
  if (root != NULL)
    *deferred = g_steal_pointer (&texts);
  return root;
}

/**
 * maillage_json_parse:
 * @data: the text of a file
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a #MaillageProjectError
 *
 * Reads one JSON value, refusing anything json-glib would not read
 * faithfully; the error message names the line and the column (in
 * characters) of the first problem.
 *
 * Returns: (transfer full) (nullable): the root node
 */
JsonNode *
maillage_json_parse (const char  *data,
                     gssize       length,
                     GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return parse (data, length, NULL, NULL, error);
}

/**
 * maillage_json_parse_deferred:
 * @data: the text of a file
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @member: the name of a member of the root object
 * @deferred: (out) (transfer full): return location for a table of member
 *   names to #GBytes
 * @error: return location for a #MaillageProjectError
 *
 * Reads one JSON value as maillage_json_parse() does, checking the whole
 * text, but builds no tree for the object values of the object @member of
 * the root: in the tree, each of them is an empty object, and @deferred
 * maps its member name to its exact text, from “{” to “}”. That text is
 * valid JSON, as checked, and can be read later with maillage_json_parse().
 *
 * This is how a project is read: module data is opaque to the core, often
 * the largest part of a file, and usually written back as it was, so
 * building its tree on every load would only cost time and memory. A value
 * that is not an object is left in the tree, for the caller to report.
 *
 * Returns: (transfer full) (nullable): the root node; on error, %NULL and
 *   @deferred is left alone
 */
JsonNode *
maillage_json_parse_deferred (const char   *data,
                              gssize        length,
                              const char   *member,
                              GHashTable  **deferred,
                              GError      **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (member != NULL, NULL);
  g_return_val_if_fail (deferred != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return parse (data, length, member, deferred, error);
}
