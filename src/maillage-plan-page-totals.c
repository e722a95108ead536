/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-plan-page-totals.c: under the table of the « Plan d'actions »
 * page, the totals of the actions shown — by year, axis, module and
 * funder, from MaillagePlanTotals — and their timeline.
 */
#define G_LOG_DOMAIN "maillage-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-plan-page-private.h"

typedef enum
{
  CELL_TEXT,
  CELL_HEADER,
  CELL_AMOUNT,
  CELL_TOTAL_TEXT,
  CELL_TOTAL_AMOUNT,
} CellKind;

static void
attach (GtkGrid    *grid,
        int         column,
        int         row,
        const char *text,
        CellKind    kind)
{
  GtkWidget *label = gtk_label_new (text);
  gboolean amount = kind == CELL_AMOUNT || kind == CELL_TOTAL_AMOUNT;

  gtk_label_set_xalign (GTK_LABEL (label), amount || (kind == CELL_HEADER && column > 0) ? 1.0 : 0.0);
  if (kind == CELL_TEXT)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
      gtk_widget_set_hexpand (label, TRUE);
    }
  if (amount)
    gtk_widget_add_css_class (label, "numeric");
  if (kind == CELL_HEADER)
    {
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption-heading");
    }
  if (kind == CELL_TOTAL_TEXT || kind == CELL_TOTAL_AMOUNT)
    gtk_widget_add_css_class (label, "heading");
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

static void
attach_money (GtkGrid  *grid,
              int       column,
              int       row,
              gint64    cents,
              gboolean  total)
{
  g_autofree char *text = maillage_format_money (cents);

  attach (grid, column, row, text, total ? CELL_TOTAL_AMOUNT : CELL_AMOUNT);
}

static void
attach_count (GtkGrid  *grid,
              int       column,
              int       row,
              guint     count,
              gboolean  total)
{
  g_autofree char *text = maillage_format_integer (count);

  attach (grid, column, row, text, total ? CELL_TOTAL_AMOUNT : CELL_AMOUNT);
}

/* A titled table in a card, appended to @parent. */
static GtkGrid *
new_table (GtkWidget  *parent,
           const char *name,
           const char *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *grid = gtk_grid_new ();

  gtk_widget_add_css_class (box, "card");
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_set_name (box, name);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 12);
  gtk_widget_set_margin_start (heading, 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_widget_set_margin_bottom (grid, 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), grid);
  if (GTK_IS_FLOW_BOX (parent))
    gtk_flow_box_append (GTK_FLOW_BOX (parent), box);
  else
    gtk_box_append (GTK_BOX (parent), box);

  return GTK_GRID (grid);
}

static void
fill_by_year (MaillagePlanPage *self,
              GtkWidget        *parent)
{
  GtkGrid *grid = new_table (parent, "totals-year", _("By Year"));
  g_auto(GStrv) years = maillage_plan_totals_list_keys (self->totals, MAILLAGE_PLAN_GROUP_YEAR);
  MaillagePlanTotals *t = self->totals;
  int row = 1;

  attach (grid, 0, 0, _("Year"), CELL_HEADER);
  attach (grid, 1, 0, _("Investment"), CELL_HEADER);
  attach (grid, 2, 0, _("Operating"), CELL_HEADER);
  attach (grid, 3, 0, _("Total"), CELL_HEADER);

  for (guint i = 0; years[i] != NULL; i++, row++)
    {
      gint64 investment = maillage_plan_totals_get_investment (t, MAILLAGE_PLAN_GROUP_YEAR, years[i]);
      gint64 operating = maillage_plan_totals_get_operating (t, MAILLAGE_PLAN_GROUP_YEAR, years[i]);

      attach (grid, 0, row, years[i], CELL_TEXT);
      attach_money (grid, 1, row, investment, FALSE);
      attach_money (grid, 2, row, operating, FALSE);
      attach_money (grid, 3, row, investment + operating, FALSE);
    }

  attach (grid, 0, row, _("Total"), CELL_TOTAL_TEXT);
  attach_money (grid, 1, row, maillage_plan_totals_get_investment (t, MAILLAGE_PLAN_GROUP_YEAR, NULL), TRUE);
  attach_money (grid, 2, row, maillage_plan_totals_get_operating (t, MAILLAGE_PLAN_GROUP_YEAR, NULL), TRUE);
  attach_money (grid, 3, row,
                maillage_plan_totals_get_investment (t, MAILLAGE_PLAN_GROUP_YEAR, NULL) +
                maillage_plan_totals_get_operating (t, MAILLAGE_PLAN_GROUP_YEAR, NULL), TRUE);
}

static char *
group_label (MaillagePlanPage  *self,
             MaillagePlanGroup  group,
             const char        *key)
{
  if (group == MAILLAGE_PLAN_GROUP_MODULE)
    return _maillage_plan_page_module_name (self, key);
  if (*key == '\0')
    return g_strdup (group == MAILLAGE_PLAN_GROUP_AXIS ? _("No axis") : "—");

  return g_strdup (key);
}

/* By axis or by module: the actions, their budget and their co-financing. */
static void
fill_by_group (MaillagePlanPage  *self,
               MaillagePlanGroup  group,
               const char        *name,
               const char        *title,
               const char        *key_header)
{
  GtkGrid *grid = new_table (GTK_WIDGET (self->totals_box), name, title);
  g_auto(GStrv) keys = maillage_plan_totals_list_keys (self->totals, group);
  MaillagePlanTotals *t = self->totals;
  int row = 1;

  attach (grid, 0, 0, key_header, CELL_HEADER);
  attach (grid, 1, 0, _("Actions"), CELL_HEADER);
  attach (grid, 2, 0, _("Investment"), CELL_HEADER);
  attach (grid, 3, 0, _("Operating"), CELL_HEADER);
  attach (grid, 4, 0, _("Co-financing"), CELL_HEADER);

  for (guint i = 0; keys[i] != NULL; i++, row++)
    {
      g_autofree char *label = group_label (self, group, keys[i]);

      attach (grid, 0, row, label, CELL_TEXT);
      attach_count (grid, 1, row, maillage_plan_totals_get_n_actions (t, group, keys[i]), FALSE);
      attach_money (grid, 2, row, maillage_plan_totals_get_investment (t, group, keys[i]), FALSE);
      attach_money (grid, 3, row, maillage_plan_totals_get_operating (t, group, keys[i]), FALSE);
      attach_money (grid, 4, row, maillage_plan_totals_get_cofinancing (t, group, keys[i]), FALSE);
    }

  attach (grid, 0, row, _("Total"), CELL_TOTAL_TEXT);
  attach_count (grid, 1, row, maillage_plan_totals_get_n_actions (t, group, NULL), TRUE);
  attach_money (grid, 2, row, maillage_plan_totals_get_investment (t, group, NULL), TRUE);
  attach_money (grid, 3, row, maillage_plan_totals_get_operating (t, group, NULL), TRUE);
  attach_money (grid, 4, row, maillage_plan_totals_get_cofinancing (t, group, NULL), TRUE);
}

static void
fill_by_funder (MaillagePlanPage *self,
                GtkWidget        *parent)
{
  GtkGrid *grid = new_table (parent, "totals-funder", _("By Funder"));
  g_auto(GStrv) funders = maillage_plan_totals_list_keys (self->totals, MAILLAGE_PLAN_GROUP_FUNDER);
  MaillagePlanTotals *t = self->totals;
  int row = 1;

  attach (grid, 0, 0, _("Funder"), CELL_HEADER);
  attach (grid, 1, 0, _("Actions"), CELL_HEADER);
  attach (grid, 2, 0, _("Co-financing"), CELL_HEADER);

  for (guint i = 0; funders[i] != NULL; i++, row++)
    {
      g_autofree char *label = group_label (self, MAILLAGE_PLAN_GROUP_FUNDER, funders[i]);

      attach (grid, 0, row, label, CELL_TEXT);
      attach_count (grid, 1, row, maillage_plan_totals_get_n_actions (t, MAILLAGE_PLAN_GROUP_FUNDER, funders[i]), FALSE);
      attach_money (grid, 2, row, maillage_plan_totals_get_cofinancing (t, MAILLAGE_PLAN_GROUP_FUNDER, funders[i]), FALSE);
    }

  attach (grid, 0, row, _("Total"), CELL_TOTAL_TEXT);
  attach (grid, 1, row, "", CELL_TOTAL_AMOUNT);
  attach_money (grid, 2, row, maillage_plan_totals_get_cofinancing (t, MAILLAGE_PLAN_GROUP_YEAR, NULL), TRUE);
}

/* The actions shown, by axis in the order of the axes, each from its
 * first month to its last; those without both dates are counted apart. */
static void
add_task (MaillageChart  *chart,
          MaillageAction *action,
          const char     *group)
{
  const char *start = maillage_action_get_start (action);
  const char *end = maillage_action_get_end (action);

  maillage_chart_add_task (chart, maillage_action_get_title (action), group,
                           (guint) g_ascii_strtoull (start, NULL, 10),
                           (guint) g_ascii_strtoull (start + 5, NULL, 10),
                           (guint) g_ascii_strtoull (end, NULL, 10),
                           (guint) g_ascii_strtoull (end + 5, NULL, 10));
}

static void
fill_timeline (MaillagePlanPage *self)
{
  g_autoptr(MaillageChart) chart = maillage_chart_new_timeline (NULL);
  g_auto(GStrv) axes = maillage_plan_totals_list_keys (self->totals, MAILLAGE_PLAN_GROUP_AXIS);
  g_autoptr(GHashTable) by_axis = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  GListModel *shown = G_LIST_MODEL (self->filtered);
  guint n_shown = g_list_model_get_n_items (shown);
  guint n_undated = 0;

  for (guint a = 0; axes[a] != NULL; a++)
    g_hash_table_insert (by_axis, axes[a], g_ptr_array_new_with_free_func (g_object_unref));

  for (guint i = 0; i < n_shown; i++)
    {
      MaillageAction *action = g_list_model_get_item (shown, i);
      GPtrArray *of_axis = g_hash_table_lookup (by_axis, maillage_action_get_axis (action));

      if (of_axis == NULL ||
          !maillage_action_year_month_is_valid (maillage_action_get_start (action)) ||
          !maillage_action_year_month_is_valid (maillage_action_get_end (action)))
        {
          n_undated += of_axis != NULL;
          g_object_unref (action);
          continue;
        }
      g_ptr_array_add (of_axis, action);
    }

  /* Grouped by axis, the axes in their order. */
  for (guint a = 0; axes[a] != NULL; a++)
    {
      GPtrArray *of_axis = g_hash_table_lookup (by_axis, axes[a]);
      g_autofree char *group = group_label (self, MAILLAGE_PLAN_GROUP_AXIS, axes[a]);

      for (guint i = 0; i < of_axis->len; i++)
        add_task (chart, g_ptr_array_index (of_axis, i), group);
    }

  maillage_chart_view_set_chart (self->timeline_view, chart);

  if (n_undated > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u action without a start and an end month is not on the timeline.",
                                                         "%u actions without a start and an end month are not on the timeline.",
                                                         n_undated),
                                               n_undated);

      gtk_label_set_label (self->undated_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->undated_label), n_undated > 0);
}

/* Rebuilds the tables and the timeline from the totals. */
void
_maillage_plan_page_refresh (MaillagePlanPage *self)
{
  GtkWidget *child;
  GtkWidget *row;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->totals_box))) != NULL)
    gtk_box_remove (self->totals_box, child);

  if (self->totals == NULL)
    {
      maillage_chart_view_set_chart (self->timeline_view, NULL);
      return;
    }

  /* The two narrow tables side by side, the two wide ones under them; in a
   * narrow window the narrow ones go one under the other too. */
  row = gtk_flow_box_new ();
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (row), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (row), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (row), 2);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (row), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (row), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (row), 12);
  gtk_box_append (self->totals_box, row);
  fill_by_year (self, row);
  fill_by_funder (self, row);
  fill_by_group (self, MAILLAGE_PLAN_GROUP_AXIS, "totals-axis", _("By Axis"), _("Axis"));
  fill_by_group (self, MAILLAGE_PLAN_GROUP_MODULE, "totals-module", _("By Module"), _("Module"));
  fill_timeline (self);
}
