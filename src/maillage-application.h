/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "maillage-drafts.h"
#include "maillage-plugin-manager.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_APPLICATION (maillage_application_get_type ())
G_DECLARE_FINAL_TYPE (MaillageApplication, maillage_application, MAILLAGE, APPLICATION, AdwApplication)

MaillageApplication   *maillage_application_new                (void);
MaillagePluginManager *maillage_application_get_plugin_manager (MaillageApplication *self);
MaillageDrafts        *maillage_application_get_drafts         (MaillageApplication *self);
GFile                 *maillage_application_get_demo_file      (void);
void                   maillage_application_open_file          (MaillageApplication *self,
                                                                GFile               *file);
void                   maillage_application_open_demo          (MaillageApplication *self);

G_END_DECLS
