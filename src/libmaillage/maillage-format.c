/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-format.c: numbers and amounts written the French way, whatever
 * the locale: the strategy and its documents are French, and a budget read
 * as "1,234.50 €" in a French deliberation would be wrong.
 */
#define G_LOG_DOMAIN "maillage-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "maillage-format.h"
#include "maillage-french.h"
#include "maillage-i18n.h"

/* U+202F NARROW NO-BREAK SPACE groups the thousands; U+00A0 NO-BREAK SPACE
 * keeps the euro and percent signs on the number's line. */
#define THOUSANDS_SEPARATOR "\u202f"
#define UNIT_SEPARATOR      "\u00a0"

/* What a value that is not a number (no data, a division by zero) reads as:
 * an em dash, as French tables write a missing figure. */
#define NOT_A_NUMBER "\u2014"

/* More decimals than a double holds would only print noise. */
#define MAX_DECIMALS 15

static void
append_grouped_digits (GString    *string,
                       const char *digits,
                       gsize       n_digits)
{
  for (gsize i = 0; i < n_digits; i++)
    {
      if (i > 0 && (n_digits - i) % 3 == 0)
        g_string_append (string, THOUSANDS_SEPARATOR);
      g_string_append_c (string, digits[i]);
    }
}

/* Works on the magnitude as an unsigned value so that G_MININT64 has no
 * positive counterpart to overflow into. */
static void
append_grouped (GString *string,
                guint64  magnitude)
{
  char digits[32];
  gsize n_digits;

  n_digits = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, magnitude);
  append_grouped_digits (string, digits, n_digits);
}

static guint64
magnitude_of (gint64 value)
{
  return value < 0 ? (guint64) -(value + 1) + 1 : (guint64) value;
}

/* Appends @value rounded to @decimals places, with a comma and grouped
 * thousands. The digits come from g_ascii_formatd(), which ignores
 * LC_NUMERIC: a French locale must not sneak a second comma in. */
static void
append_number (GString *string,
               double   value,
               guint    decimals)
{
  /* DBL_MAX has 309 integer digits; a few more for sign, point, decimals */
  char buffer[400];
  char format[16];
  const char *digits;
  const char *point;

  decimals = MIN (decimals, MAX_DECIMALS);
  g_snprintf (format, sizeof format, "%%.%uf", decimals);
  g_ascii_formatd (buffer, sizeof buffer, format, value);

  digits = buffer;
  if (*digits == '-')
    {
      /* "-0,0" for a tiny negative that rounds to zero says nothing more */
      if (strspn (digits + 1, "0.") != strlen (digits + 1))
        g_string_append_c (string, '-');
      digits++;
    }

  point = strchr (digits, '.');
  append_grouped_digits (string, digits, point != NULL ? (gsize) (point - digits) : strlen (digits));
  if (point != NULL)
    {
      g_string_append_c (string, ',');
      g_string_append (string, point + 1);
    }
}

/**
 * maillage_format_number:
 * @value: a number
 * @decimals: how many decimals to write (at most 15)
 *
 * Writes @value in French style, rounded to @decimals places: `1 234,5`,
 * thousands grouped by U+202F and a decimal comma. A value that is not a
 * finite number (`NAN` for "no data") is written as an em dash, `—`.
 *
 * Returns: (transfer full): the number as text
 */
char *
maillage_format_number (double value,
                        guint  decimals)
{
  GString *string;

  if (!isfinite (value))
    return g_strdup (NOT_A_NUMBER);

  string = g_string_new (NULL);
  append_number (string, value, decimals);

  return g_string_free (string, FALSE);
}

/**
 * maillage_format_percent:
 * @value: a percentage, 87.5 for 87,5 %
 * @decimals: how many decimals to write (at most 15)
 *
 * Writes @value as a French percentage: `87,5 %`, with U+00A0 before the
 * sign. @value is already in percent: pass 87.5, not 0.875. A value that is
 * not a finite number is written as an em dash, `—`.
 *
 * Returns: (transfer full): the percentage as text
 */
char *
maillage_format_percent (double value,
                         guint  decimals)
{
  GString *string;

  if (!isfinite (value))
    return g_strdup (NOT_A_NUMBER);

  string = g_string_new (NULL);
  append_number (string, value, decimals);
  g_string_append (string, UNIT_SEPARATOR "%");

  return g_string_free (string, FALSE);
}

/**
 * maillage_format_money:
 * @cents: an amount in euro cents
 *
 * Writes @cents as euros in French style: `1 234 567,89 €`, thousands
 * grouped by U+202F and the euro sign after U+00A0.
 *
 * Returns: (transfer full): the amount as text
 */
char *
maillage_format_money (gint64 cents)
{
  GString *string = g_string_new (NULL);
  guint64 magnitude = magnitude_of (cents);

  if (cents < 0)
    g_string_append_c (string, '-');

  append_grouped (string, magnitude / 100);
  g_string_append_printf (string, ",%02u" UNIT_SEPARATOR "€",
                          (guint) (magnitude % 100));

  return g_string_free (string, FALSE);
}

/**
 * maillage_format_integer:
 * @value: a count
 *
 * Writes @value with its thousands grouped by U+202F: `123 456`.
 *
 * Returns: (transfer full): the number as text
 */
char *
maillage_format_integer (gint64 value)
{
  GString *string = g_string_new (NULL);

  if (value < 0)
    g_string_append_c (string, '-');

  append_grouped (string, magnitude_of (value));

  return g_string_free (string, FALSE);
}

/**
 * maillage_format_is_space:
 * @c: a character
 *
 * Whether @c is a space as French spreadsheets and word processors write
 * them: ASCII space and tab, and the no-break, narrow no-break (U+202F, the
 * thousands separator) and thin spaces.
 *
 * Returns: %TRUE for such a space
 */
gboolean
maillage_format_is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

/**
 * maillage_format_strip:
 * @text: UTF-8 text, such as a cell of an imported file
 *
 * Removes the spaces of maillage_format_is_space() at both ends of @text.
 *
 * Returns: (transfer full): the stripped text
 */
char *
maillage_format_strip (const char *text)
{
  const char *start;
  const char *end;

  g_return_val_if_fail (text != NULL, NULL);

  start = text;
  end = text + strlen (text);
  while (*start != '\0' && maillage_format_is_space (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!maillage_format_is_space (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  return g_strndup (start, end - start);
}

/* Messages quote what they refuse; a cell can be a page long. */
#define EXCERPT_MAX_CHARS 40

/**
 * maillage_format_excerpt:
 * @value: UTF-8 text to quote in a message
 *
 * Shortens @value to its first 40 characters followed by “…”, so that an
 * error message can quote a refused value of any length.
 *
 * Returns: (transfer full): @value, or its beginning
 */
char *
maillage_format_excerpt (const char *value)
{
  g_autofree char *start = NULL;

  g_return_val_if_fail (value != NULL, NULL);

  if (g_utf8_strlen (value, -1) <= EXCERPT_MAX_CHARS)
    return g_strdup (value);

  start = g_utf8_substring (value, 0, EXCERPT_MAX_CHARS);
  return g_strconcat (start, "…", NULL);
}

G_DEFINE_QUARK (maillage-format-error-quark, maillage_format_error)

static const char * const month_names[] = {
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
  "août", "septembre", "octobre", "novembre", "décembre",
};

/**
 * maillage_format_date:
 * @date: a valid date
 *
 * Writes @date as a French document does: `22 novembre 2026`,
 * `1er mars 2027`, with no-break spaces so that it is never split across
 * two lines.
 *
 * Returns: (transfer full): the date in French
 */
char *
maillage_format_date (GDate *date)
{
  guint day;

  g_return_val_if_fail (date != NULL && g_date_valid (date), g_strdup (""));

  day = g_date_get_day (date);

  return g_strdup_printf ("%u%s" UNIT_SEPARATOR "%s" UNIT_SEPARATOR "%u",
                          day, day == 1 ? "er" : "",
                          month_names[g_date_get_month (date) - 1],
                          (guint) g_date_get_year (date));
}

/**
 * maillage_format_month:
 * @year: a year
 * @month: a month, from 1 to 12
 *
 * Writes a month of a year in French: `mars 2027`.
 *
 * Returns: (transfer full): the month in French
 */
char *
maillage_format_month (guint year,
                       guint month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, g_strdup (""));

  return g_strdup_printf ("%s" UNIT_SEPARATOR "%u", month_names[month - 1], year);
}

static gboolean
set_not_a_number (GError     **error,
                  const char  *text)
{
  g_autofree char *quoted = maillage_format_excerpt (text);

  g_set_error (error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_NOT_A_NUMBER,
               _("“%s” is not a number"), quoted);

  return FALSE;
}

/* Reads the sign, digits and one decimal mark of a number as people type
 * it: `-1 234,5`, `1234.5`, with thousands grouped by any one space, in
 * groups of three after the first: `12 34` or `1234 567` is more likely
 * two numbers run together than one. Writes the integer and decimal digits
 * to @integer and @decimals. A trailing @unit (`%`, `€`) is allowed. */
static gboolean
scan_number (const char  *text,
             const char  *unit,
             gboolean    *negative,
             GString     *integer,
             GString     *decimals,
             GError     **error)
{
  g_autofree char *stripped = maillage_format_strip (text);
  gboolean seen_mark = FALSE;
  gboolean grouped = FALSE;  /* a group space was read */
  guint group = 0;           /* the integer digits since the last one */
  gsize length;

  *negative = FALSE;
  length = strlen (stripped);
  if (unit != NULL && length > strlen (unit) && g_str_has_suffix (stripped, unit))
    {
      g_autofree char *without = g_strndup (stripped, length - strlen (unit));

      g_free (stripped);
      stripped = maillage_format_strip (without);
    }

  if (*stripped == '\0')
    {
      g_set_error_literal (error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_EMPTY,
                           _("The value is empty."));
      return FALSE;
    }

  /* Only digits, one sign ahead, one decimal mark and group spaces:
   * g_ascii_strtod() alone would take "1e400", "nan" or "0x1p3". */
  for (const char *p = stripped; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_ascii_isdigit (c))
        {
          g_string_append_c (seen_mark ? decimals : integer, (char) c);
          group += seen_mark ? 0 : 1;
        }
      else if ((c == '-' || c == '+') && p == stripped)
        *negative = c == '-';
      else if ((c == ',' || c == '.') && !seen_mark && integer->len > 0 && (!grouped || group == 3))
        seen_mark = TRUE;
      else if (maillage_format_is_space (c) && !seen_mark && group > 0 && group <= 3 &&
               (!grouped || group == 3))
        {
          grouped = TRUE;
          group = 0;
        }
      else
        return set_not_a_number (error, text);
    }

  if (integer->len == 0 || (seen_mark && decimals->len == 0) || (grouped && group != 3))
    return set_not_a_number (error, text);

  return TRUE;
}

/**
 * maillage_format_parse_number:
 * @text: a number as a person or a spreadsheet writes it
 * @value: (out): the number
 * @error: return location for a #GError
 *
 * Reads `87,4`, `87.4`, `-3`, `1 234,5` (thousands grouped by a space,
 * U+00A0 or U+202F, in groups of three after the first); a trailing `%` is
 * allowed, as spreadsheets export percentages so. Refuses anything else,
 * `1e3`, `nan`, `0x10` and `12 34` included.
 *
 * Returns: whether @text is a number; if not, @error says why, in the
 *   user's language
 */
gboolean
maillage_format_parse_number (const char  *text,
                              double      *value,
                              GError     **error)
{
  g_autoptr(GString) integer = g_string_new (NULL);
  g_autoptr(GString) decimals = g_string_new (NULL);
  g_autofree char *ascii = NULL;
  gboolean negative;
  char *end = NULL;
  double result;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (!scan_number (text, "%", &negative, integer, decimals, error))
    return FALSE;

  ascii = g_strdup_printf ("%s%s%s%s", negative ? "-" : "", integer->str,
                           decimals->len > 0 ? "." : "", decimals->str);
  result = g_ascii_strtod (ascii, &end);
  if (end == NULL || *end != '\0' || !isfinite (result))
    {
      g_autofree char *quoted = maillage_format_excerpt (text);

      g_set_error (error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_RANGE,
                   _("“%s” is too large a number."), quoted);
      return FALSE;
    }

  *value = result;
  return TRUE;
}

/**
 * maillage_format_parse_money:
 * @text: an amount in euros as a person types it: `12 500,50`, `12500.5`,
 *   `1 234 €`
 * @cents: (out): the amount in cents
 * @error: return location for a #GError
 *
 * Reads an amount exactly, without going through floating point: `0,1`
 * is ten cents, not 9.999… of them. At most two decimals are allowed.
 *
 * Returns: whether @text is an amount; if not, @error says why, in the
 *   user's language
 */
gboolean
maillage_format_parse_money (const char  *text,
                             gint64      *cents,
                             GError     **error)
{
  g_autoptr(GString) integer = g_string_new (NULL);
  g_autoptr(GString) decimals = g_string_new (NULL);
  gboolean negative;
  guint64 result = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (cents != NULL, FALSE);

  if (!scan_number (text, "€", &negative, integer, decimals, error))
    return FALSE;

  if (decimals->len > 2)
    {
      g_autofree char *quoted = maillage_format_excerpt (text);

      g_set_error (error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_PRECISION,
                   _("“%s” has more than two decimals: amounts are kept to the cent."), quoted);
      return FALSE;
    }
  while (decimals->len < 2)
    g_string_append_c (decimals, '0');
  g_string_append (integer, decimals->str);

  for (const char *p = integer->str; *p != '\0'; p++)
    {
      guint64 digit = (guint64) (*p - '0');

      if (result > ((guint64) G_MAXINT64 - digit) / 10)
        {
          g_autofree char *quoted = maillage_format_excerpt (text);

          g_set_error (error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_RANGE,
                       _("“%s” is too large an amount."), quoted);
          return FALSE;
        }
      result = result * 10 + digit;
    }

  *cents = negative ? -(gint64) result : (gint64) result;
  return TRUE;
}

/**
 * maillage_format_enumeration:
 * @items: (array zero-terminated=1): the things to list, as they are
 *
 * Lists @items as a French sentence does, for a document: `A`, `A et B`,
 * `A, B et C`. The words come from the French catalogue whatever the
 * language of the interface.
 *
 * Returns: (transfer full): the list, "" when @items is empty
 */
char *
maillage_format_enumeration (const char * const *items)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (items != NULL, NULL);

  n = g_strv_length ((char **) items);
  for (guint i = 0; i + 1 < n; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, items[i]);
    }
  if (n < 2)
    return g_strdup (n == 1 ? items[0] : "");

  /* Translators: the end of a list in a document: “A, B and C”; the
   * first %s is all but the last item. */
  return g_strdup_printf (FC_("enumeration", "%s and %s"), text->str, items[n - 1]);
}
