/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-drafts.c: autosave and crash recovery. An edit is autosaved to a
 * draft, never over the project's file; saving or discarding deletes the
 * draft; drafts left by a "crash" (a MaillageDrafts dropped without
 * cleaning up) are offered on the welcome page, recovered as unsaved
 * changes to the original file, or discarded; a corrupt draft is reported
 * and can be discarded.
 */
#define G_LOG_DOMAIN "test-drafts"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "maillage-test-utils.h"
#include "maillage-unit-utils.h"
#include "maillage-window-private.h"

#define EDITED_TITLE "Stratégie numérique, version de travail"

typedef struct
{
  MaillageApplication *app;
  MaillageDrafts      *drafts;
  char                *tmpdir;
  /* A copy of the demo project, and its bytes as they must stay. */
  GFile               *original;
  char                *original_data;
  gsize                original_length;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  g_setenv ("MAILLAGE_PLUGIN_PATH", MOCK_PLUGIN_PATH, TRUE);
  fixture->app = maillage_test_application_new ();
  fixture->drafts = maillage_application_get_drafts (fixture->app);
  g_assert_true (MAILLAGE_IS_DRAFTS (fixture->drafts));
  /* No test waits on a clock: the delay only has to be short. */
  maillage_drafts_set_delay_ms (fixture->drafts, 20);

  fixture->tmpdir = maillage_unit_make_temp_dir ("test-drafts-XXXXXX");
  g_file_get_contents (SOURCE_ROOT "/data/demo.maillage",
                       &fixture->original_data, &fixture->original_length, &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->tmpdir, "strategie.maillage", NULL);
  g_file_set_contents (path, fixture->original_data, fixture->original_length, &error);
  g_assert_no_error (error);
  fixture->original = g_file_new_for_path (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *drafts_folder = g_strdup (maillage_drafts_get_folder (fixture->drafts));
  g_autoptr(GDir) dir = NULL;

  maillage_test_close_windows (fixture->app);
  g_clear_object (&fixture->app);

  /* Every test cleans up its drafts: whatever is left (a stray draft, a
   * backup, a temporary file) is a bug. */
  dir = g_dir_open (drafts_folder, 0, NULL);
  g_assert_null (dir != NULL ? g_dir_read_name (dir) : NULL);

  maillage_unit_remove_temp_dir (fixture->tmpdir);
  g_free (fixture->tmpdir);
  g_free (fixture->original_data);
  g_clear_object (&fixture->original);
}

static char *
draft_path (Fixture    *fixture,
            const char *id,
            const char *suffix)
{
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (maillage_drafts_get_folder (fixture->drafts), name, NULL);
}

static void
assert_original_intact (Fixture *fixture)
{
  g_autofree char *path = g_file_get_path (fixture->original);

  maillage_unit_assert_file_unchanged (path, fixture->original_data, fixture->original_length);
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static gboolean
file_missing (gpointer data)
{
  return !g_file_test (data, G_FILE_TEST_EXISTS);
}

/* Iterates until the draft @id and its sidecar are on disk (the sidecar is
 * written last). */
static void
wait_for_draft (Fixture    *fixture,
                const char *id)
{
  g_autofree char *sidecar = draft_path (fixture, id, ".json");

  maillage_test_wait_until (file_exists, sidecar);
}

static JsonObject *
read_sidecar (Fixture    *fixture,
              const char *id)
{
  g_autofree char *path = draft_path (fixture, id, ".json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static MaillageWindow *
new_window (Fixture *fixture)
{
  MaillageWindow *window = maillage_window_new (fixture->app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  maillage_test_wait_for_mapped (GTK_WIDGET (window));

  return window;
}

/* What a crash leaves: a draft written by a MaillageDrafts that is then
 * dropped without unwatching its project, as if the process had died. */
static char *
make_orphan (Fixture         *fixture,
             MaillageProject *project,
             const char      *title)
{
  g_autoptr(MaillageDrafts) crashed = maillage_drafts_new (NULL);
  char *id;

  g_assert_cmpstr (maillage_drafts_get_folder (crashed), ==,
                   maillage_drafts_get_folder (fixture->drafts));
  maillage_drafts_set_delay_ms (crashed, 10);
  id = g_strdup (maillage_drafts_watch (crashed, project));
  maillage_project_set_title (project, title);
  wait_for_draft (fixture, id);

  return id;
}

static char *
make_orphan_of_original (Fixture *fixture)
{
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(GError) error = NULL;

  project = maillage_project_new_from_file (fixture->original, NULL, &error);
  g_assert_no_error (error);

  return make_orphan (fixture, project, EDITED_TITLE);
}

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action_name)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
click (GtkWidget *row,
       const char *action_name)
{
  GtkWidget *button = find_button (row, action_name);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  maillage_test_iterate ();
}

static AdwMessageDialog *
find_dialog (MaillageWindow *window)
{
  maillage_test_iterate ();
  return ADW_MESSAGE_DIALOG (maillage_test_find_window (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window)));
}

/* An edit is autosaved to a draft that holds it, while the project's file
 * stays as it was; the window's project owns the draft, so it is no
 * orphan; saving deletes it. */
static void
test_autosave_then_save (Fixture       *fixture,
                         gconstpointer  data)
{
  MaillageWindow *window = new_window (fixture);
  g_autoptr(MaillageProject) draft_project = NULL;
  g_autoptr(JsonObject) sidecar = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GFile) draft_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *sidecar_path = NULL;
  g_autofree char *uri = g_file_get_uri (fixture->original);
  MaillageProject *project;
  const char *id;

  g_assert_true (maillage_window_open_project (window, fixture->original));
  project = maillage_window_get_project (window);
  id = maillage_drafts_get_id (fixture->drafts, project);
  g_assert_nonnull (id);
  g_assert_true (g_uuid_string_is_valid (id));
  draft = draft_path (fixture, id, ".maillage");
  sidecar_path = draft_path (fixture, id, ".json");

  /* Nothing to autosave in a project just opened. */
  maillage_test_iterate ();
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));

  maillage_project_set_title (project, EDITED_TITLE);
  wait_for_draft (fixture, id);
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));

  /* The draft holds the edit; the project and its file are untouched. */
  draft_file = g_file_new_for_path (draft);
  draft_project = maillage_project_new_from_file (draft_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (maillage_project_get_title (draft_project), ==, EDITED_TITLE);
  assert_original_intact (fixture);
  g_assert_true (maillage_project_get_dirty (project));
  g_assert_true (g_file_equal (maillage_project_get_file (project), fixture->original));

  sidecar = read_sidecar (fixture, id);
  g_assert_cmpstr (json_object_get_string_member (sidecar, "original"), ==, uri);
  g_assert_cmpstr (json_object_get_string_member (sidecar, "title"), ==, EDITED_TITLE);
  g_assert_nonnull (json_object_get_string_member (sidecar, "saved"));

  /* Ours: not offered back while the window is open. */
  orphans = maillage_drafts_list_orphans (fixture->drafts);
  g_assert_cmpuint (orphans->len, ==, 0);
  g_assert_cmpstr (maillage_drafts_get_id (fixture->drafts, project), ==, id);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_false (maillage_project_get_dirty (project));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (sidecar_path, G_FILE_TEST_EXISTS));

  /* The next edit gets a draft again, under the same id. */
  maillage_project_set_title (project, "Encore une modification");
  wait_for_draft (fixture, id);
  g_assert_cmpstr (maillage_drafts_get_id (fixture->drafts, project), ==, id);
}

/* A burst of changes is one write, a while later: nothing is written as
 * the changes happen. */
static void
test_not_on_every_change (Fixture       *fixture,
                          gconstpointer  data)
{
  MaillageWindow *window = new_window (fixture);
  g_autofree char *draft = NULL;
  MaillageProject *project;

  maillage_drafts_set_delay_ms (fixture->drafts, 60 * 1000);
  g_assert_true (maillage_window_open_project (window, fixture->original));
  project = maillage_window_get_project (window);
  draft = draft_path (fixture, maillage_drafts_get_id (fixture->drafts, project), ".maillage");

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *title = g_strdup_printf ("Titre %u", i);

      maillage_project_set_title (project, title);
      maillage_test_iterate ();
    }

  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
}

/* Closing, with "Discard" for the unsaved changes, deletes the draft. */
static void
test_close_discards (Fixture       *fixture,
                     gconstpointer  data)
{
  MaillageWindow *window = new_window (fixture);
  AdwMessageDialog *dialog;
  g_autofree char *draft = NULL;
  MaillageProject *project;

  g_assert_true (maillage_window_open_project (window, fixture->original));
  project = maillage_window_get_project (window);
  draft = draft_path (fixture, maillage_drafts_get_id (fixture->drafts, project), ".maillage");
  maillage_project_set_title (project, EDITED_TITLE);
  maillage_test_wait_until (file_exists, draft);

  gtk_window_close (GTK_WINDOW (window));
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  maillage_test_wait_until (file_missing, draft);
  assert_original_intact (fixture);
}

/* After a crash, the welcome page offers the draft; recovering it shows
 * the project with the edit, unsaved, saving to the original file. */
static void
test_crash_and_recover (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *id = make_orphan_of_original (fixture);
  g_autofree char *draft = draft_path (fixture, id, ".maillage");
  g_autoptr(GPtrArray) orphans = maillage_drafts_list_orphans (fixture->drafts);
  g_autofree char *location = g_file_get_parse_name (fixture->original);
  g_autofree char *saved = NULL;
  MaillageWindow *window;
  MaillageProject *project;
  GtkWidget *row;

  assert_original_intact (fixture);
  g_assert_cmpuint (orphans->len, ==, 1);
  g_assert_cmpstr (maillage_draft_get_id (g_ptr_array_index (orphans, 0)), ==, id);
  g_assert_cmpstr (maillage_draft_get_title (g_ptr_array_index (orphans, 0)), ==, EDITED_TITLE);
  g_assert_true (g_file_equal (maillage_draft_get_original (g_ptr_array_index (orphans, 0)),
                               fixture->original));

  /* The next start: the welcome page lists it. */
  window = new_window (fixture);
  g_assert_true (maillage_window_is_empty (window));
  row = find_row (GTK_WIDGET (window->welcome_page), EDITED_TITLE);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_visible (row));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), location));
  maillage_test_wait_for_frame (GTK_WIDGET (window));
  g_free (maillage_test_screenshot (GTK_WIDGET (window), "welcome-recover"));

  click (row, "win.recover-draft");
  project = maillage_window_get_project (window);
  g_assert_nonnull (project);
  g_assert_cmpstr (maillage_project_get_title (project), ==, EDITED_TITLE);
  g_assert_true (maillage_project_get_dirty (project));
  g_assert_true (g_file_equal (maillage_project_get_file (project), fixture->original));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  assert_original_intact (fixture);
  maillage_test_wait_for_frame (GTK_WIDGET (window));
  g_free (maillage_test_screenshot (GTK_WIDGET (window), "drafts-recovered"));

  /* The window owns the draft now: still on disk, in case of a second
   * crash, but no orphan; the welcome page of another window agrees. */
  g_assert_cmpstr (maillage_drafts_get_id (fixture->drafts, project), ==, id);
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_clear_pointer (&orphans, g_ptr_array_unref);
  orphans = maillage_drafts_list_orphans (fixture->drafts);
  g_assert_cmpuint (orphans->len, ==, 0);
  g_assert_null (find_row (GTK_WIDGET (new_window (fixture)->welcome_page), EDITED_TITLE));

  /* Ctrl+S writes the original file, and the draft goes. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_false (maillage_project_get_dirty (project));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_load_contents (fixture->original, NULL, &saved, NULL, NULL, NULL));
  g_assert_nonnull (strstr (saved, EDITED_TITLE));
}

/* A project never saved comes back never saved: saving it asks where. */
static void
test_recover_new_project (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(MaillageProject) lost = maillage_project_new ();
  g_autofree char *id = make_orphan (fixture, lost, "Projet jamais enregistré");
  g_autofree char *draft = draft_path (fixture, id, ".maillage");
  MaillageWindow *window;
  MaillageProject *project;
  GtkWidget *row;

  g_clear_object (&lost);
  window = new_window (fixture);
  row = find_row (GTK_WIDGET (window->welcome_page), "Projet jamais enregistré");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            _("New project, never saved")));

  click (row, "win.recover-draft");
  project = maillage_window_get_project (window);
  g_assert_nonnull (project);
  g_assert_null (maillage_project_get_file (project));
  g_assert_true (maillage_project_get_dirty (project));
  g_assert_cmpstr (adw_window_title_get_subtitle (window->window_title), ==, _("Not saved yet"));

  /* Closing without saving lets the draft go. */
  gtk_window_close (GTK_WINDOW (window));
  adw_message_dialog_response (find_dialog (window), "discard");
  maillage_test_wait_until (file_missing, draft);
}

/* Discarding asks first; "Keep" keeps the draft, "Discard" deletes it. */
static void
test_discard (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *id = make_orphan_of_original (fixture);
  g_autofree char *draft = draft_path (fixture, id, ".maillage");
  g_autofree char *sidecar = draft_path (fixture, id, ".json");
  MaillageWindow *window = new_window (fixture);
  AdwMessageDialog *dialog;
  GtkWidget *row;

  row = find_row (GTK_WIDGET (window->welcome_page), EDITED_TITLE);
  g_assert_nonnull (row);

  click (row, "win.discard-draft");
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), EDITED_TITLE));
  adw_message_dialog_response (dialog, "cancel");
  maillage_test_iterate ();
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));

  row = find_row (GTK_WIDGET (window->welcome_page), EDITED_TITLE);
  click (row, "win.discard-draft");
  adw_message_dialog_response (find_dialog (window), "discard");
  maillage_test_iterate ();
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (sidecar, G_FILE_TEST_EXISTS));
  g_assert_null (find_row (GTK_WIDGET (window->welcome_page), EDITED_TITLE));
  g_assert_true (maillage_window_is_empty (window));
  assert_original_intact (fixture);
}

/* A draft that cannot be read: the window says why, in the user's
 * language, stays on the welcome page, and offers to discard it. */
static void
test_corrupt_draft (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *draft = draft_path (fixture, id, ".maillage");
  g_autofree char *sidecar = draft_path (fixture, id, ".json");
  g_autoptr(GError) error = NULL;
  g_autoptr(MaillageProject) project = NULL;
  MaillageWindow *window;
  AdwMessageDialog *dialog;
  GtkWidget *row;

  g_assert_cmpint (g_mkdir_with_parents (maillage_drafts_get_folder (fixture->drafts), 0700), ==, 0);
  g_file_set_contents (draft, "{ \"format\": \"io.github.maillage.Project\", \"version\": 1,\n  \"metadata\": {", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (sidecar, "{ \"original\": null, \"title\": \"Projet abîmé\", \"saved\": \"2026-11-22T10:00:00Z\" }", -1, &error);
  g_assert_no_error (error);

  /* The same error the dialog shows. */
  project = maillage_drafts_recover (fixture->drafts, id, &error);
  g_assert_null (project);
  g_assert_error (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_SYNTAX);

  window = new_window (fixture);
  row = find_row (GTK_WIDGET (window->welcome_page), "Projet abîmé");
  g_assert_nonnull (row);

  click (row, "win.recover-draft");
  g_assert_true (maillage_window_is_empty (window));
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("Could Not Recover the Project"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Projet abîmé"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), error->message));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  maillage_test_wait_for_mapped (GTK_WIDGET (dialog));
  maillage_test_wait_for_frame (GTK_WIDGET (dialog));
  g_free (maillage_test_screenshot (GTK_WIDGET (dialog), "drafts-corrupt"));

  /* Kept, it is still offered; discarded, it is gone. */
  adw_message_dialog_response (dialog, "cancel");
  maillage_test_iterate ();
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));
  row = find_row (GTK_WIDGET (window->welcome_page), "Projet abîmé");
  g_assert_nonnull (row);

  click (row, "win.recover-draft");
  adw_message_dialog_response (find_dialog (window), "discard");
  maillage_test_iterate ();
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (sidecar, G_FILE_TEST_EXISTS));
  g_assert_null (find_row (GTK_WIDGET (window->welcome_page), "Projet abîmé"));
}

/* The only draft left is @id, known by nothing but its file. */
static void
assert_listed_unknown (Fixture    *fixture,
                       const char *id)
{
  g_autoptr(GPtrArray) orphans = maillage_drafts_list_orphans (fixture->drafts);
  MaillageDraft *orphan;

  g_assert_cmpuint (orphans->len, ==, 1);
  orphan = g_ptr_array_index (orphans, 0);
  g_assert_cmpstr (maillage_draft_get_id (orphan), ==, id);
  g_assert_null (maillage_draft_get_title (orphan));
  g_assert_null (maillage_draft_get_original (orphan));
  g_assert_nonnull (maillage_draft_get_saved (orphan));
}

/* A draft whose sidecar was lost is still offered, as a project never
 * saved; ids that are not drafts' are refused. */
static void
test_lost_sidecar_and_bad_ids (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(MaillageProject) lost = maillage_project_new ();
  g_autofree char *id = make_orphan (fixture, lost, "Sans fiche");
  g_autofree char *sidecar = draft_path (fixture, id, ".json");
  g_autofree char *deep = g_strnfill (10000, '[');
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(GError) error = NULL;

  /* A sidecar nested too deep for json-glib's recursion is no sidecar;
   * neither is one that is gone. */
  g_file_set_contents (sidecar, deep, -1, &error);
  g_assert_no_error (error);
  assert_listed_unknown (fixture, id);
  g_assert_cmpint (g_unlink (sidecar), ==, 0);
  assert_listed_unknown (fixture, id);

  g_assert_null (maillage_drafts_recover (fixture->drafts, "../../etc/passwd", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (maillage_drafts_discard (fixture->drafts, "../strategie", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  project = maillage_drafts_recover (fixture->drafts, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (maillage_project_get_title (project), ==, "Sans fiche");
  g_assert_null (maillage_project_get_file (project));

  /* Recovered, it is ours: not discarded behind the project's back. */
  g_assert_false (maillage_drafts_discard (fixture->drafts, id, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_clear_error (&error);

  maillage_drafts_unwatch (fixture->drafts, project);
  orphans = maillage_drafts_list_orphans (fixture->drafts);
  g_assert_cmpuint (orphans->len, ==, 0);
}

#define ADD_TEST(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  maillage_test_init (&argc, &argv);

  ADD_TEST ("/drafts/autosave-then-save", test_autosave_then_save);
  ADD_TEST ("/drafts/not-on-every-change", test_not_on_every_change);
  ADD_TEST ("/drafts/close-discards", test_close_discards);
  ADD_TEST ("/drafts/crash-and-recover", test_crash_and_recover);
  ADD_TEST ("/drafts/recover-new-project", test_recover_new_project);
  ADD_TEST ("/drafts/discard", test_discard);
  ADD_TEST ("/drafts/corrupt-draft", test_corrupt_draft);
  ADD_TEST ("/drafts/lost-sidecar-and-bad-ids", test_lost_sidecar_and_bad_ids);

  return maillage_test_run ();
}
