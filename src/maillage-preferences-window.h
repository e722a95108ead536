/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "maillage-plugin-manager.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_PREFERENCES_WINDOW (maillage_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (MaillagePreferencesWindow, maillage_preferences_window, MAILLAGE, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *maillage_preferences_window_new (MaillagePluginManager *manager);

G_END_DECLS
