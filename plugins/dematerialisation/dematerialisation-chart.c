/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dematerialisation-chart.c: the one chart of the module, the same on the
 * page and in the chapter: how many procedures stand in each state today
 * and will once the strategy is carried out, drawn by libmaillage's chart
 * renderer. Its words are French in a document, in the interface's
 * language on screen.
 */
#define G_LOG_DOMAIN "dematerialisation-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dematerialisation-chart.h"
#include "dematerialisation-vocabulary.h"

/**
 * dematerialisation_chart_new_by_state:
 * @today: (array fixed-size=4): procedures in each state today
 * @target: (array fixed-size=4): procedures in each state at the target
 * @french: whether the chart goes into a document
 *
 * Returns: (transfer full): a horizontal bar chart, one category a state,
 *   one series for today and one for the target
 */
MaillageChart *
dematerialisation_chart_new_by_state (const guint *today,
                                      const guint *target,
                                      gboolean     french)
{
  MaillageChart *chart;
  guint series_today, series_target;

  g_return_val_if_fail (today != NULL && target != NULL, NULL);

  chart = maillage_chart_new_bar (french ? F_("Procedures by state, today and at the target")
                                         : _("Procedures by state, today and at the target"),
                                  french ? F_("procedures") : _("procedures"));
  /* The states' names are long: they read best beside horizontal bars. */
  maillage_chart_set_horizontal (chart, TRUE);
  series_today = maillage_chart_add_series (chart, french ? F_("Today") : _("Today"));
  series_target = maillage_chart_add_series (chart, french ? F_("Target") : _("Target"));

  for (guint s = 0; s < DEMATERIALISATION_N_STATES; s++)
    {
      guint category = maillage_chart_add_category (chart,
                                                    french ? dematerialisation_list_french (DEMATERIALISATION_LIST_STATE, s)
                                                           : dematerialisation_list_label (DEMATERIALISATION_LIST_STATE, s));

      maillage_chart_set_value (chart, series_today, category, today[s]);
      maillage_chart_set_value (chart, series_target, category, target[s]);
    }

  return chart;
}
