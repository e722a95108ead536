/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include <maillage.h>

G_BEGIN_DECLS

#define MAILLAGE_TYPE_PAGE_VIEW (maillage_page_view_get_type ())
G_DECLARE_FINAL_TYPE (MaillagePageView, maillage_page_view, MAILLAGE, PAGE_VIEW, GtkWidget)

GtkWidget           *maillage_page_view_new        (void);
void                 maillage_page_view_set_page   (MaillagePageView    *self,
                                                    MaillagePrintLayout *layout,
                                                    guint                page);
MaillagePrintLayout *maillage_page_view_get_layout (MaillagePageView    *self);
guint                maillage_page_view_get_page   (MaillagePageView    *self);
void                 maillage_page_view_set_zoom   (MaillagePageView    *self,
                                                    double               zoom);
double               maillage_page_view_get_zoom   (MaillagePageView    *self);

G_END_DECLS
