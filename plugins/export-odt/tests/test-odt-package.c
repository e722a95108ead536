/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-odt-package.c: the .odt package the exporter writes: the zip
 * (mimetype first and stored), every XML member well-formed, the styles a
 * person restyles, the text of every kind of block, text that tries to
 * break the file, pictures, and the way it writes: atomically, leaving
 * what was there on failure, and honouring cancellation.
 */
#define G_LOG_DOMAIN "test-odt-package"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "maillage-unit-utils.h"
#include "odt-exporter.h"
#include "odt-package.h"
#include "odt-test-utils.h"
#include "odt-xml.h"

#define MIME "application/vnd.oasis.opendocument.text"

static GBytes *
build_package (MaillageDocument *document)
{
  g_autoptr(GError) error = NULL;
  GBytes *package = odt_package_build (document, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (package);

  return package;
}

static guint16
read_u16 (const guint8 *p)
{
  return p[0] | (p[1] << 8);
}

static guint32
read_u32 (const guint8 *p)
{
  return p[0] | (p[1] << 8) | (p[2] << 16) | ((guint32) p[3] << 24);
}

/* What a program reads to recognise the format, without unzipping: the
 * first local header names `mimetype`, stored, without an extra field, so
 * that the MIME type stands at byte 38. */
static void
test_mimetype_first (void)
{
  g_autoptr(MaillageDocument) document = odt_test_document (0);
  g_autoptr(GBytes) package = build_package (document);
  gsize length;
  const guint8 *data = g_bytes_get_data (package, &length);

  g_assert_cmpuint (length, >, 38 + strlen (MIME));
  g_assert_cmpmem (data, 4, "PK\x03\x04", 4);
  g_assert_cmpuint (read_u16 (data + 8), ==, 0);          /* stored */
  g_assert_cmpuint (read_u32 (data + 18), ==, strlen (MIME));  /* compressed size */
  g_assert_cmpuint (read_u32 (data + 22), ==, strlen (MIME));  /* size */
  g_assert_cmpuint (read_u16 (data + 26), ==, strlen ("mimetype"));
  g_assert_cmpuint (read_u16 (data + 28), ==, 0);         /* no extra field */
  g_assert_cmpmem (data + 30, 8, "mimetype", 8);
  g_assert_cmpmem (data + 38, strlen (MIME), MIME, strlen (MIME));
}

static void
test_members (void)
{
  g_autoptr(MaillageDocument) document = odt_test_document (0);
  g_autoptr(GBytes) package = build_package (document);
  g_autoptr(xmlDoc) manifest = odt_test_parse_member (package, "META-INF/manifest.xml");
  g_autoptr(xmlDoc) content = odt_test_parse_member (package, "content.xml");
  g_autoptr(xmlDoc) styles = odt_test_parse_member (package, "styles.xml");
  g_autoptr(xmlDoc) meta = odt_test_parse_member (package, "meta.xml");
  g_autoptr(GBytes) png = odt_test_read_member (package, "Pictures/figure-1.png");
  g_autoptr(GBytes) png2 = odt_test_read_member (package, "Pictures/figure-2.png");
  g_autofree char *media_type = NULL;

  /* The manifest lists every member but itself and the mimetype. */
  media_type = odt_test_string (manifest, "string(//manifest:file-entry[@manifest:full-path='/']"
                                          "/@manifest:media-type)");
  g_assert_cmpstr (media_type, ==, MIME);
  g_assert_cmpuint (odt_test_count (manifest, "//manifest:file-entry"), ==, 6);
  g_assert_cmpuint (odt_test_count (manifest, "//manifest:file-entry"
                                              "[@manifest:full-path='Pictures/figure-2.png']"
                                              "[@manifest:media-type='image/png']"), ==, 1);
  g_assert_cmpuint (odt_test_count (manifest, "//manifest:file-entry"
                                              "[@manifest:full-path='content.xml']"), ==, 1);

  /* The pictures are PNG files. */
  g_assert_nonnull (png);
  g_assert_nonnull (png2);
  g_assert_cmpmem (g_bytes_get_data (png, NULL), 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_null (odt_test_read_member (package, "Pictures/figure-3.png"));

  g_assert_cmpuint (odt_test_count (content, "/office:document-content/office:body/office:text"), ==, 1);
  g_assert_cmpuint (odt_test_count (styles, "/office:document-styles/office:master-styles"), ==, 1);
  g_assert_cmpuint (odt_test_count (meta, "/office:document-meta/office:meta"), ==, 1);
}

static void
test_meta (void)
{
  g_autoptr(MaillageDocument) document = odt_test_document (0);
  g_autoptr(GBytes) package = build_package (document);
  g_autoptr(xmlDoc) meta = odt_test_parse_member (package, "meta.xml");
  g_autofree char *title = odt_test_string (meta, "string(//dc:title)");
  g_autofree char *subject = odt_test_string (meta, "string(//dc:subject)");
  g_autofree char *creator = odt_test_string (meta, "string(//meta:initial-creator)");
  g_autofree char *language = odt_test_string (meta, "string(//dc:language)");
  g_autofree char *generator = odt_test_string (meta, "string(//meta:generator)");

  g_assert_cmpstr (title, ==, maillage_document_get_title (document));
  g_assert_cmpstr (subject, ==, maillage_document_get_subject (document));
  g_assert_cmpstr (creator, ==, maillage_document_get_author (document));
  g_assert_cmpstr (language, ==, "fr-FR");
  g_assert_true (g_str_has_prefix (generator, "Maillage/"));
}

/* The named styles a person restyles, under LibreOffice's own names. */
static void
test_styles (void)
{
  g_autoptr(MaillageDocument) document = odt_test_document (0);
  g_autoptr(GBytes) package = build_package (document);
  g_autoptr(xmlDoc) styles = odt_test_parse_member (package, "styles.xml");
  const char *named[] = {
    "Standard", "Text_20_body", "Title", "Heading_20_1", "Heading_20_6", "Caption", "Table",
    "Figure", "Table_20_Contents", "Table_20_Heading", "Contents_20_Heading", "Contents_20_1",
    "List_20_1", "Numbering_20_1", "Footer",
  };
  g_autofree char *width = NULL;
  g_autofree char *footer = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    {
      g_autofree char *xpath = g_strdup_printf ("/office:document-styles/office:styles"
                                                "/style:style[@style:name='%s']"
                                                "[@style:family='paragraph']", named[i]);

      g_assert_cmpuint (odt_test_count (styles, xpath), ==, 1);
    }
  for (guint level = 1; level <= 6; level++)
    {
      g_autofree char *xpath = g_strdup_printf ("//style:style[@style:name='Heading_20_%u']"
                                                "[@style:default-outline-level='%u']",
                                                level, level);

      g_assert_cmpuint (odt_test_count (styles, xpath), ==, 1);
    }
  g_assert_cmpuint (odt_test_count (styles, "//style:style[@style:family='text']"
                                            "[@style:name='Strong_20_Emphasis']"), ==, 1);
  g_assert_cmpuint (odt_test_count (styles, "//text:list-style[@style:name='Numbering_20_123']"), ==, 1);

  /* French, in the default style. */
  g_assert_cmpuint (odt_test_count (styles, "//style:default-style[@style:family='paragraph']"
                                            "/style:text-properties"
                                            "[@fo:language='fr'][@fo:country='FR']"), ==, 1);

  /* A4 with margins, and « Page N sur M » in the footer. */
  width = odt_test_string (styles, "string(//style:page-layout-properties/@fo:page-width)");
  g_assert_cmpstr (width, ==, "21cm");
  g_assert_cmpuint (odt_test_count (styles, "//style:page-layout-properties[@fo:page-height='29.7cm']"
                                            "[@fo:margin-left='2cm']"), ==, 1);
  g_assert_cmpuint (odt_test_count (styles, "//style:master-page/style:footer/text:p"
                                            "[text:page-number][text:page-count]"), ==, 1);
  footer = odt_test_string (styles, "string(//style:master-page/style:footer/text:p)");
  {
    /* The sentence of the catalogue (« Page %s sur %s » once merged), its
     * numbers as LibreOffice shows them before it lays the pages out. */
    g_auto(GStrv) pieces = g_strsplit (F_("Page %s of %s"), "%s", -1);
    g_autofree char *expected = g_strjoinv ("1", pieces);

    g_assert_cmpstr (footer, ==, expected);
  }
}

/* Headings: outline levels for the Navigator, the number of the block,
 * a bookmark the contents link to. */
static void
test_headings_and_contents (void)
{
  g_autoptr(MaillageDocument) document = odt_test_document (0);
  g_autoptr(GBytes) package = build_package (document);
  g_autoptr(xmlDoc) content = odt_test_parse_member (package, "content.xml");
  g_autofree char *diagnostic = NULL;
  g_autofree char *connectivity = NULL;
  g_autofree char *objet = NULL;
  g_autofree char *contents_title = NULL;
  g_autofree char *entries = NULL;

  diagnostic = odt_test_string (content, "string(//text:h[@text:outline-level='1'][3])");
  g_assert_cmpstr (diagnostic, ==, "1 Diagnostic");
  connectivity = odt_test_string (content, "string(//text:h[@text:outline-level='2'][1])");
  g_assert_cmpstr (connectivity, ==, "1.1 Connectivité");
  /* No numbers in the délibération. */
  objet = odt_test_string (content, "string(//text:h[1])");
  g_assert_cmpstr (objet, ==, "Objet");
  g_assert_cmpuint (odt_test_count (content, "//text:h[@text:style-name='Heading_20_1']"), ==, 3);
  g_assert_cmpuint (odt_test_count (content, "//text:h[@text:outline-level='3']"), ==, 1);
  g_assert_cmpuint (odt_test_count (content, "//text:h/text:bookmark-start"), ==, 7);

  /* Parts are titles, each after the first on a new page. */
  g_assert_cmpuint (odt_test_count (content, "//office:text/text:p[@text:style-name='Title']"), ==, 1);
  g_assert_cmpuint (odt_test_count (content, "//office:automatic-styles/style:style"
                                             "[@style:parent-style-name='Title']"
                                             "/style:paragraph-properties[@fo:break-before='page']"), ==, 1);
  g_assert_cmpuint (odt_test_count (content, "//office:text/text:p[not(@text:style-name='Title')]"
                                             "[starts-with(., 'Annexe')]"), ==, 1);

  /* The page break block: the next heading starts a page, and no empty
   * paragraph stands for it. */
  g_assert_cmpuint (odt_test_count (content, "//style:style[@style:name = //text:h[starts-with(., '2 Plan')]"
                                             "/@text:style-name][@style:parent-style-name='Heading_20_1']"
                                             "/style:paragraph-properties[@fo:break-before='page']"), ==, 1);
  g_assert_cmpuint (odt_test_count (content, "//office:text/text:p[not(node())]"), ==, 0);

  /* The contents: a real LibreOffice index, filled with the headings of
   * the annex alone, each linked to its heading, with its page. */
  g_assert_cmpuint (odt_test_count (content, "//text:table-of-content"), ==, 1);
  g_assert_cmpuint (odt_test_count (content, "//text:table-of-content-source"
                                             "/text:table-of-content-entry-template"), ==, 3);
  contents_title = odt_test_string (content, "string(//text:index-body/text:index-title)");
  g_assert_cmpstr (contents_title, ==, "Sommaire");
  g_assert_cmpuint (odt_test_count (content, "//text:index-body/text:p"), ==, 5);
  entries = odt_test_string (content, "string(//text:index-body/text:p[1])");
  g_assert_cmpstr (entries, ==, "1 Diagnostic1");
  g_clear_pointer (&entries, g_free);
  entries = odt_test_string (content, "string(//text:index-body/text:p[5]/text:a/@xlink:href)");
  g_assert_true (g_str_has_prefix (entries, "#__RefHeading___Toc"));
  g_assert_cmpuint (odt_test_count (content, "//text:index-body//text:bookmark-ref"
                                             "[@text:reference-format='page']"), ==, 5);
  /* Every link of the contents finds its heading. */
  g_assert_cmpuint (odt_test_count (content, "//text:index-body//text:bookmark-ref"
                                             "[not(@text:ref-name = //text:h/text:bookmark-start/@text:name)]"),
                    ==, 0);
}

static void
test_paragraphs_and_lists (void)
{
  g_autoptr(MaillageDocument) document = odt_test_document (0);
  g_autoptr(GBytes) package = build_package (document);
  g_autoptr(xmlDoc) content = odt_test_parse_member (package, "content.xml");
  g_autofree char *bold = NULL;
  g_autofree char *both = NULL;
  g_autofree char *href = NULL;
  g_autofree char *spaces = NULL;

  bold = odt_test_string (content, "string(//text:span[@text:style-name='Strong_20_Emphasis'][1])");
  g_assert_cmpstr (bold, ==, "adopté");
  both = odt_test_string (content, "string(//text:span[@text:style-name='Strong_20_Emphasis']"
                                   "/text:span[@text:style-name='Emphasis'])");
  g_assert_cmpstr (both, ==, "sans délai");
  g_assert_cmpuint (odt_test_count (content, "//text:span[@text:style-name='Emphasis']"), ==, 2);
  href = odt_test_string (content, "string(//text:p[@text:style-name='Text_20_body']/text:a/@xlink:href)");
  g_assert_cmpstr (href, ==, "https://exemple.fr/carte?a=1&b=\"2\"");

  g_assert_cmpuint (odt_test_count (content, "//text:list[@text:style-name='Numbering_20_123']"
                                             "/text:list-item"), ==, 2);
  g_assert_cmpuint (odt_test_count (content, "//text:list[@text:style-name='List_20_1']"
                                             "/text:list-item"), ==, 3);

  /* Tab and line break survive as elements (runs of spaces do not reach
   * the exporter: the document's typography takes them out; the escaper's
   * own test has them). */
  g_assert_cmpuint (odt_test_count (content, "//text:p[text:tab][text:line-break]"), ==, 1);
  spaces = odt_test_string (content, "string(//text:p[text:tab])");
  g_assert_cmpstr (spaces, ==, "Tabulationici, retourà la ligne, trois espaces.");
}

static void
test_tables (void)
{
  g_autoptr(MaillageDocument) document = odt_test_document (0);
  g_autoptr(GBytes) package = build_package (document);
  g_autoptr(xmlDoc) content = odt_test_parse_member (package, "content.xml");
  g_autofree char *caption = NULL;
  g_autofree char *style = NULL;
  g_autofree char *align = NULL;
  g_autofree char *xpath = NULL;
  g_autofree char *first = NULL;

  g_assert_cmpuint (odt_test_count (content, "//table:table"), ==, 1);
  g_assert_cmpuint (odt_test_count (content, "//table:table/table:table-column"), ==, 5);
  /* The header row, repeated on every page the table runs over. */
  g_assert_cmpuint (odt_test_count (content, "//table:table/table:table-header-rows/table:table-row"
                                             "/table:table-cell"), ==, 5);
  g_assert_cmpuint (odt_test_count (content, "//table:table/table:table-row"), ==, 70);
  first = odt_test_string (content, "string(//table:table/table:table-row[1]/table:table-cell[1])");
  g_assert_cmpstr (first, ==, "Commune n°1");

  /* « Tableau 1 : … » above, numbered like LibreOffice's own captions. */
  caption = odt_test_string (content, "string(//text:p[@text:style-name='Table'])");
  g_assert_true (g_str_has_suffix (caption, " 1\u00a0: Locaux raccordables par commune"));
  g_assert_cmpuint (odt_test_count (content, "//text:p[@text:style-name='Table']"
                                             "/text:sequence[@text:name='Table']"), ==, 1);

  /* Amounts against the end of the cell, the fourth column centred. */
  style = odt_test_string (content, "string(//table:table/table:table-row[1]"
                                    "/table:table-cell[5]/text:p/@text:style-name)");
  xpath = g_strdup_printf ("string(//style:style[@style:name='%s']"
                           "/style:paragraph-properties/@fo:text-align)", style);
  align = odt_test_string (content, xpath);
  g_assert_cmpstr (align, ==, "end");
  g_clear_pointer (&style, g_free);
  g_clear_pointer (&xpath, g_free);
  g_clear_pointer (&align, g_free);
  style = odt_test_string (content, "string(//table:table/table:table-row[1]"
                                    "/table:table-cell[4]/text:p/@text:style-name)");
  xpath = g_strdup_printf ("string(//style:style[@style:name='%s']"
                           "/style:paragraph-properties/@fo:text-align)", style);
  align = odt_test_string (content, xpath);
  g_assert_cmpstr (align, ==, "center");
  g_clear_pointer (&style, g_free);
  style = odt_test_string (content, "string(//table:table/table:table-row[1]"
                                    "/table:table-cell[1]/text:p/@text:style-name)");
  g_assert_cmpstr (style, ==, "Table_20_Contents");
}

static void
test_figures (void)
{
  g_autoptr(MaillageDocument) document = odt_test_document (0);
  g_autoptr(GBytes) package = build_package (document);
  g_autoptr(xmlDoc) content = odt_test_parse_member (package, "content.xml");
  g_autoptr(GBytes) png = odt_test_read_member (package, "Pictures/figure-1.png");
  g_autofree char *title = NULL;
  g_autofree char *desc = NULL;
  g_autofree char *desc2 = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *href = NULL;
  const guint8 *data = g_bytes_get_data (png, NULL);
  guint32 png_width = (data[16] << 24) | (data[17] << 16) | (data[18] << 8) | data[19];
  double natural_width;
  MaillageBlock *figure = NULL;

  g_assert_cmpuint (odt_test_count (content, "//draw:frame/draw:image"), ==, 2);
  href = odt_test_string (content, "string(//draw:frame[1]/draw:image/@xlink:href)");
  g_assert_cmpstr (href, ==, "Pictures/figure-1.png");
  title = odt_test_string (content, "string((//draw:frame)[1]/svg:title)");
  g_assert_cmpstr (title, ==, "Part des locaux raccordables à la fibre");
  desc = odt_test_string (content, "string((//draw:frame)[1]/svg:desc)");
  g_assert_true (g_str_has_prefix (desc, "Diagramme en barres"));
  /* Without a text alternative of its own, the chart describes itself. */
  desc2 = odt_test_string (content, "string((//draw:frame)[2]/svg:desc)");
  g_assert_cmpuint (strlen (desc2), >, 10);

  /* The caption under the picture. */
  caption = odt_test_string (content, "string(//text:p[draw:frame][1]/following-sibling::text:p[1])");
  g_assert_true (g_str_has_suffix (caption, " 1\u00a0: Part des locaux raccordables à la fibre"));

  /* Drawn at twice its size in points. */
  for (guint i = 0; figure == NULL; i++)
    {
      g_autoptr(MaillageBlock) block = g_list_model_get_item (G_LIST_MODEL (document), i);

      if (maillage_block_get_kind (block) == MAILLAGE_BLOCK_FIGURE)
        figure = block;
    }
  maillage_chart_get_natural_size (maillage_block_get_chart (figure), &natural_width, NULL);
  g_assert_cmpuint (png_width, ==, (guint) ceil (natural_width * 2));
}

static const char *
paragraph_starting (MaillageDocument *document,
                    const char       *prefix)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (document));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageBlock) block = g_list_model_get_item (G_LIST_MODEL (document), i);

      if (maillage_block_get_kind (block) == MAILLAGE_BLOCK_PARAGRAPH
          && g_str_has_prefix (maillage_block_get_text (block), prefix))
        return maillage_block_get_text (block);
    }

  g_assert_not_reached ();
}

/* What XML forbids is gone; what it allows is kept, escaped. */
static void
test_bad_text (void)
{
  g_autoptr(MaillageDocument) document = odt_test_document (1024 * 1024);
  g_autoptr(GBytes) package = build_package (document);
  g_autoptr(GBytes) raw = odt_test_read_member (package, "content.xml");
  g_autoptr(xmlDoc) content = odt_test_parse_member (package, "content.xml");
  const char *xml = g_bytes_get_data (raw, NULL);
  g_autofree char *rtl = NULL;
  g_autofree char *emoji = NULL;
  g_autofree char *controls = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *word = NULL;
  g_autofree char *huge = NULL;
  g_autoptr(MaillageBlock) last = NULL;

  g_assert_null (strchr (xml, '\x01'));
  g_assert_null (strchr (xml, '\x1b'));
  g_assert_null (strstr (xml, "\xc2\x85"));
  g_assert_null (strstr (xml, "\xef\xbf\xbe"));

  rtl = odt_test_string (content, "string(//text:p[contains(., '\u0627\u0644\u0631\u0642\u0645\u064a\u0629')][1])");
  g_assert_cmpstr (rtl, ==, ODT_TEST_RTL);
  emoji = odt_test_string (content, "string(//text:p[starts-with(., '\U0001F4F6')])");
  g_assert_cmpstr (emoji, ==, ODT_TEST_EMOJI);
  controls = odt_test_string (content, "string(//text:p[starts-with(., 'bip')])");
  g_assert_cmpstr (controls, ==, "bip fin");
  markup = odt_test_string (content, "string(//text:p[@text:style-name='Text_20_body']"
                                     "[starts-with(., '<b>')])");
  /* As the document has it, its typography applied. */
  g_assert_cmpstr (markup, ==, paragraph_starting (document, "<b>"));
  word = odt_test_string (content, "string(//text:p[starts-with(., 'anticonstitution')])");
  g_assert_cmpuint (strlen (word), ==, 3000);

  /* The paragraph of a megabyte, whole. */
  last = g_list_model_get_item (G_LIST_MODEL (document),
                                g_list_model_get_n_items (G_LIST_MODEL (document)) - 1);
  huge = odt_test_string (content, "string(//office:text/text:p[last()])");
  g_assert_cmpuint (strlen (huge), >=, 1024 * 1024);
  g_assert_cmpstr (huge, ==, maillage_block_get_text (last));
}

static void
append_text (GString    *out,
             const char *text)
{
  OdtTextState state = ODT_TEXT_STATE_INIT;

  odt_xml_append_text (out, text, &state);
}

/* The escaper alone, on the edges of its byte scan. */
static void
test_escape (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  append_text (out, "  a  b ");
  g_assert_cmpstr (out->str, ==, "<text:s text:c=\"2\"/>a <text:s/>b ");
  g_string_truncate (out, 0);
  append_text (out, "x\r\ny\rz\n w");
  g_assert_cmpstr (out->str, ==, "x<text:line-break/>y<text:line-break/>z<text:line-break/><text:s/>w");
  g_string_truncate (out, 0);
  /* é (C3 A9), C1 controls dropped, U+00A0 (C2 A0) kept, U+FFFD (EF BF BD)
   * kept, U+FFFF dropped. */
  append_text (out, "\xc3\xa9\xc2\x80\xc2\x9f\xc2\xa0\xef\xbf\xbd\xef\xbf\xbf.");
  g_assert_cmpstr (out->str, ==, "\xc3\xa9\xc2\xa0\xef\xbf\xbd.");
  g_string_truncate (out, 0);
  /* Broken UTF-8 becomes U+FFFD. */
  append_text (out, "a\xff" "b");
  g_assert_cmpstr (out->str, ==, "a\xef\xbf\xbd" "b");
  g_string_truncate (out, 0);
  odt_xml_append_attribute (out, "a\"b<c>&\td\ne");
  g_assert_cmpstr (out->str, ==, "a&quot;b&lt;c&gt;&amp;&#9;d&#10;e");
  g_string_truncate (out, 0);
  odt_xml_append_escaped (out, "\"x\"  <y>\n");
  g_assert_cmpstr (out->str, ==, "\"x\"  &lt;y&gt;\n");
}

/* An empty document is a valid, empty text. */
static void
test_empty_document (void)
{
  g_autoptr(MaillageDocument) document = maillage_document_new ("");
  g_autoptr(GBytes) package = build_package (document);
  g_autoptr(xmlDoc) content = odt_test_parse_member (package, "content.xml");
  g_autoptr(xmlDoc) meta = odt_test_parse_member (package, "meta.xml");

  g_assert_cmpuint (odt_test_count (content, "//office:text/*"), ==, 1);  /* sequence-decls */
  g_assert_cmpuint (odt_test_count (meta, "//dc:title"), ==, 0);
}

static void
test_exporter (void)
{
  g_autoptr(MaillageExporter) exporter = g_object_new (ODT_TYPE_EXPORTER, NULL);
  g_autoptr(MaillageDocument) document = odt_test_document (0);
  g_autofree char *dir = odt_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "stratégie.odt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *listing = NULL;
  gsize length;

  g_assert_true (MAILLAGE_IS_EXPORTER (exporter));
  g_assert_cmpstr (maillage_exporter_get_format_id (exporter), ==, "odt");
  g_assert_cmpstr (maillage_exporter_get_mime_type (exporter), ==, MIME);
  g_assert_cmpstr (maillage_exporter_get_file_extension (exporter), ==, "odt");

  g_assert_true (maillage_exporter_write (exporter, document, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpmem (data + 38, strlen (MIME), MIME, strlen (MIME));

  /* Again, over the first: replaced, and nothing left beside it. */
  g_assert_true (maillage_exporter_write (exporter, document, file, NULL, &error));
  g_assert_no_error (error);
  listing = maillage_unit_list_dir (dir);
  g_assert_cmpstr (listing, ==, "stratégie.odt");

  odt_test_remove_dir (dir);
}

static void
test_cancelled (void)
{
  g_autoptr(MaillageDocument) document = odt_test_document (0);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *dir = odt_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "annule.odt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (odt_package_write (document, file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  odt_test_remove_dir (dir);
}

static void
test_missing_folder (void)
{
  g_autoptr(MaillageDocument) document = odt_test_document (0);
  g_autofree char *dir = odt_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "absent", "document.odt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (odt_package_write (document, file, NULL, &error));
  g_assert_nonnull (error);
  /* The message names the file. */
  g_assert_nonnull (strstr (error->message, "document.odt"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  odt_test_remove_dir (dir);
}

/* A disk that fills up half-way through the file: the document that was
 * there is still there, whole, and no temporary file is left. */
static void
test_disk_full (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(MaillageDocument) document = odt_test_document (0);
      g_autofree char *dir = odt_test_make_dir ();
      g_autofree char *path = g_build_filename (dir, "strategie.odt", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autofree char *listing = NULL;
      const char *original = "the document written the day before";

      g_assert_true (g_file_set_contents (path, original, -1, NULL));
      maillage_unit_limit_file_size (4096);

      g_assert_false (odt_package_write (document, file, NULL, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "strategie.odt"));
      maillage_unit_assert_file_unchanged (path, original, strlen (original));
      listing = maillage_unit_list_dir (dir);
      g_assert_cmpstr (listing, ==, "strategie.odt");
      odt_test_remove_dir (dir);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int    argc,
      char **argv)
{
  odt_test_init (&argc, &argv);

  g_test_add_func ("/odt/package/mimetype-first", test_mimetype_first);
  g_test_add_func ("/odt/package/members", test_members);
  g_test_add_func ("/odt/package/meta", test_meta);
  g_test_add_func ("/odt/package/styles", test_styles);
  g_test_add_func ("/odt/content/headings-and-contents", test_headings_and_contents);
  g_test_add_func ("/odt/content/paragraphs-and-lists", test_paragraphs_and_lists);
  g_test_add_func ("/odt/content/tables", test_tables);
  g_test_add_func ("/odt/content/figures", test_figures);
  g_test_add_func ("/odt/content/bad-text", test_bad_text);
  g_test_add_func ("/odt/content/escape", test_escape);
  g_test_add_func ("/odt/content/empty-document", test_empty_document);
  g_test_add_func ("/odt/write/exporter", test_exporter);
  g_test_add_func ("/odt/write/cancelled", test_cancelled);
  g_test_add_func ("/odt/write/missing-folder", test_missing_folder);
  g_test_add_func ("/odt/write/disk-full", test_disk_full);

  return g_test_run ();
}
