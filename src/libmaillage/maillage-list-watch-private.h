/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-list-watch-private.h: listening to every item of a GListStore,
 * so that a model object can relay changes deep inside its lists (a budget
 * line of an action, a commune of the territory) as its own "changed".
 * Not installed, not introspected.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _MaillageListWatch MaillageListWatch;

MaillageListWatch *maillage_list_watch_new  (GListStore        *store,
                                             const char        *item_signal,
                                             GCallback          item_callback,
                                             GCallback          items_changed_callback,
                                             gpointer           owner);
void               maillage_list_watch_free (MaillageListWatch *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MaillageListWatch, maillage_list_watch_free)

G_END_DECLS
