/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-window-export.c: win.export, the strategy document written in
 * a format of the loaded exporter plugins (chosen in the file chooser),
 * and win.export-pack, the whole deliberation pack written into a folder
 * with its progress and a way to cancel.
 */
#define G_LOG_DOMAIN "maillage-window-export"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-deliberation-page.h"
#include "maillage-pack-writer.h"
#include "maillage-plugin-manager.h"
#include "maillage-window-private.h"

#define FORMAT_CHOICE "maillage-format"

static MaillagePluginManager *
get_manager (MaillageWindow *self)
{
  return maillage_application_get_plugin_manager (MAILLAGE_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
}

static char *
dup_project_name (MaillageWindow *self)
{
  const char *title = maillage_project_get_title (self->project);

  if (title == NULL || *title == '\0')
    title = _("Strategy");

  return maillage_pack_writer_dup_safe_name (title);
}

/* Exporting one document {{{1 */

typedef struct
{
  MaillageExporter *exporter;
  MaillageDocument *document;
  GFile            *file;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->exporter);
  g_clear_object (&job->document);
  g_clear_object (&job->file);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (maillage_exporter_write (job->exporter, job->document, job->file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  MaillageWindow *self = MAILLAGE_WINDOW (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (job->file);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *body = g_strdup_printf (_("“%s” could not be written."), name);

      _maillage_window_show_error (self, _("Could Not Export"), body, error);
      return;
    }

  {
    g_autofree char *title = g_strdup_printf (_("“%s” written"), name);

    maillage_window_add_toast (self, adw_toast_new (title));
  }
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    MaillageWindow  *self)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(MaillageExporter) exporter = NULL;
  g_autoptr(GTask) task = NULL;
  const char *format;
  ExportJob *job;

  if (response != GTK_RESPONSE_ACCEPT || self->project == NULL)
    goto out;

  format = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), FORMAT_CHOICE);
  exporter = format != NULL ? maillage_plugin_manager_find_exporter (get_manager (self), format) : NULL;
  chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (exporter == NULL || chosen == NULL)
    goto out;

  job = g_new0 (ExportJob, 1);
  job->exporter = g_steal_pointer (&exporter);
  job->document = _maillage_window_build_strategy (self);

  /* The extension of the format chosen, if the name has none. */
  {
    g_autofree char *basename = g_file_get_basename (chosen);
    g_autofree char *suffix = g_strconcat (".", maillage_exporter_get_file_extension (job->exporter), NULL);

    if (!g_str_has_suffix (basename, suffix))
      {
        g_autofree char *with_suffix = g_strconcat (basename, suffix, NULL);
        g_autoptr(GFile) parent = g_file_get_parent (chosen);

        job->file = g_file_get_child (parent, with_suffix);
      }
    else
      {
        job->file = g_object_ref (chosen);
      }
  }

  task = g_task_new (self, NULL, export_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);

out:
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  MaillageWindow *self = MAILLAGE_WINDOW (user_data);
  g_autoptr(GPtrArray) exporters = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *name = NULL;
  g_autoptr(MaillageExporter) odt = NULL;
  GtkFileChooserNative *chooser;

  if (self->project == NULL)
    return;

  exporters = maillage_plugin_manager_list_exporters (get_manager (self));
  if (exporters->len == 0)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                                     _("Switch an exporter plugin on in the Preferences."));

      _maillage_window_show_error (self, _("Could Not Export"), _("No exporter plugin is loaded."), error);
      return;
    }

  for (guint i = 0; i < exporters->len; i++)
    {
      MaillageExporter *exporter = g_ptr_array_index (exporters, i);
      g_autofree char *upper = g_ascii_strup (maillage_exporter_get_format_id (exporter), -1);

      g_ptr_array_add (ids, (char *) maillage_exporter_get_format_id (exporter));
      g_ptr_array_add (labels, g_strdup_printf ("%s (.%s)", upper, maillage_exporter_get_file_extension (exporter)));
    }
  g_ptr_array_add (ids, NULL);
  g_ptr_array_add (labels, NULL);

  chooser = gtk_file_chooser_native_new (_("Export the Strategy"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), FORMAT_CHOICE, _("Format"),
                               (const char **) ids->pdata, (const char **) labels->pdata);
  /* ODT first if there: the native format of the RGI. */
  odt = maillage_plugin_manager_find_exporter (get_manager (self), "odt");
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), FORMAT_CHOICE,
                               odt != NULL ? "odt" : ids->pdata[0]);
  name = dup_project_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Writing the pack {{{1 */

typedef struct
{
  MaillageWindow   *window;
  AdwMessageDialog *dialog;
  GtkProgressBar   *progress;
  GCancellable     *cancellable;
  GFile            *folder;
} PackRun;

static void
pack_run_free (PackRun *run)
{
  g_clear_object (&run->window);
  g_clear_object (&run->cancellable);
  g_clear_object (&run->folder);
  g_free (run);
}

static void
pack_progress_cb (MaillagePackWriter *writer,
                  guint               done,
                  guint               total,
                  PackRun            *run)
{
  g_autofree char *text = g_strdup_printf (_("%u of %u files"), done, total);

  gtk_progress_bar_set_fraction (run->progress, total > 0 ? (double) done / total : 0);
  gtk_progress_bar_set_text (run->progress, text);
}

static void
open_folder_cb (AdwToast *toast,
                GFile    *folder)
{
  GtkWindow *window = g_object_get_data (G_OBJECT (toast), "maillage-window");
  g_autofree char *uri = g_file_get_uri (folder);

  gtk_show_uri (window, uri, GDK_CURRENT_TIME);
}

static void
pack_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  PackRun *run = user_data;
  MaillageWindow *self = run->window;
  g_autoptr(GError) error = NULL;

  gtk_window_destroy (GTK_WINDOW (run->dialog));

  if (!maillage_pack_writer_write_finish (MAILLAGE_PACK_WRITER (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _maillage_window_show_error (self, _("Could Not Write the Deliberation Pack"),
                                     _("Nothing was written."), error);
    }
  else
    {
      g_autofree char *name = g_file_get_basename (run->folder);
      g_autofree char *title = g_strdup_printf (_("Deliberation pack written in “%s”"), name);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_button_label (toast, _("_Open Folder"));
      g_object_set_data (G_OBJECT (toast), "maillage-window", self);
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_folder_cb),
                             g_object_ref (run->folder), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
      maillage_window_add_toast (self, toast);
    }

  pack_run_free (run);
}

static void
pack_dialog_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         GCancellable     *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static void
write_pack (MaillageWindow *self,
            GFile          *folder)
{
  MaillagePluginManager *manager = get_manager (self);
  g_autoptr(MaillageExporter) odt = maillage_plugin_manager_find_exporter (manager, "odt");
  g_autoptr(MaillageExporter) pdf = maillage_plugin_manager_find_exporter (manager, "pdf");
  g_autoptr(MaillagePackWriter) writer = NULL;
  gboolean pdfa = self->deliberation_page != NULL &&
                  maillage_deliberation_page_get_pdfa (MAILLAGE_DELIBERATION_PAGE (self->deliberation_page));
  PackRun *run;

  if (odt == NULL || (pdf == NULL && !pdfa))
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                                     _("The pack needs the OpenDocument and PDF exporter "
                                                       "plugins: switch them on in the Preferences."));

      _maillage_window_show_error (self, _("Could Not Write the Deliberation Pack"),
                                   _("Nothing was written."), error);
      return;
    }

  run = g_new0 (PackRun, 1);
  run->window = g_object_ref (self);
  run->cancellable = g_cancellable_new ();
  run->folder = g_object_ref (folder);
  run->progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_show_text (run->progress, TRUE);
  run->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                            _("Writing the Deliberation Pack"),
                                                            _("The documents of every assembly are being written.")));
  adw_message_dialog_set_extra_child (run->dialog, GTK_WIDGET (run->progress));
  adw_message_dialog_add_response (run->dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (run->dialog, "cancel");
  g_signal_connect_object (run->dialog, "response", G_CALLBACK (pack_dialog_response_cb), run->cancellable, 0);
  gtk_window_present (GTK_WINDOW (run->dialog));

  writer = maillage_pack_writer_new (self->project, G_LIST_MODEL (self->module_set), odt, pdf);
  maillage_pack_writer_set_pdfa (writer, pdfa);
  g_signal_connect (writer, "progress", G_CALLBACK (pack_progress_cb), run);
  maillage_pack_writer_write_async (writer, folder, run->cancellable, pack_done_cb, run);
}

static void
export_pack_response_cb (GtkNativeDialog *chooser,
                         int              response,
                         MaillageWindow  *self)
{
  g_autoptr(GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->project != NULL)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (folder != NULL)
    write_pack (self, folder);
}

static void
export_pack_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  MaillageWindow *self = MAILLAGE_WINDOW (user_data);
  MaillageDeliberation *deliberation;
  GtkFileChooserNative *chooser;

  if (self->project == NULL)
    return;

  deliberation = maillage_project_get_deliberation (self->project);
  if (g_list_model_get_n_items (maillage_deliberation_get_assemblies (deliberation)) == 0)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                                                     _("Add the assembly that votes on the strategy in the "
                                                       "Deliberation page first."));

      _maillage_window_show_error (self, _("Could Not Write the Deliberation Pack"),
                                   _("The pack has one set of documents per assembly, and there is none."),
                                   error);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Folder of the Deliberation Pack"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Write"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_pack_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static const GActionEntry export_actions[] = {
  { "export", export_activated },
  { "export-pack", export_pack_activated },
};

void
_maillage_window_init_export_actions (MaillageWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), export_actions,
                                   G_N_ELEMENTS (export_actions), self);
}
