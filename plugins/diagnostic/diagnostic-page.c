/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-page.c: the Diagnostic's editor page: the written diagnostic,
 * the table of indicators (search, sort, add from the catalogue, edit,
 * remove), the SWOT; the imports are in diagnostic-page-import.c, the
 * charts and the map in diagnostic-page-charts.c.
 */
#define G_LOG_DOMAIN "diagnostic-page"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "diagnostic-indicator-dialog.h"
#include "diagnostic-indicator.h"
#include "diagnostic-module.h"
#include "diagnostic-page-private.h"

G_DEFINE_DYNAMIC_TYPE_EXTENDED (DiagnosticPage, diagnostic_page, ADW_TYPE_BIN,
                                G_TYPE_FLAG_FINAL, {})

typedef char *(*CellText) (DiagnosticPage      *self,
                           DiagnosticIndicator *indicator);

GtkWindow *
_diagnostic_page_get_window (DiagnosticPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
_diagnostic_page_show_message (DiagnosticPage *self,
                               const char     *heading,
                               const char     *body)
{
  GtkWidget *dialog = adw_message_dialog_new (_diagnostic_page_get_window (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A toast in the window's overlay, if the page is shown in one. */
void
_diagnostic_page_show_toast (DiagnosticPage *self,
                             const char     *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

static char *
name_text (DiagnosticPage      *self,
           DiagnosticIndicator *indicator)
{
  return g_strdup (diagnostic_indicator_get_name (indicator));
}

static char *
theme_text (DiagnosticPage      *self,
            DiagnosticIndicator *indicator)
{
  return g_strdup (diagnostic_theme_get_label (diagnostic_indicator_get_theme (indicator)));
}

static char *
scope_text (DiagnosticPage      *self,
            DiagnosticIndicator *indicator)
{
  return g_strdup (diagnostic_indicator_get_scope_label (indicator, self->territory, FALSE));
}

static char *
value_text (DiagnosticPage      *self,
            DiagnosticIndicator *indicator)
{
  return diagnostic_indicator_format_value (indicator);
}

static char *
year_text (DiagnosticPage      *self,
           DiagnosticIndicator *indicator)
{
  guint year = diagnostic_indicator_get_year (indicator);

  return year != 0 ? g_strdup_printf ("%u", year) : g_strdup ("—");
}

static char *
source_text (DiagnosticPage      *self,
             DiagnosticIndicator *indicator)
{
  const char *source = diagnostic_indicator_get_source (indicator);

  return g_strdup (*source != '\0' ? source : "—");
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label),
                        GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "align-end")) ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              DiagnosticPage           *self)
{
  CellText text = g_object_get_data (G_OBJECT (factory), "cell-text");
  g_autofree char *content = text (self, gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), content);
}

/* A column showing @text, sorted by @property (as a number if @numeric,
 * as text otherwise); numbers are aligned to the end. */
static void
add_column (DiagnosticPage *self,
            const char     *title,
            CellText        text,
            const char     *property,
            gboolean        numeric,
            gboolean        align_end,
            gboolean        expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  GtkExpression *expression;
  GtkSorter *sorter;

  g_object_set_data (G_OBJECT (factory), "cell-text", text);
  g_object_set_data (G_OBJECT (factory), "align-end", GINT_TO_POINTER (align_end));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cell_cb), self, 0);

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);

  expression = gtk_property_expression_new (DIAGNOSTIC_TYPE_INDICATOR, NULL, property);
  if (numeric)
    sorter = GTK_SORTER (gtk_numeric_sorter_new (expression));
  else
    sorter = GTK_SORTER (gtk_string_sorter_new (expression));
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);

  gtk_column_view_append_column (self->column_view, column);
}

static DiagnosticIndicator *
get_selected (DiagnosticPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (DiagnosticPage *self)
{
  gboolean selected = get_selected (self) != NULL;
  guint n = g_list_model_get_n_items (diagnostic_module_get_indicators (self->module));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diagnostic.edit", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diagnostic.remove", selected);
  gtk_stack_set_visible_child_name (self->indicators_stack, n > 0 ? "list" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), n > 0);
}

static gboolean
matches_search (gpointer item,
                gpointer user_data)
{
  DiagnosticPage *self = user_data;
  DiagnosticIndicator *indicator = item;
  const char *texts[] = {
    diagnostic_indicator_get_name (indicator),
    diagnostic_indicator_get_source (indicator),
    diagnostic_indicator_get_scope_label (indicator, self->territory, FALSE),
    diagnostic_indicator_get_scope (indicator),
  };

  if (self->search == NULL)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *folded = g_utf8_casefold (texts[i], -1);

      if (strstr (folded, self->search) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
search_changed_cb (DiagnosticPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search, g_free);
  if (*text != '\0')
    self->search = g_utf8_casefold (text, -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
edit_indicator (DiagnosticPage      *self,
                DiagnosticIndicator *indicator)
{
  GtkWidget *dialog;

  dialog = diagnostic_indicator_dialog_new (_diagnostic_page_get_window (self), self->module,
                                            indicator);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
column_view_activate_cb (DiagnosticPage *self,
                         guint           position)
{
  g_autoptr(DiagnosticIndicator) indicator =
    g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (indicator != NULL)
    edit_indicator (self, indicator);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  edit_indicator (DIAGNOSTIC_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DiagnosticPage *self = DIAGNOSTIC_PAGE (widget);

  if (get_selected (self) != NULL)
    edit_indicator (self, get_selected (self));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DiagnosticPage *self = DIAGNOSTIC_PAGE (widget);
  DiagnosticIndicator *indicator = get_selected (self);

  if (indicator != NULL)
    diagnostic_module_remove_indicator (self->module, indicator);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DiagnosticPageImport kind = DIAGNOSTIC_PAGE_IMPORT_ARCEP;

  if (g_str_equal (action_name, "diagnostic.import-csv"))
    kind = DIAGNOSTIC_PAGE_IMPORT_CSV;
  else if (g_str_equal (action_name, "diagnostic.import-outlines"))
    kind = DIAGNOSTIC_PAGE_IMPORT_OUTLINES;

  _diagnostic_page_choose_file (DIAGNOSTIC_PAGE (widget), kind);
}

/* diagnostic.import-file ("arcep"|"csv"|"outlines", path): the import of
 * a file chosen elsewhere, as after the file chooser; the tests use it. */
static void
import_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = NULL;
  const char *kind;
  const char *path;

  g_variant_get (parameter, "(&s&s)", &kind, &path);
  file = g_file_new_for_path (path);

  if (g_str_equal (kind, "csv"))
    diagnostic_page_import_file (DIAGNOSTIC_PAGE (widget), file, DIAGNOSTIC_PAGE_IMPORT_CSV);
  else if (g_str_equal (kind, "outlines"))
    diagnostic_page_import_file (DIAGNOSTIC_PAGE (widget), file, DIAGNOSTIC_PAGE_IMPORT_OUTLINES);
  else
    diagnostic_page_import_file (DIAGNOSTIC_PAGE (widget), file, DIAGNOSTIC_PAGE_IMPORT_ARCEP);
}

static void
text_changed_cb (DiagnosticPage *self,
                 GtkTextBuffer  *buffer)
{
  GtkTextIter start;
  GtkTextIter end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  diagnostic_module_set_text (self->module, text);
}

static void
indicators_changed_cb (DiagnosticPage *self)
{
  update_actions (self);
  _diagnostic_page_queue_refresh (self);
}

static void
diagnostic_page_dispose (GObject *object)
{
  DiagnosticPage *self = DIAGNOSTIC_PAGE (object);

  _diagnostic_page_charts_dispose (self);
  /* The bin's child is a template child too: unparented by the bin
   * first, or gtk_widget_dispose_template() leaves the bin a dangling
   * pointer to it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DIAGNOSTIC_TYPE_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->territory);
  g_clear_object (&self->module);

  G_OBJECT_CLASS (diagnostic_page_parent_class)->dispose (object);
}

static void
diagnostic_page_finalize (GObject *object)
{
  g_free (DIAGNOSTIC_PAGE (object)->search);

  G_OBJECT_CLASS (diagnostic_page_parent_class)->finalize (object);
}

static void
diagnostic_page_class_init (DiagnosticPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diagnostic_page_dispose;
  object_class->finalize = diagnostic_page_finalize;

  /* Types the template names. */
  g_type_ensure (MAILLAGE_TYPE_CHART_VIEW);
  g_type_ensure (DIAGNOSTIC_TYPE_SWOT_LIST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/diagnostic/"
                                               "diagnostic-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, text_view);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, indicators_stack);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, charts_stack);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, commune_chart_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, commune_chart_view);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, theme_chart_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, theme_chart_view);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, map_group);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, map_choice_box);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, map_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, map_stack);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, map_view);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, strengths_list);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, weaknesses_list);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, opportunities_list);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticPage, threats_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "chart_choice_changed_cb",
                                                G_CALLBACK (_diagnostic_page_chart_choice_changed));
  gtk_widget_class_bind_template_callback_full (widget_class, "map_choice_changed_cb",
                                                G_CALLBACK (_diagnostic_page_map_choice_changed));

  gtk_widget_class_install_action (widget_class, "diagnostic.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "diagnostic.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "diagnostic.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "diagnostic.import-arcep", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "diagnostic.import-csv", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "diagnostic.import-outlines", NULL,
                                   choose_file_action);
  gtk_widget_class_install_action (widget_class, "diagnostic.import-file", "(ss)",
                                   import_file_action);
}

static void
diagnostic_page_class_finalize (DiagnosticPageClass *klass)
{
}

static void
diagnostic_page_init (DiagnosticPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->chart_themes = g_array_new (FALSE, FALSE, sizeof (DiagnosticTheme));

  add_column (self, _("Indicator"), name_text, "name", FALSE, FALSE, TRUE);
  add_column (self, _("Theme"), theme_text, "theme", TRUE, FALSE, FALSE);
  add_column (self, _("Scope"), scope_text, "scope", FALSE, FALSE, FALSE);
  add_column (self, _("Value"), value_text, "value", TRUE, TRUE, FALSE);
  add_column (self, _("Year"), year_text, "year", TRUE, TRUE, FALSE);
  add_column (self, _("Source"), source_text, "source", FALSE, FALSE, TRUE);
}

static void
bind_model (DiagnosticPage *self)
{
  GListModel *indicators = diagnostic_module_get_indicators (self->module);
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;

  self->filter = gtk_custom_filter_new (matches_search, self, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (indicators),
                                        g_object_ref (GTK_FILTER (self->filter)));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (indicators, "items-changed",
                           G_CALLBACK (indicators_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
bind_swot (DiagnosticPage *self)
{
  DiagnosticSwotList *lists[DIAGNOSTIC_N_SWOT_PARTS] = {
    [DIAGNOSTIC_SWOT_STRENGTHS] = self->strengths_list,
    [DIAGNOSTIC_SWOT_WEAKNESSES] = self->weaknesses_list,
    [DIAGNOSTIC_SWOT_OPPORTUNITIES] = self->opportunities_list,
    [DIAGNOSTIC_SWOT_THREATS] = self->threats_list,
  };

  for (guint i = 0; i < DIAGNOSTIC_N_SWOT_PARTS; i++)
    diagnostic_swot_list_set_list (lists[i], diagnostic_module_get_swot (self->module, i));
}

/**
 * diagnostic_page_new:
 * @module: a module loaded in a project
 *
 * Returns: (transfer floating): the module's editor page
 */
GtkWidget *
diagnostic_page_new (DiagnosticModule *module)
{
  DiagnosticPage *self;
  GtkTextBuffer *buffer;

  g_return_val_if_fail (DIAGNOSTIC_IS_MODULE (module), NULL);

  self = g_object_new (DIAGNOSTIC_TYPE_PAGE, NULL);
  self->module = g_object_ref (module);
  g_set_object (&self->territory, diagnostic_module_get_territory (module));

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_set_text (buffer, diagnostic_module_get_text (module), -1);
  /* Connected once the text is in: showing the page is not a change. */
  g_signal_connect_object (buffer, "changed", G_CALLBACK (text_changed_cb), self,
                           G_CONNECT_SWAPPED);

  bind_model (self);
  bind_swot (self);
  update_actions (self);
  _diagnostic_page_refresh_charts (self);

  if (self->territory != NULL)
    {
      g_signal_connect_object (self->territory, "notify::outlines",
                               G_CALLBACK (_diagnostic_page_queue_refresh), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (maillage_territory_get_communes (self->territory), "items-changed",
                               G_CALLBACK (_diagnostic_page_queue_refresh), self,
                               G_CONNECT_SWAPPED);
    }

  return GTK_WIDGET (self);
}

DiagnosticModule *
diagnostic_page_get_module (DiagnosticPage *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_PAGE (self), NULL);

  return self->module;
}

void
diagnostic_page_register_types (GTypeModule *module)
{
  diagnostic_page_register_type (module);
}
