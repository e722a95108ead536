/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-schema-normalize.c: what people type, put in the form of the
 * schema v1.0.2 where the meaning is certain, before it is checked.
 */
#define G_LOG_DOMAIN "mediation-schema"

#include "config.h"

#include <maillage.h>
#include <string.h>

#include "mediation-schema.h"

/* Splits a cell into values: on `|`, the schema's separator; a cell without
 * one may come from an older file, which separated values with `;` (v0.2)
 * or `,` (v0.1): those split it too, but not a comma inside parentheses,
 * which v0.1's own values hold (“… (situation familiale, convention…)”). */
static GPtrArray *
split_values (const char *cell)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  gboolean pipes = strchr (cell, '|') != NULL;
  const char *start = cell;
  int depth = 0;

  for (const char *p = cell;; p++)
    {
      gboolean cut;

      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;

      if (*p == '\0')
        cut = TRUE;
      else if (pipes)
        cut = *p == '|';
      else
        cut = *p == ';' || (*p == ',' && depth == 0);

      if (cut)
        {
          char *value = g_strstrip (g_strndup (start, p - start));

          if (*value != '\0')
            g_ptr_array_add (values, value);
          else
            g_free (value);
          start = p + 1;
        }

      if (*p == '\0')
        break;
    }

  return values;
}

static char *
normalize_list (MediationField  field,
                const char     *cell)
{
  g_autoptr(GPtrArray) values = split_values (cell);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < values->len; i++)
    {
      const char *value = g_ptr_array_index (values, i);
      const char *canonical = NULL;

      if (mediation_schema_vocabulary (field) != NULL)
        canonical = mediation_schema_canonical_value (field, value);

      /* The same value twice says nothing more. */
      if (canonical != NULL && out->len > 0)
        {
          g_autofree char *joined = g_strconcat ("|", out->str, "|", NULL);
          g_autofree char *needle = g_strconcat ("|", canonical, "|", NULL);

          if (strstr (joined, needle) != NULL)
            continue;
        }

      if (out->len > 0)
        g_string_append_c (out, '|');
      g_string_append (out, canonical != NULL ? canonical : value);
    }

  return g_string_free (out, FALSE);
}

/* A French number written the national way (“03 84 12 34 56”,
 * “03.84.12.34.56”, “+33 (0)3 84…”, “0033 3 84…”) in the international form
 * the schema asks for (“+33384123456”); anything else as it was. */
static char *
normalize_phone (const char *text)
{
  GString *digits = g_string_new (NULL);
  gboolean plus = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '+' && digits->len == 0 && !plus)
        plus = TRUE;
      else if (c < 0x80 && g_ascii_isdigit (c))
        g_string_append_c (digits, (char) c);
      else if (c == '(' && g_str_has_prefix (p, "(0)"))
        p += 2;
      else if (!(g_unichar_isspace (c) || c == '.' || c == '-'))
        {
          g_string_free (digits, TRUE);
          return g_strdup (text);
        }
    }

  if (!plus && g_str_has_prefix (digits->str, "00"))
    {
      g_string_erase (digits, 0, 2);
      plus = TRUE;
    }
  else if (!plus && digits->len == 10 && digits->str[0] == '0')
    {
      g_string_erase (digits, 0, 1);
      g_string_prepend (digits, "33");
      plus = TRUE;
    }

  if (!plus)
    {
      g_string_free (digits, TRUE);
      return g_strdup (text);
    }

  g_string_prepend_c (digits, '+');
  return g_string_free (digits, FALSE);
}

/* “02/06/2022” (as French spreadsheets show dates, read by libmaillage)
 * and “2022-06-02T10:00:00Z” become “2022-06-02”: the same day. */
static char *
normalize_date (const char *text)
{
  g_autofree char *day = NULL;
  GDate date;

  /* A time stamp: its day is its first ten characters. */
  if (strlen (text) > 10 && text[10] == 'T')
    day = g_strndup (text, 10);
  else
    day = g_strdup (text);

  if (!maillage_format_parse_date (day, &date, NULL))
    return g_strdup (text);
  return maillage_format_iso_date (&date);
}

/**
 * mediation_schema_normalize:
 * @field: the field of @value
 * @value: (nullable): a cell, as read
 *
 * Puts @value in the schema's form where the meaning is certain: spaces
 * trimmed; several values joined by `|`, each in the schema's spelling; a
 * French phone number in international form; a decimal comma as a point; a
 * French or timestamped date as `YYYY-MM-DD`. What cannot be put in that
 * form is kept as it was, for mediation_schema_check() to report.
 *
 * Returns: (transfer full): the value, "" when empty
 */
char *
mediation_schema_normalize (MediationField  field,
                            const char     *value)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (field < MEDIATION_N_FIELDS, NULL);

  if (value == NULL)
    return g_strdup ("");

  text = g_strstrip (g_strdup (value));
  if (*text == '\0')
    return g_steal_pointer (&text);

  switch (mediation_schema_field_kind (field))
    {
    case MEDIATION_FIELD_KIND_LIST:
      return normalize_list (field, text);

    case MEDIATION_FIELD_KIND_NUMBER:
      /* 46,6712 as a French spreadsheet writes it; “1,234.5” is left to
       * be refused. */
      if (strchr (text, ',') != NULL && strchr (text, '.') == NULL)
        g_strdelimit (text, ",", '.');
      return g_steal_pointer (&text);

    case MEDIATION_FIELD_KIND_DATE:
      return normalize_date (text);

    case MEDIATION_FIELD_KIND_TEXT:
    default:
      if (field == MEDIATION_FIELD_TELEPHONE)
        return normalize_phone (text);
      if (field == MEDIATION_FIELD_CODE_INSEE)
        return g_ascii_strup (text, -1);
      return g_steal_pointer (&text);
    }
}
