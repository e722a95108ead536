/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * odt-content-table.c: tables in content.xml: the caption above, columns
 * sized on their content, the header row repeated on every page, each
 * column aligned as the document says (numbers and amounts at the end).
 */
#define G_LOG_DOMAIN "odt-content"

#include "config.h"

#include "odt-content-private.h"
#include "odt-styles.h"
#include "odt-xml.h"

/* « Tableau 3 : Lieux par commune »: the label, a number LibreOffice keeps
 * counting (the sequence it uses for its own captions), and the caption. */
void
odt_content_write_caption (OdtContent *self,
                           const char *style,
                           const char *sequence,
                           const char *label,
                           guint       number,
                           const char *caption)
{
  OdtTextState state = ODT_TEXT_STATE_INIT;

  odt_content_open_paragraph (self, "text:p", odt_content_paragraph_style (self, style, NULL));
  odt_xml_append_text (self->body, label, &state);
  g_string_append_printf (self->body,
                          " <text:sequence text:ref-name=\"ref%s%u\" text:name=\"%s\""
                          " text:formula=\"ooow:%s+1\" style:num-format=\"1\">%u</text:sequence>",
                          sequence, number, sequence, sequence, number);
  /* French typography: a no-break space before the colon. */
  g_string_append (self->body, "\u00a0: ");
  state.after_space = TRUE;
  odt_xml_append_text (self->body, caption, &state);
  g_string_append (self->body, "</text:p>");
}

/* How wide a column wants to be: its longest cell, counted in characters,
 * within bounds (long texts wrap). A short header stays on one line; a
 * long one wraps between its words. */
static guint
column_weight (MaillageBlock *block,
               guint          column)
{
  const char * const *header = maillage_block_get_header (block);
  guint n_rows = maillage_block_get_n_rows (block);
  guint weight = MAX (3, MIN (g_utf8_strlen (header[column], -1), 15));
  g_auto(GStrv) words = g_strsplit (header[column], " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    weight = MAX (weight, g_utf8_strlen (words[i], -1));

  for (guint r = 0; r < n_rows && weight < 40; r++)
    {
      const char * const *row = maillage_block_get_row (block, r);
      const char *cell = row != NULL ? row[column] : NULL;

      if (cell != NULL)
        weight = MAX (weight, g_utf8_strlen (cell, 80));
    }

  return MIN (weight, 40);
}

static const char *
alignment_properties (MaillageAlignment alignment)
{
  switch (alignment)
    {
    case MAILLAGE_ALIGNMENT_CENTER:
      return "fo:text-align=\"center\"";
    case MAILLAGE_ALIGNMENT_END:
      return "fo:text-align=\"end\" style:justify-single-word=\"false\"";
    case MAILLAGE_ALIGNMENT_START:
    default:
      return NULL;
    }
}

static void
write_row (OdtContent         *self,
           const char * const *cells,
           guint               n_columns,
           const char         *cell_style,
           const char * const *paragraph_styles)
{
  gboolean ended = FALSE;

  g_string_append (self->body, "<table:table-row>");
  for (guint c = 0; c < n_columns; c++)
    {
      const char *text = NULL;

      /* A short row gets empty cells: a table is a rectangle. */
      if (!ended && cells != NULL && cells[c] != NULL)
        text = cells[c];
      else
        ended = TRUE;

      g_string_append_printf (self->body,
                              "<table:table-cell table:style-name=\"%s\" office:value-type=\"string\">"
                              "<text:p text:style-name=\"%s\">",
                              cell_style, paragraph_styles[c]);
      odt_xml_append_text (self->body, text, NULL);
      g_string_append (self->body, "</text:p></table:table-cell>");
    }
  g_string_append (self->body, "</table:table-row>");
}

void
odt_content_write_table (OdtContent    *self,
                         MaillageBlock *block)
{
  const char * const *header = maillage_block_get_header (block);
  const char *caption = maillage_block_get_text (block);
  guint n_columns = maillage_block_get_n_columns (block);
  guint n_rows = maillage_block_get_n_rows (block);
  guint number = ++self->n_tables;
  g_autofree guint *weights = NULL;
  g_autofree const char **head_styles = NULL;
  g_autofree const char **body_styles = NULL;
  gboolean break_before;
  guint total = 0;

  if (header == NULL || n_columns == 0)
    return;

  if (caption != NULL && *caption != '\0')
    odt_content_write_caption (self, "Table", "Table", F_("Table"), number, caption);

  /* Without a caption to carry it, the page break goes on the table. */
  break_before = self->break_pending;
  self->break_pending = FALSE;

  weights = g_new (guint, n_columns);
  head_styles = g_new (const char *, n_columns);
  body_styles = g_new (const char *, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      const char *properties = alignment_properties (maillage_block_get_alignment (block, c));

      weights[c] = column_weight (block, c);
      total += weights[c];
      head_styles[c] = odt_content_paragraph_style (self, "Table_20_Heading", properties);
      body_styles[c] = odt_content_paragraph_style (self, "Table_20_Contents", properties);
    }

  g_string_append_printf (self->styles,
                          "<style:style style:name=\"Tab%u\" style:family=\"table\">"
                          "<style:table-properties style:width=\"%.2fcm\" table:align=\"margins\""
                          " fo:margin-top=\"0cm\" fo:margin-bottom=\"0.4cm\""
                          " style:may-break-between-rows=\"true\"%s/>"
                          "</style:style>",
                          number, ODT_TEXT_WIDTH_CM,
                          break_before ? " fo:break-before=\"page\"" : "");
  for (guint c = 0; c < n_columns; c++)
    g_string_append_printf (self->styles,
                            "<style:style style:name=\"Tab%u.C%u\" style:family=\"table-column\">"
                            "<style:table-column-properties style:column-width=\"%.2fcm\""
                            " style:rel-column-width=\"%u*\"/>"
                            "</style:style>",
                            number, c + 1, ODT_TEXT_WIDTH_CM * weights[c] / total,
                            weights[c] * 1000 / total);

  g_string_append (self->body, "<table:table table:name=\"");
  odt_xml_append_attribute (self->body, F_("Table"));
  g_string_append_printf (self->body, "%u\" table:style-name=\"Tab%u\">", number, number);
  for (guint c = 0; c < n_columns; c++)
    g_string_append_printf (self->body,
                            "<table:table-column table:style-name=\"Tab%u.C%u\"/>",
                            number, c + 1);

  /* The header row is repeated at the top of every page the table runs
   * over. */
  g_string_append (self->body, "<table:table-header-rows>");
  write_row (self, header, n_columns, "CellHead", head_styles);
  g_string_append (self->body, "</table:table-header-rows>");

  for (guint r = 0; r < n_rows; r++)
    write_row (self, maillage_block_get_row (block, r), n_columns, "CellBody", body_styles);

  g_string_append (self->body, "</table:table>");
}
