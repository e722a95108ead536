/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-odt-libreoffice.c: the file as LibreOffice reads it. LibreOffice
 * converts the exported document to PDF (headless, with a profile of its
 * own so that runs in parallel do not meet), and the PDF's text, read back
 * with pdftotext, must show the document: parts on pages of their own,
 * numbered headings, the contents with the right page numbers, the table
 * whose header row comes again on the next page, captions, « Page N sur
 * M » on every page, the text that tries to break the file. LibreOffice
 * opens a broken file as plain text and still "converts" it: the test
 * looks at the text, never at the exit status alone.
 *
 * Skipped when LibreOffice or pdftotext is missing; `build-aux/setup.sh
 * --tests` installs them, and the CI does. The .odt, the .pdf and a
 * picture of the contents' page stay in plugins/export-odt/tests/output/
 * of the build folder, to look at.
 */
#define G_LOG_DOMAIN "test-odt-libreoffice"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "odt-package.h"
#include "odt-test-utils.h"

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *errors = NULL;
  char *output = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &output, &errors, &status, &error))
    g_error ("%s: %s", argv[0], error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s\n%s", argv[0], error->message, errors);

  return output;
}

/* The PDF's text, a page an item, no-break spaces as spaces. */
static char **
pdf_pages (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *text = run (argv);
  g_autoptr(GString) plain = g_string_new (text);
  char **pages;
  guint n;

  g_string_replace (plain, "\u00a0", " ", 0);
  g_string_replace (plain, "\u202f", " ", 0);
  pages = g_strsplit (plain->str, "\f", -1);
  /* The text ends with a form feed: the last item is empty. */
  n = g_strv_length (pages);
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpstr (pages[n - 1], ==, "");
  g_clear_pointer (&pages[n - 1], g_free);

  return pages;
}

/* The page (from 1) where a line starts with @text, the contents' lines
 * (with their dots) aside; 0 if none. */
static guint
page_of (char       **pages,
         const char  *text)
{
  for (guint i = 0; pages[i] != NULL; i++)
    {
      g_auto(GStrv) lines = g_strsplit (pages[i], "\n", -1);

      for (guint l = 0; lines[l] != NULL; l++)
        if (g_str_has_prefix (g_strchug (lines[l]), text) && strstr (lines[l], "....") == NULL)
          return i + 1;
    }

  return 0;
}

/* The number at the end of the contents' line of @heading. */
static guint
contents_page (const char *contents,
               const char *heading)
{
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);

  for (guint l = 0; lines[l] != NULL; l++)
    {
      const char *line = g_strchug (lines[l]);

      if (g_str_has_prefix (line, heading) && strstr (line, "...") != NULL)
        {
          const char *number = strrchr (g_strchomp (lines[l]), '.');

          return (guint) g_ascii_strtoull (number + 1, NULL, 10);
        }
    }

  g_error ("No line of the contents for “%s” in:\n%s", heading, contents);
}

static char *
footer (guint page,
        guint n_pages)
{
  /* The catalogue's sentence with its two numbers. */
  g_auto(GStrv) pieces = g_strsplit (F_("Page %s of %s"), "%s", -1);
  g_autofree char *first = g_strdup_printf ("%u", page);
  g_autofree char *second = g_strdup_printf ("%u", n_pages);

  g_assert_cmpuint (g_strv_length (pieces), ==, 3);
  return g_strconcat (pieces[0], first, pieces[1], second, pieces[2], NULL);
}

static const char *
part_title (MaillageDocument *document,
            MaillagePartKind  part)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (document));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageBlock) block = g_list_model_get_item (G_LIST_MODEL (document), i);

      if (maillage_block_get_kind (block) == MAILLAGE_BLOCK_PART
          && maillage_block_get_part (block) == part)
        return maillage_block_get_text (block);
    }

  g_assert_not_reached ();
}

static void
check_pages (MaillageDocument  *document,
             char             **pages)
{
  guint n_pages = g_strv_length (pages);
  guint contents;
  guint header_pages = 0;

  /* Nothing of the package shows: LibreOffice read it as a document. */
  for (guint i = 0; i < n_pages; i++)
    {
      g_assert_null (strstr (pages[i], "content.xml"));
      g_assert_null (strstr (pages[i], "META-INF"));
      g_assert_null (strstr (pages[i], "office:"));
      g_assert_null (strstr (pages[i], "<?xml"));
    }

  /* Every page's footer, with the right count. */
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *expected = footer (i + 1, n_pages);

      if (strstr (pages[i], expected) == NULL)
        g_error ("Page %u has no footer “%s”:\n%s", i + 1, expected, pages[i]);
    }

  /* Each part on a page of its own. */
  g_assert_cmpuint (page_of (pages, "Projet de délibération"), ==, 1);
  g_assert_cmpuint (page_of (pages, "Note explicative de synthèse"), ==, 2);
  g_assert_cmpuint (page_of (pages, "Annexe"), ==, 3);
  g_assert_cmpstr (part_title (document, MAILLAGE_PART_ANNEX), ==, "Annexe\u00a0: la stratégie");
  g_assert_nonnull (strstr (pages[0], "1. Approuve la stratégie"));

  /* The contents give the page each heading stands on. */
  contents = page_of (pages, "Sommaire");
  g_assert_cmpuint (contents, ==, 3);
  g_assert_null (strstr (pages[contents - 1], "Contexte"));  /* another part's */
  g_assert_cmpuint (contents_page (pages[contents - 1], "1 Diagnostic"), ==,
                    page_of (pages, "1 Diagnostic"));
  g_assert_cmpuint (contents_page (pages[contents - 1], "1.2 Textes difficiles"), ==,
                    page_of (pages, "1.2 Textes difficiles"));
  g_assert_cmpuint (contents_page (pages[contents - 1], "2 Plan d'actions"), ==,
                    page_of (pages, "2 Plan d'actions"));
  g_assert_cmpuint (contents_page (pages[contents - 1], "2.1.1 Calendrier"), ==,
                    page_of (pages, "2.1.1 Calendrier"));
  g_assert_cmpuint (page_of (pages, "2 Plan d'actions"), >,
                    page_of (pages, "1.2 Textes difficiles"));

  /* The table runs over two pages, its header row on both. */
  for (guint i = 0; i < n_pages; i++)
    if (strstr (pages[i], "Part FttH") != NULL)
      header_pages++;
  g_assert_cmpuint (header_pages, >=, 2);
  g_assert_cmpuint (page_of (pages, "Commune n°70"), >, page_of (pages, "Commune n°1 "));

}

static void
check_text (char **pages)
{
  g_autofree char *text = g_strjoinv ("\n", pages);
  /* Captions numbered by LibreOffice's own sequences. */
  g_autofree char *table = g_strdup_printf ("%s 1 : Locaux raccordables", F_("Table"));
  g_autofree char *figure = g_strdup_printf ("%s 2 : Fragilité numérique", F_("Figure"));

  g_assert_nonnull (strstr (text, table));
  g_assert_nonnull (strstr (text, figure));

  g_assert_nonnull (strstr (text, "sous réserve"));
  g_assert_nonnull (strstr (text, "la carte des lieux"));
  g_assert_nonnull (strstr (text, "\u0627\u0644\u0631\u0642\u0645\u064a\u0629"));
  g_assert_nonnull (strstr (text, "<b>&amp"));
  g_assert_nonnull (strstr (text, "]]> <!-- -->"));
  g_assert_nonnull (strstr (text, "bip fin"));
  g_assert_nonnull (strstr (text, "anticonstitutionnellementanticonstitutionnellement"));
}

static void
test_convert (void)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(MaillageDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *odt = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *profile_uri = NULL;
  g_autofree char *installation = NULL;
  g_autofree char *log = NULL;
  g_autofree char *pdftoppm = NULL;
  g_auto(GStrv) pages = NULL;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed: `build-aux/setup.sh --tests` installs it");
      return;
    }
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed: `build-aux/setup.sh --tests` installs it");
      return;
    }

  g_assert_cmpint (g_mkdir_with_parents (ODT_TEST_OUTPUT_DIR, 0755), ==, 0);
  odt = g_build_filename (ODT_TEST_OUTPUT_DIR, "strategie.odt", NULL);
  pdf = g_build_filename (ODT_TEST_OUTPUT_DIR, "strategie.pdf", NULL);
  g_unlink (pdf);

  document = odt_test_document (0);
  file = g_file_new_for_path (odt);
  g_assert_true (odt_package_write (document, file, NULL, &error));
  g_assert_no_error (error);

  profile = odt_test_make_dir ();
  profile_uri = g_filename_to_uri (profile, NULL, &error);
  g_assert_no_error (error);
  installation = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  {
    const char *argv[] = { soffice, installation, "--headless", "--norestore", "--nologo",
                           "--nolockcheck", "--convert-to", "pdf", "--outdir",
                           ODT_TEST_OUTPUT_DIR, odt, NULL };

    log = run (argv);
    g_test_message ("soffice: %s", log);
  }
  odt_test_remove_dir (profile);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  pages = pdf_pages (pdf);
  g_test_message ("%u pages", g_strv_length (pages));
  check_pages (document, pages);
  check_text (pages);

  /* A picture of the contents' page, for people to look at. */
  pdftoppm = g_find_program_in_path ("pdftoppm");
  if (pdftoppm != NULL)
    {
      g_autofree char *prefix = g_build_filename (ODT_TEST_OUTPUT_DIR, "strategie", NULL);
      const char *argv[] = { "pdftoppm", "-png", "-r", "80", "-f", "3", "-l", "3", pdf, prefix, NULL };
      g_autofree char *unused = run (argv);
    }
}

int
main (int    argc,
      char **argv)
{
  odt_test_init (&argc, &argv);

  g_test_add_func ("/odt/libreoffice/convert", test_convert);

  return g_test_run ();
}
