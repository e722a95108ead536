/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-form.h: what the Gouvernance dialogs share: reading and
 * filling their rows, combo rows over a vocabulary, and saying what is
 * wrong.
 */
#pragma once

#include <adwaita.h>

#include "gouvernance-vocabulary.h"

G_BEGIN_DECLS

char *gouvernance_form_get_text     (AdwEntryRow           *row);
void  gouvernance_form_set_text     (AdwEntryRow           *row,
                                     const char            *text);
void  gouvernance_form_setup_combo  (AdwComboRow           *row,
                                     GouvernanceVocabulary  vocabulary,
                                     guint                  selected);
void  gouvernance_form_mark         (GtkWidget             *row,
                                     gboolean               wrong);
void  gouvernance_form_show_error   (GtkLabel              *label,
                                     const char            *message);

G_END_DECLS
