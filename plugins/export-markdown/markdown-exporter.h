/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

#define MARKDOWN_TYPE_EXPORTER (markdown_exporter_get_type ())
G_DECLARE_FINAL_TYPE (MarkdownExporter, markdown_exporter, MARKDOWN, EXPORTER, GObject)

void markdown_exporter_register (GTypeModule *module);

G_END_DECLS
