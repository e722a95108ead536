/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-pdf-export.c: the PDF exporter, read back with poppler's tools: the
 * metadata and page count (pdfinfo), the text and the footer of each page
 * (pdftotext), the bookmarks nested as the headings are (the /Outlines
 * objects of the file), and a file written whole or not at all.
 */
#define G_LOG_DOMAIN "test-export-pdf"

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "maillage-i18n.h"
#include "maillage-test-pdf.h"
#include "maillage-unit-utils.h"
#include "pdf-exporter.h"
#include "maillage-test-type-module.h"

static MaillageExporter *
new_exporter (void)
{
  static GTypeModule *module;

  if (module == NULL)
    {
      module = g_object_new (MAILLAGE_TYPE_TEST_TYPE_MODULE, NULL);
      g_type_module_use (module);
      pdf_exporter_register (module);
    }

  return g_object_new (PDF_TYPE_EXPORTER, NULL);
}

typedef struct
{
  char  *dir;
  char  *path;
  GFile *file;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = maillage_unit_make_temp_dir ("export-pdf-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "stratégie.pdf", NULL);
  fixture->file = g_file_new_for_path (fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_unref (fixture->file);
  maillage_unit_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* Two parts; in the second, two chapters of two sections, one with a
 * subsection; enough text for several pages. */
static MaillageDocument *
new_document (void)
{
  MaillageDocument *document = maillage_document_new ("Stratégie numérique du Val de Sorne");
  const char *header[] = { "Commune", "Habitants", NULL };
  MaillageBlock *block;

  maillage_document_set_author (document, "Communauté d’agglomération du Val de Sorne");
  maillage_document_set_subject (document, "Stratégie numérique territoriale 2026-2032");

  maillage_document_add_part (document, MAILLAGE_PART_NOTE, "Note de synthèse");
  maillage_document_add_paragraph (document, "La note explique la stratégie.");
  maillage_document_add_part (document, MAILLAGE_PART_ANNEX, "La stratégie");
  maillage_document_add_contents (document, "Sommaire");
  for (guint c = 1; c <= 2; c++)
    {
      g_autofree char *chapter = g_strdup_printf ("Chapitre numéro %u", c);

      maillage_document_add_heading (document, 1, chapter);
      for (guint s = 1; s <= 2; s++)
        {
          g_autofree char *section = g_strdup_printf ("Section %u de %u", s, c);

          maillage_document_add_heading (document, 2, section);
          if (s == 2)
            maillage_document_add_heading (document, 3, "Une sous-section");
          for (guint p = 0; p < 12; p++)
            maillage_document_add_paragraph (document,
                                             "Les lieux de médiation numérique accueillent les "
                                             "habitants pour leurs démarches en ligne, les "
                                             "accompagnent dans l’usage de leurs outils et "
                                             "orientent ceux qui en ont besoin.");
        }
    }
  block = maillage_document_add_table (document, "Les communes", header);
  for (guint r = 0; r < 40; r++)
    {
      const char *row[] = { "Arbois", "3 412", NULL };

      maillage_block_append_row (block, row);
    }
  block = maillage_document_add_rich_paragraph (document);
  maillage_block_append_link (block, "Le programme Société numérique",
                              "https://societenumerique.gouv.fr/fr/?a='b'");

  return document;
}

static void
write_document (MaillageDocument *document,
                GFile            *file)
{
  g_autoptr(MaillageExporter) exporter = new_exporter ();
  g_autoptr(GError) error = NULL;

  g_assert_true (maillage_exporter_write (exporter, document, file, NULL, &error));
  g_assert_no_error (error);
}

static void
test_identity (void)
{
  g_autoptr(MaillageExporter) exporter = new_exporter ();

  g_assert_cmpstr (maillage_exporter_get_format_id (exporter), ==, "pdf");
  g_assert_cmpstr (maillage_exporter_get_mime_type (exporter), ==, "application/pdf");
  g_assert_cmpstr (maillage_exporter_get_file_extension (exporter), ==, "pdf");
}

static void
test_metadata (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(MaillageDocument) document = new_document ();
  g_autoptr(MaillagePrintLayout) layout = maillage_print_layout_new (document);
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *creator = NULL;
  g_autofree char *created = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *size = NULL;
  g_autofree char *expected_pages = NULL;

  if (maillage_test_pdf_skip_without_tools ())
    return;

  write_document (document, fixture->file);
  maillage_print_layout_paginate (layout);

  title = maillage_test_pdf_info (fixture->path, "Title");
  author = maillage_test_pdf_info (fixture->path, "Author");
  subject = maillage_test_pdf_info (fixture->path, "Subject");
  creator = maillage_test_pdf_info (fixture->path, "Creator");
  created = maillage_test_pdf_info (fixture->path, "CreationDate");
  pages = maillage_test_pdf_info (fixture->path, "Pages");
  size = maillage_test_pdf_info (fixture->path, "Page size");

  g_assert_cmpstr (title, ==, "Stratégie numérique du Val de Sorne");
  g_assert_cmpstr (author, ==, "Communauté d’agglomération du Val de Sorne");
  g_assert_cmpstr (subject, ==, "Stratégie numérique territoriale 2026-2032");
  g_assert_true (g_str_has_prefix (creator, "Maillage "));
  g_assert_nonnull (created);
  g_assert_cmpstr (created, !=, "");
  expected_pages = g_strdup_printf ("%u", maillage_print_layout_get_n_pages (layout));
  g_assert_cmpstr (pages, ==, expected_pages);
  g_assert_true (g_str_has_prefix (size, "595.276 x 841.89 pts (A4)"));
}

static void
test_text (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(MaillageDocument) document = new_document ();
  g_autofree char *pages = NULL;
  g_autofree char *all = NULL;
  guint n_pages;

  if (maillage_test_pdf_skip_without_tools ())
    return;

  write_document (document, fixture->file);
  pages = maillage_test_pdf_info (fixture->path, "Pages");
  n_pages = atoi (pages);
  g_assert_cmpuint (n_pages, >=, 4);

  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *text = maillage_test_pdf_text (fixture->path, p, TRUE);
      g_autofree char *footer = g_strdup_printf (F_("Page %u of %u"), p, n_pages);

      g_assert_nonnull (strstr (text, footer));
    }

  all = maillage_test_pdf_text (fixture->path, 0, FALSE);
  g_assert_nonnull (strstr (all, "La note explique la stratégie."));
  g_assert_nonnull (strstr (all, "1.2.1 Une sous-section"));
  g_assert_nonnull (strstr (all, "Le programme Société numérique"));
}

/* An outline object of the file, by number. */
typedef struct
{
  char *title;
  int   parent;
} OutlineItem;

static void
outline_item_free (gpointer data)
{
  OutlineItem *item = data;

  g_free (item->title);
  g_free (item);
}

static char *
pdf_string (const char *start)
{
  /* cairo writes titles as (ASCII) or as <FEFF…> UTF-16BE in hex. */
  if (*start == '(')
    {
      const char *end = strchr (start, ')');

      return g_strndup (start + 1, end - start - 1);
    }
  if (g_str_has_prefix (start, "<FEFF") || g_str_has_prefix (start, "<feff"))
    {
      const char *end = strchr (start, '>');
      g_autoptr(GByteArray) utf16 = g_byte_array_new ();

      for (const char *p = start + 5; p + 1 < end; p += 2)
        {
          char hex[3] = { p[0], p[1], '\0' };
          guint8 byte = strtoul (hex, NULL, 16);

          g_byte_array_append (utf16, &byte, 1);
        }
      return g_convert ((char *) utf16->data, utf16->len, "UTF-8", "UTF-16BE",
                        NULL, NULL, NULL);
    }

  return g_strdup ("?");
}

/* Reads the bookmarks from the file itself: every object with a /Title
 * and a /Parent. */
static GHashTable *
read_outline (const char *path)
{
  g_autofree char *bytes = maillage_test_pdf_read_raw (path);
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  GHashTable *items = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, outline_item_free);

  regex = g_regex_new ("(?<id>\\d+) 0 obj\\s*<<\\s*/Title (?<title>\\([^)]*\\)|<[0-9A-Fa-f]+>)"
                       "\\s*/Parent (?<parent>\\d+) 0 R", G_REGEX_RAW, 0, NULL);
  for (g_regex_match (regex, bytes, 0, &match);
       g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree char *id = g_match_info_fetch_named (match, "id");
      g_autofree char *title = g_match_info_fetch_named (match, "title");
      g_autofree char *parent = g_match_info_fetch_named (match, "parent");
      OutlineItem *item = g_new0 (OutlineItem, 1);

      item->title = pdf_string (title);
      item->parent = atoi (parent);
      g_hash_table_insert (items, GINT_TO_POINTER (atoi (id)), item);
    }

  g_assert_nonnull (strstr (bytes, "/Outlines"));
  return items;
}

static const char *
parent_title (GHashTable *items,
              const char *title)
{
  GHashTableIter iter;
  OutlineItem *item;

  g_hash_table_iter_init (&iter, items);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &item))
    {
      if (g_strcmp0 (item->title, title) == 0)
        {
          OutlineItem *parent = g_hash_table_lookup (items, GINT_TO_POINTER (item->parent));

          return parent != NULL ? parent->title : "";
        }
    }

  g_error ("no bookmark “%s”", title);
  return NULL;
}

static void
test_bookmarks (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(MaillageDocument) document = new_document ();
  g_autoptr(GHashTable) items = NULL;

  write_document (document, fixture->file);
  items = read_outline (fixture->path);

  /* 2 parts, 2 chapters, 4 sections, 2 subsections. */
  g_assert_cmpuint (g_hash_table_size (items), ==, 10);
  g_assert_cmpstr (parent_title (items, "Note de synthèse"), ==, "");
  g_assert_cmpstr (parent_title (items, "La stratégie"), ==, "");
  g_assert_cmpstr (parent_title (items, "1 Chapitre numéro 1"), ==, "La stratégie");
  g_assert_cmpstr (parent_title (items, "2 Chapitre numéro 2"), ==, "La stratégie");
  g_assert_cmpstr (parent_title (items, "1.2 Section 2 de 1"), ==, "1 Chapitre numéro 1");
  g_assert_cmpstr (parent_title (items, "2.1 Section 1 de 2"), ==, "2 Chapitre numéro 2");
  g_assert_cmpstr (parent_title (items, "2.2.1 Une sous-section"), ==, "2.2 Section 2 de 2");
}

/* Under a French locale (the program's), the numbers cairo parses in
 * links and bookmarks keep working. */
static void
test_french_locale (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(MaillageDocument) document = new_document ();
  g_autoptr(GHashTable) items = NULL;
  g_autofree char *previous = g_strdup (setlocale (LC_NUMERIC, NULL));

  if (setlocale (LC_NUMERIC, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not installed");
      return;
    }

  write_document (document, fixture->file);
  setlocale (LC_NUMERIC, previous);

  items = read_outline (fixture->path);
  g_assert_cmpuint (g_hash_table_size (items), ==, 10);
}

/* A folder that does not exist: a French message naming the file, and no
 * file. */
static void
test_write_error (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(MaillageDocument) document = new_document ();
  g_autoptr(MaillageExporter) exporter = new_exporter ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "absent", "x.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_false (maillage_exporter_write (exporter, document, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Cancelled: the file that was there is still there, untouched, and no
 * temporary file is left beside it. */
static void
test_cancelled_keeps_file (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(MaillageDocument) document = new_document ();
  g_autoptr(MaillageExporter) exporter = new_exporter ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  const char *before = "the previous export";

  g_assert_true (g_file_set_contents (fixture->path, before, -1, NULL));
  g_cancellable_cancel (cancellable);

  g_assert_false (maillage_exporter_write (exporter, document, fixture->file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  maillage_unit_assert_file_unchanged (fixture->path, before, strlen (before));
  listing = maillage_unit_list_dir (fixture->dir);
  g_assert_cmpstr (listing, ==, "stratégie.pdf");
}

/* Written over an older export, the file is the new one whole. */
static void
test_replaces (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(MaillageDocument) document = new_document ();
  g_autofree char *bytes = NULL;
  g_autofree char *listing = NULL;
  gsize length;

  g_assert_true (g_file_set_contents (fixture->path, "old", -1, NULL));
  write_document (document, fixture->file);

  bytes = maillage_unit_read_file (fixture->path, &length);
  g_assert_true (g_str_has_prefix (bytes, "%PDF-"));
  g_assert_nonnull (g_strstr_len (bytes + length - 32, 32, "%%EOF"));
  listing = maillage_unit_list_dir (fixture->dir);
  g_assert_cmpstr (listing, ==, "stratégie.pdf");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  bindtextdomain (GETTEXT_PACKAGE, BUILD_ROOT "/po");

  g_test_add_func ("/export-pdf/identity", test_identity);
  g_test_add ("/export-pdf/metadata", Fixture, NULL, fixture_set_up, test_metadata, fixture_tear_down);
  g_test_add ("/export-pdf/text", Fixture, NULL, fixture_set_up, test_text, fixture_tear_down);
  g_test_add ("/export-pdf/bookmarks", Fixture, NULL, fixture_set_up, test_bookmarks, fixture_tear_down);
  g_test_add ("/export-pdf/french-locale", Fixture, NULL,
              fixture_set_up, test_french_locale, fixture_tear_down);
  g_test_add ("/export-pdf/write-error", Fixture, NULL, fixture_set_up, test_write_error, fixture_tear_down);
  g_test_add ("/export-pdf/cancelled-keeps-file", Fixture, NULL,
              fixture_set_up, test_cancelled_keeps_file, fixture_tear_down);
  g_test_add ("/export-pdf/replaces", Fixture, NULL, fixture_set_up, test_replaces, fixture_tear_down);

  return g_test_run ();
}
