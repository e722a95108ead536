/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-print-layout.c: MaillagePrintLayout, the pages of the PDF, of
 * printing and of the preview. The pages are drawn into PDF files and
 * read back with poppler's pdftotext: what a reader of the PDF gets is
 * what is checked. Page by page: the header row of a long table on every
 * page the table goes on, a row taller than a page split between lines,
 * every line once and only once, no word outside the page's text box, no
 * heading alone at the bottom of a page, the contents' page numbers, the
 * running header and footer; and text no document should hold (a 1 MB
 * paragraph, a word of 2,000 letters, right-to-left scripts, emoji).
 */
#define G_LOG_DOMAIN "test-print-layout"

#include "config.h"

#include <libintl.h>
#include <cairo-pdf.h>
#include <locale.h>
#include <string.h>

#include "maillage-i18n.h"
#include "maillage-test-pdf.h"
#include "maillage-unit-utils.h"

/* The layout's margins (see maillage-print-layout.c): 25 mm top and
 * bottom, 22 mm at the sides. */
#define MARGIN_SIDE (22 * 72.0 / 25.4)

typedef struct
{
  char *dir;
  char *pdf;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = maillage_unit_make_temp_dir ("print-layout-XXXXXX");
  fixture->pdf = g_build_filename (fixture->dir, "pages.pdf", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *keep = g_getenv ("MAILLAGE_TEST_KEEP_PDF");

  /* To look at the pages: MAILLAGE_TEST_KEEP_PDF=/some/folder keeps each
   * test's PDF there, named after the test. */
  if (keep != NULL && g_file_test (fixture->pdf, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_strdelimit (g_strconcat (g_test_get_path () + 1, ".pdf", NULL), "/", '-');
      g_autofree char *target = g_build_filename (keep, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (fixture->pdf, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (target, contents, length, NULL));
    }

  maillage_unit_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->pdf);
}

static MaillageChart *
new_chart (void)
{
  static const char * const communes[] = { "Arbois", "Bletterans", "Champagnole", "Dole", NULL };
  MaillageChart *chart = maillage_chart_new_bar ("Locaux raccordables", "%");
  guint series = maillage_chart_add_series (chart, "2026");

  for (guint i = 0; communes[i] != NULL; i++)
    maillage_chart_set_value (chart, series, maillage_chart_add_category (chart, communes[i]),
                              20.0 * (i + 1));

  return chart;
}

static char *
sentence (guint n_words,
          guint seed)
{
  static const char * const words[] = {
    "médiation", "numérique", "territoire", "commune", "accompagnement", "usagers",
    "fibre", "démarches", "inclusion", "services", "mutualisation", "agents",
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, words[(i * 7 + seed) % G_N_ELEMENTS (words)]);
    }
  g_string_append_c (text, '.');

  return g_string_free (text, FALSE);
}

/* A document with every kind of block, over a few pages. */
static MaillageDocument *
sample_document (void)
{
  MaillageDocument *document = maillage_document_new ("Stratégie numérique du Val de Sorne");
  const char *header[] = { "Commune", "Lieux", "Habitants", NULL };
  const char *items[] = { "Premier point", "Deuxième point", "Troisième point", NULL };
  g_autoptr(MaillageChart) chart = new_chart ();
  MaillageBlock *block;

  maillage_document_add_part (document, MAILLAGE_PART_ANNEX, "Annexe : la stratégie");
  maillage_document_add_contents (document, "Sommaire");
  for (guint chapter = 1; chapter <= 3; chapter++)
    {
      g_autofree char *title = g_strdup_printf ("Chapitre %u", chapter);

      maillage_document_add_heading (document, 1, title);
      for (guint section = 1; section <= 3; section++)
        {
          g_autofree char *section_title = g_strdup_printf ("Section %u.%u", chapter, section);

          maillage_document_add_heading (document, 2, section_title);
          for (guint p = 0; p < 3; p++)
            {
              g_autofree char *text = sentence (40 + p * 20, chapter + section + p);

              maillage_document_add_paragraph (document, text);
            }
        }
      maillage_document_add_list (document, chapter % 2 == 0, items);
      block = maillage_document_add_table (document, "Lieux par commune", header);
      maillage_block_set_alignment (block, 1, MAILLAGE_ALIGNMENT_END);
      maillage_block_set_alignment (block, 2, MAILLAGE_ALIGNMENT_END);
      for (guint r = 0; r < 8; r++)
        {
          const char *row[] = { "Arbois", "3", "3 412", NULL };

          maillage_block_append_row (block, row);
        }
      maillage_document_add_figure (document, chart, "Locaux raccordables à la fibre");
    }

  block = maillage_document_add_rich_paragraph (document);
  maillage_block_append_span (block, MAILLAGE_TEXT_STYLE_NONE, "Voir ");
  maillage_block_append_link (block, "le site de l’ANCT", "https://anct.gouv.fr/");
  maillage_block_append_span (block, MAILLAGE_TEXT_STYLE_BOLD, " en gras");
  maillage_block_append_span (block, MAILLAGE_TEXT_STYLE_ITALIC, " et en italique.");

  return document;
}

static MaillagePrintLayout *
paginate (MaillageDocument *document)
{
  MaillagePrintLayout *layout = maillage_print_layout_new (document);

  maillage_print_layout_paginate (layout);
  g_assert_cmpuint (maillage_print_layout_get_n_pages (layout), >=, 1);

  return layout;
}

static void
test_empty (void)
{
  g_autoptr(MaillageDocument) document = maillage_document_new (NULL);
  g_autoptr(MaillagePrintLayout) layout = paginate (document);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 60, 85);
  cairo_t *cr = cairo_create (surface);

  g_assert_cmpuint (maillage_print_layout_get_n_pages (layout), ==, 1);
  g_assert_cmpuint (maillage_print_layout_get_n_outline_entries (layout), ==, 0);
  g_assert_true (maillage_print_layout_get_document (layout) == document);

  cairo_scale (cr, 0.1, 0.1);
  maillage_print_layout_render_page (layout, cr, 0);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The same document, paper and margins give the same pages. */
static void
test_page_count_stable (void)
{
  g_autoptr(MaillageDocument) document = sample_document ();
  g_autoptr(MaillagePrintLayout) layout = paginate (document);
  guint n_pages = maillage_print_layout_get_n_pages (layout);
  double width, height;

  g_assert_cmpuint (n_pages, >=, 4);
  maillage_print_layout_get_page_size (layout, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, MAILLAGE_PRINT_LAYOUT_A4_WIDTH, 0.01);
  g_assert_cmpfloat_with_epsilon (height, MAILLAGE_PRINT_LAYOUT_A4_HEIGHT, 0.01);

  maillage_print_layout_paginate (layout);
  g_assert_cmpuint (maillage_print_layout_get_n_pages (layout), ==, n_pages);

  /* A5 takes more pages; back to A4, the same as before. */
  maillage_print_layout_set_page_size (layout, 419.53, 595.28);
  maillage_print_layout_paginate (layout);
  g_assert_cmpuint (maillage_print_layout_get_n_pages (layout), >, n_pages);

  maillage_print_layout_set_page_size (layout, MAILLAGE_PRINT_LAYOUT_A4_WIDTH,
                                       MAILLAGE_PRINT_LAYOUT_A4_HEIGHT);
  maillage_print_layout_paginate (layout);
  g_assert_cmpuint (maillage_print_layout_get_n_pages (layout), ==, n_pages);

  /* Wider margins, fewer lines a page. */
  maillage_print_layout_set_margins (layout, 144, 144, 144, 144);
  maillage_print_layout_paginate (layout);
  g_assert_cmpuint (maillage_print_layout_get_n_pages (layout), >, n_pages);
}

static void
test_outline (void)
{
  g_autoptr(MaillageDocument) document = sample_document ();
  g_autoptr(MaillagePrintLayout) layout = paginate (document);
  guint n = maillage_print_layout_get_n_outline_entries (layout);
  guint previous_page = 0;
  guint depth, page;
  double y;
  const char *title;

  /* The part, 3 chapters, 9 sections. */
  g_assert_cmpuint (n, ==, 13);

  title = maillage_print_layout_get_outline_entry (layout, 0, &depth, &page, &y);
  g_assert_cmpstr (title, ==, "Annexe\u00a0: la stratégie");
  g_assert_cmpuint (depth, ==, 0);
  g_assert_cmpuint (page, ==, 0);

  title = maillage_print_layout_get_outline_entry (layout, 1, &depth, NULL, NULL);
  g_assert_cmpstr (title, ==, "1 Chapitre 1");
  g_assert_cmpuint (depth, ==, 1);
  title = maillage_print_layout_get_outline_entry (layout, 2, &depth, NULL, NULL);
  g_assert_cmpstr (title, ==, "1.1 Section 1.1");
  g_assert_cmpuint (depth, ==, 2);

  for (guint i = 0; i < n; i++)
    {
      maillage_print_layout_get_outline_entry (layout, i, NULL, &page, &y);
      g_assert_cmpuint (page, >=, previous_page);
      g_assert_cmpuint (page, <, maillage_print_layout_get_n_pages (layout));
      g_assert_cmpfloat (y, >, 0);
      g_assert_cmpfloat (y, <, MAILLAGE_PRINT_LAYOUT_A4_HEIGHT);
      previous_page = page;
    }
}

static char *
footer (guint page,
        guint n_pages)
{
  return g_strdup_printf (F_("Page %u of %u"), page, n_pages);
}

/* The footer on every page; the running header on every page but the
 * first of a part; the contents give each heading's page. */
static void
test_header_footer_contents (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(MaillageDocument) document = sample_document ();
  g_autoptr(MaillagePrintLayout) layout = paginate (document);
  guint n_pages = maillage_print_layout_get_n_pages (layout);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  if (maillage_test_pdf_skip_without_tools ())
    return;

  maillage_test_pdf_write_layout (layout, fixture->pdf);

  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *text = maillage_test_pdf_text (fixture->pdf, p, TRUE);
      g_autofree char *expected = footer (p, n_pages);

      g_assert_nonnull (strstr (text, expected));
    }

  first = maillage_test_pdf_text (fixture->pdf, 1, TRUE);
  second = maillage_test_pdf_text (fixture->pdf, 2, TRUE);
  g_assert_cmpuint (maillage_test_pdf_count (first, "Stratégie numérique du Val de Sorne"), ==, 0);
  g_assert_cmpuint (maillage_test_pdf_count (second, "Stratégie numérique du Val de Sorne"), ==, 1);
  /* pdftotext gives the no-break space before the colon as a space. */
  g_assert_cmpuint (maillage_test_pdf_count (second, "Annexe : la stratégie"), ==, 1);

  /* The contents, on the first page: each heading's line ends with the
   * page it is on. */
  for (guint i = 1; i < maillage_print_layout_get_n_outline_entries (layout); i++)
    {
      guint page;
      const char *title = maillage_print_layout_get_outline_entry (layout, i, NULL, &page, NULL);
      const char *text_title = strchr (title, ' ') + 1;
      g_auto(GStrv) lines = g_strsplit (first, "\n", -1);
      g_autofree char *number = g_strdup_printf (" %u", page + 1);
      gboolean found = FALSE;

      for (guint l = 0; lines[l] != NULL && !found; l++)
        {
          g_strchomp (lines[l]);
          if (strstr (lines[l], text_title) != NULL)
            {
              g_assert_true (g_str_has_suffix (lines[l], number));
              found = TRUE;
            }
        }
      g_assert_true (found);
    }
}

static MaillageDocument *
long_table_document (guint n_rows)
{
  MaillageDocument *document = maillage_document_new ("Tableau long");
  const char *header[] = { "Enteteun", "Entetedeux", "Entetetrois", NULL };
  MaillageBlock *table;

  maillage_document_add_heading (document, 1, "Un long tableau");
  maillage_document_add_paragraph (document, "Avant le tableau.");
  table = maillage_document_add_table (document, "Le tableau", header);
  maillage_block_set_alignment (table, 2, MAILLAGE_ALIGNMENT_END);
  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *name = g_strdup_printf ("R%03u", r);
      g_autofree char *text = sentence (r % 5 == 0 ? 30 : 4, r);
      const char *row[] = { name, text, "1 234", NULL };

      maillage_block_append_row (table, row);
    }
  maillage_document_add_paragraph (document, "Après le tableau.");

  return document;
}

/* A table over many pages: the header row on each, every row once. */
static void
test_table_header_repeated (Fixture       *fixture,
                            gconstpointer  data)
{
  const guint n_rows = 240;
  g_autoptr(MaillageDocument) document = long_table_document (n_rows);
  g_autoptr(MaillagePrintLayout) layout = paginate (document);
  guint n_pages = maillage_print_layout_get_n_pages (layout);
  g_autofree char *all = NULL;

  if (maillage_test_pdf_skip_without_tools ())
    return;

  g_assert_cmpuint (n_pages, >=, 4);
  maillage_test_pdf_write_layout (layout, fixture->pdf);

  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *text = maillage_test_pdf_text (fixture->pdf, p, TRUE);

      if (strstr (text, "R0") == NULL && strstr (text, "R1") == NULL && strstr (text, "R2") == NULL)
        continue;
      g_assert_cmpuint (maillage_test_pdf_count (text, "Enteteun"), ==, 1);
      g_assert_cmpuint (maillage_test_pdf_count (text, "Entetedeux"), ==, 1);
      g_assert_cmpuint (maillage_test_pdf_count (text, "Entetetrois"), ==, 1);
    }

  all = maillage_test_pdf_text (fixture->pdf, 0, FALSE);
  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *name = g_strdup_printf ("R%03u", r);

      g_assert_cmpuint (maillage_test_pdf_count (all, name), ==, 1);
    }
  g_assert_cmpuint (maillage_test_pdf_count (all, "Enteteun"), ==, n_pages);
  g_assert_nonnull (strstr (all, "Après le tableau."));
}

/* A row taller than a page is split between lines: every line comes
 * once, on pages that each start with the header. */
static void
test_table_tall_row (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(MaillageDocument) document = maillage_document_new ("Rangée haute");
  g_autoptr(GString) cell = g_string_new (NULL);
  g_autoptr(MaillagePrintLayout) layout = NULL;
  const char *header[] = { "Colonneune", "Colonnedeux", NULL };
  g_autofree char *all = NULL;
  MaillageBlock *table;
  guint n_pages;

  /* Some 200 lines in its column: more than a page. */
  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (cell, "%sL%04u", i > 0 ? " " : "", i);
  table = maillage_document_add_table (document, NULL, header);
  {
    const char *row[] = { "Avant", "court", NULL };
    const char *tall[] = { "Haute", cell->str, NULL };
    const char *after[] = { "Après", "court", NULL };

    maillage_block_append_row (table, row);
    maillage_block_append_row (table, tall);
    maillage_block_append_row (table, after);
  }

  layout = paginate (document);
  n_pages = maillage_print_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >=, 3);
  if (maillage_test_pdf_skip_without_tools ())
    return;

  maillage_test_pdf_write_layout (layout, fixture->pdf);
  all = maillage_test_pdf_text (fixture->pdf, 0, FALSE);
  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *token = g_strdup_printf ("L%04u", i);

      g_assert_cmpuint (maillage_test_pdf_count (all, token), ==, 1);
    }
  g_assert_cmpuint (maillage_test_pdf_count (all, "Colonneune"), ==, n_pages);
  g_assert_cmpuint (maillage_test_pdf_count (all, "Avant"), ==, 1);
  g_assert_cmpuint (maillage_test_pdf_count (all, "Après"), ==, 1);
}

static GString *
long_word (guint length)
{
  GString *word = g_string_new (NULL);

  for (guint i = 0; i < length; i++)
    g_string_append_c (word, 'a' + i % 26);

  return word;
}

/* Nothing goes past the sides of the text, nor off the page, however long
 * a word is. */
static void
test_inside_page (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(MaillageDocument) document = maillage_document_new ("Des mots très longs");
  g_autoptr(GString) word = long_word (2000);
  g_autoptr(MaillagePrintLayout) layout = NULL;
  g_autoptr(GArray) words = NULL;
  const char *header[] = { "Nom", word->str, "Montant", NULL };
  const char *row[] = { word->str, "court", "12 000 €", NULL };
  const char *items[] = { word->str, "court", NULL };
  double width = 0, height = 0;
  guint n_outside = 0;
  MaillageBlock *table;

  maillage_document_add_part (document, MAILLAGE_PART_NOTE, word->str);
  maillage_document_add_heading (document, 2, word->str);
  maillage_document_add_paragraph (document, word->str);
  maillage_document_add_list (document, TRUE, items);
  table = maillage_document_add_table (document, word->str, header);
  maillage_block_append_row (table, row);
  maillage_block_append_row (table, row);
  maillage_document_add_paragraph (document, "Fin.");

  layout = paginate (document);
  if (maillage_test_pdf_skip_without_tools ())
    return;

  maillage_test_pdf_write_layout (layout, fixture->pdf);
  words = maillage_test_pdf_words (fixture->pdf, &width, &height);
  g_assert_cmpuint (words->len, >, 20);
  g_assert_cmpfloat_with_epsilon (width, MAILLAGE_PRINT_LAYOUT_A4_WIDTH, 0.5);

  for (guint i = 0; i < words->len; i++)
    {
      MaillageTestPdfWord *w = &g_array_index (words, MaillageTestPdfWord, i);

      if (w->x_min < MARGIN_SIDE - 1 || w->x_max > width - MARGIN_SIDE + 1 ||
          w->y_min < 0 || w->y_max > height)
        {
          g_test_message ("“%.20s…” on page %u stands outside the text: %.1f, %.1f to %.1f, %.1f",
                          w->text, w->page, w->x_min, w->y_min, w->x_max, w->y_max);
          n_outside++;
        }
    }
  if (n_outside > 0)
    g_test_fail_printf ("%u words stand outside the text", n_outside);
}

/* A paragraph of a megabyte: split over hundreds of pages, the first and
 * last words there. */
static void
test_huge_paragraph (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(MaillageDocument) document = maillage_document_new ("Un mégaoctet");
  g_autoptr(GString) text = g_string_new ("Début");
  g_autoptr(MaillagePrintLayout) layout = NULL;
  g_autofree char *last = NULL;
  guint n_pages;

  while (text->len < 1024 * 1024)
    g_string_append (text, " accompagnement numérique des habitants du territoire");
  g_string_append (text, " Fin.");
  maillage_document_add_paragraph (document, text->str);

  layout = paginate (document);
  n_pages = maillage_print_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >, 200);

  if (maillage_test_pdf_skip_without_tools ())
    return;

  maillage_test_pdf_write_layout (layout, fixture->pdf);
  last = maillage_test_pdf_text (fixture->pdf, n_pages, FALSE);
  g_assert_nonnull (strstr (last, "Fin."));
}

/* Scripts written right to left, emoji, combining marks: laid out and
 * drawn without a fuss, the Latin text around them intact. */
static void
test_rtl_emoji (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(MaillageDocument) document = maillage_document_new ("Écritures");
  g_autoptr(MaillagePrintLayout) layout = NULL;
  g_autofree char *all = NULL;
  const char *header[] = { "Langue", "Texte", NULL };
  const char *arabic[] = { "arabe", "مرحبا بكم في المكتبة", NULL };
  const char *hebrew[] = { "hébreu", "שלום עולם", NULL };
  const char *emoji[] = { "émoji", "👩‍💻 🇫🇷 ✅", NULL };
  MaillageBlock *table;

  maillage_document_add_heading (document, 1, "مرحبا Accueil 👋");
  maillage_document_add_paragraph (document, "Début مرحبا بكم في المكتبة العامة שלום עולם "
                                   "👩‍👩‍👧‍👦 e\u0301te\u0301 Fin.");
  table = maillage_document_add_table (document, "Langues", header);
  maillage_block_append_row (table, arabic);
  maillage_block_append_row (table, hebrew);
  maillage_block_append_row (table, emoji);

  layout = paginate (document);
  g_assert_cmpuint (maillage_print_layout_get_n_pages (layout), ==, 1);
  if (maillage_test_pdf_skip_without_tools ())
    return;

  maillage_test_pdf_write_layout (layout, fixture->pdf);
  all = maillage_test_pdf_text (fixture->pdf, 0, FALSE);
  g_assert_nonnull (strstr (all, "Début"));
  g_assert_nonnull (strstr (all, "Fin."));
  g_assert_nonnull (strstr (all, "hébreu"));
}

/* Headings of varying heights after paragraphs of varying lengths: on
 * no page is a heading the last thing before the footer. */
static void
test_keep_with_next (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(MaillageDocument) document = maillage_document_new (NULL);
  g_autoptr(MaillagePrintLayout) layout = NULL;
  guint n_pages;

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *title = g_strdup_printf ("Titre%02u", i);
      g_autofree char *text = sentence (20 + (i * 37) % 90, i);

      maillage_document_add_heading (document, 1 + i % 3, title);
      if (i % 4 == 0)
        {
          g_autofree char *sub = g_strdup_printf ("Titre%02ub", i);

          maillage_document_add_heading (document, 3, sub);
        }
      maillage_document_add_paragraph (document, text);
    }

  layout = paginate (document);
  n_pages = maillage_print_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >=, 3);
  if (maillage_test_pdf_skip_without_tools ())
    return;

  maillage_test_pdf_write_layout (layout, fixture->pdf);
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *text = maillage_test_pdf_text (fixture->pdf, p, FALSE);
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
      const char *last_line = NULL;

      for (guint l = 0; lines[l] != NULL; l++)
        {
          g_strstrip (lines[l]);
          if (*lines[l] == '\0' || *lines[l] == '\f' || g_str_has_prefix (lines[l], "Page "))
            continue;
          last_line = lines[l];
        }
      g_assert_nonnull (last_line);
      if (strstr (last_line, "Titre") != NULL)
        g_error ("page %u ends with the heading “%s”", p, last_line);
    }
}

/* Links are links in the PDF: to the web from a paragraph, to the page
 * of a heading from the contents. Figures are vectors, not pictures. */
static void
test_links_and_vectors (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(MaillageDocument) document = sample_document ();
  g_autoptr(MaillagePrintLayout) layout = paginate (document);
  g_autofree char *bytes = NULL;

  maillage_test_pdf_write_layout (layout, fixture->pdf);
  bytes = maillage_test_pdf_read_raw (fixture->pdf);

  g_assert_nonnull (strstr (bytes, "/URI (https://anct.gouv.fr/)"));
  /* The contents' twelve entries link inside the document. */
  g_assert_cmpuint (maillage_test_pdf_count (bytes, "/Dest"), >=, 12);
  g_assert_null (strstr (bytes, "/Subtype /Image"));
}

/* Under a French locale, numbers in cairo's attributes keep their dot. */
static void
test_french_locale (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(MaillageDocument) document = sample_document ();
  g_autoptr(MaillagePrintLayout) layout = paginate (document);
  char *previous = g_strdup (setlocale (LC_NUMERIC, NULL));

  if (setlocale (LC_NUMERIC, "fr_FR.UTF-8") == NULL)
    {
      g_free (previous);
      g_test_skip ("the fr_FR.UTF-8 locale is not installed");
      return;
    }

  /* A comma in an attribute would put the context in error: the helper
   * asserts its status. */
  maillage_test_pdf_write_layout (layout, fixture->pdf);
  setlocale (LC_NUMERIC, previous);
  g_free (previous);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  bindtextdomain (GETTEXT_PACKAGE, BUILD_ROOT "/po");

  g_test_add_func ("/print-layout/empty", test_empty);
  g_test_add_func ("/print-layout/page-count-stable", test_page_count_stable);
  g_test_add_func ("/print-layout/outline", test_outline);
  g_test_add ("/print-layout/header-footer-contents", Fixture, NULL,
              fixture_set_up, test_header_footer_contents, fixture_tear_down);
  g_test_add ("/print-layout/table-header-repeated", Fixture, NULL,
              fixture_set_up, test_table_header_repeated, fixture_tear_down);
  g_test_add ("/print-layout/table-tall-row", Fixture, NULL,
              fixture_set_up, test_table_tall_row, fixture_tear_down);
  g_test_add ("/print-layout/inside-page", Fixture, NULL,
              fixture_set_up, test_inside_page, fixture_tear_down);
  g_test_add ("/print-layout/huge-paragraph", Fixture, NULL,
              fixture_set_up, test_huge_paragraph, fixture_tear_down);
  g_test_add ("/print-layout/rtl-emoji", Fixture, NULL,
              fixture_set_up, test_rtl_emoji, fixture_tear_down);
  g_test_add ("/print-layout/keep-with-next", Fixture, NULL,
              fixture_set_up, test_keep_with_next, fixture_tear_down);
  g_test_add ("/print-layout/links-and-vectors", Fixture, NULL,
              fixture_set_up, test_links_and_vectors, fixture_tear_down);
  g_test_add ("/print-layout/french-locale", Fixture, NULL,
              fixture_set_up, test_french_locale, fixture_tear_down);

  return g_test_run ();
}
