/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * odt-content-contents.c: the table of contents in content.xml.
 */
#define G_LOG_DOMAIN "odt-content"

#include "config.h"

#include "odt-content-private.h"
#include "odt-xml.h"

static void
write_contents_entry (OdtContent    *self,
                      MaillageBlock *heading,
                      guint          index)
{
  guint level = maillage_block_get_level (heading);

  g_string_append_printf (self->body,
                          "<text:p text:style-name=\"Contents_20_%u\">"
                          "<text:a xlink:type=\"simple\" xlink:href=\"#" HEADING_BOOKMARK "\""
                          " text:style-name=\"Index_20_Link\" text:visited-style-name=\"Index_20_Link\">",
                          level, index);
  odt_content_append_heading_text (self->body, heading);
  /* The page number is a reference to the heading's bookmark: LibreOffice
   * computes it when it lays the document out, so that the contents are
   * right before anyone updates them. */
  g_string_append_printf (self->body,
                          "<text:tab/><text:bookmark-ref text:reference-format=\"page\""
                          " text:ref-name=\"" HEADING_BOOKMARK "\">1</text:bookmark-ref>"
                          "</text:a></text:p>",
                          index);
}

/* A text:table-of-content, as LibreOffice makes it (so that « Mettre à
 * jour l'index » works), with its body already filled with the headings
 * of the part it stands in. */
void
odt_content_write_contents (OdtContent    *self,
                            MaillageBlock *block,
                            guint          index)
{
  const char *title = maillage_block_get_text (block);
  guint number = ++self->n_contents;
  guint part = self->parts[index];

  g_string_append_printf (self->body,
                          "<text:table-of-content text:style-name=\"Contents\" text:protected=\"true\""
                          " text:name=\"Contents%u\">"
                          "<text:table-of-content-source text:outline-level=\"%u\">"
                          "<text:index-title-template text:style-name=\"Contents_20_Heading\">",
                          number, CONTENTS_DEPTH);
  odt_xml_append_escaped (self->body, title);
  g_string_append (self->body, "</text:index-title-template>");
  for (guint level = 1; level <= CONTENTS_DEPTH; level++)
    g_string_append_printf (self->body,
                            "<text:table-of-content-entry-template text:outline-level=\"%u\""
                            " text:style-name=\"Contents_20_%u\">"
                            "<text:index-entry-link-start text:style-name=\"Index_20_Link\"/>"
                            "<text:index-entry-text/>"
                            "<text:index-entry-tab-stop style:type=\"right\" style:leader-char=\".\"/>"
                            "<text:index-entry-page-number/>"
                            "<text:index-entry-link-end/>"
                            "</text:table-of-content-entry-template>",
                            level, level);
  g_string_append (self->body, "</text:table-of-content-source><text:index-body>");

  if (title != NULL && *title != '\0')
    {
      g_string_append_printf (self->body,
                              "<text:index-title text:style-name=\"Contents\""
                              " text:name=\"Contents%u_Head\">",
                              number);
      odt_content_open_paragraph (self, "text:p", odt_content_paragraph_style (self, "Contents_20_Heading", NULL));
      odt_xml_append_text (self->body, title, NULL);
      g_string_append (self->body, "</text:p></text:index-title>");
    }

  for (guint i = 0; i < self->blocks->len; i++)
    {
      MaillageBlock *other = g_ptr_array_index (self->blocks, i);

      if (self->parts[i] == part
          && maillage_block_get_kind (other) == MAILLAGE_BLOCK_HEADING
          && maillage_block_get_level (other) <= CONTENTS_DEPTH)
        write_contents_entry (self, other, i);
    }

  g_string_append (self->body, "</text:index-body></text:table-of-content>");
}
