/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

#include "gouvernance-body.h"
#include "gouvernance-council.h"
#include "gouvernance-member.h"
#include "gouvernance-session.h"
#include "gouvernance-types.h"

G_BEGIN_DECLS

/* The version of the module's object in the project file. */
#define GOUVERNANCE_DATA_VERSION 1

/* The module's lists; the items of each are of one type. */
typedef enum
{
  GOUVERNANCE_LIST_BODIES,    /* GouvernanceBody */
  GOUVERNANCE_LIST_MEMBERS,   /* GouvernanceMember */
  GOUVERNANCE_LIST_COUNCILS,  /* GouvernanceCouncil */
  GOUVERNANCE_LIST_SESSIONS,  /* GouvernanceSession */
} GouvernanceList;

#define GOUVERNANCE_N_LISTS (GOUVERNANCE_LIST_SESSIONS + 1)

typedef enum
{
  GOUVERNANCE_COORDINATOR_NAME,
  GOUVERNANCE_COORDINATOR_FUNCTION,
  GOUVERNANCE_COORDINATOR_ORGANISATION,
  GOUVERNANCE_COORDINATOR_EMAIL,
} GouvernanceCoordinatorField;

#define GOUVERNANCE_N_COORDINATOR_FIELDS (GOUVERNANCE_COORDINATOR_EMAIL + 1)

#define GOUVERNANCE_TYPE_MODULE (gouvernance_module_get_type ())
G_DECLARE_FINAL_TYPE (GouvernanceModule, gouvernance_module, GOUVERNANCE, MODULE, GObject)

GouvernanceModule  *gouvernance_module_new               (void);
GouvernanceEchelon  gouvernance_module_get_echelon       (GouvernanceModule            *self);
void                gouvernance_module_set_echelon       (GouvernanceModule            *self,
                                                          GouvernanceEchelon            echelon);
const char         *gouvernance_module_get_perimeter     (GouvernanceModule            *self);
void                gouvernance_module_set_perimeter     (GouvernanceModule            *self,
                                                          const char                   *perimeter);
const char         *gouvernance_module_get_context       (GouvernanceModule            *self);
void                gouvernance_module_set_context       (GouvernanceModule            *self,
                                                          const char                   *context);
GListModel         *gouvernance_module_get_list          (GouvernanceModule            *self,
                                                          GouvernanceList               list);
void                gouvernance_module_add_item          (GouvernanceModule            *self,
                                                          GouvernanceList               list,
                                                          gpointer                      item);
void                gouvernance_module_replace_item      (GouvernanceModule            *self,
                                                          GouvernanceList               list,
                                                          gpointer                      old_item,
                                                          gpointer                      new_item);
void                gouvernance_module_remove_item       (GouvernanceModule            *self,
                                                          GouvernanceList               list,
                                                          gpointer                      item);
const char         *gouvernance_module_get_coordinator   (GouvernanceModule            *self,
                                                          GouvernanceCoordinatorField   field);
gboolean            gouvernance_module_has_coordinator   (GouvernanceModule            *self);
void                gouvernance_module_set_coordinator   (GouvernanceModule            *self,
                                                          const char                   *name,
                                                          const char                   *function,
                                                          const char                   *organisation,
                                                          const char                   *email);
const char         *gouvernance_module_get_training_plan (GouvernanceModule            *self);
void                gouvernance_module_set_training_plan (GouvernanceModule            *self,
                                                          const char                   *plan);
MaillageTerritory  *gouvernance_module_get_territory     (GouvernanceModule            *self);
void                gouvernance_module_register          (GTypeModule                  *module);

G_END_DECLS
