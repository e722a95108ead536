/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MAILLAGE_TYPE_WELCOME_PAGE (maillage_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (MaillageWelcomePage, maillage_welcome_page, MAILLAGE, WELCOME_PAGE, AdwBin)

GtkWidget *maillage_welcome_page_new (void);

G_END_DECLS
