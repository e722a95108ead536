/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-typography.c: French typography on the text of documents.
 *
 * Every text a module puts into a MaillageDocument passes through
 * maillage_typography_apply(), so that the documents an assembly receives
 * follow the rules of the Imprimerie nationale whatever the user typed:
 *
 *  - U+202F NARROW NO-BREAK SPACE before « ; », « ! » and « ? »;
 *  - U+00A0 NO-BREAK SPACE before « : », after « « » and before « » »;
 *  - U+00A0 between a number and « € » or « % »;
 *  - thousands grouped by U+202F: « 1 234,56 », « 12 500 € »; a bare
 *    integer is grouped only when it is an amount or has decimals, since
 *    years, postal and INSEE codes, SIREN numbers are never grouped;
 *  - « 1er » for the first day of a month: « 1 mars » → « 1er mars »;
 *  - no double spaces.
 *
 * Addresses (URLs and e-mail addresses) are left exactly as they are: a
 * space inserted before the « ? » of a query string would break the link.
 */
#define G_LOG_DOMAIN "maillage-typography"

#include "config.h"

#include <string.h>

#include "maillage-typography.h"

#define NBSP        0x00A0
#define NARROW_NBSP 0x202F

static const char * const months[] = {
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
  "août", "septembre", "octobre", "novembre", "décembre", NULL
};

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == NBSP || c == NARROW_NBSP || c == 0x2009;
}

static gboolean
is_digit (gunichar c)
{
  return c >= '0' && c <= '9';
}

/* What may stand right before a high punctuation sign and takes the space:
 * a word, a number, a closing quote or bracket. */
static gboolean
ends_word (gunichar c)
{
  return g_unichar_isalnum (c) || c == 0x00BB || c == ')' || c == ']' ||
         c == 0x2019 || c == '"' || c == '\'' || c == 0x201D || c == '.';
}

/* Whether @out ends with what looks like the start of a character entity,
 * « &amp » or « &#233 »: the semicolon that follows closes it. */
static gboolean
ends_entity (GString *out)
{
  gsize i = out->len;

  while (i > 0 && (g_ascii_isalnum (out->str[i - 1]) || out->str[i - 1] == '#'))
    i--;

  return i > 0 && i < out->len && out->str[i - 1] == '&';
}

static gunichar
last_char (GString *out)
{
  const char *end;

  if (out->len == 0)
    return 0;

  end = g_utf8_find_prev_char (out->str, out->str + out->len);

  return end != NULL ? g_utf8_get_char (end) : 0;
}

static void
drop_trailing_spaces (GString *out)
{
  while (out->len > 0 && is_space (last_char (out)))
    {
      const char *prev = g_utf8_find_prev_char (out->str, out->str + out->len);

      g_string_truncate (out, prev - out->str);
    }
}

/* Whether @u[@i..] begins with a month name followed by a word boundary. */
static gboolean
month_follows (const gunichar *u,
               gsize           n,
               gsize           i)
{
  for (guint m = 0; months[m] != NULL; m++)
    {
      const char *p = months[m];
      gsize j = i;

      while (*p != '\0' && j < n && g_utf8_get_char (p) == g_unichar_tolower (u[j]))
        {
          p = g_utf8_next_char (p);
          j++;
        }
      if (*p == '\0' && (j == n || !g_unichar_isalpha (u[j])))
        return TRUE;
    }

  return FALSE;
}

/* A number starting at @u[@i]: writes it to @out with its thousands
 * grouped where French typography wants them, and returns the index just
 * after the part it wrote (its integer part). */
static gsize
write_number (GString        *out,
              const gunichar *u,
              gsize           n,
              gsize           i)
{
  gsize start = i, end = i, digits;
  gboolean amount = FALSE;
  gsize after;

  while (end < n && is_digit (u[end]))
    end++;
  digits = end - start;

  /* « 1 234 567 » typed with ordinary spaces: groups of three after a
   * first group of one to three, and not followed by another digit. */
  if (digits <= 3)
    {
      gsize j = end, groups = 0;

      while (j + 3 < n && is_space (u[j]) && is_digit (u[j + 1]) &&
             is_digit (u[j + 2]) && is_digit (u[j + 3]) &&
             (j + 4 >= n || !is_digit (u[j + 4])))
        {
          j += 4;
          groups++;
        }
      if (groups > 0)
        {
          for (gsize k = start; k < j; k++)
            {
              if (is_space (u[k]))
                g_string_append_unichar (out, NARROW_NBSP);
              else
                g_string_append_unichar (out, u[k]);
            }
          return j;
        }
    }

  /* A bare run of digits: grouped when it has decimals or is followed by
   * a currency or a percentage, i.e. when it is a quantity. */
  after = end;
  while (after < n && is_space (u[after]))
    after++;
  if (end + 1 < n && u[end] == ',' && is_digit (u[end + 1]))
    amount = digits >= 4;
  else if (after < n && (u[after] == 0x20AC || u[after] == '%'))
    amount = digits >= (u[after] == '%' ? 5 : 4);

  /* « 1 mars » → « 1er mars ». */
  if (digits == 1 && u[start] == '1' && end < n && is_space (u[end]) &&
      month_follows (u, n, end + 1))
    {
      g_string_append (out, "1er");
      return end;
    }

  for (gsize k = start; k < end; k++)
    {
      if (amount && k > start && (end - k) % 3 == 0)
        g_string_append_unichar (out, NARROW_NBSP);
      g_string_append_unichar (out, u[k]);
    }

  return end;
}

/* The typography of a stretch of text that holds no address. */
static void
apply_to_run (GString    *out,
              const char *text,
              gssize      length)
{
  g_autofree gunichar *u = NULL;
  glong n = 0;

  u = g_utf8_to_ucs4_fast (text, length, &n);

  for (gsize i = 0; i < (gsize) n;)
    {
      gunichar c = u[i];
      gunichar prev = last_char (out);

      if (is_space (c) && c != '\t')
        {
          gsize j = i;
          gunichar space = ' ';
          gunichar next;

          /* A run of spaces collapses to one; a no-break space the user
           * typed on purpose is kept. */
          while (j < (gsize) n && is_space (u[j]) && u[j] != '\t')
            {
              if (u[j] != ' ')
                space = u[j];
              j++;
            }
          next = j < (gsize) n ? u[j] : 0;

          if (next == ';' || next == '!' || next == '?')
            space = NARROW_NBSP;
          else if (next == ':' || next == 0x00BB || prev == 0x00AB ||
                   next == 0x20AC || next == '%')
            space = NBSP;

          /* Leading spaces, and spaces at the end, are dropped. */
          if (out->len > 0 && next != 0)
            g_string_append_unichar (out, space);
          i = j;
          continue;
        }

      if (is_digit (c) && !(g_unichar_isalnum (prev) || prev == ',' || prev == '.'))
        {
          i = write_number (out, u, n, i);
          continue;
        }

      switch (c)
        {
        case ';':
          /* « &amp; » and its like are left as they are. */
          if (ends_entity (out))
            break;
          G_GNUC_FALLTHROUGH;
        case '!':
        case '?':
          if (ends_word (prev) && prev != '.')
            g_string_append_unichar (out, NARROW_NBSP);
          break;

        case ':':
          /* 14:30, 1:25 000 and the like take no space. */
          if (ends_word (prev) && prev != '.' &&
              !(is_digit (prev) && i + 1 < (gsize) n && is_digit (u[i + 1])))
            g_string_append_unichar (out, NBSP);
          break;

        case 0x00BB:  /* » */
          if (out->len > 0 && !is_space (prev))
            g_string_append_unichar (out, NBSP);
          break;

        case 0x20AC:  /* € */
        case '%':
          if (is_digit (prev))
            g_string_append_unichar (out, NBSP);
          break;

        default:
          break;
        }

      g_string_append_unichar (out, c);

      if (c == 0x00AB && i + 1 < (gsize) n && !is_space (u[i + 1]))
        g_string_append_unichar (out, NBSP);
      i++;
    }
}

static GRegex *
address_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    {
      GRegex *compiled =
        g_regex_new ("(?:\\b(?:https?|ftp)://|\\bmailto:|\\bwww\\.)[^\\s<>«»\"]+"
                     "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+",
                     G_REGEX_OPTIMIZE, 0, NULL);

      g_once_init_leave (&regex, compiled);
    }

  return regex;
}

/* Whether @text may need any change at all: most cells of a table are
 * plain words, and they are many. */
static gboolean
needs_work (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p >= 0x80 || strchr (";:!?%0123456789@/\t", *p) != NULL ||
          (*p == ' ' && (p == (const guchar *) text || p[1] == ' ' || p[1] == '\0')))
        return TRUE;
    }

  return FALSE;
}

/**
 * maillage_typography_apply:
 * @text: a text for a document, in UTF-8
 *
 * Applies French typography to @text: narrow no-break spaces before
 * « ; ! ? », no-break spaces before « : », inside « » and before « € » and
 * « % », thousands grouped in amounts, « 1er » for the first of a month, no
 * double spaces, no spaces at either end. Addresses (URLs, e-mail) are
 * left untouched. Applying it twice gives the same text as once.
 *
 * Returns: (transfer full): the text set in French
 */
char *
maillage_typography_apply (const char *text)
{
  g_autoptr(GMatchInfo) match = NULL;
  GString *out;
  gsize done = 0;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), g_strdup (""));

  if (!needs_work (text))
    return g_strdup (text);

  out = g_string_sized_new (strlen (text) + 16);
  g_regex_match (address_regex (), text, 0, &match);
  while (g_match_info_matches (match))
    {
      int start, end;

      g_match_info_fetch_pos (match, 0, &start, &end);
      /* Closing punctuation belongs to the sentence, not the address. */
      while (end > start && strchr (".,;:!?)]", text[end - 1]) != NULL)
        end--;

      apply_to_run (out, text + done, start - done);
      /* An address right after a word keeps the space before it. */
      if (start > 0 && is_space (g_utf8_get_char (g_utf8_find_prev_char (text, text + start))) &&
          out->len > 0 && !is_space (last_char (out)))
        g_string_append_c (out, ' ');
      g_string_append_len (out, text + start, end - start);
      done = end;
      g_match_info_next (match, NULL);
    }
  apply_to_run (out, text + done, -1);
  drop_trailing_spaces (out);

  return g_string_free (out, FALSE);
}
