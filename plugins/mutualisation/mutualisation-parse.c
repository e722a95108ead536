/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mutualisation-parse.c: what people type into the cost, percentage and
 * units fields, read exactly. The grammar is libmaillage's
 * maillage_format_parse_money() — « 12 500,50 », « 12 500,50 € », a decimal
 * comma or point, thousands grouped by a space, U+00A0 or U+202F, digits
 * read as integers so that « 0,29 » is 29 cents, not 28 — with the limits
 * of this module on top (no negative value, nothing beyond what the shares
 * can compute) and messages that say what each field wants.
 *
 * A percentage is read the same way, in hundredths of a percent, and a
 * number of units must be whole.
 */
#define G_LOG_DOMAIN "mutualisation-parse"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <maillage.h>
#include <string.h>

#include "mutualisation-parse.h"
#include "mutualisation-shares.h"

G_DEFINE_QUARK (mutualisation-parse-error-quark, mutualisation_parse_error)

typedef enum
{
  KIND_AMOUNT,
  KIND_PERCENT,
  KIND_UNITS,
} Kind;

static gboolean
set_error (GError                  **error,
           MutualisationParseError   code,
           const char               *message)
{
  g_set_error_literal (error, MUTUALISATION_PARSE_ERROR, code, message);
  return FALSE;
}

static gboolean
set_not_a_number (GError     **error,
                  Kind         kind,
                  const char  *text)
{
  g_autofree char *excerpt = maillage_format_excerpt (text);
  g_autofree char *message = NULL;

  switch (kind)
    {
    case KIND_AMOUNT:
      message = g_strdup_printf (_("“%s” is not an amount: write it like 12 500,50."), excerpt);
      break;
    case KIND_PERCENT:
      message = g_strdup_printf (_("“%s” is not a percentage: write it like 12,5."), excerpt);
      break;
    case KIND_UNITS:
    default:
      message = g_strdup_printf (_("“%s” is not a whole number: write it like 1 200."), excerpt);
      break;
    }
  return set_error (error, MUTUALISATION_PARSE_ERROR_NOT_A_NUMBER, message);
}

/* @text without a trailing “%” and the spaces before it. */
static char *
strip_percent (const char *text)
{
  g_autofree char *stripped = maillage_format_strip (text);
  gsize length = strlen (stripped);

  if (length > 1 && stripped[length - 1] == '%')
    {
      stripped[length - 1] = '\0';
      return maillage_format_strip (stripped);
    }
  return g_steal_pointer (&stripped);
}

/*
 * Reads @text in hundredths — cents, or hundredths of a percent, or a
 * whole number times 100 — from 0 to @limit hundredths.
 */
static gboolean
parse_hundredths (const char  *text,
                  Kind         kind,
                  gint64       limit,
                  gint64      *value,
                  GError     **error)
{
  g_autofree char *number = kind == KIND_PERCENT ? strip_percent (text) : maillage_format_strip (text);
  g_autoptr(GError) local_error = NULL;
  gint64 hundredths;

  /* The money reader takes a euro sign; a count or a percentage has none. */
  if (kind != KIND_AMOUNT && g_str_has_suffix (number, "€"))
    return set_not_a_number (error, kind, text);

  if (!maillage_format_parse_money (number, &hundredths, &local_error))
    {
      if (g_error_matches (local_error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_EMPTY))
        return set_error (error, MUTUALISATION_PARSE_ERROR_EMPTY,
                          kind == KIND_AMOUNT ? _("Enter an amount.") : _("Enter a number."));
      if (g_error_matches (local_error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_PRECISION))
        {
          if (kind == KIND_AMOUNT)
            return set_error (error, MUTUALISATION_PARSE_ERROR_TOO_PRECISE,
                              _("An amount has at most two decimals: it is counted in cents."));
          if (kind == KIND_PERCENT)
            return set_error (error, MUTUALISATION_PARSE_ERROR_TOO_PRECISE,
                              _("A percentage has at most two decimals."));
          return set_error (error, MUTUALISATION_PARSE_ERROR_TOO_PRECISE,
                            _("A number of units is a whole number."));
        }
      if (g_error_matches (local_error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_RANGE))
        hundredths = G_MAXINT64;   /* too large, said below */
      else
        return set_not_a_number (error, kind, text);
    }

  if (hundredths < 0)
    {
      if (kind == KIND_AMOUNT)
        return set_error (error, MUTUALISATION_PARSE_ERROR_NEGATIVE, _("An amount cannot be negative."));
      if (kind == KIND_PERCENT)
        return set_error (error, MUTUALISATION_PARSE_ERROR_NEGATIVE, _("A percentage cannot be negative."));
      return set_error (error, MUTUALISATION_PARSE_ERROR_NEGATIVE, _("A number of units cannot be negative."));
    }

  if (kind == KIND_UNITS && hundredths % 100 != 0)
    return set_error (error, MUTUALISATION_PARSE_ERROR_TOO_PRECISE, _("A number of units is a whole number."));

  if (hundredths > limit)
    {
      g_autofree char *largest = NULL;
      g_autofree char *message = NULL;

      if (kind == KIND_PERCENT)
        return set_error (error, MUTUALISATION_PARSE_ERROR_TOO_LARGE, _("A percentage cannot exceed 100."));

      if (kind == KIND_AMOUNT)
        {
          largest = maillage_format_money (limit);
          message = g_strdup_printf (_("This amount is too large: at most %s."), largest);
        }
      else
        {
          largest = maillage_format_integer (limit / 100);
          message = g_strdup_printf (_("This number is too large: at most %s."), largest);
        }
      return set_error (error, MUTUALISATION_PARSE_ERROR_TOO_LARGE, message);
    }

  *value = hundredths;
  return TRUE;
}

/**
 * mutualisation_parse_amount:
 * @text: an amount in euros, as typed: `12 500,50`, `12500.5`, `12 500 €`
 * @cents: (out): the amount in cents
 * @error: return location for a #GError, in %MUTUALISATION_PARSE_ERROR
 *
 * Reads an amount in euros, at most two decimals, from 0 to
 * %MUTUALISATION_MAX_CENTS cents.
 *
 * Returns: whether @text is such an amount; if not, @error says why in
 *   words for the user, and @cents is unchanged
 */
gboolean
mutualisation_parse_amount (const char  *text,
                            gint64      *cents,
                            GError     **error)
{
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (cents != NULL, FALSE);

  return parse_hundredths (text, KIND_AMOUNT, MUTUALISATION_MAX_CENTS, cents, error);
}

/**
 * mutualisation_parse_percent:
 * @text: a percentage, as typed: `12,5`, `12,5 %`, `33.33`
 * @basis_points: (out): the percentage in hundredths of a percent
 * @error: return location for a #GError, in %MUTUALISATION_PARSE_ERROR
 *
 * Reads a percentage from 0 to 100, at most two decimals.
 *
 * Returns: whether @text is such a percentage
 */
gboolean
mutualisation_parse_percent (const char  *text,
                             guint32     *basis_points,
                             GError     **error)
{
  gint64 value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (basis_points != NULL, FALSE);

  if (!parse_hundredths (text, KIND_PERCENT, MUTUALISATION_FULL_BASIS_POINTS, &value, error))
    return FALSE;
  *basis_points = (guint32) value;
  return TRUE;
}

/**
 * mutualisation_parse_units:
 * @text: a whole number, as typed: `1200`, `1 200`
 * @units: (out): the number
 * @error: return location for a #GError, in %MUTUALISATION_PARSE_ERROR
 *
 * Reads a number of units of usage, from 0 to %MUTUALISATION_MAX_UNITS.
 *
 * Returns: whether @text is such a number
 */
gboolean
mutualisation_parse_units (const char  *text,
                           guint64     *units,
                           GError     **error)
{
  gint64 value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (units != NULL, FALSE);

  if (!parse_hundredths (text, KIND_UNITS, (gint64) MUTUALISATION_MAX_UNITS * 100, &value, error))
    return FALSE;
  *units = (guint64) (value / 100);
  return TRUE;
}

/* @value hundredths as « 1 234,56 », from integers only. */
static char *
format_hundredths (guint64 value)
{
  g_autofree char *integer = maillage_format_integer ((gint64) (value / 100));

  return g_strdup_printf ("%s,%02u", integer, (guint) (value % 100));
}

/**
 * mutualisation_format_percent:
 * @basis_points: a percentage in hundredths of a percent
 *
 * Writes a percentage the French way, two decimals: `12,50 %`.
 *
 * Returns: (transfer full): the percentage as text
 */
char *
mutualisation_format_percent (guint64 basis_points)
{
  g_autofree char *number = format_hundredths (basis_points);

  return g_strconcat (number, "\u00a0%", NULL);
}

/**
 * mutualisation_format_amount_input:
 * @cents: an amount in cents, at least 0
 *
 * The amount as an entry shows it for editing: `12 500,50`, without the
 * euro sign, read back the same by mutualisation_parse_amount().
 *
 * Returns: (transfer full): the amount as text
 */
char *
mutualisation_format_amount_input (gint64 cents)
{
  g_return_val_if_fail (cents >= 0, g_strdup (""));

  return format_hundredths ((guint64) cents);
}
