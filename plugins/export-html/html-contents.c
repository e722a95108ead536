/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * html-contents.c: a table of contents as a <nav> of nested lists of
 * links to the headings' ids. Unordered lists: the headings carry their
 * own numbers (or none, in the délibération), which a reader without the
 * style sheet would otherwise see twice. A contents block lists the headings of the
 * part it stands in; one before any part lists the whole document, parts
 * included.
 */
#define G_LOG_DOMAIN "export-html"

#include "config.h"

#include "html-contents.h"
#include "html-text.h"

static MaillageBlockKind
kind_at (GPtrArray *blocks,
         guint      index)
{
  return maillage_block_get_kind (g_ptr_array_index (blocks, index));
}

/* The blocks [*first, *last) that the contents block at @index lists. */
static void
find_range (GPtrArray *blocks,
            guint      index,
            guint     *first,
            guint     *last)
{
  *first = 0;
  *last = blocks->len;

  for (guint i = index; i-- > 0;)
    if (kind_at (blocks, i) == MAILLAGE_BLOCK_PART)
      {
        *first = i + 1;
        break;
      }

  if (*first == 0)
    return;

  for (guint i = index + 1; i < blocks->len; i++)
    if (kind_at (blocks, i) == MAILLAGE_BLOCK_PART)
      {
        *last = i;
        break;
      }
}

static void
append_entry (GString       *out,
              guint          index,
              MaillageBlock *block)
{
  const char *number = maillage_block_get_number (block);

  g_string_append_printf (out, "<li><a href=\"#s%u\">", index);
  if (number != NULL && *number != '\0')
    {
      g_string_append (out, "<span class=\"number\">");
      html_append_text (out, number, HTML_TEXT_INLINE);
      g_string_append (out, "</span> ");
    }
  html_append_text (out, maillage_block_get_text (block), HTML_TEXT_INLINE);
  g_string_append (out, "</a>");
}

/**
 * html_append_contents:
 * @out: where to append
 * @blocks: all the blocks of the document
 * @levels: the heading level of each block (0 for those that are not)
 * @index: the position of the contents block in @blocks
 *
 * Appends the table of contents at @index: its title as a heading of level
 * @levels[@index], then the headings listed, nested by level. The levels
 * never go more than one deeper at a time, so each deeper entry opens one
 * list inside the entry before it.
 */
void
html_append_contents (GString     *out,
                      GPtrArray   *blocks,
                      const guint *levels,
                      guint        index)
{
  MaillageBlock *contents = g_ptr_array_index (blocks, index);
  const char *title = maillage_block_get_text (contents);
  guint first, last;
  guint base = 0;
  int depth = -1;

  if (title == NULL || *title == '\0')
    title = F_("Contents");

  g_string_append_printf (out, "<nav class=\"contents\" aria-labelledby=\"s%u\">\n"
                               "<h%u id=\"s%u\">", index, levels[index], index);
  html_append_text (out, title, HTML_TEXT_INLINE);
  g_string_append_printf (out, "</h%u>\n", levels[index]);

  find_range (blocks, index, &first, &last);
  for (guint i = first; i < last; i++)
    {
      MaillageBlockKind kind = kind_at (blocks, i);
      int wanted;

      if (kind != MAILLAGE_BLOCK_PART && kind != MAILLAGE_BLOCK_HEADING)
        continue;

      if (depth < 0)
        {
          base = levels[i];
          g_string_append (out, "<ul>\n");
          depth = 0;
          append_entry (out, i, g_ptr_array_index (blocks, i));
          continue;
        }

      wanted = CLAMP ((int) levels[i] - (int) base, 0, depth + 1);
      if (wanted > depth)
        {
          g_string_append (out, "\n<ul>\n");
          depth = wanted;
        }
      else
        {
          g_string_append (out, "</li>\n");
          for (; depth > wanted; depth--)
            g_string_append (out, "</ul>\n</li>\n");
        }
      append_entry (out, i, g_ptr_array_index (blocks, i));
    }

  if (depth >= 0)
    {
      g_string_append (out, "</li>\n");
      for (; depth > 0; depth--)
        g_string_append (out, "</ul>\n</li>\n");
      g_string_append (out, "</ul>\n");
    }
  g_string_append (out, "</nav>\n");
}
