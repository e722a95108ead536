/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-json-writer.c: the one writer that turns a JsonNode into the
 * canonical text of a project file.
 *
 * json-glib's JsonGenerator writes `"a" : 0.10000000000000001` and `{  }`;
 * projects are meant to be read in diffs, so numbers are written in their
 * shortest exact form, with two-space indentation and one member a line.
 * The writer does not recurse: module data built by a plugin has no depth
 * limit of its own.
 *
 * A tree may hold placeholders for text written elsewhere (the data of a
 * module as read from its file, see maillage_json_to_string_with_raw()):
 * that text is copied in as it is, so that what nobody changed is written
 * back exactly as it was read.
 */
#define G_LOG_DOMAIN "maillage-json-writer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "maillage-json-private.h"

typedef struct
{
  JsonNode       *node;
  JsonObjectIter  iter;     /* objects */
  guint           index;    /* arrays: the next element; objects: members written */
  guint           length;   /* arrays */
} Frame;

typedef struct
{
  GString    *out;
  GArray     *stack;        /* of Frame: the containers open */
  guint       level;        /* the nesting level of the root, for indentation */
  GHashTable *raw;          /* placeholder JsonNode → GBytes, or NULL */
} Writer;

static void
write_indent (GString *out,
              guint    level)
{
  static const char spaces[] = "                                ";
  gsize n = level * 2;

  while (n > 0)
    {
      gsize chunk = MIN (n, sizeof spaces - 1);

      g_string_append_len (out, spaces, chunk);
      n -= chunk;
    }
}

/* Only what JSON requires is escaped, plus the other control characters
 * (DEL, and U+0080 to U+009F, which start with the byte 0xC2) so that
 * nothing invisible hides in a file; all other text is written as UTF-8, as
 * people read it. */
static void
write_string (GString    *out,
              const char *string)
{
  const guchar *p = (const guchar *) string;
  const guchar *run = p;

  g_string_append_c (out, '"');
  for (;; p++)
    {
      guchar c = *p;
      gboolean c1;

      if (G_LIKELY (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F && c != 0xC2))
        continue;
      c1 = c == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F;
      if (c == 0xC2 && !c1)
        continue;

      g_string_append_len (out, (const char *) run, p - run);
      if (c == '\0')
        break;
      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          g_string_append_printf (out, "\\u%04x", c1 ? p[1] : c);
          if (c1)
            p++;
        }
      run = p + 1;
    }
  g_string_append_c (out, '"');
}

/* Amounts in cents are most of the numbers in a project: printf is too slow
 * for them. */
static void
write_int (GString *out,
           gint64   value)
{
  char buffer[24];
  char *p = buffer + sizeof buffer;
  guint64 magnitude = value < 0 ? 0 - (guint64) value : (guint64) value;

  do
    *--p = '0' + magnitude % 10;
  while ((magnitude /= 10) != 0);
  if (value < 0)
    *--p = '-';
  g_string_append_len (out, p, buffer + sizeof buffer - p);
}

/* The shortest of %.15g, %.16g, %.17g that reads back as the same double:
 * 0.1 stays 0.1, where json-glib writes 0.10000000000000001. A double that
 * is integral keeps a “.0”, so that it is read back as a double. */
static void
write_double (GString *out,
              double   value)
{
  static const char *const formats[] = { "%.15g", "%.16g", "%.17g" };
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }

  /* The same digits %.15g gives, below 1e15, without its cost. */
  if (value == floor (value) && fabs (value) < 1e15 && !signbit (value))
    {
      write_int (out, (gint64) value);
      g_string_append (out, ".0");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, sizeof buffer, formats[i], value);
      if (i == G_N_ELEMENTS (formats) - 1 || g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  g_string_append (out, buffer);
  if (strpbrk (buffer, ".e") == NULL)
    g_string_append (out, ".0");
}

static void
write_scalar (GString  *out,
              JsonNode *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    {
      g_string_append (out, "null");
      return;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      write_int (out, json_node_get_int (node));
      break;
    case G_TYPE_DOUBLE:
      write_double (out, json_node_get_double (node));
      break;
    case G_TYPE_BOOLEAN:
      g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
      break;
    case G_TYPE_STRING:
      if (json_node_get_string (node) != NULL)
        write_string (out, json_node_get_string (node));
      else
        g_string_append (out, "null");
      break;
    default:
      g_string_append (out, "null");
    }
}

/* An empty object may be a placeholder for text to copy in. */
static void
write_empty_object (Writer   *w,
                    JsonNode *node)
{
  GBytes *text = w->raw != NULL ? g_hash_table_lookup (w->raw, node) : NULL;
  gsize length;
  const char *data;

  if (text == NULL)
    {
      g_string_append (w->out, "{}");
      return;
    }

  data = g_bytes_get_data (text, &length);
  g_string_append_len (w->out, data, length);
}

/* Writes a scalar or an empty container whole; opens a non-empty container
 * and leaves its frame on the stack for write_tree() to fill. */
static void
write_node (Writer   *w,
            JsonNode *node)
{
  Frame frame = { .node = node };

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      frame.length = json_array_get_length (json_node_get_array (node));
      if (frame.length == 0)
        {
          g_string_append (w->out, "[]");
          return;
        }
      g_string_append_c (w->out, '[');
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);

      if (json_object_get_size (object) == 0)
        {
          write_empty_object (w, node);
          return;
        }
      g_string_append_c (w->out, '{');
      /* In the order the members were added (json-glib ≥ 1.6). */
      json_object_iter_init_ordered (&frame.iter, object);
    }
  else
    {
      write_scalar (w->out, node);
      return;
    }
  g_array_append_val (w->stack, frame);
}

static void
close_frame (Writer *w,
             char    bracket)
{
  g_array_set_size (w->stack, w->stack->len - 1);
  g_string_append_c (w->out, '\n');
  write_indent (w->out, w->level + w->stack->len);
  g_string_append_c (w->out, bracket);
}

/* Iterative, so that no depth of module data, whoever built it, can exhaust
 * the stack. */
static void
write_tree (GString    *out,
            JsonNode   *root,
            guint       level,
            GHashTable *raw)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Frame));
  Writer w = { out, stack, level, raw };

  write_node (&w, root);
  while (stack->len > 0)
    {
      Frame *top = &g_array_index (stack, Frame, stack->len - 1);
      const char *name = NULL;
      JsonNode *child;

      if (JSON_NODE_HOLDS_ARRAY (top->node))
        {
          if (top->index == top->length)
            {
              close_frame (&w, ']');
              continue;
            }
          child = json_array_get_element (json_node_get_array (top->node), top->index);
        }
      else if (!json_object_iter_next_ordered (&top->iter, &name, &child))
        {
          close_frame (&w, '}');
          continue;
        }

      g_string_append (out, top->index++ == 0 ? "\n" : ",\n");
      write_indent (out, level + stack->len);
      if (name != NULL)
        {
          write_string (out, name);
          g_string_append (out, ": ");
        }
      write_node (&w, child);
    }
}

/**
 * maillage_json_to_string:
 * @node: the root of a JSON tree
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes @node in the canonical form of Maillage files: two-space
 * indentation, `"key": value`, `[]` and `{}` when empty, members in the
 * object's order, UTF-8 as is, numbers in their shortest exact form, one
 * final newline. The same tree always gives the same bytes.
 *
 * Returns: (transfer full): the text
 */
char *
maillage_json_to_string (JsonNode *node,
                         gsize    *length)
{
  g_return_val_if_fail (node != NULL, NULL);

  return maillage_json_to_string_with_raw (node, NULL, length);
}

/**
 * maillage_json_to_string_with_raw:
 * @root: the root of a JSON tree
 * @raw: (nullable) (element-type JsonNode GBytes): placeholders in the
 *   tree, each an empty object, mapped to the text to write in their place
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes @root as maillage_json_to_string() does, except that where it meets
 * a placeholder of @raw, it writes that text, byte for byte, instead. The
 * text must be a JSON value; it is written as it is, whatever its layout.
 *
 * Returns: (transfer full): the text
 */
char *
maillage_json_to_string_with_raw (JsonNode   *root,
                                  GHashTable *raw,
                                  gsize      *length)
{
  GString *out;

  g_return_val_if_fail (root != NULL, NULL);

  out = g_string_sized_new (64 * 1024);
  write_tree (out, root, 0, raw);
  g_string_append_c (out, '\n');
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

/**
 * maillage_json_append:
 * @out: where to write
 * @node: a JSON value
 * @level: the nesting level at which @node stands in its file
 *
 * Appends @node to @out in canonical form, as it is written at nesting
 * level @level of a file (two spaces of indentation a level), without a
 * final newline: the same bytes maillage_json_to_string() writes there.
 */
void
maillage_json_append (GString  *out,
                      JsonNode *node,
                      guint     level)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (node != NULL);

  write_tree (out, node, level, NULL);
}
