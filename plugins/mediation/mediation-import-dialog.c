/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mediation-import-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <maillage.h>

#include "mediation-import-dialog.h"

/*
 * MediationImportDialog: the report of an import, before anything changes.
 * It says how many places the file holds, how many would be added or
 * would replace a place of the same id, and lists every problem of the
 * others with its line (or rank), field, value and what the schema wants.
 * The user imports the valid places, or nothing; when no place is valid,
 * only closing is offered.
 *
 * A window rather than an AdwMessageDialog, whose narrow layout cannot
 * show a table of problems. It emits “response” once, with "import" or
 * "cancel" (closing the window is "cancel").
 */
struct _MediationImportDialog
{
  AdwWindow        parent_instance;

  MediationImport *import;
  gboolean         responded;

  /* Template children */
  AdwWindowTitle  *window_title;
  GtkLabel        *heading_label;
  GtkLabel        *summary_label;
  GtkLabel        *details_label;
  GtkWidget       *issues_scroller;
  GtkColumnView   *issues_view;
  GtkColumnViewColumn *row_column;
  GtkButton       *cancel_button;
  GtkButton       *import_button;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (MediationImportDialog, mediation_import_dialog, ADW_TYPE_WINDOW,
                                G_TYPE_FLAG_FINAL, {})

enum {
  RESPONSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cancel_clicked_cb (MediationImportDialog *self)
{
  mediation_import_dialog_response (self, "cancel");
}

static void
import_clicked_cb (MediationImportDialog *self)
{
  mediation_import_dialog_response (self, "import");
}

static gboolean
mediation_import_dialog_close_request (GtkWindow *window)
{
  MediationImportDialog *self = MEDIATION_IMPORT_DIALOG (window);

  if (!self->responded)
    {
      self->responded = TRUE;
      g_signal_emit (self, signals[RESPONSE], 0, "cancel");
    }

  return GTK_WINDOW_CLASS (mediation_import_dialog_parent_class)->close_request (window);
}

static void
mediation_import_dialog_dispose (GObject *object)
{
  MediationImportDialog *self = MEDIATION_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MEDIATION_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->import);

  G_OBJECT_CLASS (mediation_import_dialog_parent_class)->dispose (object);
}

static void
mediation_import_dialog_class_init (MediationImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = mediation_import_dialog_dispose;
  window_class->close_request = mediation_import_dialog_close_request;

  /**
   * MediationImportDialog::response:
   * @self: the dialog
   * @response: "import" or "cancel"
   */
  signals[RESPONSE] =
    g_signal_new ("response",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (MEDIATION_TYPE_ISSUE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/mediation/mediation-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MediationImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MediationImportDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, MediationImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MediationImportDialog, details_label);
  gtk_widget_class_bind_template_child (widget_class, MediationImportDialog, issues_scroller);
  gtk_widget_class_bind_template_child (widget_class, MediationImportDialog, issues_view);
  gtk_widget_class_bind_template_child (widget_class, MediationImportDialog, row_column);
  gtk_widget_class_bind_template_child (widget_class, MediationImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, MediationImportDialog, import_button);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mediation_import_dialog_class_finalize (MediationImportDialogClass *klass)
{
}

static void
mediation_import_dialog_init (MediationImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static char *
build_details (MediationImport *import)
{
  const char * const *ignored = mediation_import_get_ignored_columns (import);
  guint kept = g_list_model_get_n_items (mediation_import_get_issues (import));
  guint n_issues = mediation_import_get_n_issues (import);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  if (mediation_import_get_legacy (import))
    g_ptr_array_add (lines, g_strdup (_("The file uses column names of version 0.1 of the schema; "
                                        "they were read as the fields of version 1.0.2.")));
  if (ignored[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) ignored);

      g_ptr_array_add (lines, g_strdup_printf (_("Columns that are not fields of the schema, ignored: %s."),
                                               list));
    }
  if (kept < n_issues)
    {
      g_autofree char *kept_text = maillage_format_integer (kept);
      g_autofree char *all_text = maillage_format_integer (n_issues);

      g_ptr_array_add (lines, g_strdup_printf (_("Only the first %s of the %s problems are listed."),
                                               kept_text, all_text));
    }

  if (lines->len == 0)
    return NULL;
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

static void
describe (MediationImportDialog *self,
          const char            *file_name,
          guint                  n_added,
          guint                  n_updated)
{
  guint n_valid = mediation_import_get_lieux (self->import)->len;
  guint n_rows = mediation_import_get_n_rows (self->import);
  guint n_invalid = mediation_import_get_n_invalid (self->import);
  g_autofree char *heading = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *changes = NULL;

  /* Translators: “12 new, 3 replacing a place with the same id” */
  changes = g_strdup_printf (_("%u new, %u replacing a place with the same id"), n_added, n_updated);

  if (n_invalid == 0)
    {
      heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import %u place?", "Import %u places?",
                                              n_valid),
                                 n_valid);
      summary = g_strdup_printf (_("Every place of “%s” follows the national schema (%s). "
                                   "The other places of the inventory stay as they are."),
                                 file_name, changes);
    }
  else if (n_valid > 0)
    {
      heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u of %u places does not follow the schema",
                                              "%u of %u places do not follow the schema",
                                              n_invalid),
                                 n_invalid, n_rows);
      summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Import the %u valid place of “%s” (%s), or nothing? "
                                              "The places listed below are left out.",
                                              "Import the %u valid places of “%s” (%s), or nothing? "
                                              "The places listed below are left out.",
                                              n_valid),
                                 n_valid, file_name, changes);
      gtk_button_set_label (self->cancel_button, _("Import _Nothing"));
      gtk_button_set_label (self->import_button, _("Import the _Valid Places"));
    }
  else
    {
      heading = g_strdup (_("No Place Can Be Imported"));
      summary = g_strdup_printf (_("No place of “%s” follows the national schema of digital mediation "
                                   "places (v1.0.2). Nothing was changed."),
                                 file_name);
      gtk_button_set_label (self->cancel_button, _("_Close"));
      gtk_widget_set_visible (GTK_WIDGET (self->import_button), FALSE);
    }

  gtk_label_set_text (self->heading_label, heading);
  gtk_label_set_text (self->summary_label, summary);
}

/**
 * mediation_import_dialog_new:
 * @import: what a file holds
 * @file_name: its name, to show
 * @n_added: how many valid places are new to the inventory
 * @n_updated: how many would replace a place of the same id
 *
 * Returns: (transfer full): a new dialog, not shown
 */
MediationImportDialog *
mediation_import_dialog_new (MediationImport *import,
                             const char      *file_name,
                             guint            n_added,
                             guint            n_updated)
{
  MediationImportDialog *self;
  g_autofree char *details = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_val_if_fail (MEDIATION_IS_IMPORT (import), NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  self = g_object_new (MEDIATION_TYPE_IMPORT_DIALOG, NULL);
  self->import = g_object_ref (import);

  adw_window_title_set_subtitle (self->window_title, file_name);
  describe (self, file_name, n_added, n_updated);

  details = build_details (import);
  gtk_label_set_text (self->details_label, details != NULL ? details : "");
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), details != NULL);

  gtk_column_view_column_set_title (self->row_column,
                                    mediation_import_get_format (import) == MEDIATION_IMPORT_FORMAT_CSV
                                      ? _("Line") : _("Place"));
  selection = gtk_no_selection_new (g_object_ref (mediation_import_get_issues (import)));
  gtk_column_view_set_model (self->issues_view, GTK_SELECTION_MODEL (selection));
  gtk_widget_set_visible (self->issues_scroller, mediation_import_get_n_invalid (import) > 0);
  if (mediation_import_get_n_invalid (import) == 0)
    gtk_window_set_default_size (GTK_WINDOW (self), 560, -1);

  return self;
}

MediationImport *
mediation_import_dialog_get_import (MediationImportDialog *self)
{
  g_return_val_if_fail (MEDIATION_IS_IMPORT_DIALOG (self), NULL);

  return self->import;
}

/* Whether the dialog offers to import: some place is valid. */
gboolean
mediation_import_dialog_can_import (MediationImportDialog *self)
{
  g_return_val_if_fail (MEDIATION_IS_IMPORT_DIALOG (self), FALSE);

  return mediation_import_get_lieux (self->import)->len > 0;
}

/**
 * mediation_import_dialog_response:
 * @self: a #MediationImportDialog
 * @response: "import" or "cancel"
 *
 * Answers the dialog as its buttons do, and closes it. Tests drive the
 * dialog with this.
 */
void
mediation_import_dialog_response (MediationImportDialog *self,
                                  const char            *response)
{
  g_return_if_fail (MEDIATION_IS_IMPORT_DIALOG (self));
  g_return_if_fail (response != NULL);

  if (self->responded)
    return;

  if (g_str_equal (response, "import") && !mediation_import_dialog_can_import (self))
    response = "cancel";

  self->responded = TRUE;
  g_object_ref (self);
  g_signal_emit (self, signals[RESPONSE], 0, response);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

void
mediation_import_dialog_register (GTypeModule *module)
{
  mediation_import_dialog_register_type (module);
}
