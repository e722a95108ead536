/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-check.c: web addresses and dates as the module keeps them,
 * and what it accepts from a Decidim export: its time stamps, the dates a
 * spreadsheet rewrote, and bodies written in HTML by older versions.
 */
#define G_LOG_DOMAIN "participation-check"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "participation-check.h"

/**
 * participation_check_url:
 * @url: a web address
 *
 * Returns: whether @url is an absolute `http://` or `https://` address
 *   with a host, with no space in it
 */
gboolean
participation_check_url (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  const char *host;

  if (url == NULL || *url == '\0' || strpbrk (url, " \t\r\n") != NULL)
    return FALSE;

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;

  scheme = g_uri_get_scheme (uri);
  host = g_uri_get_host (uri);
  return (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0) &&
         host != NULL && *host != '\0';
}

static gboolean
all_digits (const char *text,
            guint       n)
{
  for (guint i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/**
 * participation_check_get_date:
 * @date: a date as YYYY-MM-DD
 * @out: (out caller-allocates) (optional): the date
 *
 * Returns: whether @date is a day that exists, written YYYY-MM-DD
 */
gboolean
participation_check_get_date (const char *date,
                              GDate      *out)
{
  guint year, month, day;

  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-' ||
      !all_digits (date, 4) || !all_digits (date + 5, 2) || !all_digits (date + 8, 2))
    return FALSE;

  year = atoi (date);
  month = atoi (date + 5);
  day = atoi (date + 8);
  if (year < 1 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  if (out != NULL)
    {
      g_date_clear (out, 1);
      g_date_set_dmy (out, day, month, year);
    }
  return TRUE;
}

gboolean
participation_check_date (const char *date)
{
  return participation_check_get_date (date, NULL);
}

/**
 * participation_check_parse_date:
 * @text: a date or a time stamp, stripped
 *
 * Reads the dates a Decidim export holds — `2027-05-12`, and time stamps
 * such as `2027-05-12 10:22:33 UTC` or `2027-05-12T10:22:33+02:00`, whose
 * day is kept as written — and `12/05/2027`, as a spreadsheet rewrites
 * them.
 *
 * Returns: (transfer full) (nullable): the day as YYYY-MM-DD, or %NULL if
 *   @text is none of those
 */
char *
participation_check_parse_date (const char *text)
{
  gsize length = strlen (text);
  g_autofree char *iso = NULL;

  if (length >= 10 && text[4] == '-' && (length == 10 || text[10] == ' ' || text[10] == 'T'))
    iso = g_strndup (text, 10);
  else if (length >= 10 && text[2] == '/' && text[5] == '/' && all_digits (text, 2) &&
           all_digits (text + 3, 2) && all_digits (text + 6, 4) && (length == 10 || text[10] == ' '))
    iso = g_strdup_printf ("%.4s-%.2s-%.2s", text + 6, text + 3, text);

  if (iso == NULL || !participation_check_date (iso))
    return NULL;
  return g_steal_pointer (&iso);
}

static const struct
{
  const char *entity;
  const char *text;
} entities[] = {
  { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
  { "&#39;", "’" }, { "&apos;", "’" }, { "&nbsp;", "\u00a0" },
};

/**
 * participation_check_plain_text:
 * @text: the body of a proposal or the description of a result
 *
 * Decidim up to 0.27 exports them as the HTML of its editor
 * (`<p>…</p>`). When @text looks like that, the paragraphs and line
 * breaks become line ends, the other tags go and the common entities are
 * decoded; otherwise @text is kept as it is.
 *
 * Returns: (transfer full): the text
 */
char *
participation_check_plain_text (const char *text)
{
  GString *out;
  const char *p;

  if (strstr (text, "<p>") == NULL && strstr (text, "<br") == NULL && strstr (text, "</") == NULL)
    return g_strdup (text);

  out = g_string_sized_new (strlen (text));
  for (p = text; *p != '\0';)
    {
      if (*p == '<')
        {
          const char *end = strchr (p, '>');

          if (end == NULL)
            {
              g_string_append (out, p);
              break;
            }
          if ((g_ascii_strncasecmp (p, "</p", 3) == 0 || g_ascii_strncasecmp (p, "<br", 3) == 0 ||
               g_ascii_strncasecmp (p, "</li", 4) == 0) && out->len > 0)
            g_string_append_c (out, '\n');
          p = end + 1;
          continue;
        }
      if (*p == '&')
        {
          gboolean decoded = FALSE;

          for (guint i = 0; i < G_N_ELEMENTS (entities) && !decoded; i++)
            if (g_str_has_prefix (p, entities[i].entity))
              {
                g_string_append (out, entities[i].text);
                p += strlen (entities[i].entity);
                decoded = TRUE;
              }
          if (decoded)
            continue;
        }
      g_string_append_c (out, *p++);
    }

  /* No line end left at the end by the last paragraph. */
  while (out->len > 0 && (out->str[out->len - 1] == '\n' || out->str[out->len - 1] == ' '))
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}
