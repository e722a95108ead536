/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-indicator-dialog.c: adds an indicator, picked from the
 * catalogue or free, or edits one: name, theme, scope, value, unit, year,
 * source. Nothing changes until the values are valid and saved.
 */
#define G_LOG_DOMAIN "diagnostic-indicator-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <maillage.h>

#include "diagnostic-catalogue.h"
#include "diagnostic-import-common.h"
#include "diagnostic-indicator-dialog.h"
#include "diagnostic-indicator.h"
#include "diagnostic-module.h"

struct _DiagnosticIndicatorDialog
{
  AdwWindow            parent_instance;

  DiagnosticModule    *module;
  /* The indicator edited, NULL when adding one. */
  DiagnosticIndicator *indicator;
  /* The INSEE code of each item of the scope row, "" for the territory. */
  GPtrArray           *scopes;

  /* Template children */
  GtkButton           *save_button;
  AdwComboRow         *catalogue_row;
  AdwEntryRow         *name_row;
  AdwComboRow         *theme_row;
  AdwComboRow         *scope_row;
  AdwEntryRow         *value_row;
  AdwEntryRow         *unit_row;
  AdwEntryRow         *year_row;
  AdwEntryRow         *source_row;
  GtkLabel            *error_label;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (DiagnosticIndicatorDialog, diagnostic_indicator_dialog,
                                ADW_TYPE_WINDOW, G_TYPE_FLAG_FINAL, {})

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static const char *
get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Says what the standard indicator picked is, or that it is a free one. */
static void
update_catalogue_subtitle (DiagnosticIndicatorDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->catalogue_row);
  const char *subtitle;

  /* Item 0 is the free indicator. */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    subtitle = _("A free indicator: give it a name of your own.");
  else
    subtitle = diagnostic_catalogue_get_description (diagnostic_catalogue_get_entry (selected - 1));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->catalogue_row), subtitle);
}

/* Picking a standard indicator fills in what the catalogue knows of it. */
static void
catalogue_selected_cb (DiagnosticIndicatorDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->catalogue_row);
  const DiagnosticCatalogueEntry *entry;

  update_catalogue_subtitle (self);
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return;

  entry = diagnostic_catalogue_get_entry (selected - 1);
  set_text (self->name_row, entry->name);
  set_text (self->unit_row, entry->unit);
  set_text (self->source_row, entry->source);
  adw_combo_row_set_selected (self->theme_row, entry->theme);
}

static void
show_error (DiagnosticIndicatorDialog *self,
            const char                *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static DiagnosticIndicator *
read_fields (DiagnosticIndicatorDialog *self)
{
  g_autofree char *name = maillage_format_strip (get_text (self->name_row));
  g_autofree char *unit = maillage_format_strip (get_text (self->unit_row));
  g_autofree char *source = maillage_format_strip (get_text (self->source_row));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *scope;
  double value;
  guint year;

  if (*name == '\0')
    {
      show_error (self, _("Give the indicator a name."));
      return NULL;
    }

  if (!diagnostic_import_parse_number (get_text (self->value_row), &value, &error))
    {
      /* Translators: %s says what is wrong, e.g. "“abc” is not a number" */
      message = g_strdup_printf (_("Value: %s."), error->message);
      show_error (self, message);
      return NULL;
    }

  if (!diagnostic_import_parse_year (get_text (self->year_row), &year, &error))
    {
      message = g_strdup_printf (_("Year: %s."), error->message);
      show_error (self, message);
      return NULL;
    }

  scope = g_ptr_array_index (self->scopes, adw_combo_row_get_selected (self->scope_row));

  return diagnostic_indicator_new (name, adw_combo_row_get_selected (self->theme_row), value,
                                   unit, year, source, scope);
}

/**
 * diagnostic_indicator_dialog_save:
 * @self: the dialog
 *
 * Checks the fields and, if they are valid, adds the indicator to the
 * module (or replaces the one edited) and closes the dialog; otherwise
 * says what is wrong and leaves the module as it is.
 *
 * Returns: whether the indicator was saved
 */
gboolean
diagnostic_indicator_dialog_save (DiagnosticIndicatorDialog *self)
{
  g_autoptr(DiagnosticIndicator) indicator = NULL;
  GListModel *indicators;
  int position;

  g_return_val_if_fail (DIAGNOSTIC_IS_INDICATOR_DIALOG (self), FALSE);

  indicator = read_fields (self);
  if (indicator == NULL)
    return FALSE;

  indicators = diagnostic_module_get_indicators (self->module);
  position = diagnostic_module_find_indicator (self->module,
                                               diagnostic_indicator_get_name (indicator),
                                               diagnostic_indicator_get_scope (indicator),
                                               diagnostic_indicator_get_year (indicator));
  if (position >= 0)
    {
      g_autoptr(DiagnosticIndicator) other = g_list_model_get_item (indicators, (guint) position);

      if (other != self->indicator)
        {
          show_error (self, _("The diagnostic already has this indicator for the same scope "
                              "and year: edit that one instead."));
          return FALSE;
        }
    }

  if (self->indicator != NULL)
    diagnostic_module_replace_indicator (self->module, self->indicator, indicator);
  else
    diagnostic_module_add_indicator (self->module, indicator);

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (DiagnosticIndicatorDialog *self)
{
  diagnostic_indicator_dialog_save (self);
}

static void
diagnostic_indicator_dialog_dispose (GObject *object)
{
  DiagnosticIndicatorDialog *self = DIAGNOSTIC_INDICATOR_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DIAGNOSTIC_TYPE_INDICATOR_DIALOG);
  g_clear_object (&self->module);
  g_clear_object (&self->indicator);
  g_clear_pointer (&self->scopes, g_ptr_array_unref);

  G_OBJECT_CLASS (diagnostic_indicator_dialog_parent_class)->dispose (object);
}

static void
diagnostic_indicator_dialog_class_init (DiagnosticIndicatorDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diagnostic_indicator_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/diagnostic/"
                                               "diagnostic-indicator-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DiagnosticIndicatorDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticIndicatorDialog, catalogue_row);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticIndicatorDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticIndicatorDialog, theme_row);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticIndicatorDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticIndicatorDialog, value_row);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticIndicatorDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticIndicatorDialog, year_row);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticIndicatorDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticIndicatorDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, catalogue_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
}

static void
diagnostic_indicator_dialog_class_finalize (DiagnosticIndicatorDialogClass *klass)
{
}

static void
diagnostic_indicator_dialog_init (DiagnosticIndicatorDialog *self)
{
  g_autoptr(GtkStringList) catalogue = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) themes = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (catalogue, _("Free indicator"));
  for (guint i = 0; i < diagnostic_catalogue_get_n_entries (); i++)
    gtk_string_list_append (catalogue, diagnostic_catalogue_get_entry (i)->name);
  adw_combo_row_set_model (self->catalogue_row, G_LIST_MODEL (catalogue));

  for (guint i = 0; i < DIAGNOSTIC_N_THEMES; i++)
    gtk_string_list_append (themes, diagnostic_theme_get_label (i));
  adw_combo_row_set_model (self->theme_row, G_LIST_MODEL (themes));

  self->scopes = g_ptr_array_new_with_free_func (g_free);
}

/* The scope row: the whole territory, then each member commune. */
static void
fill_scopes (DiagnosticIndicatorDialog *self,
             const char                *current)
{
  MaillageTerritory *territory = diagnostic_module_get_territory (self->module);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *communes = territory != NULL ? maillage_territory_get_communes (territory) : NULL;
  guint n = communes != NULL ? g_list_model_get_n_items (communes) : 0;
  guint selected = 0;

  gtk_string_list_append (labels, _("Whole territory"));
  g_ptr_array_add (self->scopes, g_strdup (""));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageCommune) commune = g_list_model_get_item (communes, i);
      g_autofree char *label = g_strdup_printf ("%s (%s)", maillage_commune_get_name (commune),
                                                maillage_commune_get_insee (commune));

      if (g_strcmp0 (current, maillage_commune_get_insee (commune)) == 0)
        selected = self->scopes->len;
      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->scopes, g_strdup (maillage_commune_get_insee (commune)));
    }

  /* A commune since removed from the territory stays selectable. */
  if (current != NULL && *current != '\0' && selected == 0)
    {
      selected = self->scopes->len;
      gtk_string_list_append (labels, current);
      g_ptr_array_add (self->scopes, g_strdup (current));
    }

  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->scope_row, selected);
}

static void
fill_fields (DiagnosticIndicatorDialog *self,
             DiagnosticIndicator       *indicator)
{
  char value[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *year = NULL;
  const DiagnosticCatalogueEntry *entry;
  guint catalogue_position = 0;

  entry = diagnostic_catalogue_find (diagnostic_indicator_get_name (indicator));
  for (guint i = 0; entry != NULL && i < diagnostic_catalogue_get_n_entries (); i++)
    if (diagnostic_catalogue_get_entry (i) == entry)
      catalogue_position = i + 1;
  adw_combo_row_set_selected (self->catalogue_row, catalogue_position);

  /* The value as a French person types it, "87,4", so that it reads back. */
  g_ascii_formatd (value, sizeof value, "%.15g", diagnostic_indicator_get_value (indicator));
  g_strdelimit (value, ".", ',');
  set_text (self->name_row, diagnostic_indicator_get_name (indicator));
  set_text (self->value_row, value);
  set_text (self->unit_row, diagnostic_indicator_get_unit (indicator));
  set_text (self->source_row, diagnostic_indicator_get_source (indicator));
  if (diagnostic_indicator_get_year (indicator) != 0)
    year = g_strdup_printf ("%u", diagnostic_indicator_get_year (indicator));
  set_text (self->year_row, year != NULL ? year : "");
  adw_combo_row_set_selected (self->theme_row, diagnostic_indicator_get_theme (indicator));
}

/**
 * diagnostic_indicator_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @module: the module the indicator goes to
 * @indicator: (nullable): the indicator to edit, %NULL to add one
 *
 * Returns: (transfer none): the dialog, to present
 */
GtkWidget *
diagnostic_indicator_dialog_new (GtkWindow           *parent,
                                 DiagnosticModule    *module,
                                 DiagnosticIndicator *indicator)
{
  DiagnosticIndicatorDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DIAGNOSTIC_IS_MODULE (module), NULL);
  g_return_val_if_fail (indicator == NULL || DIAGNOSTIC_IS_INDICATOR (indicator), NULL);

  self = g_object_new (DIAGNOSTIC_TYPE_INDICATOR_DIALOG, "transient-for", parent, NULL);
  self->module = g_object_ref (module);
  self->indicator = indicator != NULL ? g_object_ref (indicator) : NULL;

  gtk_window_set_title (GTK_WINDOW (self), indicator != NULL ? _("Edit Indicator")
                                                             : _("Add Indicator"));
  gtk_button_set_label (self->save_button, indicator != NULL ? _("_Save") : _("_Add"));
  fill_scopes (self, indicator != NULL ? diagnostic_indicator_get_scope (indicator) : "");
  if (indicator != NULL)
    fill_fields (self, indicator);
  update_catalogue_subtitle (self);

  return GTK_WIDGET (self);
}

void
diagnostic_indicator_dialog_register_types (GTypeModule *module)
{
  diagnostic_indicator_dialog_register_type (module);
}
