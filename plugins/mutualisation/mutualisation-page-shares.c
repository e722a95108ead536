/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mutualisation-page-shares.c: the shares of the resource selected in the
 * page: a GtkColumnView of the communes taking part — commune, INSEE code,
 * what each weighs (population, units, percentage or amount), its share,
 * amounts against the end — and a last line, in bold, with the totals,
 * which is the cost to the cent when the key allows it. The group's title
 * names the resource; a line in red says what agreed shares leave
 * uncovered, or ask beyond the cost.
 *
 * The table is not in a scrolled window of its own: the page scrolls, and
 * a column view outside a scrolled window shows all its lines.
 */
#define G_LOG_DOMAIN "mutualisation-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mutualisation-page-private.h"
#include "mutualisation-parse.h"
#include "mutualisation-share-row.h"

static char *
format_basis (MutualisationKey           key,
              const MutualisationMember *member,
              guint64                    population)
{
  switch (key)
    {
    case MUTUALISATION_KEY_POPULATION:
      return maillage_format_integer ((gint64) population);
    case MUTUALISATION_KEY_USAGE:
      return maillage_format_integer ((gint64) member->units);
    case MUTUALISATION_KEY_CUSTOM_PERCENT:
      return mutualisation_format_percent (member->basis_points);
    case MUTUALISATION_KEY_CUSTOM_AMOUNT:
      return maillage_format_money (member->amount);
    case MUTUALISATION_KEY_EQUAL:
    default:
      return g_strdup ("");
    }
}

static char *
format_total_basis (MutualisationKey           key,
                    const MutualisationShares *shares)
{
  switch (key)
    {
    case MUTUALISATION_KEY_POPULATION:
    case MUTUALISATION_KEY_USAGE:
      return maillage_format_integer ((gint64) shares->total_weight);
    case MUTUALISATION_KEY_CUSTOM_PERCENT:
      return mutualisation_format_percent (shares->total_weight);
    case MUTUALISATION_KEY_CUSTOM_AMOUNT:
      return maillage_format_money ((gint64) shares->total_weight);
    case MUTUALISATION_KEY_EQUAL:
    default:
      return g_strdup ("");
    }
}

static const char *
basis_title (MutualisationResource *resource)
{
  const char *unit = mutualisation_resource_get_usage_unit (resource);

  switch (mutualisation_resource_get_key (resource))
    {
    case MUTUALISATION_KEY_POPULATION:
      return _("Population");
    case MUTUALISATION_KEY_USAGE:
      return *unit != '\0' ? unit : _("Units of Use");
    case MUTUALISATION_KEY_CUSTOM_PERCENT:
      return _("Agreed Percentage");
    case MUTUALISATION_KEY_CUSTOM_AMOUNT:
      return _("Agreed Amount");
    case MUTUALISATION_KEY_EQUAL:
    default:
      return NULL;
    }
}

static void
set_group_texts (MutualisationPage         *self,
                 MutualisationResource     *resource,
                 const MutualisationShares *shares)
{
  g_autofree char *title = NULL;
  g_autofree char *cost = maillage_format_money (mutualisation_resource_get_cost (resource));
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;
  guint n = mutualisation_resource_get_n_members (resource);
  const char *key = mutualisation_key_get_label (mutualisation_resource_get_key (resource), FALSE);

  /* The group's title and description are markup. */
  escaped = g_markup_escape_text (mutualisation_resource_get_title (resource, FALSE), -1);
  title = g_strdup_printf (_("Shares of “%s”"), escaped);
  adw_preferences_group_set_title (self->shares_group, title);

  /* Translators: “45 000,00 € a year among 24 communes, key: Population” */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%s a year for %u commune, key: %s.",
                                              "%s a year among %u communes, key: %s.",
                                              n),
                                 cost, n, key);
  adw_preferences_group_set_description (self->shares_group, description);
}

static void
show_gap (MutualisationPage         *self,
          const MutualisationShares *shares)
{
  g_autofree char *gap = NULL;
  g_autofree char *text = NULL;

  if (shares->status != MUTUALISATION_SPLIT_OK || mutualisation_shares_is_exact (shares))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->gap_label), FALSE);
      return;
    }

  gap = maillage_format_money (shares->gap > 0 ? shares->gap : -shares->gap);
  if (shares->gap == 0)
    {
      g_autofree char *total = mutualisation_format_percent (shares->total_weight);

      text = g_strdup_printf (_("The agreed percentages total %s, not 100: they must be corrected with the "
                                "partners."),
                              total);
    }
  else if (shares->gap > 0)
    text = g_strdup_printf (_("The agreed shares leave %s of the annual cost uncovered: they must be "
                              "corrected with the partners."),
                            gap);
  else
    text = g_strdup_printf (_("The agreed shares ask %s more than the annual cost: they must be corrected "
                              "with the partners."),
                            gap);
  gtk_label_set_text (self->gap_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->gap_label), TRUE);
}

void
_mutualisation_page_update_shares (MutualisationPage *self)
{
  MutualisationResource *resource = self->selected;
  g_autoptr(MutualisationShares) shares = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  MaillageTerritory *territory;
  MutualisationKey key;
  const char *no_share = NULL;
  const char *basis;
  guint n;

  if (resource == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->shares_group), FALSE);
      g_list_store_remove_all (self->share_rows);
      return;
    }

  territory = mutualisation_module_get_territory (self->module);
  shares = mutualisation_module_compute_shares (self->module, resource);
  key = mutualisation_resource_get_key (resource);
  n = mutualisation_resource_get_n_members (resource);
  rows = g_ptr_array_new_full (n + 1, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      const MutualisationMember *member = mutualisation_resource_get_member (resource, i);
      MaillageCommune *commune = territory != NULL ? maillage_territory_find_commune (territory, member->insee) : NULL;
      guint64 population = commune != NULL ? maillage_commune_get_population (commune) : 0;
      g_autofree char *basis_text = format_basis (key, member, population);
      g_autofree char *share = maillage_format_money (shares->shares[i]);

      g_ptr_array_add (rows, mutualisation_share_row_new (commune != NULL ? maillage_commune_get_name (commune)
                                                                          : _("Not in the territory"),
                                                          member->insee, basis_text, share, FALSE));
    }
  if (n > 0)
    {
      g_autofree char *basis_text = format_total_basis (key, shares);
      g_autofree char *covered = maillage_format_money (shares->covered);

      g_ptr_array_add (rows, mutualisation_share_row_new (_("Total"), "", basis_text, covered, TRUE));
    }
  g_list_store_splice (self->share_rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->share_rows)),
                       rows->pdata, rows->len);

  basis = basis_title (resource);
  gtk_column_view_column_set_visible (self->basis_column, basis != NULL);
  gtk_column_view_column_set_title (self->basis_column, basis);

  set_group_texts (self, resource, shares);
  show_gap (self, shares);

  switch (shares->status)
    {
    case MUTUALISATION_SPLIT_NO_PARTS:
      no_share = _("No commune takes part yet: edit the resource to tick them.");
      break;
    case MUTUALISATION_SPLIT_NO_WEIGHT:
      no_share = key == MUTUALISATION_KEY_POPULATION ?
        _("The communes taking part have no population recorded: the cost cannot be shared by population.") :
        _("No unit of use is entered: the cost cannot be shared by use.");
      break;
    case MUTUALISATION_SPLIT_TOO_LARGE:
      no_share = _("The shares cannot be computed: the figures are too large.");
      break;
    case MUTUALISATION_SPLIT_OK:
    default:
      break;
    }
  gtk_label_set_text (self->no_share_label, no_share != NULL ? no_share : "");
  gtk_widget_set_visible (GTK_WIDGET (self->no_share_label), no_share != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->shares_window), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->shares_group), TRUE);
}

typedef enum
{
  CELL_COMMUNE,
  CELL_INSEE,
  CELL_BASIS,
  CELL_SHARE,
} Cell;

/* A cell of the shares table: text, amounts against the end. */
static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  Cell cell = GPOINTER_TO_INT (user_data);
  gboolean numeric = cell == CELL_BASIS || cell == CELL_SHARE;
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  MutualisationShareRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *text;

  switch ((Cell) GPOINTER_TO_INT (user_data))
    {
    case CELL_COMMUNE:
      text = mutualisation_share_row_get_commune (row);
      break;
    case CELL_INSEE:
      text = mutualisation_share_row_get_insee (row);
      break;
    case CELL_BASIS:
      text = mutualisation_share_row_get_basis (row);
      break;
    case CELL_SHARE:
    default:
      text = mutualisation_share_row_get_share (row);
      break;
    }

  gtk_label_set_text (GTK_LABEL (label), text);
  if (mutualisation_share_row_is_total (row))
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
}

static void
set_factory (GtkColumnViewColumn *column,
             Cell                 cell)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), GINT_TO_POINTER (cell));
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), GINT_TO_POINTER (cell));
  gtk_column_view_column_set_factory (column, factory);
}

void
_mutualisation_page_setup_shares (MutualisationPage *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  set_factory (self->commune_column, CELL_COMMUNE);
  set_factory (self->insee_column, CELL_INSEE);
  set_factory (self->basis_column, CELL_BASIS);
  set_factory (self->share_column, CELL_SHARE);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->share_rows)));
  gtk_column_view_set_model (self->shares_view, GTK_SELECTION_MODEL (selection));
}
