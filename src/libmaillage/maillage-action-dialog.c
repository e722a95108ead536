/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-action-dialog.c: the editor of one action of the plan, every
 * field of it. The tables (partners, budget, co-financing, indicators)
 * are laid out by maillage-action-dialog-rows.c.
 */
#define G_LOG_DOMAIN "maillage-action-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "maillage-action.h"
#include "maillage-action-dialog.h"
#include "maillage-action-dialog-private.h"
#include "maillage-action-indicator.h"
#include "maillage-budget-line.h"
#include "maillage-cofinancing.h"
#include "maillage-format.h"
#include "maillage-project.h"

/**
 * MaillageActionDialog:
 *
 * Edits one action of the plan, or adds one: title, module, axis, pilot,
 * partners, start and end months, status, budget year by year
 * (*investissement* and *fonctionnement*), co-financing and indicators.
 *
 * Nothing is written into the action until the person saves, and only
 * once every field reads well: amounts are typed in euros the French way
 * (`12 500,50`) and a field that is not an amount, a year or a month is
 * shown in red with a message saying why. Cancelling, or closing the
 * window, leaves the action as it was. A new action gets the first free
 * id of the project (maillage_project_next_action_id()) and joins the
 * project when saved.
 *
 * The module of the action can be changed only when the caller lists the
 * modules to choose from, with their names
 * (maillage_action_dialog_set_modules()); otherwise the action stays with
 * its module, or, when added, with the module given to
 * maillage_action_dialog_new().
 */
G_DEFINE_FINAL_TYPE (MaillageActionDialog, maillage_action_dialog, GTK_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* In the order of MaillageActionStatus. */
static const char *
status_label (MaillageActionStatus status)
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

static const MaillageRowsColumn partner_columns[] = {
  { N_("Partner"), MAILLAGE_ROWS_TEXT },
};

static const MaillageRowsColumn budget_columns[] = {
  { N_("Year"), MAILLAGE_ROWS_YEAR },
  { N_("Investment (€)"), MAILLAGE_ROWS_AMOUNT },
  { N_("Operating (€)"), MAILLAGE_ROWS_AMOUNT },
};

static const MaillageRowsColumn cofinancing_columns[] = {
  { N_("Funder"), MAILLAGE_ROWS_TEXT },
  { N_("Amount (€)"), MAILLAGE_ROWS_AMOUNT },
};

static const MaillageRowsColumn indicator_columns[] = {
  { N_("Indicator"), MAILLAGE_ROWS_TEXT },
  { N_("Baseline"), MAILLAGE_ROWS_TEXT },
  { N_("Target"), MAILLAGE_ROWS_TEXT },
};

/* An amount as the form shows it: French digits, no euro sign, since the
 * column says the unit. */
static char *
amount_text (gint64 cents)
{
  g_autofree char *money = maillage_format_money (cents);
  const char *sign = strstr (money, "\u00a0€");

  return sign != NULL ? g_strndup (money, sign - money) : g_steal_pointer (&money);
}

static void
rows_changed_cb (gpointer user_data)
{
  _maillage_action_dialog_check (MAILLAGE_ACTION_DIALOG (user_data));
}

static void
field_changed_cb (MaillageActionDialog *self)
{
  _maillage_action_dialog_check (self);
}

/**
 * maillage_action_dialog_save:
 * @self: a #MaillageActionDialog
 *
 * Does what the Save button does: checks every field and, if all read
 * well, writes them into the action (adding it to the project if it is
 * new), emits [signal@Maillage.ActionDialog::saved] and closes the dialog.
 * Otherwise the problems are shown and nothing is written.
 *
 * Returns: whether the action was saved
 */
gboolean
maillage_action_dialog_save (MaillageActionDialog *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION_DIALOG (self), FALSE);

  self->tried = TRUE;
  if (_maillage_action_dialog_check (self) > 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
      return FALSE;
    }

  if (self->action == NULL)
    {
      g_autofree char *id = maillage_project_next_action_id (self->project);
      g_autoptr(MaillageAction) action = maillage_action_new (id, NULL);

      _maillage_action_dialog_apply (self, action);
      maillage_project_add_action (self->project, action);
      self->action = g_steal_pointer (&action);
    }
  else
    _maillage_action_dialog_apply (self, self->action);

  g_signal_emit (self, signals[SAVED], 0, self->action);
  gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}

static void
ok_clicked_cb (MaillageActionDialog *self)
{
  maillage_action_dialog_save (self);
}

/* Filling the form */

static void
axis_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MaillageActionDialog *self = MAILLAGE_ACTION_DIALOG (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->axis_entry), g_variant_get_string (parameter, NULL));
}

/* The axes the plan already uses, offered so that one axis is not typed
 * three ways. */
static void
fill_axis_menu (MaillageActionDialog *self)
{
  GListModel *actions = maillage_project_get_actions (self->project);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autofree gpointer *axes = NULL;
  guint n_axes;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (actions, i);
      const char *axis = maillage_action_get_axis (action);

      if (*axis != '\0')
        g_hash_table_add (seen, g_strdup (axis));
    }

  axes = g_hash_table_get_keys_as_array (seen, &n_axes);
  g_qsort_with_data (axes, n_axes, sizeof (gpointer),
                     (GCompareDataFunc) (void (*) (void)) g_utf8_collate, NULL);
  for (guint i = 0; i < n_axes; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (axes[i], NULL);

      g_menu_item_set_action_and_target_value (item, "dialog.axis", g_variant_new_string (axes[i]));
      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_menu_model (self->axis_button, G_MENU_MODEL (menu));
  gtk_widget_set_sensitive (GTK_WIDGET (self->axis_button), n_axes > 0);
}

static void
fill_form (MaillageActionDialog *self)
{
  MaillageAction *action = self->action;
  const char * const *partners;
  GListModel *model;

  fill_axis_menu (self);

  if (action == NULL)
    {
      /* A new action: one empty budget line to start from, this year's. */
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *year = g_strdup_printf ("%d", g_date_time_get_year (now));
      const char *values[] = { year, NULL, NULL };

      _maillage_rows_append (self->budget, values);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), maillage_action_get_title (action));
  gtk_editable_set_text (GTK_EDITABLE (self->axis_entry), maillage_action_get_axis (action));
  gtk_editable_set_text (GTK_EDITABLE (self->pilot_entry), maillage_action_get_pilot (action));
  gtk_editable_set_text (GTK_EDITABLE (self->start_entry), maillage_action_get_start (action));
  gtk_editable_set_text (GTK_EDITABLE (self->end_entry), maillage_action_get_end (action));
  gtk_drop_down_set_selected (self->status_dropdown, maillage_action_get_status (action));

  partners = maillage_action_get_partners (action);
  for (guint i = 0; partners[i] != NULL; i++)
    {
      const char *values[] = { partners[i] };

      _maillage_rows_append (self->partners, values);
    }

  model = maillage_action_get_budget (action);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MaillageBudgetLine) line = g_list_model_get_item (model, i);
      g_autofree char *year = g_strdup_printf ("%u", maillage_budget_line_get_year (line));
      g_autofree char *investment = amount_text (maillage_budget_line_get_investment (line));
      g_autofree char *operating = amount_text (maillage_budget_line_get_operating (line));
      const char *values[] = { year, investment, operating };

      _maillage_rows_append (self->budget, values);
    }

  model = maillage_action_get_cofinancing (action);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MaillageCofinancing) line = g_list_model_get_item (model, i);
      g_autofree char *amount = amount_text (maillage_cofinancing_get_amount (line));
      const char *values[] = { maillage_cofinancing_get_funder (line), amount };

      _maillage_rows_append (self->cofinancing, values);
    }

  model = maillage_action_get_indicators (action);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MaillageActionIndicator) indicator = g_list_model_get_item (model, i);
      const char *values[] = {
        maillage_action_indicator_get_name (indicator),
        maillage_action_indicator_get_baseline (indicator),
        maillage_action_indicator_get_target (indicator),
      };

      _maillage_rows_append (self->indicators, values);
    }
}

/**
 * maillage_action_dialog_set_modules:
 * @self: a #MaillageActionDialog
 * @ids: (array zero-terminated=1): the ids of the modules an action may
 *   belong to
 * @names: (array zero-terminated=1): their names, as the interface shows
 *   them, as many as @ids
 *
 * Lets the person move the action to another module, chosen by name. The
 * choices are "no module", then @ids, then the action's own module if it
 * is not among @ids (a module whose plugin is off keeps its actions).
 */
void
maillage_action_dialog_set_modules (MaillageActionDialog *self,
                                    const char * const   *ids,
                                    const char * const   *names)
{
  g_autoptr(GtkStringList) labels = NULL;
  const char *current;
  guint selected = 0;

  g_return_if_fail (MAILLAGE_IS_ACTION_DIALOG (self));
  g_return_if_fail (ids != NULL && names != NULL);
  g_return_if_fail (g_strv_length ((char **) ids) == g_strv_length ((char **) names));

  current = self->action != NULL ? maillage_action_get_module (self->action) : self->module_id;

  g_clear_pointer (&self->module_ids, g_ptr_array_unref);
  self->module_ids = g_ptr_array_new_with_free_func (g_free);
  labels = gtk_string_list_new (NULL);

  g_ptr_array_add (self->module_ids, g_strdup (""));
  gtk_string_list_append (labels, _("No module"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (g_strcmp0 (ids[i], current) == 0)
        selected = self->module_ids->len;
      g_ptr_array_add (self->module_ids, g_strdup (ids[i]));
      gtk_string_list_append (labels, names[i]);
    }
  if (current != NULL && *current != '\0' && selected == 0)
    {
      selected = self->module_ids->len;
      g_ptr_array_add (self->module_ids, g_strdup (current));
      gtk_string_list_append (labels, current);
    }

  gtk_drop_down_set_model (self->module_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->module_dropdown, selected);
  gtk_widget_set_visible (self->module_label, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->module_dropdown), TRUE);
}

/**
 * maillage_action_dialog_get_action:
 * @self: a #MaillageActionDialog
 *
 * Gets the action edited: the one given to maillage_action_dialog_new(),
 * or, for a new action, the one added to the project once saved.
 *
 * Returns: (transfer none) (nullable): the action, or %NULL for a new
 *   action not saved yet
 */
MaillageAction *
maillage_action_dialog_get_action (MaillageActionDialog *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION_DIALOG (self), NULL);

  return self->action;
}

static void
maillage_action_dialog_dispose (GObject *object)
{
  MaillageActionDialog *self = MAILLAGE_ACTION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MAILLAGE_TYPE_ACTION_DIALOG);
  g_clear_object (&self->project);
  g_clear_object (&self->action);

  G_OBJECT_CLASS (maillage_action_dialog_parent_class)->dispose (object);
}

static void
maillage_action_dialog_finalize (GObject *object)
{
  MaillageActionDialog *self = MAILLAGE_ACTION_DIALOG (object);

  g_clear_pointer (&self->partners, _maillage_rows_free);
  g_clear_pointer (&self->budget, _maillage_rows_free);
  g_clear_pointer (&self->cofinancing, _maillage_rows_free);
  g_clear_pointer (&self->indicators, _maillage_rows_free);
  g_clear_pointer (&self->module_ids, g_ptr_array_unref);
  g_free (self->module_id);

  G_OBJECT_CLASS (maillage_action_dialog_parent_class)->finalize (object);
}

static void
maillage_action_dialog_class_init (MaillageActionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = maillage_action_dialog_dispose;
  object_class->finalize = maillage_action_dialog_finalize;

  /**
   * MaillageActionDialog::saved:
   * @self: the #MaillageActionDialog
   * @action: the action written, new or edited
   *
   * Emitted once the fields have been written into @action, just before
   * the dialog closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, MAILLAGE_TYPE_ACTION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/libmaillage/maillage-action-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MaillageActionDialog, ok_button);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionDialog, title_entry);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionDialog, title_error);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionDialog, module_label);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionDialog, module_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionDialog, axis_entry);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionDialog, axis_button);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionDialog, pilot_entry);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionDialog, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionDialog, start_entry);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionDialog, end_entry);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionDialog, period_error);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionDialog, partners_box);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionDialog, budget_box);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionDialog, cofinancing_box);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionDialog, indicators_box);
  gtk_widget_class_bind_template_callback (widget_class, ok_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);

  gtk_widget_class_install_action (widget_class, "dialog.axis", "s", axis_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
maillage_action_dialog_init (MaillageActionDialog *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (MaillageActionStatus s = MAILLAGE_ACTION_STATUS_PLANNED; s <= MAILLAGE_ACTION_STATUS_CANCELLED; s++)
    gtk_string_list_append (statuses, status_label (s));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));

  /* Shown by maillage_action_dialog_set_modules() only. */
  gtk_widget_set_visible (self->module_label, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->module_dropdown), FALSE);

  self->partners = _maillage_rows_new (self->partners_box, "partner", _("Partners"), _("Add a _Partner"),
                                       partner_columns, G_N_ELEMENTS (partner_columns),
                                       rows_changed_cb, self);
  self->budget = _maillage_rows_new (self->budget_box, "budget", _("Budget"), _("Add a _Year"),
                                     budget_columns, G_N_ELEMENTS (budget_columns),
                                     rows_changed_cb, self);
  self->cofinancing = _maillage_rows_new (self->cofinancing_box, "cofinancing", _("Co-financing"),
                                          _("Add a _Funder"),
                                          cofinancing_columns, G_N_ELEMENTS (cofinancing_columns),
                                          rows_changed_cb, self);
  self->indicators = _maillage_rows_new (self->indicators_box, "indicator", _("Follow-up Indicators"),
                                         _("Add an _Indicator"),
                                         indicator_columns, G_N_ELEMENTS (indicator_columns),
                                         rows_changed_cb, self);

  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->ok_button));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
}

/**
 * maillage_action_dialog_new:
 * @project: the project the action belongs to, or will
 * @action: (nullable): the action to edit, or %NULL to add one
 * @module_id: (nullable): the module a new action belongs to, or %NULL
 *   for none; ignored when editing
 *
 * Creates the editor of @action, or of a new action of @project. Set its
 * transient parent and present it.
 *
 * Returns: (transfer none): a new #MaillageActionDialog, owned by GTK
 *   like every window
 */
GtkWidget *
maillage_action_dialog_new (MaillageProject *project,
                            MaillageAction  *action,
                            const char      *module_id)
{
  MaillageActionDialog *self;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (action == NULL || MAILLAGE_IS_ACTION (action), NULL);

  self = g_object_new (MAILLAGE_TYPE_ACTION_DIALOG, NULL);
  self->project = g_object_ref (project);
  self->action = action != NULL ? g_object_ref (action) : NULL;
  self->module_id = g_strdup (module_id != NULL ? module_id : "");

  if (action == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Action"));
      gtk_button_set_label (self->ok_button, _("_Add"));
    }
  else
    {
      g_autofree char *title = g_strdup_printf (_("Action %s"), maillage_action_get_id (action));

      gtk_window_set_title (GTK_WINDOW (self), title);
    }

  fill_form (self);
  _maillage_action_dialog_check (self);

  return GTK_WIDGET (self);
}
