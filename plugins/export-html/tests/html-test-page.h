/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

/* What a page holds, as parsed by html_test_page_check (). */
typedef struct
{
  GArray     *heading_levels;  /* guint: 1 to 6, in document order */
  GHashTable *elements;        /* element name → count (GUINT_TO_POINTER) */
  GHashTable *ids;             /* every id */
  GPtrArray  *links;           /* the href of every <a> */
  GString    *text;            /* all the text, one element's text a line */
  char       *lang;
  guint       n_row_headers;   /* th scope="row" */
  guint       n_column_headers;
} HtmlTestPage;

HtmlTestPage *html_test_page_check     (const char   *html,
                                        gsize         length);
guint         html_test_page_count     (HtmlTestPage *page,
                                        const char   *element);
void          html_test_page_free      (HtmlTestPage *page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HtmlTestPage, html_test_page_free)

G_END_DECLS
