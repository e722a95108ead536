/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-vocabulary.h: the closed lists of the Gouvernance module —
 * échelons, kinds of body and of member, roles, statuses of a conseil
 * local du numérique, audiences of a training session — with the key
 * each value has in the project file and its label.
 */
#pragma once

#include <gtk/gtk.h>

#include "gouvernance-types.h"

G_BEGIN_DECLS

typedef enum
{
  GOUVERNANCE_VOCABULARY_ECHELON,
  GOUVERNANCE_VOCABULARY_BODY_KIND,
  GOUVERNANCE_VOCABULARY_MEMBER_KIND,
  GOUVERNANCE_VOCABULARY_ROLE,
  GOUVERNANCE_VOCABULARY_COUNCIL_STATUS,
  GOUVERNANCE_VOCABULARY_AUDIENCE,
} GouvernanceVocabulary;

guint          gouvernance_vocabulary_size           (GouvernanceVocabulary  vocabulary);
const char    *gouvernance_vocabulary_key            (GouvernanceVocabulary  vocabulary,
                                                      guint                  value);
gboolean       gouvernance_vocabulary_lookup         (GouvernanceVocabulary  vocabulary,
                                                      const char            *key,
                                                      guint                 *value);
const char    *gouvernance_vocabulary_label          (GouvernanceVocabulary  vocabulary,
                                                      guint                  value);
const char    *gouvernance_vocabulary_french_label   (GouvernanceVocabulary  vocabulary,
                                                      guint                  value);
char          *gouvernance_vocabulary_describe_keys  (GouvernanceVocabulary  vocabulary);
GtkStringList *gouvernance_vocabulary_new_model      (GouvernanceVocabulary  vocabulary);

char          *gouvernance_roles_to_label            (GouvernanceRoles       roles,
                                                      gboolean               french);

G_END_DECLS
