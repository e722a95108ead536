/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-preview-page.c: the « Aperçu » page in the real window on the demo
 * project, with the module plugins of the build folder: the strategy
 * document laid out, one chapter a module, only the pages in sight made,
 * the zoom, a change of the project shown when the page comes back; and
 * printing (win.print's operation, exported to a PDF file instead of a
 * printer) giving the same pages. Screenshot: screenshots/preview-page.png.
 */
#define G_LOG_DOMAIN "test-preview-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "maillage-i18n.h"
#include "maillage-page-view.h"
#include "maillage-preview-page.h"
#include "maillage-print-operation.h"
#include "maillage-test-pdf.h"
#include "maillage-test-utils.h"
#include "maillage-unit-utils.h"
#include "maillage-window-private.h"

typedef struct
{
  MaillageApplication *app;
  MaillageWindow      *window;
  MaillagePreviewPage *page;
} Fixture;

static void
select_page (Fixture    *fixture,
             const char *name)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.select-page", "s", name);
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) demo = g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");

  fixture->app = maillage_test_application_new ();
  fixture->window = maillage_window_new (fixture->app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 860);
  gtk_window_present (GTK_WINDOW (fixture->window));
  maillage_test_wait_for_mapped (GTK_WIDGET (fixture->window));
  g_assert_true (maillage_window_open_project (fixture->window, demo));

  fixture->page = MAILLAGE_PREVIEW_PAGE (fixture->window->preview_page);
  /* Nothing is laid out before the page is shown. */
  g_assert_null (maillage_preview_page_get_layout (fixture->page));

  select_page (fixture, MAILLAGE_WINDOW_PAGE_PREVIEW);
  g_assert_cmpstr (maillage_window_get_visible_page_name (fixture->window), ==,
                   MAILLAGE_WINDOW_PAGE_PREVIEW);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->page)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  maillage_test_close_windows (fixture->app);
  g_clear_object (&fixture->app);
}

static void
collect_page_views (GtkWidget *widget,
                    GPtrArray *views)
{
  if (MAILLAGE_IS_PAGE_VIEW (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (views, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_page_views (child, views);
}

static GPtrArray *
page_views (Fixture *fixture)
{
  GPtrArray *views = g_ptr_array_new ();

  collect_page_views (GTK_WIDGET (fixture->page), views);
  return views;
}

static void
test_pages (Fixture       *fixture,
            gconstpointer  data)
{
  MaillagePrintLayout *layout = maillage_preview_page_get_layout (fixture->page);
  MaillageModuleSet *modules = maillage_window_get_module_set (fixture->window);
  g_autoptr(GPtrArray) views = page_views (fixture);
  guint n_pages, n_chapters = 0;
  g_autofree char *path = NULL;

  g_assert_nonnull (layout);
  n_pages = maillage_print_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >=, 6);

  /* One chapter (a heading of level 1) a module, in the sidebar's
   * order, after the annex's cover. */
  for (guint i = 0; i < maillage_print_layout_get_n_outline_entries (layout); i++)
    {
      guint depth;

      maillage_print_layout_get_outline_entry (layout, i, &depth, NULL, NULL);
      if (depth == 1)
        n_chapters++;
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (modules)), >=, 2);
  g_assert_cmpuint (n_chapters, ==, g_list_model_get_n_items (G_LIST_MODEL (modules)));

  /* The first pages are made, not all of them. */
  g_assert_cmpuint (views->len, >=, 1);
  g_assert_cmpuint (views->len, <, n_pages);
  g_assert_true (maillage_page_view_get_layout (g_ptr_array_index (views, 0)) == layout);
  g_assert_cmpuint (maillage_page_view_get_page (g_ptr_array_index (views, 0)), ==, 0);

  path = maillage_test_screenshot (GTK_WIDGET (fixture->window), "preview-page");
  g_test_message ("screenshot: %s", path);
}

static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) before = page_views (fixture);
  g_autoptr(GPtrArray) after = NULL;
  int width = gtk_widget_get_width (g_ptr_array_index (before, 0));

  g_assert_cmpfloat (maillage_preview_page_get_zoom (fixture->page), ==, 1.0);
  g_assert_cmpint (width, ==, 596);

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "preview.zoom-in", NULL);
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_cmpfloat (maillage_preview_page_get_zoom (fixture->page), ==, 1.25);
  after = page_views (fixture);
  g_assert_cmpint (gtk_widget_get_width (g_ptr_array_index (after, 0)), ==, 745);

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "preview.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "preview.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "preview.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "preview.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "preview.zoom-out", NULL);
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
  /* No further than the smallest zoom. */
  g_assert_cmpfloat (maillage_preview_page_get_zoom (fixture->page), ==, 0.5);
  g_ptr_array_unref (after);
  after = page_views (fixture);
  g_assert_cmpint (gtk_widget_get_width (g_ptr_array_index (after, 0)), ==, 298);
  /* Smaller pages: more of them in sight. */
  g_assert_cmpuint (after->len, >, before->len);
}

/* A change made on another page shows when the preview comes back. */
static void
test_follows_project (Fixture       *fixture,
                      gconstpointer  data)
{
  MaillageProject *project = maillage_window_get_project (fixture->window);
  MaillagePrintLayout *layout;

  select_page (fixture, MAILLAGE_WINDOW_PAGE_OVERVIEW);
  maillage_project_set_title (project, "Une stratégie retitrée");
  select_page (fixture, MAILLAGE_WINDOW_PAGE_PREVIEW);

  layout = maillage_preview_page_get_layout (fixture->page);
  g_assert_cmpstr (maillage_document_get_title (maillage_print_layout_get_document (layout)), ==,
                   "Une stratégie retitrée");
  g_assert_cmpstr (maillage_print_layout_get_outline_entry (layout, 0, NULL, NULL, NULL), ==,
                   "Une stratégie retitrée");
}

/* What win.print runs, sent to a PDF file rather than a printer: the
 * preview's pages, page for page. */
static void
test_print (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(MaillageDocument) document = _maillage_window_build_strategy (fixture->window);
  g_autoptr(MaillagePrintOperation) operation = maillage_print_operation_new (document);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = maillage_unit_make_temp_dir ("print-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "impression.pdf", NULL);
  g_autofree char *pages = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *first = NULL;
  g_autofree char *footer = NULL;
  GtkPrintOperationResult result;
  guint n_pages;

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "print"));

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    GTK_WINDOW (fixture->window), &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  n_pages = maillage_print_layout_get_n_pages (maillage_print_operation_get_layout (operation));
  g_assert_cmpuint (n_pages, ==,
                    maillage_print_layout_get_n_pages (maillage_preview_page_get_layout (fixture->page)));

  if (!maillage_test_pdf_skip_without_tools ())
    {
      pages = maillage_test_pdf_info (path, "Pages");
      expected = g_strdup_printf ("%u", n_pages);
      g_assert_cmpstr (pages, ==, expected);
      first = maillage_test_pdf_text (path, 1, TRUE);
      footer = g_strdup_printf (F_("Page %u of %u"), 1, n_pages);
      g_assert_nonnull (strstr (first, footer));
    }

  /* MAILLAGE_TEST_KEEP_PDF=/some/folder keeps the PDF there, to look at. */
  if (g_getenv ("MAILLAGE_TEST_KEEP_PDF") != NULL)
    {
      g_autofree char *target = g_build_filename (g_getenv ("MAILLAGE_TEST_KEEP_PDF"),
                                                  "preview-page-print.pdf", NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (target, contents, length, NULL));
    }

  maillage_unit_remove_temp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  maillage_test_init (&argc, &argv);

  g_test_add ("/preview-page/pages", Fixture, NULL, fixture_set_up, test_pages, fixture_tear_down);
  g_test_add ("/preview-page/zoom", Fixture, NULL, fixture_set_up, test_zoom, fixture_tear_down);
  g_test_add ("/preview-page/follows-project", Fixture, NULL,
              fixture_set_up, test_follows_project, fixture_tear_down);
  g_test_add ("/preview-page/print", Fixture, NULL, fixture_set_up, test_print, fixture_tear_down);

  return maillage_test_run ();
}
