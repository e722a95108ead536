/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-siren.c: SIREN and SIRET numbers, as the INSEE's SIRENE
 * register gives them: a SIREN names a legal unit (9 digits), a SIRET one
 * of its establishments (its SIREN then 5 digits). Both end with a Luhn
 * check digit, which catches a single mistyped digit and most swaps of
 * two neighbours. The one exception is La Poste, whose establishments are
 * too many for the 5 digits: their SIRETs (SIREN 356 000 000) have digits
 * summing to a multiple of 5 instead.
 *
 * The members of a governance, the assemblies of a délibération (whose
 * SIRET makes the @ctes identifier) and any plugin check their numbers
 * here. (The territory's SIREN, read from project files, is only checked
 * for its shape: maillage_territory_siren_is_valid().)
 */
#define G_LOG_DOMAIN "maillage-siren"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "maillage-format.h"
#include "maillage-siren.h"

#define SIREN_LENGTH 9
#define SIRET_LENGTH 14
#define LA_POSTE_SIREN "356000000"

G_DEFINE_QUARK (maillage-siren-error-quark, maillage_siren_error)

/**
 * maillage_siren_normalize:
 * @text: a number as typed or pasted, such as `123 456 789 00012`
 *
 * Returns: (transfer full): @text without spaces of any kind (plain,
 *   no-break, narrow no-break, tabs); other characters are kept for
 *   maillage_siren_check() to judge
 */
char *
maillage_siren_normalize (const char *text)
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
all_digits (const char *text,
            gsize       length)
{
  return strlen (text) == length && strspn (text, "0123456789") == length;
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

  if (!g_str_has_prefix (digits, LA_POSTE_SIREN))
    return FALSE;

  for (const char *p = digits; *p != '\0'; p++)
    sum += (guint) (*p - '0');
  return sum % 5 == 0;
}

/**
 * maillage_siren_is_valid:
 * @siren: (nullable): a string
 *
 * Returns: whether @siren is a SIREN number: nine digits whose Luhn check
 *   digit holds, nothing around them
 */
gboolean
maillage_siren_is_valid (const char *siren)
{
  return siren != NULL && all_digits (siren, SIREN_LENGTH) && luhn_is_valid (siren);
}

/**
 * maillage_siret_is_valid:
 * @siret: (nullable): a string
 *
 * Returns: whether @siret is a SIRET number: fourteen digits whose Luhn
 *   check digit holds (or, for La Poste's establishments, whose digits
 *   add up to a multiple of five), nothing around them
 */
gboolean
maillage_siret_is_valid (const char *siret)
{
  return siret != NULL && all_digits (siret, SIRET_LENGTH) &&
         (luhn_is_valid (siret) || la_poste_is_valid (siret));
}

/**
 * maillage_siren_check:
 * @text: a SIREN or SIRET number as typed, spaces allowed
 * @error: return location for a [error@Maillage.SirenError]
 *
 * Checks that @text is a SIREN or a SIRET number, and says what is wrong
 * in the language of the interface, naming the number as typed: not only
 * digits, neither 9 nor 14 of them, or a wrong check digit (a digit
 * mistyped). Store the number as maillage_siren_normalize() gives it.
 *
 * Returns: whether @text is a SIREN or SIRET number
 */
gboolean
maillage_siren_check (const char  *text,
                      GError     **error)
{
  g_autofree char *digits = NULL;
  gsize length;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  digits = maillage_siren_normalize (text);
  if (*digits == '\0')
    {
      g_set_error_literal (error, MAILLAGE_SIREN_ERROR, MAILLAGE_SIREN_ERROR_EMPTY,
                           _("No SIREN or SIRET number is given."));
      return FALSE;
    }

  length = strlen (digits);
  if (strspn (digits, "0123456789") != length)
    {
      g_set_error (error, MAILLAGE_SIREN_ERROR, MAILLAGE_SIREN_ERROR_NOT_DIGITS,
                   _("“%s” is not a SIREN or SIRET number: only digits are expected."), text);
      return FALSE;
    }

  if (length != SIREN_LENGTH && length != SIRET_LENGTH)
    {
      g_set_error (error, MAILLAGE_SIREN_ERROR, MAILLAGE_SIREN_ERROR_LENGTH,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” has %u digit: a SIREN number has 9 and a SIRET number 14.",
                                "“%s” has %u digits: a SIREN number has 9 and a SIRET number 14.",
                                length),
                   text, (guint) length);
      return FALSE;
    }

  if (length == SIREN_LENGTH ? !maillage_siren_is_valid (digits) : !maillage_siret_is_valid (digits))
    {
      g_set_error (error, MAILLAGE_SIREN_ERROR, MAILLAGE_SIREN_ERROR_CHECK_DIGIT,
                   length == SIREN_LENGTH
                   ? _("“%s” is not a valid SIREN number: its check digit is wrong. A digit may have been mistyped.")
                   : _("“%s” is not a valid SIRET number: its check digit is wrong. A digit may have been mistyped."),
                   text);
      return FALSE;
    }

  return TRUE;
}

/**
 * maillage_siren_format:
 * @number: a number as stored (digits)
 *
 * Returns: (transfer full): @number grouped as the INSEE writes it,
 *   `123 456 789` or `123 456 789 00012`, with no-break spaces so that it
 *   never breaks across lines; anything else as it is
 */
char *
maillage_siren_format (const char *number)
{
  g_return_val_if_fail (number != NULL, NULL);

  if (all_digits (number, SIREN_LENGTH))
    return g_strdup_printf ("%.3s\u00a0%.3s\u00a0%.3s", number, number + 3, number + 6);
  if (all_digits (number, SIRET_LENGTH))
    return g_strdup_printf ("%.3s\u00a0%.3s\u00a0%.3s\u00a0%.5s", number, number + 3, number + 6, number + 9);
  return g_strdup (number);
}
