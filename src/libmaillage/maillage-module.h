/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <gtk/gtk.h>
#include <json-glib/json-glib.h>

#include "maillage-types.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_MODULE (maillage_module_get_type ())
G_DECLARE_INTERFACE (MaillageModule, maillage_module, MAILLAGE, MODULE, GObject)

/**
 * MaillageModuleInterface:
 * @load: reads the module's own JSON object (%NULL for a project that has none
 *   yet) into the module's model; may migrate an older version of it. On
 *   failure, set @error and leave the module empty.
 * @unload: lets go of everything tied to the project; called before the
 *   plugin is disabled or the project is closed.
 * @save: writes the module's model as one JSON object, always with the same
 *   member order, so the file diffs well.
 * @create_page: builds the module's editor page, shown beside the sidebar.
 * @build_chapter: appends the module's chapter to the strategy annex.
 * @list_findings: reports what is missing or inconsistent, for the overview.
 * @get_completeness: how complete the module is, from 0.0 to 1.0.
 * @list_actions: the actions of the plan this module owns.
 * @list_key_points: a few sentences, in French, that sum the module up for
 *   the note explicative de synthèse and the considérants of the
 *   délibération: key figures, what the module plans.
 *
 * The interface every module plugin implements. Call the public invokers
 * (maillage_module_load() and the others), never the vfuncs directly.
 */
struct _MaillageModuleInterface
{
  GTypeInterface parent_iface;

  gboolean    (*load)             (MaillageModule   *self,
                                   MaillageProject  *project,
                                   JsonObject       *data,
                                   GError          **error);
  void        (*unload)           (MaillageModule   *self);
  JsonObject *(*save)             (MaillageModule   *self);
  GtkWidget  *(*create_page)      (MaillageModule   *self);
  void        (*build_chapter)    (MaillageModule   *self,
                                   MaillageDocument *document);
  GListModel *(*list_findings)    (MaillageModule   *self);
  double      (*get_completeness) (MaillageModule   *self);
  GListModel *(*list_actions)     (MaillageModule   *self);
  char      **(*list_key_points)  (MaillageModule   *self);

  /*< private >*/
  gpointer padding[7];
};

gboolean         maillage_module_attach           (MaillageModule   *self,
                                                   const char       *id,
                                                   MaillageProject  *project,
                                                   GError          **error);
gboolean         maillage_module_load             (MaillageModule   *self,
                                                   MaillageProject  *project,
                                                   JsonObject       *data,
                                                   GError          **error);
void             maillage_module_unload           (MaillageModule   *self);
JsonObject      *maillage_module_save             (MaillageModule   *self);
GtkWidget       *maillage_module_create_page      (MaillageModule   *self);
void             maillage_module_build_chapter    (MaillageModule   *self,
                                                   MaillageDocument *document);
GListModel      *maillage_module_list_findings    (MaillageModule   *self);
double           maillage_module_get_completeness (MaillageModule   *self);
GListModel      *maillage_module_list_actions     (MaillageModule   *self);
char           **maillage_module_list_key_points  (MaillageModule   *self);
const char      *maillage_module_get_id           (MaillageModule   *self);
MaillageProject *maillage_module_get_project      (MaillageModule   *self);
void             maillage_module_emit_changed     (MaillageModule   *self);

G_END_DECLS
