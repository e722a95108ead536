/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * odt-xml.c: text into XML, as OpenDocument wants it. Every piece of text
 * the exporter writes goes through here: the markup characters escaped,
 * what XML 1.0 forbids (control characters, U+FFFE, U+FFFF, broken UTF-8)
 * dropped, and, in paragraphs, tabs, line breaks and runs of spaces turned
 * into the elements that keep them. The scan goes byte by byte over runs
 * that need nothing, so that a paragraph of a megabyte costs a copy.
 */
#define G_LOG_DOMAIN "odt-xml"

#include "config.h"

#include "odt-xml.h"

typedef enum
{
  MODE_TEXT,
  MODE_PLAIN,
  MODE_ATTRIBUTE,
} Mode;

/* The bytes that may need something else than a copy. 0xC2 starts C1
 * control characters (U+0080 to U+009F), 0xEF the non-characters U+FFFE
 * and U+FFFF; both are copied when they start anything else. */
static const guint8 special[256] = {
  [0x00 ... 0x20] = 1,
  ['"'] = 1,
  ['&'] = 1,
  ['<'] = 1,
  ['>'] = 1,
  [0x7f] = 1,
  [0xc2] = 1,
  [0xef] = 1,
};

static void
append_spaces (GString      *out,
               guint         n,
               OdtTextState *state)
{
  /* A space after another one, or at the start, would be dropped by the
   * reader: <text:s/> keeps it. */
  if (!state->after_space)
    {
      g_string_append_c (out, ' ');
      n--;
    }
  if (n == 1)
    g_string_append (out, "<text:s/>");
  else if (n > 1)
    g_string_append_printf (out, "<text:s text:c=\"%u\"/>", n);

  state->after_space = TRUE;
}

static void
append_line_break (GString      *out,
                   Mode          mode,
                   OdtTextState *state)
{
  switch (mode)
    {
    case MODE_TEXT:
      g_string_append (out, "<text:line-break/>");
      /* Spaces that open the new line are kept as <text:s/>, whatever the
       * reader thinks of white space after an element. */
      state->after_space = TRUE;
      break;

    case MODE_PLAIN:
      g_string_append_c (out, '\n');
      break;

    case MODE_ATTRIBUTE:
      g_string_append (out, "&#10;");
      break;
    }
}

static void
append (GString      *out,
        const char   *text,
        Mode          mode,
        OdtTextState *state)
{
  g_autofree char *valid = NULL;
  OdtTextState unused = ODT_TEXT_STATE_INIT;
  const guchar *p;
  const guchar *run;

  if (text == NULL)
    return;
  if (state == NULL)
    state = &unused;

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  p = run = (const guchar *) text;
  for (;;)
    {
      guchar c;

      while (!special[*p])
        p++;

      c = *p;

      /* What turns out to be plain text stays in the run. */
      if ((c == 0xc2 && (p[1] < 0x80 || p[1] > 0x9f))
          || (c == 0xef && !(p[1] == 0xbf && (p[2] == 0xbe || p[2] == 0xbf)))
          || (c == '"' && mode != MODE_ATTRIBUTE)
          || (c == ' ' && mode != MODE_TEXT))
        {
          p++;
          continue;
        }

      if (p > run)
        {
          g_string_append_len (out, (const char *) run, p - run);
          state->after_space = FALSE;
        }

      if (c == '\0')
        break;

      switch (c)
        {
        case ' ':
          {
            guint n = 0;

            while (*p == ' ')
              {
                n++;
                p++;
              }
            append_spaces (out, n, state);
          }
          break;

        case '\t':
          if (mode == MODE_TEXT)
            {
              g_string_append (out, "<text:tab/>");
              state->after_space = TRUE;
            }
          else if (mode == MODE_PLAIN)
            g_string_append_c (out, '\t');
          else
            g_string_append (out, "&#9;");
          p++;
          break;

        case '\r':
          /* CR LF is one line break: the LF makes it. */
          if (p[1] != '\n')
            append_line_break (out, mode, state);
          p++;
          break;

        case '\n':
          append_line_break (out, mode, state);
          p++;
          break;

        case '<':
          g_string_append (out, "&lt;");
          state->after_space = FALSE;
          p++;
          break;

        case '>':
          g_string_append (out, "&gt;");
          state->after_space = FALSE;
          p++;
          break;

        case '&':
          g_string_append (out, "&amp;");
          state->after_space = FALSE;
          p++;
          break;

        case '"':
          g_string_append (out, "&quot;");
          p++;
          break;

        case 0xc2:
          /* A C1 control character: dropped, both bytes. */
          p += 2;
          break;

        case 0xef:
          /* U+FFFE or U+FFFF: not characters in XML. */
          p += 3;
          break;

        default:
          /* Any other control character, and DEL: dropped. */
          p++;
          break;
        }

      run = p;
    }
}

/**
 * odt_xml_append_text:
 * @out: where to write
 * @text: (nullable): text of a paragraph, heading or cell
 * @state: (nullable): where the paragraph stands, for white space
 *
 * Appends @text as the content of an OpenDocument text element: escaped,
 * stripped of what XML forbids, with tabs, line breaks and runs of spaces
 * as <text:tab/>, <text:line-break/> and <text:s/>.
 */
void
odt_xml_append_text (GString      *out,
                     const char   *text,
                     OdtTextState *state)
{
  append (out, text, MODE_TEXT, state);
}

/**
 * odt_xml_append_escaped:
 * @out: where to write
 * @text: (nullable): text
 *
 * Appends @text as the content of an element where white space means
 * nothing (metadata, descriptions): escaped and stripped only.
 */
void
odt_xml_append_escaped (GString    *out,
                        const char *text)
{
  append (out, text, MODE_PLAIN, NULL);
}

/**
 * odt_xml_append_attribute:
 * @out: where to write
 * @value: (nullable): text
 *
 * Appends @value for an attribute between double quotes: escaped (quotes
 * and white space too, so that a reader gives back the same value) and
 * stripped.
 */
void
odt_xml_append_attribute (GString    *out,
                          const char *value)
{
  append (out, value, MODE_ATTRIBUTE, NULL);
}
