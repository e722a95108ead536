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

G_END_DECLS
