/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

#include "mediation-lieu.h"

G_BEGIN_DECLS

#define MEDIATION_TYPE_COVERAGE (mediation_coverage_get_type ())
G_DECLARE_FINAL_TYPE (MediationCoverage, mediation_coverage, MEDIATION, COVERAGE, GObject)

MediationCoverage *mediation_coverage_new                    (MaillageTerritory *territory,
                                                              GListModel        *lieux);
MaillageCommune   *mediation_coverage_match                  (MediationCoverage *self,
                                                              MediationLieu     *lieu);
guint              mediation_coverage_count_lieux            (MediationCoverage *self,
                                                              const char        *insee);
GListModel        *mediation_coverage_get_uncovered          (MediationCoverage *self);
guint64            mediation_coverage_get_uncovered_population (MediationCoverage *self);
guint64            mediation_coverage_get_population         (MediationCoverage *self);
guint              mediation_coverage_get_n_communes         (MediationCoverage *self);
guint              mediation_coverage_get_n_lieux            (MediationCoverage *self);
guint              mediation_coverage_get_n_unmatched        (MediationCoverage *self);
char              *mediation_coverage_normalize_name         (const char        *name);
void               mediation_coverage_register               (GTypeModule       *module);

G_END_DECLS
