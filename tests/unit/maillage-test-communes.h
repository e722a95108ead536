/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-test-communes.h: a made-up territory for chart tests and the
 * chart benchmark: a grid of square-ish communes whose borders wiggle,
 * shared exactly between neighbours, as GeoJSON.
 */
#pragma once

#include "maillage.h"

G_BEGIN_DECLS

char             *maillage_test_communes_geojson (guint  n_columns,
                                                  guint  n_rows,
                                                  guint  seed);
MaillageOutlines *maillage_test_communes_new     (guint  n_columns,
                                                  guint  n_rows,
                                                  guint  seed);
char             *maillage_test_communes_insee   (guint  index);

G_END_DECLS
