/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-json-private.h: the one gate through which project JSON is read
 * and the one canonical writer. Not installed, not introspected.
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonNode *maillage_json_parse              (const char   *data,
                                            gssize        length,
                                            GError      **error);
JsonNode *maillage_json_parse_deferred     (const char   *data,
                                            gssize        length,
                                            const char   *member,
                                            GHashTable  **deferred,
                                            GError      **error);
char     *maillage_json_to_string          (JsonNode     *node,
                                            gsize        *length);
char     *maillage_json_to_string_with_raw (JsonNode     *root,
                                            GHashTable   *raw,
                                            gsize        *length);
void      maillage_json_append             (GString      *out,
                                            JsonNode     *node,
                                            guint         level);

G_END_DECLS
