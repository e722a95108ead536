/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <maillage.h>

#include "maillage-application.h"
#include "maillage-module-set.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_WINDOW (maillage_window_get_type ())
G_DECLARE_FINAL_TYPE (MaillageWindow, maillage_window, MAILLAGE, WINDOW, AdwApplicationWindow)

MaillageWindow    *maillage_window_new                   (MaillageApplication *application);
gboolean           maillage_window_open_project          (MaillageWindow      *self,
                                                          GFile               *file);
gboolean           maillage_window_open_copy             (MaillageWindow      *self,
                                                          GFile               *file);
void               maillage_window_set_project           (MaillageWindow      *self,
                                                          MaillageProject     *project);
MaillageProject   *maillage_window_get_project           (MaillageWindow      *self);
MaillageModuleSet *maillage_window_get_module_set        (MaillageWindow      *self);
void               maillage_window_choose_project        (MaillageWindow      *self);
gboolean           maillage_window_save_to_file          (MaillageWindow      *self,
                                                          GFile               *file);
const char        *maillage_window_get_visible_page_name (MaillageWindow      *self);
void               maillage_window_report_plugin_failure (MaillageWindow      *self,
                                                          const char          *plugin_name,
                                                          const char          *message);
void               maillage_window_add_toast             (MaillageWindow      *self,
                                                          AdwToast            *toast);
gboolean           maillage_window_is_empty              (MaillageWindow      *self);

G_END_DECLS
