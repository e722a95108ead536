/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-map.c: the map of the places, drawn by libmaillage's one chart
 * renderer: the outlines of the territory's communes, and each place with
 * coordinates as a point. The editor shows it; the chapter gives its text
 * alternative.
 *
 * The communes are not shaded by their number of places: the renderer's
 * quantile classes would put communes with one place in the class of those
 * with none, which is the very gap the map is meant to show. The communes
 * without a place are listed beside the map instead.
 */
#define G_LOG_DOMAIN "mediation-map"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mediation-lieu.h"
#include "mediation-map.h"

/**
 * mediation_map_new:
 * @territory: the territory, whose outlines are drawn
 * @lieux: a #GListModel of #MediationLieu
 *
 * Returns: (transfer full) (nullable): the map, or %NULL when the territory
 *   has no outlines yet
 */
MaillageChart *
mediation_map_new (MaillageTerritory *territory,
                   GListModel        *lieux)
{
  MaillageOutlines *outlines;
  MaillageChart *chart;
  GListModel *communes;
  guint n;

  g_return_val_if_fail (MAILLAGE_IS_TERRITORY (territory), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (lieux), NULL);

  outlines = maillage_territory_get_outlines (territory);
  if (outlines == NULL)
    return NULL;

  /* Chart text is part of the documents: French, from the catalogue. No
   * unit: the map has no values, only points. */
  chart = maillage_chart_new_map (F_("Digital mediation places"), NULL, outlines);

  communes = maillage_territory_get_communes (territory);
  n = g_list_model_get_n_items (communes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageCommune) commune = g_list_model_get_item (communes, i);
      maillage_chart_set_area_name (chart, maillage_commune_get_insee (commune), maillage_commune_get_name (commune));
    }

  maillage_chart_set_point_legend (chart, F_("Mediation place"));
  n = g_list_model_get_n_items (lieux);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MediationLieu) lieu = g_list_model_get_item (lieux, i);
      double latitude, longitude;

      if (mediation_lieu_get_coordinates (lieu, &latitude, &longitude))
        maillage_chart_add_point (chart, longitude, latitude, mediation_lieu_get_nom (lieu));
    }

  return chart;
}

