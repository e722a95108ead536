/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-json-reader.c: the one gate through which the text of a project
 * file becomes a JsonNode. Its counterpart, the canonical writer, is in
 * maillage-json-writer.c.
 *
 * json-glib 1.6 is our only JSON reader, but on its own it is not safe for
 * files from outside: it parses recursively (100,000 nested “[” overflow the
 * stack), wraps integers that do not fit in 64 bits, reads 1e400 as infinity,
 * cuts strings at \u0000, turns a lone \udc00 into invalid UTF-8, keeps only the
 * last of two members with the same name, and its messages are in English and
 * count columns in bytes. So the text is first checked here by an iterative
 * scanner that knows the whole grammar of RFC 8259, holds at most
 * MAILLAGE_PROJECT_MAX_DEPTH levels, and says where and what went wrong;
 * json-glib only ever sees text it reads faithfully.
 *
 * The scanner can also set aside the objects under one member of the root
 * (`modules`): json-glib never builds their trees, and their exact text is
 * handed back instead (see maillage_json_parse_deferred()).
 */
#define G_LOG_DOMAIN "maillage-json-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "maillage-project.h"
#include "maillage-json-private.h"

/* What the scanner accepts next. */
typedef enum
{
  EXPECT_VALUE,           /* the top-level value, after “:”, after “,” in an array */
  EXPECT_VALUE_OR_CLOSE,  /* just after “[” */
  EXPECT_KEY_OR_CLOSE,    /* just after “{” */
  EXPECT_KEY,             /* after “,” in an object */
  EXPECT_COLON,
  EXPECT_COMMA_OR_CLOSE,  /* after an element or a member */
  EXPECT_END,             /* after the top-level value */
} Expect;

/* A member name as it stands in the text, kept until its object closes so
 * that duplicates can be found. */
typedef struct
{
  gsize    offset;        /* of the opening quote */
  gsize    length;        /* between the quotes */
  gboolean escaped;
} Key;

/* An object set aside: the value of the member @key of the deferred
 * member, from its “{” to just after its “}”. */
typedef struct
{
  Key   key;
  gsize start;
  gsize end;
} Deferred;

typedef struct
{
  const char  *start;
  const char  *end;
  GError     **error;
  guint        depth;
  char         containers[MAILLAGE_PROJECT_MAX_DEPTH];  /* “[” or “{” */
  guint        first_key[MAILLAGE_PROJECT_MAX_DEPTH];   /* index in keys */
  GArray      *keys;
  const char  *last_comma;
  /* For maillage_json_parse_deferred(), else NULL: the member of the root
   * whose object values are set aside, whether the scan is inside it, and
   * the values set aside so far. */
  const char  *defer_member;
  gboolean     in_defer_member;
  GArray      *deferred;
} Scanner;

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

static gboolean fail_at (Scanner    *s,
                         int         code,
                         const char *at,
                         const char *format,
                         ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail_at (Scanner    *s,
         int         code,
         const char *at,
         const char *format,
         ...)
{
  g_autofree char *what = NULL;
  va_list args;
  guint line;
  guint column;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  locate (s->start, at, &line, &column);
  g_set_error (s->error, MAILLAGE_PROJECT_ERROR, code,
               /* Translators: the place of an error in a file, then what is wrong there. */
               _("Line %u, column %u: %s"), line, column, what);
  return FALSE;
}

/* What stands at @at, for a message: a whole word (“True”, “NaN”), else one
 * character, invisible ones by their code point. The text may not be valid
 * UTF-8 here (the message is then replaced by the encoding error). */
static char *
describe_found (const char *at,
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

static const char *
describe_expected (Expect expect,
                   char   container)
{
  /* Translators: these name what the file should hold at the place of an
   * error; they fill the first %s of “%s expected, “%s” found” and of “the
   * file ends too early, %s expected”. */
  switch (expect)
    {
    case EXPECT_VALUE:
      return _("a value (object, array, string, number, true, false or null)");
    case EXPECT_VALUE_OR_CLOSE:
      return _("a value or “]”");
    case EXPECT_KEY_OR_CLOSE:
      return _("a member name in double quotes or “}”");
    case EXPECT_KEY:
      return _("a member name in double quotes");
    case EXPECT_COLON:
      return _("“:”");
    case EXPECT_COMMA_OR_CLOSE:
      return container == '[' ? _("“,” or “]”") : _("“,” or “}”");
    case EXPECT_END:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
fail_expected (Scanner    *s,
               const char *at,
               Expect      expect)
{
  g_autofree char *found = describe_found (at, s->end);
  char container = s->depth > 0 ? s->containers[s->depth - 1] : '\0';

  return fail_at (s, MAILLAGE_PROJECT_ERROR_SYNTAX, at,
                  /* Translators: the first %s says what was expected (“a
                   * value or “]””), the second is what stands there instead. */
                  _("%s expected, “%s” found"),
                  describe_expected (expect, container), found);
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
scan_escape (Scanner    *s,
             const char *backslash)
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
        g_autofree char *found = describe_found (e, s->end);

        fail_at (s, MAILLAGE_PROJECT_ERROR_SYNTAX, backslash,
                 _("unknown escape sequence “\\%s” in a string"), found);
        return NULL;
      }
    }

  code = read_hex4 (e + 1, s->end);
  if (code < 0)
    {
      fail_at (s, MAILLAGE_PROJECT_ERROR_SYNTAX, backslash,
               _("“\\u” must be followed by four hexadecimal digits"));
      return NULL;
    }
  if (code == 0)
    {
      /* json-glib would silently cut the string there. */
      fail_at (s, MAILLAGE_PROJECT_ERROR_SYNTAX, backslash,
               _("a string cannot contain the character U+0000"));
      return NULL;
    }
  if (code < 0xD800 || code > 0xDFFF)
    return e + 5;

  low = -1;
  if (code <= 0xDBFF && s->end - (e + 5) >= 6 && e[5] == '\\' && e[6] == 'u')
    low = read_hex4 (e + 7, s->end);
  if (low < 0xDC00 || low > 0xDFFF)
    {
      g_autofree char *escape = g_strndup (e + 1, 4);

      fail_at (s, MAILLAGE_PROJECT_ERROR_SYNTAX, backslash,
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
static const char *
scan_string (Scanner    *s,
             const char *quote,
             gboolean   *escaped)
{
  const char *q = quote + 1;
  gboolean ascii = TRUE;

  *escaped = FALSE;
  for (;;)
    {
      guchar c;

      while (q < s->end && !string_stop[(guchar) *q])
        q++;
      if (q == s->end || (*q == '\\' && q + 1 == s->end))
        {
          fail_at (s, MAILLAGE_PROJECT_ERROR_SYNTAX, quote,
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
              fail_at (s, MAILLAGE_PROJECT_ERROR_ENCODING, quote, "%s",
                       _("the file is not valid UTF-8 text"));
              return NULL;
            }
          return q + 1;
        }
      if (c == '\\')
        {
          *escaped = TRUE;
          if ((q = scan_escape (s, q)) == NULL)
            return NULL;
        }
      else if (c == '\n')
        {
          fail_at (s, MAILLAGE_PROJECT_ERROR_SYNTAX, q,
                   _("line break inside a string (the closing “\"” may be missing)"));
          return NULL;
        }
      else
        {
          fail_at (s, MAILLAGE_PROJECT_ERROR_SYNTAX, q,
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
fail_digit_expected (Scanner    *s,
                     const char *at)
{
  g_autofree char *after = g_strndup (at - 1, 1);

  return fail_at (s, MAILLAGE_PROJECT_ERROR_SYNTAX, at,
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

static const char *
scan_number (Scanner    *s,
             const char *number)
{
  const char *q = number;
  gboolean integral = TRUE;
  gboolean exponent = FALSE;

  if (*q == '-')
    q++;
  if (q == s->end || !g_ascii_isdigit (*q))
    {
      fail_digit_expected (s, q);
      return NULL;
    }
  if (*q == '0' && q + 1 < s->end && g_ascii_isdigit (q[1]))
    {
      fail_at (s, MAILLAGE_PROJECT_ERROR_SYNTAX, number,
               _("malformed number: a number cannot start with 0 followed by other digits"));
      return NULL;
    }
  q = skip_digits (q, s->end);

  if (q < s->end && *q == '.')
    {
      integral = FALSE;
      q++;
      if (q == s->end || !g_ascii_isdigit (*q))
        {
          fail_digit_expected (s, q);
          return NULL;
        }
      q = skip_digits (q, s->end);
    }
  if (q < s->end && (*q == 'e' || *q == 'E'))
    {
      integral = FALSE;
      exponent = TRUE;
      q++;
      if (q < s->end && (*q == '+' || *q == '-'))
        q++;
      if (q == s->end || !g_ascii_isdigit (*q))
        {
          fail_digit_expected (s, q);
          return NULL;
        }
      q = skip_digits (q, s->end);
    }

  /* A double can only overflow with an exponent or some 300 digits. */
  if ((integral || exponent || q - number > 300) && !number_fits (number, q, integral))
    {
      g_autofree char *shown = g_strndup (number, MIN (q - number, 40));

      fail_at (s, MAILLAGE_PROJECT_ERROR_SYNTAX, number,
               /* Translators: the number as written, then “…” when it was cut. */
               _("the number %s%s is too large to be read"), shown, q - number > 40 ? "…" : "");
      return NULL;
    }
  return q;
}

static char *
decode_key (const char *raw,
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

static char *
key_name (Scanner   *s,
          const Key *key)
{
  return decode_key (s->start + key->offset + 1, key->length);
}

static gboolean
keys_equal (Scanner   *s,
            const Key *a,
            const Key *b)
{
  g_autofree char *name_a = NULL;
  g_autofree char *name_b = NULL;

  if (!a->escaped && !b->escaped)
    return a->length == b->length
           && memcmp (s->start + a->offset + 1, s->start + b->offset + 1, a->length) == 0;

  name_a = key_name (s, a);
  name_b = key_name (s, b);
  return g_str_equal (name_a, name_b);
}

static gboolean
fail_duplicate (Scanner   *s,
                const Key *key)
{
  g_autofree char *name = key_name (s, key);

  if (g_utf8_strlen (name, -1) > 60)
    {
      g_autofree char *start = g_utf8_substring (name, 0, 60);

      g_free (name);
      name = g_strconcat (start, "…", NULL);
    }
  return fail_at (s, MAILLAGE_PROJECT_ERROR_SYNTAX, s->start + key->offset,
                  _("the member “%s” appears twice in the same object"), name);
}

/* json-glib keeps only the last of two members with the same name: the other
 * one would be lost without a word, so the file is refused instead. */
static gboolean
check_duplicate_keys (Scanner *s,
                      guint    first)
{
  const Key *keys = &g_array_index (s->keys, Key, first);
  guint n = s->keys->len - first;
  g_autoptr(GHashTable) seen = NULL;

  if (n <= 16)
    {
      for (guint i = 1; i < n; i++)
        for (guint j = 0; j < i; j++)
          if (keys_equal (s, &keys[i], &keys[j]))
            return fail_duplicate (s, &keys[i]);
      return TRUE;
    }

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < n; i++)
    if (!g_hash_table_add (seen, key_name (s, &keys[i])))
      return fail_duplicate (s, &keys[i]);
  return TRUE;
}

static gboolean
key_is (Scanner    *s,
        const Key  *key,
        const char *name)
{
  g_autofree char *decoded = NULL;

  if (!key->escaped)
    return key->length == strlen (name) && memcmp (s->start + key->offset + 1, name, key->length) == 0;

  decoded = key_name (s, key);
  return g_str_equal (decoded, name);
}

/* Called as “{” opens at depth 1 (a member of the root) or 2 (a member of
 * that member). The member is the last key read: in an object, only the
 * value of a member can open a container. */
static void
note_open_object (Scanner    *s,
                  const char *brace)
{
  const Key *key;

  if (s->deferred == NULL || s->depth == 0 || s->depth > 2 || s->containers[0] != '{')
    return;

  key = &g_array_index (s->keys, Key, s->keys->len - 1);
  if (s->depth == 1)
    s->in_defer_member = key_is (s, key, s->defer_member);
  else if (s->in_defer_member)
    {
      Deferred deferred = { *key, brace - s->start, 0 };

      g_array_append_val (s->deferred, deferred);
    }
}

/* Called as @bracket closes, back at depth @s->depth. */
static void
note_close (Scanner    *s,
            const char *bracket)
{
  if (!s->in_defer_member)
    return;

  if (s->depth == 2 && *bracket == '}')
    g_array_index (s->deferred, Deferred, s->deferred->len - 1).end = bracket + 1 - s->start;
  else if (s->depth == 1)
    s->in_defer_member = FALSE;
}

static const char *
scan_key (Scanner    *s,
          const char *quote)
{
  Key key;
  const char *after;

  if ((after = scan_string (s, quote, &key.escaped)) == NULL)
    return NULL;
  key.offset = quote - s->start;
  key.length = after - quote - 2;
  g_array_append_val (s->keys, key);
  return after;
}

static Expect
after_value (Scanner *s)
{
  return s->depth > 0 ? EXPECT_COMMA_OR_CLOSE : EXPECT_END;
}

static const char *
open_container (Scanner    *s,
                const char *bracket,
                Expect     *expect)
{
  if (s->depth == MAILLAGE_PROJECT_MAX_DEPTH)
    {
      fail_at (s, MAILLAGE_PROJECT_ERROR_TOO_DEEP, bracket,
               _("arrays and objects are nested more than %u levels deep"),
               (guint) MAILLAGE_PROJECT_MAX_DEPTH);
      return NULL;
    }
  if (*bracket == '{')
    note_open_object (s, bracket);
  s->containers[s->depth] = *bracket;
  s->first_key[s->depth] = s->keys->len;
  s->depth++;
  *expect = *bracket == '[' ? EXPECT_VALUE_OR_CLOSE : EXPECT_KEY_OR_CLOSE;
  return bracket + 1;
}

static const char *
close_container (Scanner    *s,
                 const char *bracket,
                 Expect     *expect)
{
  s->depth--;
  if (*bracket == '}')
    {
      if (!check_duplicate_keys (s, s->first_key[s->depth]))
        return NULL;
      g_array_set_size (s->keys, s->first_key[s->depth]);
    }
  note_close (s, bracket);
  *expect = after_value (s);
  return bracket + 1;
}

/* A “]” or “}” right after a comma: the commonest slip in hand-edited JSON
 * gets its own message, pointing at the comma. */
static gboolean
fail_trailing_comma (Scanner    *s,
                     const char *bracket)
{
  return fail_at (s, MAILLAGE_PROJECT_ERROR_SYNTAX, s->last_comma,
                  _("superfluous comma before “%c”"), *bracket);
}

static const char *
scan_value (Scanner    *s,
            const char *p,
            Expect     *expect)
{
  static const char *const words[] = { "true", "false", "null" };
  gboolean escaped;

  if (*p == '[' || *p == '{')
    return open_container (s, p, expect);

  *expect = after_value (s);
  if (*p == '"')
    return scan_string (s, p, &escaped);
  if (*p == '-' || g_ascii_isdigit (*p))
    return scan_number (s, p);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize length = strlen (words[i]);

      if ((gsize) (s->end - p) >= length && memcmp (p, words[i], length) == 0
          && (p + length == s->end || !g_ascii_isalnum (p[length])))
        return p + length;
    }

  if (s->depth == 0)
    {
      /* The very first thing in the file: plain text, HTML, a CSV… */
      g_autofree char *found = describe_found (p, s->end);

      fail_at (s, MAILLAGE_PROJECT_ERROR_SYNTAX, p,
               _("the file is not JSON (it begins with “%s”)"), found);
    }
  else
    fail_expected (s, p, EXPECT_VALUE);
  return NULL;
}

static gboolean
scan_end (Scanner    *s,
          const char *p,
          Expect      expect)
{
  if (expect == EXPECT_END)
    return TRUE;
  if (expect == EXPECT_VALUE && s->depth == 0)
    {
      g_set_error_literal (s->error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_SYNTAX,
                           _("The file is empty"));
      return FALSE;
    }
  return fail_at (s, MAILLAGE_PROJECT_ERROR_SYNTAX, p,
                  _("the file ends too early, %s expected"),
                  describe_expected (expect, s->containers[s->depth - 1]));
}

static const guint8 json_space[256] = {
  [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1,
};

static gboolean
scan_json (Scanner *s)
{
  const char *p = s->start;
  Expect expect = EXPECT_VALUE;

  while (p != NULL)
    {
      char closer;

      while (p < s->end && json_space[(guchar) *p])
        p++;
      if (p == s->end)
        return scan_end (s, p, expect);

      closer = s->depth == 0 ? '\0' : s->containers[s->depth - 1] == '[' ? ']' : '}';
      switch (expect)
        {
        case EXPECT_END:
          {
            g_autofree char *found = describe_found (p, s->end);

            return fail_at (s, MAILLAGE_PROJECT_ERROR_SYNTAX, p,
                            _("unexpected “%s” after the end of the JSON value"), found);
          }
        case EXPECT_COLON:
          if (*p != ':')
            return fail_expected (s, p, expect);
          p++;
          expect = EXPECT_VALUE;
          break;
        case EXPECT_COMMA_OR_CLOSE:
          if (*p == ',')
            {
              s->last_comma = p++;
              expect = closer == ']' ? EXPECT_VALUE : EXPECT_KEY;
            }
          else if (*p == closer)
            p = close_container (s, p, &expect);
          else
            return fail_expected (s, p, expect);
          break;
        case EXPECT_KEY_OR_CLOSE:
        case EXPECT_KEY:
          if (*p == '"')
            {
              p = scan_key (s, p);
              expect = EXPECT_COLON;
            }
          else if (*p == '}' && expect == EXPECT_KEY_OR_CLOSE)
            p = close_container (s, p, &expect);
          else if (*p == '}')
            return fail_trailing_comma (s, p);
          else
            return fail_expected (s, p, expect);
          break;
        case EXPECT_VALUE_OR_CLOSE:
        case EXPECT_VALUE:
          if (*p == ']' && closer == ']' && expect == EXPECT_VALUE_OR_CLOSE)
            p = close_container (s, p, &expect);
          else if (*p == ']' && closer == ']')
            return fail_trailing_comma (s, p);
          else
            p = scan_value (s, p, &expect);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return FALSE;
}

static gboolean
check_size (gsize     length,
            GError  **error)
{
  guint64 tenths;

  if (length <= MAILLAGE_PROJECT_MAX_SIZE)
    return TRUE;

  /* Rounded up, so that a file just over the limit never reads “32.0”. */
  tenths = (guint64) ceil (length * 10.0 / (1024 * 1024));
  tenths = MIN (tenths, (guint64) G_MAXUINT * 10);
  g_set_error (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_TOO_LARGE,
               /* Translators: the size in megabytes (2^20 bytes), whole part and
                * tenth, then the limit. */
               _("The file is too large (%u.%u MB); a project file cannot exceed %u MB"),
               (guint) (tenths / 10), (guint) (tenths % 10),
               (guint) (MAILLAGE_PROJECT_MAX_SIZE / (1024 * 1024)));
  return FALSE;
}

static gboolean
check_encoding (Scanner *s)
{
  const char *bad;
  gboolean binary;

  if (g_utf8_validate_len (s->start, s->end - s->start, &bad))
    return TRUE;

  /* A NUL byte early on is what marks binary files (images, archives, office
   * documents): say so, rather than leave the person to wonder about UTF-8. */
  binary = *bad == '\0'
           || memchr (s->start, '\0', MIN (s->end - s->start, 8192)) != NULL;
  if (binary)
    return fail_at (s, MAILLAGE_PROJECT_ERROR_ENCODING, bad, "%s",
                    _("the file is not valid UTF-8 text; it looks like binary data, not a project"));
  return fail_at (s, MAILLAGE_PROJECT_ERROR_ENCODING, bad, "%s",
                  _("the file is not valid UTF-8 text"));
}

/* Scans the whole of @s's text; on failure, reports the first problem,
 * an encoding error first wherever it is, since the scan only met the
 * first problem. */
static gboolean
scan_text (Scanner  *s,
           GError  **error)
{
  g_autoptr(GError) local_error = NULL;

  s->error = &local_error;
  if (scan_json (s))
    return TRUE;

  s->error = error;
  if (check_encoding (s))
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static JsonNode *
load_with_json_glib (const char  *data,
                     gsize        length,
                     GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* Should not happen after the scan; if it does, still a syntax error. */
      g_set_error (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_SYNTAX,
                   _("The file is not valid JSON: %s"), local_error->message);
      return NULL;
    }
  return json_parser_steal_root (parser);
}

/* Returns the text of @s with each object set aside replaced by “{}”, and
 * puts the exact text of those objects in @texts, by member name. */
static char *
set_aside_objects (Scanner    *s,
                   GHashTable *texts,
                   gsize      *length)
{
  gsize total = s->end - s->start;
  gsize kept = total;
  gsize at = 0;
  GString *rest;

  for (guint i = 0; i < s->deferred->len; i++)
    {
      const Deferred *deferred = &g_array_index (s->deferred, Deferred, i);

      kept -= deferred->end - deferred->start - 2;
    }

  rest = g_string_sized_new (kept);
  for (guint i = 0; i < s->deferred->len; i++)
    {
      const Deferred *deferred = &g_array_index (s->deferred, Deferred, i);

      g_string_append_len (rest, s->start + at, deferred->start - at);
      g_string_append (rest, "{}");
      at = deferred->end;
      g_hash_table_insert (texts, key_name (s, &deferred->key),
                           g_bytes_new (s->start + deferred->start, deferred->end - deferred->start));
    }
  g_string_append_len (rest, s->start + at, total - at);

  *length = rest->len;
  return g_string_free (rest, FALSE);
}

static JsonNode *
parse (const char   *data,
       gssize        length,
       const char   *member,
       GHashTable  **deferred,
       GError      **error)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (Key));
  g_autoptr(GArray) set_aside = NULL;
  g_autoptr(GHashTable) texts = NULL;
  g_autofree char *rest = NULL;
  gsize rest_length;
  JsonNode *root;
  Scanner s = { 0 };

  if (data == NULL)
    data = "";
  if (length < 0)
    length = strlen (data);
  if (!check_size (length, error))
    return NULL;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  s.start = data;
  s.end = data + length;
  s.keys = keys;
  if (member != NULL)
    {
      set_aside = g_array_new (FALSE, FALSE, sizeof (Deferred));
      s.defer_member = member;
      s.deferred = set_aside;
    }
  if (!scan_text (&s, error))
    return NULL;

  if (deferred == NULL)
    return load_with_json_glib (data, length, error);

  texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  if (set_aside->len > 0)
    {
      rest = set_aside_objects (&s, texts, &rest_length);
      data = rest;
      length = rest_length;
    }
  root = load_with_json_glib (data, length, error);
  if (root != NULL)
    *deferred = g_steal_pointer (&texts);
  return root;
}

/**
 * maillage_json_parse:
 * @data: the text of a file
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a #MaillageProjectError
 *
 * Reads one JSON value, refusing anything json-glib would not read
 * faithfully; the error message names the line and the column (in
 * characters) of the first problem.
 *
 * Returns: (transfer full) (nullable): the root node
 */
JsonNode *
maillage_json_parse (const char  *data,
                     gssize       length,
                     GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return parse (data, length, NULL, NULL, error);
}

/**
 * maillage_json_parse_deferred:
 * @data: the text of a file
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @member: the name of a member of the root object
 * @deferred: (out) (transfer full): return location for a table of member
 *   names to #GBytes
 * @error: return location for a #MaillageProjectError
 *
 * Reads one JSON value as maillage_json_parse() does, checking the whole
 * text, but builds no tree for the object values of the object @member of
 * the root: in the tree, each of them is an empty object, and @deferred
 * maps its member name to its exact text, from “{” to “}”. That text is
 * valid JSON, as checked, and can be read later with maillage_json_parse().
 *
 * This is how a project is read: module data is opaque to the core, often
 * the largest part of a file, and usually written back as it was, so
 * building its tree on every load would only cost time and memory. A value
 * that is not an object is left in the tree, for the caller to report.
 *
 * Returns: (transfer full) (nullable): the root node; on error, %NULL and
 *   @deferred is left alone
 */
JsonNode *
maillage_json_parse_deferred (const char   *data,
                              gssize        length,
                              const char   *member,
                              GHashTable  **deferred,
                              GError      **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (member != NULL, NULL);
  g_return_val_if_fail (deferred != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return parse (data, length, member, deferred, error);
}
