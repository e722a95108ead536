/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-json-scanner.c: the check a project file's text passes before
 * json-glib reads it (maillage-json-reader.c runs it); its single tokens,
 * strings and numbers, are read by maillage-json-tokens.c.
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
#define G_LOG_DOMAIN "maillage-json-scanner"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "maillage-project.h"
#include "maillage-json-scanner-private.h"
#include "maillage-json-tokens-private.h"

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

typedef struct
{
  MaillageJsonText  text;
  guint             depth;
  char              containers[MAILLAGE_PROJECT_MAX_DEPTH];  /* “[” or “{” */
  guint             first_key[MAILLAGE_PROJECT_MAX_DEPTH];   /* index in keys */
  GArray           *keys;
  const char       *last_comma;
  /* For maillage_json_parse_deferred(), else NULL: the member of the root
   * whose object values are set aside, whether the scan is inside it, and
   * the values set aside so far (MaillageJsonSetAside). */
  const char       *defer_member;
  gboolean          in_defer_member;
  GArray           *deferred;
} Scanner;

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
  g_autofree char *found = maillage_json_describe_found (at, s->text.end);
  char container = s->depth > 0 ? s->containers[s->depth - 1] : '\0';

  return maillage_json_fail_at (&s->text, MAILLAGE_PROJECT_ERROR_SYNTAX, at,
                                /* Translators: the first %s says what was expected (“a
                                 * value or “]””), the second is what stands there instead. */
                                _("%s expected, “%s” found"),
                                describe_expected (expect, container), found);
}

static char *
key_name (Scanner   *s,
          const Key *key)
{
  return maillage_json_decode_key (s->text.start + key->offset + 1, key->length);
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
           && memcmp (s->text.start + a->offset + 1, s->text.start + b->offset + 1, a->length) == 0;

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
  return maillage_json_fail_at (&s->text, MAILLAGE_PROJECT_ERROR_SYNTAX,
                                s->text.start + key->offset,
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
    return key->length == strlen (name)
           && memcmp (s->text.start + key->offset + 1, name, key->length) == 0;

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
      MaillageJsonSetAside set_aside = { key_name (s, key), brace - s->text.start, 0 };

      g_array_append_val (s->deferred, set_aside);
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
    g_array_index (s->deferred, MaillageJsonSetAside, s->deferred->len - 1).end =
      bracket + 1 - s->text.start;
  else if (s->depth == 1)
    s->in_defer_member = FALSE;
}

static const char *
scan_key (Scanner    *s,
          const char *quote)
{
  Key key;
  const char *after;

  if ((after = maillage_json_scan_string (&s->text, quote, &key.escaped)) == NULL)
    return NULL;
  key.offset = quote - s->text.start;
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
      maillage_json_fail_at (&s->text, MAILLAGE_PROJECT_ERROR_TOO_DEEP, bracket,
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
  return maillage_json_fail_at (&s->text, MAILLAGE_PROJECT_ERROR_SYNTAX, s->last_comma,
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
    return maillage_json_scan_string (&s->text, p, &escaped);
  if (*p == '-' || g_ascii_isdigit (*p))
    return maillage_json_scan_number (&s->text, p);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize length = strlen (words[i]);

      if ((gsize) (s->text.end - p) >= length && memcmp (p, words[i], length) == 0
          && (p + length == s->text.end || !g_ascii_isalnum (p[length])))
        return p + length;
    }

  if (s->depth == 0)
    {
      /* The very first thing in the file: plain text, HTML, a CSV… */
      g_autofree char *found = maillage_json_describe_found (p, s->text.end);

      maillage_json_fail_at (&s->text, MAILLAGE_PROJECT_ERROR_SYNTAX, p,
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
      g_set_error_literal (s->text.error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_SYNTAX,
                           _("The file is empty"));
      return FALSE;
    }
  return maillage_json_fail_at (&s->text, MAILLAGE_PROJECT_ERROR_SYNTAX, p,
                                _("the file ends too early, %s expected"),
                                describe_expected (expect, s->containers[s->depth - 1]));
}

static const guint8 json_space[256] = {
  [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1,
};

static gboolean
scan_json (Scanner *s)
{
  const char *p = s->text.start;
  Expect expect = EXPECT_VALUE;

  while (p != NULL)
    {
      char closer;

      while (p < s->text.end && json_space[(guchar) *p])
        p++;
      if (p == s->text.end)
        return scan_end (s, p, expect);

      closer = s->depth == 0 ? '\0' : s->containers[s->depth - 1] == '[' ? ']' : '}';
      switch (expect)
        {
        case EXPECT_END:
          {
            g_autofree char *found = maillage_json_describe_found (p, s->text.end);

            return maillage_json_fail_at (&s->text, MAILLAGE_PROJECT_ERROR_SYNTAX, p,
                                          _("unexpected “%s” after the end of the JSON value"),
                                          found);
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
check_encoding (MaillageJsonText *text)
{
  const char *bad;
  gboolean binary;

  if (g_utf8_validate_len (text->start, text->end - text->start, &bad))
    return TRUE;

  /* A NUL byte early on is what marks binary files (images, archives, office
   * documents): say so, rather than leave the person to wonder about UTF-8. */
  binary = *bad == '\0'
           || memchr (text->start, '\0', MIN (text->end - text->start, 8192)) != NULL;
  if (binary)
    return maillage_json_fail_at (text, MAILLAGE_PROJECT_ERROR_ENCODING, bad, "%s",
                                  _("the file is not valid UTF-8 text; it looks like binary data, not a project"));
  return maillage_json_fail_at (text, MAILLAGE_PROJECT_ERROR_ENCODING, bad, "%s",
                                _("the file is not valid UTF-8 text"));
}

static void
clear_set_aside (gpointer data)
{
  MaillageJsonSetAside *set_aside = data;

  g_free (set_aside->name);
}

/* Checks that @text is one JSON value that json-glib reads faithfully;
 * on failure, reports the first problem, an encoding error first wherever
 * it is, since the scan only met the first problem. With @defer_member,
 * @set_aside receives, on success, the objects set aside
 * (MaillageJsonSetAside), in the order of the text. */
gboolean
maillage_json_scan (const char   *text,
                    gsize         length,
                    const char   *defer_member,
                    GArray      **set_aside,
                    GError      **error)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (Key));
  g_autoptr(GArray) deferred = NULL;
  g_autoptr(GError) local_error = NULL;
  Scanner s = { 0 };

  s.text.start = text;
  s.text.end = text + length;
  s.text.error = &local_error;
  s.keys = keys;
  if (defer_member != NULL)
    {
      deferred = g_array_new (FALSE, FALSE, sizeof (MaillageJsonSetAside));
      g_array_set_clear_func (deferred, clear_set_aside);
      s.defer_member = defer_member;
      s.deferred = deferred;
    }

  if (scan_json (&s))
    {
      if (set_aside != NULL && deferred != NULL)
        *set_aside = g_steal_pointer (&deferred);
      return TRUE;
    }

  s.text.error = error;
  if (check_encoding (&s.text))
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}
