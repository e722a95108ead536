/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include "maillage-types.h"

G_BEGIN_DECLS

#define MAILLAGE_COMMUNE_ERROR (maillage_commune_error_quark ())

/**
 * MaillageCommuneError:
 * @MAILLAGE_COMMUNE_ERROR_EMPTY: no INSEE code was given
 * @MAILLAGE_COMMUNE_ERROR_INVALID_INSEE: the text is not an INSEE code
 *
 * Why a code typed or read is not a commune's INSEE code.
 */
typedef enum
{
  MAILLAGE_COMMUNE_ERROR_EMPTY,
  MAILLAGE_COMMUNE_ERROR_INVALID_INSEE,
} MaillageCommuneError;

GQuark maillage_commune_error_quark (void);

#define MAILLAGE_TYPE_COMMUNE (maillage_commune_get_type ())
G_DECLARE_FINAL_TYPE (MaillageCommune, maillage_commune, MAILLAGE, COMMUNE, GObject)

MaillageCommune *maillage_commune_new            (const char      *insee,
                                                  const char      *name,
                                                  guint            population);
const char      *maillage_commune_get_insee      (MaillageCommune *self);
void             maillage_commune_set_insee      (MaillageCommune *self,
                                                  const char      *insee);
const char      *maillage_commune_get_name       (MaillageCommune *self);
void             maillage_commune_set_name       (MaillageCommune *self,
                                                  const char      *name);
guint            maillage_commune_get_population (MaillageCommune *self);
void             maillage_commune_set_population (MaillageCommune *self,
                                                  guint            population);
gboolean         maillage_commune_insee_is_valid (const char      *insee);
char            *maillage_commune_normalize_insee (const char     *text);
gboolean         maillage_commune_check_insee    (const char      *insee,
                                                  GError         **error);

G_END_DECLS
