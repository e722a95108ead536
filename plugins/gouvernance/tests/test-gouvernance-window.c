/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-gouvernance-window.c: the Gouvernance plugin as the application
 * loads it, from the build folder, in the real window on the demo
 * project, in French: its page in the sidebar, its lists filled from the
 * demo, its actions of the plan, and screenshots of the page from top to
 * bottom for people to look at (screenshots/gouvernance*.png).
 */
#define G_LOG_DOMAIN "test-gouvernance-window"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-test-utils.h"
#include "maillage-window.h"

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
n_rows (GtkWidget  *page,
        const char *list_name)
{
  GtkWidget *list = maillage_test_find_named (page, list_name);
  guint n = 0;

  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_visible (row))
      n++;
  return n;
}

static gboolean
dialog_is_open (gpointer data)
{
  return maillage_test_find_window (GPOINTER_TO_SIZE (data), NULL) != NULL;
}

static gboolean
dialog_is_closed (gpointer data)
{
  return maillage_test_find_window (GPOINTER_TO_SIZE (data), NULL) == NULL;
}

/* Activates row @position of @list_name (NULL: adds a council),
 * screenshots the dialog it opens (after typing @siren, if given), then
 * closes it. */
static void
open_dialog (MaillageWindow *window,
             GtkWidget      *page,
             const char     *list_name,
             int             position,
             const char     *type_name,
             const char     *siren,
             const char     *screenshot)
{
  GType type = g_type_from_name (type_name);
  g_autofree char *path = NULL;
  GtkWindow *dialog;

  g_assert_true (type != G_TYPE_INVALID);
  if (list_name != NULL)
    {
      GtkListBox *list = GTK_LIST_BOX (maillage_test_find_named (page, list_name));

      g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, position));
    }
  else
    {
      /* A new one. */
      g_assert_true (gtk_widget_activate_action (page, "gouvernance.add-council", NULL));
    }
  maillage_test_wait_until (dialog_is_open, GSIZE_TO_POINTER (type));
  dialog = maillage_test_find_window (type, NULL);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  maillage_test_wait_for_frame (GTK_WIDGET (dialog));

  if (siren != NULL)
    {
      GtkWidget *row = maillage_test_find_named (GTK_WIDGET (dialog), "siren");

      gtk_editable_set_text (GTK_EDITABLE (row), siren);
      g_assert_true (gtk_widget_has_css_class (row, "error"));
      /* Saving says why, and changes nothing. */
      g_signal_emit_by_name (maillage_test_find_named (GTK_WIDGET (dialog), "save"), "clicked");
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
      maillage_test_wait_for_frame (GTK_WIDGET (dialog));
    }

  path = maillage_test_screenshot (GTK_WIDGET (dialog), screenshot);
  gtk_window_close (dialog);
  maillage_test_wait_until (dialog_is_closed, GSIZE_TO_POINTER (type));
}

static void
test_page_in_window (void)
{
  g_autoptr(MaillageApplication) app = maillage_test_application_new ();
  g_autoptr(GFile) demo = g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");
  MaillageWindow *window = maillage_window_new (app);
  static const double positions[] = { 0.35, 0.7, 1.0 };
  g_autofree char *screenshot = NULL;
  GtkWidget *page;
  GtkWidget *coordinator;
  GtkWidget *scroller;
  GtkAdjustment *adjustment;
  GtkStringObject *echelon;
  GType page_type;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  maillage_test_wait_for_mapped (GTK_WIDGET (window));
  g_assert_true (maillage_window_open_project (window, demo));

  /* The plugin is loaded from the build folder, by the application. */
  page_type = g_type_from_name ("GouvernancePage");
  g_assert_true (page_type != G_TYPE_INVALID);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-page", "s", "gouvernance");
  maillage_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpstr (maillage_window_get_visible_page_name (window), ==, "module:gouvernance");

  page = find_type (GTK_WIDGET (window), page_type);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));

  /* The demo's governance, in French. */
  g_assert_cmpuint (n_rows (page, "bodies-list"), ==, 3);
  g_assert_cmpuint (n_rows (page, "members-list"), >=, 6);
  g_assert_cmpuint (n_rows (page, "councils-list"), ==, 3);
  g_assert_cmpuint (n_rows (page, "sessions-list"), >=, 4);
  g_assert_cmpuint (n_rows (page, "action-rows"), >=, 7);
  coordinator = maillage_test_find_named (page, "coordinator");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (coordinator)), ==, "Inès Garnier");
  echelon = adw_combo_row_get_selected_item (ADW_COMBO_ROW (maillage_test_find_named (page, "echelon")));
  g_assert_nonnull (echelon);
  g_assert_cmpstr (gtk_string_object_get_string (echelon), ==,
                   g_dpgettext2 (GETTEXT_PACKAGE, "gouvernance", "EPCI (intercommunality)"));

  screenshot = maillage_test_screenshot (GTK_WIDGET (window), "gouvernance");

  /* Further down: the bodies and members, the councils, the training and
   * the actions. */
  scroller = find_type (page, GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scroller);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    {
      g_autofree char *name = g_strdup_printf ("gouvernance-%u", i + 2);
      g_autofree char *path = NULL;
      double upper = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

      gtk_adjustment_set_value (adjustment, upper * positions[i]);
      maillage_test_wait_for_frame (GTK_WIDGET (window));
      path = maillage_test_screenshot (GTK_WIDGET (window), name);
    }

  /* A body's dialog, opened from its row, then a member's with a wrong
   * number typed in: looked at, closed, nothing changed. */
  open_dialog (window, page, "bodies-list", 0, "GouvernanceBodyDialog", NULL, "gouvernance-body-dialog");
  open_dialog (window, page, NULL, 0, "GouvernanceCouncilDialog", NULL, "gouvernance-council-dialog");
  open_dialog (window, page, "members-list", 7, "GouvernanceMemberDialog", "775 639 123 00023",
               "gouvernance-member-dialog");

  /* Looking is not changing. */
  g_assert_false (maillage_project_get_dirty (maillage_window_get_project (window)));

  maillage_test_close_windows (app);
}

int
main (int   argc,
      char *argv[])
{
  /* What a French user sees, when the locale is there. */
  g_setenv ("LANG", "fr_FR.UTF-8", TRUE);
  g_setenv ("LC_ALL", "fr_FR.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  /* Only the plugins of the build folder: no mock ones. */
  g_setenv ("MAILLAGE_PLUGIN_PATH", "", TRUE);
  maillage_test_init (&argc, &argv);

  g_test_add_func ("/gouvernance/window/page", test_page_in_window);

  return maillage_test_run ();
}
