/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-json-tokens.c: the tokens that the scanner of
 * maillage-json-scanner.c reads in one go, strings (escapes and UTF-8
 * included) and numbers, each refused where json-glib would not read it
 * faithfully; and the messages of the scan, which name the line and the
 * column of the problem.
 */
#define G_LOG_DOMAIN "maillage-json-tokens"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "maillage-project.h"
#include "maillage-json-tokens-private.h"

/* Counting lines and columns costs a pass over the text, so it is only done
 * once, for the error. Columns count characters, that is the bytes that do
 * not continue a UTF-8 sequence: the error that is kept is either an
 * encoding error, with valid text before it, or one found in a file that is
 * valid UTF-8 throughout. */
static void
locate (const char *start,
        const char *at,
        guint      *line,
        guint      *column)
{
  const char *line_start = start;
  const char *p;
  guint n_lines = 1;
  guint n_chars = 1;

  while ((p = memchr (line_start, '\n', at - line_start)) != NULL)
    {
      n_lines++;
      line_start = p + 1;
    }
  for (p = line_start; p < at; p++)
    if (((guchar) *p & 0xC0) != 0x80)
      n_chars++;

  *line = n_lines;
  *column = n_chars;
}

/* Sets @text's error to what @format says, after the line and the column
 * of @at, and returns FALSE. */
gboolean
maillage_json_fail_at (MaillageJsonText *text,
                       int               code,
                       const char       *at,
                       const char       *format,
                       ...)
{
  g_autofree char *what = NULL;
  va_list args;
  guint line;
  guint column;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  locate (text->start, at, &line, &column);
  g_set_error (text->error, MAILLAGE_PROJECT_ERROR, code,
               /* Translators: the place of an error in a file, then what is wrong there. */
               _("Line %u, column %u: %s"), line, column, what);
  return FALSE;
}

/* What stands at @at, for a message: a whole word (“True”, “NaN”), else one
 * character, invisible ones by their code point. The text may not be valid
 * UTF-8 here (the message is then replaced by the encoding error). */
char *
maillage_json_describe_found (const char *at,
                              const char *end)
{
  gunichar c;
  char utf8[6];

  if (g_ascii_isalpha (*at))
    {
      const char *q = at;

      while (q < end && q - at < 32 && (g_ascii_isalnum (*q) || *q == '_'))
        q++;
      return g_strndup (at, q - at);
    }

  c = g_utf8_get_char_validated (at, end - at);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    return g_strdup_printf ("0x%02X", (guint) (guchar) *at);
  if (g_unichar_isgraph (c))
    return g_strndup (utf8, g_unichar_to_utf8 (c, utf8));
  return g_strdup_printf ("U+%04X", c);
}

static int
read_hex4 (const char *p,
           const char *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;
  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* @backslash points at a “\” inside a string; returns what follows the
 * escape, or NULL with the error set. */
static const char *
scan_escape (MaillageJsonText *text,
             const char       *backslash)
{
  const char *e = backslash + 1;
  int code;
  int low;

  switch (*e)
    {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
      return e + 1;
    case 'u':
      break;
    default:
      {
        g_autofree char *found = maillage_json_describe_found (e, text->end);

        maillage_json_fail_at (text, MAILLAGE_PROJECT_ERROR_SYNTAX, backslash,
                               _("unknown escape sequence “\\%s” in a string"), found);
        return NULL;
      }
    }

  code = read_hex4 (e + 1, text->end);
  if (code < 0)
    {
      maillage_json_fail_at (text, MAILLAGE_PROJECT_ERROR_SYNTAX, backslash,
                             _("“\\u” must be followed by four hexadecimal digits"));
      return NULL;
    }
  if (code == 0)
    {
      /* json-glib would silently cut the string there. */
      maillage_json_fail_at (text, MAILLAGE_PROJECT_ERROR_SYNTAX, backslash,
                             _("a string cannot contain the character U+0000"));
      return NULL;
    }
  if (code < 0xD800 || code > 0xDFFF)
    return e + 5;

  low = -1;
  if (code <= 0xDBFF && text->end - (e + 5) >= 6 && e[5] == '\\' && e[6] == 'u')
    low = read_hex4 (e + 7, text->end);
  if (low < 0xDC00 || low > 0xDFFF)
    {
      g_autofree char *escape = g_strndup (e + 1, 4);

      maillage_json_fail_at (text, MAILLAGE_PROJECT_ERROR_SYNTAX, backslash,
                             _("“\\u%s” is one half of a UTF-16 surrogate pair, and the other half is missing"),
                             escape);
      return NULL;
    }
  return e + 11;
}

/* The bytes that stop the quick run through a string: control characters,
 * “"”, “\” and those of characters beyond ASCII. */
static const guint8 string_stop[256] = {
  [0x00 ... 0x1F] = 1, ['"'] = 1, ['\\'] = 1, [0x80 ... 0xFF] = 1,
};

/* @quote points at the opening “"”; returns what follows the closing one,
 * or NULL with the error set. The string is checked to be UTF-8 on the way:
 * outside strings, JSON is ASCII, so a file that scans well is valid UTF-8
 * without a second pass over it. */
const char *
maillage_json_scan_string (MaillageJsonText *text,
                           const char       *quote,
                           gboolean         *escaped)
{
  const char *q = quote + 1;
  gboolean ascii = TRUE;

  *escaped = FALSE;
  for (;;)
    {
      guchar c;

      while (q < text->end && !string_stop[(guchar) *q])
        q++;
      if (q == text->end || (*q == '\\' && q + 1 == text->end))
        {
          maillage_json_fail_at (text, MAILLAGE_PROJECT_ERROR_SYNTAX, quote,
                                 _("this string is never closed"));
          return NULL;
        }

      c = *q;
      if (c >= 0x80)
        {
          ascii = FALSE;
          q++;
          continue;
        }
      if (c == '"')
        {
          if (!ascii && !g_utf8_validate_len (quote + 1, q - quote - 1, NULL))
            {
              maillage_json_fail_at (text, MAILLAGE_PROJECT_ERROR_ENCODING, quote, "%s",
                                     _("the file is not valid UTF-8 text"));
              return NULL;
            }
          return q + 1;
        }
      if (c == '\\')
        {
          *escaped = TRUE;
          if ((q = scan_escape (text, q)) == NULL)
            return NULL;
        }
      else if (c == '\n')
        {
          maillage_json_fail_at (text, MAILLAGE_PROJECT_ERROR_SYNTAX, q,
                                 _("line break inside a string (the closing “\"” may be missing)"));
          return NULL;
        }
      else
        {
          maillage_json_fail_at (text, MAILLAGE_PROJECT_ERROR_SYNTAX, q,
                                 _("control character U+%04X inside a string; it must be written as an escape"),
                                 (guint) c);
          return NULL;
        }
    }
}

static const char *
skip_digits (const char *p,
             const char *end)
{
  while (p < end && g_ascii_isdigit (*p))
    p++;
  return p;
}

static gboolean
fail_digit_expected (MaillageJsonText *text,
                     const char       *at)
{
  g_autofree char *after = g_strndup (at - 1, 1);

  return maillage_json_fail_at (text, MAILLAGE_PROJECT_ERROR_SYNTAX, at,
                                _("malformed number: a digit must follow “%s”"), after);
}

/* Numbers that json-glib would not read back as written are refused:
 * integers beyond 64 bits (it wraps them) and doubles beyond the range of a
 * double (it makes them infinite). */
static gboolean
number_fits (const char *number,
             const char *end,
             gboolean    integral)
{
  const char *digits = *number == '-' ? number + 1 : number;
  gsize n_digits = end - digits;

  if (integral)
    {
      const char *limit = *number == '-' ? "9223372036854775808" : "9223372036854775807";

      return n_digits < 19 || (n_digits == 19 && memcmp (digits, limit, 19) <= 0);
    }
  else
    {
      g_autofree char *copy = g_strndup (number, end - number);

      return isfinite (g_ascii_strtod (copy, NULL));
    }
}

/* @number points at its first character, “-” or a digit; returns what
 * follows the number, or NULL with the error set. */
const char *
maillage_json_scan_number (MaillageJsonText *text,
                           const char       *number)
{
  const char *q = number;
  gboolean integral = TRUE;
  gboolean exponent = FALSE;

  if (*q == '-')
    q++;
  if (q == text->end || !g_ascii_isdigit (*q))
    {
      fail_digit_expected (text, q);
      return NULL;
    }
  if (*q == '0' && q + 1 < text->end && g_ascii_isdigit (q[1]))
    {
      maillage_json_fail_at (text, MAILLAGE_PROJECT_ERROR_SYNTAX, number,
                             _("malformed number: a number cannot start with 0 followed by other digits"));
      return NULL;
    }
  q = skip_digits (q, text->end);

  if (q < text->end && *q == '.')
    {
      integral = FALSE;
      q++;
      if (q == text->end || !g_ascii_isdigit (*q))
        {
          fail_digit_expected (text, q);
          return NULL;
        }
      q = skip_digits (q, text->end);
    }
  if (q < text->end && (*q == 'e' || *q == 'E'))
    {
      integral = FALSE;
      exponent = TRUE;
      q++;
      if (q < text->end && (*q == '+' || *q == '-'))
        q++;
      if (q == text->end || !g_ascii_isdigit (*q))
        {
          fail_digit_expected (text, q);
          return NULL;
        }
      q = skip_digits (q, text->end);
    }

  /* A double can only overflow with an exponent or some 300 digits. */
  if ((integral || exponent || q - number > 300) && !number_fits (number, q, integral))
    {
      g_autofree char *shown = g_strndup (number, MIN (q - number, 40));

      maillage_json_fail_at (text, MAILLAGE_PROJECT_ERROR_SYNTAX, number,
                             /* Translators: the number as written, then “…” when it was cut. */
                             _("the number %s%s is too large to be read"), shown, q - number > 40 ? "…" : "");
      return NULL;
    }
  return q;
}

/* The name between the quotes of a member name, @raw, escapes decoded: they
 * were checked by maillage_json_scan_string() as the name was scanned. */
char *
maillage_json_decode_key (const char *raw,
                          gsize       length)
{
  GString *key = g_string_sized_new (length);
  const char *end = raw + length;

  for (const char *p = raw; p < end; p++)
    {
      gunichar c;

      if (*p != '\\')
        {
          g_string_append_c (key, *p);
          continue;
        }
      switch (*++p)
        {
        case 'b': g_string_append_c (key, '\b'); break;
        case 'f': g_string_append_c (key, '\f'); break;
        case 'n': g_string_append_c (key, '\n'); break;
        case 'r': g_string_append_c (key, '\r'); break;
        case 't': g_string_append_c (key, '\t'); break;
        case 'u':
          /* Already checked: four digits, surrogates in pairs. */
          c = read_hex4 (p + 1, end);
          p += 4;
          if (c >= 0xD800 && c <= 0xDBFF)
            {
              c = 0x10000 + ((c - 0xD800) << 10) + (read_hex4 (p + 3, end) - 0xDC00);
              p += 6;
            }
          g_string_append_unichar (key, c);
          break;
        default:
          g_string_append_c (key, *p);
        }
    }
  return g_string_free (key, FALSE);
}
