/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <cairo.h>
#include <glib-object.h>

#include "maillage-types.h"

G_BEGIN_DECLS

/**
 * MAILLAGE_PRINT_LAYOUT_A4_WIDTH:
 *
 * The width of an A4 sheet, in points (210 mm).
 */
#define MAILLAGE_PRINT_LAYOUT_A4_WIDTH  595.2756

/**
 * MAILLAGE_PRINT_LAYOUT_A4_HEIGHT:
 *
 * The height of an A4 sheet, in points (297 mm).
 */
#define MAILLAGE_PRINT_LAYOUT_A4_HEIGHT 841.8898

#define MAILLAGE_TYPE_PRINT_LAYOUT (maillage_print_layout_get_type ())
G_DECLARE_FINAL_TYPE (MaillagePrintLayout, maillage_print_layout, MAILLAGE, PRINT_LAYOUT, GObject)

MaillagePrintLayout *maillage_print_layout_new                (MaillageDocument    *document);
MaillageDocument    *maillage_print_layout_get_document       (MaillagePrintLayout *self);
void                 maillage_print_layout_set_page_size      (MaillagePrintLayout *self,
                                                               double               width,
                                                               double               height);
void                 maillage_print_layout_get_page_size      (MaillagePrintLayout *self,
                                                               double              *width,
                                                               double              *height);
void                 maillage_print_layout_set_margins        (MaillagePrintLayout *self,
                                                               double               top,
                                                               double               right,
                                                               double               bottom,
                                                               double               left);
void                 maillage_print_layout_paginate           (MaillagePrintLayout *self);
guint                maillage_print_layout_get_n_pages        (MaillagePrintLayout *self);
void                 maillage_print_layout_render_page        (MaillagePrintLayout *self,
                                                               cairo_t             *cr,
                                                               guint                page);
guint                maillage_print_layout_get_n_outline_entries (MaillagePrintLayout *self);
const char          *maillage_print_layout_get_outline_entry  (MaillagePrintLayout *self,
                                                               guint                index,
                                                               guint               *depth,
                                                               guint               *page,
                                                               double              *y);

G_END_DECLS
