/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage.h: the one header of libmaillage, the model of a territorial
 * digital strategy and the API that module and exporter plugins implement.
 */
#pragma once

#define MAILLAGE_INSIDE
# include "maillage-types.h"
# include "maillage-enums.h"
# include "maillage-action.h"
# include "maillage-action-dialog.h"
# include "maillage-action-indicator.h"
# include "maillage-action-list.h"
# include "maillage-assembly.h"
# include "maillage-block.h"
# include "maillage-budget-line.h"
# include "maillage-chart.h"
# include "maillage-chart-view.h"
# include "maillage-cofinancing.h"
# include "maillage-commune.h"
# include "maillage-csv-reader.h"
# include "maillage-deliberation.h"
# include "maillage-document.h"
# include "maillage-exporter.h"
# include "maillage-finding.h"
# include "maillage-format.h"
# include "maillage-french.h"
# include "maillage-i18n.h"
# include "maillage-json.h"
# include "maillage-module.h"
# include "maillage-outlines.h"
# include "maillage-plan-totals.h"
# include "maillage-print-layout.h"
# include "maillage-project.h"
# include "maillage-siren.h"
# include "maillage-territory.h"
# include "maillage-typography.h"
#undef MAILLAGE_INSIDE
