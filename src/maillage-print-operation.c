/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-print-operation"

#include "config.h"

#include "maillage-print-operation.h"

/**
 * MaillagePrintOperation:
 *
 * Prints a #MaillageDocument with the pages of #MaillagePrintLayout, the
 * same as the PDF export and the preview: begin-print lays the document
 * out on the paper chosen in the dialog, draw-page draws one page.
 *
 * The whole sheet is ours (use-full-page): the layout keeps its own
 * margins, wider than any printer's unprintable border.
 */
struct _MaillagePrintOperation
{
  GtkPrintOperation    parent_instance;
  MaillagePrintLayout *layout;
};

G_DEFINE_FINAL_TYPE (MaillagePrintOperation, maillage_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
maillage_print_operation_begin_print (GtkPrintOperation *operation,
                                      GtkPrintContext   *context)
{
  MaillagePrintOperation *self = MAILLAGE_PRINT_OPERATION (operation);

  /* In points, the unit set below: the paper's size, turned as the page
   * setup says. */
  maillage_print_layout_set_page_size (self->layout,
                                       gtk_print_context_get_width (context),
                                       gtk_print_context_get_height (context));
  maillage_print_layout_paginate (self->layout);
  gtk_print_operation_set_n_pages (operation, maillage_print_layout_get_n_pages (self->layout));
}

static void
maillage_print_operation_draw_page (GtkPrintOperation *operation,
                                    GtkPrintContext   *context,
                                    int                page_nr)
{
  MaillagePrintOperation *self = MAILLAGE_PRINT_OPERATION (operation);

  g_return_if_fail (page_nr >= 0 && (guint) page_nr < maillage_print_layout_get_n_pages (self->layout));

  maillage_print_layout_render_page (self->layout, gtk_print_context_get_cairo_context (context),
                                     page_nr);
}

static void
maillage_print_operation_finalize (GObject *object)
{
  MaillagePrintOperation *self = MAILLAGE_PRINT_OPERATION (object);

  g_clear_object (&self->layout);

  G_OBJECT_CLASS (maillage_print_operation_parent_class)->finalize (object);
}

static void
maillage_print_operation_class_init (MaillagePrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = maillage_print_operation_finalize;
  operation_class->begin_print = maillage_print_operation_begin_print;
  operation_class->draw_page = maillage_print_operation_draw_page;
}

static void
maillage_print_operation_init (MaillagePrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
}

/**
 * maillage_print_operation_new:
 * @document: the document to print
 *
 * Returns: (transfer full): a print operation for @document, on A4 by
 *   default, named after the document
 */
MaillagePrintOperation *
maillage_print_operation_new (MaillageDocument *document)
{
  MaillagePrintOperation *self;
  const char *title;

  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (document), NULL);

  self = g_object_new (MAILLAGE_TYPE_PRINT_OPERATION, NULL);
  self->layout = maillage_print_layout_new (document);

  title = maillage_document_get_title (document);
  if (title != NULL && *title != '\0')
    gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), title);

  return self;
}

/**
 * maillage_print_operation_get_layout:
 * @self: a #MaillagePrintOperation
 *
 * Returns: (transfer none): the layout of the pages printed
 */
MaillagePrintLayout *
maillage_print_operation_get_layout (MaillagePrintOperation *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PRINT_OPERATION (self), NULL);

  return self->layout;
}
