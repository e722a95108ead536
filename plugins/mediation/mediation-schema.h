/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-schema.h: the national schema of lieux de médiation numérique,
 * version 1.0.2 — its fields, their rules and their vocabularies — and the
 * validation of one lieu, field by field.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The schema's version, written in exports and in the README. */
#define MEDIATION_SCHEMA_VERSION "1.0.2"

/* The schema's limit on presentation_resume, in characters. */
#define MEDIATION_SCHEMA_RESUME_MAX_LENGTH 280

/* Between several values of one cell. */
#define MEDIATION_SCHEMA_LIST_SEPARATOR "|"

/**
 * MediationField:
 *
 * The fields of the schema, in the schema's own order, which is also the
 * order of the columns of an export and of the members of a lieu in JSON.
 */
typedef enum
{
  MEDIATION_FIELD_ID,
  MEDIATION_FIELD_PIVOT,
  MEDIATION_FIELD_NOM,
  MEDIATION_FIELD_COMMUNE,
  MEDIATION_FIELD_CODE_POSTAL,
  MEDIATION_FIELD_CODE_INSEE,
  MEDIATION_FIELD_ADRESSE,
  MEDIATION_FIELD_COMPLEMENT_ADRESSE,
  MEDIATION_FIELD_LATITUDE,
  MEDIATION_FIELD_LONGITUDE,
  MEDIATION_FIELD_TYPOLOGIE,
  MEDIATION_FIELD_TELEPHONE,
  MEDIATION_FIELD_COURRIELS,
  MEDIATION_FIELD_SITE_WEB,
  MEDIATION_FIELD_HORAIRES,
  MEDIATION_FIELD_PRESENTATION_RESUME,
  MEDIATION_FIELD_PRESENTATION_DETAIL,
  MEDIATION_FIELD_SOURCE,
  MEDIATION_FIELD_ITINERANCE,
  MEDIATION_FIELD_STRUCTURE_PARENTE,
  MEDIATION_FIELD_DATE_MAJ,
  MEDIATION_FIELD_SERVICES,
  MEDIATION_FIELD_PUBLICS_SPECIFIQUEMENT_ADRESSES,
  MEDIATION_FIELD_PRISE_EN_CHARGE_SPECIFIQUE,
  MEDIATION_FIELD_FRAIS_A_CHARGE,
  MEDIATION_FIELD_DISPOSITIF_PROGRAMMES_NATIONAUX,
  MEDIATION_FIELD_FORMATIONS_LABELS,
  MEDIATION_FIELD_AUTRES_FORMATIONS_LABELS,
  MEDIATION_FIELD_MODALITES_ACCES,
  MEDIATION_FIELD_MODALITES_ACCOMPAGNEMENT,
  MEDIATION_FIELD_FICHE_ACCES_LIBRE,
  MEDIATION_FIELD_PRISE_RDV,
  MEDIATION_N_FIELDS
} MediationField;

/**
 * MediationFieldKind:
 * @MEDIATION_FIELD_KIND_TEXT: one string
 * @MEDIATION_FIELD_KIND_LIST: several strings, `|` between them in CSV
 * @MEDIATION_FIELD_KIND_NUMBER: a decimal number (WGS 84 coordinates)
 * @MEDIATION_FIELD_KIND_DATE: a date, `YYYY-MM-DD`
 */
typedef enum
{
  MEDIATION_FIELD_KIND_TEXT,
  MEDIATION_FIELD_KIND_LIST,
  MEDIATION_FIELD_KIND_NUMBER,
  MEDIATION_FIELD_KIND_DATE,
} MediationFieldKind;

/* Called once for each problem found; @message is in the user's language. */
typedef void (*MediationIssueFunc) (MediationField  field,
                                    const char     *value,
                                    const char     *message,
                                    gpointer        user_data);

const char          *mediation_schema_field_name        (MediationField      field);
const char          *mediation_schema_field_legacy_name (MediationField      field);
gboolean             mediation_schema_field_from_name   (const char         *name,
                                                         MediationField     *field);
MediationFieldKind   mediation_schema_field_kind        (MediationField      field);
gboolean             mediation_schema_field_required    (MediationField      field);
const char * const  *mediation_schema_vocabulary        (MediationField      field);
gboolean             mediation_schema_vocabulary_strict (MediationField      field);
const char          *mediation_schema_canonical_value   (MediationField      field,
                                                         const char         *value);

char                *mediation_schema_normalize         (MediationField      field,
                                                         const char         *value);
guint                mediation_schema_check             (const char * const *values,
                                                         MediationIssueFunc  func,
                                                         gpointer            user_data);

gboolean             mediation_schema_date_is_valid     (const char         *date);
gboolean             mediation_schema_parse_number      (const char         *text,
                                                         double             *value);

G_END_DECLS
