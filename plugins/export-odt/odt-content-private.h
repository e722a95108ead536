/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * odt-content-private.h: what the parts of content.xml's writer share:
 * odt-content.c (the pass over the blocks, text, headings, lists,
 * figures), odt-content-table.c and odt-content-contents.c.
 */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

/* The deepest heading listed in a table of contents. */
#define CONTENTS_DEPTH 3

/* Every heading is a bookmark, that the contents link to and take their
 * page numbers from. LibreOffice hides bookmarks of this prefix, as it
 * does those it makes for its own contents. */
#define HEADING_BOOKMARK "__RefHeading___Toc%u"

typedef struct
{
  GString      *body;
  GString      *styles;          /* automatic styles, added as needed */
  GPtrArray    *blocks;          /* of MaillageBlock, the document's */
  guint        *parts;           /* for each block, which part it stands in */
  GHashTable   *paragraph_styles; /* parent and properties → style name */
  guint         n_paragraph_styles;
  guint         n_tables;
  guint         n_figures;
  guint         n_contents;
  gboolean      started;         /* something is on the first page */
  gboolean      break_pending;   /* the next block starts a page */
} OdtContent;

const char *odt_content_paragraph_style     (OdtContent    *self,
                                             const char    *parent,
                                             const char    *properties);
void        odt_content_open_paragraph      (OdtContent    *self,
                                             const char    *element,
                                             const char    *style);
void        odt_content_append_heading_text (GString       *out,
                                             MaillageBlock *block);
void        odt_content_write_caption       (OdtContent    *self,
                                             const char    *style,
                                             const char    *sequence,
                                             const char    *label,
                                             guint          number,
                                             const char    *caption);
void        odt_content_write_table         (OdtContent    *self,
                                             MaillageBlock *block);
void        odt_content_write_contents      (OdtContent    *self,
                                             MaillageBlock *block,
                                             guint          index);

G_END_DECLS
