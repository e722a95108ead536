/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-json.c: the JSON form of the schema — an array of lieux, one
 * object each, members named as the schema's fields — and one lieu as a
 * JSON object, for files and for the project alike.
 *
 * A file from elsewhere is read through libmaillage's JSON gate,
 * maillage_json_parse_text(), which checks size, encoding, depth and
 * grammar and names the line and column of a fault before json-glib sees
 * the text.
 *
 * In a file, as in the schema's CSV form, several values are one string
 * joined by `|`; in the project they are an array, which diffs better. On
 * reading, both are taken, and v0.1 member names too.
 */
#define G_LOG_DOMAIN "mediation-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <maillage.h>
#include <string.h>

#include "mediation-json.h"

/* The shortest text that reads back as the same double: 46.6712, not
 * 46.671199999999999. */
static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  return g_strdup (buffer);
}

static void
add_type_issue (GPtrArray      *issues,
                guint           row,
                MediationField  field)
{
  const char *message = _("A text, a number or a list of texts is expected here.");

  if (issues != NULL)
    g_ptr_array_add (issues, mediation_issue_new (row, field, "", message));
}

/* The text of one member, in the CSV form of the field, or NULL (and an
 * issue) when its type fits no field. */
static char *
member_text (JsonNode       *node,
             MediationField  field,
             guint           row,
             GPtrArray      *issues)
{
  g_autoptr(GString) joined = NULL;
  JsonArray *array;

  if (JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("");

  if (JSON_NODE_HOLDS_VALUE (node))
    {
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return g_strdup (json_node_get_string (node));
        case G_TYPE_INT64:
          return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
        case G_TYPE_DOUBLE:
          return format_number (json_node_get_double (node));
        default:
          add_type_issue (issues, row, field);
          return NULL;
        }
    }

  if (!JSON_NODE_HOLDS_ARRAY (node) || mediation_schema_field_kind (field) != MEDIATION_FIELD_KIND_LIST)
    {
      add_type_issue (issues, row, field);
      return NULL;
    }

  array = json_node_get_array (node);
  joined = g_string_new (NULL);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          add_type_issue (issues, row, field);
          return NULL;
        }
      if (joined->len > 0)
        g_string_append_c (joined, '|');
      g_string_append (joined, json_node_get_string (element));
    }

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/**
 * mediation_json_to_lieu:
 * @object: a lieu as a JSON object
 * @row: its rank, from 1, for the issues
 * @issues: (nullable) (element-type MediationIssue): where to add the
 *   members whose type fits no field
 * @legacy: (out) (optional): set to %TRUE if a v0.1 member name was used
 *
 * Reads a lieu from a JSON object: the schema's field names (or their v0.1
 * names) as members, strings, numbers, or arrays of strings for fields with
 * several values; `null` for an empty field. Other members are ignored.
 *
 * Returns: (transfer full) (nullable): the lieu, normalized; %NULL if a
 *   member has a type that fits no field
 */
MediationLieu *
mediation_json_to_lieu (JsonObject *object,
                        guint       row,
                        GPtrArray  *issues,
                        gboolean   *legacy)
{
  char **values = g_new0 (char *, MEDIATION_N_FIELDS);
  gboolean broken = FALSE;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  g_return_val_if_fail (object != NULL, NULL);

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    {
      MediationField field;
      g_autofree char *text = NULL;

      if (!mediation_schema_field_from_name (name, &field))
        continue;
      /* The v1.0.2 name wins over the v0.1 one when a file has both. */
      if (strcmp (name, mediation_schema_field_name (field)) != 0)
        {
          if (json_object_has_member (object, mediation_schema_field_name (field)))
            continue;
          if (legacy != NULL)
            *legacy = TRUE;
        }

      text = member_text (node, field, row, issues);
      if (text == NULL)
        {
          broken = TRUE;
          continue;
        }
      g_free (values[field]);
      values[field] = mediation_schema_normalize (field, text);
    }

  if (broken)
    {
      for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
        g_free (values[f]);
      g_free (values);
      return NULL;
    }

  return mediation_lieu_new_take (values);
}

/**
 * mediation_json_from_lieu:
 * @lieu: a #MediationLieu
 * @arrays: whether fields with several values are arrays (the project) or
 *   strings joined by `|` (the schema's files)
 *
 * Writes @lieu as a JSON object, its members in the schema's order, empty
 * fields left out, coordinates as numbers.
 *
 * Returns: (transfer full): the object
 */
JsonObject *
mediation_json_from_lieu (MediationLieu *lieu,
                          gboolean       arrays)
{
  JsonObject *object = json_object_new ();

  g_return_val_if_fail (MEDIATION_IS_LIEU (lieu), NULL);

  for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
    {
      const char *value = mediation_lieu_get_value (lieu, f);
      const char *name = mediation_schema_field_name (f);
      double number;

      if (*value == '\0')
        continue;

      switch (mediation_schema_field_kind (f))
        {
        case MEDIATION_FIELD_KIND_NUMBER:
          /* A value the schema refuses is kept as the text it was. */
          if (mediation_schema_parse_number (value, &number))
            json_object_set_double_member (object, name, number);
          else
            json_object_set_string_member (object, name, value);
          break;

        case MEDIATION_FIELD_KIND_LIST:
          if (arrays)
            {
              const char * const *items = mediation_lieu_get_list (lieu, f);
              JsonArray *array = json_array_sized_new (g_strv_length ((char **) items));

              for (guint i = 0; items[i] != NULL; i++)
                json_array_add_string_element (array, items[i]);
              json_object_set_array_member (object, name, array);
              break;
            }
          G_GNUC_FALLTHROUGH;

        case MEDIATION_FIELD_KIND_TEXT:
        case MEDIATION_FIELD_KIND_DATE:
        default:
          json_object_set_string_member (object, name, value);
          break;
        }
    }

  return object;
}

/**
 * mediation_json_import:
 * @bytes: the content of a JSON file
 * @error: return location for a #GError
 *
 * Reads a JSON array of lieux. A file that is not JSON, or not an array,
 * sets @error (with the line and column of a syntax error); each element
 * that is not a valid lieu is reported in the result, by its rank.
 *
 * Returns: (transfer full) (nullable): what the file holds, or %NULL
 */
MediationImport *
mediation_json_import (GBytes  *bytes,
                       GError **error)
{
  g_autoptr(MediationImport) import = NULL;
  g_autoptr(JsonNode) root = NULL;
  const char *data;
  gsize length;
  JsonArray *array;
  gboolean legacy = FALSE;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length > MEDIATION_JSON_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (MEDIATION_JSON_MAX_SIZE);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The file is %s; the limit is %s."), size, limit);
      return NULL;
    }

  root = maillage_json_parse_text (data != NULL ? data : "", length, error);
  if (root == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The file is JSON, but not a list of places: an array of objects, "
                             "one per place, is expected."));
      return NULL;
    }

  array = json_node_get_array (root);
  if (json_array_get_length (array) == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The file holds no place: the array is empty."));
      return NULL;
    }

  import = mediation_import_new (MEDIATION_IMPORT_FORMAT_JSON);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(GPtrArray) issues = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(MediationLieu) lieu = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_ptr_array_add (issues, mediation_issue_new_for_row (i + 1, _("This element is not an object.")));
          mediation_import_add_invalid_row (import, issues);
          continue;
        }

      lieu = mediation_json_to_lieu (json_node_get_object (element), i + 1, issues, &legacy);
      if (lieu == NULL)
        mediation_import_add_invalid_row (import, issues);
      else
        mediation_import_add_lieu (import, i + 1, lieu);
    }
  mediation_import_set_legacy (import, legacy);

  return g_steal_pointer (&import);
}

/**
 * mediation_json_export:
 * @lieux: a #GListModel of #MediationLieu
 * @length: (out) (optional): the length of the text, in bytes
 *
 * Writes @lieux in the JSON form of the schema v1.0.2: an array of
 * objects, members in the schema's order, several values joined by `|` as
 * in the CSV form, coordinates as numbers; UTF-8, indented, one final line
 * end.
 *
 * Returns: (transfer full): the text
 */
char *
mediation_json_export (GListModel *lieux,
                       gsize      *length)
{
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (lieux), NULL);

  n = g_list_model_get_n_items (lieux);
  array = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MediationLieu) lieu = g_list_model_get_item (lieux, i);

      json_array_add_object_element (array, mediation_json_from_lieu (lieu, FALSE));
    }

  root = json_node_init_array (json_node_alloc (), array);
  json_array_unref (array);

  return maillage_json_write_text (root, length);
}
