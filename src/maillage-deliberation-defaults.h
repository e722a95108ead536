/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

char  *maillage_deliberation_suggest_object       (MaillageProject      *project);
char  *maillage_deliberation_suggest_report       (MaillageProject      *project,
                                                   GListModel           *modules);
char **maillage_deliberation_suggest_visas        (MaillageProject      *project);
char **maillage_deliberation_suggest_considerants (MaillageProject      *project,
                                                   GListModel           *modules);
char **maillage_deliberation_suggest_articles     (MaillageProject      *project);
char  *maillage_deliberation_suggest_appeal       (MaillageProject      *project);
void   maillage_deliberation_fill_defaults        (MaillageDeliberation *deliberation,
                                                   MaillageProject      *project,
                                                   GListModel           *modules);

#define MAILLAGE_DELIBERATION_DEFAULT_MATIERE_CODE "8.4"

const char *maillage_deliberation_default_matiere_name (void);

G_END_DECLS
