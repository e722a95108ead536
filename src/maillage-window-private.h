/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-window-private.h: what maillage-window.c and
 * maillage-window-actions.c share, and what the UI tests may look into.
 */
#pragma once

#include "maillage-plan-page.h"
#include "maillage-drafts.h"
#include "maillage-overview-page.h"
#include "maillage-welcome-page.h"
#include "maillage-window.h"

G_BEGIN_DECLS

/* Names of the core pages in the content stack; a module's page is named
 * MAILLAGE_WINDOW_MODULE_PAGE_PREFIX followed by its module id, which cannot
 * clash since module ids hold no colon. */
#define MAILLAGE_WINDOW_PAGE_OVERVIEW      "overview"
#define MAILLAGE_WINDOW_PAGE_TERRITORY     "territory"
#define MAILLAGE_WINDOW_PAGE_ACTIONS       "actions"
#define MAILLAGE_WINDOW_PAGE_PREVIEW       "preview"
#define MAILLAGE_WINDOW_PAGE_DELIBERATION  "deliberation"
#define MAILLAGE_WINDOW_MODULE_PAGE_PREFIX "module:"

struct _MaillageWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  MaillageProject      *project;
  /* The application's, kept for as long as the window lives. */
  MaillageDrafts       *drafts;
  MaillageModuleSet    *module_set;
  /* One ModuleEntry per item of module_set, in the same order. */
  GPtrArray            *module_entries;
  /* The last "saved" toast, weak: a new save replaces it instead of
   * stacking toasts. */
  AdwToast             *save_toast;
  /* The toast telling of plugin failures, weak, and the messages it stands
   * for: failures that come together share one toast. */
  AdwToast             *plugin_toast;
  GPtrArray            *plugin_failures;
  /* Set once the user chose to close despite unsaved changes. */
  guint                 close_confirmed : 1;
  guint                 first_frame_reported : 1;
  /* Whether the territory and plan pages were given the project: they
   * get it when first shown (see content_visible_child_cb()). */
  guint                 territory_page_bound : 1;
  guint                 plan_page_bound : 1;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  MaillageWelcomePage  *welcome_page;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar_box;
  GtkWidget            *content_box;
  GtkListBox           *sidebar_list;
  GtkListBoxRow        *overview_row;
  GtkListBoxRow        *territory_row;
  GtkListBoxRow        *actions_row;
  GtkStack             *content_stack;
  AdwWindowTitle       *window_title;
  GtkRevealer          *read_only_revealer;
  GtkLabel             *read_only_label;
  MaillageOverviewPage *overview_page;
  MaillagePlanPage     *plan_page;
  GtkWidget            *territory_page;
  /* The print preview, built in code as the territory page. */
  GtkWidget            *preview_row;
  GtkWidget            *preview_page;
  /* The « Délibération » page, built in code as the preview. */
  GtkWidget            *deliberation_row;
  GtkWidget            *deliberation_page;
};

/* maillage-window-actions.c */
void     _maillage_window_init_actions    (MaillageWindow      *self);
void     _maillage_window_update_actions  (MaillageWindow      *self);
void     _maillage_window_show_error      (MaillageWindow      *self,
                                           const char          *heading,
                                           const char          *body,
                                           const GError        *error);
void     _maillage_window_save_as         (MaillageWindow      *self,
                                           gboolean             close_after);
void     _maillage_window_save            (MaillageWindow      *self,
                                           gboolean             close_after);

/* maillage-window-drafts.c */
void     _maillage_window_init_draft_actions (MaillageWindow   *self);
void     _maillage_window_watch_draft        (MaillageWindow   *self);
void     _maillage_window_unwatch_draft      (MaillageWindow   *self);

/* maillage-window-print.c */
void              _maillage_window_init_print_actions (MaillageWindow *self);
MaillageDocument *_maillage_window_build_strategy     (MaillageWindow *self);

/* maillage-window-export.c */
void              _maillage_window_init_export_actions (MaillageWindow *self);

/* maillage-window.c */
void     _maillage_window_close_confirmed (MaillageWindow      *self);
gboolean _maillage_window_select_page     (MaillageWindow      *self,
                                           const char          *name);
void     _maillage_window_update_title    (MaillageWindow      *self);

G_END_DECLS
