/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-format-date.c: days as Maillage keeps them, `2027-03-15` (ISO
 * 8601, in project files and in the data of modules), and as French people
 * type them, `15/03/2027`, in the dialogs and in the spreadsheets they
 * import. Every module reads and writes its days through these, so that
 * a date accepted in one dialog is accepted in all of them.
 *
 * The long form of documents, « 15 mars 2027 », is maillage_format_date(),
 * in maillage-format.c.
 */
#define G_LOG_DOMAIN "maillage-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "maillage-format.h"

static gboolean
all_digits (const char *text,
            gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

static gboolean
set_day (GDate *date,
         guint  day,
         guint  month,
         guint  year)
{
  if (year < 1 || year > G_MAXUINT16 ||
      !g_date_valid_dmy ((GDateDay) MIN (day, 255), (GDateMonth) MIN (month, 255), (GDateYear) year))
    return FALSE;

  if (date != NULL)
    {
      g_date_clear (date, 1);
      g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
    }
  return TRUE;
}

/**
 * maillage_format_read_iso_date:
 * @iso: (nullable): a day as Maillage stores it
 * @date: (out caller-allocates) (optional): the day
 *
 * Reads a day written `YYYY-MM-DD`, exactly so (`2027-3-15` and
 * `2027-03-15T10:00` are not), that exists (`2027-02-29` does not).
 *
 * Returns: whether @iso is such a day; if not, @date is left alone
 */
gboolean
maillage_format_read_iso_date (const char *iso,
                               GDate      *date)
{
  if (iso == NULL || strlen (iso) != 10 || !all_digits (iso, 4) || iso[4] != '-' ||
      !all_digits (iso + 5, 2) || iso[7] != '-' || !all_digits (iso + 8, 2))
    return FALSE;

  return set_day (date, (guint) g_ascii_strtoull (iso + 8, NULL, 10),
                  (guint) g_ascii_strtoull (iso + 5, NULL, 10),
                  (guint) g_ascii_strtoull (iso, NULL, 10));
}

/* `15/03/2027` or `5/3/2027`: one or two digits for the day and the
 * month, four for the year. */
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
      if (lengths[i] == 0 || !all_digits (parts[i], lengths[i]))
        return FALSE;
    }
  if (lengths[0] > 2 || lengths[1] > 2 || lengths[2] != 4)
    return FALSE;

  return set_day (date, (guint) g_ascii_strtoull (parts[0], NULL, 10),
                  (guint) g_ascii_strtoull (parts[1], NULL, 10),
                  (guint) g_ascii_strtoull (parts[2], NULL, 10));
}

/**
 * maillage_format_parse_date:
 * @text: a day as a person types it, or a spreadsheet writes it
 * @date: (out caller-allocates) (optional): the day
 * @error: return location for a [error@Maillage.FormatError]
 *
 * Reads a day typed the French way, `15/03/2027` or `5/3/2027`, or the
 * ISO way, `2027-03-15`, with spaces around; the day must exist, and the
 * year have its four digits.
 *
 * Returns: whether @text is a day; if not, @error says why, in the
 *   user's language, and @date is left alone
 */
gboolean
maillage_format_parse_date (const char  *text,
                            GDate       *date,
                            GError     **error)
{
  g_autofree char *stripped = NULL;
  g_autofree char *quoted = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stripped = maillage_format_strip (text);
  if (*stripped == '\0')
    {
      g_set_error_literal (error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_EMPTY,
                           _("The date is empty."));
      return FALSE;
    }

  if (maillage_format_read_iso_date (stripped, date) || read_french (stripped, date))
    return TRUE;

  quoted = maillage_format_excerpt (stripped);
  g_set_error (error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_NOT_A_DATE,
               _("“%s” is not a date: write it as 15/03/2027."), quoted);
  return FALSE;
}

/**
 * maillage_format_iso_date:
 * @date: a valid date
 *
 * Returns: (transfer full): @date as Maillage stores it, `2027-03-15`
 */
char *
maillage_format_iso_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), g_strdup (""));

  return g_strdup_printf ("%04u-%02u-%02u", (guint) g_date_get_year (date), (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

/**
 * maillage_format_short_date:
 * @date: a valid date
 *
 * Returns: (transfer full): @date as French forms and stamps write it,
 *   `15/03/2027`, which maillage_format_parse_date() reads back
 */
char *
maillage_format_short_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), g_strdup (""));

  return g_strdup_printf ("%02u/%02u/%04u", (guint) g_date_get_day (date), (guint) g_date_get_month (date),
                          (guint) g_date_get_year (date));
}
