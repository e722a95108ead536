/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-siren.c: SIREN and SIRET numbers, as the INSEE's SIRENE
 * register gives them: a SIREN names a legal unit (9 digits), a SIRET one
 * of its establishments (its SIREN then 5 digits). Both end with a Luhn
 * check digit, which catches a single mistyped digit and most swaps of
 * two neighbours. The one exception is La Poste, whose establishments are
 * too many for the 5 digits: their SIRETs (SIREN 356 000 000) have digits
 * summing to a multiple of 5 instead.
 */
#define G_LOG_DOMAIN "gouvernance-siren"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <maillage.h>
#include <string.h>

#include "gouvernance-siren.h"

#define SIREN_LENGTH 9
#define SIRET_LENGTH 14
#define LA_POSTE_SIREN "356000000"

/**
 * gouvernance_siren_normalize:
 * @text: a number as typed or pasted, such as “123 456 789 00012”
 *
 * Returns: (transfer full): @text without spaces of any kind (plain,
 *   no-break, narrow no-break, tabs), trimmed; other characters are kept
 *   for gouvernance_siren_check() to judge
 */
char *
gouvernance_siren_normalize (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!maillage_format_is_space (c) && !g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
luhn_is_valid (const char *digits)
{
  gsize length = strlen (digits);
  guint sum = 0;

  /* From the right: the check digit as it is, its left neighbour doubled
   * (its digits added), and so on. */
  for (gsize i = 0; i < length; i++)
    {
      guint digit = (guint) (digits[length - 1 - i] - '0');

      if (i % 2 == 1)
        {
          digit *= 2;
          if (digit > 9)
            digit -= 9;
        }
      sum += digit;
    }

  return sum % 10 == 0;
}

static gboolean
la_poste_is_valid (const char *digits)
{
  guint sum = 0;

  if (strlen (digits) != SIRET_LENGTH || !g_str_has_prefix (digits, LA_POSTE_SIREN))
    return FALSE;

  for (const char *p = digits; *p != '\0'; p++)
    sum += (guint) (*p - '0');
  return sum % 5 == 0;
}

/**
 * gouvernance_siren_check:
 * @text: a SIREN or SIRET number, spaces allowed; empty for none
 * @error: where to say, in the interface's language, what is wrong
 *
 * Returns: whether @text is empty, a SIREN number or a SIRET number with
 *   a valid check digit
 */
gboolean
gouvernance_siren_check (const char  *text,
                         GError     **error)
{
  g_autofree char *digits = NULL;
  gsize length;

  g_return_val_if_fail (text != NULL, FALSE);

  digits = gouvernance_siren_normalize (text);
  if (*digits == '\0')
    return TRUE;

  for (const char *p = digits; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     _("“%s” is not a SIREN or SIRET number: only digits are expected."), text);
        return FALSE;
      }

  length = strlen (digits);
  if (length != SIREN_LENGTH && length != SIRET_LENGTH)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” has %u digit: a SIREN number has 9 and a SIRET number 14.",
                                "“%s” has %u digits: a SIREN number has 9 and a SIRET number 14.",
                                length),
                   text, (guint) length);
      return FALSE;
    }

  if (!luhn_is_valid (digits) && !la_poste_is_valid (digits))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   length == SIREN_LENGTH
                   ? _("“%s” is not a valid SIREN number: its check digit is wrong. A digit may have been mistyped.")
                   : _("“%s” is not a valid SIRET number: its check digit is wrong. A digit may have been mistyped."),
                   text);
      return FALSE;
    }

  return TRUE;
}

/**
 * gouvernance_siren_format:
 * @number: a number as stored (digits)
 *
 * Returns: (transfer full): @number grouped as the INSEE writes it,
 *   “123 456 789” or “123 456 789 00012”, with no-break spaces so that it
 *   never breaks across lines; anything else as it is
 */
char *
gouvernance_siren_format (const char *number)
{
  gsize length;

  g_return_val_if_fail (number != NULL, NULL);

  length = strlen (number);
  for (const char *p = number; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return g_strdup (number);

  if (length == SIREN_LENGTH)
    return g_strdup_printf ("%.3s\u00a0%.3s\u00a0%.3s", number, number + 3, number + 6);
  if (length == SIRET_LENGTH)
    return g_strdup_printf ("%.3s\u00a0%.3s\u00a0%.3s\u00a0%.5s", number, number + 3, number + 6, number + 9);
  return g_strdup (number);
}
