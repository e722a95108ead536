/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-actions-page.c: the action plan, all modules together, in a
 * sortable table with its totals. Read-only for now: the modules own their
 * actions and edit them in their own pages.
 */
#define G_LOG_DOMAIN "maillage-actions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-actions-page.h"

typedef struct _Column Column;

struct _MaillageActionsPage
{
  AdwBin             parent_instance;

  MaillageProject   *project;
  MaillageModuleSet *module_set;
  GtkSortListModel  *sorted;
  GPtrArray         *columns;

  /* Template children */
  GtkStack          *stack;
  GtkColumnView     *column_view;
  GtkLabel          *count_label;
  GtkLabel          *amounts_label;
};

G_DEFINE_FINAL_TYPE (MaillageActionsPage, maillage_actions_page, ADW_TYPE_BIN)

typedef char   *(*ColumnText)   (MaillageActionsPage *self,
                                 MaillageAction      *action);
typedef gint64  (*ColumnNumber) (MaillageAction      *action);

/* One column of the table: how to write a cell, and, for amounts, the
 * number to sort on instead of the text. */
struct _Column
{
  MaillageActionsPage *page;
  ColumnText           text;
  ColumnNumber         number;
  /* Short values (ids, statuses, amounts) are never cut: on a narrow
   * window the table scrolls sideways instead. */
  gboolean             ellipsize;
};

static char *
id_text (MaillageActionsPage *self,
         MaillageAction      *action)
{
  return g_strdup (maillage_action_get_id (action));
}

static char *
title_text (MaillageActionsPage *self,
            MaillageAction      *action)
{
  return g_strdup (maillage_action_get_title (action));
}

static char *
pilot_text (MaillageActionsPage *self,
            MaillageAction      *action)
{
  return g_strdup (maillage_action_get_pilot (action));
}

/* The plugin's name reads better than the id; a module whose plugin is
 * off keeps its id. */
static char *
module_text (MaillageActionsPage *self,
             MaillageAction      *action)
{
  const char *id = maillage_action_get_module (action);
  MaillageModule *module = NULL;
  PeasPluginInfo *info = NULL;

  if (id == NULL || *id == '\0')
    return g_strdup ("—");

  if (self->module_set != NULL)
    module = maillage_module_set_find (self->module_set, id);
  if (module != NULL)
    info = maillage_module_set_get_plugin_info (self->module_set, module);

  return g_strdup (info != NULL ? peas_plugin_info_get_name (info) : id);
}

static char *
status_text (MaillageActionsPage *self,
             MaillageAction      *action)
{
  switch (maillage_action_get_status (action))
    {
    case MAILLAGE_ACTION_STATUS_PLANNED:
      return g_strdup (C_("action status", "Planned"));
    case MAILLAGE_ACTION_STATUS_IN_PROGRESS:
      return g_strdup (C_("action status", "In progress"));
    case MAILLAGE_ACTION_STATUS_DONE:
      return g_strdup (C_("action status", "Done"));
    case MAILLAGE_ACTION_STATUS_CANCELLED:
      return g_strdup (C_("action status", "Cancelled"));
    default:
      return g_strdup ("");
    }
}

static gint64
status_number (MaillageAction *action)
{
  return maillage_action_get_status (action);
}

static gint64
budget_number (MaillageAction *action)
{
  return maillage_action_get_total_investment (action) +
         maillage_action_get_total_operating (action);
}

static char *
budget_text (MaillageActionsPage *self,
             MaillageAction      *action)
{
  return maillage_format_money (budget_number (action));
}

static void
update_cell (GtkLabel       *label,
             MaillageAction *action)
{
  Column *column = g_object_get_data (G_OBJECT (label), "column");
  g_autofree char *text = column->text (column->page, action);

  gtk_label_set_label (label, text);
  /* Long titles and pilots are cut: the tooltip gives them whole. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), text);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               Column                   *column)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (column->ellipsize)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), column->number == budget_number ? 1.0 : 0.0);
  if (column->number == budget_number)
    gtk_widget_add_css_class (label, "numeric");
  g_object_set_data (G_OBJECT (label), "column", column);
  gtk_list_item_set_child (item, label);
}

/* Actions change under the table (a module edits them): each bound cell
 * follows its action until it is recycled. */
static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              Column                   *column)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  MaillageAction *action = gtk_list_item_get_item (item);

  update_cell (GTK_LABEL (label), action);
  g_signal_connect_object (action, "changed", G_CALLBACK (update_cell), label, G_CONNECT_SWAPPED);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                Column                   *column)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), update_cell,
                                        gtk_list_item_get_child (item));
}

static int
compare_cells (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  Column *column = user_data;
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;

  if (column->number != NULL)
    {
      gint64 number_a = column->number ((MaillageAction *) a);
      gint64 number_b = column->number ((MaillageAction *) b);

      return number_a < number_b ? -1 : number_a > number_b;
    }

  text_a = column->text (column->page, (MaillageAction *) a);
  text_b = column->text (column->page, (MaillageAction *) b);

  return g_utf8_collate (text_a, text_b);
}

/* @fixed_width: -1 to fit the widest cell, else a width in pixels past
 * which cells are ellipsized; the expanding column takes what is left. */
static void
add_column (MaillageActionsPage *self,
            const char          *title,
            ColumnText           text,
            ColumnNumber         number,
            int                  fixed_width,
            gboolean             expand)
{
  Column *column = g_new0 (Column, 1);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;
  GtkSorter *sorter;

  column->page = self;
  column->text = text;
  column->number = number;
  column->ellipsize = expand || fixed_width > 0;
  g_ptr_array_add (self->columns, column);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), column);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), column);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), column);

  view_column = gtk_column_view_column_new (title, factory);
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cells, column, NULL));
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_fixed_width (view_column, fixed_width);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);

  g_object_unref (sorter);
  g_object_unref (view_column);
}

static void
update_totals (MaillageActionsPage *self)
{
  GListModel *actions = maillage_project_get_actions (self->project);
  guint n_actions = g_list_model_get_n_items (actions);
  gint64 investment = 0, operating = 0, cofinancing = 0;
  g_autofree char *count = NULL;
  g_autofree char *investment_text = NULL;
  g_autofree char *operating_text = NULL;
  g_autofree char *cofinancing_text = NULL;
  g_autofree char *total_text = NULL;
  g_autofree char *amounts = NULL;

  for (guint i = 0; i < n_actions; i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (actions, i);

      investment += maillage_action_get_total_investment (action);
      operating += maillage_action_get_total_operating (action);
      cofinancing += maillage_action_get_total_cofinancing (action);
    }

  count = g_strdup_printf (ngettext ("%u action", "%u actions", n_actions), n_actions);
  investment_text = maillage_format_money (investment);
  operating_text = maillage_format_money (operating);
  cofinancing_text = maillage_format_money (cofinancing);
  total_text = maillage_format_money (investment + operating);
  /* Translators: the totals under the action plan */
  amounts = g_strdup_printf (_("Investment: %s   Operating: %s   Co-financing: %s   Total: %s"),
                             investment_text, operating_text, cofinancing_text, total_text);

  gtk_label_set_label (self->count_label, count);
  gtk_label_set_label (self->amounts_label, amounts);
  gtk_stack_set_visible_child_name (self->stack, n_actions > 0 ? "list" : "empty");
}

static void
disconnect_project (MaillageActionsPage *self)
{
  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->project, update_totals, self);
    }

  gtk_sort_list_model_set_model (self->sorted, NULL);
  g_clear_object (&self->project);
  g_clear_object (&self->module_set);
}

/**
 * maillage_actions_page_set_project:
 * @self: a #MaillageActionsPage
 * @project: (nullable): the project whose plan to show
 * @module_set: (nullable): its modules, for their names
 *
 * Shows the action plan of @project.
 */
void
maillage_actions_page_set_project (MaillageActionsPage *self,
                                   MaillageProject     *project,
                                   MaillageModuleSet   *module_set)
{
  GListModel *actions;

  g_return_if_fail (MAILLAGE_IS_ACTIONS_PAGE (self));
  g_return_if_fail (project == NULL || MAILLAGE_IS_PROJECT (project));
  g_return_if_fail (module_set == NULL || MAILLAGE_IS_MODULE_SET (module_set));

  disconnect_project (self);

  if (project == NULL)
    return;

  self->project = g_object_ref (project);
  self->module_set = module_set != NULL ? g_object_ref (module_set) : NULL;

  actions = maillage_project_get_actions (project);
  gtk_sort_list_model_set_model (self->sorted, actions);
  /* Covers actions added, removed and edited. */
  g_signal_connect_swapped (project, "changed", G_CALLBACK (update_totals), self);

  update_totals (self);
}

static void
maillage_actions_page_dispose (GObject *object)
{
  MaillageActionsPage *self = MAILLAGE_ACTIONS_PAGE (object);

  disconnect_project (self);

  /* The stack is both our template child and AdwBin's child: let AdwBin
   * drop it first, or the template would unparent it behind AdwBin's back. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MAILLAGE_TYPE_ACTIONS_PAGE);
  g_clear_object (&self->sorted);

  G_OBJECT_CLASS (maillage_actions_page_parent_class)->dispose (object);
}

static void
maillage_actions_page_finalize (GObject *object)
{
  MaillageActionsPage *self = MAILLAGE_ACTIONS_PAGE (object);

  g_clear_pointer (&self->columns, g_ptr_array_unref);

  G_OBJECT_CLASS (maillage_actions_page_parent_class)->finalize (object);
}

static void
maillage_actions_page_class_init (MaillageActionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = maillage_actions_page_dispose;
  object_class->finalize = maillage_actions_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/maillage-actions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MaillageActionsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionsPage, amounts_label);
}

static void
maillage_actions_page_init (MaillageActionsPage *self)
{
  GtkSorter *view_sorter;
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->columns = g_ptr_array_new_with_free_func (g_free);

  add_column (self, _("ID"), id_text, NULL, -1, FALSE);
  add_column (self, _("Title"), title_text, NULL, -1, TRUE);
  add_column (self, _("Module"), module_text, NULL, 140, FALSE);
  add_column (self, _("Pilot"), pilot_text, NULL, 200, FALSE);
  add_column (self, _("Status"), status_text, status_number, -1, FALSE);
  add_column (self, _("Total budget"), budget_text, budget_number, -1, FALSE);

  /* Clicking a header sorts on that column; the file's order otherwise. */
  view_sorter = gtk_column_view_get_sorter (self->column_view);
  self->sorted = gtk_sort_list_model_new (NULL, g_object_ref (view_sorter));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

GtkWidget *
maillage_actions_page_new (void)
{
  return g_object_new (MAILLAGE_TYPE_ACTIONS_PAGE, NULL);
}
