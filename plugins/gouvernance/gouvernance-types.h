/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-types.h: forward declarations and the enumerations the
 * Gouvernance plugin's files share. Each enumeration is written in the
 * project file as the keys of gouvernance-vocabulary.c.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _GouvernanceBody               GouvernanceBody;
typedef struct _GouvernanceBodyDialog         GouvernanceBodyDialog;
typedef struct _GouvernanceCoordinatorDialog  GouvernanceCoordinatorDialog;
typedef struct _GouvernanceCouncil            GouvernanceCouncil;
typedef struct _GouvernanceCouncilDialog      GouvernanceCouncilDialog;
typedef struct _GouvernanceMember             GouvernanceMember;
typedef struct _GouvernanceMemberDialog       GouvernanceMemberDialog;
typedef struct _GouvernanceModule             GouvernanceModule;
typedef struct _GouvernancePage               GouvernancePage;
typedef struct _GouvernanceSession            GouvernanceSession;
typedef struct _GouvernanceSessionDialog      GouvernanceSessionDialog;

/* The scale at which the strategy is steered. */
typedef enum
{
  GOUVERNANCE_ECHELON_NONE,           /* not chosen yet */
  GOUVERNANCE_ECHELON_EPCI,
  GOUVERNANCE_ECHELON_BASSINS_DE_VIE,
  GOUVERNANCE_ECHELON_DEPARTEMENT,
  GOUVERNANCE_ECHELON_REGION,
  GOUVERNANCE_ECHELON_OTHER,
} GouvernanceEchelon;

#define GOUVERNANCE_N_ECHELONS (GOUVERNANCE_ECHELON_OTHER + 1)

/* The kinds of steering body, as the national platforms name them. */
typedef enum
{
  GOUVERNANCE_BODY_STRATEGIC,
  GOUVERNANCE_BODY_TECHNICAL,
  GOUVERNANCE_BODY_CONSULTATIVE,
  GOUVERNANCE_BODY_OTHER,
} GouvernanceBodyKind;

#define GOUVERNANCE_N_BODY_KINDS (GOUVERNANCE_BODY_OTHER + 1)

/* What a member of the governance is. */
typedef enum
{
  GOUVERNANCE_MEMBER_COMMUNE,
  GOUVERNANCE_MEMBER_EPCI,
  GOUVERNANCE_MEMBER_DEPARTEMENT,
  GOUVERNANCE_MEMBER_REGION,
  GOUVERNANCE_MEMBER_ETAT,
  GOUVERNANCE_MEMBER_ASSOCIATION,
  GOUVERNANCE_MEMBER_ENTREPRISE,
  GOUVERNANCE_MEMBER_OTHER,
} GouvernanceMemberKind;

#define GOUVERNANCE_N_MEMBER_KINDS (GOUVERNANCE_MEMBER_OTHER + 1)

/* What a member does in the governance; a member may have several roles
 * (the roles of the national platform's governance members). */
typedef enum /*< flags >*/
{
  GOUVERNANCE_ROLE_NONE        = 0,
  GOUVERNANCE_ROLE_COPORTEUR   = 1 << 0,
  GOUVERNANCE_ROLE_COFINANCEUR = 1 << 1,
  GOUVERNANCE_ROLE_BENEFICIAIRE = 1 << 2,
  GOUVERNANCE_ROLE_OBSERVATEUR = 1 << 3,
} GouvernanceRoles;

#define GOUVERNANCE_N_ROLES 4

/* Where a conseil local du numérique stands. */
typedef enum
{
  GOUVERNANCE_COUNCIL_PLANNED,
  GOUVERNANCE_COUNCIL_ACTIVE,
  GOUVERNANCE_COUNCIL_DORMANT,
} GouvernanceCouncilStatus;

#define GOUVERNANCE_N_COUNCIL_STATUSES (GOUVERNANCE_COUNCIL_DORMANT + 1)

/* Whom a training or information session is for. */
typedef enum
{
  GOUVERNANCE_AUDIENCE_ELECTED,
  GOUVERNANCE_AUDIENCE_STAFF,
  GOUVERNANCE_AUDIENCE_BOTH,
} GouvernanceAudience;

#define GOUVERNANCE_N_AUDIENCES (GOUVERNANCE_AUDIENCE_BOTH + 1)

G_END_DECLS
