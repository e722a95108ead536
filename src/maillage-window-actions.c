/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-window-actions.c: the window's actions (win.save, win.save-as,
 * win.close, win.select-page) and what they need: the file choosers, the
 * error dialogs, the recent projects and the folder to start in.
 */
#define G_LOG_DOMAIN "maillage-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-window-private.h"

#define PROJECT_MIME_TYPE "application/x-maillage-project"
#define PROJECT_SUFFIX    ".maillage"

static GtkFileFilter *
create_project_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Maillage Projects"));
  gtk_file_filter_add_mime_type (filter, PROJECT_MIME_TYPE);
  gtk_file_filter_add_pattern (filter, "*" PROJECT_SUFFIX);

  return filter;
}

static GtkFileChooserNative *
create_file_chooser (MaillageWindow       *self,
                     const char           *title,
                     GtkFileChooserAction  action,
                     const char           *accept_label)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = create_project_filter ();
  g_autofree char *last_folder = g_settings_get_string (self->settings, "last-folder");

  native = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                        accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  if (*last_folder != '\0')
    {
      g_autoptr(GFile) folder = g_file_new_for_uri (last_folder);

      /* A folder since deleted is no reason to fail: the chooser then
       * starts where it likes. */
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }

  return native;
}

/* Keeps the folder for the next file chooser, and the project for the
 * welcome page's recent list, under its title rather than its file name. */
static void
remember_file (MaillageWindow *self,
               GFile          *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *uri = g_file_get_uri (file);
  const char *title = maillage_project_get_title (self->project);
  GtkRecentData data = {
    .display_name = title != NULL && *title != '\0' ? (char *) title : NULL,
    .mime_type = (char *) PROJECT_MIME_TYPE,
    .app_name = (char *) "maillage",
    .app_exec = (char *) "maillage %u",
  };

  if (parent != NULL)
    {
      g_autofree char *parent_uri = g_file_get_uri (parent);

      g_settings_set_string (self->settings, "last-folder", parent_uri);
    }

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

void
_maillage_window_show_error (MaillageWindow *self,
                             const char     *heading,
                             const char     *body,
                             const GError   *error)
{
  g_autofree char *text = g_strdup_printf ("%s\n\n%s", body, error->message);
  GtkWidget *dialog;

  g_message ("%s %s", body, error->message);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, text);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_open_error (MaillageWindow *self,
                 GFile          *file,
                 const GError   *error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *body = g_strdup_printf (_("The file “%s” could not be opened."), name);

  _maillage_window_show_error (self, _("Could Not Open the Project"), body, error);
}

/**
 * maillage_window_open_project:
 * @self: a #MaillageWindow
 * @file: a project file
 *
 * Reads @file and shows it in @self, in place of the project shown. If it
 * cannot be read, a dialog tells why and @self is left as it was.
 *
 * Returns: whether the project was opened
 */
gboolean
maillage_window_open_project (MaillageWindow *self,
                              GFile          *file)
{
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (MAILLAGE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  project = maillage_project_new_from_file (file, NULL, &error);
  if (project == NULL)
    {
      show_open_error (self, file, error);
      return FALSE;
    }

  maillage_window_set_project (self, project);
  remember_file (self, file);

  return TRUE;
}

/**
 * maillage_window_open_copy:
 * @self: a #MaillageWindow
 * @file: a project file used as a model, such as the demo project
 *
 * Shows the content of @file as a new project that has no file yet, so that
 * saving it asks where and never writes over @file.
 *
 * Returns: whether the project was opened
 */
gboolean
maillage_window_open_copy (MaillageWindow *self,
                           GFile          *file)
{
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (MAILLAGE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (g_file_load_contents (file, NULL, &data, &length, NULL, &error))
    project = maillage_project_new_from_data (data, length, &error);

  if (project == NULL)
    {
      show_open_error (self, file, error);
      return FALSE;
    }

  maillage_window_set_project (self, project);

  return TRUE;
}

/**
 * maillage_window_save_to_file:
 * @self: a #MaillageWindow
 * @file: where to save the project
 *
 * Saves the project to @file, which becomes its file. On failure a dialog
 * tells why; the file on disk is left as it was.
 *
 * Returns: whether the project was saved
 */
gboolean
maillage_window_save_to_file (MaillageWindow *self,
                              GFile          *file)
{
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  g_return_val_if_fail (MAILLAGE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->project != NULL, FALSE);

  if (!maillage_project_save (self->project, file, NULL, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *body = g_strdup_printf (_("The project could not be saved to “%s”."), name);

      _maillage_window_show_error (self, _("Could Not Save the Project"), body, error);
      return FALSE;
    }

  remember_file (self, file);
  _maillage_window_update_title (self);

  /* One "saved" toast at a time, however often Ctrl+S is pressed. */
  if (self->save_toast != NULL)
    adw_toast_dismiss (self->save_toast);
  toast = adw_toast_new (_("Project saved"));
  adw_toast_set_timeout (toast, 3);
  g_set_weak_pointer (&self->save_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  return TRUE;
}

static void
finish_save (MaillageWindow *self,
             GFile          *file,
             gboolean        close_after)
{
  if (maillage_window_save_to_file (self, file) && close_after)
    _maillage_window_close_confirmed (self);
}

/* Adds the extension the user left out, unless a file of that name is
 * there already: the chooser asked about overwriting the name as typed, not
 * the one we would make up. */
static GFile *
with_project_suffix (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *with_suffix = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFile) candidate = NULL;

  if (basename == NULL || g_str_has_suffix (basename, PROJECT_SUFFIX) ||
      (parent = g_file_get_parent (file)) == NULL)
    return g_object_ref (file);

  with_suffix = g_strconcat (basename, PROJECT_SUFFIX, NULL);
  candidate = g_file_get_child (parent, with_suffix);
  if (g_file_query_exists (candidate, NULL))
    return g_object_ref (file);

  return g_steal_pointer (&candidate);
}

static void
save_as_response_cb (GtkNativeDialog *native,
                     int              response,
                     MaillageWindow  *self)
{
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native), "close-after"));

  if (response == GTK_RESPONSE_ACCEPT && self->project != NULL)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(GFile) file = with_project_suffix (chosen);

      finish_save (self, file, close_after);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (self);
}

static char *
suggest_file_name (MaillageProject *project)
{
  const char *title = maillage_project_get_title (project);
  g_autofree char *name = NULL;

  if (title == NULL || *title == '\0')
    title = _("Untitled Project");

  /* A title may hold a slash; a file name may not. */
  name = g_strdelimit (g_strdup (title), G_DIR_SEPARATOR_S, '-');

  return g_strconcat (name, PROJECT_SUFFIX, NULL);
}

void
_maillage_window_save_as (MaillageWindow *self,
                          gboolean        close_after)
{
  GtkFileChooserNative *native;
  GFile *file;

  g_return_if_fail (self->project != NULL);

  native = create_file_chooser (self, _("Save Project"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  file = maillage_project_get_file (self->project);
  if (file != NULL)
    {
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (native), file, NULL);
    }
  else
    {
      g_autofree char *name = suggest_file_name (self->project);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
    }

  g_object_set_data (G_OBJECT (native), "close-after", GINT_TO_POINTER (close_after));
  g_signal_connect (native, "response", G_CALLBACK (save_as_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
_maillage_window_save (MaillageWindow *self,
                       gboolean        close_after)
{
  GFile *file;

  g_return_if_fail (self->project != NULL);

  file = maillage_project_get_file (self->project);
  if (file == NULL)
    _maillage_window_save_as (self, close_after);
  else
    finish_save (self, file, close_after);
}

static void
open_response_cb (GtkNativeDialog *native,
                  int              response,
                  MaillageWindow  *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT && app != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      maillage_application_open_file (MAILLAGE_APPLICATION (app), file);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (self);
}

/**
 * maillage_window_choose_project:
 * @self: a #MaillageWindow
 *
 * Asks for a project file to open, starting in the folder last used. The
 * application then opens it in @self if @self is empty, else in a new window.
 */
void
maillage_window_choose_project (MaillageWindow *self)
{
  GtkFileChooserNative *native;

  g_return_if_fail (MAILLAGE_IS_WINDOW (self));

  native = create_file_chooser (self, _("Open Project"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  g_signal_connect (native, "response", G_CALLBACK (open_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
plugin_details_cb (AdwToast       *toast,
                   MaillageWindow *self)
{
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  for (guint i = 0; i < self->plugin_failures->len; i++)
    {
      if (i > 0)
        g_string_append (body, "\n\n");
      g_string_append (body, g_ptr_array_index (self->plugin_failures, i));
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Plugins Could Not Be Used"), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
plugin_toast_dismissed_cb (AdwToast       *toast,
                           MaillageWindow *self)
{
  /* The details button went with the toast: the next failure starts anew. */
  if (toast == self->plugin_toast)
    g_ptr_array_set_size (self->plugin_failures, 0);
}

/**
 * maillage_window_report_plugin_failure:
 * @self: a #MaillageWindow
 * @plugin_name: the plugin's name, as shown to people
 * @message: why it failed, a sentence in the user's language
 *
 * Tells the person that a plugin could not be used, with a toast whose
 * button shows @message. Failures reported while the toast is shown join
 * it.
 */
void
maillage_window_report_plugin_failure (MaillageWindow *self,
                                       const char     *plugin_name,
                                       const char     *message)
{
  g_autofree char *title = NULL;
  guint n;

  g_return_if_fail (MAILLAGE_IS_WINDOW (self));
  g_return_if_fail (plugin_name != NULL);
  g_return_if_fail (message != NULL);

  g_ptr_array_add (self->plugin_failures, g_strdup (message));
  n = self->plugin_failures->len;

  if (n == 1)
    title = g_strdup_printf (_("The plugin “%s” could not be used"), plugin_name);
  else
    title = g_strdup_printf (ngettext ("%u plugin could not be used",
                                       "%u plugins could not be used", n), n);

  if (self->plugin_toast != NULL)
    {
      adw_toast_set_title (self->plugin_toast, title);
      return;
    }

  g_set_weak_pointer (&self->plugin_toast, adw_toast_new (title));
  adw_toast_set_button_label (self->plugin_toast, _("_Details"));
  adw_toast_set_timeout (self->plugin_toast, 10);
  g_signal_connect_object (self->plugin_toast, "button-clicked",
                           G_CALLBACK (plugin_details_cb), self, 0);
  g_signal_connect_object (self->plugin_toast, "dismissed",
                           G_CALLBACK (plugin_toast_dismissed_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, self->plugin_toast);
}

static void
save_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  _maillage_window_save (MAILLAGE_WINDOW (user_data), FALSE);
}

static void
save_as_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  _maillage_window_save_as (MAILLAGE_WINDOW (user_data), FALSE);
}

static void
close_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
}

static void
select_page_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  MaillageWindow *self = MAILLAGE_WINDOW (user_data);
  const char *name = g_variant_get_string (parameter, NULL);

  if (!_maillage_window_select_page (self, name))
    {
      g_debug ("No page named “%s”", name);
      return;
    }

  /* Folded, the page asked for replaces the sidebar, as a click would. */
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

static const GActionEntry window_actions[] = {
  { "save", save_activated },
  { "save-as", save_as_activated },
  { "close", close_activated },
  { "select-page", select_page_activated, "s" },
};

void
_maillage_window_init_actions (MaillageWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions,
                                   G_N_ELEMENTS (window_actions), self);
  _maillage_window_init_draft_actions (self);
}

static void
set_action_enabled (MaillageWindow *self,
                    const char     *name,
                    gboolean        enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
_maillage_window_update_actions (MaillageWindow *self)
{
  gboolean has_project = self->project != NULL;
  gboolean writable = has_project && !maillage_project_get_read_only (self->project);

  /* A project of a newer format cannot be written anywhere without losing
   * what this version does not understand. */
  set_action_enabled (self, "save", writable);
  set_action_enabled (self, "save-as", writable);
  set_action_enabled (self, "select-page", has_project);
  set_action_enabled (self, "print", has_project);
}
