/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-format.c: numbers and amounts written the French way, whatever
 * the locale: the strategy and its documents are French, and a budget read
 * as "1,234.50 €" in a French deliberation would be wrong.
 */
#define G_LOG_DOMAIN "maillage-format"

#include "config.h"

#include "maillage-format.h"

/* U+202F NARROW NO-BREAK SPACE groups the thousands; U+00A0 NO-BREAK SPACE
 * keeps the euro sign on the amount's line. */
#define THOUSANDS_SEPARATOR "\u202f"
#define CURRENCY_SEPARATOR  "\u00a0"

/* Works on the magnitude as an unsigned value so that G_MININT64 has no
 * positive counterpart to overflow into. */
static void
append_grouped (GString *string,
                guint64  magnitude)
{
  char digits[32];
  gsize n_digits;

  n_digits = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, magnitude);

  for (gsize i = 0; i < n_digits; i++)
    {
      if (i > 0 && (n_digits - i) % 3 == 0)
        g_string_append (string, THOUSANDS_SEPARATOR);
      g_string_append_c (string, digits[i]);
    }
}

static guint64
magnitude_of (gint64 value)
{
  return value < 0 ? (guint64) -(value + 1) + 1 : (guint64) value;
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
  g_string_append_printf (string, ",%02u" CURRENCY_SEPARATOR "€",
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
