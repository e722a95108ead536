/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-html-export.c: the HTML exporter on a document holding every kind
 * of block, on hostile text, and writing files. Every page goes through
 * html_test_page_check (), which fails on a script, an event attribute, a
 * dangerous link, a <th> without scope, a gap in the headings, a dangling
 * or repeated id, or markup that is not well-formed.
 */
#define G_LOG_DOMAIN "test-export-html"

#include "config.h"

#include <string.h>

#include "maillage-test-type-module.h"
#include "html-exporter.h"
#include "html-test-page.h"
#include "html-text.h"
#include "html-writer.h"

static MaillageExporter *
new_exporter (void)
{
  static GTypeModule *module;

  if (module == NULL)
    {
      module = g_object_new (MAILLAGE_TYPE_TEST_TYPE_MODULE, NULL);
      g_type_module_use (module);
      html_exporter_register (module);
    }

  return g_object_new (HTML_TYPE_EXPORTER, NULL);
}

static MaillageChart *
new_chart (const char *title)
{
  static const char * const communes[] = { "Arbois", "Bletterans", "Champagnole", NULL };
  MaillageChart *chart = maillage_chart_new_bar (title, "%");
  guint series = maillage_chart_add_series (chart, "2026");

  for (guint i = 0; communes[i] != NULL; i++)
    maillage_chart_set_value (chart, series, maillage_chart_add_category (chart, communes[i]),
                              25.0 * (i + 1));

  return chart;
}

static char *
write_page (MaillageDocument *document,
            gsize            *length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) page = html_writer_write (document, NULL, &error);

  g_assert_no_error (error);
  return g_bytes_unref_to_data (g_steal_pointer (&page), length);
}

static void
assert_contains (const char *html,
                 const char *fragment)
{
  if (strstr (html, fragment) == NULL)
    g_error ("the page lacks “%s”", fragment);
}

static guint
count_occurrences (const char *html,
                   const char *fragment)
{
  guint n = 0;

  for (const char *p = strstr (html, fragment); p != NULL; p = strstr (p + 1, fragment))
    n++;

  return n;
}

/* Every kind of block, in the three parts, with a heading that would skip
 * a level and one of level 6. The comments give each block's index, which
 * names its id (s<index>). */
static MaillageDocument *
full_document (void)
{
  static const char * const bullets[] = { "Fibre", "Médiation", NULL };
  static const char * const numbered[] = { "Diagnostic", "Plan", NULL };
  static const char * const budget_header[] = { "Année", "Investissement", "Fonctionnement", NULL };
  static const char * const row_2027[] = { "2027", "150 000,00 €", "25 000,00 €", NULL };
  static const char * const row_2028[] = { "2028", "80 000,00 €", "30 000,00 €", NULL };
  static const char * const themes_header[] = { "Thème", NULL };
  static const char * const themes_row[] = { "Inclusion", NULL };
  MaillageDocument *document = maillage_document_new ("Stratégie numérique 2026-2032");
  g_autoptr(MaillageChart) fibre = new_chart ("Locaux raccordables à la fibre");
  g_autoptr(MaillageChart) mobile = new_chart ("Couverture 4G");
  MaillageBlock *block;

  maillage_document_set_author (document, "Communauté d’agglomération du Val");
  maillage_document_set_subject (document, "Projet de délibération, note et stratégie");

  maillage_document_add_part (document, MAILLAGE_PART_DELIBERATION, "Projet de délibération"); /* 0 */
  maillage_document_add_heading (document, 1, "Article 1");                                 /* 1 */
  maillage_document_add_paragraph (document, "Le conseil adopte la stratégie.");             /* 2 */
  maillage_document_add_part (document, MAILLAGE_PART_NOTE, "Note explicative de synthèse"); /* 3 */
  maillage_document_add_contents (document, "Sommaire");                                     /* 4 */
  maillage_document_add_heading (document, 1, "Contexte");                                   /* 5 */
  block = maillage_document_add_rich_paragraph (document);                                  /* 6 */
  maillage_block_append_span (block, MAILLAGE_TEXT_STYLE_NONE, "Le budget est ");
  maillage_block_append_span (block, MAILLAGE_TEXT_STYLE_BOLD, "adopté");
  maillage_block_append_span (block, MAILLAGE_TEXT_STYLE_NONE, ", voir ");
  maillage_block_append_span (block, MAILLAGE_TEXT_STYLE_ITALIC, "l’annexe");
  maillage_block_append_span (block, MAILLAGE_TEXT_STYLE_NONE, " et ");
  maillage_block_append_span (block, MAILLAGE_TEXT_STYLE_BOLD | MAILLAGE_TEXT_STYLE_ITALIC, "surtout");
  maillage_block_append_span (block, MAILLAGE_TEXT_STYLE_NONE, " ");
  maillage_block_append_link (block, "le site", "https://example.org/strategie?x=1&y=2");
  maillage_document_add_heading (document, 3, "Détail");                                    /* 7 */
  maillage_document_add_list (document, FALSE, bullets);                                     /* 8 */
  maillage_document_add_list (document, TRUE, numbered);                                     /* 9 */
  maillage_document_add_heading (document, 2, "Chiffres");                                   /* 10 */
  block = maillage_document_add_table (document, "Budget par année", budget_header);         /* 11 */
  maillage_block_set_alignment (block, 1, MAILLAGE_ALIGNMENT_END);
  maillage_block_set_alignment (block, 2, MAILLAGE_ALIGNMENT_END);
  maillage_block_append_row (block, row_2027);
  maillage_block_append_row (block, row_2028);
  block = maillage_document_add_figure (document, fibre, "Couverture en fibre optique");     /* 12 */
  maillage_block_set_alt_text (block, "Arbois 25 %, Bletterans 50 %, Champagnole 75 %.");
  maillage_document_add_page_break (document);                                               /* 13 */
  maillage_document_add_figure (document, mobile, NULL);                                     /* 14 */
  maillage_document_add_part (document, MAILLAGE_PART_ANNEX, "Stratégie");                   /* 15 */
  maillage_document_add_heading (document, 1, "Axes");                                       /* 16 */
  block = maillage_document_add_table (document, "Thèmes", themes_header);                   /* 17 */
  maillage_block_set_alignment (block, 0, MAILLAGE_ALIGNMENT_CENTER);
  maillage_block_append_row (block, themes_row);
  maillage_document_add_heading (document, 6, "Profond");                                    /* 18 */
  maillage_document_add_page_break (document);                                               /* 19 */

  return document;
}

static void
test_exporter (void)
{
  g_autoptr(MaillageExporter) exporter = new_exporter ();

  g_assert_cmpstr (maillage_exporter_get_format_id (exporter), ==, "html");
  g_assert_cmpstr (maillage_exporter_get_mime_type (exporter), ==, "text/html");
  g_assert_cmpstr (maillage_exporter_get_file_extension (exporter), ==, "html");
}

static void
test_every_block (void)
{
  static const guint expected_levels[] = { 1, 2, 1, 2, 2, 3, 3, 1, 2, 3 };
  static const char * const expected_links[] = {
    "#s5", "#s7", "#s10", "https://example.org/strategie?x=1&y=2", NULL
  };
  g_autoptr(MaillageDocument) document = full_document ();
  g_autoptr(HtmlTestPage) page = NULL;
  g_autofree char *html = NULL;
  gsize length;

  html = write_page (document, &length);
  page = html_test_page_check (html, length);

  /* Parts are <h1>; the heading of level 3 under a level 1 gives <h3>,
   * not <h4>; level 6 gives what follows its parent. */
  g_assert_cmpuint (page->heading_levels->len, ==, G_N_ELEMENTS (expected_levels));
  for (guint i = 0; i < G_N_ELEMENTS (expected_levels); i++)
    g_assert_cmpuint (g_array_index (page->heading_levels, guint, i), ==, expected_levels[i]);

  g_assert_true (g_str_has_prefix (page->lang, "fr"));
  assert_contains (html, "<meta charset=\"utf-8\"/>");
  assert_contains (html, "<title>Stratégie numérique 2026-2032</title>");
  assert_contains (html, "<meta name=\"author\" content=\"Communauté d’agglomération du Val\"/>");
  assert_contains (html, "<meta name=\"description\" content=\"Projet de délibération, note et stratégie\"/>");
  assert_contains (html, "@media print");
  assert_contains (html, "@page");
  assert_contains (html, "thead {\n    display: table-header-group;");
  g_assert_cmpuint (html_test_page_count (page, "section"), ==, 3);

  /* Numbered headings of the note; none in the délibération. */
  assert_contains (html, "<h2 id=\"s5\"><span class=\"number\">1</span> Contexte</h2>");
  assert_contains (html, "<h2 id=\"s1\">Article 1</h2>");

  /* The table of contents lists the note's headings, nested, and the
   * links of the page are those and the paragraph's. */
  g_assert_cmpuint (html_test_page_count (page, "nav"), ==, 1);
  assert_contains (html, "<nav class=\"contents\" aria-labelledby=\"s4\">\n<h2 id=\"s4\">Sommaire</h2>\n<ul>\n"
                         "<li><a href=\"#s5\"><span class=\"number\">1</span> Contexte</a>\n<ul>\n<li><a href=\"#s7\">");
  g_assert_cmpuint (page->links->len, ==, g_strv_length ((char **) expected_links));
  for (guint i = 0; expected_links[i] != NULL; i++)
    g_assert_cmpstr (g_ptr_array_index (page->links, i), ==, expected_links[i]);

  /* Spans. */
  assert_contains (html, "<strong>adopté</strong>");
  assert_contains (html, "<em>l’annexe</em>");
  assert_contains (html, "<strong><em>surtout</em></strong>");
  assert_contains (html, "<a href=\"https://example.org/strategie?x=1&amp;y=2\">le site</a>");

  /* Lists. */
  assert_contains (html, "<ul>\n<li>Fibre</li>\n<li>Médiation</li>\n</ul>");
  assert_contains (html, "<ol>\n<li>Diagnostic</li>\n<li>Plan</li>\n</ol>");

  /* Tables: caption, header row, row labels where the first column is
   * text, alignment classes; a one-column table has no row label. */
  g_assert_cmpuint (html_test_page_count (page, "caption"), ==, 2);
  g_assert_cmpuint (page->n_column_headers, ==, 4);
  g_assert_cmpuint (page->n_row_headers, ==, 2);
  assert_contains (html, "<caption>Budget par année</caption>\n<thead>\n<tr><th scope=\"col\">Année</th>"
                         "<th scope=\"col\" class=\"a-end\">Investissement</th>");
  assert_contains (html, "<tr><th scope=\"row\">2027</th><td class=\"a-end\">");
  assert_contains (html, "<th scope=\"col\" class=\"a-center\">Thème</th>");
  assert_contains (html, "<td class=\"a-center\">Inclusion</td>");

  /* Figures: inline SVG with an accessible name and description, the
   * caption below; the second one's caption is its chart's title. */
  g_assert_cmpuint (html_test_page_count (page, "figure"), ==, 2);
  g_assert_cmpuint (html_test_page_count (page, "figcaption"), ==, 2);
  g_assert_cmpuint (html_test_page_count (page, "svg"), ==, 2);
  assert_contains (html, "role=\"img\" aria-labelledby=\"fig1-title fig1-desc\"");
  assert_contains (html, "<title id=\"fig1-title\">Couverture en fibre optique</title>\n"
                         "<desc id=\"fig1-desc\">Arbois 25");
  assert_contains (html, "<figcaption>Couverture 4G</figcaption>");
  g_assert_true (g_hash_table_contains (page->ids, "fig2-desc"));

  /* The page break before the second figure; not the one at the end. */
  g_assert_cmpuint (count_occurrences (html, "<div class=\"page-break\"></div>"), ==, 1);
}

/* Cairo numbers its glyphs and clips from 1 in each SVG: inlined twice,
 * the ids would collide (the page check fails on a repeated id); they are
 * renamed after the figure. The two drawings are the same, and so are the
 * two SVGs but for the names: cairo's own numbering of surfaces goes on
 * across the process, ours does not. */
static void
test_chart_ids (void)
{
  g_autoptr(MaillageDocument) document = maillage_document_new ("Cartes");
  g_autoptr(MaillageChart) chart = new_chart ("Même graphique");
  g_autoptr(HtmlTestPage) page = NULL;
  g_autofree char *html = NULL;
  gsize length;

  maillage_document_add_figure (document, chart, "Un");
  maillage_document_add_figure (document, chart, "Deux");
  html = write_page (document, &length);
  page = html_test_page_check (html, length);

  g_assert_cmpuint (html_test_page_count (page, "svg"), ==, 2);
  g_assert_cmpuint (html_test_page_count (page, "use"), >, 0);
  g_assert_true (g_hash_table_contains (page->ids, "fig1-c1"));
  g_assert_true (g_hash_table_contains (page->ids, "fig2-c1"));
  assert_contains (html, "xlink:href=\"#fig2-c");
  g_assert_null (strstr (html, "\"#glyph"));
  g_assert_null (strstr (html, "url(#clip"));

  {
    const char *first = strstr (html, "<svg");
    const char *second = strstr (first + 1, "<svg");
    g_autofree char *one = g_strndup (first, second - first);
    g_autofree char *two = g_strndup (second, strstr (second, "</svg>") + 6 - second);
    g_autoptr(GString) renamed = g_string_new (two);

    g_assert_cmpuint (g_string_replace (renamed, "fig2-", "fig1-", 0), >, 2);
    g_string_replace (renamed, ">Deux<", ">Un<", 0);
    g_assert_true (g_str_has_suffix (one, "</svg>\n<figcaption>Un</figcaption>\n</figure>\n<figure id=\"fig2\">\n"));
    g_assert_true (g_str_has_prefix (one, renamed->str));
  }
}

/* Headings before any part, and a document without parts. */
static void
test_heading_levels (void)
{
  static const guint expected[] = { 1, 2, 3, 1, 1, 1, 2 };
  g_autoptr(MaillageDocument) document = maillage_document_new ("Niveaux");
  g_autoptr(HtmlTestPage) page = NULL;
  g_autofree char *html = NULL;
  gsize length;

  maillage_document_add_heading (document, 2, "Commence au niveau 2");
  maillage_document_add_heading (document, 5, "Saute au niveau 5");
  maillage_document_add_heading (document, 6, "Puis 6");
  maillage_document_add_heading (document, 1, "Remonte");
  maillage_document_add_contents (document, "Sommaire");
  maillage_document_add_part (document, MAILLAGE_PART_ANNEX, "Annexe");
  maillage_document_add_heading (document, 4, "Dans la partie");
  html = write_page (document, &length);
  page = html_test_page_check (html, length);

  g_assert_cmpuint (page->heading_levels->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpuint (g_array_index (page->heading_levels, guint, i), ==, expected[i]);

  /* Before any part, the contents list the whole document, parts too. */
  g_assert_cmpuint (page->links->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (page->links, 5), ==, "#s6");
}

static char *
repeat (const char *text,
        gsize       length)
{
  GString *out = g_string_sized_new (length + strlen (text));

  while (out->len < length)
    g_string_append (out, text);

  return g_string_free (out, FALSE);
}

static MaillageDocument *
hostile_document (void)
{
  static const char * const items[] = { "<script>alert(1)</script>", "* pas une liste", NULL };
  static const char * const header[] = { "<th onclick=alert(1)>", "\">", NULL };
  static const char * const row[] = { "<td>", "javascript:alert(1)", NULL };
  g_autofree char *huge = repeat ("Lorem <b>ipsum</b> & dolor sit amet ", 1024 * 1024);
  g_autofree char *word = repeat ("Anticonstitutionnellement", 20000);
  g_autoptr(MaillageChart) chart = new_chart ("<script>alert(1)</script>");
  MaillageDocument *document = maillage_document_new ("</title><script>alert(1)</script>");
  MaillageBlock *block;

  maillage_document_set_author (document, "\" onmouseover=\"alert(1)");
  maillage_document_set_subject (document, "'><img src=x onerror=alert(1)>");
  maillage_document_add_part (document, MAILLAGE_PART_NOTE, "<script>alert(1)</script>");
  maillage_document_add_heading (document, 1, "<img src=x onerror=alert(1)>");
  maillage_document_add_paragraph (document, "<script>alert(1)</script>");
  maillage_document_add_paragraph (document, "[x](javascript:alert(1))");
  maillage_document_add_paragraph (document, "<img src=x onerror=alert(1)> &amp; &lt;");
  maillage_document_add_paragraph (document, "Contrôle\x01\x02\x1b[31m\x7f C1\xc2\x85\xc2\x9f fin\r\nligne");
  maillage_document_add_paragraph (document, "مرحبا بالعالم ، שלום עולם ‏(RTL)‏");
  maillage_document_add_paragraph (document, "Emoji 🇫🇷 👩🏽‍💻 ✅ 𝄞");
  maillage_document_add_paragraph (document, word);
  maillage_document_add_paragraph (document, huge);
  block = maillage_document_add_rich_paragraph (document);
  maillage_block_append_link (block, "clique", "javascript:alert(1)");
  maillage_block_append_link (block, "données", "data:text/html,<script>alert(1)</script>");
  maillage_block_append_link (block, "vb", " JaVaScRiPt:alert(1)");
  maillage_block_append_link (block, "tab", "java\tscript:alert(1)");
  maillage_block_append_link (block, "fichier", "file:///etc/passwd");
  maillage_block_append_link (block, "écrire", "mailto:contact@example.org");
  maillage_document_add_list (document, FALSE, items);
  block = maillage_document_add_table (document, "<caption>", header);
  maillage_block_append_row (block, row);
  block = maillage_document_add_figure (document, chart, "</figcaption><script>");
  maillage_block_set_alt_text (block, "</desc></svg><script>alert(1)</script>");
  maillage_document_add_contents (document, "<nav>");

  return document;
}

static void
test_hostile (void)
{
  g_autoptr(MaillageDocument) document = hostile_document ();
  g_autoptr(HtmlTestPage) page = NULL;
  g_autofree char *html = NULL;
  gsize length;

  html = write_page (document, &length);
  page = html_test_page_check (html, length);
  g_assert_cmpuint (length, >, 1024 * 1024 + 20000);

  /* The page check refused any script, event attribute or dangerous link:
   * the one link left is the mail address. */
  g_assert_cmpuint (page->links->len, >=, 1);
  for (guint i = 0; i < page->links->len; i++)
    {
      const char *link = g_ptr_array_index (page->links, i);

      g_assert_true (link[0] == '#' || g_str_equal (link, "mailto:contact@example.org"));
    }

  /* Everything is there, as text. */
  g_assert_nonnull (strstr (page->text->str, "<script>alert(1)</script>"));
  g_assert_nonnull (strstr (page->text->str, "<img src=x onerror=alert(1)>"));
  /* (typography puts a narrow no-break space before the semicolons) */
  g_assert_nonnull (strstr (page->text->str, "<img src=x onerror=alert(1)> &amp"));
  g_assert_nonnull (strstr (page->text->str, "clique"));
  g_assert_nonnull (strstr (page->text->str, "données"));
  g_assert_nonnull (strstr (page->text->str, "مرحبا بالعالم"));
  g_assert_nonnull (strstr (page->text->str, "👩🏽‍💻"));
  g_assert_nonnull (strstr (page->text->str, "</desc></svg><script>"));

  /* No control character but line feeds and tabs, no C1 control. */
  for (gsize i = 0; i < length; i++)
    {
      guchar c = html[i];

      g_assert_true (c >= 0x20 || c == '\n' || c == '\t');
      g_assert_true (c != 0x7f);
      g_assert_false (c == 0xc2 && (guchar) html[i + 1] >= 0x80 && (guchar) html[i + 1] <= 0x9f);
    }
  assert_contains (html, "Contrôle[31m C1 fin<br/>\nligne");

  /* The very long word can break: it will not widen the page. */
  assert_contains (html, "<p>AnticonstitutionnellementAnticon<wbr/>stitutionnellementAnticonstituti<wbr/>");
}

static void
test_text (void)
{
  static const struct { const char *uri; gboolean safe; } uris[] = {
    { "http://example.org", TRUE },
    { "HTTPS://example.org/a?b=c", TRUE },
    { "mailto:contact@example.org", TRUE },
    { "javascript:alert(1)", FALSE },
    { "JavaScript:alert(1)", FALSE },
    { " javascript:alert(1)", FALSE },
    { "java\tscript:alert(1)", FALSE },
    { "\x01javascript:alert(1)", FALSE },
    { "vbscript:msgbox", FALSE },
    { "data:text/html,<script>", FALSE },
    { "file:///etc/passwd", FALSE },
    { "//example.org", FALSE },
    { "#top", FALSE },
    { "", FALSE },
    { NULL, FALSE },
  };
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (uris); i++)
    if (html_uri_is_safe (uris[i].uri) != uris[i].safe)
      g_error ("“%s” is%s taken as safe", uris[i].uri, uris[i].safe ? " not" : "");

  html_append_text (out, "a<b>&\"'\n\tc", HTML_TEXT_INLINE);
  g_assert_cmpstr (out->str, ==, "a&lt;b&gt;&amp;\"'\n\tc");
  g_string_truncate (out, 0);
  html_append_text (out, "a<b>&\"'\n\tc", HTML_TEXT_ATTRIBUTE);
  g_assert_cmpstr (out->str, ==, "a&lt;b&gt;&amp;&quot;&#39;  c");
  g_string_truncate (out, 0);
  html_append_text (out, "un\ndeux\r\n", HTML_TEXT_LINES);
  g_assert_cmpstr (out->str, ==, "un<br/>\ndeux<br/>\n");

  /* Very long words get break opportunities, before ASCII characters
   * only, and never where no markup may go. */
  g_string_truncate (out, 0);
  html_append_text (out, "court aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", HTML_TEXT_INLINE);
  g_assert_cmpstr (out->str, ==, "court aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa<wbr/>aaaaaaaa");
  g_string_truncate (out, 0);
  html_append_text (out, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", HTML_TEXT_PLAIN);
  g_assert_null (strstr (out->str, "<wbr/>"));
  g_string_truncate (out, 0);
  html_append_text (out, "ééééééééééééééééééééééééééééééééééééééé", HTML_TEXT_LINES);
  g_assert_null (strstr (out->str, "<wbr/>"));

  /* Controls, C1 controls, the noncharacters XML forbids; invalid UTF-8
   * repaired rather than passed on. */
  g_string_truncate (out, 0);
  html_append_text (out, "\x01" "a\x1b\x7f" "b\xc2\x80\xc2\x9f" "c\xef\xbf\xbe\xef\xbf\xbf" "d\xc2\xa0" "e", HTML_TEXT_INLINE);
  g_assert_cmpstr (out->str, ==, "abcd\xc2\xa0" "e");
  g_string_truncate (out, 0);
  html_append_text (out, "é\xff\xfe<", HTML_TEXT_INLINE);
  g_assert_true (g_utf8_validate (out->str, -1, NULL));
  g_assert_true (g_str_has_prefix (out->str, "é"));
  g_assert_true (g_str_has_suffix (out->str, "&lt;"));
}

static GFile *
temporary_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_dir_make_tmp ("test-export-html-XXXXXX", &error);

  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static guint
count_children (GFile *folder)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) error = NULL;
  GFileInfo *info;
  guint n = 0;

  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  while ((info = g_file_enumerator_next_file (children, NULL, &error)) != NULL)
    {
      n++;
      g_object_unref (info);
    }
  g_assert_no_error (error);

  return n;
}

static void
remove_file (GFile *file)
{
  g_autoptr(GError) error = NULL;

  g_file_delete (file, NULL, &error);
  g_assert_no_error (error);
}

static void
test_write (void)
{
  g_autoptr(MaillageExporter) exporter = new_exporter ();
  g_autoptr(MaillageDocument) document = full_document ();
  g_autoptr(GFile) folder = temporary_folder ();
  g_autoptr(GFile) file = g_file_get_child (folder, "stratégie.html");
  g_autoptr(GFile) missing = g_file_new_build_filename (g_file_peek_path (folder), "absent", "x.html", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  gsize expected_length, length;

  /* Written whole, over an older file, and nothing else left beside it. */
  g_file_replace_contents (file, "ancien", 6, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (maillage_exporter_write (exporter, document, file, NULL, &error));
  g_assert_no_error (error);
  g_file_load_contents (file, NULL, &contents, &length, NULL, &error);
  g_assert_no_error (error);
  expected = write_page (document, &expected_length);
  g_assert_cmpmem (contents, length, expected, expected_length);
  g_assert_cmpuint (count_children (folder), ==, 1);

  /* Cancelled: the file written before is still there, untouched. */
  g_cancellable_cancel (cancellable);
  g_assert_false (maillage_exporter_write (exporter, document, file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_clear_pointer (&contents, g_free);
  g_file_load_contents (file, NULL, &contents, &length, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, expected, expected_length);

  /* A folder that does not exist: a message naming the file, no debris. */
  g_assert_false (maillage_exporter_write (exporter, document, missing, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "x.html"));
  g_assert_cmpuint (count_children (folder), ==, 1);

  remove_file (file);
  remove_file (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export-html/exporter", test_exporter);
  g_test_add_func ("/export-html/every-block", test_every_block);
  g_test_add_func ("/export-html/chart-ids", test_chart_ids);
  g_test_add_func ("/export-html/heading-levels", test_heading_levels);
  g_test_add_func ("/export-html/hostile", test_hostile);
  g_test_add_func ("/export-html/text", test_text);
  g_test_add_func ("/export-html/write", test_write);

  return g_test_run ();
}
