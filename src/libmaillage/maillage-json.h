/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonNode *maillage_json_parse_text (const char  *text,
                                    gssize       length,
                                    GError     **error);
char     *maillage_json_write_text (JsonNode    *node,
                                    gsize       *length);

gboolean  maillage_json_check_version (JsonObject  *data,
                                       guint        supported,
                                       guint       *version,
                                       GError     **error);

gboolean  maillage_json_set_member_error (GError     **error,
                                          const char  *prefix,
                                          const char  *member,
                                          const char  *detail);
gboolean  maillage_json_get_string    (JsonObject   *object,
                                       const char   *prefix,
                                       const char   *name,
                                       const char   *fallback,
                                       const char  **value,
                                       GError      **error);
gboolean  maillage_json_get_integer   (JsonObject   *object,
                                       const char   *prefix,
                                       const char   *name,
                                       gint64        minimum,
                                       gint64        maximum,
                                       gint64        fallback,
                                       gint64       *value,
                                       GError      **error);
gboolean  maillage_json_get_array     (JsonObject   *object,
                                       const char   *prefix,
                                       const char   *name,
                                       JsonArray   **array,
                                       GError      **error);
gboolean  maillage_json_get_object    (JsonObject   *object,
                                       const char   *prefix,
                                       const char   *name,
                                       JsonObject  **member,
                                       GError      **error);

G_END_DECLS
