/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <glib-object.h>

#include "maillage-types.h"

G_BEGIN_DECLS

/**
 * MaillageAssemblyKind:
 * @MAILLAGE_ASSEMBLY_KIND_COMMUNITY_COUNCIL: the conseil communautaire of an
 *   EPCI (`conseil-communautaire`)
 * @MAILLAGE_ASSEMBLY_KIND_MUNICIPAL_COUNCIL: the conseil municipal of a
 *   commune (`conseil-municipal`)
 * @MAILLAGE_ASSEMBLY_KIND_DEPARTMENTAL_COUNCIL: the conseil départemental
 *   (`conseil-departemental`)
 * @MAILLAGE_ASSEMBLY_KIND_REGIONAL_COUNCIL: the conseil régional
 *   (`conseil-regional`)
 * @MAILLAGE_ASSEMBLY_KIND_OTHER: another deliberative body, a comité
 *   syndical say (`autre`)
 *
 * The kind of assembly that votes on the strategy.
 */
typedef enum
{
  MAILLAGE_ASSEMBLY_KIND_COMMUNITY_COUNCIL,
  MAILLAGE_ASSEMBLY_KIND_MUNICIPAL_COUNCIL,
  MAILLAGE_ASSEMBLY_KIND_DEPARTMENTAL_COUNCIL,
  MAILLAGE_ASSEMBLY_KIND_REGIONAL_COUNCIL,
  MAILLAGE_ASSEMBLY_KIND_OTHER,
} MaillageAssemblyKind;

#define MAILLAGE_TYPE_ASSEMBLY (maillage_assembly_get_type ())
G_DECLARE_FINAL_TYPE (MaillageAssembly, maillage_assembly, MAILLAGE, ASSEMBLY, GObject)

MaillageAssembly     *maillage_assembly_new                  (MaillageAssemblyKind  kind);
MaillageAssembly     *maillage_assembly_copy                 (MaillageAssembly     *self);

MaillageAssemblyKind  maillage_assembly_get_kind             (MaillageAssembly     *self);
void                  maillage_assembly_set_kind             (MaillageAssembly     *self,
                                                              MaillageAssemblyKind  kind);
const char           *maillage_assembly_get_name             (MaillageAssembly     *self);
const char           *maillage_assembly_get_collectivite     (MaillageAssembly     *self);
const char           *maillage_assembly_get_siret            (MaillageAssembly     *self);
const char           *maillage_assembly_get_number           (MaillageAssembly     *self);
const char           *maillage_assembly_get_date             (MaillageAssembly     *self);
const char           *maillage_assembly_get_time             (MaillageAssembly     *self);
const char           *maillage_assembly_get_place            (MaillageAssembly     *self);
const char           *maillage_assembly_get_convocation_date (MaillageAssembly     *self);
const char           *maillage_assembly_get_president        (MaillageAssembly     *self);
const char           *maillage_assembly_get_president_title  (MaillageAssembly     *self);
const char           *maillage_assembly_get_secretary        (MaillageAssembly     *self);
const char           *maillage_assembly_get_prefecture_date  (MaillageAssembly     *self);
guint                 maillage_assembly_get_members          (MaillageAssembly     *self);
guint                 maillage_assembly_get_present          (MaillageAssembly     *self);
guint                 maillage_assembly_get_represented      (MaillageAssembly     *self);
gboolean              maillage_assembly_get_unanimous        (MaillageAssembly     *self);
guint                 maillage_assembly_get_votes_for        (MaillageAssembly     *self);
guint                 maillage_assembly_get_votes_against    (MaillageAssembly     *self);
guint                 maillage_assembly_get_abstentions      (MaillageAssembly     *self);

guint                 maillage_assembly_get_voters           (MaillageAssembly     *self);
gboolean              maillage_assembly_has_quorum           (MaillageAssembly     *self);
gboolean              maillage_assembly_is_adopted           (MaillageAssembly     *self);
char                 *maillage_assembly_check                (MaillageAssembly     *self);
char                 *maillage_assembly_dup_actes_id         (MaillageAssembly     *self,
                                                              const char           *departement);

const char           *maillage_assembly_kind_to_string       (MaillageAssemblyKind  kind);
gboolean              maillage_assembly_kind_from_string     (const char           *string,
                                                              MaillageAssemblyKind *kind);
gboolean              maillage_assembly_date_is_valid        (const char           *date);
gboolean              maillage_assembly_time_is_valid        (const char           *time);
gboolean              maillage_assembly_siret_is_valid       (const char           *siret);

G_END_DECLS
