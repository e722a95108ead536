/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * odt-content.c: content.xml, the text of the document. One pass over the
 * blocks writes the body; the automatic styles it needs (column widths,
 * alignment of cells, page breaks) are gathered on the way and written
 * before it. Every look comes from a named style of styles.xml, so that
 * the person who opens the file restyles it in LibreOffice; the automatic
 * styles only add what depends on the content.
 */
#define G_LOG_DOMAIN "odt-content"

#include "config.h"

#include <string.h>

#include "odt-content.h"
#include "odt-content-private.h"
#include "odt-picture.h"
#include "odt-render-queue.h"
#include "odt-styles.h"
#include "odt-xml.h"

/* How often a long document looks at its GCancellable. */
#define CANCEL_CHECK_EVERY 256

/* Where the picture of figure number N goes in the package. */
#define PICTURE_PATH "Pictures/figure-%u.png"

/* A figure never takes more of the page than this. */
#define FIGURE_MAX_HEIGHT_CM 22.0

static const char content_head[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<office:document-content" ODT_NAMESPACES ">"
  "<office:scripts/>"
  "<office:automatic-styles>"
  /* Table cells: a thin rule around every cell, the header row shaded. */
  "<style:style style:name=\"CellHead\" style:family=\"table-cell\">"
  "<style:table-cell-properties fo:background-color=\"#dce3ef\" fo:padding=\"0.1cm\""
  " fo:border=\"0.5pt solid #8c8c8c\" style:vertical-align=\"bottom\"/>"
  "</style:style>"
  "<style:style style:name=\"CellBody\" style:family=\"table-cell\">"
  "<style:table-cell-properties fo:padding=\"0.1cm\" fo:border=\"0.5pt solid #8c8c8c\""
  " style:vertical-align=\"top\"/>"
  "</style:style>"
  /* The table of contents may be regenerated, not edited by hand. */
  "<style:style style:name=\"Contents\" style:family=\"section\">"
  "<style:section-properties style:editable=\"false\">"
  "<style:columns fo:column-count=\"1\" fo:column-gap=\"0cm\"/>"
  "</style:section-properties>"
  "</style:style>";

static const char body_head[] =
  "</office:automatic-styles>"
  "<office:body><office:text>"
  "<text:sequence-decls>"
  "<text:sequence-decl text:display-outline-level=\"0\" text:name=\"Illustration\"/>"
  "<text:sequence-decl text:display-outline-level=\"0\" text:name=\"Table\"/>"
  "<text:sequence-decl text:display-outline-level=\"0\" text:name=\"Text\"/>"
  "<text:sequence-decl text:display-outline-level=\"0\" text:name=\"Drawing\"/>"
  "<text:sequence-decl text:display-outline-level=\"0\" text:name=\"Figure\"/>"
  "</text:sequence-decls>";

static const char body_tail[] =
  "</office:text></office:body></office:document-content>\n";

void
odt_picture_free (OdtPicture *picture)
{
  if (picture == NULL)
    return;

  g_free (picture->path);
  g_bytes_unref (picture->data);
  g_free (picture);
}

/* The name of a paragraph style derived from @parent with @properties
 * (paragraph properties, or "" for none), made once per document. */
static const char *
derived_paragraph_style (OdtContent *self,
                         const char *parent,
                         const char *properties)
{
  g_autofree char *key = g_strconcat (parent, "\n", properties, NULL);
  const char *name = g_hash_table_lookup (self->paragraph_styles, key);

  if (name != NULL)
    return name;

  name = g_strdup_printf ("P%u", ++self->n_paragraph_styles);
  g_string_append_printf (self->styles,
                          "<style:style style:name=\"%s\" style:family=\"paragraph\""
                          " style:parent-style-name=\"%s\">"
                          "<style:paragraph-properties %s/>"
                          "</style:style>",
                          name, parent, properties);
  g_hash_table_insert (self->paragraph_styles, g_steal_pointer (&key), (char *) name);

  return name;
}

/* The style of the next paragraph: @parent, with @properties if any, and a
 * page break before it if a page break block or a part asked for one. */
const char *
odt_content_paragraph_style (OdtContent *self,
                             const char *parent,
                             const char *properties)
{
  if (self->break_pending)
    {
      g_autofree char *with_break = g_strconcat (properties != NULL ? properties : "",
                                                 " fo:break-before=\"page\"", NULL);

      self->break_pending = FALSE;
      return derived_paragraph_style (self, parent, with_break);
    }

  if (properties == NULL || *properties == '\0')
    return parent;

  return derived_paragraph_style (self, parent, properties);
}

void
odt_content_open_paragraph (OdtContent *self,
                            const char *element,
                            const char *style)
{
  g_string_append_printf (self->body, "<%s text:style-name=\"%s\">", element, style);
}

static void
append_spans (OdtContent    *self,
              MaillageBlock *block)
{
  OdtTextState state = ODT_TEXT_STATE_INIT;
  guint n = maillage_block_get_n_spans (block);

  if (n == 0)
    {
      odt_xml_append_text (self->body, maillage_block_get_text (block), &state);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      MaillageTextStyle style = MAILLAGE_TEXT_STYLE_NONE;
      const char *uri = NULL;
      const char *text = maillage_block_get_span (block, i, &style, &uri);
      gboolean link = uri != NULL && *uri != '\0';

      if (link)
        {
          g_string_append (self->body, "<text:a xlink:type=\"simple\" xlink:href=\"");
          odt_xml_append_attribute (self->body, uri);
          g_string_append (self->body,
                           "\" text:style-name=\"Internet_20_link\""
                           " text:visited-style-name=\"Visited_20_Internet_20_Link\">");
        }
      if (style & MAILLAGE_TEXT_STYLE_BOLD)
        g_string_append (self->body, "<text:span text:style-name=\"Strong_20_Emphasis\">");
      if (style & MAILLAGE_TEXT_STYLE_ITALIC)
        g_string_append (self->body, "<text:span text:style-name=\"Emphasis\">");

      odt_xml_append_text (self->body, text, &state);

      if (style & MAILLAGE_TEXT_STYLE_ITALIC)
        g_string_append (self->body, "</text:span>");
      if (style & MAILLAGE_TEXT_STYLE_BOLD)
        g_string_append (self->body, "</text:span>");
      if (link)
        g_string_append (self->body, "</text:a>");
    }
}

/* The text of a heading as the document shows it: its number, if its part
 * numbers headings, then its title. */
void
odt_content_append_heading_text (GString       *out,
                                 MaillageBlock *block)
{
  OdtTextState state = ODT_TEXT_STATE_INIT;
  const char *number = maillage_block_get_number (block);

  if (number != NULL && *number != '\0')
    {
      odt_xml_append_text (out, number, &state);
      odt_xml_append_text (out, " ", &state);
    }
  odt_xml_append_text (out, maillage_block_get_text (block), &state);
}

static void
write_part (OdtContent    *self,
            MaillageBlock *block)
{
  /* A part starts a page, unless nothing stands before it. */
  self->break_pending = self->started;
  odt_content_open_paragraph (self, "text:p", odt_content_paragraph_style (self, "Title", NULL));
  odt_xml_append_text (self->body, maillage_block_get_text (block), NULL);
  g_string_append (self->body, "</text:p>");
}

static void
write_heading (OdtContent    *self,
               MaillageBlock *block,
               guint          index)
{
  guint level = CLAMP (maillage_block_get_level (block), 1, 6);
  char parent[16];

  g_snprintf (parent, sizeof parent, "Heading_20_%u", level);
  g_string_append_printf (self->body,
                          "<text:h text:style-name=\"%s\" text:outline-level=\"%u\">"
                          "<text:bookmark-start text:name=\"" HEADING_BOOKMARK "\"/>",
                          odt_content_paragraph_style (self, parent, NULL), level, index);
  odt_content_append_heading_text (self->body, block);
  g_string_append_printf (self->body,
                          "<text:bookmark-end text:name=\"" HEADING_BOOKMARK "\"/></text:h>",
                          index);
}

/* Whether @text reads from right to left: its first letter belongs to a
 * script written so (Arabic, Hebrew…). Digits and punctuation do not
 * count; a long text is decided within its first characters. */
static gboolean
starts_right_to_left (const char *text)
{
  guint seen = 0;

  for (const char *p = text; *p != '\0' && seen < 512; p = g_utf8_next_char (p), seen++)
    {
      switch (g_unichar_get_script (g_utf8_get_char (p)))
        {
        case G_UNICODE_SCRIPT_COMMON:
        case G_UNICODE_SCRIPT_INHERITED:
        case G_UNICODE_SCRIPT_UNKNOWN:
          continue;

        case G_UNICODE_SCRIPT_ARABIC:
        case G_UNICODE_SCRIPT_HEBREW:
        case G_UNICODE_SCRIPT_SYRIAC:
        case G_UNICODE_SCRIPT_THAANA:
        case G_UNICODE_SCRIPT_NKO:
        case G_UNICODE_SCRIPT_SAMARITAN:
        case G_UNICODE_SCRIPT_MANDAIC:
        case G_UNICODE_SCRIPT_ADLAM:
          return TRUE;

        default:
          return FALSE;
        }
    }

  return FALSE;
}

/* What a paragraph of @text needs beside its named style: right to left
 * for Arabic or Hebrew; and against the start of the line when it breaks
 * lines, since a justified line that ends in a line break is stretched
 * across the page. */
static const char *
text_properties (const char *text)
{
  gboolean rtl = starts_right_to_left (text);
  gboolean breaks = strchr (text, '\n') != NULL || strchr (text, '\r') != NULL;

  if (rtl && breaks)
    return "style:writing-mode=\"rl-tb\" fo:text-align=\"start\"";
  if (rtl)
    return "style:writing-mode=\"rl-tb\"";
  if (breaks)
    return "fo:text-align=\"start\"";

  return NULL;
}

static void
write_paragraph (OdtContent    *self,
                 MaillageBlock *block)
{
  const char *properties = text_properties (maillage_block_get_text (block));

  odt_content_open_paragraph (self, "text:p", odt_content_paragraph_style (self, "Text_20_body", properties));
  append_spans (self, block);
  g_string_append (self->body, "</text:p>");
}

static void
write_list (OdtContent    *self,
            MaillageBlock *block)
{
  gboolean ordered = maillage_block_get_ordered (block);
  const char *paragraph = ordered ? "Numbering_20_1" : "List_20_1";
  const char * const *items = maillage_block_get_items (block);

  if (items == NULL || items[0] == NULL)
    return;

  g_string_append_printf (self->body, "<text:list text:style-name=\"%s\">",
                          ordered ? "Numbering_20_123" : "List_20_1");
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_string_append (self->body, "<text:list-item>");
      odt_content_open_paragraph (self, "text:p", odt_content_paragraph_style (self, paragraph, text_properties (items[i])));
      odt_xml_append_text (self->body, items[i], NULL);
      g_string_append (self->body, "</text:p></text:list-item>");
    }
  g_string_append (self->body, "</text:list>");
}

/* The picture itself is drawn apart (odt-render-queue.c), meanwhile: its
 * size on the page and its name are all the text needs. */
static void
write_figure (OdtContent    *self,
              MaillageBlock *block)
{
  MaillageChart *chart = maillage_block_get_chart (block);
  const char *caption = maillage_block_get_text (block);
  const char *alt_text = maillage_block_get_alt_text (block);
  guint number = ++self->n_figures;

  if (chart != NULL)
    {
      double width = 0;
      double height = 0;

      odt_picture_get_size (chart, ODT_TEXT_WIDTH_CM, FIGURE_MAX_HEIGHT_CM, &width, &height);
      odt_content_open_paragraph (self, "text:p",
                      odt_content_paragraph_style (self, "Standard",
                                       "fo:text-align=\"center\" fo:margin-top=\"0.3cm\""
                                       " fo:margin-bottom=\"0cm\" fo:keep-with-next=\"always\""));
      g_string_append (self->body, "<draw:frame draw:style-name=\"Graphics\" draw:name=\"");
      odt_xml_append_attribute (self->body, F_("Figure"));
      g_string_append_printf (self->body,
                              " %u\" text:anchor-type=\"as-char\" svg:width=\"%.2fcm\""
                              " svg:height=\"%.2fcm\" draw:z-index=\"0\">"
                              "<draw:image xlink:href=\"" PICTURE_PATH "\" xlink:type=\"simple\""
                              " xlink:show=\"embed\" xlink:actuate=\"onLoad\"/>",
                              number, width, height, number);
      /* The text alternative: a title a screen reader says first, and the
       * description of what the chart shows, that a tagged PDF keeps. */
      g_string_append (self->body, "<svg:title>");
      odt_xml_append_escaped (self->body,
                              caption != NULL && *caption != '\0'
                              ? caption : maillage_chart_get_title (chart));
      g_string_append (self->body, "</svg:title><svg:desc>");
      odt_xml_append_escaped (self->body, alt_text);
      g_string_append (self->body, "</svg:desc></draw:frame></text:p>");
    }

  if (caption != NULL && *caption != '\0')
    odt_content_write_caption (self, "Figure", "Figure", F_("Figure"), number, caption);
}

static void
write_block (OdtContent *self,
             guint       index)
{
  MaillageBlock *block = g_ptr_array_index (self->blocks, index);

  switch (maillage_block_get_kind (block))
    {
    case MAILLAGE_BLOCK_PART:
      write_part (self, block);
      break;

    case MAILLAGE_BLOCK_HEADING:
      write_heading (self, block, index);
      break;

    case MAILLAGE_BLOCK_PARAGRAPH:
      write_paragraph (self, block);
      break;

    case MAILLAGE_BLOCK_LIST:
      write_list (self, block);
      break;

    case MAILLAGE_BLOCK_TABLE:
      odt_content_write_table (self, block);
      break;

    case MAILLAGE_BLOCK_FIGURE:
      write_figure (self, block);
      break;

    case MAILLAGE_BLOCK_CONTENTS:
      odt_content_write_contents (self, block, index);
      break;

    case MAILLAGE_BLOCK_PAGE_BREAK:
      /* Taken by the next block: no empty paragraph, no empty first
       * page. */
      self->break_pending = self->started;
      return;

    default:
      g_debug ("Block of unknown kind %d skipped", maillage_block_get_kind (block));
      return;
    }

  self->started = TRUE;
}

/* The blocks, held for the pass, and the part each stands in: a table of
 * contents lists the headings of its own part, after it as well. */
static void
collect_blocks (OdtContent       *self,
                MaillageDocument *document,
                GPtrArray        *charts,
                GArray           *chart_numbers)
{
  GListModel *model = G_LIST_MODEL (document);
  guint n = g_list_model_get_n_items (model);
  guint part = 0;
  guint figure = 0;

  self->blocks = g_ptr_array_new_full (n, g_object_unref);
  self->parts = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      MaillageBlock *block = g_list_model_get_item (model, i);

      if (maillage_block_get_kind (block) == MAILLAGE_BLOCK_PART)
        part++;
      if (maillage_block_get_kind (block) == MAILLAGE_BLOCK_FIGURE)
        {
          figure++;
          if (maillage_block_get_chart (block) != NULL)
            {
              g_ptr_array_add (charts, g_object_ref (maillage_block_get_chart (block)));
              g_array_append_val (chart_numbers, figure);
            }
        }
      self->parts[i] = part;
      g_ptr_array_add (self->blocks, block);
    }
}

/**
 * odt_content_build:
 * @document: the document
 * @pictures: (element-type OdtPicture): where the figures' pictures go
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the text of content.xml, or %NULL with @error
 *   set (a chart that could not be drawn, or cancelled)
 */
char *
odt_content_build (MaillageDocument  *document,
                   GPtrArray         *pictures,
                   GCancellable      *cancellable,
                   GError           **error)
{
  OdtContent self = { 0 };
  g_autoptr(GString) body = NULL;
  g_autoptr(GString) styles = NULL;
  g_autoptr(GPtrArray) charts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) chart_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) drawn = NULL;
  g_autoptr(GError) local_error = NULL;
  OdtRenderQueue *queue;

  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (document), NULL);

  collect_blocks (&self, document, charts, chart_numbers);
  queue = odt_render_queue_new (charts, cancellable);

  /* A guess that saves the string from growing a byte at a time. */
  self.body = body = g_string_sized_new (4096 + self.blocks->len * 256);
  self.styles = styles = g_string_new (content_head);
  self.paragraph_styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < self.blocks->len; i++)
    {
      if (i % CANCEL_CHECK_EVERY == 0
          && g_cancellable_set_error_if_cancelled (cancellable, &local_error))
        break;
      write_block (&self, i);
    }

  g_hash_table_unref (self.paragraph_styles);
  g_ptr_array_unref (self.blocks);
  g_free (self.parts);

  /* The queue is finished whatever happened: its threads end here. */
  drawn = odt_render_queue_finish (queue, local_error == NULL ? &local_error : NULL);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  for (guint i = 0; i < drawn->len; i++)
    {
      OdtPicture *picture = g_new0 (OdtPicture, 1);

      picture->path = g_strdup_printf (PICTURE_PATH, g_array_index (chart_numbers, guint, i));
      picture->data = g_bytes_ref (g_ptr_array_index (drawn, i));
      g_ptr_array_add (pictures, picture);
    }

  g_string_append (styles, body_head);
  g_string_append_len (styles, body->str, body->len);
  g_string_append (styles, body_tail);

  return g_string_free (g_steal_pointer (&styles), FALSE);
}
