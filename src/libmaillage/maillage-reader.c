/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-reader.c: reading typed members out of parsed JSON, with errors
 * that name the JSON path of the member at fault. See
 * maillage-reader-private.h.
 */
#define G_LOG_DOMAIN "maillage-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "maillage-project.h"
#include "maillage-reader-private.h"

/* The path grows as the reader goes down and is cut back on the way up. */
gsize
maillage_reader_push_member (MaillageReader *r,
                             const char     *name)
{
  gsize length = r->path->len;
  gboolean plain = g_ascii_isalpha (name[0]) || name[0] == '_';

  for (const char *p = name; plain && *p != '\0'; p++)
    plain = g_ascii_isalnum (*p) || *p == '_' || *p == '-';

  if (plain)
    g_string_append_printf (r->path, ".%s", name);
  else
    {
      /* JSONPath's bracket form, for keys such as budget years. */
      g_string_append (r->path, "[\"");
      for (const char *p = name; *p != '\0'; p++)
        {
          if (*p == '"' || *p == '\\')
            g_string_append_c (r->path, '\\');
          g_string_append_c (r->path, *p);
        }
      g_string_append (r->path, "\"]");
    }

  return length;
}

gsize
maillage_reader_push_index (MaillageReader *r,
                            guint           index)
{
  gsize length = r->path->len;

  g_string_append_printf (r->path, "[%u]", index);

  return length;
}

void
maillage_reader_pop (MaillageReader *r,
                     gsize           length)
{
  g_string_truncate (r->path, length);
}

/* How a value that was not expected is shown in a message: a string
 * between quotes, cut if long; a number as written; else its kind. */
char *
maillage_reader_describe (JsonNode *node)
{
  GType type;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return g_strdup (_("an object"));

    case JSON_NODE_ARRAY:
      return g_strdup (_("an array"));

    case JSON_NODE_NULL:
      return g_strdup ("null");

    case JSON_NODE_VALUE:
    default:
      break;
    }

  type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    {
      const char *string = json_node_get_string (node);
      g_autoptr(GString) shown = g_string_new (NULL);
      guint n_chars = 0;

      for (const char *p = string; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (n_chars++ == 40)
            {
              g_string_append (shown, "…");
              break;
            }
          /* Line breaks and other control characters would garble the
           * message: show them as a replacement character. */
          if (g_unichar_iscntrl (c))
            g_string_append_unichar (shown, 0xFFFD);
          else
            g_string_append_unichar (shown, c);
        }

      /* Translators: a text value found in the file, between quotes. */
      return g_strdup_printf (_("“%s”"), shown->str);
    }
  else if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  else if (type == G_TYPE_DOUBLE)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, json_node_get_double (node)));
    }
  else if (type == G_TYPE_BOOLEAN)
    return g_strdup (json_node_get_boolean (node) ? "true" : "false");

  return g_strdup ("?");
}

/* Sets the error; @format has one leading %s for the path. */
gboolean
maillage_reader_fail (MaillageReader *r,
                      int             code,
                      const char     *format,
                      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (r->error, MAILLAGE_PROJECT_ERROR, code, message);
  return FALSE;
}

/* @format is a message with a %s for the path, then one for what was
 * found. Callers pass one of a few literal messages, chosen by the kind of
 * member; the compiler cannot follow them here. */
gboolean
maillage_reader_fail_found (MaillageReader *r,
                            const char     *format,
                            const char     *found)
{
  g_autofree char *message = NULL;

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  message = g_strdup_printf (format, r->path->str, found);
#pragma GCC diagnostic pop

  g_set_error_literal (r->error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_INVALID, message);
  return FALSE;
}

gboolean
maillage_reader_fail_type (MaillageReader *r,
                           JsonNode       *node,
                           const char     *expected_format)
{
  g_autofree char *found = maillage_reader_describe (node);

  return maillage_reader_fail_found (r, expected_format, found);
}

gboolean
maillage_reader_fail_missing (MaillageReader *r,
                              const char     *name)
{
  return maillage_reader_fail (r, MAILLAGE_PROJECT_ERROR_INVALID,
                               /* Translators: the JSON path of an object, then a member name. */
                               _("%s: the required member “%s” is missing"),
                               r->path->str, name);
}

/* The members of @object that are not in @known, in the order read, or
 * NULL if there are none. */
JsonObject *
maillage_reader_collect_extras (JsonObject         *object,
                                const char * const *known)
{
  JsonObject *extras = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (g_strv_contains (known, name))
        continue;

      if (extras == NULL)
        extras = json_object_new ();
      json_object_set_member (extras, name, json_node_copy (node));
    }

  return extras;
}

char *
maillage_reader_quote (const char *text)
{
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), text);

  return maillage_reader_describe (node);
}

/* Gets the member @name of @object, which the caller checks; a missing
 * member is an error only if @required. */
gboolean
maillage_reader_get_member (MaillageReader  *r,
                            JsonObject      *object,
                            const char      *name,
                            gboolean         required,
                            JsonNode       **out)
{
  *out = json_object_get_member (object, name);
  if (*out == NULL && required)
    return maillage_reader_fail_missing (r, name);

  return TRUE;
}

gboolean
maillage_reader_fail_member_type (MaillageReader *r,
                                  JsonNode       *node,
                                  const char     *name,
                                  const char     *expected_format)
{
  gsize mark = maillage_reader_push_member (r, name);

  maillage_reader_fail_type (r, node, expected_format);
  maillage_reader_pop (r, mark);

  return FALSE;
}

gboolean
maillage_reader_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

gboolean
maillage_reader_is_integer (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

/* A string member; absent, it is the empty string. The string belongs to
 * the parsed tree. */
gboolean
maillage_reader_string (MaillageReader  *r,
                        JsonObject      *object,
                        const char      *name,
                        gboolean         required,
                        const char     **out)
{
  JsonNode *node;

  *out = "";
  if (!maillage_reader_get_member (r, object, name, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!maillage_reader_is_string (node))
    return maillage_reader_fail_member_type (r, node, name, _("%s: expected a string, found %s"));

  *out = json_node_get_string (node);
  return TRUE;
}

/* A string member that, unless empty and @allow_empty, must pass @check.
 * @message has a %s for the path and one for the value. */
gboolean
maillage_reader_checked_string (MaillageReader  *r,
                                JsonObject      *object,
                                const char      *name,
                                gboolean         required,
                                gboolean         allow_empty,
                                gboolean         (*check) (const char *),
                                const char      *message,
                                const char     **out)
{
  g_autofree char *found = NULL;
  gsize mark;

  if (!maillage_reader_string (r, object, name, required, out))
    return FALSE;
  if (!json_object_has_member (object, name))
    return TRUE;
  if ((allow_empty && **out == '\0') || check (*out))
    return TRUE;

  found = maillage_reader_quote (*out);
  mark = maillage_reader_push_member (r, name);
  maillage_reader_fail_found (r, message, found);
  maillage_reader_pop (r, mark);

  return FALSE;
}

gboolean
maillage_reader_object (MaillageReader  *r,
                        JsonObject      *object,
                        const char      *name,
                        gboolean         required,
                        JsonObject     **out)
{
  JsonNode *node;

  *out = NULL;
  if (!maillage_reader_get_member (r, object, name, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return maillage_reader_fail_member_type (r, node, name, _("%s: expected an object, found %s"));

  *out = json_node_get_object (node);
  return TRUE;
}

/* An optional array member; absent, it is NULL. */
gboolean
maillage_reader_array (MaillageReader  *r,
                       JsonObject      *object,
                       const char      *name,
                       JsonArray      **out)
{
  JsonNode *node = json_object_get_member (object, name);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return maillage_reader_fail_member_type (r, node, name, _("%s: expected an array, found %s"));

  *out = json_node_get_array (node);
  return TRUE;
}

/* The element @index of @array, which must be an object. Pushes its path. */
gboolean
maillage_reader_element_object (MaillageReader  *r,
                                JsonArray       *array,
                                guint            index,
                                JsonObject     **out)
{
  JsonNode *node = json_array_get_element (array, index);

  maillage_reader_push_index (r, index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return maillage_reader_fail_type (r, node, _("%s: expected an object, found %s"));

  *out = json_node_get_object (node);
  return TRUE;
}

/* An optional array of strings; absent, it is empty. */
gboolean
maillage_reader_string_list (MaillageReader *r,
                             JsonObject     *object,
                             const char     *name,
                             GStrv          *out)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;
  guint length;
  gsize mark;

  if (!maillage_reader_array (r, object, name, &array))
    return FALSE;

  length = array ? json_array_get_length (array) : 0;
  mark = maillage_reader_push_member (r, name);
  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!maillage_reader_is_string (node))
        {
          maillage_reader_push_index (r, i);
          return maillage_reader_fail_type (r, node, _("%s: expected a string, found %s"));
        }
      g_strv_builder_add (builder, json_node_get_string (node));
    }
  maillage_reader_pop (r, mark);

  *out = g_strv_builder_end (builder);
  return TRUE;
}

/* A whole number from 0 to @max; absent, it is 0. */
gboolean
maillage_reader_count (MaillageReader *r,
                       JsonObject     *object,
                       const char     *name,
                       guint64         max,
                       guint64        *out)
{
  JsonNode *node = json_object_get_member (object, name);
  g_autofree char *found = NULL;
  gsize mark;

  *out = 0;
  if (node == NULL)
    return TRUE;
  if (!maillage_reader_is_integer (node) || json_node_get_int (node) < 0)
    return maillage_reader_fail_member_type (r, node, name,
                                             _("%s: expected a whole number of 0 or more, found %s"));
  if ((guint64) json_node_get_int (node) > max)
    {
      found = maillage_reader_describe (node);
      mark = maillage_reader_push_member (r, name);
      maillage_reader_fail (r, MAILLAGE_PROJECT_ERROR_INVALID, _("%s: the number %s is too large"),
                            r->path->str, found);
      maillage_reader_pop (r, mark);
      return FALSE;
    }

  *out = json_node_get_int (node);
  return TRUE;
}

/* Version 0 wrote euros with up to two decimals. A value has at most two
 * decimals when its cents, rounded, give back the very same double: 1234.56
 * is read as 123456 cents; 1234.567 is refused. Beyond 2^53 cents a double
 * cannot hold every cent, so such sums are refused too. */
static gboolean
euros_to_cents (JsonNode *node,
                gint64   *cents)
{
  double euros;
  double rounded;

  if (maillage_reader_is_integer (node))
    {
      gint64 whole = json_node_get_int (node);

      if (whole < 0 || whole > G_MAXINT64 / 100)
        return FALSE;
      *cents = whole * 100;
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_DOUBLE)
    return FALSE;

  euros = json_node_get_double (node);
  if (!(euros >= 0.0) || euros * 100.0 > 9007199254740992.0)
    return FALSE;

  rounded = round (euros * 100.0);
  if (rounded / 100.0 != euros)
    return FALSE;

  *cents = (gint64) rounded;
  return TRUE;
}

/* An amount in cents; absent, it is 0. */
gboolean
maillage_reader_amount (MaillageReader *r,
                        JsonObject     *object,
                        const char     *name,
                        gint64         *out)
{
  JsonNode *node = json_object_get_member (object, name);

  *out = 0;
  if (node == NULL)
    return TRUE;

  if (r->version == 0)
    {
      if (!euros_to_cents (node, out))
        return maillage_reader_fail_member_type (r, node, name,
                                                 _("%s: expected an amount in euros, 0 or more with at most two decimals, found %s"));
      return TRUE;
    }

  if (!maillage_reader_is_integer (node) || json_node_get_int (node) < 0)
    return maillage_reader_fail_member_type (r, node, name,
                                             _("%s: expected an amount in cents, a whole number of 0 or more, found %s"));

  *out = json_node_get_int (node);
  return TRUE;
}

/* Exactly 2026-11-22T10:00:00Z: the form the writer gives back, so a
 * file keeps its bytes. */
static gboolean
date_time_is_valid (const char *text)
{
  static const char shape[] = "dddd-dd-ddTdd:dd:ddZ";
  g_autoptr(GDateTime) date_time = NULL;

  if (strlen (text) != strlen (shape))
    return FALSE;

  for (guint i = 0; shape[i] != '\0'; i++)
    {
      if (shape[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != shape[i])
        return FALSE;
    }

  date_time = g_date_time_new_from_iso8601 (text, NULL);

  return date_time != NULL;
}

gboolean
maillage_reader_date_time (MaillageReader  *r,
                           JsonObject      *object,
                           const char      *name,
                           GDateTime      **out)
{
  const char *text;

  *out = NULL;
  if (!maillage_reader_checked_string (r, object, name, FALSE, FALSE, date_time_is_valid,
                                       _("%s: %s is not a date and time in UTC such as 2026-11-22T10:00:00Z"),
                                       &text))
    return FALSE;

  if (*text != '\0')
    *out = g_date_time_new_from_iso8601 (text, NULL);

  return TRUE;
}

/* The path of the element @index of the array whose element the current
 * path is: “$.actions[3]” → “$.actions[0]”. */
char *
maillage_reader_sibling_path (MaillageReader *r,
                              guint           index)
{
  const char *bracket = strrchr (r->path->str, '[');

  return g_strdup_printf ("%.*s[%u]", (int) (bracket - r->path->str), r->path->str, index);
}

/* Records in @seen (value → index + 1) that the element @index of the
 * array being read has @value as its member @name, unless an earlier
 * element had it already: then fails with @message, which has a %s for
 * the path, one for the value and one for the path of that element. */
gboolean
maillage_reader_unique (MaillageReader *r,
                        GHashTable     *seen,
                        const char     *name,
                        const char     *value,
                        guint           index,
                        const char     *message)
{
  guint first = GPOINTER_TO_UINT (g_hash_table_lookup (seen, value));
  g_autofree char *other = NULL;
  g_autofree char *found = NULL;
  g_autofree char *text = NULL;

  if (first == 0)
    {
      g_hash_table_insert (seen, (gpointer) value, GUINT_TO_POINTER (index + 1));
      return TRUE;
    }

  other = maillage_reader_sibling_path (r, first - 1);
  found = maillage_reader_quote (value);
  maillage_reader_push_member (r, name);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  text = g_strdup_printf (message, r->path->str, found, other);
#pragma GCC diagnostic pop

  g_set_error_literal (r->error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_INVALID, text);
  return FALSE;
}

/* Reads the optional array member @name of @object, whose elements must be
 * objects, and calls @func on each. */
gboolean
maillage_reader_each_element (MaillageReader            *r,
                              JsonObject                *object,
                              const char                *name,
                              MaillageReaderElementFunc  func,
                              gpointer                   user_data)
{
  JsonArray *array;
  guint length;
  gsize mark;

  if (!maillage_reader_array (r, object, name, &array))
    return FALSE;

  length = array ? json_array_get_length (array) : 0;
  mark = maillage_reader_push_member (r, name);
  for (guint i = 0; i < length; i++)
    {
      gsize element_mark = r->path->len;
      JsonObject *element;

      if (!maillage_reader_element_object (r, array, i, &element) ||
          !func (r, element, i, user_data))
        return FALSE;
      maillage_reader_pop (r, element_mark);
    }
  maillage_reader_pop (r, mark);

  return TRUE;
}

/* Reads the optional object member @name of @object, whose members must be
 * objects with names that pass @check (else the error is @message, with a
 * %s for the path and one for the name), and calls @func on each, in the
 * order of the file. */
gboolean
maillage_reader_each_member (MaillageReader            *r,
                             JsonObject                *object,
                             const char                *name,
                             gboolean                 (*check) (const char *),
                             const char                *message,
                             MaillageReaderMemberFunc   func,
                             gpointer                   user_data)
{
  JsonObject *members;
  JsonObjectIter iter;
  const char *member_name;
  JsonNode *node;
  gsize mark;

  if (!maillage_reader_object (r, object, name, FALSE, &members))
    return FALSE;
  if (members == NULL)
    return TRUE;

  mark = maillage_reader_push_member (r, name);
  json_object_iter_init_ordered (&iter, members);
  while (json_object_iter_next_ordered (&iter, &member_name, &node))
    {
      gsize member_mark = maillage_reader_push_member (r, member_name);

      if (!check (member_name))
        {
          g_autofree char *found = maillage_reader_quote (member_name);

          return maillage_reader_fail_found (r, message, found);
        }
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return maillage_reader_fail_type (r, node, _("%s: expected an object, found %s"));
      if (!func (r, member_name, json_node_get_object (node), user_data))
        return FALSE;
      maillage_reader_pop (r, member_mark);
    }
  maillage_reader_pop (r, mark);

  return TRUE;
}
