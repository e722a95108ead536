/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-date.c: a day is stored as “2027-03-15” (ISO 8601), or ""
 * when none is planned. People type “15/03/2027”, as French forms ask,
 * or the ISO form; both are read, and the dialogs show the French one.
 * Reading and writing days is libmaillage's (maillage-format.h): this
 * file only adds the module's rule that a day may be left empty.
 */
#define G_LOG_DOMAIN "gouvernance-date"

#include "config.h"

#include <maillage.h>

#include "gouvernance-date.h"

/* Whether @iso is a day as the file holds it. "" is not. */
gboolean
gouvernance_date_is_valid (const char *iso)
{
  g_return_val_if_fail (iso != NULL, FALSE);

  return maillage_format_read_iso_date (iso, NULL);
}

/**
 * gouvernance_date_to_gdate:
 *
 * Returns: (transfer full) (nullable): the day @iso names, or %NULL
 */
GDate *
gouvernance_date_to_gdate (const char *iso)
{
  g_autoptr(GDate) date = g_date_new ();

  g_return_val_if_fail (iso != NULL, NULL);

  if (!maillage_format_read_iso_date (iso, date))
    return NULL;
  return g_steal_pointer (&date);
}

/**
 * gouvernance_date_parse:
 * @text: a day as typed: “15/03/2027”, “2027-03-15”, or nothing
 * @iso: (out) (transfer full): the day in ISO form, "" for nothing
 * @error: what is wrong, for the user
 *
 * Returns: whether @text was empty or a day
 */
gboolean
gouvernance_date_parse (const char  *text,
                        char       **iso,
                        GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GDate date;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (iso != NULL, FALSE);

  if (maillage_format_parse_date (text, &date, &local_error))
    {
      *iso = maillage_format_iso_date (&date);
      return TRUE;
    }

  /* No day is a day not planned yet. */
  if (g_error_matches (local_error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_EMPTY))
    {
      *iso = g_strdup ("");
      return TRUE;
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* The day as a French person types it, “15/03/2027”; "" for none, and
 * anything else as it is. */
char *
gouvernance_date_to_input (const char *iso)
{
  GDate date;

  g_return_val_if_fail (iso != NULL, NULL);

  if (!maillage_format_read_iso_date (iso, &date))
    return g_strdup (iso);
  return maillage_format_short_date (&date);
}
