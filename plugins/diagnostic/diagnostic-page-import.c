/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-page-import.c: the imports of the Diagnostic's page: pick a
 * file, read it whole (an ARCEP file asks first for the year and source of
 * its figures), say clearly why it cannot be imported, or show what it
 * would change and let the user confirm. Nothing changes before that.
 */
#define G_LOG_DOMAIN "diagnostic-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "diagnostic-arcep-import.h"
#include "diagnostic-csv-import.h"
#include "diagnostic-import-common.h"
#include "diagnostic-import-plan.h"
#include "diagnostic-import-preview.h"
#include "diagnostic-module.h"
#include "diagnostic-page-private.h"

static void
show_import_error (DiagnosticPage *self,
                   const char     *file_name,
                   const GError   *error)
{
  g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), file_name);
  g_autofree char *body = g_strdup_printf (_("%s\n\nNothing was imported."), error->message);

  _diagnostic_page_show_message (self, heading, body);
}

static void
imported_cb (DiagnosticPage          *self,
             DiagnosticImportPreview *preview)
{
  DiagnosticImportPlan *plan = diagnostic_import_preview_get_plan (preview);
  guint n = diagnostic_import_plan_get_n_added (plan) + diagnostic_import_plan_get_n_updated (plan);
  g_autofree char *title = g_strdup_printf (ngettext ("%u value imported", "%u values imported", n), n);

  _diagnostic_page_show_toast (self, title);
}

static void
preview (DiagnosticPage *self,
         GPtrArray      *incoming,
         const char     *file_name,
         const char     *notes)
{
  g_autoptr(DiagnosticImportPlan) plan = diagnostic_module_plan_import (self->module, incoming);
  g_autofree char *title = g_strdup_printf (_("Import “%s”"), file_name);
  GtkWidget *window;

  window = diagnostic_import_preview_new (_diagnostic_page_get_window (self), self->module, plan,
                                          title, notes);
  g_signal_connect_object (window, "imported", G_CALLBACK (imported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

/* What the user should know about an ARCEP import beyond its values. */
static char *
arcep_notes (const DiagnosticArcepStats *stats)
{
  GString *notes = g_string_new (NULL);
  g_autofree char *rows = maillage_format_integer (stats->n_rows);

  g_string_append_printf (notes,
                          ngettext ("%u commune of the territory kept out of %s row of the file.",
                                    "%u communes of the territory kept out of %s rows of the file.",
                                    stats->n_kept),
                          stats->n_kept, rows);
  if (stats->n_absent > 0)
    {
      g_string_append_c (notes, ' ');
      g_string_append_printf (notes,
                              ngettext ("%u commune of the territory is not in the file.",
                                        "%u communes of the territory are not in the file.",
                                        stats->n_absent),
                              stats->n_absent);
    }
  if (stats->n_without_premises > 0)
    {
      g_string_append_c (notes, ' ');
      g_string_append_printf (notes,
                              ngettext ("%u commune has no premises: it has no rate.",
                                        "%u communes have no premises: they have no rate.",
                                        stats->n_without_premises),
                              stats->n_without_premises);
    }

  return g_string_free (notes, FALSE);
}

typedef struct
{
  DiagnosticPage *page;
  GBytes         *bytes;
  char           *file_name;
  AdwEntryRow    *year_row;
  AdwEntryRow    *source_row;
  GtkSwitch      *wired_switch;
} ArcepRequest;

static void
arcep_request_free (gpointer  data,
                    GClosure *closure)
{
  ArcepRequest *request = data;

  g_object_unref (request->page);
  g_bytes_unref (request->bytes);
  g_free (request->file_name);
  g_free (request);
}

static void
arcep_options_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           ArcepRequest     *request)
{
  DiagnosticPage *self = request->page;
  g_autoptr(GPtrArray) incoming = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *source = NULL;
  DiagnosticArcepOptions options = { 0, };
  DiagnosticArcepStats stats;

  if (!g_str_equal (response, "import") || self->territory == NULL)
    return;

  if (!diagnostic_import_parse_year (gtk_editable_get_text (GTK_EDITABLE (request->year_row)),
                                     &options.year, &error))
    {
      g_prefix_error (&error, _("Year: "));
      show_import_error (self, request->file_name, error);
      return;
    }

  source = maillage_format_strip (gtk_editable_get_text (GTK_EDITABLE (request->source_row)));
  options.source = source;
  options.wired = gtk_switch_get_active (request->wired_switch);

  incoming = diagnostic_arcep_import_parse (request->bytes, self->territory, &options, &stats,
                                            &error);
  if (incoming == NULL)
    {
      show_import_error (self, request->file_name, error);
      return;
    }

  notes = arcep_notes (&stats);
  preview (self, incoming, request->file_name, notes);
}

static GtkWidget *
arcep_options (ArcepRequest *request)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *wired_row = adw_action_row_new ();
  guint year = diagnostic_arcep_import_guess_year (request->file_name);
  g_autofree char *year_text = year != 0 ? g_strdup_printf ("%u", year) : g_strdup ("");

  request->year_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (request->year_row), _("Year of the figures"));
  gtk_editable_set_text (GTK_EDITABLE (request->year_row), year_text);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (request->year_row));

  request->source_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (request->source_row), _("Source"));
  gtk_editable_set_text (GTK_EDITABLE (request->source_row), DIAGNOSTIC_ARCEP_SOURCE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (request->source_row));

  request->wired_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (request->wired_switch,
                         diagnostic_arcep_import_guess_wired (request->file_name));
  gtk_widget_set_valign (GTK_WIDGET (request->wired_switch), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (wired_row), _("Wired networks only"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (wired_row),
                               _("On for the commune_debit_filaire file. The plain file counts "
                                 "satellite, so that nearly every premises reads as eligible to "
                                 "30 Mbit/s: its rates are named apart."));
  adw_action_row_add_suffix (ADW_ACTION_ROW (wired_row), GTK_WIDGET (request->wired_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (wired_row),
                                         GTK_WIDGET (request->wired_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), wired_row);

  return group;
}

/* ARCEP files say neither the year nor whether they count satellite: ask. */
static void
ask_arcep_options (DiagnosticPage *self,
                   GBytes         *bytes,
                   const char     *file_name)
{
  ArcepRequest *request = g_new0 (ArcepRequest, 1);
  GtkWidget *dialog;

  request->page = g_object_ref (self);
  request->bytes = g_bytes_ref (bytes);
  request->file_name = g_strdup (file_name);

  dialog = adw_message_dialog_new (_diagnostic_page_get_window (self),
                                   _("Import an ARCEP File"),
                                   _("The rate of eligible premises is computed for each commune "
                                     "of the territory and for the whole territory. The file does "
                                     "not say when its figures were measured:"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), arcep_options (request));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "import", _("_Continue"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (arcep_options_response_cb), request,
                         arcep_request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_diagnostic_page_import_bytes (DiagnosticPage       *self,
                               GBytes               *bytes,
                               const char           *file_name,
                               DiagnosticPageImport  kind)
{
  g_autoptr(GPtrArray) incoming = NULL;
  g_autoptr(GError) error = NULL;

  if (self->territory == NULL)
    return;

  switch (kind)
    {
    case DIAGNOSTIC_PAGE_IMPORT_ARCEP:
      ask_arcep_options (self, bytes, file_name);
      break;

    case DIAGNOSTIC_PAGE_IMPORT_CSV:
      incoming = diagnostic_csv_import_parse (bytes, self->territory,
                                              diagnostic_module_get_indicators (self->module),
                                              &error);
      if (incoming == NULL)
        show_import_error (self, file_name, error);
      else
        preview (self, incoming, file_name, NULL);
      break;

    case DIAGNOSTIC_PAGE_IMPORT_OUTLINES:
      _diagnostic_page_import_outlines (self, bytes, file_name);
      break;

    default:
      g_assert_not_reached ();
    }
}

typedef struct
{
  DiagnosticPage       *page;
  DiagnosticPageImport  kind;
} LoadRequest;

static void
file_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  LoadRequest *request = user_data;
  g_autoptr(DiagnosticPage) self = request->page;
  DiagnosticPageImport kind = request->kind;
  GFile *file = G_FILE (object);
  g_autofree char *file_name = g_file_get_basename (file);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_free (request);
  if (!g_file_load_contents_finish (file, result, &contents, &length, NULL, &error))
    {
      show_import_error (self, file_name, error);
      return;
    }

  bytes = g_bytes_new_take (contents, length);
  _diagnostic_page_import_bytes (self, bytes, file_name, kind);
}

/**
 * diagnostic_page_import_file:
 * @self: the page
 * @file: the file to import
 * @kind: what it holds
 *
 * Imports @file as the page's buttons do once a file is chosen: reads it,
 * then either says why it cannot be imported (nothing changes), or asks
 * what it needs (an ARCEP file's year and source, a GeoJSON's INSEE
 * property) and shows what would change before anything does.
 */
void
diagnostic_page_import_file (DiagnosticPage       *self,
                             GFile                *file,
                             DiagnosticPageImport  kind)
{
  LoadRequest *request;

  g_return_if_fail (DIAGNOSTIC_IS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  request = g_new0 (LoadRequest, 1);
  request->page = g_object_ref (self);
  request->kind = kind;
  g_file_load_contents_async (file, NULL, file_loaded_cb, request);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     DiagnosticPage  *self)
{
  DiagnosticPageImport kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser),
                                                                  "diagnostic-import"));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    diagnostic_page_import_file (self, file, kind);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static GtkFileFilter *
new_filter (const char *name,
            const char *mime_type,
            const char *pattern)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_pattern (filter, pattern);

  return filter;
}

void
_diagnostic_page_choose_file (DiagnosticPage       *self,
                              DiagnosticPageImport  kind)
{
  g_autoptr(GtkFileFilter) filter = NULL;
  GtkFileChooserNative *chooser;
  const char *title;

  if (kind == DIAGNOSTIC_PAGE_IMPORT_OUTLINES)
    {
      title = _("Import the Outlines of the Communes");
      filter = new_filter (_("GeoJSON files"), "application/geo+json", "*.geojson");
      gtk_file_filter_add_pattern (filter, "*.json");
    }
  else
    {
      title = kind == DIAGNOSTIC_PAGE_IMPORT_ARCEP ? _("Import an ARCEP File")
                                                   : _("Import Indicators");
      filter = new_filter (_("CSV files"), "text/csv", "*.csv");
    }

  chooser = gtk_file_chooser_native_new (title, _diagnostic_page_get_window (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data (G_OBJECT (chooser), "diagnostic-import", GINT_TO_POINTER (kind));
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
