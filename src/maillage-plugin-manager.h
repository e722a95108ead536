/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libpeas/peas.h>
#include <maillage.h>

G_BEGIN_DECLS

#define MAILLAGE_TYPE_PLUGIN_MANAGER (maillage_plugin_manager_get_type ())
G_DECLARE_FINAL_TYPE (MaillagePluginManager, maillage_plugin_manager, MAILLAGE, PLUGIN_MANAGER, GObject)

MaillagePluginManager *maillage_plugin_manager_new                (void);
PeasEngine            *maillage_plugin_manager_get_engine         (MaillagePluginManager *self);
const GList           *maillage_plugin_manager_get_plugins        (MaillagePluginManager *self);
gboolean               maillage_plugin_manager_get_plugin_enabled (MaillagePluginManager *self,
                                                                   PeasPluginInfo        *info);
void                   maillage_plugin_manager_set_plugin_enabled (MaillagePluginManager *self,
                                                                   PeasPluginInfo        *info,
                                                                   gboolean               enabled);
GHashTable            *maillage_plugin_manager_get_failures       (MaillagePluginManager *self);
const char            *maillage_plugin_manager_get_failure        (MaillagePluginManager *self,
                                                                   PeasPluginInfo        *info);
void                   maillage_plugin_manager_report_failure     (MaillagePluginManager *self,
                                                                   PeasPluginInfo        *info,
                                                                   const char            *message);
void                   maillage_plugin_manager_rescan             (MaillagePluginManager *self);
GPtrArray             *maillage_plugin_manager_list_exporters     (MaillagePluginManager *self);
MaillageExporter      *maillage_plugin_manager_find_exporter      (MaillagePluginManager *self,
                                                                   const char            *format_id);

G_END_DECLS
