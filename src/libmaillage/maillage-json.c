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
 */
#define G_LOG_DOMAIN "maillage-json"

#include "config.h"

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
