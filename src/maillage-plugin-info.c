/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-plugin-info"

#include "config.h"

#include <stdlib.h>

#include "maillage-plugin-info.h"

/* Keys of a `.plugin` file that libpeas does not know. libpeas hands any
 * `X-` key over as "external data", without the prefix. */
#define KEY_ID    "Maillage-Id"
#define KEY_ORDER "Maillage-Order"
#define KEY_KIND  "Maillage-Kind"

/* Where a plugin without X-Maillage-Order goes: after the ordered ones. */
#define DEFAULT_ORDER 1000

/**
 * maillage_plugin_info_get_module_id:
 * @info: a #PeasPluginInfo
 *
 * The id of the module a plugin provides: its key under `modules` in the
 * project file. It is the plugin's module name, unless the `.plugin` file
 * sets `X-Maillage-Id`: Python module names are global to the process, so a
 * Python plugin takes a prefixed module name (`maillage_diagnostic`) and
 * states its short id there.
 *
 * Returns: (transfer none): the module id
 */
const char *
maillage_plugin_info_get_module_id (PeasPluginInfo *info)
{
  const char *id;

  g_return_val_if_fail (info != NULL, NULL);

  id = peas_plugin_info_get_external_data (info, KEY_ID);
  if (id != NULL && *id != '\0')
    return id;

  return peas_plugin_info_get_module_name (info);
}

/**
 * maillage_plugin_info_get_order:
 * @info: a #PeasPluginInfo
 *
 * Where a plugin's module stands in the sidebar and in the documents, from
 * `X-Maillage-Order` (smaller first).
 *
 * Returns: the order, 1000 when the key is missing or not a number
 */
int
maillage_plugin_info_get_order (PeasPluginInfo *info)
{
  const char *value;
  char *end = NULL;
  long order;

  g_return_val_if_fail (info != NULL, DEFAULT_ORDER);

  value = peas_plugin_info_get_external_data (info, KEY_ORDER);
  if (value == NULL)
    return DEFAULT_ORDER;

  order = strtol (value, &end, 10);
  if (end == value || *end != '\0' || order < G_MININT || order > G_MAXINT)
    return DEFAULT_ORDER;

  return (int) order;
}

/**
 * maillage_plugin_info_get_kind:
 * @info: a #PeasPluginInfo
 *
 * Returns: what the plugin brings, from `X-Maillage-Kind`
 */
MaillagePluginKind
maillage_plugin_info_get_kind (PeasPluginInfo *info)
{
  const char *value;

  g_return_val_if_fail (info != NULL, MAILLAGE_PLUGIN_KIND_OTHER);

  value = peas_plugin_info_get_external_data (info, KEY_KIND);
  if (g_strcmp0 (value, "module") == 0)
    return MAILLAGE_PLUGIN_KIND_MODULE;
  if (g_strcmp0 (value, "exporter") == 0)
    return MAILLAGE_PLUGIN_KIND_EXPORTER;

  return MAILLAGE_PLUGIN_KIND_OTHER;
}

/**
 * maillage_plugin_info_is_listed:
 * @info: a #PeasPluginInfo
 *
 * Whether the person may switch the plugin on and off: builtin plugins are
 * part of the program and hidden ones serve other plugins.
 *
 * Returns: %TRUE if the plugin belongs in the preferences window
 */
gboolean
maillage_plugin_info_is_listed (PeasPluginInfo *info)
{
  g_return_val_if_fail (info != NULL, FALSE);

  return !peas_plugin_info_is_builtin (info) && !peas_plugin_info_is_hidden (info);
}
