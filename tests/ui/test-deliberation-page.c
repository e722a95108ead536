/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-deliberation-page.c: the « Délibération » page in the real window
 * on the demo project, in French: its fields bound to the project's
 * délibération (an edit makes the project dirty), the visas, considérants
 * and articles as lists, « Proposer » adding what is missing without
 * losing anything, the assemblies with their quorum, the municipal
 * councils added once per member commune, and the assembly dialog: live
 * quorum warning, Cancel leaves the project untouched, a bad date is
 * refused with a French message, Save applies. Screenshots:
 * screenshots/deliberation-page.png and deliberation-assembly-dialog.png.
 */
#define G_LOG_DOMAIN "test-deliberation-page"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "maillage-assembly-dialog.h"
#include "maillage-clause-list.h"
#include "maillage-deliberation-page.h"
#include "maillage-i18n.h"
#include "maillage-test-utils.h"
#include "maillage-window-private.h"

typedef struct
{
  MaillageApplication      *app;
  MaillageWindow           *window;
  MaillageDeliberationPage *page;
  MaillageProject          *project;
  MaillageDeliberation     *deliberation;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) demo = g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");

  fixture->app = maillage_test_application_new ();
  fixture->window = maillage_window_new (fixture->app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 900);
  gtk_window_present (GTK_WINDOW (fixture->window));
  maillage_test_wait_for_mapped (GTK_WIDGET (fixture->window));
  g_assert_true (maillage_window_open_project (fixture->window, demo));

  fixture->project = maillage_window_get_project (fixture->window);
  fixture->deliberation = maillage_project_get_deliberation (fixture->project);
  fixture->page = MAILLAGE_DELIBERATION_PAGE (fixture->window->deliberation_page);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.select-page", "s",
                              MAILLAGE_WINDOW_PAGE_DELIBERATION);
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (maillage_window_get_visible_page_name (fixture->window), ==,
                   MAILLAGE_WINDOW_PAGE_DELIBERATION);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->page)));
  g_assert_false (maillage_project_get_dirty (fixture->project));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Closed without asking about the edits. */
  maillage_test_close_windows (fixture->app);
  g_clear_object (&fixture->app);
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (g_type_is_a (G_OBJECT_TYPE (widget), type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GPtrArray *
find_all (GtkWidget *root,
          GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (root, type, found);
  return found;
}

/* The entry row titled @title (French, from the catalogue). */
static AdwEntryRow *
find_entry_row (GtkWidget  *root,
                const char *title)
{
  g_autoptr(GPtrArray) rows = find_all (root, ADW_TYPE_ENTRY_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);

  g_assert_not_reached ();
}

static MaillageClauseList *
find_list (Fixture    *fixture,
           const char *title)
{
  g_autoptr(GPtrArray) lists = find_all (GTK_WIDGET (fixture->page), MAILLAGE_TYPE_CLAUSE_LIST);

  for (guint i = 0; i < lists->len; i++)
    if (g_strcmp0 (adw_preferences_group_get_title (g_ptr_array_index (lists, i)), title) == 0)
      return g_ptr_array_index (lists, i);

  g_assert_not_reached ();
}

static guint
count_assembly_rows (Fixture *fixture)
{
  g_autoptr(GPtrArray) rows = find_all (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW);
  guint count = 0;

  for (guint i = 0; i < rows->len; i++)
    if (g_object_get_data (G_OBJECT (g_ptr_array_index (rows, i)), "maillage-assembly") != NULL)
      count++;

  return count;
}

static void
test_page (Fixture       *fixture,
           gconstpointer  data)
{
  MaillageClauseList *visas = find_list (fixture, _("Visas"));
  MaillageClauseList *articles = find_list (fixture, _("Articles"));
  AdwEntryRow *object_row = find_entry_row (GTK_WIDGET (fixture->page), _("Subject"));
  g_autofree char *shot = NULL;

  /* The demo's délibération on the page. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (object_row)), ==,
                   "Adoption de la stratégie numérique territoriale 2027-2032");
  g_assert_cmpuint (maillage_clause_list_get_n_rows (visas), ==, 4);
  g_assert_cmpuint (maillage_clause_list_get_n_rows (articles), ==, 3);
  g_assert_cmpuint (count_assembly_rows (fixture), ==, 3);

  shot = maillage_test_screenshot (GTK_WIDGET (fixture->window), "deliberation-page");
  g_assert_nonnull (shot);

  /* An edit goes into the model and makes the project dirty. */
  gtk_editable_set_text (GTK_EDITABLE (object_row), "Adoption de la stratégie numérique");
  g_assert_cmpstr (maillage_deliberation_get_object (fixture->deliberation), ==,
                   "Adoption de la stratégie numérique");
  g_assert_true (maillage_project_get_dirty (fixture->project));

  /* A visa edited in the model shows on the page. */
  {
    const char *two[] = { "le code", "la loi", NULL };

    maillage_deliberation_set_visas (fixture->deliberation, two);
    g_assert_cmpuint (maillage_clause_list_get_n_rows (visas), ==, 2);
  }

  /* « Proposer » adds the suggestions missing, keeps what was written. */
  g_signal_emit_by_name (visas, "propose");
  {
    const char * const *items = maillage_deliberation_get_visas (fixture->deliberation);

    g_assert_cmpstr (items[0], ==, "le code");
    g_assert_cmpstr (items[1], ==, "la loi");
    g_assert_cmpuint (g_strv_length ((char **) items), >=, 5);
    g_assert_nonnull (strstr (items[2], "L1425-2"));
  }
}

static void
test_municipal_councils (Fixture       *fixture,
                         gconstpointer  data)
{
  GListModel *assemblies = maillage_deliberation_get_assemblies (fixture->deliberation);
  g_autofree char *sorneval = g_strdup_printf (F_("Commune of %s"), "Sorneval");
  /* The demo has the councils of two of its 31 communes already, named
   * « Commune de … » as the French catalogue says. */
  guint expected = 3 + 31 - (g_str_equal (sorneval, "Commune de Sorneval") ? 2 : 0);

  g_assert_cmpuint (g_list_model_get_n_items (assemblies), ==, 3);

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "deliberation.add-municipal-councils", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (assemblies), ==, expected);
  /* Asking again adds nothing. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "deliberation.add-municipal-councils", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (assemblies), ==, expected);
  maillage_test_iterate ();
  g_assert_cmpuint (count_assembly_rows (fixture), ==, expected);
}

static MaillageAssemblyDialog *
open_first_assembly (Fixture *fixture)
{
  g_autoptr(MaillageAssembly) assembly = g_list_model_get_item (maillage_deliberation_get_assemblies (fixture->deliberation), 0);
  MaillageAssemblyDialog *dialog;

  maillage_deliberation_page_edit (fixture->page, assembly);
  dialog = MAILLAGE_ASSEMBLY_DIALOG (maillage_test_find_window (MAILLAGE_TYPE_ASSEMBLY_DIALOG,
                                                                GTK_WINDOW (fixture->window)));
  g_assert_nonnull (dialog);
  maillage_test_wait_for_mapped (GTK_WIDGET (dialog));

  return dialog;
}

static void
test_assembly_dialog (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(MaillageAssembly) assembly = g_list_model_get_item (maillage_deliberation_get_assemblies (fixture->deliberation), 0);
  MaillageAssemblyDialog *dialog = open_first_assembly (fixture);
  MaillageAssembly *edited = maillage_assembly_dialog_get_edited (dialog);
  AdwEntryRow *date_row = find_entry_row (GTK_WIDGET (dialog), _("Date of the session (DD/MM/YYYY)"));
  g_autoptr(GPtrArray) labels = NULL;
  g_autofree char *shot = NULL;
  gpointer weak = dialog;

  /* Dates as French people write them. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "28/01/2027");

  /* Too few present: the quorum warning, live. */
  g_object_set (edited, "present", 20, NULL);
  maillage_test_wait_for_frame (GTK_WIDGET (dialog));
  shot = maillage_test_screenshot (GTK_WIDGET (dialog), "deliberation-assembly-dialog");
  g_assert_nonnull (shot);
  {
    g_autoptr(GPtrArray) rows = find_all (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW);
    gboolean warned = FALSE;

    for (guint i = 0; i < rows->len; i++)
      warned |= gtk_widget_has_css_class (g_ptr_array_index (rows, i), "warning") &&
                g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), _("Quorum not met")) == 0;
    g_assert_true (warned);
  }
  /* Not in the project yet. */
  g_assert_cmpuint (maillage_assembly_get_present (assembly), ==, 38);
  g_assert_false (maillage_project_get_dirty (fixture->project));

  /* A date that is no date: refused, in French, nothing applied. */
  gtk_editable_set_text (GTK_EDITABLE (date_row), "31/02/2027");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (date_row), "error"));
  g_assert_false (maillage_assembly_dialog_apply (dialog));
  labels = find_all (GTK_WIDGET (dialog), GTK_TYPE_LABEL);
  {
    gboolean said = FALSE;

    for (guint i = 0; i < labels->len; i++)
      said |= gtk_widget_get_visible (g_ptr_array_index (labels, i)) &&
              strstr (gtk_label_get_label (g_ptr_array_index (labels, i)), "28/01/2027") != NULL;
    g_assert_true (said);
  }
  g_assert_cmpuint (maillage_assembly_get_present (assembly), ==, 38);

  /* Cancel: the project is as it was. */
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  gtk_window_close (GTK_WINDOW (dialog));
  maillage_test_wait_finalized (&weak);
  g_assert_cmpuint (maillage_assembly_get_present (assembly), ==, 38);
  g_assert_cmpstr (maillage_assembly_get_date (assembly), ==, "2027-01-28");
  g_assert_false (maillage_project_get_dirty (fixture->project));

  /* Save: applied. */
  dialog = open_first_assembly (fixture);
  date_row = find_entry_row (GTK_WIDGET (dialog), _("Date of the session (DD/MM/YYYY)"));
  gtk_editable_set_text (GTK_EDITABLE (date_row), "4/2/2027");
  g_object_set (maillage_assembly_dialog_get_edited (dialog), "present", 40, NULL);
  g_assert_true (maillage_assembly_dialog_apply (dialog));
  g_assert_cmpstr (maillage_assembly_get_date (assembly), ==, "2027-02-04");
  g_assert_cmpuint (maillage_assembly_get_present (assembly), ==, 40);
  g_assert_true (maillage_project_get_dirty (fixture->project));
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  gtk_window_close (GTK_WINDOW (dialog));
  maillage_test_wait_finalized (&weak);
}

int
main (int   argc,
      char *argv[])
{
  /* The interface in French, as a French user gets it. */
  g_setenv ("LANG", "fr_FR.UTF-8", TRUE);
  g_setenv ("LC_ALL", "fr_FR.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");

  maillage_test_init (&argc, &argv);

  g_test_add ("/deliberation-page/page", Fixture, NULL, fixture_set_up, test_page, fixture_tear_down);
  g_test_add ("/deliberation-page/municipal-councils", Fixture, NULL, fixture_set_up,
              test_municipal_councils, fixture_tear_down);
  g_test_add ("/deliberation-page/assembly-dialog", Fixture, NULL, fixture_set_up,
              test_assembly_dialog, fixture_tear_down);

  return maillage_test_run ();
}
