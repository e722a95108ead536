/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <gio/gio.h>

#include "maillage-types.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_DOCUMENT (maillage_document_get_type ())
G_DECLARE_FINAL_TYPE (MaillageDocument, maillage_document, MAILLAGE, DOCUMENT, GObject)

MaillageDocument *maillage_document_new             (const char         *title);
const char       *maillage_document_get_title       (MaillageDocument   *self);
const char       *maillage_document_get_author      (MaillageDocument   *self);
void              maillage_document_set_author      (MaillageDocument   *self,
                                                     const char         *author);
const char       *maillage_document_get_subject     (MaillageDocument   *self);
void              maillage_document_set_subject     (MaillageDocument   *self,
                                                     const char         *subject);
const char       *maillage_document_get_language    (MaillageDocument   *self);
MaillageBlock    *maillage_document_add_part        (MaillageDocument   *self,
                                                     MaillagePartKind    part,
                                                     const char         *title);
MaillageBlock    *maillage_document_add_heading     (MaillageDocument   *self,
                                                     guint               level,
                                                     const char         *text);
MaillageBlock    *maillage_document_add_paragraph   (MaillageDocument   *self,
                                                     const char         *text);
guint             maillage_document_add_text        (MaillageDocument   *self,
                                                     const char         *text);
MaillageBlock    *maillage_document_add_list        (MaillageDocument   *self,
                                                     gboolean            ordered,
                                                     const char * const *items);
MaillageBlock    *maillage_document_add_table       (MaillageDocument   *self,
                                                     const char         *caption,
                                                     const char * const *header);
MaillageBlock    *maillage_document_add_rich_paragraph (MaillageDocument *self);
MaillageBlock    *maillage_document_add_figure      (MaillageDocument   *self,
                                                     MaillageChart      *chart,
                                                     const char         *caption);
MaillageBlock    *maillage_document_add_contents    (MaillageDocument   *self,
                                                     const char         *title);
MaillageBlock    *maillage_document_add_page_break  (MaillageDocument   *self);

G_END_DECLS
