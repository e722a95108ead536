/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

#include "maillage-plugin-manager.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_MODULE_SET (maillage_module_set_get_type ())
G_DECLARE_FINAL_TYPE (MaillageModuleSet, maillage_module_set, MAILLAGE, MODULE_SET, GObject)

MaillageModuleSet     *maillage_module_set_new             (MaillagePluginManager *manager,
                                                            MaillageProject       *project);
MaillagePluginManager *maillage_module_set_get_manager     (MaillageModuleSet     *self);
MaillageProject       *maillage_module_set_get_project     (MaillageModuleSet     *self);
PeasPluginInfo        *maillage_module_set_get_plugin_info (MaillageModuleSet     *self,
                                                            MaillageModule        *module);
MaillageModule        *maillage_module_set_find            (MaillageModuleSet     *self,
                                                            const char            *id);
void                   maillage_module_set_build_chapters  (MaillageModuleSet     *self,
                                                            MaillageDocument      *document);

G_END_DECLS
