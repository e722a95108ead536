/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

/**
 * MarkdownInline:
 * @out: where the text goes
 * @lines: whether line breaks are kept (as hard breaks), as in a
 *   paragraph; elsewhere (a heading, an item, a cell) they become spaces
 * @line_start: whether the next text starts a line, where `-`, `+`, `1.`…
 *   would start a block and must be escaped
 * @pending_break: a line break owed before the next text
 * @line_floor: where the current line starts in @out: trailing spaces are
 *   trimmed back to it, never further
 * @marker_length: the length of the word that starts the line so far, while
 *   it may still be a list marker's number (`12`, `iv`, `a`); 0 otherwise
 * @marker_digits: whether that word is all digits
 * @marker_roman: whether that word is all Roman numerals
 *
 * The state of one run of inline text: a paragraph, a heading, an item,
 * a cell. Initialise with markdown_inline_init().
 */
typedef struct
{
  GString  *out;
  gboolean  lines;
  gboolean  line_start;
  gboolean  pending_break;
  gsize     line_floor;
  guint     marker_length;
  gboolean  marker_digits;
  gboolean  marker_roman;
} MarkdownInline;

void     markdown_inline_init       (MarkdownInline    *inline_text,
                                     GString           *out,
                                     gboolean           lines,
                                     gboolean           line_start);
void     markdown_inline_append     (MarkdownInline    *inline_text,
                                     const char        *text);
void     markdown_inline_append_styled (MarkdownInline *inline_text,
                                     const char        *text,
                                     MaillageTextStyle  style);
void     markdown_inline_append_link (MarkdownInline   *inline_text,
                                     const char        *text,
                                     MaillageTextStyle  style,
                                     const char        *uri);
void     markdown_append_text       (GString           *out,
                                     const char        *text);
void     markdown_append_spans      (GString           *out,
                                     MaillageBlock     *block);
gboolean markdown_uri_is_safe       (const char        *uri);

G_END_DECLS
