/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * odt-styles.c: styles.xml and meta.xml of the package. Every look of the
 * document is a named style here, under the names LibreOffice gives its
 * own (Heading_20_1, Text_20_body, Table_20_Contents…), so that a person
 * restyles the whole document from the Styles sidebar, and LibreOffice
 * shows those names in its own language. content.xml adds only the
 * automatic styles that depend on the content (column widths, alignment,
 * page breaks).
 */
#define G_LOG_DOMAIN "odt-styles"

#include "config.h"

#include <string.h>

#include <maillage.h>

#include "odt-styles.h"
#include "odt-xml.h"

#define HEADING_COLOR "#1f3864"

/* Fonts metrically compatible with Arial and Times New Roman, which a
 * reader substitutes when they are missing; the generic family guides the
 * substitution. */
static const char font_faces[] =
  "<office:font-face-decls>"
  "<style:font-face style:name=\"Liberation Sans\" svg:font-family=\"&apos;Liberation Sans&apos;\""
  " style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
  "<style:font-face style:name=\"Liberation Serif\" svg:font-family=\"&apos;Liberation Serif&apos;\""
  " style:font-family-generic=\"roman\" style:font-pitch=\"variable\"/>"
  "<style:font-face style:name=\"OpenSymbol\" svg:font-family=\"OpenSymbol\""
  " style:font-charset=\"x-symbol\"/>"
  "</office:font-face-decls>";

/* The document is French: spelling, hyphenation and quotes follow from
 * the language of the default style. */
static const char default_styles[] =
  "<style:default-style style:family=\"graphic\">"
  "<style:graphic-properties svg:stroke-color=\"#3465a4\" draw:fill-color=\"#729fcf\""
  " style:flow-with-text=\"false\"/>"
  "</style:default-style>"
  "<style:default-style style:family=\"paragraph\">"
  "<style:paragraph-properties fo:orphans=\"2\" fo:widows=\"2\" style:writing-mode=\"page\""
  " style:tab-stop-distance=\"1.25cm\"/>"
  "<style:text-properties style:font-name=\"Liberation Sans\" fo:font-size=\"11pt\""
  " fo:language=\"fr\" fo:country=\"FR\" style:font-size-asian=\"11pt\""
  " style:language-asian=\"zxx\" style:country-asian=\"none\""
  " style:font-size-complex=\"11pt\" style:language-complex=\"ar\" style:country-complex=\"SA\""
  " fo:hyphenate=\"false\" fo:hyphenation-remain-char-count=\"2\""
  " fo:hyphenation-push-char-count=\"2\"/>"
  "</style:default-style>"
  "<style:default-style style:family=\"table\">"
  "<style:table-properties table:border-model=\"collapsing\"/>"
  "</style:default-style>"
  "<style:default-style style:family=\"table-row\">"
  "<style:table-row-properties fo:keep-together=\"auto\"/>"
  "</style:default-style>";

static const char paragraph_styles[] =
  "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>"

  "<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\" style:family=\"paragraph\""
  " style:parent-style-name=\"Standard\" style:class=\"text\">"
  "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.25cm\""
  " fo:line-height=\"115%\" fo:text-align=\"justify\"/>"
  "</style:style>"

  "<style:style style:name=\"Heading\" style:family=\"paragraph\" style:parent-style-name=\"Standard\""
  " style:next-style-name=\"Text_20_body\" style:class=\"text\">"
  "<style:paragraph-properties fo:margin-top=\"0.42cm\" fo:margin-bottom=\"0.21cm\""
  " fo:keep-with-next=\"always\"/>"
  "<style:text-properties fo:color=\"" HEADING_COLOR "\" fo:font-size=\"14pt\" fo:font-weight=\"bold\""
  " style:font-weight-asian=\"bold\" style:font-weight-complex=\"bold\"/>"
  "</style:style>"

  "<style:style style:name=\"Title\" style:family=\"paragraph\" style:parent-style-name=\"Heading\""
  " style:next-style-name=\"Text_20_body\" style:class=\"chapter\">"
  "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.8cm\" fo:text-align=\"center\""
  " fo:padding-bottom=\"0.2cm\" fo:border-bottom=\"1.5pt solid " HEADING_COLOR "\"/>"
  "<style:text-properties fo:font-size=\"22pt\" style:font-size-asian=\"22pt\""
  " style:font-size-complex=\"22pt\"/>"
  "</style:style>";

/* Heading_20_1 to 6: the outline level makes the Navigator's outline and
 * the contents; sizes step down by level. */
static const struct
{
  const char *size;
  const char *space_above;
  const char *style;
} headings[] = {
  { "18pt", "0.85cm", "normal" },
  { "15pt", "0.6cm", "normal" },
  { "13pt", "0.5cm", "normal" },
  { "12pt", "0.42cm", "normal" },
  { "11pt", "0.42cm", "italic" },
  { "11pt", "0.3cm", "italic" },
};

static const char other_paragraph_styles[] =
  "<style:style style:name=\"List\" style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\""
  " style:class=\"list\">"
  "<style:paragraph-properties fo:margin-bottom=\"0.1cm\" fo:text-align=\"start\"/>"
  "</style:style>"
  "<style:style style:name=\"List_20_1\" style:display-name=\"List 1\" style:family=\"paragraph\""
  " style:parent-style-name=\"List\" style:list-style-name=\"List_20_1\" style:class=\"list\"/>"
  "<style:style style:name=\"Numbering_20_1\" style:display-name=\"Numbering 1\" style:family=\"paragraph\""
  " style:parent-style-name=\"List\" style:list-style-name=\"Numbering_20_123\" style:class=\"list\"/>"

  "<style:style style:name=\"Caption\" style:family=\"paragraph\" style:parent-style-name=\"Standard\""
  " style:class=\"extra\">"
  "<style:paragraph-properties fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.35cm\"/>"
  "<style:text-properties fo:font-size=\"10pt\" fo:font-style=\"italic\""
  " style:font-size-asian=\"10pt\" style:font-style-asian=\"italic\""
  " style:font-size-complex=\"10pt\" style:font-style-complex=\"italic\"/>"
  "</style:style>"
  /* A table's caption stands above it, a figure's below it: each keeps
   * with what it names. */
  "<style:style style:name=\"Table\" style:family=\"paragraph\" style:parent-style-name=\"Caption\""
  " style:class=\"extra\">"
  "<style:paragraph-properties fo:margin-top=\"0.35cm\" fo:margin-bottom=\"0.15cm\""
  " fo:keep-with-next=\"always\"/>"
  "</style:style>"
  "<style:style style:name=\"Figure\" style:family=\"paragraph\" style:parent-style-name=\"Caption\""
  " style:class=\"extra\">"
  "<style:paragraph-properties fo:text-align=\"center\"/>"
  "</style:style>"

  "<style:style style:name=\"Table_20_Contents\" style:display-name=\"Table Contents\""
  " style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"extra\">"
  "<style:text-properties fo:font-size=\"10pt\" style:font-size-asian=\"10pt\""
  " style:font-size-complex=\"10pt\"/>"
  "</style:style>"
  "<style:style style:name=\"Table_20_Heading\" style:display-name=\"Table Heading\""
  " style:family=\"paragraph\" style:parent-style-name=\"Table_20_Contents\" style:class=\"extra\">"
  "<style:text-properties fo:font-weight=\"bold\" style:font-weight-asian=\"bold\""
  " style:font-weight-complex=\"bold\"/>"
  "</style:style>"

  "<style:style style:name=\"Index\" style:family=\"paragraph\" style:parent-style-name=\"Standard\""
  " style:class=\"index\"/>"
  "<style:style style:name=\"Contents_20_Heading\" style:display-name=\"Contents Heading\""
  " style:family=\"paragraph\" style:parent-style-name=\"Heading\" style:class=\"index\">"
  "<style:paragraph-properties fo:margin-left=\"0cm\" fo:margin-right=\"0cm\" fo:text-indent=\"0cm\""
  " style:auto-text-indent=\"false\"/>"
  "<style:text-properties fo:font-size=\"16pt\" style:font-size-asian=\"16pt\""
  " style:font-size-complex=\"16pt\"/>"
  "</style:style>"

  "<style:style style:name=\"Header_20_and_20_Footer\" style:display-name=\"Header and Footer\""
  " style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"extra\"/>"
  "<style:style style:name=\"Footer\" style:family=\"paragraph\""
  " style:parent-style-name=\"Header_20_and_20_Footer\" style:class=\"extra\">"
  "<style:paragraph-properties fo:text-align=\"center\"/>"
  "<style:text-properties fo:color=\"#595959\" fo:font-size=\"9pt\" style:font-size-asian=\"9pt\""
  " style:font-size-complex=\"9pt\"/>"
  "</style:style>";

static const char text_styles[] =
  "<style:style style:name=\"Strong_20_Emphasis\" style:display-name=\"Strong Emphasis\""
  " style:family=\"text\">"
  "<style:text-properties fo:font-weight=\"bold\" style:font-weight-asian=\"bold\""
  " style:font-weight-complex=\"bold\"/>"
  "</style:style>"
  "<style:style style:name=\"Emphasis\" style:family=\"text\">"
  "<style:text-properties fo:font-style=\"italic\" style:font-style-asian=\"italic\""
  " style:font-style-complex=\"italic\"/>"
  "</style:style>"
  "<style:style style:name=\"Internet_20_link\" style:display-name=\"Internet link\""
  " style:family=\"text\">"
  "<style:text-properties fo:color=\"#1a4f9c\" style:text-underline-style=\"solid\""
  " style:text-underline-width=\"auto\" style:text-underline-color=\"font-color\"/>"
  "</style:style>"
  "<style:style style:name=\"Visited_20_Internet_20_Link\" style:display-name=\"Visited Internet Link\""
  " style:family=\"text\">"
  "<style:text-properties fo:color=\"#6b2c91\" style:text-underline-style=\"solid\""
  " style:text-underline-width=\"auto\" style:text-underline-color=\"font-color\"/>"
  "</style:style>"
  /* The links of the contents: like the text around them. */
  "<style:style style:name=\"Index_20_Link\" style:display-name=\"Index Link\""
  " style:family=\"text\"/>"
  "<style:style style:name=\"Graphics\" style:family=\"graphic\">"
  "<style:graphic-properties text:anchor-type=\"as-char\" svg:y=\"0cm\" style:wrap=\"none\""
  " style:vertical-pos=\"top\" style:vertical-rel=\"baseline\""
  " style:horizontal-pos=\"center\" style:horizontal-rel=\"paragraph\"/>"
  "</style:style>";

#define LIST_LEVEL_PROPERTIES \
  "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">" \
  "<style:list-level-label-alignment text:label-followed-by=\"listtab\"" \
  " text:list-tab-stop-position=\"0.75cm\" fo:text-indent=\"-0.5cm\" fo:margin-left=\"0.75cm\"/>" \
  "</style:list-level-properties>"

static const char list_styles[] =
  "<text:list-style style:name=\"List_20_1\" style:display-name=\"List 1\">"
  "<text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\">"
  LIST_LEVEL_PROPERTIES
  "</text:list-level-style-bullet>"
  "</text:list-style>"
  "<text:list-style style:name=\"Numbering_20_123\" style:display-name=\"Numbering 123\">"
  "<text:list-level-style-number text:level=\"1\" style:num-suffix=\".\" style:num-format=\"1\">"
  LIST_LEVEL_PROPERTIES
  "</text:list-level-style-number>"
  "</text:list-style>";

/* A4 portrait, 2 cm margins; the footer sits in the bottom margin's
 * place. */
static const char page_layout[] =
  "<office:automatic-styles>"
  "<style:page-layout style:name=\"pm1\">"
  "<style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\""
  " style:print-orientation=\"portrait\" fo:margin-top=\"2cm\" fo:margin-bottom=\"1.2cm\""
  " fo:margin-left=\"2cm\" fo:margin-right=\"2cm\" style:writing-mode=\"lr-tb\"/>"
  "<style:footer-style>"
  "<style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-top=\"0.5cm\"/>"
  "</style:footer-style>"
  "</style:page-layout>"
  "</office:automatic-styles>";

static void
append_headings (GString *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    g_string_append_printf (out,
                            "<style:style style:name=\"Heading_20_%u\" style:display-name=\"Heading %u\""
                            " style:family=\"paragraph\" style:parent-style-name=\"Heading\""
                            " style:next-style-name=\"Text_20_body\" style:default-outline-level=\"%u\""
                            " style:class=\"text\">"
                            "<style:paragraph-properties fo:margin-top=\"%s\" fo:margin-bottom=\"0.21cm\"/>"
                            "<style:text-properties fo:font-size=\"%s\" fo:font-style=\"%s\""
                            " style:font-size-asian=\"%s\" style:font-size-complex=\"%s\"/>"
                            "</style:style>",
                            i + 1, i + 1, i + 1, headings[i].space_above,
                            headings[i].size, headings[i].style,
                            headings[i].size, headings[i].size);
}

/* The entries of the contents, one style a level, each indented a little
 * more, with the page number against the right margin after dots. */
static void
append_contents_styles (GString *out)
{
  for (guint level = 1; level <= 3; level++)
    {
      double indent = (level - 1) * 0.5;

      g_string_append_printf (out,
                              "<style:style style:name=\"Contents_20_%u\" style:display-name=\"Contents %u\""
                              " style:family=\"paragraph\" style:parent-style-name=\"Index\" style:class=\"index\">"
                              "<style:paragraph-properties fo:margin-left=\"%.1fcm\" fo:margin-right=\"0cm\""
                              " fo:margin-top=\"%s\" fo:margin-bottom=\"0.1cm\" fo:text-indent=\"0cm\""
                              " style:auto-text-indent=\"false\">"
                              "<style:tab-stops>"
                              "<style:tab-stop style:position=\"%.1fcm\" style:type=\"right\""
                              " style:leader-style=\"dotted\" style:leader-text=\".\"/>"
                              "</style:tab-stops>"
                              "</style:paragraph-properties>"
                              "%s"
                              "</style:style>",
                              level, level, indent, level == 1 ? "0.2cm" : "0cm",
                              ODT_TEXT_WIDTH_CM - indent,
                              level == 1
                              ? "<style:text-properties fo:font-weight=\"bold\""
                                " style:font-weight-asian=\"bold\" style:font-weight-complex=\"bold\"/>"
                              : "");
    }
}

/* Headings carry their number in their text (from the document): the
 * outline numbering numbers nothing. */
static void
append_outline_style (GString *out)
{
  g_string_append (out, "<text:outline-style style:name=\"Outline\">");
  for (guint level = 1; level <= 10; level++)
    g_string_append_printf (out,
                            "<text:outline-level-style text:level=\"%u\" style:num-format=\"\">"
                            "<style:list-level-properties"
                            " text:list-level-position-and-space-mode=\"label-alignment\">"
                            "<style:list-level-label-alignment text:label-followed-by=\"nothing\"/>"
                            "</style:list-level-properties>"
                            "</text:outline-level-style>",
                            level);
  g_string_append (out, "</text:outline-style>");
}

/* « Page 3 sur 12 »: the sentence comes from the catalogue, the numbers
 * are fields the reader fills in. The %s of the sentence are replaced here
 * rather than through printf, so that a translation may also write them
 * %1$s and %2$s. */
static void
append_footer (GString *out)
{
  /* TRANSLATORS: the footer of every page of a generated document: "Page
   * <number> of <number of pages>"; the first %s is the page's number, the
   * second the number of pages. */
  const char *sentence = F_("Page %s of %s");
  static const char *const fields[] = {
    "<text:page-number text:select-page=\"current\">1</text:page-number>",
    "<text:page-count>1</text:page-count>",
  };
  guint next = 0;
  const char *p = sentence;
  const char *run = sentence;

  g_string_append (out, "<style:footer><text:p text:style-name=\"Footer\">");

  while ((p = strchr (p, '%')) != NULL)
    {
      guint field;
      gsize length;

      if (p[1] == 's')
        {
          field = next++;
          length = 2;
        }
      else if ((p[1] == '1' || p[1] == '2') && p[2] == '$' && p[3] == 's')
        {
          field = p[1] - '1';
          length = 4;
        }
      else
        {
          p++;
          continue;
        }

      {
        g_autofree char *piece = g_strndup (run, p - run);

        odt_xml_append_escaped (out, piece);
      }
      if (field < G_N_ELEMENTS (fields))
        g_string_append (out, fields[field]);
      p += length;
      run = p;
    }
  odt_xml_append_escaped (out, run);

  g_string_append (out, "</text:p></style:footer>");
}

/**
 * odt_styles_build:
 *
 * Returns: (transfer full): the text of styles.xml
 */
char *
odt_styles_build (void)
{
  GString *out = g_string_sized_new (16384);

  g_string_append (out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<office:document-styles" ODT_NAMESPACES ">");
  g_string_append (out, font_faces);
  g_string_append (out, "<office:styles>");
  g_string_append (out, default_styles);
  g_string_append (out, paragraph_styles);
  append_headings (out);
  g_string_append (out, other_paragraph_styles);
  append_contents_styles (out);
  g_string_append (out, text_styles);
  g_string_append (out, list_styles);
  append_outline_style (out);
  g_string_append (out, "</office:styles>");
  g_string_append (out, page_layout);
  g_string_append (out,
                   "<office:master-styles>"
                   "<style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\">");
  append_footer (out);
  g_string_append (out,
                   "</style:master-page>"
                   "</office:master-styles>"
                   "</office:document-styles>\n");

  return g_string_free (out, FALSE);
}

/* Now, or SOURCE_DATE_EPOCH when it is set, so that a build or a test can
 * get the same bytes twice. */
static GDateTime *
odt_meta_now (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  gint64 seconds;

  if (epoch != NULL && g_ascii_string_to_signed (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    return g_date_time_new_from_unix_utc (seconds);

  return g_date_time_new_now_utc ();
}

static void
append_element (GString    *out,
                const char *name,
                const char *value)
{
  if (value == NULL || *value == '\0')
    return;

  g_string_append_printf (out, "<%s>", name);
  odt_xml_append_escaped (out, value);
  g_string_append_printf (out, "</%s>", name);
}

/**
 * odt_meta_build:
 * @document: the document
 *
 * Returns: (transfer full): the text of meta.xml: title, subject, author,
 *   language, dates and the program that wrote it
 */
char *
odt_meta_build (MaillageDocument *document)
{
  GString *out = g_string_sized_new (1024);
  g_autoptr(GDateTime) now = odt_meta_now ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  const char *language = maillage_document_get_language (document);

  g_string_append (out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<office:document-meta" ODT_NAMESPACES "><office:meta>"
                   "<meta:generator>Maillage/" PACKAGE_VERSION "</meta:generator>");
  append_element (out, "dc:title", maillage_document_get_title (document));
  append_element (out, "dc:subject", maillage_document_get_subject (document));
  append_element (out, "meta:initial-creator", maillage_document_get_author (document));
  append_element (out, "dc:creator", maillage_document_get_author (document));
  append_element (out, "meta:creation-date", date);
  append_element (out, "dc:date", date);
  append_element (out, "dc:language",
                  language != NULL && *language != '\0' ? language : "fr-FR");
  g_string_append (out, "</office:meta></office:document-meta>\n");

  return g_string_free (out, FALSE);
}
