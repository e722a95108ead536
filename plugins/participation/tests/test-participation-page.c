/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-participation-page.c: the editor page of the Participation module
 * on the demo project, in a window of its own: the tools and the
 * calendar, the proposals filtered and searched, a proposal linked to an
 * action through the drop-down, imports with their preview (taken, or
 * refused row by row, or unreadable), the dialogs of a tool and of an
 * event; screenshots of each.
 */
#define G_LOG_DOMAIN "test-participation-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "maillage-test-utils.h"
#include "participation-dispositif-dialog.h"
#include "participation-event-dialog.h"
#include "participation-import-preview.h"
#include "participation-page-private.h"
#include "participation-test-utils.h"

typedef struct
{
  GtkWindow           *window;
  ParticipationPage   *page;
  MaillageProject     *project;
  ParticipationModule *module;
  char                *tmpdir;
} Fixture;

/* The interface's texts are compared as the user's catalogue gives them
 * (not through the _ macro: the tests are no source of msgids), so that
 * the test passes in French as in English. */
static const char *ui (const char *msgid) G_GNUC_FORMAT (1);

static const char *
ui (const char *msgid)
{
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();
  g_autoptr(GError) error = NULL;

  fixture->project = participation_test_demo_project ();
  fixture->module = participation_test_load_module (fixture->project);
  fixture->tmpdir = g_dir_make_tmp ("participation-page-XXXXXX", &error);
  g_assert_no_error (error);

  fixture->page = PARTICIPATION_PAGE (participation_page_new (fixture->module));
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1180, 760);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->page));
  gtk_window_set_child (fixture->window, overlay);
  gtk_window_present (fixture->window);
  maillage_test_wait_for_mapped (GTK_WIDGET (fixture->page));
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->tmpdir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->tmpdir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->tmpdir);
  g_free (fixture->tmpdir);

  gtk_window_destroy (fixture->window);
  maillage_test_iterate ();
  g_clear_object (&fixture->module);
  g_clear_object (&fixture->project);
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static void
show_view (Fixture    *fixture,
           const char *name)
{
  adw_view_stack_set_visible_child_name (fixture->page->view_stack, name);
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
assert_count (Fixture *fixture,
              guint    n,
              guint    linked)
{
  g_autofree char *expected = g_strdup_printf (dngettext (GETTEXT_PACKAGE,
                                                            "%u proposal, %u taken up by an action of the plan",
                                                            "%u proposals, %u taken up by an action of the plan",
                                                            n),
                                               n, linked);

  g_assert_cmpstr (gtk_label_get_text (fixture->page->count_label), ==, expected);
}

static void
test_views (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *tools = NULL;
  g_autofree char *proposals = NULL;
  g_autofree char *results = NULL;
  g_autofree char *actions = NULL;
  GtkWidget *action_list;

  g_assert_cmpuint (count_rows (fixture->page->dispositifs_list), ==, 6);
  g_assert_cmpuint (count_rows (fixture->page->events_list), ==, 8);
  tools = maillage_test_screenshot (GTK_WIDGET (fixture->window), "participation-page-tools");

  show_view (fixture, "proposals");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->page->proposals_stack), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (participation_page_get_proposals_view (fixture->page)), ==, 14);
  assert_count (fixture, 14, 7);
  /* Nothing selected: nothing to link. */
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (fixture->page->action_dropdown)));
  proposals = maillage_test_screenshot (GTK_WIDGET (fixture->window), "participation-page-proposals");

  show_view (fixture, "results");
  {
    g_autofree char *expected = g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%u result", "%u results", 4), 4);

    g_assert_cmpstr (gtk_label_get_text (fixture->page->results_count_label), ==, expected);
  }
  results = maillage_test_screenshot (GTK_WIDGET (fixture->window), "participation-page-results");

  /* The module's actions of the plan, from libmaillage. */
  show_view (fixture, "actions");
  action_list = adw_bin_get_child (fixture->page->actions_bin);
  g_assert_true (MAILLAGE_IS_ACTION_LIST (action_list));
  g_assert_cmpuint (g_list_model_get_n_items (maillage_action_list_get_actions (MAILLAGE_ACTION_LIST (action_list))),
                    ==, 8);
  actions = maillage_test_screenshot (GTK_WIDGET (fixture->window), "participation-page-actions");

  /* Looking is not changing. */
  g_assert_false (maillage_project_get_dirty (fixture->project));
}

static guint
shown (Fixture *fixture)
{
  return g_list_model_get_n_items (participation_page_get_proposals_view (fixture->page));
}

static void
search (Fixture    *fixture,
        const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (fixture->page->search_entry), text);
  /* The search entry waits a little before it says so. */
  _participation_page_filter_changed (fixture->page);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(ParticipationProposal) found = NULL;

  show_view (fixture, "proposals");

  participation_page_set_state_filter (fixture->page, "accepted");
  g_assert_cmpuint (shown (fixture), ==, 6);
  g_assert_nonnull (strstr (gtk_label_get_text (fixture->page->count_label), "— 6 "));
  participation_page_set_state_filter (fixture->page, "withdrawn");
  g_assert_cmpuint (shown (fixture), ==, 1);
  participation_page_set_state_filter (fixture->page, NULL);
  g_assert_cmpuint (shown (fixture), ==, 14);

  /* By category: the drop-down offers the categories the proposals have. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (fixture->page->categories)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (fixture->page->categories, i), "Données ouvertes") == 0)
      gtk_drop_down_set_selected (fixture->page->category_dropdown, i);
  g_assert_cmpuint (shown (fixture), ==, 3);
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
  path = maillage_test_screenshot (GTK_WIDGET (fixture->window), "participation-page-filtered");
  gtk_drop_down_set_selected (fixture->page->category_dropdown, 0);

  /* By title, without case or accents mattering as typed; by number. */
  search (fixture, "WIFI");
  g_assert_cmpuint (shown (fixture), ==, 1);
  search (fixture, "1075");
  g_assert_cmpuint (shown (fixture), ==, 1);
  found = g_list_model_get_item (participation_page_get_proposals_view (fixture->page), 0);
  g_assert_cmpint (participation_proposal_get_id (found), ==, 1075);
  search (fixture, "");
  g_assert_cmpuint (shown (fixture), ==, 14);
  g_assert_false (maillage_project_get_dirty (fixture->project));
}

static guint
position_of (Fixture *fixture,
             gint64   id)
{
  GListModel *view = participation_page_get_proposals_view (fixture->page);

  for (guint i = 0; i < g_list_model_get_n_items (view); i++)
    {
      g_autoptr(ParticipationProposal) proposal = g_list_model_get_item (view, i);

      if (participation_proposal_get_id (proposal) == id)
        return i;
    }
  g_assert_not_reached ();
  return 0;
}

static void
test_link (Fixture       *fixture,
           gconstpointer  data)
{
  ParticipationProposal *proposal = participation_module_find_proposal (fixture->module, 1064);
  ParticipationProposal *broken = participation_module_find_proposal (fixture->module, 1075);
  GListModel *choices;
  g_autofree char *path = NULL;
  g_autofree char *last = NULL;
  g_autofree char *expected = NULL;

  show_view (fixture, "proposals");
  participation_page_select_proposal (fixture->page, position_of (fixture, 1064));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (fixture->page->action_dropdown)));
  /* No action yet: the first choice. */
  g_assert_cmpuint (gtk_drop_down_get_selected (fixture->page->action_dropdown), ==, 0);
  choices = gtk_drop_down_get_model (fixture->page->action_dropdown);
  /* “No action” and every action of the plan. */
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==,
                    1 + g_list_model_get_n_items (maillage_project_get_actions (fixture->project)));

  g_assert_true (participation_page_link_selected (fixture->page, "A-012"));
  g_assert_cmpstr (participation_proposal_get_action (proposal), ==, "A-012");
  g_assert_true (maillage_project_get_dirty (fixture->project));
  assert_count (fixture, 14, 8);
  g_assert_false (participation_page_link_selected (fixture->page, "A-999"));
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
  path = maillage_test_screenshot (GTK_WIDGET (fixture->window), "participation-page-link");

  /* A proposal naming an action the plan does not have: the drop-down
   * shows it, marked, until another is chosen. */
  participation_page_select_proposal (fixture->page, position_of (fixture, 1075));
  choices = gtk_drop_down_get_model (fixture->page->action_dropdown);
  last = g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (choices), g_list_model_get_n_items (choices) - 1));
  expected = g_strdup_printf (ui ("%s (not in the plan)"), "A-099");
  g_assert_cmpstr (last, ==, expected);
  g_assert_cmpuint (gtk_drop_down_get_selected (fixture->page->action_dropdown), ==,
                    g_list_model_get_n_items (choices) - 1);
  g_assert_true (participation_page_link_selected (fixture->page, ""));
  g_assert_cmpstr (participation_proposal_get_action (broken), ==, "");

  /* The saved project holds the new links. */
  {
    JsonObject *saved = maillage_project_get_module_data (fixture->project, "participation");
    JsonArray *proposals = json_object_get_array_member (saved, "proposals");
    guint n = json_array_get_length (proposals);
    gboolean seen = FALSE;

    for (guint i = 0; i < n; i++)
      {
        JsonObject *object = json_array_get_object_element (proposals, i);

        if (json_object_get_int_member (object, "id") == 1064)
          {
            g_assert_cmpstr (json_object_get_string_member (object, "action"), ==, "A-012");
            seen = TRUE;
          }
      }
    g_assert_true (seen);
  }
}

static gboolean
has_preview (gpointer data)
{
  return maillage_test_find_window (PARTICIPATION_TYPE_IMPORT_PREVIEW, data) != NULL;
}

static gboolean
has_message (gpointer data)
{
  return maillage_test_find_window (ADW_TYPE_MESSAGE_DIALOG, data) != NULL;
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static ParticipationImportPreview *
import (Fixture *fixture,
        GFile   *file)
{
  ParticipationImportPreview *preview;

  participation_page_import_file (fixture->page, file);
  maillage_test_wait_until (has_preview, fixture->window);
  preview = PARTICIPATION_IMPORT_PREVIEW (maillage_test_find_window (PARTICIPATION_TYPE_IMPORT_PREVIEW,
                                                                     fixture->window));
  maillage_test_wait_for_mapped (GTK_WIDGET (preview));
  maillage_test_wait_for_frame (GTK_WIDGET (preview));
  return preview;
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *fixture_path = g_build_filename (SOURCE_ROOT, "plugins", "participation", "tests", "data",
                                                    "decidim-results.csv", NULL);
  g_autoptr(GFile) results = g_file_new_for_path (fixture_path);
  g_autoptr(GFile) proposals = NULL;
  g_autoptr(GFile) bad = NULL;
  g_autoptr(GFile) unreadable = NULL;
  g_autofree char *path = NULL;
  g_autofree char *problems = NULL;
  g_autofree char *summary = NULL;
  ParticipationImportPreview *preview;
  ParticipationResult *result;
  GtkWindow *message;

  /* Results: 311 to 313 are in the demo; the file changes 312 and 313. */
  preview = import (fixture, results);
  g_assert_true (participation_import_preview_can_import (preview));
  summary = g_strdup_printf (ui ("%u new, %u updated, %u unchanged. The results already in the project "
                                 "that the file does not have stay as they are."),
                             0, 3, 0);
  g_assert_cmpstr (participation_import_preview_get_summary (preview), ==, summary);
  g_clear_pointer (&summary, g_free);
  path = maillage_test_screenshot (GTK_WIDGET (preview), "participation-import-preview");
  g_assert_true (participation_import_preview_confirm (preview));
  maillage_test_iterate ();
  g_assert_null (maillage_test_find_window (PARTICIPATION_TYPE_IMPORT_PREVIEW, fixture->window));
  g_assert_cmpuint (g_list_model_get_n_items (participation_module_get_results (fixture->module)), ==, 4);
  result = participation_module_find_result (fixture->module, 312);
  g_assert_cmpfloat (participation_result_get_progress (result), ==, 25.5);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (fixture->page->view_stack), ==, "results");

  /* Proposals: one new, one updated; cancelled, nothing changes. */
  proposals = write_file (fixture, "propositions.csv",
                          "id;title/fr;state;supports\n"
                          "1099;Des bancs au bord de la Sorne;;2\n"
                          "1064;Des tablettes en prêt à la médiathèque;evaluating;58\n");
  preview = import (fixture, proposals);
  summary = g_strdup_printf (ui ("%u new, %u updated, %u unchanged. The proposals already in the project "
                                 "that the file does not have stay as they are, and so do the links of "
                                 "proposals to actions of the plan."),
                             1, 1, 0);
  g_assert_cmpstr (participation_import_preview_get_summary (preview), ==, summary);
  gtk_window_close (GTK_WINDOW (preview));
  maillage_test_iterate ();
  g_assert_null (participation_module_find_proposal (fixture->module, 1099));

  preview = import (fixture, proposals);
  g_assert_true (participation_import_preview_confirm (preview));
  g_assert_nonnull (participation_module_find_proposal (fixture->module, 1099));
  g_assert_cmpuint (g_list_model_get_n_items (participation_module_get_proposals (fixture->module)), ==, 15);
  g_assert_cmpstr (participation_proposal_get_state (participation_module_find_proposal (fixture->module, 1064)),
                   ==, "evaluating");

  /* Rows that break rules: listed, and nothing can be imported. */
  bad = write_file (fixture, "erreurs.csv",
                    "id;title/fr;state;supports;published_at;url\n"
                    "1100;Un préau;accepted;3;2027-02-30;https://jeparticipe.example/p/1100\n"
                    "abc;Une halle;accepted;douze;;www.example.org\n");
  preview = import (fixture, bad);
  g_assert_false (participation_import_preview_can_import (preview));
  maillage_test_wait_for_frame (GTK_WIDGET (preview));
  problems = maillage_test_screenshot (GTK_WIDGET (preview), "participation-import-problems");
  g_assert_false (participation_import_preview_confirm (preview));
  gtk_window_close (GTK_WINDOW (preview));
  maillage_test_iterate ();
  g_assert_null (participation_module_find_proposal (fixture->module, 1100));

  /* A file that cannot be read at all: a message, nothing else. */
  unreadable = write_file (fixture, "autre.csv", "code_insee;nom\n39801;Sorneval\n");
  participation_page_import_file (fixture->page, unreadable);
  maillage_test_wait_until (has_message, fixture->window);
  message = maillage_test_find_window (ADW_TYPE_MESSAGE_DIALOG, fixture->window);
  /* It names the columns the file has. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)), "code_insee"));
  gtk_window_destroy (message);
  g_assert_cmpuint (g_list_model_get_n_items (participation_module_get_proposals (fixture->module)), ==, 15);
}

static void
test_dialogs (Fixture       *fixture,
              gconstpointer  data)
{
  ParticipationDispositifDialog *tool;
  ParticipationEventDialog *event;
  g_autoptr(ParticipationEvent) added = NULL;
  g_autofree char *tool_path = NULL;
  g_autofree char *event_path = NULL;
  g_autofree char *expected = NULL;
  GListModel *events = participation_module_get_events (fixture->module);

  tool = participation_dispositif_dialog_new (fixture->module, NULL);
  gtk_window_set_transient_for (GTK_WINDOW (tool), fixture->window);
  gtk_window_present (GTK_WINDOW (tool));
  maillage_test_wait_for_mapped (GTK_WIDGET (tool));

  /* Nothing typed yet: no name. */
  g_assert_nonnull (participation_dispositif_dialog_get_error (tool));
  participation_dispositif_dialog_set_field (tool, "name", "Conseil local du numérique");
  expected = g_strdup_printf (ui ("Another tool is already named “%s”."), "Conseil local du numérique");
  g_assert_cmpstr (participation_dispositif_dialog_get_error (tool), ==, expected);
  g_clear_pointer (&expected, g_free);
  participation_dispositif_dialog_set_field (tool, "name", "Panel citoyen");
  participation_dispositif_dialog_set_field (tool, "kind", "councils");
  participation_dispositif_dialog_set_field (tool, "audience", "30 habitants tirés au sort");
  participation_dispositif_dialog_set_field (tool, "url", "www.valdesorne.example/panel");
  expected = g_strdup_printf (ui ("“%s” is not a web address: it starts with http:// or https://."),
                              "www.valdesorne.example/panel");
  g_assert_cmpstr (participation_dispositif_dialog_get_error (tool), ==, expected);
  g_clear_pointer (&expected, g_free);
  g_assert_false (participation_dispositif_dialog_apply (tool));
  maillage_test_wait_for_frame (GTK_WIDGET (tool));
  tool_path = maillage_test_screenshot (GTK_WIDGET (tool), "participation-dispositif-dialog");
  g_assert_false (maillage_project_get_dirty (fixture->project));

  participation_dispositif_dialog_set_field (tool, "url", "https://www.valdesorne.example/panel");
  participation_dispositif_dialog_set_field (tool, "description", "Réuni deux fois par an.\n");
  g_assert_null (participation_dispositif_dialog_get_error (tool));
  g_assert_true (participation_dispositif_dialog_apply (tool));
  gtk_window_destroy (GTK_WINDOW (tool));
  g_assert_cmpuint (count_rows (fixture->page->dispositifs_list), ==, 7);
  {
    ParticipationDispositif *panel = participation_module_find_dispositif (fixture->module, "Panel citoyen");

    g_assert_nonnull (panel);
    g_assert_cmpint (participation_dispositif_get_kind (panel), ==, PARTICIPATION_KIND_COUNCILS);
    g_assert_cmpstr (participation_dispositif_get_description (panel), ==, "Réuni deux fois par an.");
  }

  /* An event, its date typed the French way, put in its place. */
  event = participation_event_dialog_new (fixture->module, NULL);
  gtk_window_set_transient_for (GTK_WINDOW (event), fixture->window);
  gtk_window_present (GTK_WINDOW (event));
  maillage_test_wait_for_mapped (GTK_WIDGET (event));
  participation_event_dialog_set_field (event, "date", "30/02/2027");
  participation_event_dialog_set_field (event, "title", "Première séance du panel");
  expected = g_strdup_printf (ui ("“%s” is not a date: write it as 2027-03-14 or 14/03/2027."),
                              "30/02/2027");
  g_assert_cmpstr (participation_event_dialog_get_error (event), ==, expected);
  g_clear_pointer (&expected, g_free);
  participation_event_dialog_set_field (event, "date", "14/03/2027");
  participation_event_dialog_set_field (event, "dispositif", "Panel citoyen");
  participation_event_dialog_set_field (event, "place", "Hôtel d'agglomération");
  g_assert_null (participation_event_dialog_get_error (event));
  maillage_test_wait_for_frame (GTK_WIDGET (event));
  event_path = maillage_test_screenshot (GTK_WIDGET (event), "participation-event-dialog");
  g_assert_true (participation_event_dialog_apply (event));
  gtk_window_destroy (GTK_WINDOW (event));

  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 9);
  added = g_list_model_get_item (events, 4);
  g_assert_cmpstr (participation_event_get_date (added), ==, "2027-03-14");
  g_assert_cmpstr (participation_event_get_title (added), ==, "Première séance du panel");
  g_assert_cmpstr (participation_event_get_dispositif (added), ==, "Panel citoyen");
  g_assert_true (maillage_project_get_dirty (fixture->project));

  /* Editing: Cancel changes nothing. */
  event = participation_event_dialog_new (fixture->module, added);
  participation_event_dialog_set_field (event, "status", "cancelled");
  gtk_window_destroy (GTK_WINDOW (event));
  g_assert_cmpint (participation_event_get_status (added), ==, PARTICIPATION_EVENT_PLANNED);
}

int
main (int   argc,
      char *argv[])
{
  maillage_test_init (&argc, &argv);
  participation_test_register_types ();

  g_test_add ("/participation/page/views", Fixture, NULL, fixture_set_up, test_views, fixture_tear_down);
  g_test_add ("/participation/page/filters", Fixture, NULL, fixture_set_up, test_filters, fixture_tear_down);
  g_test_add ("/participation/page/link", Fixture, NULL, fixture_set_up, test_link, fixture_tear_down);
  g_test_add ("/participation/page/import", Fixture, NULL, fixture_set_up, test_import, fixture_tear_down);
  g_test_add ("/participation/page/dialogs", Fixture, NULL, fixture_set_up, test_dialogs, fixture_tear_down);

  return maillage_test_run ();
}
