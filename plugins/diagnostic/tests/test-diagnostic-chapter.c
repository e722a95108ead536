/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-diagnostic-chapter.c: the Diagnostic's chapter, block by block: the
 * written diagnostic in paragraphs, the indicators by theme in tables with
 * French numbers, each commune indicator with its table, sources and chart
 * description, the map when the territory has outlines, and the SWOT as
 * four lists. French whatever the interface's language.
 */
#define G_LOG_DOMAIN "test-diagnostic-chapter"

#include "config.h"

#include <string.h>

#include "diagnostic-test-utils.h"

static const char module_json[] =
  "{\"version\": 1, \"text\": \"Un territoire contrasté.\\n\\n  \\nDeuxième paragraphe.\","
  " \"indicators\": ["
  "  {\"name\": \"Locaux raccordables à la fibre (FttH)\", \"theme\": \"connectivite\","
  "   \"value\": 87.4, \"unit\": \"%\", \"year\": 2025, \"source\": \"ARCEP\", \"scope\": \"\"},"
  "  {\"name\": \"Locaux raccordables à la fibre (FttH)\", \"theme\": \"connectivite\","
  "   \"value\": 62, \"unit\": \"%\", \"year\": 2025, \"source\": \"ARCEP\", \"scope\": \"39801\"},"
  "  {\"name\": \"Locaux raccordables à la fibre (FttH)\", \"theme\": \"connectivite\","
  "   \"value\": 95.26, \"unit\": \"%\", \"year\": 2025, \"source\": \"ARCEP\", \"scope\": \"39802\"},"
  "  {\"name\": \"Foyers suivis\", \"theme\": \"usages\","
  "   \"value\": 1234, \"unit\": \"foyers\", \"year\": null, \"source\": \"\", \"scope\": \"\"}"
  " ],"
  " \"swot\": {\"strengths\": [\"Fibre\", \"Médiathèques\"], \"weaknesses\": [\"Zones blanches\"],"
  "          \"opportunities\": [], \"threats\": [\"Vieillissement\"]},"
  " \"map_indicator\": \"\"}";

/* Two squares side by side, for 39801 and 39802. */
static const char geojson[] =
  "{\"type\": \"FeatureCollection\", \"features\": ["
  " {\"type\": \"Feature\", \"properties\": {\"code\": \"39801\"}, \"geometry\": {\"type\": \"Polygon\","
  "  \"coordinates\": [[[5.0, 46.0], [5.1, 46.0], [5.1, 46.1], [5.0, 46.1], [5.0, 46.0]]]}},"
  " {\"type\": \"Feature\", \"properties\": {\"code\": \"39802\"}, \"geometry\": {\"type\": \"Polygon\","
  "  \"coordinates\": [[[5.1, 46.0], [5.2, 46.0], [5.2, 46.1], [5.1, 46.1], [5.1, 46.0]]]}}]}";

/* The document as lines, one a block ("H2 Indicateurs", "P …", "L a | b",
 * "T caption [header] (n rows)", "R cell | cell", "F caption | text
 * alternative"), easy to search. */
static char *
dump (MaillageDocument *document)
{
  GString *out = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (document));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageBlock) block = g_list_model_get_item (G_LIST_MODEL (document), i);
      g_autofree char *joined = NULL;

      switch (maillage_block_get_kind (block))
        {
        case MAILLAGE_BLOCK_HEADING:
          g_string_append_printf (out, "H%u %s\n", maillage_block_get_level (block),
                                  maillage_block_get_text (block));
          break;
        case MAILLAGE_BLOCK_PARAGRAPH:
          g_string_append_printf (out, "P %s\n", maillage_block_get_text (block));
          break;
        case MAILLAGE_BLOCK_LIST:
          joined = g_strjoinv (" | ", (char **) maillage_block_get_items (block));
          g_string_append_printf (out, "L %s\n", joined);
          break;
        case MAILLAGE_BLOCK_TABLE:
          joined = g_strjoinv (" | ", (char **) maillage_block_get_header (block));
          g_string_append_printf (out, "T %s [%s]\n", maillage_block_get_text (block), joined);
          for (guint r = 0; r < maillage_block_get_n_rows (block); r++)
            {
              g_autofree char *row = g_strjoinv (" | ", (char **) maillage_block_get_row (block, r));

              g_string_append_printf (out, "R %s\n", row);
            }
          break;
        case MAILLAGE_BLOCK_FIGURE:
          g_assert_nonnull (maillage_block_get_chart (block));
          g_string_append_printf (out, "F %s | %s\n", maillage_block_get_text (block),
                                  maillage_block_get_alt_text (block));
          break;
        case MAILLAGE_BLOCK_PART:
        case MAILLAGE_BLOCK_PAGE_BREAK:
        default:
          g_string_append (out, "?\n");
          break;
        }
    }

  return g_string_free (out, FALSE);
}

static void
assert_in_order (const char         *text,
                 const char * const *lines)
{
  const char *from = text;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *found = strstr (from, lines[i]);

      if (found == NULL)
        g_error ("“%s” not found (in order) in:\n%s", lines[i], text);
      from = found + strlen (lines[i]);
    }
}

static char *
chapter_of (MaillageProject *project,
            const char      *json)
{
  g_autoptr(DiagnosticModule) module = diagnostic_test_module (project, json);
  g_autoptr(MaillageDocument) document = maillage_document_new ("Test");

  maillage_module_build_chapter (MAILLAGE_MODULE (module), document);
  return dump (document);
}

static void
test_chapter (void)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autofree char *text = chapter_of (project, module_json);
  static const char * const expected[] = {
    "H1 Diagnostic\n",
    "H2 Synthèse du diagnostic\n",
    "P Un territoire contrasté.\n",
    "P Deuxième paragraphe.\n",
    "H2 Indicateurs\n",
    "H3 Connectivité\n",
    "T Connectivité — ensemble du territoire [Indicateur | Valeur | Année | Source]\n",
    "R Locaux raccordables à la fibre (FttH) | 87,4\u00a0% | 2025 | ARCEP\n",
    "F Connectivité — ensemble du territoire | ",
    "H4 Locaux raccordables à la fibre (FttH)\n",
    "T Locaux raccordables à la fibre (FttH), par commune [Commune | Valeur | Année]\n",
    "R Arlenans-le-Bief | 62\u00a0% | 2025\n",
    "R Belvoiset | 95,3\u00a0% | 2025\n",
    "P Source\u00a0: ARCEP.\n",
    "F ",
    "H3 Usages\n",
    "R Foyers suivis | 1\u202f234\u00a0foyers | — | \n",
    "H2 Forces, faiblesses, opportunités et menaces\n",
    "H3 Forces\n",
    "L Fibre | Médiathèques\n",
    "H3 Faiblesses\n",
    "L Zones blanches\n",
    "H3 Opportunités\n",
    "P Aucune opportunité n’est relevée à ce stade.\n",
    "H3 Menaces\n",
    "L Vieillissement\n",
    NULL
  };

  assert_in_order (text, expected);
  /* No theme without indicators, no map without outlines, no blank
   * paragraph from the blank lines of the text. */
  g_assert_null (strstr (text, "H3 Équipement"));
  g_assert_null (strstr (text, "Carte"));
  g_assert_null (strstr (text, "P \n"));
}

/* The charts are figures, with their French description as text
 * alternative. */
static void
test_chart_descriptions (void)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autofree char *text = chapter_of (project, module_json);
  const char *commune_table = strstr (text, "P Source\u00a0: ARCEP.\n");
  const char *description;
  g_autofree char *line = NULL;

  g_assert_nonnull (commune_table);
  description = commune_table + strlen ("P Source\u00a0: ARCEP.\n");
  g_assert_true (g_str_has_prefix (description, "F "));
  line = g_strndup (description, strchr (description, '\n') - description);
  /* The by-commune chart names the communes it shows. */
  g_assert_nonnull (strstr (line, "Belvoiset"));
}

static void
test_map (void)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(GBytes) bytes = diagnostic_test_bytes (geojson);
  g_autoptr(GError) error = NULL;
  g_autoptr(MaillageOutlines) outlines = maillage_outlines_new_from_geojson (bytes, "code", &error);
  g_autofree char *text = NULL;
  static const char * const expected[] = {
    "H2 Indicateurs\n",
    "H2 Carte du territoire\n",
    "F ",
    "H2 Forces, faiblesses, opportunités et menaces\n",
    NULL
  };

  g_assert_no_error (error);
  maillage_territory_set_outlines (maillage_project_get_territory (project), outlines);
  text = chapter_of (project, module_json);
  assert_in_order (text, expected);
}

static void
test_key_points (void)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(DiagnosticModule) module = diagnostic_test_module (project, module_json);
  g_autoptr(DiagnosticModule) empty = diagnostic_test_module (project, NULL);
  g_auto(GStrv) points = maillage_module_list_key_points (MAILLAGE_MODULE (module));
  g_auto(GStrv) none = maillage_module_list_key_points (MAILLAGE_MODULE (empty));

  /* One key figure per theme with a territory-wide indicator, with its
   * source and year when known. */
  g_assert_cmpuint (g_strv_length (points), ==, 2);
  g_assert_cmpstr (points[0], ==, "Locaux raccordables à la fibre (FttH)\u00a0: 87,4\u00a0% (ARCEP, 2025).");
  g_assert_true (g_str_has_prefix (points[1], "Foyers suivis\u00a0: 1\u202f234\u00a0foyers"));
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

static void
test_empty (void)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autofree char *text = chapter_of (project, NULL);

  g_assert_cmpstr (text, ==,
                   "H1 Diagnostic\n"
                   "H2 Forces, faiblesses, opportunités et menaces\n"
                   "H3 Forces\n"
                   "P Aucune force n’est relevée à ce stade.\n"
                   "H3 Faiblesses\n"
                   "P Aucune faiblesse n’est relevée à ce stade.\n"
                   "H3 Opportunités\n"
                   "P Aucune opportunité n’est relevée à ce stade.\n"
                   "H3 Menaces\n"
                   "P Aucune menace n’est relevée à ce stade.\n");
}

int
main (int   argc,
      char *argv[])
{
  diagnostic_test_init (&argc, &argv);

  g_test_add_func ("/diagnostic/chapter/blocks", test_chapter);
  g_test_add_func ("/diagnostic/chapter/chart-descriptions", test_chart_descriptions);
  g_test_add_func ("/diagnostic/chapter/map", test_map);
  g_test_add_func ("/diagnostic/chapter/key-points", test_key_points);
  g_test_add_func ("/diagnostic/chapter/empty", test_empty);

  return g_test_run ();
}
