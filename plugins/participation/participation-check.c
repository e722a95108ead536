/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-check.c: web addresses and dates as the module keeps them,
 * and what it accepts from a Decidim export: its time stamps, the dates a
 * spreadsheet rewrote, and bodies written in HTML by older versions.
 */
#define G_LOG_DOMAIN "participation-check"

#include "config.h"

#include <maillage.h>
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
  return maillage_format_read_iso_date (date, out);
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
 * them (see maillage_format_parse_date()).
 *
 * Returns: (transfer full) (nullable): the day as YYYY-MM-DD, or %NULL if
 *   @text is none of those
 */
char *
participation_check_parse_date (const char *text)
{
  g_autofree char *day = NULL;
  GDate date;

  /* A time stamp: its day is its first ten characters. */
  if (strlen (text) > 10 && (text[10] == ' ' || text[10] == 'T'))
    day = g_strndup (text, 10);
  else
    day = g_strdup (text);

  if (!maillage_format_parse_date (day, &date, NULL))
    return NULL;
  return maillage_format_iso_date (&date);
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
