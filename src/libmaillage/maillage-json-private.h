/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-json-private.h: the one gate through which project JSON is read
 * and the one canonical writer. Not installed, not introspected.
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonNode *maillage_json_parse     (const char  *data,
                                   gssize       length,
                                   GError     **error);
char     *maillage_json_to_string (JsonNode    *node,
                                   gsize       *length);

G_END_DECLS
