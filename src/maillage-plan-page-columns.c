/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-plan-page-columns.c: the table of the « Plan d'actions » page,
 * one row per action: id, title, axis, module (by its name), pilot,
 * period, investment, operating, co-financing and status, each column
 * sortable; amounts right-aligned and sorted as numbers.
 */
#define G_LOG_DOMAIN "maillage-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-plan-page-private.h"

typedef struct _Column Column;

typedef char   *(*ColumnText)   (MaillagePlanPage *self,
                                 MaillageAction   *action);
typedef gint64  (*ColumnNumber) (MaillageAction   *action);

/* One column of the table: how to write a cell, and, for amounts and
 * statuses, the number to sort on instead of the text. */
struct _Column
{
  MaillagePlanPage *page;
  ColumnText        text;
  ColumnNumber      number;
  gboolean          amount;
  /* Short values (ids, statuses, amounts) are never cut: on a narrow
   * window the table scrolls sideways instead. */
  gboolean          ellipsize;
};

static char *
id_text (MaillagePlanPage *self,
         MaillageAction   *action)
{
  return g_strdup (maillage_action_get_id (action));
}

static char *
title_text (MaillagePlanPage *self,
            MaillageAction   *action)
{
  return g_strdup (maillage_action_get_title (action));
}

static char *
axis_text (MaillagePlanPage *self,
           MaillageAction   *action)
{
  const char *axis = maillage_action_get_axis (action);

  return g_strdup (*axis != '\0' ? axis : "—");
}

static char *
pilot_text (MaillagePlanPage *self,
            MaillageAction   *action)
{
  return g_strdup (maillage_action_get_pilot (action));
}

static char *
module_text (MaillagePlanPage *self,
             MaillageAction   *action)
{
  return _maillage_plan_page_module_name (self, maillage_action_get_module (action));
}

/* `2027-01` → `01/2027`, the way French tables write a month. */
static char *
month_text (const char *year_month)
{
  if (!maillage_action_year_month_is_valid (year_month))
    return g_strdup (*year_month != '\0' ? year_month : "…");

  return g_strdup_printf ("%.2s/%.4s", year_month + 5, year_month);
}

static char *
period_text (MaillagePlanPage *self,
             MaillageAction   *action)
{
  const char *start = maillage_action_get_start (action);
  const char *end = maillage_action_get_end (action);
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;

  if (*start == '\0' && *end == '\0')
    return g_strdup ("—");

  start_text = month_text (start);
  end_text = month_text (end);
  return g_strdup_printf ("%s – %s", start_text, end_text);
}

static char *
status_text (MaillagePlanPage *self,
             MaillageAction   *action)
{
  return g_strdup (_maillage_plan_page_status_text (maillage_action_get_status (action)));
}

static gint64
status_number (MaillageAction *action)
{
  return maillage_action_get_status (action);
}

static char *
investment_text (MaillagePlanPage *self,
                 MaillageAction   *action)
{
  return maillage_format_money (maillage_action_get_total_investment (action));
}

static char *
operating_text (MaillagePlanPage *self,
                MaillageAction   *action)
{
  return maillage_format_money (maillage_action_get_total_operating (action));
}

static char *
cofinancing_text (MaillagePlanPage *self,
                  MaillageAction   *action)
{
  return maillage_format_money (maillage_action_get_total_cofinancing (action));
}

static void
update_cell (GtkLabel       *label,
             MaillageAction *action)
{
  Column *column = g_object_get_data (G_OBJECT (label), "column");
  g_autofree char *text = column->text (column->page, action);

  gtk_label_set_label (label, text);
}

/* Long titles and pilots are cut: the tooltip gives them whole. Asked for
 * when shown rather than set on every bind, since setting a tooltip asks
 * the X server where the pointer is, and a thousand rows bind at once. */
static gboolean
query_tooltip_cb (GtkLabel   *label,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;

  gtk_tooltip_set_text (tooltip, gtk_label_get_label (label));
  return TRUE;
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               Column                   *column)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (column->ellipsize)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_has_tooltip (label, TRUE);
      g_signal_connect (label, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
    }
  gtk_label_set_xalign (GTK_LABEL (label), column->amount ? 1.0 : 0.0);
  if (column->amount)
    gtk_widget_add_css_class (label, "numeric");
  g_object_set_data (G_OBJECT (label), "column", column);
  gtk_list_item_set_child (item, label);
}

/* Actions change under the table (a module page or a dialog edits them):
 * each bound cell follows its action until it is recycled. */
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

/* Periods sort by their start, then their end, as `YYYY-MM` text does. */
static int
compare_periods (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  MaillageAction *action_a = (MaillageAction *) a;
  MaillageAction *action_b = (MaillageAction *) b;
  int order = g_strcmp0 (maillage_action_get_start (action_a), maillage_action_get_start (action_b));

  return order != 0 ? order : g_strcmp0 (maillage_action_get_end (action_a), maillage_action_get_end (action_b));
}

/* @fixed_width: -1 to fit the widest cell, else a width in pixels past
 * which cells are ellipsized; the expanding column takes what is left. */
static void
add_column (MaillagePlanPage *self,
            const char       *id,
            const char       *title,
            ColumnText        text,
            ColumnNumber      number,
            GtkSorter        *sorter,
            int               fixed_width,
            gboolean          expand)
{
  Column *column = g_new0 (Column, 1);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  column->page = self;
  column->text = text;
  column->number = number;
  column->amount = number != NULL && number != status_number;
  column->ellipsize = expand || fixed_width > 0;
  g_ptr_array_add (self->columns, column);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), column);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), column);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), column);

  view_column = gtk_column_view_column_new (title, factory);
  if (sorter == NULL)
    sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cells, column, NULL));
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_fixed_width (view_column, fixed_width);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);

  g_object_unref (sorter);
  g_object_unref (view_column);
}

static gint64
investment_number (MaillageAction *action)
{
  return maillage_action_get_total_investment (action);
}

static gint64
operating_number (MaillageAction *action)
{
  return maillage_action_get_total_operating (action);
}

static gint64
cofinancing_number (MaillageAction *action)
{
  return maillage_action_get_total_cofinancing (action);
}

void
_maillage_plan_page_add_columns (MaillagePlanPage *self)
{
  add_column (self, "id", _("ID"), id_text, NULL, NULL, -1, FALSE);
  add_column (self, "title", _("Title"), title_text, NULL, NULL, 240, TRUE);
  add_column (self, "axis", _("Axis"), axis_text, NULL, NULL, 150, FALSE);
  add_column (self, "module", _("Module"), module_text, NULL, NULL, 130, FALSE);
  add_column (self, "pilot", _("Pilot"), pilot_text, NULL, NULL, 140, FALSE);
  add_column (self, "period", _("Period"), period_text, NULL,
              GTK_SORTER (gtk_custom_sorter_new (compare_periods, NULL, NULL)), -1, FALSE);
  add_column (self, "investment", _("Investment"), investment_text, investment_number, NULL, -1, FALSE);
  add_column (self, "operating", _("Operating"), operating_text, operating_number, NULL, -1, FALSE);
  add_column (self, "cofinancing", _("Co-financing"), cofinancing_text, cofinancing_number, NULL, -1, FALSE);
  add_column (self, "status", _("Status"), status_text, status_number, NULL, -1, FALSE);
}
