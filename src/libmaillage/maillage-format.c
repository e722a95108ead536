/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-format.c: numbers and amounts written the French way, whatever
 * the locale: the strategy and its documents are French, and a budget read
 * as "1,234.50 €" in a French deliberation would be wrong.
 */
#define G_LOG_DOMAIN "maillage-format"

#include "config.h"

#include <math.h>
#include <string.h>

#include "maillage-format.h"

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
