/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * markdown-text.c: the user's text into Markdown (CommonMark, with GFM's
 * tables), and nothing more than text: whatever it holds, no markup of
 * its own may come out of it.
 *
 * - The characters that are markup anywhere in a line (\ ` * _ [ ] < > |
 *   # & ~ ^ $ { }) are escaped with a backslash, which CommonMark allows
 *   before any ASCII punctuation. That covers emphasis, code, links,
 *   raw HTML, entities, tables, headings, and pandoc's extensions
 *   (strikeout, super- and subscripts, maths, attributes).
 * - What starts a block only at the start of a line is escaped there:
 *   `-`, `+`, `=`, `:`, `(` (lists, setext underlines, definition lists,
 *   pandoc's example lists), and the `.` or `)` of list markers such as
 *   `12.`, `3)`, `a.` or `iv)`. Spaces at the start of a line go, or four
 *   of them would make a code block.
 * - A line break of a paragraph is a hard break (a backslash at the end of
 *   the line); elsewhere it is a space.
 * - Control characters (but tabs), C1 controls, U+FFFE and U+FFFF go;
 *   invalid UTF-8 is repaired.
 *
 * Links are written only for http, https and mailto.
 */
#define G_LOG_DOMAIN "export-markdown"

#include "config.h"

#include <string.h>

#include "markdown-text.h"

static inline gboolean
is_always_escaped (guchar c)
{
  switch (c)
    {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
    case '|': case '#': case '&': case '~': case '^': case '$': case '{': case '}':
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * markdown_inline_init:
 * @inline_text: the state to initialise
 * @out: where the text goes
 * @lines: whether line breaks are kept as hard breaks
 * @line_start: whether the text starts a line
 */
void
markdown_inline_init (MarkdownInline *inline_text,
                      GString        *out,
                      gboolean        lines,
                      gboolean        line_start)
{
  inline_text->out = out;
  inline_text->lines = lines;
  inline_text->line_start = line_start;
  inline_text->pending_break = FALSE;
  inline_text->line_floor = out->len;
  inline_text->marker_length = 0;
  inline_text->marker_digits = FALSE;
  inline_text->marker_roman = FALSE;
}

static void
flush_break (MarkdownInline *self)
{
  g_string_append (self->out, "\\\n");
  self->line_floor = self->out->len;
  self->line_start = TRUE;
  self->pending_break = FALSE;
}

static inline gboolean
is_roman (guchar c)
{
  return c != '\0' && strchr ("ivxlcdmIVXLCDM", c) != NULL;
}

/* The first visible character of a line. A list marker's number may go on
 * in the next span ("2026" then ". Le conseil"), so the word that starts
 * the line is followed character by character (see append_visible). */
static void
append_line_start (MarkdownInline *self,
                   guchar          c)
{
  self->line_start = FALSE;

  if (c == '-' || c == '+' || c == '=' || c == ':' || c == '(' || is_always_escaped (c))
    {
      g_string_append_c (self->out, '\\');
      g_string_append_c (self->out, c);
      return;
    }

  if (g_ascii_isalnum (c))
    {
      self->marker_length = 1;
      self->marker_digits = g_ascii_isdigit (c);
      self->marker_roman = is_roman (c);
    }
  g_string_append_c (self->out, c);
}

/* A visible character after the start of a line. Escapes the `.` or `)`
 * after what could be a list marker's number: 1 to 9 digits (CommonMark),
 * one letter or a Roman numeral (pandoc's fancy lists). */
static void
append_visible (MarkdownInline *self,
                guchar          c)
{
  if (self->marker_length > 0)
    {
      if (g_ascii_isalnum (c))
        {
          self->marker_length++;
          self->marker_digits = self->marker_digits && g_ascii_isdigit (c);
          self->marker_roman = self->marker_roman && is_roman (c);
          g_string_append_c (self->out, c);
          return;
        }
      if ((c == '.' || c == ')') &&
          ((self->marker_digits && self->marker_length <= 9) ||
           self->marker_length == 1 || self->marker_roman))
        {
          self->marker_length = 0;
          g_string_append_c (self->out, '\\');
          g_string_append_c (self->out, c);
          return;
        }
      self->marker_length = 0;
    }

  if (is_always_escaped (c))
    g_string_append_c (self->out, '\\');
  g_string_append_c (self->out, c);
}

/* How many bytes at @p to drop: C0 controls but tabs and line feeds, DEL,
 * C1 controls (C2 80 to C2 9F), U+FFFE and U+FFFF (EF BF BE, EF BF BF). */
static inline guint
droppable (const guchar *p)
{
  if ((*p < 0x20 && *p != '\t' && *p != '\n') || *p == 0x7f)
    return 1;
  if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
    return 2;
  if (*p == 0xef && p[1] == 0xbf && (p[2] == 0xbe || p[2] == 0xbf))
    return 3;
  return 0;
}

static void
append_valid (MarkdownInline *self,
              const char     *text)
{
  const guchar *p = (const guchar *) text;

  while (*p != '\0')
    {
      guint drop = droppable (p);
      guchar c = *p;

      p += drop > 0 ? drop : 1;
      if (drop > 0)
        continue;

      if (c == '\n')
        {
          self->marker_length = 0;
          if (self->line_start)
            continue;
          if (!self->lines)
            g_string_append_c (self->out, ' ');
          else
            {
              /* Spaces before a hard break would make a second one. */
              while (self->out->len > self->line_floor &&
                     (self->out->str[self->out->len - 1] == ' ' ||
                      self->out->str[self->out->len - 1] == '\t'))
                g_string_truncate (self->out, self->out->len - 1);
              self->pending_break = TRUE;
            }
          continue;
        }

      if (self->line_start || self->pending_break)
        {
          /* Spaces at the start of a line: four would make code. */
          if (c == ' ' || c == '\t')
            continue;
          if (self->pending_break)
            flush_break (self);
          append_line_start (self, c);
          continue;
        }

      append_visible (self, c);
    }
}

/**
 * markdown_inline_append:
 * @inline_text: the state of the text
 * @text: (nullable): UTF-8 text, possibly invalid
 *
 * Appends @text, escaped (see the top of this file).
 */
void
markdown_inline_append (MarkdownInline *inline_text,
                        const char     *text)
{
  g_autofree char *valid = NULL;

  if (text == NULL)
    return;
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  append_valid (inline_text, text);
}

/* Markup that is ours: never escaped, and never at the start of a line
 * where it could be taken for something else. */
static void
append_markup (MarkdownInline *self,
               const char     *markup)
{
  if (self->pending_break)
    flush_break (self);
  g_string_append (self->out, markup);
  self->line_start = FALSE;
  self->marker_length = 0;
}

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR;
}

/* The stretch [*start, *end) of @text without the spaces at its edges. */
static void
trim_spaces (const char  *text,
             const char **start,
             const char **end)
{
  *start = text;
  while (**start != '\0' && is_space (g_utf8_get_char (*start)))
    *start = g_utf8_next_char (*start);

  *end = *start + strlen (*start);
  while (*end > *start)
    {
      const char *previous = g_utf8_find_prev_char (*start, *end);

      if (previous == NULL || !is_space (g_utf8_get_char (previous)))
        break;
      *end = previous;
    }
}

/**
 * markdown_inline_append_styled:
 * @inline_text: the state of the text
 * @text: (nullable): UTF-8 text
 * @style: bold, italic, both or neither
 *
 * Appends @text between `*`, `**` or `***`. CommonMark takes a delimiter
 * for emphasis only if no space is on its inner side (the spans of
 * « Le budget est » and « adopté » keep the space between them), so the
 * spaces at the edges of @text go outside the delimiters.
 */
void
markdown_inline_append_styled (MarkdownInline    *inline_text,
                               const char        *text,
                               MaillageTextStyle  style)
{
  g_autofree char *valid = NULL;
  g_autofree char *leading = NULL;
  g_autofree char *core = NULL;
  const char *delimiter;
  const char *start;
  const char *end;

  style &= MAILLAGE_TEXT_STYLE_BOLD | MAILLAGE_TEXT_STYLE_ITALIC;
  if (text == NULL || style == MAILLAGE_TEXT_STYLE_NONE)
    {
      markdown_inline_append (inline_text, text);
      return;
    }
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  trim_spaces (text, &start, &end);
  if (end == start)
    {
      append_valid (inline_text, text);
      return;
    }

  delimiter = style == (MAILLAGE_TEXT_STYLE_BOLD | MAILLAGE_TEXT_STYLE_ITALIC) ? "***" :
              style == MAILLAGE_TEXT_STYLE_BOLD ? "**" : "*";
  leading = g_strndup (text, start - text);
  core = g_strndup (start, end - start);

  append_valid (inline_text, leading);
  append_markup (inline_text, delimiter);
  append_valid (inline_text, core);
  append_markup (inline_text, delimiter);
  append_valid (inline_text, end);
}

/**
 * markdown_uri_is_safe:
 * @uri: (nullable): a link target from a document
 *
 * Whether @uri may be the target of a link: http, https and mailto only,
 * never a scheme that runs code or reads a local file.
 *
 * Returns: %TRUE if @uri can be written as a link
 */
gboolean
markdown_uri_is_safe (const char *uri)
{
  const char *scheme;

  if (uri == NULL || !g_utf8_validate (uri, -1, NULL))
    return FALSE;

  scheme = g_uri_peek_scheme (uri);
  if (scheme == NULL)
    return FALSE;

  return g_str_equal (scheme, "http") ||
         g_str_equal (scheme, "https") ||
         g_str_equal (scheme, "mailto");
}

/* A link destination: percent-encoded where the syntax would end it or
 * CommonMark would read an escape, and & escaped, since "&amp;" there is
 * an entity reference. */
static void
append_destination (GString    *out,
                    const char *uri)
{
  for (const guchar *p = (const guchar *) uri; *p != '\0'; p++)
    {
      if (*p <= ' ' || *p == 0x7f || *p == '<' || *p == '>' || *p == '(' || *p == ')' || *p == '\\')
        g_string_append_printf (out, "%%%02X", *p);
      else if (*p == '&')
        g_string_append (out, "\\&");
      else
        g_string_append_c (out, *p);
    }
}

/**
 * markdown_inline_append_link:
 * @inline_text: the state of the text
 * @text: (nullable): the text of the link
 * @style: how the text is set
 * @uri: (nullable): where the link leads
 *
 * Appends a link, or only its text when @uri is not safe (see
 * markdown_uri_is_safe()) or the text is empty.
 */
void
markdown_inline_append_link (MarkdownInline    *inline_text,
                             const char        *text,
                             MaillageTextStyle  style,
                             const char        *uri)
{
  g_autofree char *valid = NULL;
  g_autofree char *leading = NULL;
  g_autofree char *core = NULL;
  const char *start;
  const char *end;

  if (text == NULL || !markdown_uri_is_safe (uri))
    {
      markdown_inline_append_styled (inline_text, text, style);
      return;
    }
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  /* Spaces at the edges go outside the brackets, as they would be
   * underlined otherwise. */
  trim_spaces (text, &start, &end);
  if (end == start)
    {
      append_valid (inline_text, text);
      return;
    }
  leading = g_strndup (text, start - text);
  core = g_strndup (start, end - start);

  append_valid (inline_text, leading);
  append_markup (inline_text, "[");
  markdown_inline_append_styled (inline_text, core, style);
  append_markup (inline_text, "](");
  append_destination (inline_text->out, uri);
  g_string_append_c (inline_text->out, ')');
  append_valid (inline_text, end);
}

/**
 * markdown_append_text:
 * @out: where to append
 * @text: (nullable): UTF-8 text
 *
 * Appends @text as inline text that does not start a line and holds no
 * line break: a heading's text, a caption, a cell.
 */
void
markdown_append_text (GString    *out,
                      const char *text)
{
  MarkdownInline inline_text;

  markdown_inline_init (&inline_text, out, FALSE, FALSE);
  markdown_inline_append (&inline_text, text);
}

/**
 * markdown_append_spans:
 * @out: where to append
 * @block: a paragraph
 *
 * Appends the spans of @block as the text of a paragraph, from the start
 * of a line: emphasis, links, hard breaks.
 */
void
markdown_append_spans (GString       *out,
                       MaillageBlock *block)
{
  guint n = maillage_block_get_n_spans (block);
  MarkdownInline inline_text;

  markdown_inline_init (&inline_text, out, TRUE, TRUE);
  if (n == 0)
    markdown_inline_append (&inline_text, maillage_block_get_text (block));

  for (guint i = 0; i < n; i++)
    {
      MaillageTextStyle style = MAILLAGE_TEXT_STYLE_NONE;
      const char *uri = NULL;
      const char *text = maillage_block_get_span (block, i, &style, &uri);

      if (uri != NULL)
        markdown_inline_append_link (&inline_text, text, style, uri);
      else
        markdown_inline_append_styled (&inline_text, text, style);
    }
}
