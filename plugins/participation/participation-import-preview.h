/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "participation-module.h"

G_BEGIN_DECLS

#define PARTICIPATION_TYPE_IMPORT_PREVIEW (participation_import_preview_get_type ())
G_DECLARE_FINAL_TYPE (ParticipationImportPreview, participation_import_preview, PARTICIPATION, IMPORT_PREVIEW,
                      AdwWindow)

ParticipationImportPreview *participation_import_preview_new        (ParticipationModule        *module,
                                                                     ParticipationDecidimImport *import,
                                                                     const char                 *file_name);
ParticipationDecidimImport *participation_import_preview_get_import (ParticipationImportPreview *self);
gboolean                    participation_import_preview_can_import (ParticipationImportPreview *self);
const char                 *participation_import_preview_get_summary (ParticipationImportPreview *self);
gboolean                    participation_import_preview_confirm    (ParticipationImportPreview *self);
void                        participation_import_preview_register   (GTypeModule                *module);

G_END_DECLS
