/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-test-pdf.h: reading back the PDF files the tests write, with
 * poppler's tools (pdftotext, pdfinfo): their text page by page, their
 * metadata, where each word stands. The tests of the print layout, of the
 * PDF exporter and of printing share them.
 */
#pragma once

#include "maillage.h"

G_BEGIN_DECLS

typedef struct
{
  guint   page;     /* from 1 */
  double  x_min;
  double  y_min;
  double  x_max;
  double  y_max;
  char   *text;
} MaillageTestPdfWord;

gboolean  maillage_test_pdf_skip_without_tools (void);
void      maillage_test_pdf_write_layout       (MaillagePrintLayout *layout,
                                                const char          *path);
char     *maillage_test_pdf_text               (const char          *path,
                                                guint                page,
                                                gboolean             keep_layout);
char     *maillage_test_pdf_info               (const char          *path,
                                                const char          *key);
GArray   *maillage_test_pdf_words              (const char          *path,
                                                double              *page_width,
                                                double              *page_height);
char     *maillage_test_pdf_read_raw           (const char          *path);
guint     maillage_test_pdf_count              (const char          *haystack,
                                                const char          *needle);

G_END_DECLS
