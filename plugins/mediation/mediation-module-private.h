/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-module-private.h: what the files of MediationModule share —
 * the module itself (mediation-module.c), its object in the project
 * (mediation-module-json.c), its chapter (mediation-module-chapter.c) and
 * its findings (mediation-module-findings.c).
 */
#pragma once

#include "mediation-module.h"

G_BEGIN_DECLS

/* A lieu whose date_maj is older than this many years is reported. */
#define MEDIATION_STALE_YEARS 2

typedef struct
{
  char  *name;
  guint  count;
} MediationDispositif;

struct _MediationModule
{
  GObject            parent_instance;

  GListStore        *lieux;      /* MediationLieu */
  char              *strategy;   /* never NULL */
  GPtrArray         *publics;    /* char *, catalogue order, then others */
  GPtrArray         *dispositifs; /* MediationDispositif *, declared counts */

  /* Between load and unload. */
  MaillageTerritory *territory;
  gulong             territory_changed_id;
  /* Computed when first asked for, dropped when the lieux or the
   * territory change. */
  MediationCoverage *coverage;

  /* Edits made by load() are not changes the project must save. */
  gboolean           loading;
};

/* mediation-module-json.c */
gboolean    _mediation_module_read             (MediationModule  *self,
                                                JsonObject       *data,
                                                GError          **error);
JsonObject *_mediation_module_save             (MaillageModule   *module);

/* mediation-module-chapter.c */
char      **_mediation_module_list_key_points  (MaillageModule   *module);
void        _mediation_module_build_chapter    (MaillageModule   *module,
                                                MaillageDocument *document);

/* mediation-module-findings.c */
GListModel *_mediation_module_list_findings_at (MediationModule  *self,
                                                const GDate      *today);
GListModel *_mediation_module_list_findings    (MaillageModule   *module);
double      _mediation_module_get_completeness (MaillageModule   *module);
guint       _mediation_module_count_stale      (MediationModule  *self,
                                                const GDate      *today);

G_END_DECLS
