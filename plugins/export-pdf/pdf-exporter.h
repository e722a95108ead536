/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

#define PDF_TYPE_EXPORTER (pdf_exporter_get_type ())
G_DECLARE_FINAL_TYPE (PdfExporter, pdf_exporter, PDF, EXPORTER, GObject)

void pdf_exporter_register (GTypeModule *module);

G_END_DECLS
