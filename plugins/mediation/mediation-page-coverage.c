/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-page-coverage.c: the Coverage view of the editor: the map of
 * the places on the outlines of the communes (drawn by libmaillage's chart
 * renderer, once the territory has outlines), and the communes without a
 * place, the most populated first, with how many people live there.
 */
#define G_LOG_DOMAIN "mediation-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mediation-map.h"
#include "mediation-page-private.h"

static GtkWidget *
create_commune_row (gpointer item,
                    gpointer user_data)
{
  MaillageCommune *commune = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *people_label;
  g_autofree char *people = maillage_format_integer (maillage_commune_get_population (commune));
  g_autofree char *people_text = NULL;
  g_autofree char *subtitle = NULL;

  /* Translators: a commune's INSEE code */
  subtitle = g_strdup_printf (_("INSEE code %s"), maillage_commune_get_insee (commune));
  people_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s inhabitant", "%s inhabitants",
                                              maillage_commune_get_population (commune)),
                                 people);
  people_label = gtk_label_new (people_text);
  gtk_widget_add_css_class (people_label, "numeric");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), maillage_commune_get_name (commune));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), people_label);

  return row;
}

static void
update_summary (MediationPage     *self,
                MediationCoverage *coverage)
{
  guint n_communes = mediation_coverage_get_n_communes (coverage);
  guint n_uncovered = g_list_model_get_n_items (mediation_coverage_get_uncovered (coverage));
  guint64 population = mediation_coverage_get_population (coverage);
  guint64 uncovered_population = mediation_coverage_get_uncovered_population (coverage);
  g_autofree char *people = maillage_format_integer ((gint64) uncovered_population);
  g_autofree char *share = NULL;
  g_autofree char *text = NULL;

  if (n_communes == 0)
    {
      text = g_strdup (_("The territory has no commune yet: add them in the Territory page."));
    }
  else if (n_uncovered == 0)
    {
      text = g_strdup (_("Every commune of the territory has at least one place."));
    }
  else
    {
      share = maillage_format_percent (population > 0 ? 100.0 * uncovered_population / population : 0.0, 1);
      /* Translators: “3 of the 31 communes … 1 234 inhabitants … 2,5 % of
       * the population” */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of the %u communes has no place; %s inhabitants live there, "
                                           "%s of the population.",
                                           "%u of the %u communes have no place; %s inhabitants live there, "
                                           "%s of the population.",
                                           n_uncovered),
                              n_uncovered, n_communes, people, share);
    }

  adw_preferences_group_set_description (self->coverage_group, text);
  gtk_widget_set_visible (GTK_WIDGET (self->uncovered_list), n_uncovered > 0);
}

static void
update_map (MediationPage *self)
{
  MaillageTerritory *territory = mediation_module_get_territory (self->module);
  g_autoptr(MaillageChart) chart = NULL;
  GtkWidget *view = adw_bin_get_child (self->map_bin);

  chart = mediation_map_new (territory, mediation_module_get_lieux (self->module));
  if (chart == NULL)
    {
      gtk_stack_set_visible_child_name (self->map_stack, "none");
      return;
    }

  if (view == NULL)
    {
      view = maillage_chart_view_new (chart);
      /* A map is read by its details: taller than a chart's natural
       * height. */
      gtk_widget_set_size_request (view, -1, 440);
      adw_bin_set_child (self->map_bin, view);
    }
  else
    {
      maillage_chart_view_set_chart (MAILLAGE_CHART_VIEW (view), chart);
    }
  gtk_stack_set_visible_child_name (self->map_stack, "map");
}

/* Called when the places or the territory change. */
void
_mediation_page_update_coverage (MediationPage *self)
{
  MediationCoverage *coverage = mediation_module_get_coverage (self->module);

  if (coverage == NULL)
    return;

  gtk_list_box_bind_model (self->uncovered_list, mediation_coverage_get_uncovered (coverage),
                           create_commune_row, NULL, NULL);
  update_summary (self, coverage);
  update_map (self);
}
