/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-page-charts.c: the charts and the map of the Diagnostic's
 * page, redrawn once after a burst of changes to the indicators or the
 * territory, and the import of the communes' outlines from a GeoJSON file
 * (the user picks the property that holds the INSEE code).
 */
#define G_LOG_DOMAIN "diagnostic-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "diagnostic-charts.h"
#include "diagnostic-indicator.h"
#include "diagnostic-module.h"
#include "diagnostic-page-private.h"

/* The name behind the selected item of @dropdown, among @names. */
static const char *
selected_name (GtkDropDown        *dropdown,
               const char * const *names)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (names == NULL || selected == GTK_INVALID_LIST_POSITION ||
      selected >= g_strv_length ((char **) names))
    return NULL;

  return names[selected];
}

/* Refills @dropdown with @labels, keeping @keep selected if it is there. */
static void
refill (DiagnosticPage     *self,
        GtkDropDown        *dropdown,
        const char * const *labels,
        const char         *keep)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);
  guint selected = 0;

  for (guint i = 0; keep != NULL && labels[i] != NULL; i++)
    if (g_str_equal (labels[i], keep))
      selected = i;

  self->refilling = TRUE;
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (dropdown, selected);
  self->refilling = FALSE;
}

static void
show_charts (DiagnosticPage *self)
{
  GListModel *indicators = diagnostic_module_get_indicators (self->module);
  const char *name = selected_name (self->commune_chart_dropdown,
                                    (const char * const *) self->commune_indicators);
  guint theme_index = gtk_drop_down_get_selected (self->theme_chart_dropdown);
  g_autoptr(MaillageChart) by_commune = NULL;
  g_autoptr(MaillageChart) by_theme = NULL;

  if (name != NULL && self->territory != NULL)
    by_commune = diagnostic_charts_new_by_commune (indicators, self->territory, name);
  if (theme_index < self->chart_themes->len)
    by_theme = diagnostic_charts_new_by_theme (indicators,
                                               g_array_index (self->chart_themes,
                                                              DiagnosticTheme, theme_index));

  maillage_chart_view_set_chart (self->commune_chart_view, by_commune);
  maillage_chart_view_set_chart (self->theme_chart_view, by_theme);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->commune_chart_dropdown)),
                          by_commune != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->commune_chart_view), by_commune != NULL);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->theme_chart_dropdown)),
                          by_theme != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->theme_chart_view), by_theme != NULL);
  gtk_stack_set_visible_child_name (self->charts_stack,
                                    by_commune != NULL || by_theme != NULL ? "charts" : "empty");
}

static void
show_map (DiagnosticPage *self)
{
  const char *name = selected_name (self->map_dropdown,
                                    (const char * const *) self->commune_indicators);
  g_autoptr(MaillageChart) map = NULL;

  if (self->territory != NULL)
    map = diagnostic_charts_new_map (diagnostic_module_get_indicators (self->module),
                                     self->territory, name);

  maillage_chart_view_set_chart (self->map_view, map);
  gtk_stack_set_visible_child_name (self->map_stack, map != NULL ? "map" : "empty");
  gtk_widget_set_visible (self->map_choice_box, map != NULL && name != NULL);
}

void
_diagnostic_page_refresh_charts (DiagnosticPage *self)
{
  GListModel *indicators = diagnostic_module_get_indicators (self->module);
  g_autoptr(GPtrArray) theme_labels = g_ptr_array_new ();
  g_autofree char *commune_choice = NULL;
  g_autofree char *theme_choice = NULL;
  const char *map_choice = diagnostic_module_get_map_indicator (self->module);

  g_clear_handle_id (&self->refresh_charts_id, g_source_remove);

  commune_choice = g_strdup (selected_name (self->commune_chart_dropdown,
                                            (const char * const *) self->commune_indicators));
  if (gtk_drop_down_get_selected (self->theme_chart_dropdown) < self->chart_themes->len)
    theme_choice = g_strdup (diagnostic_theme_get_label (
      g_array_index (self->chart_themes, DiagnosticTheme,
                     gtk_drop_down_get_selected (self->theme_chart_dropdown))));

  g_strfreev (self->commune_indicators);
  self->commune_indicators = diagnostic_charts_list_commune_indicators (indicators);

  g_array_set_size (self->chart_themes, 0);
  for (DiagnosticTheme theme = 0; theme < DIAGNOSTIC_N_THEMES; theme++)
    if (diagnostic_charts_theme_has_chart (indicators, theme))
      {
        g_array_append_val (self->chart_themes, theme);
        g_ptr_array_add (theme_labels, (gpointer) diagnostic_theme_get_label (theme));
      }
  g_ptr_array_add (theme_labels, NULL);

  refill (self, self->commune_chart_dropdown, (const char * const *) self->commune_indicators,
          commune_choice);
  refill (self, self->theme_chart_dropdown, (const char * const *) theme_labels->pdata,
          theme_choice);
  refill (self, self->map_dropdown, (const char * const *) self->commune_indicators,
          map_choice);

  show_charts (self);
  show_map (self);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  DiagnosticPage *self = user_data;

  self->refresh_charts_id = 0;
  _diagnostic_page_refresh_charts (self);

  return G_SOURCE_REMOVE;
}

/* An import changes thousands of values in one go, a territory edit many
 * communes one by one: the charts are rebuilt once, when things settle. */
void
_diagnostic_page_queue_refresh (DiagnosticPage *self)
{
  if (self->refresh_charts_id == 0)
    self->refresh_charts_id = g_idle_add_full (G_PRIORITY_LOW, refresh_idle_cb, self, NULL);
}

void
_diagnostic_page_chart_choice_changed (DiagnosticPage *self)
{
  if (!self->refilling && self->chart_themes != NULL)
    show_charts (self);
}

/* The map's indicator is kept in the project: the map is the same on the
 * next opening and in the chapter. */
void
_diagnostic_page_map_choice_changed (DiagnosticPage *self)
{
  const char *name;

  if (self->refilling || self->chart_themes == NULL)
    return;

  name = selected_name (self->map_dropdown, (const char * const *) self->commune_indicators);
  if (name != NULL)
    diagnostic_module_set_map_indicator (self->module, name);
  show_map (self);
}

void
_diagnostic_page_charts_dispose (DiagnosticPage *self)
{
  g_clear_handle_id (&self->refresh_charts_id, g_source_remove);
  g_clear_pointer (&self->commune_indicators, g_strfreev);
  g_clear_pointer (&self->chart_themes, g_array_unref);
}

/* Only the member communes' outlines go into the project: a GeoJSON of a
 * whole département would otherwise weigh on every save. */
static MaillageOutlines *
keep_members (MaillageOutlines   *outlines,
              MaillageTerritory  *territory,
              guint              *n_kept,
              GError            **error)
{
  g_autoptr(JsonObject) stored = maillage_outlines_to_json (outlines);
  JsonObject *areas = json_object_get_object_member (stored, "areas");
  g_autoptr(GList) codes = json_object_get_members (areas);

  *n_kept = 0;
  for (GList *l = codes; l != NULL; l = l->next)
    {
      if (maillage_territory_find_commune (territory, l->data) != NULL)
        (*n_kept)++;
      else
        json_object_remove_member (areas, l->data);
    }

  return maillage_outlines_new_from_json (stored, error);
}

typedef struct
{
  DiagnosticPage *page;
  GBytes         *bytes;
  char           *file_name;
  GtkDropDown    *property_dropdown;
  GStrv           properties;
} OutlinesRequest;

static void
outlines_request_free (gpointer  data,
                       GClosure *closure)
{
  OutlinesRequest *request = data;

  g_object_unref (request->page);
  g_bytes_unref (request->bytes);
  g_free (request->file_name);
  g_strfreev (request->properties);
  g_free (request);
}

static void
show_outlines_error (DiagnosticPage *self,
                     const char     *file_name,
                     const char     *message)
{
  g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), file_name);
  g_autofree char *body = g_strdup_printf (_("%s\n\nThe outlines of the project are unchanged."),
                                           message);

  _diagnostic_page_show_message (self, heading, body);
}

static void
outlines_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      OutlinesRequest  *request)
{
  DiagnosticPage *self = request->page;
  const char *property = selected_name (request->property_dropdown,
                                        (const char * const *) request->properties);
  g_autoptr(MaillageOutlines) outlines = NULL;
  g_autoptr(MaillageOutlines) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_communes;
  guint n_kept = 0;

  if (!g_str_equal (response, "import") || self->territory == NULL || property == NULL)
    return;

  outlines = maillage_outlines_new_from_geojson (request->bytes, property, &error);
  if (outlines != NULL)
    kept = keep_members (outlines, self->territory, &n_kept, &error);
  if (kept == NULL)
    {
      show_outlines_error (self, request->file_name, error->message);
      return;
    }

  if (n_kept == 0)
    {
      message = g_strdup_printf (_("None of the %u areas of the file is a member commune of the "
                                   "territory. Does the property “%s” hold the INSEE codes?"),
                                 maillage_outlines_get_n_areas (outlines), property);
      show_outlines_error (self, request->file_name, message);
      return;
    }

  maillage_territory_set_outlines (self->territory, kept);
  n_communes = g_list_model_get_n_items (maillage_territory_get_communes (self->territory));
  message = g_strdup_printf (ngettext ("Outlines of %u commune out of %u imported",
                                       "Outlines of %u communes out of %u imported", n_kept),
                             n_kept, n_communes);
  _diagnostic_page_show_toast (self, message);
}

void
_diagnostic_page_import_outlines (DiagnosticPage *self,
                                  GBytes         *bytes,
                                  const char     *file_name)
{
  g_autoptr(GError) error = NULL;
  OutlinesRequest *request;
  GtkWidget *dialog;
  const char *guess;
  GStrv properties;

  properties = maillage_outlines_list_geojson_properties (bytes, &error);
  if (properties == NULL)
    {
      show_outlines_error (self, file_name, error->message);
      return;
    }

  request = g_new0 (OutlinesRequest, 1);
  request->page = g_object_ref (self);
  request->bytes = g_bytes_ref (bytes);
  request->file_name = g_strdup (file_name);
  request->properties = properties;
  request->property_dropdown =
    GTK_DROP_DOWN (gtk_drop_down_new_from_strings ((const char * const *) properties));
  guess = maillage_outlines_guess_insee_property ((const char * const *) properties);
  for (guint i = 0; guess != NULL && properties[i] != NULL; i++)
    if (g_str_equal (properties[i], guess))
      gtk_drop_down_set_selected (request->property_dropdown, i);

  dialog = adw_message_dialog_new (_diagnostic_page_get_window (self),
                                   _("Import the Outlines of the Communes"),
                                   _("Which property of the file holds the INSEE code of each "
                                     "commune? Only the member communes of the territory are "
                                     "kept; the outlines already in the project are replaced."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog),
                                      GTK_WIDGET (request->property_dropdown));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (outlines_response_cb), request,
                         outlines_request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
