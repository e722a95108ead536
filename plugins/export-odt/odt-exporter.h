/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

#define ODT_TYPE_EXPORTER (odt_exporter_get_type ())
G_DECLARE_FINAL_TYPE (OdtExporter, odt_exporter, ODT, EXPORTER, GObject)

void odt_exporter_register_types (GTypeModule *module);

G_END_DECLS
