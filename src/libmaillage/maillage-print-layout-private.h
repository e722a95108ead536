/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-print-layout-private.h: what the files of MaillagePrintLayout
 * share. The layout is made in two steps: the blocks of the document are
 * turned into text boxes, rules and figures ("prepared"), then flowed onto
 * pages as items with a position; a page is drawn by drawing its items.
 *
 *   maillage-print-layout.c         the object, the API, drawing a page
 *   maillage-print-layout-text.c    text boxes: spans, links, line metrics
 *   maillage-print-layout-flow.c    pages, items, and how text splits
 *   maillage-print-layout-blocks.c  each kind of block, keep-with-next
 *   maillage-print-layout-table.c   tables: widths, rows across pages
 *
 * All lengths are in points (1/72 inch), y growing downwards, from the
 * top left corner of the page.
 */
#pragma once

#include <pango/pangocairo.h>

#include "maillage-block.h"
#include "maillage-chart.h"
#include "maillage-document.h"
#include "maillage-print-layout.h"

G_BEGIN_DECLS

/* The fonts of documents. DejaVu comes with fontconfig on Debian, has the
 * narrow no-break space of French typography, and covers Arabic and
 * Hebrew, which Cantarell (the interface's font) does not. */
#define PRINT_FONT_BODY  "DejaVu Serif"
#define PRINT_FONT_SANS  "DejaVu Sans"

#define PRINT_COLOR_TEXT      0x1c1c1c
#define PRINT_COLOR_HEADING   0x1a3d6d
#define PRINT_COLOR_MUTED     0x5e5c64
#define PRINT_COLOR_LINK      0x1a5fb4
#define PRINT_COLOR_RULE      0x9a9996
#define PRINT_COLOR_HAIRLINE  0xc8c8c8
#define PRINT_COLOR_HEADER_BG 0xe8ebef

#define PT(units) ((double) (units) / PANGO_SCALE)
#define PANGO_UNITS(points) ((int) ((points) * PANGO_SCALE))

/* A link of a text: a byte range of the layout's text, to a URI or to an
 * entry of the outline (the table of contents' entries). */
typedef struct
{
  int   start;
  int   end;
  char *uri;
  int   target;
} MaillagePrintLink;

/* A laid-out text, shared by the items that show its lines (a paragraph
 * split over two pages is one text, two items). Reference-counted with
 * g_rc_box. */
typedef struct
{
  PangoLayout      *layout;
  guint             n_lines;
  /* Owned by the layout, which is never changed once measured. */
  PangoLayoutLine **lines;
  /* Per line, in points from the top of the layout. */
  double           *tops;
  double           *heights;
  double           *baselines;
  /* The left end of each line's ink-free logical box, for alignment. */
  double           *xs;
  double            width;
  double            height;
  guint32           color;
  GArray           *links;   /* of MaillagePrintLink, or NULL */
} MaillagePrintText;

typedef enum
{
  MAILLAGE_PRINT_ITEM_TEXT,
  MAILLAGE_PRINT_ITEM_FILL,
  MAILLAGE_PRINT_ITEM_RULE,
  MAILLAGE_PRINT_ITEM_CHART,
  MAILLAGE_PRINT_ITEM_LEADER,
  MAILLAGE_PRINT_ITEM_PAGE_NUMBER,
  MAILLAGE_PRINT_ITEM_LINK,
} MaillagePrintItemKind;

/* Something drawn on a page:
 * - TEXT: lines first to first + n_lines - 1 of text, the top of the
 *   first at (x, y);
 * - FILL: the rectangle (x, y, width, height) in color;
 * - RULE: a line from (x, y) to (x + width, y + height), thickness
 *   wide;
 * - CHART: chart drawn in (x, y, width, height);
 * - LEADER: dots from x to x + width on the baseline y;
 * - PAGE_NUMBER: the page of outline entry target, right-aligned so that
 *   it ends at x + width, its baseline at y (made a TEXT once the pages
 *   are known);
 * - LINK: the rectangle (x, y, width, height) goes to outline entry
 *   target. */
typedef struct
{
  MaillagePrintItemKind  kind;
  double                 x;
  double                 y;
  double                 width;
  double                 height;
  double                 thickness;
  guint32                color;
  MaillagePrintText     *text;
  guint                  first;
  guint                  n_lines;
  MaillageChart         *chart;
  int                    target;
  guint                  bold : 1;
} MaillagePrintItem;

typedef struct
{
  GArray *items;        /* of MaillagePrintItem */
  int     part;         /* index in parts, -1 before any part */
  int     chapter;      /* outline entry of the chapter (a heading of
                         * level 1) in course, -1 if none */
  guint   starts_part : 1;
} MaillagePrintPage;

typedef struct
{
  char   *title;
  guint   depth;        /* 0 for a part, the level for a heading */
  guint   page;
  double  y;
  guint   placed : 1;
} MaillagePrintOutlineEntry;

/* What a block became before it is placed; see -blocks.c. */
typedef struct _MaillagePrintPrepared MaillagePrintPrepared;

/* The pagination in progress. */
typedef struct
{
  MaillagePrintLayout    *self;
  PangoContext           *context;
  MaillageDocument       *document;
  guint                   n_blocks;
  MaillagePrintPrepared **prepared;
  /* Block index → outline entry index, or -1. */
  int                    *outline_index;

  GPtrArray              *pages;     /* of MaillagePrintPage */
  GArray                 *outline;   /* of MaillagePrintOutlineEntry */
  GPtrArray              *parts;     /* of char *: part titles */

  double                  page_width;
  double                  page_height;
  double                  left;
  double                  width;
  double                  top;
  double                  bottom;

  MaillagePrintPage      *page;
  double                  y;
  int                     part;
  int                     chapter;
} MaillagePrintFlow;

/* maillage-print-layout-text.c */
MaillagePrintText *_maillage_print_text_new          (PangoContext               *context,
                                                      const char                 *text,
                                                      PangoAttrList              *attrs,
                                                      const PangoFontDescription *font,
                                                      double                      width,
                                                      PangoAlignment              alignment,
                                                      guint32                     color);
MaillagePrintText *_maillage_print_text_new_hanging  (PangoContext               *context,
                                                      const char                 *label,
                                                      const char                 *text,
                                                      const PangoFontDescription *font,
                                                      double                      width,
                                                      double                      hang,
                                                      guint32                     color);
GPtrArray         *_maillage_print_text_new_spans    (PangoContext               *context,
                                                      MaillageBlock              *block,
                                                      const PangoFontDescription *font,
                                                      double                      width);
void               _maillage_print_text_measure      (MaillagePrintText          *text);
void               _maillage_print_text_set_width    (MaillagePrintText          *text,
                                                      double                      width,
                                                      PangoAlignment              alignment);
MaillagePrintText *_maillage_print_text_ref          (MaillagePrintText          *text);
void               _maillage_print_text_unref        (MaillagePrintText          *text);
double             _maillage_print_text_lines_height (MaillagePrintText          *text,
                                                      guint                       first,
                                                      guint                       n_lines);
guint              _maillage_print_text_lines_fitting (MaillagePrintText         *text,
                                                       guint                      first,
                                                       double                     height);
void               _maillage_print_text_draw         (MaillagePrintText          *text,
                                                      cairo_t                    *cr,
                                                      double                      x,
                                                      double                      y,
                                                      guint                       first,
                                                      guint                       n_lines);
double             _maillage_print_text_natural_width (PangoContext              *context,
                                                       const char                *text,
                                                       const PangoFontDescription *font,
                                                       gboolean                   longest_word);
void               _maillage_print_append_number     (GString                    *attributes,
                                                      double                      value);
void               _maillage_print_append_rect       (GString                    *attributes,
                                                      double                      x,
                                                      double                      y,
                                                      double                      width,
                                                      double                      height);
void               _maillage_print_append_quoted     (GString                    *attributes,
                                                      const char                 *value);
PangoFontDescription *_maillage_print_font           (const char                 *family,
                                                      double                      size,
                                                      PangoWeight                 weight,
                                                      PangoStyle                  style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MaillagePrintText, _maillage_print_text_unref)

/* maillage-print-layout-flow.c */
void               _maillage_print_flow_init         (MaillagePrintFlow          *flow,
                                                      MaillagePrintLayout        *self,
                                                      PangoContext               *context,
                                                      MaillageDocument           *document,
                                                      double                      page_width,
                                                      double                      page_height,
                                                      const double                margins[4]);
void               _maillage_print_flow_clear        (MaillagePrintFlow          *flow);
void               _maillage_print_flow_new_page     (MaillagePrintFlow          *flow);
gboolean           _maillage_print_flow_page_is_empty (MaillagePrintFlow         *flow);
double             _maillage_print_flow_room         (MaillagePrintFlow          *flow);
void               _maillage_print_flow_space        (MaillagePrintFlow          *flow,
                                                      double                      space);
void               _maillage_print_flow_ensure       (MaillagePrintFlow          *flow,
                                                      double                      height);
MaillagePrintItem *_maillage_print_flow_add_item     (MaillagePrintFlow          *flow,
                                                      MaillagePrintItemKind       kind,
                                                      double                      x,
                                                      double                      y,
                                                      double                      width,
                                                      double                      height);
void               _maillage_print_flow_add_text     (MaillagePrintFlow          *flow,
                                                      MaillagePrintText          *text,
                                                      double                      x,
                                                      gboolean                   split);
void               _maillage_print_flow_add_rule     (MaillagePrintFlow          *flow,
                                                      double                      x,
                                                      double                      y,
                                                      double                      width,
                                                      double                      thickness,
                                                      guint32                     color);
void               _maillage_print_page_free         (MaillagePrintPage          *page);
void               _maillage_print_item_clear        (MaillagePrintItem          *item);

/* maillage-print-layout-blocks.c */
void               _maillage_print_flow_run          (MaillagePrintFlow          *flow);
void               _maillage_print_prepared_free     (MaillagePrintPrepared      *prepared);

/* maillage-print-layout-table.c */
typedef struct _MaillagePrintTable MaillagePrintTable;

MaillagePrintTable *_maillage_print_table_new        (MaillagePrintFlow          *flow,
                                                      MaillageBlock              *block);
void               _maillage_print_table_free        (MaillagePrintTable         *table);
double             _maillage_print_table_min_height  (MaillagePrintTable         *table);
void               _maillage_print_table_place       (MaillagePrintFlow          *flow,
                                                      MaillagePrintTable         *table);

G_END_DECLS
