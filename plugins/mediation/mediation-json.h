/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-json.h: the JSON form of the national schema of lieux de
 * médiation numérique, read and written, and one lieu as a JSON object.
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "mediation-import.h"

G_BEGIN_DECLS

/* The largest JSON file read, as for projects. */
#define MEDIATION_JSON_MAX_SIZE (32 * 1024 * 1024)

MediationImport *mediation_json_import      (GBytes         *bytes,
                                             GError        **error);
char            *mediation_json_export      (GListModel     *lieux,
                                             gsize          *length);
JsonObject      *mediation_json_from_lieu   (MediationLieu  *lieu,
                                             gboolean        arrays);
MediationLieu   *mediation_json_to_lieu     (JsonObject     *object,
                                             guint           row,
                                             GPtrArray      *issues,
                                             gboolean       *legacy);

G_END_DECLS
