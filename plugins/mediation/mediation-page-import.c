/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-page-import.c: bringing places in from a file and writing them
 * out. An import reads and checks the whole file away from the main
 * thread, then either says why the file cannot be read (nothing changes),
 * or shows its report (MediationImportDialog) and changes the inventory
 * only if the user chooses to import, all at once.
 */
#define G_LOG_DOMAIN "mediation-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mediation-csv.h"
#include "mediation-import-dialog.h"
#include "mediation-json.h"
#include "mediation-page-private.h"

static GtkWindow *
parent_window (MediationPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_message (MediationPage *self,
              const char    *heading,
              const char    *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_toast (MediationPage *self,
           const char    *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

/* JSON by its name, or by its first character: an array or an object. */
static gboolean
looks_like_json (GFile  *file,
                 GBytes *bytes)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = g_ascii_strdown (name != NULL ? name : "", -1);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  gsize i = 0;

  if (g_str_has_suffix (lower, ".json"))
    return TRUE;
  if (g_str_has_suffix (lower, ".csv"))
    return FALSE;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < length && g_ascii_isspace (data[i]))
    i++;
  return i < length && (data[i] == '[' || data[i] == '{');
}

static void
parse_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GBytes *bytes = task_data;
  GFile *file = g_object_get_data (G_OBJECT (task), "mediation-file");
  GError *error = NULL;
  MediationImport *import;

  if (looks_like_json (file, bytes))
    import = mediation_json_import (bytes, &error);
  else
    import = mediation_csv_import (bytes, &error);

  if (import == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, import, g_object_unref);
}

static void
import_response_cb (MediationImportDialog *dialog,
                    const char            *response,
                    MediationPage         *self)
{
  MediationImport *import = mediation_import_dialog_get_import (dialog);
  g_autofree char *message = NULL;
  guint n_added, n_updated;

  /* The project may have been closed meanwhile. */
  if (!g_str_equal (response, "import") || self->module == NULL)
    return;

  mediation_module_merge_lieux (self->module, mediation_import_get_lieux (import), &n_added, &n_updated);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u place imported (%u new, %u updated)",
                                          "%u places imported (%u new, %u updated)",
                                          n_added + n_updated),
                             n_added + n_updated, n_added, n_updated);
  add_toast (self, message);
}

static void
parsed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  MediationPage *self = MEDIATION_PAGE (object);
  GFile *file = g_object_get_data (G_OBJECT (result), "mediation-file");
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(MediationImport) import = NULL;
  g_autoptr(GError) error = NULL;
  MediationImportDialog *dialog;
  guint n_added, n_updated;

  import = g_task_propagate_pointer (G_TASK (result), &error);
  if (self->module == NULL)
    return;

  if (import == NULL)
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), name);

      show_message (self, heading, error->message);
      return;
    }

  mediation_module_count_merge (self->module, mediation_import_get_lieux (import), &n_added, &n_updated);
  dialog = mediation_import_dialog_new (import, name, n_added, n_updated);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent_window (self));
  g_signal_connect_object (dialog, "response", G_CALLBACK (import_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(MediationPage) self = user_data;
  GFile *file = G_FILE (object);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (file, result, &contents, &length, NULL, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), name);

      if (self->module != NULL)
        show_message (self, heading, error->message);
      return;
    }

  task = g_task_new (self, NULL, parsed_cb, NULL);
  g_task_set_source_tag (task, mediation_page_import_file);
  g_task_set_task_data (task, g_bytes_new_take (contents, length), (GDestroyNotify) g_bytes_unref);
  g_object_set_data_full (G_OBJECT (task), "mediation-file", g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, parse_thread);
}

/**
 * mediation_page_import_file:
 * @self: a #MediationPage
 * @file: a CSV or JSON file of places
 *
 * Imports @file as the Import button does once a file is chosen: reads and
 * checks it, then shows why it cannot be imported, or a
 * #MediationImportDialog whose "import" response merges the valid places
 * into the inventory. Tests drive that dialog with
 * mediation_import_dialog_response().
 */
void
mediation_page_import_file (MediationPage *self,
                            GFile         *file)
{
  g_return_if_fail (MEDIATION_IS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  g_file_load_contents_async (file, NULL, loaded_cb, g_object_ref (self));
}

static void
import_chosen_cb (GtkNativeDialog *native,
                  int              response,
                  MediationPage   *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  if (file != NULL)
    mediation_page_import_file (self, file);

  g_object_unref (native);
}

static void
add_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) places = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (places, _("Places (CSV or JSON)"));
  gtk_file_filter_add_mime_type (places, "text/csv");
  gtk_file_filter_add_mime_type (places, "application/json");
  gtk_file_filter_add_suffix (places, "csv");
  gtk_file_filter_add_suffix (places, "json");
  gtk_file_chooser_add_filter (chooser, places);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MediationPage *self = MEDIATION_PAGE (widget);
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Import Places"), parent_window (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filters (GTK_FILE_CHOOSER (native));
  g_signal_connect_object (native, "response", G_CALLBACK (import_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
written_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(MediationPage) self = user_data;
  GFile *file = G_FILE (object);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (file, result, NULL, &error))
    {
      message = g_strdup_printf (_("Could Not Export to “%s”"), name);
      show_message (self, message, error->message);
      return;
    }

  message = g_strdup_printf (_("Places exported to “%s”"), name);
  add_toast (self, message);
}

/**
 * mediation_page_export_file:
 * @self: a #MediationPage
 * @file: where to write
 * @format: CSV or JSON
 *
 * Writes every place of the inventory to @file in the national schema
 * v1.0.2, whole or not at all (g_file_replace_contents()), then says so in
 * a toast.
 */
void
mediation_page_export_file (MediationPage         *self,
                            GFile                 *file,
                            MediationExportFormat  format)
{
  GListModel *lieux;
  g_autoptr(GBytes) bytes = NULL;
  char *text;
  gsize length;

  g_return_if_fail (MEDIATION_IS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  lieux = mediation_module_get_lieux (self->module);
  text = format == MEDIATION_EXPORT_JSON ? mediation_json_export (lieux, &length)
                                         : mediation_csv_export (lieux, &length);
  bytes = g_bytes_new_take (text, length);
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       NULL, written_cb, g_object_ref (self));
}

static void
export_chosen_cb (GtkNativeDialog *native,
                  int              response,
                  MediationPage   *self)
{
  MediationExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native), "mediation-format"));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  if (file != NULL)
    mediation_page_export_file (self, file, format);

  g_object_unref (native);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MediationPage *self = MEDIATION_PAGE (widget);
  gboolean json = g_str_equal (g_variant_get_string (parameter, NULL), "json");
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Export Places"), parent_window (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  /* Translators: the file name offered when exporting places */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native),
                                     json ? _("mediation-places.json") : _("mediation-places.csv"));
  g_object_set_data (G_OBJECT (native), "mediation-format",
                     GINT_TO_POINTER (json ? MEDIATION_EXPORT_JSON : MEDIATION_EXPORT_CSV));
  g_signal_connect_object (native, "response", G_CALLBACK (export_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
_mediation_page_class_init_import (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "mediation.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "mediation.export", "s", export_activated);
}
