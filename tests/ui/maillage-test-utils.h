/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-test-utils.h: what every UI test needs: a GTK set up in a
 * private home, the application without a session bus name, waiting for
 * the main loop to catch up, and in-process screenshots. The plugin
 * engine's test (tests/plugins) shares the widget search and the log
 * filter for the broken fixture plugins.
 */
#pragma once

#include <adwaita.h>

#include "maillage-application.h"

G_BEGIN_DECLS

void                 maillage_test_init              (int         *argc,
                                                      char      ***argv);
int                  maillage_test_run               (void);
MaillageApplication *maillage_test_application_new   (void);
void                 maillage_test_iterate           (void);
void                 maillage_test_wait_until        (gboolean   (*condition) (gpointer data),
                                                      gpointer     data);
void                 maillage_test_wait_for_mapped   (GtkWidget   *widget);
void                 maillage_test_wait_for_frame    (GtkWidget   *widget);
void                 maillage_test_wait_finalized    (gpointer    *weak_pointer);
GtkWindow           *maillage_test_find_window       (GType        type,
                                                      GtkWindow   *transient_for);
char                *maillage_test_screenshot        (GtkWidget   *widget,
                                                      const char  *name);
GtkWidget           *maillage_test_find_named        (GtkWidget   *widget,
                                                      const char  *name);
void                 maillage_test_close_windows     (MaillageApplication *app);
gboolean             maillage_test_allow_broken      (const char     *log_domain,
                                                      GLogLevelFlags  log_level,
                                                      const char     *message,
                                                      gpointer        user_data);

G_END_DECLS
