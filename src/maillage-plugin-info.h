/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-plugin-info.h: what Maillage reads from a plugin's `.plugin`
 * file beyond libpeas' own keys.
 */
#pragma once

#include <libpeas/peas.h>

G_BEGIN_DECLS

/**
 * MaillagePluginKind:
 * @MAILLAGE_PLUGIN_KIND_OTHER: neither of the below (`X-Maillage-Kind` unset)
 * @MAILLAGE_PLUGIN_KIND_MODULE: a module of the strategy (`module`)
 * @MAILLAGE_PLUGIN_KIND_EXPORTER: a document format (`exporter`)
 *
 * What a plugin brings, from its `X-Maillage-Kind` key; the preferences
 * window groups plugins by it.
 */
typedef enum
{
  MAILLAGE_PLUGIN_KIND_OTHER,
  MAILLAGE_PLUGIN_KIND_MODULE,
  MAILLAGE_PLUGIN_KIND_EXPORTER,
} MaillagePluginKind;

const char         *maillage_plugin_info_get_module_id (PeasPluginInfo *info);
int                 maillage_plugin_info_get_order     (PeasPluginInfo *info);
MaillagePluginKind  maillage_plugin_info_get_kind      (PeasPluginInfo *info);
gboolean            maillage_plugin_info_is_listed     (PeasPluginInfo *info);

G_END_DECLS
