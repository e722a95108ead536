/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-import-preview.c: before an import changes anything, what it
 * would add, update and leave unchanged, value by value; the user confirms
 * or cancels. Cancelling leaves the project as it was.
 */
#define G_LOG_DOMAIN "diagnostic-import-preview"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "diagnostic-import-plan.h"
#include "diagnostic-import-preview.h"
#include "diagnostic-indicator.h"
#include "diagnostic-module.h"

struct _DiagnosticImportPreview
{
  AdwWindow             parent_instance;

  DiagnosticModule     *module;
  DiagnosticImportPlan *plan;

  /* Template children */
  GtkButton            *import_button;
  GtkLabel             *summary_label;
  GtkLabel             *notes_label;
  GtkColumnView        *column_view;
  GtkLabel             *error_label;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (DiagnosticImportPreview, diagnostic_import_preview,
                                ADW_TYPE_WINDOW, G_TYPE_FLAG_FINAL, {})

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef char *(*CellText) (DiagnosticImportPreview *self,
                           DiagnosticIndicator     *incoming);

static char *
status_text (DiagnosticImportPreview *self,
             DiagnosticIndicator     *incoming)
{
  switch (diagnostic_import_plan_get_status (self->plan, incoming))
    {
    case DIAGNOSTIC_IMPORT_ADDED:
      return g_strdup (_("Added"));
    case DIAGNOSTIC_IMPORT_UPDATED:
      return g_strdup (_("Updated"));
    case DIAGNOSTIC_IMPORT_UNCHANGED:
    default:
      return g_strdup (_("Unchanged"));
    }
}

static char *
name_text (DiagnosticImportPreview *self,
           DiagnosticIndicator     *incoming)
{
  return g_strdup (diagnostic_indicator_get_name (incoming));
}

static char *
scope_text (DiagnosticImportPreview *self,
            DiagnosticIndicator     *incoming)
{
  return g_strdup (diagnostic_indicator_get_scope_label (incoming,
                                                         diagnostic_module_get_territory (self->module),
                                                         FALSE));
}

static char *
year_text (DiagnosticImportPreview *self,
           DiagnosticIndicator     *incoming)
{
  guint year = diagnostic_indicator_get_year (incoming);

  return year != 0 ? g_strdup_printf ("%u", year) : g_strdup ("—");
}

static char *
before_text (DiagnosticImportPreview *self,
             DiagnosticIndicator     *incoming)
{
  DiagnosticIndicator *previous = diagnostic_import_plan_get_previous (self->plan, incoming);

  return previous != NULL ? diagnostic_indicator_format_value (previous) : g_strdup ("—");
}

static char *
after_text (DiagnosticImportPreview *self,
            DiagnosticIndicator     *incoming)
{
  return diagnostic_indicator_format_value (incoming);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         DiagnosticImportPreview  *self)
{
  CellText text = g_object_get_data (G_OBJECT (factory), "cell-text");
  g_autofree char *content = text (self, gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), content);
}

static void
add_column (DiagnosticImportPreview *self,
            const char              *title,
            CellText                 text,
            gboolean                 expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_object_set_data (G_OBJECT (factory), "cell-text", text);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cb), self, 0);

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->column_view, column);
}

/**
 * diagnostic_import_preview_confirm:
 * @self: the preview
 *
 * Does the import shown, as the Import button does, and closes the
 * preview. If the diagnostic changed since the preview was made, nothing
 * is imported and the preview says so.
 *
 * Returns: whether the import was done
 */
gboolean
diagnostic_import_preview_confirm (DiagnosticImportPreview *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_IMPORT_PREVIEW (self), FALSE);

  if (!diagnostic_module_apply_import (self->module, self->plan))
    {
      gtk_label_set_text (self->error_label,
                          _("The indicators changed while this preview was open: import the "
                            "file again to see what it would change now."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
      return FALSE;
    }

  g_signal_emit (self, signals[IMPORTED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
import_clicked_cb (DiagnosticImportPreview *self)
{
  diagnostic_import_preview_confirm (self);
}

static void
diagnostic_import_preview_dispose (GObject *object)
{
  DiagnosticImportPreview *self = DIAGNOSTIC_IMPORT_PREVIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DIAGNOSTIC_TYPE_IMPORT_PREVIEW);
  g_clear_object (&self->module);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (diagnostic_import_preview_parent_class)->dispose (object);
}

static void
diagnostic_import_preview_class_init (DiagnosticImportPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diagnostic_import_preview_dispose;

  /* Emitted once the import is done, before the preview closes. */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/diagnostic/"
                                               "diagnostic-import-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, DiagnosticImportPreview, import_button);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticImportPreview, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticImportPreview, notes_label);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticImportPreview, column_view);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticImportPreview, error_label);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
}

static void
diagnostic_import_preview_class_finalize (DiagnosticImportPreviewClass *klass)
{
}

static void
diagnostic_import_preview_init (DiagnosticImportPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  add_column (self, _("Change"), status_text, FALSE);
  add_column (self, _("Indicator"), name_text, TRUE);
  add_column (self, _("Scope"), scope_text, FALSE);
  add_column (self, _("Year"), year_text, FALSE);
  add_column (self, _("Before"), before_text, FALSE);
  add_column (self, _("After"), after_text, FALSE);
}

static char *
summarize (DiagnosticImportPlan *plan)
{
  guint added = diagnostic_import_plan_get_n_added (plan);
  guint updated = diagnostic_import_plan_get_n_updated (plan);
  guint unchanged = diagnostic_import_plan_get_n_unchanged (plan);
  g_autofree char *added_text = NULL;
  g_autofree char *updated_text = NULL;
  g_autofree char *unchanged_text = NULL;

  if (!diagnostic_import_plan_has_changes (plan))
    return g_strdup (_("Nothing would change: every value of the file is already in the "
                       "diagnostic."));

  added_text = g_strdup_printf (ngettext ("%u value added", "%u values added", added), added);
  updated_text = g_strdup_printf (ngettext ("%u value updated", "%u values updated", updated),
                                  updated);
  unchanged_text = g_strdup_printf (ngettext ("%u unchanged", "%u unchanged", unchanged),
                                    unchanged);

  /* Translators: "12 values added, 3 values updated, 40 unchanged." */
  return g_strdup_printf (_("%s, %s, %s."), added_text, updated_text, unchanged_text);
}

/**
 * diagnostic_import_preview_new:
 * @parent: (nullable): the window it belongs to
 * @module: the module to import into
 * @plan: what the import would do, from diagnostic_module_plan_import()
 * @title: the window's title, naming the file
 * @notes: (nullable): what else the user should know (communes left out…)
 *
 * Returns: (transfer none): the preview, to present
 */
GtkWidget *
diagnostic_import_preview_new (GtkWindow            *parent,
                               DiagnosticModule     *module,
                               DiagnosticImportPlan *plan,
                               const char           *title,
                               const char           *notes)
{
  DiagnosticImportPreview *self;
  g_autofree char *summary = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DIAGNOSTIC_IS_MODULE (module), NULL);
  g_return_val_if_fail (DIAGNOSTIC_IS_IMPORT_PLAN (plan), NULL);

  self = g_object_new (DIAGNOSTIC_TYPE_IMPORT_PREVIEW, "transient-for", parent, "title", title,
                       NULL);
  self->module = g_object_ref (module);
  self->plan = g_object_ref (plan);

  summary = summarize (plan);
  gtk_label_set_text (self->summary_label, summary);
  gtk_label_set_text (self->notes_label, notes != NULL ? notes : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notes_label), notes != NULL && *notes != '\0');
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button),
                            diagnostic_import_plan_has_changes (plan));

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (plan)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  return GTK_WIDGET (self);
}

/**
 * diagnostic_import_preview_get_plan:
 * @self: the preview
 *
 * Returns: (transfer none): the plan it shows
 */
DiagnosticImportPlan *
diagnostic_import_preview_get_plan (DiagnosticImportPreview *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_IMPORT_PREVIEW (self), NULL);

  return self->plan;
}

void
diagnostic_import_preview_register_types (GTypeModule *module)
{
  diagnostic_import_preview_register_type (module);
}
