/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-action-dialog-private.h: what the parts of MaillageActionDialog
 * share: maillage-action-dialog.c (the window, filling the form, saving),
 * maillage-action-dialog-check.c (judging the fields and writing them into
 * the action) and maillage-action-dialog-rows.c (the editable tables of
 * partners, budget, co-financing and indicators). Not installed, not
 * introspected.
 */
#pragma once

#include <gtk/gtk.h>

#include "maillage-action-dialog.h"

G_BEGIN_DECLS

/* Columns are few: an indicator has the most, with three. */
#define MAILLAGE_ROWS_MAX_COLUMNS 3

typedef enum
{
  MAILLAGE_ROWS_TEXT,
  MAILLAGE_ROWS_YEAR,
  MAILLAGE_ROWS_AMOUNT,
} MaillageRowsKind;

typedef struct
{
  const char       *title;   /* marked N_(), translated when shown */
  MaillageRowsKind  kind;
} MaillageRowsColumn;

typedef struct _MaillageRows MaillageRows;

typedef void (*MaillageRowsChanged) (gpointer user_data);

MaillageRows *_maillage_rows_new          (GtkBox                   *box,
                                           const char               *name,
                                           const char               *heading,
                                           const char               *add_label,
                                           const MaillageRowsColumn *columns,
                                           guint                     n_columns,
                                           MaillageRowsChanged       changed,
                                           gpointer                  user_data);
void          _maillage_rows_free         (MaillageRows             *self);
void          _maillage_rows_append       (MaillageRows             *self,
                                           const char * const       *values);
guint         _maillage_rows_get_n_rows   (MaillageRows             *self);
GtkEntry     *_maillage_rows_get_entry    (MaillageRows             *self,
                                           guint                     row,
                                           guint                     column);
char         *_maillage_rows_get_text     (MaillageRows             *self,
                                           guint                     row,
                                           guint                     column);
gboolean      _maillage_rows_is_blank     (MaillageRows             *self,
                                           guint                     row);
void          _maillage_rows_clear_errors (MaillageRows             *self);
void          _maillage_rows_mark_error   (MaillageRows             *self,
                                           guint                     row,
                                           guint                     column,
                                           const char               *message);

/* The columns of each table. */
enum { PARTNER_NAME };
enum { BUDGET_YEAR, BUDGET_INVESTMENT, BUDGET_OPERATING };
enum { COFINANCING_FUNDER, COFINANCING_AMOUNT };
enum { INDICATOR_NAME, INDICATOR_BASELINE, INDICATOR_TARGET };

struct _MaillageActionDialog
{
  GtkWindow        parent_instance;

  MaillageProject *project;
  MaillageAction  *action;      /* NULL while a new action is not saved */
  char            *module_id;   /* the module of a new action */
  GPtrArray       *module_ids;  /* what module_dropdown offers, or NULL */
  gboolean         tried;       /* save was attempted: say what is missing */

  MaillageRows    *partners;
  MaillageRows    *budget;
  MaillageRows    *cofinancing;
  MaillageRows    *indicators;

  /* Template children */
  GtkButton       *ok_button;
  GtkLabel        *summary_label;
  GtkEntry        *title_entry;
  GtkLabel        *title_error;
  GtkWidget       *module_label;
  GtkDropDown     *module_dropdown;
  GtkEntry        *axis_entry;
  GtkMenuButton   *axis_button;
  GtkEntry        *pilot_entry;
  GtkDropDown     *status_dropdown;
  GtkEntry        *start_entry;
  GtkEntry        *end_entry;
  GtkLabel        *period_error;
  GtkBox          *partners_box;
  GtkBox          *budget_box;
  GtkBox          *cofinancing_box;
  GtkBox          *indicators_box;
};

/* maillage-action-dialog-check.c */
guint         _maillage_action_dialog_check (MaillageActionDialog     *self);
void          _maillage_action_dialog_apply (MaillageActionDialog     *self,
                                             MaillageAction           *action);

G_END_DECLS
