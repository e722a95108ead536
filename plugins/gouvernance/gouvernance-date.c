/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-date.c: a day is stored as “2027-03-15” (ISO 8601), or ""
 * when none is planned. People type “15/03/2027”, as French forms ask,
 * or the ISO form; both are read, and the dialogs show the French one.
 */
#define G_LOG_DOMAIN "gouvernance-date"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <maillage.h>
#include <stdlib.h>
#include <string.h>

#include "gouvernance-date.h"

static gboolean
digits (const char *text,
        guint       n)
{
  for (guint i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

static gboolean
set_dmy (GDate *date,
         guint  day,
         guint  month,
         guint  year)
{
  if (year < 1900 || year > 2200 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* “2027-03-15”, nothing more, a day that exists, in 1900–2200. */
static gboolean
read_iso (const char *text,
          GDate      *date)
{
  if (strlen (text) != 10 || !digits (text, 4) || text[4] != '-' || !digits (text + 5, 2) ||
      text[7] != '-' || !digits (text + 8, 2))
    return FALSE;

  return set_dmy (date, (guint) atoi (text + 8), (guint) atoi (text + 5), (guint) atoi (text));
}

/* “15/03/2027”, or “5/3/2027”. */
static gboolean
read_french (const char *text,
             GDate      *date)
{
  g_auto(GStrv) parts = g_strsplit (text, "/", -1);
  gsize lengths[3];

  if (g_strv_length (parts) != 3)
    return FALSE;
  for (guint i = 0; i < 3; i++)
    {
      lengths[i] = strlen (parts[i]);
      if (lengths[i] == 0 || !digits (parts[i], (guint) lengths[i]))
        return FALSE;
    }
  if (lengths[0] > 2 || lengths[1] > 2 || lengths[2] != 4)
    return FALSE;

  return set_dmy (date, (guint) atoi (parts[0]), (guint) atoi (parts[1]), (guint) atoi (parts[2]));
}

/* Whether @iso is a day as the file holds it. "" is not. */
gboolean
gouvernance_date_is_valid (const char *iso)
{
  GDate date;

  g_return_val_if_fail (iso != NULL, FALSE);

  g_date_clear (&date, 1);
  return read_iso (iso, &date);
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

  if (!read_iso (iso, date))
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
  g_autofree char *stripped = NULL;
  GDate date;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (iso != NULL, FALSE);

  stripped = maillage_format_strip (text);
  if (*stripped == '\0')
    {
      *iso = g_strdup ("");
      return TRUE;
    }

  g_date_clear (&date, 1);
  if (!read_iso (stripped, &date) && !read_french (stripped, &date))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a date: write it as 15/03/2027."), stripped);
      return FALSE;
    }

  *iso = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
  return TRUE;
}

/* The day as a French person types it, “15/03/2027”; "" for none, and
 * anything else as it is. */
char *
gouvernance_date_to_input (const char *iso)
{
  GDate date;

  g_return_val_if_fail (iso != NULL, NULL);

  g_date_clear (&date, 1);
  if (!read_iso (iso, &date))
    return g_strdup (iso);
  return g_strdup_printf ("%02u/%02u/%04u", g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date));
}
