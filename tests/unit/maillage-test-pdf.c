/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-test-pdf.c: see maillage-test-pdf.h.
 */
#define G_LOG_DOMAIN "maillage-test-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <string.h>

#include "maillage-test-pdf.h"

/* poppler-utils comes with `setup.sh --tests`; a machine without it skips
 * the checks that read PDF files back rather than fail them. */
gboolean
maillage_test_pdf_skip_without_tools (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext != NULL && pdfinfo != NULL)
    return FALSE;

  g_test_skip ("poppler-utils (pdftotext, pdfinfo) is not installed");
  return TRUE;
}

void
maillage_test_pdf_write_layout (MaillagePrintLayout *layout,
                                const char          *path)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;

  maillage_print_layout_get_page_size (layout, &width, &height);
  surface = cairo_pdf_surface_create (path, width, height);
  cr = cairo_create (surface);
  for (guint i = 0; i < maillage_print_layout_get_n_pages (layout); i++)
    {
      maillage_print_layout_render_page (layout, cr, i);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);

  return out;
}

/* The text of page @page (from 1), or of every page if 0; pages are
 * separated by form feeds. */
char *
maillage_test_pdf_text (const char *path,
                        guint       page,
                        gboolean    keep_layout)
{
  g_autofree char *first = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", keep_layout ? "-layout" : "-raw",
                         "-f", first, "-l", first, path, "-", NULL };

  if (page == 0)
    {
      argv[4] = path;
      argv[5] = "-";
      argv[6] = NULL;
    }

  return run (argv);
}

/* The value pdfinfo gives for @key ("Title", "Pages", …), or NULL. */
char *
maillage_test_pdf_info (const char *path,
                        const char *key)
{
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", path, NULL };
  g_autofree char *out = run (argv);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  g_autofree char *prefix = g_strconcat (key, ":", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], prefix))
        return g_strstrip (g_strdup (lines[i] + strlen (prefix)));
    }

  return NULL;
}

static void
word_clear (gpointer data)
{
  MaillageTestPdfWord *word = data;

  g_free (word->text);
}

static double
attribute (GMatchInfo *match,
           const char *name)
{
  g_autofree char *value = g_match_info_fetch_named (match, name);

  return g_ascii_strtod (value, NULL);
}

/* Every word of the file with its box, from `pdftotext -bbox`. */
GArray *
maillage_test_pdf_words (const char *path,
                         double     *page_width,
                         double     *page_height)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-bbox", path, "-", NULL };
  g_autofree char *out = run (argv);
  g_autoptr(GRegex) page_regex = NULL;
  g_autoptr(GRegex) word_regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  GArray *words = g_array_new (FALSE, TRUE, sizeof (MaillageTestPdfWord));
  guint page = 0;
  const char *p = out;

  g_array_set_clear_func (words, word_clear);
  page_regex = g_regex_new ("<page width=\"(?<w>[0-9.]+)\" height=\"(?<h>[0-9.]+)\">", 0, 0, NULL);
  word_regex = g_regex_new ("<word xMin=\"(?<x0>[-0-9.]+)\" yMin=\"(?<y0>[-0-9.]+)\" "
                            "xMax=\"(?<x1>[-0-9.]+)\" yMax=\"(?<y1>[-0-9.]+)\">(?<t>[^<]*)</word>",
                            0, 0, NULL);

  /* Page by page: the words between one <page> and the next. */
  for (const char *next = strstr (p, "<page "); next != NULL; next = strstr (p, "<page "))
    {
      const char *end = strstr (next + 1, "<page ");
      g_autofree char *chunk = g_strndup (next, end != NULL ? (gsize) (end - next) : strlen (next));

      page++;
      g_clear_pointer (&match, g_match_info_free);
      if (g_regex_match (page_regex, chunk, 0, &match))
        {
          if (page_width != NULL)
            *page_width = attribute (match, "w");
          if (page_height != NULL)
            *page_height = attribute (match, "h");
        }
      g_clear_pointer (&match, g_match_info_free);
      for (g_regex_match (word_regex, chunk, 0, &match);
           g_match_info_matches (match);
           g_match_info_next (match, NULL))
        {
          MaillageTestPdfWord word = { page, };

          word.x_min = attribute (match, "x0");
          word.y_min = attribute (match, "y0");
          word.x_max = attribute (match, "x1");
          word.y_max = attribute (match, "y1");
          word.text = g_match_info_fetch_named (match, "t");
          g_array_append_val (words, word);
        }

      if (end == NULL)
        break;
      p = end;
    }

  return words;
}

/* The bytes of a PDF file as a string: NUL bytes of compressed streams
 * become spaces, so that the string functions see the whole file. */
char *
maillage_test_pdf_read_raw (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *bytes = NULL;
  gsize length;

  g_file_get_contents (path, &bytes, &length, &error);
  g_assert_no_error (error);
  for (gsize i = 0; i < length; i++)
    {
      if (bytes[i] == '\0')
        bytes[i] = ' ';
    }

  return bytes;
}

guint
maillage_test_pdf_count (const char *haystack,
                         const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + strlen (needle), needle))
    n++;

  return n;
}
