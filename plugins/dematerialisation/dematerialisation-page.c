/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dematerialisation-page.c: the editor of the Dématérialisation module, in
 * three views: the procedures (a list filtered by today's state, by
 * priority and by text, sorted by any column; add, edit, remove), the
 * summary (how many are online today and at the target, and the chart of
 * the procedures by state), and the module's actions of the plan.
 *
 * The list is a GtkColumnView over the module's GListStore, through a
 * GtkFilterListModel and a GtkSortListModel that the column headers drive.
 * The module replaces a procedure rather than changing it in place, so a
 * cell is set when bound and needs no watching.
 */
#define G_LOG_DOMAIN "dematerialisation-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dematerialisation-chart.h"
#include "dematerialisation-page.h"
#include "dematerialisation-procedure-dialog.h"

struct _DematerialisationPage
{
  AdwBin                   parent_instance;

  DematerialisationModule *module;
  gulong                   procedures_changed_id;

  GtkCustomFilter         *filter;
  GtkFilterListModel      *filter_model;
  GtkSortListModel        *sort_model;
  char                    *search_key;   /* casefolded, NULL when empty */
  GtkWidget               *chart_view;
  AdwToast                *undo_toast;   /* weak: the last removal's */

  /* Template children */
  AdwViewStack            *view_stack;
  GtkSearchEntry          *search_entry;
  GtkDropDown             *state_dropdown;
  GtkDropDown             *priority_dropdown;
  GtkLabel                *count_label;
  GtkStack                *list_stack;
  GtkColumnView           *column_view;
  GtkColumnViewColumn     *name_column;
  GtkColumnViewColumn     *audiences_column;
  GtkColumnViewColumn     *service_column;
  GtkColumnViewColumn     *state_column;
  GtkColumnViewColumn     *target_state_column;
  GtkColumnViewColumn     *priority_column;
  GtkColumnViewColumn     *target_date_column;
  GtkColumnViewColumn     *rgaa_column;
  GtkLabel                *online_label;
  GtkLabel                *partial_label;
  GtkLabel                *unassessed_label;
  AdwBin                  *chart_bin;
  AdwBin                  *actions_bin;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (DematerialisationPage, dematerialisation_page, ADW_TYPE_BIN,
                                G_TYPE_FLAG_FINAL, {})

enum {
  PROP_0,
  PROP_MODULE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The value chosen in a filter's drop-down, or -1 for the first choice,
 * “all”. */
static int
selected_value (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return -1;
  return (int) selected - 1;
}

static gboolean
contains_key (const char *text,
              const char *key)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return strstr (folded, key) != NULL;
}

static gboolean
filter_procedure (gpointer item,
                  gpointer user_data)
{
  DematerialisationPage *self = user_data;
  DematerialisationProcedure *procedure = item;
  int state = selected_value (self->state_dropdown);
  int priority = selected_value (self->priority_dropdown);

  if (state >= 0 && dematerialisation_procedure_get_state (procedure) != (guint) state)
    return FALSE;
  if (priority >= 0 && dematerialisation_procedure_get_priority (procedure) != (guint) priority)
    return FALSE;

  if (self->search_key != NULL)
    return contains_key (dematerialisation_procedure_get_name (procedure), self->search_key) ||
           contains_key (dematerialisation_procedure_get_service (procedure), self->search_key) ||
           contains_key (dematerialisation_procedure_get_platform (procedure), self->search_key);

  return TRUE;
}

static void
update_count (DematerialisationPage *self)
{
  GListModel *procedures = dematerialisation_module_get_procedures (self->module);
  guint n = g_list_model_get_n_items (procedures);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint today[DEMATERIALISATION_N_STATES];
  guint target[DEMATERIALISATION_N_STATES];
  g_autofree char *total = NULL;
  g_autofree char *text = NULL;

  dematerialisation_module_count_states (self->module, today, target);
  total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u procedure", "%u procedures", n), n);
  /* Translators: “15 procedures — fully online: 4 today, 12 at the target” */
  text = g_strdup_printf (_("%s — fully online: %u today, %u at the target"),
                          total, today[DEMATERIALISATION_STATE_ONLINE], target[DEMATERIALISATION_STATE_ONLINE]);

  if (shown != n)
    {
      g_autofree char *with_shown = NULL;

      /* Translators: “15 procedures — …; 4 shown” */
      with_shown = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %u shown", "%s; %u shown", shown),
                                    text, shown);
      g_free (text);
      text = g_steal_pointer (&with_shown);
    }

  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
}

static void
update_summary (DematerialisationPage *self)
{
  GListModel *procedures = dematerialisation_module_get_procedures (self->module);
  guint n = g_list_model_get_n_items (procedures);
  guint today[DEMATERIALISATION_N_STATES];
  guint target[DEMATERIALISATION_N_STATES];
  guint unassessed = 0;
  g_autofree char *online = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *unassessed_text = NULL;
  g_autoptr(MaillageChart) chart = NULL;

  dematerialisation_module_count_states (self->module, today, target);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DematerialisationProcedure) procedure = g_list_model_get_item (procedures, i);

      if (dematerialisation_procedure_is_online (procedure) &&
          dematerialisation_procedure_get_rgaa (procedure) == DEMATERIALISATION_RGAA_NOT_ASSESSED)
        unassessed++;
    }

  /* Translators: how many procedures, “4 today, 12 at the target” */
  online = g_strdup_printf (_("%u today, %u at the target"),
                            today[DEMATERIALISATION_STATE_ONLINE], target[DEMATERIALISATION_STATE_ONLINE]);
  partial = g_strdup_printf (_("%u today, %u at the target"),
                             today[DEMATERIALISATION_STATE_PARTIAL], target[DEMATERIALISATION_STATE_PARTIAL]);
  unassessed_text = g_strdup_printf ("%u", unassessed);
  gtk_label_set_text (self->online_label, online);
  gtk_label_set_text (self->partial_label, partial);
  gtk_label_set_text (self->unassessed_label, unassessed_text);

  chart = dematerialisation_chart_new_by_state (today, target, FALSE);
  maillage_chart_view_set_chart (MAILLAGE_CHART_VIEW (self->chart_view), chart);
}

static void
filter_changed_cb (DematerialisationPage *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->filter == NULL)
    return;

  g_clear_pointer (&self->search_key, g_free);
  if (*query != '\0')
    self->search_key = g_utf8_casefold (query, -1);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

static void
procedures_changed_cb (GListModel            *procedures,
                       guint                  position,
                       guint                  removed,
                       guint                  added,
                       DematerialisationPage *self)
{
  update_count (self);
  update_summary (self);
}

static DematerialisationProcedure *
selected_procedure (DematerialisationPage *self)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (self->column_view);

  return gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (selection));
}

/* Adding and editing share one modal dialog, which changes the module
 * only when its OK button is pressed. */
static void
open_dialog (DematerialisationPage      *self,
             DematerialisationProcedure *procedure)
{
  DematerialisationProcedureDialog *dialog = dematerialisation_procedure_dialog_new (self->module, procedure);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_dialog (DEMATERIALISATION_PAGE (widget), NULL);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DematerialisationPage *self = DEMATERIALISATION_PAGE (widget);
  DematerialisationProcedure *procedure = selected_procedure (self);

  if (procedure != NULL)
    open_dialog (self, procedure);
}

static void
undo_remove_cb (AdwToast              *toast,
                DematerialisationPage *self)
{
  DematerialisationProcedure *procedure = g_object_get_data (G_OBJECT (toast), "dematerialisation-procedure");
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toast), "dematerialisation-position"));

  dematerialisation_module_insert_procedure (self->module, position, procedure);
}

/* Removes at once, and offers to undo in a toast when the page stands in
 * a toast overlay (the window's). */
static void
remove_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DematerialisationPage *self = DEMATERIALISATION_PAGE (widget);
  DematerialisationProcedure *procedure = selected_procedure (self);
  GListModel *procedures = dematerialisation_module_get_procedures (self->module);
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint position;

  if (procedure == NULL || !g_list_store_find (G_LIST_STORE (procedures), procedure, &position))
    return;

  g_object_ref (procedure);
  dematerialisation_module_remove_procedure (self->module, procedure);
  if (overlay == NULL)
    {
      g_object_unref (procedure);
      return;
    }

  /* Translators: a toast after a procedure was removed */
  title = g_strdup_printf (_("“%s” removed"), dematerialisation_procedure_get_name (procedure));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "dematerialisation-procedure", procedure, g_object_unref);
  g_object_set_data (G_OBJECT (toast), "dematerialisation-position", GUINT_TO_POINTER (position));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_remove_cb), self, 0);
  g_clear_weak_pointer (&self->undo_toast);
  g_set_weak_pointer (&self->undo_toast, toast);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
row_activated_cb (GtkColumnView         *column_view,
                  guint                  position,
                  DematerialisationPage *self)
{
  g_autoptr(DematerialisationProcedure) procedure =
    g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  if (procedure != NULL)
    open_dialog (self, procedure);
}

static void
selection_changed_cb (GtkSingleSelection    *selection,
                      GParamSpec            *pspec,
                      DematerialisationPage *self)
{
  gboolean selected = gtk_single_selection_get_selected_item (selection) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dematerialisation.remove", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dematerialisation.edit", selected);
}

/* The text of a cell. */
typedef char *(*CellText) (DematerialisationProcedure *procedure);

static char *
name_text (DematerialisationProcedure *procedure)
{
  return g_strdup (dematerialisation_procedure_get_name (procedure));
}

static char *
audiences_text (DematerialisationProcedure *procedure)
{
  return dematerialisation_audiences_label (dematerialisation_procedure_get_audiences (procedure), FALSE);
}

static char *
service_text (DematerialisationProcedure *procedure)
{
  return g_strdup (dematerialisation_procedure_get_service (procedure));
}

static char *
state_text (DematerialisationProcedure *procedure)
{
  return g_strdup (dematerialisation_list_label (DEMATERIALISATION_LIST_STATE,
                                                 dematerialisation_procedure_get_state (procedure)));
}

static char *
target_state_text (DematerialisationProcedure *procedure)
{
  return g_strdup (dematerialisation_list_label (DEMATERIALISATION_LIST_STATE,
                                                 dematerialisation_procedure_get_target_state (procedure)));
}

static char *
priority_text (DematerialisationProcedure *procedure)
{
  return g_strdup (dematerialisation_list_label (DEMATERIALISATION_LIST_PRIORITY,
                                                 dematerialisation_procedure_get_priority (procedure)));
}

static char *
target_date_text (DematerialisationProcedure *procedure)
{
  return dematerialisation_format_month (dematerialisation_procedure_get_target_date (procedure), FALSE);
}

static char *
rgaa_text (DematerialisationProcedure *procedure)
{
  DematerialisationRgaa rgaa = dematerialisation_procedure_get_rgaa (procedure);
  int rate = dematerialisation_procedure_get_rgaa_rate (procedure);
  const char *label = dematerialisation_list_label (DEMATERIALISATION_LIST_RGAA, rgaa);

  if (rate == DEMATERIALISATION_UNKNOWN)
    return g_strdup (label);
  /* Translators: an RGAA level and its compliance rate, “Partially compliant (72 %)” */
  return g_strdup_printf (_("%s (%d %%)"), label, rate);
}

/* Tooltips are asked for when shown rather than set on each cell: setting
 * them makes GTK ask the display server where the pointer is, for every
 * cell bound (see mediation-page.c). */
static gboolean
label_query_tooltip_cb (GtkLabel   *label,
                        int         x,
                        int         y,
                        gboolean    keyboard,
                        GtkTooltip *tooltip,
                        gpointer    user_data)
{
  const char *text = gtk_label_get_text (label);

  if (*text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Names of procedures and services are long: two lines each, then
   * an ellipsis and the whole text in the tooltip. */
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (label_query_tooltip_cb), NULL);
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         CellText                  cell_text)
{
  g_autofree char *text = cell_text (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
set_factory (GtkColumnViewColumn *column,
             CellText             cell_text)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), cell_text);
  gtk_column_view_column_set_factory (column, factory);
}

static GListModel *
choices (const char            *all,
         DematerialisationList  list)
{
  GtkStringList *strings = gtk_string_list_new (NULL);

  gtk_string_list_append (strings, all);
  for (guint i = 0; i < dematerialisation_list_size (list); i++)
    gtk_string_list_append (strings, dematerialisation_list_label (list, i));

  return G_LIST_MODEL (strings);
}

static void
setup_list (DematerialisationPage *self)
{
  GListModel *procedures = dematerialisation_module_get_procedures (self->module);
  g_autoptr(GListModel) states = choices (_("All states"), DEMATERIALISATION_LIST_STATE);
  g_autoptr(GListModel) priorities = choices (_("All priorities"), DEMATERIALISATION_LIST_PRIORITY);
  GtkSingleSelection *selection;
  GtkSorter *sorter;

  set_factory (self->name_column, name_text);
  set_factory (self->audiences_column, audiences_text);
  set_factory (self->service_column, service_text);
  set_factory (self->state_column, state_text);
  set_factory (self->target_state_column, target_state_text);
  set_factory (self->priority_column, priority_text);
  set_factory (self->target_date_column, target_date_text);
  set_factory (self->rgaa_column, rgaa_text);

  gtk_drop_down_set_model (self->state_dropdown, states);
  gtk_drop_down_set_model (self->priority_dropdown, priorities);

  self->filter = gtk_custom_filter_new (filter_procedure, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (procedures),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (sorter));

  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self, 0);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dematerialisation.remove", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dematerialisation.edit", FALSE);
  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (row_activated_cb), self, 0);

  self->procedures_changed_id = g_signal_connect (procedures, "items-changed",
                                                  G_CALLBACK (procedures_changed_cb), self);
}

/* The module's actions of the plan, listed by libmaillage's widget, which
 * adds and edits them in the project itself. */
static void
setup_actions (DematerialisationPage *self)
{
  MaillageProject *project = maillage_module_get_project (MAILLAGE_MODULE (self->module));

  if (project != NULL)
    adw_bin_set_child (self->actions_bin,
                       maillage_action_list_new (project, maillage_module_get_id (MAILLAGE_MODULE (self->module))));
}

static void
dematerialisation_page_constructed (GObject *object)
{
  DematerialisationPage *self = DEMATERIALISATION_PAGE (object);

  G_OBJECT_CLASS (dematerialisation_page_parent_class)->constructed (object);

  g_return_if_fail (self->module != NULL);

  self->chart_view = maillage_chart_view_new (NULL);
  adw_bin_set_child (self->chart_bin, self->chart_view);

  setup_list (self);
  setup_actions (self);
  update_count (self);
  update_summary (self);
}

static void
dematerialisation_page_dispose (GObject *object)
{
  DematerialisationPage *self = DEMATERIALISATION_PAGE (object);

  if (self->module != NULL)
    g_clear_signal_handler (&self->procedures_changed_id, dematerialisation_module_get_procedures (self->module));

  gtk_widget_dispose_template (GTK_WIDGET (self), DEMATERIALISATION_TYPE_PAGE);

  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->module);
  g_clear_pointer (&self->search_key, g_free);
  g_clear_weak_pointer (&self->undo_toast);

  G_OBJECT_CLASS (dematerialisation_page_parent_class)->dispose (object);
}

static void
dematerialisation_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  DematerialisationPage *self = DEMATERIALISATION_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODULE:
      g_value_set_object (value, self->module);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dematerialisation_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  DematerialisationPage *self = DEMATERIALISATION_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODULE:
      self->module = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dematerialisation_page_class_init (DematerialisationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dematerialisation_page_constructed;
  object_class->dispose = dematerialisation_page_dispose;
  object_class->get_property = dematerialisation_page_get_property;
  object_class->set_property = dematerialisation_page_set_property;

  properties[PROP_MODULE] =
    g_param_spec_object ("module", NULL, NULL, DEMATERIALISATION_TYPE_MODULE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The sorters' expressions look the type up by name. */
  g_type_ensure (DEMATERIALISATION_TYPE_PROCEDURE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/dematerialisation/"
                                               "dematerialisation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, priority_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, audiences_column);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, service_column);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, state_column);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, target_state_column);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, priority_column);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, target_date_column);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, rgaa_column);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, online_label);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, partial_label);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, unassessed_label);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, chart_bin);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationPage, actions_bin);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "dematerialisation.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "dematerialisation.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "dematerialisation.remove", NULL, remove_activated);
}

static void
dematerialisation_page_class_finalize (DematerialisationPageClass *klass)
{
}

static void
dematerialisation_page_init (DematerialisationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
dematerialisation_page_new (DematerialisationModule *module)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_MODULE (module), NULL);

  return g_object_new (DEMATERIALISATION_TYPE_PAGE, "module", module, NULL);
}

/**
 * dematerialisation_page_get_view_model:
 *
 * Returns: (transfer none): the procedures as the list shows them:
 *   filtered and sorted
 */
GListModel *
dematerialisation_page_get_view_model (DematerialisationPage *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PAGE (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

/**
 * dematerialisation_page_get_chart:
 *
 * Returns: (transfer none): the chart the summary shows
 */
MaillageChart *
dematerialisation_page_get_chart (DematerialisationPage *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PAGE (self), NULL);

  return maillage_chart_view_get_chart (MAILLAGE_CHART_VIEW (self->chart_view));
}

/**
 * dematerialisation_page_get_undo_toast:
 *
 * For the tests.
 *
 * Returns: (transfer none) (nullable): the toast that offers to undo the
 *   last removal, while it is shown
 */
AdwToast *
dematerialisation_page_get_undo_toast (DematerialisationPage *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PAGE (self), NULL);

  return self->undo_toast;
}

void
dematerialisation_page_register (GTypeModule *module)
{
  dematerialisation_page_register_type (module);
}
