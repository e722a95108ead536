/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <gio/gio.h>

#include "maillage-assembly.h"
#include "maillage-types.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_DELIBERATION (maillage_deliberation_get_type ())
G_DECLARE_FINAL_TYPE (MaillageDeliberation, maillage_deliberation, MAILLAGE, DELIBERATION, GObject)

MaillageDeliberation *maillage_deliberation_new               (void);
const char           *maillage_deliberation_get_object        (MaillageDeliberation *self);
void                  maillage_deliberation_set_object        (MaillageDeliberation *self,
                                                               const char           *object);
const char           *maillage_deliberation_get_matiere_code  (MaillageDeliberation *self);
void                  maillage_deliberation_set_matiere_code  (MaillageDeliberation *self,
                                                               const char           *code);
const char           *maillage_deliberation_get_matiere_name  (MaillageDeliberation *self);
void                  maillage_deliberation_set_matiere_name  (MaillageDeliberation *self,
                                                               const char           *name);
const char           *maillage_deliberation_get_report        (MaillageDeliberation *self);
void                  maillage_deliberation_set_report        (MaillageDeliberation *self,
                                                               const char           *report);
const char * const   *maillage_deliberation_get_visas         (MaillageDeliberation *self);
void                  maillage_deliberation_set_visas         (MaillageDeliberation *self,
                                                               const char * const   *visas);
const char * const   *maillage_deliberation_get_considerants  (MaillageDeliberation *self);
void                  maillage_deliberation_set_considerants  (MaillageDeliberation *self,
                                                               const char * const   *considerants);
const char * const   *maillage_deliberation_get_articles      (MaillageDeliberation *self);
void                  maillage_deliberation_set_articles      (MaillageDeliberation *self,
                                                               const char * const   *articles);
const char           *maillage_deliberation_get_appeal        (MaillageDeliberation *self);
void                  maillage_deliberation_set_appeal        (MaillageDeliberation *self,
                                                               const char           *appeal);
GListModel           *maillage_deliberation_get_assemblies    (MaillageDeliberation *self);
void                  maillage_deliberation_add_assembly      (MaillageDeliberation *self,
                                                               MaillageAssembly     *assembly);
void                  maillage_deliberation_remove_assembly   (MaillageDeliberation *self,
                                                               MaillageAssembly     *assembly);
gboolean              maillage_deliberation_is_empty          (MaillageDeliberation *self);
gboolean              maillage_deliberation_matiere_code_is_valid (const char       *code);

G_END_DECLS
