/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

extern const char * const maillage_scdl_deliberations_columns[];

char *maillage_scdl_deliberations_csv (MaillageProject *project);
char *maillage_scdl_csv_cell          (const char      *value);

G_END_DECLS
