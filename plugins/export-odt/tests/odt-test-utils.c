/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "odt-test-utils"

#include "config.h"

#include <glib/gstdio.h>
#include <gsf/gsf.h>
#include <libintl.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>

#include "maillage-test-communes.h"
#include "odt-exporter.h"
#include "odt-test-utils.h"
#include "maillage-test-type-module.h"

/* Tests: isolated folders, the French catalogue of the build tree for the
 * documents' words (F_), the plugin's types registered as libpeas would. */
void
odt_test_init (int    *argc,
               char ***argv)
{
  GTypeModule *module;

  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  bindtextdomain (GETTEXT_PACKAGE, BUILD_ROOT "/po");
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  /* Used once and never unused: the types stay for the whole run. */
  module = g_object_new (MAILLAGE_TYPE_TEST_TYPE_MODULE, NULL);
  g_assert_true (g_type_module_use (module));
  odt_exporter_register_types (module);
}

/**
 * odt_test_long_word:
 * @length: in bytes
 *
 * Returns: one word of @length letters, without a place to break it
 */
char *
odt_test_long_word (gsize length)
{
  static const char word[] = "anticonstitutionnellement";
  GString *out = g_string_sized_new (length + sizeof word);

  while (out->len < length)
    g_string_append (out, word);
  g_string_truncate (out, length);

  return g_string_free (out, FALSE);
}

static MaillageChart *
bar_chart (void)
{
  MaillageChart *chart = maillage_chart_new_bar ("Locaux raccordables à la fibre", "%");
  const char *communes[] = { "Sorneval", "Montevrans", "Bois-le-Bief", "Chauxey" };
  guint y2024 = maillage_chart_add_series (chart, "2024");
  guint y2026 = maillage_chart_add_series (chart, "2026");

  for (guint i = 0; i < G_N_ELEMENTS (communes); i++)
    {
      guint c = maillage_chart_add_category (chart, communes[i]);

      maillage_chart_set_value (chart, y2024, c, 40 + 9 * i);
      maillage_chart_set_value (chart, y2026, c, 62 + 8 * i);
    }

  return chart;
}

static MaillageChart *
map_chart (void)
{
  g_autoptr(MaillageOutlines) outlines = maillage_test_communes_new (5, 4, 3);
  MaillageChart *chart = maillage_chart_new_map ("Fragilité numérique", "score", outlines);

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *insee = maillage_test_communes_insee (i);

      maillage_chart_set_area_value (chart, insee, (i * 37) % 100);
    }

  return chart;
}

static void
add_table (MaillageDocument *document)
{
  const char *header[] = { "Commune", "Locaux", "Part FttH", "Statut", "Coût", NULL };
  MaillageBlock *table = maillage_document_add_table (document, "Locaux raccordables par commune",
                                                      header);

  maillage_block_set_alignment (table, 1, MAILLAGE_ALIGNMENT_END);
  maillage_block_set_alignment (table, 2, MAILLAGE_ALIGNMENT_END);
  maillage_block_set_alignment (table, 3, MAILLAGE_ALIGNMENT_CENTER);
  maillage_block_set_alignment (table, 4, MAILLAGE_ALIGNMENT_END);

  /* Enough rows to run over a page: the header row comes again. */
  for (guint i = 0; i < 70; i++)
    {
      g_autofree char *commune = g_strdup_printf ("Commune n°%u", i + 1);
      g_autofree char *premises = g_strdup_printf ("%u", 120 + i * 37);
      g_autofree char *share = g_strdup_printf ("%u,%u %%", 40 + i % 60, i % 10);
      g_autofree char *cost = g_strdup_printf ("%u 000 €", 10 + i);
      const char *row[] = { commune, premises, share, i % 3 == 0 ? "fait" : "prévu", cost, NULL };

      maillage_block_append_row (table, row);
    }
}

/**
 * odt_test_document:
 * @huge_paragraph: if not 0, the size of one more paragraph, in bytes
 *
 * Returns: (transfer full): a deliberation pack with every kind of block,
 *   and text that tries to break the file: markup, control characters,
 *   right-to-left script, emoji, a word of 3,000 letters
 */
MaillageDocument *
odt_test_document (gsize huge_paragraph)
{
  MaillageDocument *document = maillage_document_new ("Stratégie numérique du Val de Sorne");
  g_autoptr(MaillageChart) bars = bar_chart ();
  g_autoptr(MaillageChart) map = map_chart ();
  g_autofree char *long_word = odt_test_long_word (3000);
  MaillageBlock *rich;
  MaillageBlock *figure;
  const char *articles[] = {
    "Approuve la stratégie numérique annexée à la présente délibération.",
    "Autorise le président à signer tout document s'y rapportant.",
    NULL,
  };
  const char *actions[] = {
    "Déployer quatre conseillers numériques itinérants",
    "Mutualiser l'hébergement des sites des communes",
    ODT_TEST_MARKUP,
    NULL,
  };

  maillage_document_set_author (document, "Communauté de communes du Val de Sorne");
  maillage_document_set_subject (document, "Stratégie numérique territoriale 2027-2032");

  maillage_document_add_part (document, MAILLAGE_PART_DELIBERATION, "Projet de délibération");
  maillage_document_add_heading (document, 1, "Objet");
  maillage_document_add_paragraph (document,
                                   "Le conseil communautaire, après en avoir délibéré : adopte la stratégie.");
  maillage_document_add_list (document, TRUE, articles);

  maillage_document_add_part (document, MAILLAGE_PART_NOTE, "Note explicative de synthèse");
  maillage_document_add_heading (document, 1, "Contexte");
  maillage_document_add_paragraph (document, "La stratégie couvre les années 2027 à 2032.");

  maillage_document_add_part (document, MAILLAGE_PART_ANNEX, "Annexe : la stratégie");
  maillage_document_add_contents (document, "Sommaire");
  maillage_document_add_heading (document, 1, "Diagnostic");
  rich = maillage_document_add_rich_paragraph (document);
  maillage_block_append_span (rich, MAILLAGE_TEXT_STYLE_NONE, "Le plan est ");
  maillage_block_append_span (rich, MAILLAGE_TEXT_STYLE_BOLD, "adopté");
  maillage_block_append_span (rich, MAILLAGE_TEXT_STYLE_NONE, ", ");
  maillage_block_append_span (rich, MAILLAGE_TEXT_STYLE_ITALIC, "sous réserve");
  maillage_block_append_span (rich, MAILLAGE_TEXT_STYLE_NONE, " et ");
  maillage_block_append_span (rich, MAILLAGE_TEXT_STYLE_BOLD | MAILLAGE_TEXT_STYLE_ITALIC,
                              "sans délai");
  maillage_block_append_span (rich, MAILLAGE_TEXT_STYLE_NONE, " ; voir ");
  maillage_block_append_link (rich, "la carte des lieux", "https://exemple.fr/carte?a=1&b=\"2\"");
  maillage_block_append_span (rich, MAILLAGE_TEXT_STYLE_NONE, ".");

  maillage_document_add_heading (document, 2, "Connectivité");
  add_table (document);
  figure = maillage_document_add_figure (document, bars, "Part des locaux raccordables à la fibre");
  maillage_block_set_alt_text (figure, "Diagramme en barres : la part des locaux raccordables "
                                       "progresse dans les quatre communes entre 2024 et 2026.");
  maillage_document_add_figure (document, map, "Fragilité numérique par commune");

  maillage_document_add_heading (document, 2, "Textes difficiles");
  maillage_document_add_paragraph (document, ODT_TEST_RTL);
  maillage_document_add_paragraph (document, ODT_TEST_EMOJI);
  maillage_document_add_paragraph (document, ODT_TEST_MARKUP);
  maillage_document_add_paragraph (document, ODT_TEST_CONTROLS);
  maillage_document_add_paragraph (document, "Tabulation\tici, retour\nà la ligne,   trois espaces.");
  maillage_document_add_paragraph (document, long_word);

  maillage_document_add_page_break (document);
  maillage_document_add_heading (document, 1, "Plan d'actions");
  maillage_document_add_list (document, FALSE, actions);
  maillage_document_add_heading (document, 3, "Calendrier");
  maillage_document_add_paragraph (document, "Les actions commencent en 2027.");

  if (huge_paragraph > 0)
    {
      GString *huge = g_string_sized_new (huge_paragraph + 64);

      while (huge->len < huge_paragraph)
        g_string_append (huge, "La médiation numérique " ODT_TEST_RTL " " ODT_TEST_EMOJI " <&> ");
      maillage_document_add_paragraph (document, huge->str);
      g_string_free (huge, TRUE);
    }

  return document;
}

/**
 * odt_test_read_member:
 * @package: the bytes of an .odt file
 * @name: the path of a member, such as `META-INF/manifest.xml`
 *
 * Returns: (transfer full) (nullable): the member's bytes, %NULL if the
 *   package has no such member
 */
GBytes *
odt_test_read_member (GBytes     *package,
                      const char *name)
{
  g_autoptr(GError) error = NULL;
  GsfInput *input = gsf_input_memory_new (g_bytes_get_data (package, NULL),
                                          g_bytes_get_size (package), FALSE);
  GsfInfile *zip = gsf_infile_zip_new (input, &error);
  g_auto(GStrv) path = g_strsplit (name, "/", -1);
  GsfInput *member;
  GBytes *bytes = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (zip);

  member = gsf_infile_child_by_aname (zip, (const char **) path);
  if (member != NULL)
    {
      gsf_off_t size = gsf_input_size (member);
      guint8 *data = g_malloc (size + 1);

      g_assert_nonnull (gsf_input_read (member, size, data));
      data[size] = 0;
      bytes = g_bytes_new_take (data, size);
      g_object_unref (member);
    }

  g_object_unref (zip);
  g_object_unref (input);

  return bytes;
}

/**
 * odt_test_parse_member:
 * @package: the bytes of an .odt file
 * @name: the path of an XML member
 *
 * Fails the test unless the member is there and well-formed XML, with
 * its namespaces declared.
 *
 * Returns: (transfer full): the parsed member
 */
xmlDoc *
odt_test_parse_member (GBytes     *package,
                       const char *name)
{
  g_autoptr(GBytes) bytes = odt_test_read_member (package, name);
  xmlParserCtxt *context;
  xmlDoc *doc;

  g_assert_nonnull (bytes);
  context = xmlNewParserCtxt ();
  doc = xmlCtxtReadMemory (context, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                           name, "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING
                           | XML_PARSE_HUGE);
  if (doc == NULL || !context->wellFormed || !context->nsWellFormed)
    g_error ("%s is not well-formed XML: %s", name,
             context->lastError.message != NULL ? context->lastError.message : "?");
  xmlFreeParserCtxt (context);

  return doc;
}

static xmlXPathObject *
evaluate (xmlDoc     *doc,
          const char *xpath)
{
  static const char * const namespaces[][2] = {
    { "office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0" },
    { "style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0" },
    { "text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0" },
    { "table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0" },
    { "draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" },
    { "fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" },
    { "xlink", "http://www.w3.org/1999/xlink" },
    { "dc", "http://purl.org/dc/elements/1.1/" },
    { "meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0" },
    { "svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" },
    { "manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" },
  };
  xmlXPathContext *context = xmlXPathNewContext (doc);
  xmlXPathObject *result;

  for (guint i = 0; i < G_N_ELEMENTS (namespaces); i++)
    xmlXPathRegisterNs (context, (const xmlChar *) namespaces[i][0],
                        (const xmlChar *) namespaces[i][1]);
  result = xmlXPathEvalExpression ((const xmlChar *) xpath, context);
  xmlXPathFreeContext (context);
  if (result == NULL)
    g_error ("Bad XPath expression: %s", xpath);

  return result;
}

/**
 * odt_test_count:
 * @doc: a parsed member
 * @xpath: an XPath expression giving nodes (prefixes office, style, text,
 *   table, draw, fo, xlink, dc, meta, svg, manifest)
 *
 * Returns: how many nodes @xpath finds
 */
guint
odt_test_count (xmlDoc     *doc,
                const char *xpath)
{
  xmlXPathObject *result = evaluate (doc, xpath);
  guint count = result->nodesetval != NULL ? result->nodesetval->nodeNr : 0;

  xmlXPathFreeObject (result);

  return count;
}

/**
 * odt_test_string:
 * @doc: a parsed member
 * @xpath: an XPath expression
 *
 * Returns: (transfer full): the string value of what @xpath finds
 */
char *
odt_test_string (xmlDoc     *doc,
                 const char *xpath)
{
  xmlXPathObject *result = evaluate (doc, xpath);
  xmlChar *value = xmlXPathCastToString (result);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  xmlXPathFreeObject (result);

  return copy;
}

char *
odt_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("maillage-odt-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

/* Removes @dir and what it holds, folders included (LibreOffice's
 * profile). */
void
odt_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        odt_test_remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}
