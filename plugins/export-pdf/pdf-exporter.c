/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pdf-exporter.c: the MaillageExporter of PDF. The pages are libmaillage's
 * MaillagePrintLayout, the very pages the program prints and previews;
 * this plugin only draws them on a cairo PDF surface, with the document's
 * metadata and one bookmark per part and heading, nested as they are.
 *
 * The PDF goes through g_file_replace(): to a temporary file beside the
 * target, renamed over it once complete. On failure or cancellation the
 * stream is closed cancelled, which removes the temporary file and leaves
 * whatever was at the target before.
 */
#define G_LOG_DOMAIN "export-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "pdf-exporter.h"

struct _PdfExporter
{
  GObject parent_instance;
};

static void exporter_iface_init (MaillageExporterInterface *iface);

G_DEFINE_DYNAMIC_TYPE_EXTENDED (PdfExporter, pdf_exporter, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (MAILLAGE_TYPE_EXPORTER, exporter_iface_init))

/* Bookmarks deeper than this nest under the one above: PDF readers show
 * no more levels usefully. */
#define MAX_OUTLINE_DEPTH 7

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} WriteClosure;

static cairo_status_t
write_cb (void                *user_data,
          const unsigned char *data,
          unsigned int         length)
{
  WriteClosure *closure = user_data;

  if (closure->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!g_output_stream_write_all (closure->stream, data, length, NULL,
                                  closure->cancellable, &closure->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (cairo_surface_t  *surface,
              MaillageDocument *document)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  const char *title = maillage_document_get_title (document);
  const char *author = maillage_document_get_author (document);
  const char *subject = maillage_document_get_subject (document);

  if (title != NULL && *title != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (author != NULL && *author != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  if (subject != NULL && *subject != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Maillage " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

/* One bookmark per entry of the layout's outline, under the nearest
 * entry before it of a smaller depth: parts hold their headings, a
 * heading of level 1 those of level 2, and so on. */
static void
add_outline (cairo_surface_t     *surface,
             MaillagePrintLayout *layout)
{
  int parents[MAX_OUTLINE_DEPTH + 1];
  guint n = maillage_print_layout_get_n_outline_entries (layout);

  for (guint d = 0; d <= MAX_OUTLINE_DEPTH; d++)
    parents[d] = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *link = NULL;
      guint depth, page;
      double top;
      const char *title;
      int id;

      title = maillage_print_layout_get_outline_entry (layout, i, &depth, &page, &top);
      depth = MIN (depth, MAX_OUTLINE_DEPTH - 1);

      /* Whole points: cairo 1.16 reads decimals with the locale's rules,
       * and a French decimal comma would put the surface in error. */
      link = g_strdup_printf ("page=%u pos=[0 %d]", page + 1, (int) MAX (top - 12, 0));
      id = cairo_pdf_surface_add_outline (surface, parents[depth], title, link,
                                          depth < 2 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);

      /* What comes next at a greater depth hangs from this entry. */
      for (guint d = depth + 1; d <= MAX_OUTLINE_DEPTH; d++)
        parents[d] = id;
    }
}

/* Draws every page on a PDF surface writing to @closure's stream. */
static gboolean
draw_pages (MaillagePrintLayout *layout,
            MaillageDocument    *document,
            WriteClosure        *closure,
            GError             **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  double width, height;
  guint n_pages = maillage_print_layout_get_n_pages (layout);

  maillage_print_layout_get_page_size (layout, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_cb, closure, width, height);
  set_metadata (surface, document);

  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages; i++)
    {
      if (g_cancellable_is_cancelled (closure->cancellable) || closure->error != NULL)
        break;
      maillage_print_layout_render_page (layout, cr, i);
      cairo_show_page (cr);
    }
  add_outline (surface, layout);

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (g_cancellable_set_error_if_cancelled (closure->cancellable, error))
    return FALSE;
  if (closure->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&closure->error));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The pages could not be drawn (%s)."), cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

static gboolean
pdf_exporter_write (MaillageExporter  *exporter,
                    MaillageDocument  *document,
                    GFile             *file,
                    GCancellable      *cancellable,
                    GError           **error)
{
  g_autoptr(MaillagePrintLayout) layout = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  WriteClosure closure = { NULL, cancellable, NULL };

  layout = maillage_print_layout_new (document);
  maillage_print_layout_paginate (layout);

  /* No backup: an export is made again from the project at will. */
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                           cancellable, &local_error);
  if (stream != NULL)
    {
      closure.stream = G_OUTPUT_STREAM (stream);
      if (draw_pages (layout, document, &closure, &local_error) &&
          g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error))
        return TRUE;

      /* Closed cancelled, the stream removes its temporary file and leaves
       * the target as it was. */
      if (!g_output_stream_is_closed (G_OUTPUT_STREAM (stream)))
        {
          g_autoptr(GCancellable) abort = g_cancellable_new ();

          g_cancellable_cancel (abort);
          g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);
        }
    }

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  name = g_file_get_parse_name (file);
  g_set_error (error, local_error->domain, local_error->code,
               _("Could not write the PDF document “%s”: %s"), name, local_error->message);
  return FALSE;
}

static const char *
pdf_exporter_get_format_id (MaillageExporter *exporter)
{
  return "pdf";
}

static const char *
pdf_exporter_get_mime_type (MaillageExporter *exporter)
{
  return "application/pdf";
}

static const char *
pdf_exporter_get_file_extension (MaillageExporter *exporter)
{
  return "pdf";
}

static void
exporter_iface_init (MaillageExporterInterface *iface)
{
  iface->get_format_id = pdf_exporter_get_format_id;
  iface->get_mime_type = pdf_exporter_get_mime_type;
  iface->get_file_extension = pdf_exporter_get_file_extension;
  iface->write = pdf_exporter_write;
}

static void
pdf_exporter_class_init (PdfExporterClass *klass)
{
}

static void
pdf_exporter_class_finalize (PdfExporterClass *klass)
{
}

static void
pdf_exporter_init (PdfExporter *self)
{
}

void
pdf_exporter_register (GTypeModule *module)
{
  pdf_exporter_register_type (module);
}
