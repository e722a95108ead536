/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

#define HTML_TYPE_EXPORTER (html_exporter_get_type ())
G_DECLARE_FINAL_TYPE (HtmlExporter, html_exporter, HTML, EXPORTER, GObject)

void html_exporter_register (GTypeModule *module);

G_END_DECLS
