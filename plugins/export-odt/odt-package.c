/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * odt-package.c: the OpenDocument package, a zip written with libgsf. The
 * file `mimetype` comes first and stored (not compressed), so that a
 * program recognises the format from the first bytes; then the manifest,
 * the XML parts and the pictures. The package is made in memory and
 * written whole, through a temporary file renamed over the target: an
 * error leaves the file that was there before, never half a document.
 */
#define G_LOG_DOMAIN "odt-package"

#include "config.h"

#include <glib/gi18n.h>
#include <gsf/gsf.h>
#include <string.h>

#include "odt-content.h"
#include "odt-package.h"
#include "odt-styles.h"
#include "odt-xml.h"

static void
set_gsf_error (GError     **error,
               GsfOutput   *output,
               const char  *name)
{
  const GError *cause = gsf_output_error (output);

  if (cause != NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("Could not add “%s” to the OpenDocument package: %s"), name, cause->message);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("Could not add “%s” to the OpenDocument package"), name);
}

static char *
manifest_build (GPtrArray *pictures)
{
  GString *out = g_string_sized_new (1024);

  g_string_append (out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<manifest:manifest"
                   " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                   " manifest:version=\"1.3\">"
                   "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\""
                   " manifest:media-type=\"" ODT_MIME_TYPE "\"/>"
                   "<manifest:file-entry manifest:full-path=\"content.xml\""
                   " manifest:media-type=\"text/xml\"/>"
                   "<manifest:file-entry manifest:full-path=\"styles.xml\""
                   " manifest:media-type=\"text/xml\"/>"
                   "<manifest:file-entry manifest:full-path=\"meta.xml\""
                   " manifest:media-type=\"text/xml\"/>");
  for (guint i = 0; i < pictures->len; i++)
    {
      OdtPicture *picture = g_ptr_array_index (pictures, i);

      g_string_append (out, "<manifest:file-entry manifest:full-path=\"");
      odt_xml_append_attribute (out, picture->path);
      g_string_append (out, "\" manifest:media-type=\"image/png\"/>");
    }
  g_string_append (out, "</manifest:manifest>\n");

  return g_string_free (out, FALSE);
}

/* libgsf has no g_autoptr() cleanups: its objects are unreferenced by
 * hand. */
static gboolean
add_member (GsfOutfile    *zip,
            const char    *name,
            gconstpointer  data,
            gsize          length,
            gboolean       compress,
            GError       **error)
{
  GsfOutput *member;
  gboolean ok;

  /* The fastest deflate: the XML of a large document packs 30 to 1
   * anyway, and a higher level costs tens of milliseconds for a few
   * percent. */
  if (compress)
    member = gsf_outfile_new_child_full (zip, name, FALSE,
                                         "compression-level", GSF_ZIP_DEFLATED,
                                         "deflate-level", 1,
                                         NULL);
  else
    member = gsf_outfile_new_child_full (zip, name, FALSE,
                                         "compression-level", GSF_ZIP_STORED,
                                         NULL);
  if (member == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not add “%s” to the OpenDocument package"), name);
      return FALSE;
    }

  ok = gsf_output_write (member, length, data);
  ok = gsf_output_close (member) && ok;
  if (!ok)
    set_gsf_error (error, member, name);
  g_object_unref (member);

  return ok;
}

static gboolean
add_text_member (GsfOutfile  *zip,
                 const char  *name,
                 const char  *text,
                 GError     **error)
{
  return add_member (zip, name, text, strlen (text), TRUE, error);
}

/**
 * odt_package_build:
 * @document: the document
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the bytes of the .odt file, or %NULL with
 *   @error set
 */
GBytes *
odt_package_build (MaillageDocument  *document,
                   GCancellable      *cancellable,
                   GError           **error)
{
  g_autoptr(GPtrArray) pictures = g_ptr_array_new_with_free_func ((GDestroyNotify) odt_picture_free);
  g_autofree char *content = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *manifest = NULL;
  g_autoptr(GError) zip_error = NULL;
  GBytes *package = NULL;
  GsfOutput *memory;
  GsfOutfile *zip;
  gboolean ok;

  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (document), NULL);

  content = odt_content_build (document, pictures, cancellable, error);
  if (content == NULL)
    return NULL;
  styles = odt_styles_build ();
  meta = odt_meta_build (document);
  manifest = manifest_build (pictures);

  memory = gsf_output_memory_new ();
  zip = gsf_outfile_zip_new (memory, &zip_error);
  if (zip == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not make the OpenDocument package: %s"), zip_error->message);
      g_object_unref (memory);
      return NULL;
    }

  ok = add_member (zip, "mimetype", ODT_MIME_TYPE, strlen (ODT_MIME_TYPE), FALSE, error)
       && add_text_member (zip, "META-INF/manifest.xml", manifest, error)
       && add_text_member (zip, "content.xml", content, error)
       && add_text_member (zip, "styles.xml", styles, error)
       && add_text_member (zip, "meta.xml", meta, error);

  /* PNG is compressed already: stored, the pictures cost no time. */
  for (guint i = 0; ok && i < pictures->len; i++)
    {
      OdtPicture *picture = g_ptr_array_index (pictures, i);
      gsize length;
      gconstpointer data = g_bytes_get_data (picture->data, &length);

      ok = add_member (zip, picture->path, data, length, FALSE, error);
    }

  /* Closing the zip writes its central directory. */
  if (!gsf_output_close (GSF_OUTPUT (zip)) && ok)
    {
      set_gsf_error (error, GSF_OUTPUT (zip), "META-INF");
      ok = FALSE;
    }
  /* The bytes stay in the memory output: no copy of the package. */
  if (ok)
    package = g_bytes_new_with_free_func (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (memory)),
                                          gsf_output_size (memory),
                                          g_object_unref, g_object_ref (memory));

  g_object_unref (zip);
  g_object_unref (memory);

  return package;
}

/**
 * odt_package_write:
 * @document: the document
 * @file: where to write it
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @document to @file as an OpenDocument text. On failure, @file is
 * as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
odt_package_write (MaillageDocument  *document,
                   GFile             *file,
                   GCancellable      *cancellable,
                   GError           **error)
{
  g_autoptr(GBytes) package = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  const char *path;
  gsize length;
  gconstpointer data;
  gboolean ok;

  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  package = odt_package_build (document, cancellable, error);
  if (package == NULL)
    return FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  data = g_bytes_get_data (package, &length);
  path = g_file_peek_path (file);
  /* A local file: a temporary file beside it, renamed over it once
   * written and synced. Elsewhere (a GVfs location), GIO does the same
   * when the backend can. */
  if (path != NULL)
    ok = g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0666, &local_error);
  else
    ok = g_file_replace_contents (file, data, length, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                  cancellable, &local_error);
  if (ok)
    return TRUE;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  name = g_file_get_parse_name (file);
  g_set_error (error, local_error->domain, local_error->code,
               _("Could not write the document “%s”: %s"), name, local_error->message);
  return FALSE;
}
