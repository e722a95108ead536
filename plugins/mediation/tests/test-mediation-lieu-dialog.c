/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-mediation-lieu-dialog.c: adding a place by hand and editing one,
 * from the editor page on the demo project: the schema's messages under
 * the fields, OK insensitive while the form is invalid, a duplicate id
 * refused, the project dirty once applied, the fields the form does not
 * show kept; a screenshot of the dialog.
 */
#define G_LOG_DOMAIN "test-mediation-lieu-dialog"

#include "config.h"

#include <string.h>

#include "maillage-test-utils.h"
#include "mediation-lieu-dialog.h"
#include "mediation-page-private.h"
#include "mediation-test-utils.h"

typedef struct
{
  GtkWindow       *window;
  MediationPage   *page;
  MaillageProject *project;
  MediationModule *module;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->project = mediation_test_demo_project ();
  fixture->module = mediation_test_load_module (fixture->project);
  fixture->page = MEDIATION_PAGE (mediation_page_new (fixture->module));

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1100, 760);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  maillage_test_wait_for_mapped (GTK_WIDGET (fixture->page));
  g_assert_false (maillage_project_get_dirty (fixture->project));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gpointer page = fixture->page;

  g_object_add_weak_pointer (G_OBJECT (page), &page);
  gtk_window_destroy (fixture->window);
  maillage_test_wait_finalized (&page);

  maillage_module_unload (MAILLAGE_MODULE (fixture->module));
  g_assert_finalize_object (fixture->module);
  g_assert_finalize_object (fixture->project);
}

static MediationLieuDialog *
open_dialog (Fixture    *fixture,
             const char *action)
{
  GtkWindow *dialog = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), action, NULL));
  for (guint i = 0; i < 500 && dialog == NULL; i++)
    {
      maillage_test_iterate ();
      dialog = maillage_test_find_window (MEDIATION_TYPE_LIEU_DIALOG, fixture->window);
      if (dialog == NULL)
        g_usleep (10000);
    }
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (dialog));
  maillage_test_wait_for_frame (GTK_WIDGET (dialog));

  return MEDIATION_LIEU_DIALOG (dialog);
}

static void
set_text (MediationLieuDialog *dialog,
          MediationField       field,
          const char          *text)
{
  GtkWidget *entry = mediation_lieu_dialog_get_widget (dialog, field, NULL);

  g_assert_true (GTK_IS_ENTRY (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static gboolean
ok_sensitive (MediationLieuDialog *dialog)
{
  return gtk_widget_get_sensitive (mediation_lieu_dialog_get_ok_button (dialog));
}

static MediationLieu *
find_lieu (Fixture    *fixture,
           const char *nom)
{
  GListModel *lieux = mediation_module_get_lieux (fixture->module);

  for (guint i = 0; i < g_list_model_get_n_items (lieux); i++)
    {
      g_autoptr(MediationLieu) lieu = g_list_model_get_item (lieux, i);

      if (g_strcmp0 (mediation_lieu_get_nom (lieu), nom) == 0)
        return lieu;
    }
  return NULL;
}

static void
close_dialog (MediationLieuDialog *dialog)
{
  gpointer weak = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  gtk_window_destroy (GTK_WINDOW (dialog));
  maillage_test_wait_finalized (&weak);
}

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  GListModel *lieux = mediation_module_get_lieux (fixture->module);
  guint n = g_list_model_get_n_items (lieux);
  g_autoptr(MediationLieu) first = g_list_model_get_item (lieux, 0);
  MediationLieuDialog *dialog = open_dialog (fixture, "mediation.add");
  GtkWidget *entry = mediation_lieu_dialog_get_widget (dialog, MEDIATION_FIELD_CODE_POSTAL, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *screenshot = NULL;
  MediationLieu *added;

  /* Empty: the required fields are missing; date_maj is today. */
  g_assert_false (ok_sensitive (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mediation_lieu_dialog_get_widget (dialog, MEDIATION_FIELD_DATE_MAJ, NULL))),
                   ==, today);
  g_assert_cmpstr (mediation_lieu_dialog_get_error (dialog, MEDIATION_FIELD_NOM), ==, "This required field is empty.");
  g_assert_null (mediation_lieu_dialog_get_error (dialog, MEDIATION_FIELD_ID));
  g_assert_null (mediation_lieu_dialog_get_error (dialog, MEDIATION_FIELD_DATE_MAJ));

  /* Invalid values: the schema's own messages, under their fields. */
  set_text (dialog, MEDIATION_FIELD_NOM, "Médiathèque de Test");
  set_text (dialog, MEDIATION_FIELD_PIVOT, "123");
  set_text (dialog, MEDIATION_FIELD_COMMUNE, "Sorneval");
  set_text (dialog, MEDIATION_FIELD_CODE_POSTAL, "3981");
  set_text (dialog, MEDIATION_FIELD_ADRESSE, "1 rue des Tests");
  set_text (dialog, MEDIATION_FIELD_TELEPHONE, "pas de téléphone");
  set_text (dialog, MEDIATION_FIELD_ID, mediation_lieu_get_id (first));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (mediation_lieu_dialog_get_widget (dialog, MEDIATION_FIELD_SERVICES,
                                                                                   "Aide aux démarches administratives")),
                               TRUE);
  maillage_test_iterate ();
  g_assert_false (ok_sensitive (dialog));
  g_assert_false (mediation_lieu_dialog_is_valid (dialog));
  g_assert_null (mediation_lieu_dialog_get_error (dialog, MEDIATION_FIELD_NOM));
  g_assert_cmpstr (mediation_lieu_dialog_get_error (dialog, MEDIATION_FIELD_CODE_POSTAL), ==, "A postal code has 5 digits.");
  g_assert_nonnull (mediation_lieu_dialog_get_error (dialog, MEDIATION_FIELD_PIVOT));
  g_assert_nonnull (mediation_lieu_dialog_get_error (dialog, MEDIATION_FIELD_TELEPHONE));
  g_assert_cmpstr (mediation_lieu_dialog_get_error (dialog, MEDIATION_FIELD_ID), ==,
                   "Another place already has this identifier.");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_false (mediation_lieu_dialog_apply (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (lieux), ==, n);
  g_assert_false (maillage_project_get_dirty (fixture->project));
  maillage_test_wait_for_frame (GTK_WIDGET (dialog));
  screenshot = maillage_test_screenshot (GTK_WIDGET (dialog), "mediation-lieu-dialog");

  /* Valid: an empty id is generated. */
  set_text (dialog, MEDIATION_FIELD_PIVOT, "24390052900123");
  set_text (dialog, MEDIATION_FIELD_CODE_POSTAL, "39810");
  set_text (dialog, MEDIATION_FIELD_TELEPHONE, "03 84 12 34 56");
  set_text (dialog, MEDIATION_FIELD_ID, "");
  g_assert_true (mediation_lieu_dialog_is_valid (dialog));
  g_assert_true (ok_sensitive (dialog));
  g_assert_false (gtk_widget_has_css_class (entry, "error"));

  g_signal_emit_by_name (mediation_lieu_dialog_get_ok_button (dialog), "clicked");
  maillage_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (lieux), ==, n + 1);
  g_assert_true (maillage_project_get_dirty (fixture->project));
  added = find_lieu (fixture, "Médiathèque de Test");
  g_assert_nonnull (added);
  g_assert_cmpuint (strlen (mediation_lieu_get_id (added)), ==, 36);
  g_assert_true (g_uuid_string_is_valid (mediation_lieu_get_id (added)));
  g_assert_cmpstr (mediation_lieu_get_value (added, MEDIATION_FIELD_TELEPHONE), ==, "+33384123456");
  g_assert_cmpstr (mediation_lieu_get_value (added, MEDIATION_FIELD_SERVICES), ==, "Aide aux démarches administratives");
  g_assert_cmpstr (mediation_lieu_get_value (added, MEDIATION_FIELD_DATE_MAJ), ==, today);
  g_assert_cmpuint (mediation_lieu_count_problems (added), ==, 0);

  /* OK closed the dialog. */
  g_assert_null (maillage_test_find_window (MEDIATION_TYPE_LIEU_DIALOG, fixture->window));
}

static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  GListModel *lieux = mediation_module_get_lieux (fixture->module);
  GtkSelectionModel *selection = gtk_column_view_get_model (fixture->page->column_view);
  guint n = g_list_model_get_n_items (lieux);
  g_autoptr(MediationLieu) lieu = NULL;
  g_autofree char *id = NULL;
  g_autofree char *nom = NULL;
  MediationLieuDialog *dialog;
  MediationLieu *edited;
  guint position = 0;

  /* A valid place, given values in fields the form does not show. */
  for (; position < n; position++)
    {
      g_clear_object (&lieu);
      lieu = g_list_model_get_item (G_LIST_MODEL (fixture->page->sort_model), position);
      if (mediation_lieu_count_problems (lieu) == 0)
        break;
    }
  g_assert_cmpuint (position, <, n);
  mediation_lieu_set_value (lieu, MEDIATION_FIELD_LATITUDE, "46.6712");
  mediation_lieu_set_value (lieu, MEDIATION_FIELD_LONGITUDE, "5.5532");
  mediation_lieu_set_value (lieu, MEDIATION_FIELD_SOURCE, "Conseiller numérique");
  id = g_strdup (mediation_lieu_get_id (lieu));
  nom = g_strconcat (mediation_lieu_get_nom (lieu), " (modifié)", NULL);
  g_assert_false (maillage_project_get_dirty (fixture->project));

  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (selection), position);
  dialog = open_dialog (fixture, "mediation.edit");
  g_assert_true (ok_sensitive (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mediation_lieu_dialog_get_widget (dialog, MEDIATION_FIELD_ID, NULL))),
                   ==, id);

  /* Its own id is no duplicate; a wrong INSEE code is refused. */
  set_text (dialog, MEDIATION_FIELD_CODE_INSEE, "2C123");
  g_assert_false (ok_sensitive (dialog));
  g_assert_nonnull (mediation_lieu_dialog_get_error (dialog, MEDIATION_FIELD_CODE_INSEE));
  set_text (dialog, MEDIATION_FIELD_CODE_INSEE, "39500");
  set_text (dialog, MEDIATION_FIELD_NOM, nom);
  g_assert_true (ok_sensitive (dialog));
  g_assert_true (mediation_lieu_dialog_apply (dialog));
  close_dialog (dialog);

  g_assert_true (maillage_project_get_dirty (fixture->project));
  g_assert_cmpuint (g_list_model_get_n_items (lieux), ==, n);
  edited = find_lieu (fixture, nom);
  g_assert_nonnull (edited);
  g_assert_cmpstr (mediation_lieu_get_id (edited), ==, id);
  g_assert_cmpstr (mediation_lieu_get_value (edited, MEDIATION_FIELD_CODE_INSEE), ==, "39500");
  g_assert_cmpstr (mediation_lieu_get_value (edited, MEDIATION_FIELD_LATITUDE), ==, "46.6712");
  g_assert_cmpstr (mediation_lieu_get_value (edited, MEDIATION_FIELD_LONGITUDE), ==, "5.5532");
  g_assert_cmpstr (mediation_lieu_get_value (edited, MEDIATION_FIELD_SOURCE), ==, "Conseiller numérique");
  for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
    if (f != MEDIATION_FIELD_NOM && f != MEDIATION_FIELD_CODE_INSEE)
      g_assert_cmpstr (mediation_lieu_get_value (edited, f), ==, mediation_lieu_get_value (lieu, f));
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  maillage_test_init (&argc, &argv);
  mediation_test_register_types ();

  ADD ("/mediation/lieu-dialog/add", test_add);
  ADD ("/mediation/lieu-dialog/edit", test_edit);

  return maillage_test_run ();
}
