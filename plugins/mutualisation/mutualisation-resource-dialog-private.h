/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mutualisation-resource-dialog-private.h: what the files of
 * MutualisationResourceDialog share — the form, its checks and its
 * application to the module (mutualisation-resource-dialog.c), and its
 * lists of communes and of other partners
 * (mutualisation-resource-dialog-communes.c).
 */
#pragma once

#include "mutualisation-resource-dialog.h"

G_BEGIN_DECLS

/* The keys that need a value per commune, and where its text is kept. */
enum {
  SLOT_UNITS,
  SLOT_PERCENT,
  SLOT_AMOUNT,
  N_SLOTS
};

typedef struct
{
  char      *insee;
  guint64    population;
  GtkWidget *row;
  GtkWidget *check;
  GtkWidget *entry;
  guint64    units;
  guint32    basis_points;
  gint64     amount;
  char      *texts[N_SLOTS];
  char      *error;          /* what is wrong with the current key's text */
} CommuneRow;

struct _MutualisationResourceDialog
{
  AdwWindow              parent_instance;

  MutualisationModule   *module;
  MutualisationResource *resource;        /* the resource edited; NULL when adding */
  GPtrArray             *communes;        /* CommuneRow * */
  GPtrArray             *organisations;   /* char * */
  GPtrArray             *organisation_rows; /* GtkWidget *, in the same order */
  gint64                 cost;
  char                  *error;           /* the first problem, or NULL */
  char                  *total;
  gboolean               name_touched;
  gboolean               filling;         /* texts set by the dialog, not typed */

  /* Template children */
  AdwEntryRow           *name_row;
  AdwComboRow           *category_row;
  AdwEntryRow           *category_other_row;
  AdwEntryRow           *description_row;
  AdwComboRow           *vehicle_row;
  AdwEntryRow           *vehicle_other_row;
  AdwEntryRow           *cost_row;
  GtkLabel              *error_label;
  AdwPreferencesGroup   *key_group;
  AdwComboRow           *key_row;
  AdwEntryRow           *usage_unit_row;
  AdwPreferencesGroup   *communes_group;
  GtkLabel              *total_label;
  AdwPreferencesGroup   *organisations_group;
  AdwEntryRow           *organisation_row;
  GtkButton             *ok_button;
};

/* mutualisation-resource-dialog.c */
MutualisationKey _mutualisation_resource_dialog_current_key         (MutualisationResourceDialog *self);
char            *_mutualisation_resource_dialog_stripped_text       (AdwEntryRow                 *row);
void             _mutualisation_resource_dialog_validate            (MutualisationResourceDialog *self);

/* mutualisation-resource-dialog-communes.c */
void             _mutualisation_resource_dialog_commune_row_free    (CommuneRow                  *row);
int              _mutualisation_resource_dialog_slot_of             (MutualisationKey             key);
void             _mutualisation_resource_dialog_read_value          (MutualisationResourceDialog *self,
                                                                     CommuneRow                  *row);
void             _mutualisation_resource_dialog_build_communes      (MutualisationResourceDialog *self);
void             _mutualisation_resource_dialog_add_organisation    (MutualisationResourceDialog *self,
                                                                     const char                  *name);
void             _mutualisation_resource_dialog_all_clicked         (MutualisationResourceDialog *self);
void             _mutualisation_resource_dialog_none_clicked        (MutualisationResourceDialog *self);
void             _mutualisation_resource_dialog_organisation_apply  (MutualisationResourceDialog *self);

G_END_DECLS
