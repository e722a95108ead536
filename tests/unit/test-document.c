/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-document.c: the blocks of a MaillageDocument (numbered headings,
 * spans, figures, tables of contents, column alignment, typography) and
 * the French catalogue the documents' words come from whatever the locale.
 */
#define G_LOG_DOMAIN "test-document"

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "maillage.h"

#define NNBSP "\u202f"
#define NBSP  "\u00a0"

static MaillageBlock *
block_at (MaillageDocument *document,
          guint             position)
{
  MaillageBlock *block = g_list_model_get_item (G_LIST_MODEL (document), position);

  /* The document keeps its own reference for the test's lifetime. */
  g_object_unref (block);

  return block;
}

static void
test_metadata (void)
{
  g_autoptr(MaillageDocument) document = maillage_document_new ("Stratégie");

  g_assert_cmpstr (maillage_document_get_title (document), ==, "Stratégie");
  g_assert_cmpstr (maillage_document_get_author (document), ==, "");
  maillage_document_set_author (document, "Val de Sorne");
  maillage_document_set_subject (document, "Stratégie numérique");
  g_assert_cmpstr (maillage_document_get_author (document), ==, "Val de Sorne");
  g_assert_cmpstr (maillage_document_get_subject (document), ==, "Stratégie numérique");
  g_assert_cmpstr (maillage_document_get_language (document), ==, "fr-FR");
}

static void
test_heading_numbers (void)
{
  g_autoptr(MaillageDocument) document = maillage_document_new ("Pack");
  const char * const expected[] = {
    "", "", "", "1", "1.1", "1.2", "1.2.1", "2", "2.1", "", "1", "1.1.1",
  };

  /* Before any part: no numbers. */
  maillage_document_add_heading (document, 1, "Avant");
  maillage_document_add_part (document, MAILLAGE_PART_DELIBERATION, "Délibération");
  maillage_document_add_heading (document, 1, "Article 1er");
  maillage_document_add_part (document, MAILLAGE_PART_ANNEX, "Annexe");
  g_assert_cmpstr (maillage_block_get_number (block_at (document, 3)), ==, "");
  maillage_document_add_heading (document, 1, "Diagnostic");        /* 4 */
  maillage_document_add_heading (document, 2, "Connectivité");      /* 5 */
  maillage_document_add_heading (document, 2, "Usages");            /* 6 */
  maillage_document_add_heading (document, 3, "Âge");               /* 7 */
  maillage_document_add_heading (document, 1, "Médiation");         /* 8 */
  maillage_document_add_heading (document, 2, "Lieux");             /* 9 */
  /* A new part starts again from 1; a skipped level counts as 1. */
  maillage_document_add_part (document, MAILLAGE_PART_NOTE, "Note");  /* 10 */
  maillage_document_add_heading (document, 1, "Contexte");          /* 11 */
  maillage_document_add_heading (document, 3, "Détail");            /* 12 */

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (document)), ==, 13);
  g_assert_cmpstr (maillage_block_get_number (block_at (document, 0)), ==, "");
  g_assert_cmpstr (maillage_block_get_number (block_at (document, 2)), ==, "");
  g_assert_cmpstr (maillage_block_get_number (block_at (document, 4)), ==, expected[3]);
  g_assert_cmpstr (maillage_block_get_number (block_at (document, 5)), ==, expected[4]);
  g_assert_cmpstr (maillage_block_get_number (block_at (document, 6)), ==, expected[5]);
  g_assert_cmpstr (maillage_block_get_number (block_at (document, 7)), ==, expected[6]);
  g_assert_cmpstr (maillage_block_get_number (block_at (document, 8)), ==, expected[7]);
  g_assert_cmpstr (maillage_block_get_number (block_at (document, 9)), ==, expected[8]);
  g_assert_cmpstr (maillage_block_get_number (block_at (document, 11)), ==, expected[10]);
  g_assert_cmpstr (maillage_block_get_number (block_at (document, 12)), ==, expected[11]);
  g_assert_cmpint (maillage_block_get_part (block_at (document, 12)), ==, MAILLAGE_PART_NOTE);
}

static void
test_spans (void)
{
  g_autoptr(MaillageDocument) document = maillage_document_new ("Spans");
  MaillageBlock *plain = maillage_document_add_paragraph (document, "Le budget : adopté");
  MaillageBlock *rich = maillage_document_add_rich_paragraph (document);
  MaillageTextStyle style;
  const char *uri = "unset";

  g_assert_cmpuint (maillage_block_get_n_spans (plain), ==, 1);
  g_assert_cmpstr (maillage_block_get_span (plain, 0, &style, &uri), ==, "Le budget" NBSP ": adopté");
  g_assert_cmpint (style, ==, MAILLAGE_TEXT_STYLE_NONE);
  g_assert_null (uri);

  g_assert_cmpuint (maillage_block_get_n_spans (rich), ==, 0);
  maillage_block_append_span (rich, MAILLAGE_TEXT_STYLE_NONE, "Le plan est ");
  maillage_block_append_span (rich, MAILLAGE_TEXT_STYLE_BOLD | MAILLAGE_TEXT_STYLE_ITALIC, "adopté");
  maillage_block_append_span (rich, MAILLAGE_TEXT_STYLE_NONE, " ; voir ");
  maillage_block_append_link (rich, "la carte", "https://exemple.fr/carte?x=1");
  maillage_block_append_span (rich, MAILLAGE_TEXT_STYLE_NONE, "");
  /* A space alone between two styled words is kept. */
  maillage_block_append_span (rich, MAILLAGE_TEXT_STYLE_NONE, " ");
  maillage_block_append_span (rich, MAILLAGE_TEXT_STYLE_ITALIC, "enfin");

  g_assert_cmpuint (maillage_block_get_n_spans (rich), ==, 6);
  g_assert_cmpstr (maillage_block_get_span (rich, 1, &style, NULL), ==, "adopté");
  g_assert_cmpint (style, ==, MAILLAGE_TEXT_STYLE_BOLD | MAILLAGE_TEXT_STYLE_ITALIC);
  g_assert_cmpstr (maillage_block_get_span (rich, 3, &style, &uri), ==, "la carte");
  g_assert_cmpstr (uri, ==, "https://exemple.fr/carte?x=1");
  g_assert_cmpstr (maillage_block_get_text (rich), ==,
                   "Le plan est adopté" NNBSP "; voir la carte enfin");
}

static void
test_table (void)
{
  g_autoptr(MaillageDocument) document = maillage_document_new ("Table");
  const char *header[] = { "Commune", "Coût", NULL };
  const char *row[] = { "Sorneval", "12500 €", NULL };
  MaillageBlock *table = maillage_document_add_table (document, "Coûts : par commune", header);

  maillage_block_set_alignment (table, 1, MAILLAGE_ALIGNMENT_END);
  maillage_block_append_row (table, row);

  g_assert_cmpint (maillage_block_get_alignment (table, 0), ==, MAILLAGE_ALIGNMENT_START);
  g_assert_cmpint (maillage_block_get_alignment (table, 1), ==, MAILLAGE_ALIGNMENT_END);
  g_assert_cmpint (maillage_block_get_alignment (table, 7), ==, MAILLAGE_ALIGNMENT_START);
  g_assert_cmpstr (maillage_block_get_text (table), ==, "Coûts" NBSP ": par commune");
  g_assert_cmpstr (maillage_block_get_row (table, 0)[1], ==, "12" NNBSP "500" NBSP "€");
}

static void
test_figure_and_contents (void)
{
  g_autoptr(MaillageDocument) document = maillage_document_new ("Figures");
  g_autoptr(MaillageChart) chart = maillage_chart_new_bar ("Éligibilité FttH", "%");
  MaillageBlock *figure, *untitled, *contents;
  guint category, series;

  category = maillage_chart_add_category (chart, "Sorneval");
  series = maillage_chart_add_series (chart, "2026");
  maillage_chart_set_value (chart, series, category, 87.5);

  contents = maillage_document_add_contents (document, "Sommaire");
  figure = maillage_document_add_figure (document, chart, "Figure 1 : éligibilité");
  untitled = maillage_document_add_figure (document, chart, NULL);

  g_assert_cmpint (maillage_block_get_kind (contents), ==, MAILLAGE_BLOCK_CONTENTS);
  g_assert_cmpstr (maillage_block_get_text (contents), ==, "Sommaire");
  g_assert_cmpint (maillage_block_get_kind (figure), ==, MAILLAGE_BLOCK_FIGURE);
  g_assert_true (maillage_block_get_chart (figure) == chart);
  g_assert_cmpstr (maillage_block_get_text (figure), ==, "Figure 1" NBSP ": éligibilité");
  g_assert_cmpstr (maillage_block_get_text (untitled), ==, "Éligibilité FttH");
  /* The text alternative is the chart's description until replaced. */
  g_assert_nonnull (strstr (maillage_block_get_alt_text (figure), "Sorneval"));
  maillage_block_set_alt_text (figure, "Une seule commune");
  g_assert_cmpstr (maillage_block_get_alt_text (figure), ==, "Une seule commune");
  g_assert_null (maillage_block_get_chart (contents));
}

static void
test_french_whatever_the_locale (void)
{
  /* The documents' words come from the French catalogue even when the
   * interface speaks English. */
  setlocale (LC_ALL, "C");
  g_setenv ("LANGUAGE", "en", TRUE);

  g_assert_cmpstr (F_("Digital Mediation"), ==, "Médiation numérique");
  g_assert_cmpstr (FN_("%u value added", "%u values added", 1), ==, "%u valeur ajoutée");
  g_assert_cmpstr (FN_("%u value added", "%u values added", 3), ==, "%u valeurs ajoutées");
  g_assert_cmpstr (FN_("%u value added", "%u values added", 0), ==, "%u valeur ajoutée");
  g_assert_cmpstr (FC_("shortcut window", "Projects"), ==, "Projets");
  /* Not in the catalogue: the English stands in. */
  g_assert_cmpstr (F_("A string nobody translated"), ==, "A string nobody translated");
  g_assert_cmpstr (FN_("one thing nobody translated", "%u things", 2), ==, "%u things");
  g_assert_cmpstr (maillage_french_gettext ("no-such-domain", "Digital Mediation"), ==,
                   "Digital Mediation");
}

/* The user's text of a multi-line field: a paragraph for each part
 * between blank lines, trimmed; nothing for spaces. */
static void
test_text (void)
{
  g_autoptr(MaillageDocument) document = maillage_document_new ("Stratégie");
  g_autoptr(MaillageBlock) first = NULL;
  g_autoptr(MaillageBlock) second = NULL;

  g_assert_cmpuint (maillage_document_add_text (document, ""), ==, 0);
  g_assert_cmpuint (maillage_document_add_text (document, " \n \n\t\n"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (document)), ==, 0);

  g_assert_cmpuint (maillage_document_add_text (document, "  Premier paragraphe,\nsur deux lignes.\n\n  \n"
                                                          "Second.\n\n\n"), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (document)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (document), 0);
  second = g_list_model_get_item (G_LIST_MODEL (document), 1);
  g_assert_cmpint (maillage_block_get_kind (first), ==, MAILLAGE_BLOCK_PARAGRAPH);
  g_assert_cmpstr (maillage_block_get_text (first), ==, "Premier paragraphe,\nsur deux lignes.");
  g_assert_cmpstr (maillage_block_get_text (second), ==, "Second.");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_ROOT "/po");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/metadata", test_metadata);
  g_test_add_func ("/document/heading-numbers", test_heading_numbers);
  g_test_add_func ("/document/spans", test_spans);
  g_test_add_func ("/document/table", test_table);
  g_test_add_func ("/document/figure-and-contents", test_figure_and_contents);
  g_test_add_func ("/document/french-whatever-the-locale", test_french_whatever_the_locale);
  g_test_add_func ("/document/text", test_text);

  return g_test_run ();
}
