/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-plan-page.c: the « Plan d'actions » page: every action of the
 * strategy, all modules together, in a sortable table that the filters
 * (axis, module, status, text) narrow; added, edited (MaillageActionDialog)
 * and removed (with an undo toast) here; under the table, the totals and
 * the timeline of the actions shown. The table is in
 * maillage-plan-page-columns.c, the totals and the timeline in
 * maillage-plan-page-totals.c.
 */
#define G_LOG_DOMAIN "maillage-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-plan-page-private.h"

G_DEFINE_FINAL_TYPE (MaillagePlanPage, maillage_plan_page, ADW_TYPE_BIN)

const char *
_maillage_plan_page_status_text (MaillageActionStatus status)
{
  switch (status)
    {
    case MAILLAGE_ACTION_STATUS_PLANNED:
      return C_("action status", "Planned");
    case MAILLAGE_ACTION_STATUS_IN_PROGRESS:
      return C_("action status", "In progress");
    case MAILLAGE_ACTION_STATUS_DONE:
      return C_("action status", "Done");
    case MAILLAGE_ACTION_STATUS_CANCELLED:
      return C_("action status", "Cancelled");
    default:
      return "";
    }
}

/* The plugin's name reads better than the id; a module whose plugin is
 * off keeps its id. */
char *
_maillage_plan_page_module_name (MaillagePlanPage *self,
                                 const char       *module_id)
{
  MaillageModule *module = NULL;
  PeasPluginInfo *info = NULL;

  if (module_id == NULL || *module_id == '\0')
    return g_strdup (_("No module"));

  if (self->module_set != NULL)
    module = maillage_module_set_find (self->module_set, module_id);
  if (module != NULL)
    info = maillage_module_set_get_plugin_info (self->module_set, module);

  return g_strdup (info != NULL ? peas_plugin_info_get_name (info) : module_id);
}

/* Filtering */

static gboolean
matches_search (MaillagePlanPage *self,
                MaillageAction   *action)
{
  const char * const *partners;

  if (self->search == NULL)
    return TRUE;

  /* g_str_match_string() folds case and accents: « mediatheque » finds
   * « Médiathèque ». */
  if (g_str_match_string (self->search, maillage_action_get_title (action), TRUE) ||
      g_str_match_string (self->search, maillage_action_get_id (action), TRUE) ||
      g_str_match_string (self->search, maillage_action_get_pilot (action), TRUE))
    return TRUE;

  partners = maillage_action_get_partners (action);
  for (guint i = 0; partners[i] != NULL; i++)
    if (g_str_match_string (self->search, partners[i], TRUE))
      return TRUE;

  return FALSE;
}

static gboolean
filter_action (gpointer item,
               gpointer user_data)
{
  MaillagePlanPage *self = user_data;
  MaillageAction *action = item;

  if (self->axis_filter != NULL && g_strcmp0 (maillage_action_get_axis (action), self->axis_filter) != 0)
    return FALSE;
  if (self->module_filter != NULL && g_strcmp0 (maillage_action_get_module (action), self->module_filter) != 0)
    return FALSE;
  if (self->status_filter >= 0 && (int) maillage_action_get_status (action) != self->status_filter)
    return FALSE;

  return matches_search (self, action);
}

static gboolean
is_filtered (MaillagePlanPage *self)
{
  return self->axis_filter != NULL || self->module_filter != NULL ||
         self->status_filter >= 0 || self->search != NULL;
}

static const char *
chosen (GtkDropDown *dropdown,
        GPtrArray   *choices)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* The first entry is "all". */
  if (choices == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > choices->len)
    return NULL;

  return g_ptr_array_index (choices, selected - 1);
}

static void
update_count (MaillagePlanPage *self)
{
  guint n_all = g_list_model_get_n_items (maillage_project_get_actions (self->project));
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *count = NULL;

  if (is_filtered (self))
    /* Translators: shown above the action plan when filters hide some actions */
    count = g_strdup_printf (ngettext ("%u of %u action shown", "%u of %u actions shown", n_shown), n_shown, n_all);
  else
    count = g_strdup_printf (ngettext ("%u action", "%u actions", n_all), n_all);

  gtk_label_set_label (self->count_label, count);
  gtk_label_set_label (self->totals_heading, is_filtered (self) ? _("Totals of the Actions Shown") : _("Totals"));
  gtk_widget_set_visible (GTK_WIDGET (self->no_match_label), n_shown == 0 && n_all > 0);
  gtk_stack_set_visible_child_name (self->stack, n_all > 0 ? "list" : "empty");
}

static void
filters_changed_cb (MaillagePlanPage *self)
{
  const char *search;
  const char *axis;
  const char *module;
  guint status;

  if (self->filling || self->project == NULL)
    return;

  search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  axis = chosen (self->axis_dropdown, self->axis_choices);
  module = chosen (self->module_dropdown, self->module_choices);
  status = gtk_drop_down_get_selected (self->status_dropdown);

  g_free (self->search);
  self->search = *search != '\0' ? g_strdup (search) : NULL;
  g_free (self->axis_filter);
  self->axis_filter = g_strdup (axis);
  g_free (self->module_filter);
  self->module_filter = g_strdup (module);
  self->status_filter = status > 0 && status != GTK_INVALID_LIST_POSITION ? (int) status - 1 : -1;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

/* Refills a drop-down with "all" then @labels, keeping the choice
 * @current if it is still there. */
static void
fill_dropdown (MaillagePlanPage *self,
               GtkDropDown      *dropdown,
               const char       *all,
               GPtrArray        *choices,
               GPtrArray        *labels,
               const char       *current)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_string_list_append (strings, all);
  for (guint i = 0; i < labels->len; i++)
    {
      gtk_string_list_append (strings, g_ptr_array_index (labels, i));
      if (current != NULL && g_strcmp0 (g_ptr_array_index (choices, i), current) == 0)
        selected = i + 1;
    }

  self->filling = TRUE;
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (dropdown, selected);
  self->filling = FALSE;
}

static gboolean
same_choices (GPtrArray *old,
              GPtrArray *new)
{
  if (old == NULL || old->len != new->len)
    return FALSE;

  for (guint i = 0; i < old->len; i++)
    if (g_strcmp0 (g_ptr_array_index (old, i), g_ptr_array_index (new, i)) != 0)
      return FALSE;

  return TRUE;
}

/* The axes and modules the plan has, and the modules switched on. */
static void
update_choices (MaillagePlanPage *self)
{
  g_auto(GStrv) axes = maillage_plan_totals_list_keys (self->all_totals, MAILLAGE_PLAN_GROUP_AXIS);
  g_auto(GStrv) modules = maillage_plan_totals_list_keys (self->all_totals, MAILLAGE_PLAN_GROUP_MODULE);
  g_autoptr(GPtrArray) axis_choices = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) axis_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) module_choices = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) module_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; axes[i] != NULL; i++)
    {
      g_ptr_array_add (axis_choices, g_strdup (axes[i]));
      g_ptr_array_add (axis_labels, g_strdup (*axes[i] != '\0' ? axes[i] : _("No axis")));
    }

  for (guint i = 0; modules[i] != NULL; i++)
    {
      g_hash_table_add (seen, modules[i]);
      g_ptr_array_add (module_choices, g_strdup (modules[i]));
    }
  if (self->module_set != NULL)
    {
      guint n_modules = g_list_model_get_n_items (G_LIST_MODEL (self->module_set));

      for (guint i = 0; i < n_modules; i++)
        {
          g_autoptr(MaillageModule) module = g_list_model_get_item (G_LIST_MODEL (self->module_set), i);
          const char *id = maillage_module_get_id (module);

          if (id != NULL && !g_hash_table_contains (seen, id))
            g_ptr_array_add (module_choices, g_strdup (id));
        }
    }
  for (guint i = 0; i < module_choices->len; i++)
    g_ptr_array_add (module_labels, _maillage_plan_page_module_name (self, g_ptr_array_index (module_choices, i)));

  if (!same_choices (self->axis_choices, axis_choices))
    {
      fill_dropdown (self, self->axis_dropdown, _("All Axes"), axis_choices, axis_labels, self->axis_filter);
      g_clear_pointer (&self->axis_choices, g_ptr_array_unref);
      self->axis_choices = g_steal_pointer (&axis_choices);
    }
  if (!same_choices (self->module_choices, module_choices))
    {
      fill_dropdown (self, self->module_dropdown, _("All Modules"), module_choices, module_labels, self->module_filter);
      g_clear_pointer (&self->module_choices, g_ptr_array_unref);
      self->module_choices = g_steal_pointer (&module_choices);
    }

  /* A filter whose value vanished (its last action moved) shows all. */
  if (g_strcmp0 (chosen (self->axis_dropdown, self->axis_choices), self->axis_filter) != 0 ||
      g_strcmp0 (chosen (self->module_dropdown, self->module_choices), self->module_filter) != 0)
    filters_changed_cb (self);
}

/* Refreshing, once the main loop is idle, and only what is seen: a
 * hidden page (the window opens on the overview) is brought up to date
 * when it is shown. */

static void
refresh_now (MaillagePlanPage *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->stale = FALSE;
  if (self->project != NULL)
    {
      update_choices (self);
      update_count (self);
    }
  _maillage_plan_page_refresh (self);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  MaillagePlanPage *self = data;

  self->refresh_id = 0;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh_now (self);
  else
    self->stale = TRUE;

  return G_SOURCE_REMOVE;
}

static void
queue_refresh (MaillagePlanPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
  else if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

static void
maillage_plan_page_map (GtkWidget *widget)
{
  MaillagePlanPage *self = MAILLAGE_PLAN_PAGE (widget);

  GTK_WIDGET_CLASS (maillage_plan_page_parent_class)->map (widget);

  if (self->stale)
    refresh_now (self);
}

/* An edit may move an action in or out of the filters (its axis, its
 * title…): judge them all again, once. */
static gboolean
refilter_idle_cb (gpointer data)
{
  MaillagePlanPage *self = data;

  self->refilter_id = 0;
  if (self->filter != NULL && is_filtered (self))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);

  return G_SOURCE_REMOVE;
}

static void
project_changed_cb (MaillagePlanPage *self)
{
  if (self->refilter_id == 0)
    self->refilter_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE - 10, refilter_idle_cb, self, NULL);
}

/* Adding, editing, removing */

static MaillageAction *
selected_action (MaillagePlanPage *self)
{
  return self->selection != NULL ? gtk_single_selection_get_selected_item (self->selection) : NULL;
}

static void
update_actions (MaillagePlanPage *self)
{
  gboolean any = selected_action (self) != NULL;
  gboolean writable = self->project != NULL && !maillage_project_get_read_only (self->project);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.edit", any && writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.remove", any && writable);
}

static void
select_action (MaillagePlanPage *self,
               MaillageAction   *action)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MaillageAction) item = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (item == action)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

static void
dialog_saved_cb (MaillagePlanPage *self,
                 MaillageAction   *action)
{
  select_action (self, action);
}

static void
open_dialog (MaillagePlanPage *self,
             MaillageAction   *action)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) id_array = NULL;
  g_auto(GStrv) name_array = NULL;
  GtkWidget *dialog;
  GtkRoot *root;

  /* A new action goes to the module the table is narrowed to, if any. */
  dialog = maillage_action_dialog_new (self->project, action, action == NULL ? self->module_filter : NULL);

  if (self->module_set != NULL)
    {
      guint n_modules = g_list_model_get_n_items (G_LIST_MODEL (self->module_set));

      for (guint i = 0; i < n_modules; i++)
        {
          g_autoptr(MaillageModule) module = g_list_model_get_item (G_LIST_MODEL (self->module_set), i);
          g_autofree char *name = _maillage_plan_page_module_name (self, maillage_module_get_id (module));

          g_strv_builder_add (ids, maillage_module_get_id (module));
          g_strv_builder_add (names, name);
        }
    }
  id_array = g_strv_builder_end (ids);
  name_array = g_strv_builder_end (names);
  maillage_action_dialog_set_modules (MAILLAGE_ACTION_DIALOG (dialog),
                                      (const char * const *) id_array, (const char * const *) name_array);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (dialog_saved_cb), self, G_CONNECT_SWAPPED);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MaillagePlanPage *self = MAILLAGE_PLAN_PAGE (widget);

  if (self->project != NULL)
    open_dialog (self, NULL);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MaillagePlanPage *self = MAILLAGE_PLAN_PAGE (widget);
  MaillageAction *action = selected_action (self);

  if (action != NULL)
    open_dialog (self, action);
}

static void
row_activated_cb (MaillagePlanPage *self,
                  guint             position)
{
  g_autoptr(MaillageAction) action = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (action != NULL && !maillage_project_get_read_only (self->project))
    open_dialog (self, action);
}

/* A removed action, kept so that the toast can put it back. */
typedef struct
{
  GWeakRef        project;
  MaillageAction *action;
  guint           position;
} RemovedAction;

static void
removed_action_free (gpointer data)
{
  RemovedAction *removed = data;

  g_weak_ref_clear (&removed->project);
  g_object_unref (removed->action);
  g_free (removed);
}

static void
undo_remove_cb (AdwToast      *toast,
                RemovedAction *removed)
{
  g_autoptr(MaillageProject) project = g_weak_ref_get (&removed->project);

  /* Put back where it stood, and never twice, nor over an action that
   * took its id meanwhile. */
  if (project == NULL ||
      maillage_project_find_action (project, maillage_action_get_id (removed->action)) != NULL)
    return;

  maillage_project_insert_action (project, removed->position, removed->action);
}

static guint
position_in_plan (MaillageProject *project,
                  MaillageAction  *action)
{
  GListModel *actions = maillage_project_get_actions (project);
  guint n_items = g_list_model_get_n_items (actions);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MaillageAction) item = g_list_model_get_item (actions, i);

      if (item == action)
        return i;
    }

  return n_items;
}

static void
remove_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MaillagePlanPage *self = MAILLAGE_PLAN_PAGE (widget);
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_autoptr(MaillageAction) action = NULL;
  g_autofree char *title = NULL;
  RemovedAction *removed;
  AdwToast *toast;
  guint position;

  if (selected_action (self) == NULL)
    return;

  action = g_object_ref (selected_action (self));
  position = position_in_plan (self->project, action);
  maillage_project_remove_action (self->project, action);

  if (overlay == NULL)
    return;

  removed = g_new0 (RemovedAction, 1);
  g_weak_ref_init (&removed->project, self->project);
  removed->action = g_object_ref (action);
  removed->position = position;

  /* Toast titles are markup. */
  title = g_markup_printf_escaped (_("Action “%s” removed"), maillage_action_get_title (action));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb),
                         removed, (GClosureNotify) (void (*) (void)) removed_action_free, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* The project */

static void
disconnect_project (MaillagePlanPage *self)
{
  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->project, project_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->project, update_actions, self);
    }
  if (self->all_totals != NULL)
    g_signal_handlers_disconnect_by_func (self->all_totals, queue_refresh, self);
  if (self->totals != NULL)
    g_signal_handlers_disconnect_by_func (self->totals, queue_refresh, self);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->refilter_id, g_source_remove);
  if (self->filtered != NULL)
    gtk_filter_list_model_set_model (self->filtered, NULL);
  g_clear_object (&self->totals);
  g_clear_object (&self->all_totals);
  g_clear_object (&self->project);
  g_clear_object (&self->module_set);
}

/**
 * maillage_plan_page_set_project:
 * @self: a #MaillagePlanPage
 * @project: (nullable): the project whose plan to show
 * @module_set: (nullable): its modules, for their names
 *
 * Shows the action plan of @project.
 */
void
maillage_plan_page_set_project (MaillagePlanPage  *self,
                                MaillageProject   *project,
                                MaillageModuleSet *module_set)
{
  g_return_if_fail (MAILLAGE_IS_PLAN_PAGE (self));
  g_return_if_fail (project == NULL || MAILLAGE_IS_PROJECT (project));
  g_return_if_fail (module_set == NULL || MAILLAGE_IS_MODULE_SET (module_set));

  disconnect_project (self);

  if (project == NULL)
    {
      _maillage_plan_page_refresh (self);
      update_actions (self);
      return;
    }

  self->project = g_object_ref (project);
  self->module_set = module_set != NULL ? g_object_ref (module_set) : NULL;

  gtk_filter_list_model_set_model (self->filtered, maillage_project_get_actions (project));
  self->all_totals = maillage_plan_totals_new (maillage_project_get_actions (project));
  self->totals = maillage_plan_totals_new (G_LIST_MODEL (self->filtered));

  /* Covers actions added, removed and edited. */
  g_signal_connect_swapped (self->all_totals, "changed", G_CALLBACK (queue_refresh), self);
  g_signal_connect_swapped (self->totals, "changed", G_CALLBACK (queue_refresh), self);
  g_signal_connect_swapped (project, "changed", G_CALLBACK (project_changed_cb), self);
  g_signal_connect_swapped (project, "notify::read-only", G_CALLBACK (update_actions), self);
  if (module_set != NULL)
    g_signal_connect_object (module_set, "items-changed", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);

  /* The count decides between the list and the empty page; the rest
   * waits until the page is seen. */
  update_count (self);
  update_actions (self);
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh_now (self);
}

/**
 * maillage_plan_page_get_shown:
 * @self: a #MaillagePlanPage
 *
 * Returns: (transfer none): the actions the filters let through, in the
 *   order of the table
 */
GListModel *
maillage_plan_page_get_shown (MaillagePlanPage *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PLAN_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/**
 * maillage_plan_page_get_totals:
 * @self: a #MaillagePlanPage
 *
 * Returns: (transfer none) (nullable): the totals of the actions shown
 */
MaillagePlanTotals *
maillage_plan_page_get_totals (MaillagePlanPage *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PLAN_PAGE (self), NULL);

  return self->totals;
}

static void
maillage_plan_page_dispose (GObject *object)
{
  MaillagePlanPage *self = MAILLAGE_PLAN_PAGE (object);

  disconnect_project (self);

  /* The stack is both our template child and AdwBin's child: let AdwBin
   * drop it first, or the template would unparent it behind AdwBin's back. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MAILLAGE_TYPE_PLAN_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (maillage_plan_page_parent_class)->dispose (object);
}

static void
maillage_plan_page_finalize (GObject *object)
{
  MaillagePlanPage *self = MAILLAGE_PLAN_PAGE (object);

  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->axis_choices, g_ptr_array_unref);
  g_clear_pointer (&self->module_choices, g_ptr_array_unref);
  g_free (self->axis_filter);
  g_free (self->module_filter);
  g_free (self->search);

  G_OBJECT_CLASS (maillage_plan_page_parent_class)->finalize (object);
}

static void
maillage_plan_page_class_init (MaillagePlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = maillage_plan_page_dispose;
  object_class->finalize = maillage_plan_page_finalize;
  widget_class->map = maillage_plan_page_map;

  g_type_ensure (MAILLAGE_TYPE_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/maillage-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MaillagePlanPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MaillagePlanPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MaillagePlanPage, axis_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MaillagePlanPage, module_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MaillagePlanPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MaillagePlanPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MaillagePlanPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MaillagePlanPage, no_match_label);
  gtk_widget_class_bind_template_child (widget_class, MaillagePlanPage, totals_heading);
  gtk_widget_class_bind_template_child (widget_class, MaillagePlanPage, totals_box);
  gtk_widget_class_bind_template_child (widget_class, MaillagePlanPage, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, MaillagePlanPage, undated_label);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "plan.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "plan.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "plan.remove", NULL, remove_activated);
}

static void
maillage_plan_page_init (MaillagePlanPage *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkSorter *view_sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->columns = g_ptr_array_new_with_free_func (g_free);
  self->status_filter = -1;

  gtk_string_list_append (statuses, _("All Statuses"));
  for (MaillageActionStatus s = MAILLAGE_ACTION_STATUS_PLANNED; s <= MAILLAGE_ACTION_STATUS_CANCELLED; s++)
    gtk_string_list_append (statuses, _maillage_plan_page_status_text (s));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));

  _maillage_plan_page_add_columns (self);

  /* Clicking a header sorts on that column; the plan's order otherwise. */
  self->filter = gtk_custom_filter_new (filter_action, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  view_sorter = gtk_column_view_get_sorter (self->column_view);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), g_object_ref (view_sorter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (update_actions), self);

  update_actions (self);
}

GtkWidget *
maillage_plan_page_new (void)
{
  return g_object_new (MAILLAGE_TYPE_PLAN_PAGE, NULL);
}
