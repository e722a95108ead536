/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-page-import.c: bringing in a Decidim export. The file is
 * read and checked away from the main thread; then either a message says
 * why it cannot be read at all (nothing changes), or the preview
 * (ParticipationImportPreview) shows what it would change — or every
 * problem of its rows — and the module changes only if the user imports,
 * all at once.
 *
 * GTK 4.8 has no GtkFileDialog: the file is chosen with
 * GtkFileChooserNative, which is the portal's dialog in a sandbox.
 */
#define G_LOG_DOMAIN "participation-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "participation-import-preview.h"
#include "participation-page-private.h"

static GtkWindow *
parent_window (ParticipationPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_message (ParticipationPage *self,
              const char        *heading,
              const char        *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_participation_page_add_toast (ParticipationPage *self,
                               const char        *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *markup = g_markup_escape_text (message, -1);

  /* Toast titles are markup. */
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (markup));
}

static void
parse_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;
  ParticipationDecidimImport *import;

  import = participation_decidim_import_new_from_bytes (task_data, &error);
  if (import == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, import, g_object_unref);
}

static void
imported_cb (ParticipationImportPreview *preview,
             ParticipationPage          *self)
{
  ParticipationDecidimImport *import = participation_import_preview_get_import (preview);
  guint n = participation_decidim_import_get_items (import)->len;
  g_autofree char *message = NULL;

  if (participation_decidim_import_get_kind (import) == PARTICIPATION_DECIDIM_PROPOSALS)
    {
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u proposal imported from Decidim",
                                              "%u proposals imported from Decidim", n),
                                 n);
      adw_view_stack_set_visible_child_name (self->view_stack, "proposals");
    }
  else
    {
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u result imported from Decidim",
                                              "%u results imported from Decidim", n),
                                 n);
      adw_view_stack_set_visible_child_name (self->view_stack, "results");
    }
  _participation_page_add_toast (self, message);
}

static void
parsed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  ParticipationPage *self = PARTICIPATION_PAGE (object);
  GFile *file = g_object_get_data (G_OBJECT (result), "participation-file");
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(ParticipationDecidimImport) import = NULL;
  g_autoptr(GError) error = NULL;
  ParticipationImportPreview *preview;

  import = g_task_propagate_pointer (G_TASK (result), &error);
  /* The project may have been closed meanwhile. */
  if (self->module == NULL)
    return;

  if (import == NULL)
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), name);

      show_message (self, heading, error->message);
      return;
    }

  preview = participation_import_preview_new (self->module, import, name);
  gtk_window_set_transient_for (GTK_WINDOW (preview), parent_window (self));
  g_signal_connect_object (preview, "imported", G_CALLBACK (imported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (preview));
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(ParticipationPage) self = user_data;
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
  g_task_set_source_tag (task, participation_page_import_file);
  g_task_set_task_data (task, g_bytes_new_take (contents, length), (GDestroyNotify) g_bytes_unref);
  g_object_set_data_full (G_OBJECT (task), "participation-file", g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, parse_thread);
}

/**
 * participation_page_import_file:
 * @self: a #ParticipationPage
 * @file: a CSV file exported by Decidim
 *
 * Imports @file as the Import button does once a file is chosen: reads
 * and checks it, then says why it cannot be read, or shows a
 * #ParticipationImportPreview. Tests drive the preview with
 * participation_import_preview_confirm().
 */
void
participation_page_import_file (ParticipationPage *self,
                                GFile             *file)
{
  g_return_if_fail (PARTICIPATION_IS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  g_file_load_contents_async (file, NULL, loaded_cb, g_object_ref (self));
}

static void
import_chosen_cb (GtkNativeDialog   *native,
                  int                response,
                  ParticipationPage *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  if (file != NULL)
    participation_page_import_file (self, file);

  g_object_unref (native);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ParticipationPage *self = PARTICIPATION_PAGE (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  native = gtk_file_chooser_native_new (_("Import from Decidim"), parent_window (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (csv, _("Decidim open data (CSV)"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), csv);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);

  g_signal_connect_object (native, "response", G_CALLBACK (import_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
_participation_page_class_init_import (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "participation.import", NULL, import_activated);
}
