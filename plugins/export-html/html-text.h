/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

/**
 * HtmlTextMode:
 * @HTML_TEXT_PLAIN: text content where no markup may go: the page's
 *   <title>, a chart's <title> and <desc>
 * @HTML_TEXT_INLINE: text content of the body; a line break stays a line
 *   break of the source, which HTML shows as a space; a very long word gets
 *   break opportunities (<wbr/>), or it would widen its table off the page
 * @HTML_TEXT_LINES: the same in a paragraph, where a line break becomes
 *   `<br/>`
 * @HTML_TEXT_ATTRIBUTE: an attribute value between double quotes: quotes
 *   escaped, line breaks and tabs become spaces
 *
 * Where escaped text goes.
 */
typedef enum
{
  HTML_TEXT_PLAIN,
  HTML_TEXT_INLINE,
  HTML_TEXT_LINES,
  HTML_TEXT_ATTRIBUTE,
} HtmlTextMode;

void     html_append_text  (GString       *out,
                            const char    *text,
                            HtmlTextMode   mode);
gboolean html_uri_is_safe  (const char    *uri);
void     html_append_spans (GString       *out,
                            MaillageBlock *block);

G_END_DECLS
