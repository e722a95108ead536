/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * html-text.c: the user's text into HTML. Everything a document holds is
 * escaped here, and only here: markup characters become references,
 * characters that XML forbids (C0 and C1 controls, U+FFFE, U+FFFF) are
 * dropped, invalid UTF-8 is repaired. A link becomes an <a> only for the
 * schemes that cannot run anything (http, https, mailto).
 */
#define G_LOG_DOMAIN "export-html"

#include "config.h"

#include "html-text.h"

/* A word longer than this, in characters, gets a break opportunity every
 * as many characters. */
#define LONG_WORD 32

/* Whether @c needs a look: markup, control characters, and the lead bytes
 * of the sequences dropped (C1 controls are U+0080 to U+009F, encoded
 * C2 80 to C2 9F; U+FFFE and U+FFFF are EF BF BE and EF BF BF). Everything
 * else is copied in runs, which keeps a 1 MB paragraph cheap. */
static inline gboolean
needs_look (guchar c)
{
  return c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' ||
         c == 0x7f || c == 0xc2 || c == 0xef;
}

/**
 * html_append_text:
 * @out: where to append
 * @text: (nullable): UTF-8 text, possibly invalid
 * @mode: where the text goes
 *
 * Appends @text to @out, escaped for @mode, without the characters HTML
 * and XML forbid.
 */
void
html_append_text (GString      *out,
                  const char   *text,
                  HtmlTextMode  mode)
{
  g_autofree char *valid = NULL;
  const guchar *run;
  const guchar *p;
  guint word = 0;

  if (text == NULL)
    return;
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  run = p = (const guchar *) text;
  while (*p != '\0')
    {
      const char *replacement;
      guint skip = 1;

      /* Characters are counted by their first byte; a break goes only
       * before an ASCII one, never inside a character nor before a
       * combining mark or the rest of an emoji sequence. */
      if (mode == HTML_TEXT_INLINE || mode == HTML_TEXT_LINES)
        {
          if (*p == ' ' || *p == '\n' || *p == '\t')
            word = 0;
          else if ((*p < 0x80 || *p >= 0xc0) && ++word > LONG_WORD && *p < 0x80)
            {
              g_string_append_len (out, (const char *) run, p - run);
              g_string_append (out, "<wbr/>");
              run = p;
              word = 1;
            }
        }

      if (!needs_look (*p))
        {
          p++;
          continue;
        }

      switch (*p)
        {
        case '&':
          replacement = "&amp;";
          break;
        case '<':
          replacement = "&lt;";
          break;
        case '>':
          replacement = "&gt;";
          break;
        case '"':
          replacement = mode == HTML_TEXT_ATTRIBUTE ? "&quot;" : "\"";
          break;
        case '\'':
          replacement = mode == HTML_TEXT_ATTRIBUTE ? "&#39;" : "'";
          break;
        case '\n':
          replacement = mode == HTML_TEXT_LINES ? "<br/>\n" :
                        mode == HTML_TEXT_ATTRIBUTE ? " " : "\n";
          break;
        case '\t':
          replacement = mode == HTML_TEXT_ATTRIBUTE ? " " : "\t";
          break;
        case 0xc2:
          if (p[1] < 0x80 || p[1] > 0x9f)
            {
              p++;
              continue;
            }
          replacement = "";
          skip = 2;
          break;
        case 0xef:
          if (p[1] != 0xbf || (p[2] != 0xbe && p[2] != 0xbf))
            {
              p++;
              continue;
            }
          replacement = "";
          skip = 3;
          break;
        default:
          /* The other C0 controls (carriage return included) and DEL. */
          replacement = "";
          break;
        }

      g_string_append_len (out, (const char *) run, p - run);
      g_string_append (out, replacement);
      p += skip;
      run = p;
    }
  g_string_append_len (out, (const char *) run, p - run);
}

/**
 * html_uri_is_safe:
 * @uri: (nullable): a link target from a document
 *
 * Whether @uri may be the target of a link: only the schemes that open a
 * page or a mail client, never one that runs code (`javascript:`,
 * `data:`, `vbscript:`…) or reads a local file. A URI without a scheme is
 * refused too, since a relative link leads nowhere in a file sent by mail.
 *
 * Returns: %TRUE if @uri can be written as a link
 */
gboolean
html_uri_is_safe (const char *uri)
{
  const char *scheme;

  if (uri == NULL || !g_utf8_validate (uri, -1, NULL))
    return FALSE;

  /* Interned and lower-case; NULL when @uri does not start with a scheme
   * (a leading space or control character, which browsers would strip,
   * makes it NULL as well). */
  scheme = g_uri_peek_scheme (uri);
  if (scheme == NULL)
    return FALSE;

  return g_str_equal (scheme, "http") ||
         g_str_equal (scheme, "https") ||
         g_str_equal (scheme, "mailto");
}

/**
 * html_append_spans:
 * @out: where to append
 * @block: a paragraph
 *
 * Appends the spans of @block: bold as <strong>, italic as <em>, links as
 * <a> when their target is safe, as plain text otherwise.
 */
void
html_append_spans (GString       *out,
                   MaillageBlock *block)
{
  guint n = maillage_block_get_n_spans (block);

  if (n == 0)
    {
      html_append_text (out, maillage_block_get_text (block), HTML_TEXT_LINES);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      MaillageTextStyle style = MAILLAGE_TEXT_STYLE_NONE;
      const char *uri = NULL;
      const char *text = maillage_block_get_span (block, i, &style, &uri);
      gboolean link = html_uri_is_safe (uri);

      if (text == NULL || *text == '\0')
        continue;

      if (link)
        {
          g_string_append (out, "<a href=\"");
          html_append_text (out, uri, HTML_TEXT_ATTRIBUTE);
          g_string_append (out, "\">");
        }
      if (style & MAILLAGE_TEXT_STYLE_BOLD)
        g_string_append (out, "<strong>");
      if (style & MAILLAGE_TEXT_STYLE_ITALIC)
        g_string_append (out, "<em>");

      html_append_text (out, text, HTML_TEXT_LINES);

      if (style & MAILLAGE_TEXT_STYLE_ITALIC)
        g_string_append (out, "</em>");
      if (style & MAILLAGE_TEXT_STYLE_BOLD)
        g_string_append (out, "</strong>");
      if (link)
        g_string_append (out, "</a>");
    }
}
