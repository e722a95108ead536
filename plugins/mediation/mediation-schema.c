/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-schema.c: the national schema of lieux de médiation numérique,
 * v1.0.2 (LaMednum/standard-mediation-num), as data: every field with its
 * kind, whether it is required, its older (v0.1) name and its vocabulary,
 * and the spellings of each value that mean it.
 *
 * Two steps use it, kept apart: mediation-schema-normalize.c turns what
 * people type into the schema's form where that is certain (`|` between
 * values, the schema's own spelling of a known value, a French national
 * phone number in its international form); mediation-schema-check.c then
 * reports, field by field, what still breaks a rule. Nothing is guessed: a
 * value that cannot be normalized is left as it was, and the check names
 * it.
 */
#define G_LOG_DOMAIN "mediation-schema"

#include "config.h"

#include <errno.h>
#include <maillage.h>
#include <math.h>
#include <string.h>

#include "mediation-schema.h"

static const char * const services[] = {
  "Aide aux démarches administratives",
  "Maîtrise des outils numériques du quotidien",
  "Insertion professionnelle via le numérique",
  "Utilisation sécurisée du numérique",
  "Parentalité et éducation avec le numérique",
  "Loisirs et créations numériques",
  "Compréhension du monde numérique",
  "Accès internet et matériel informatique",
  "Acquisition de matériel informatique à prix solidaire",
  NULL
};

static const char * const modalites_accompagnement[] = {
  "En autonomie",
  "Accompagnement individuel",
  "Dans un atelier collectif",
  "À distance",
  NULL
};

static const char * const frais_a_charge[] = {
  "Gratuit",
  "Gratuit sous condition",
  "Payant",
  NULL
};

static const char * const itinerance[] = {
  "Itinérant",
  "Fixe",
  NULL
};

static const char * const publics[] = {
  "Jeunes",
  "Étudiants",
  "Familles et/ou enfants",
  "Seniors",
  "Femmes",
  NULL
};

static const char * const prise_en_charge[] = {
  "Surdité",
  "Handicaps moteurs",
  "Handicaps mentaux",
  "Illettrisme",
  "Langues étrangères (anglais)",
  "Langues étrangères (autres)",
  "Déficience visuelle",
  NULL
};

static const char * const dispositifs[] = {
  "Aidants Connect",
  "Bibliothèques numérique de référence",
  "Certification PIX",
  "Conseillers numériques",
  "Emmaüs Connect",
  "France Services",
  "Grande école du numérique",
  "La Croix Rouge",
  "Point d'accès numérique CAF",
  "Promeneurs du net",
  "Relais numérique (Emmaüs Connect)",
  NULL
};

static const char * const modalites_acces[] = {
  "Se présenter",
  "Téléphoner",
  "Contacter par mail",
  "Prendre un RDV en ligne",
  "Ce lieu n'accueille pas de public",
  "Envoyer un mail avec une fiche de prescription",
  NULL
};

typedef struct
{
  const char         *name;
  /* The name of the field in v0.1 files, when it had another. */
  const char         *legacy_name;
  MediationFieldKind  kind;
  gboolean            required;
  const char * const *vocabulary;
  /* Whether a value outside the vocabulary breaks the schema. The issue
   * names services, modalites_accompagnement and frais_a_charge; itinerance
   * has two values that never change. The other lists grow from one
   * version to the next, so their unknown values are kept, not refused. */
  gboolean            strict;
} FieldInfo;

static const FieldInfo fields[MEDIATION_N_FIELDS] = {
  [MEDIATION_FIELD_ID] = { "id", NULL, MEDIATION_FIELD_KIND_TEXT, TRUE, NULL, FALSE },
  [MEDIATION_FIELD_PIVOT] = { "pivot", NULL, MEDIATION_FIELD_KIND_TEXT, TRUE, NULL, FALSE },
  [MEDIATION_FIELD_NOM] = { "nom", NULL, MEDIATION_FIELD_KIND_TEXT, TRUE, NULL, FALSE },
  [MEDIATION_FIELD_COMMUNE] = { "commune", NULL, MEDIATION_FIELD_KIND_TEXT, TRUE, NULL, FALSE },
  [MEDIATION_FIELD_CODE_POSTAL] = { "code_postal", NULL, MEDIATION_FIELD_KIND_TEXT, TRUE, NULL, FALSE },
  [MEDIATION_FIELD_CODE_INSEE] = { "code_insee", NULL, MEDIATION_FIELD_KIND_TEXT, FALSE, NULL, FALSE },
  [MEDIATION_FIELD_ADRESSE] = { "adresse", NULL, MEDIATION_FIELD_KIND_TEXT, TRUE, NULL, FALSE },
  [MEDIATION_FIELD_COMPLEMENT_ADRESSE] = { "complement_adresse", NULL, MEDIATION_FIELD_KIND_TEXT, FALSE, NULL, FALSE },
  [MEDIATION_FIELD_LATITUDE] = { "latitude", NULL, MEDIATION_FIELD_KIND_NUMBER, FALSE, NULL, FALSE },
  [MEDIATION_FIELD_LONGITUDE] = { "longitude", NULL, MEDIATION_FIELD_KIND_NUMBER, FALSE, NULL, FALSE },
  [MEDIATION_FIELD_TYPOLOGIE] = { "typologie", NULL, MEDIATION_FIELD_KIND_LIST, FALSE, NULL, FALSE },
  [MEDIATION_FIELD_TELEPHONE] = { "telephone", NULL, MEDIATION_FIELD_KIND_TEXT, FALSE, NULL, FALSE },
  [MEDIATION_FIELD_COURRIELS] = { "courriels", "courriel", MEDIATION_FIELD_KIND_LIST, FALSE, NULL, FALSE },
  [MEDIATION_FIELD_SITE_WEB] = { "site_web", NULL, MEDIATION_FIELD_KIND_LIST, FALSE, NULL, FALSE },
  [MEDIATION_FIELD_HORAIRES] = { "horaires", NULL, MEDIATION_FIELD_KIND_TEXT, FALSE, NULL, FALSE },
  [MEDIATION_FIELD_PRESENTATION_RESUME] = { "presentation_resume", NULL, MEDIATION_FIELD_KIND_TEXT, FALSE, NULL, FALSE },
  [MEDIATION_FIELD_PRESENTATION_DETAIL] = { "presentation_detail", NULL, MEDIATION_FIELD_KIND_TEXT, FALSE, NULL, FALSE },
  [MEDIATION_FIELD_SOURCE] = { "source", NULL, MEDIATION_FIELD_KIND_TEXT, FALSE, NULL, FALSE },
  [MEDIATION_FIELD_ITINERANCE] = { "itinerance", NULL, MEDIATION_FIELD_KIND_LIST, FALSE, itinerance, TRUE },
  [MEDIATION_FIELD_STRUCTURE_PARENTE] = { "structure_parente", NULL, MEDIATION_FIELD_KIND_TEXT, FALSE, NULL, FALSE },
  [MEDIATION_FIELD_DATE_MAJ] = { "date_maj", NULL, MEDIATION_FIELD_KIND_DATE, TRUE, NULL, FALSE },
  [MEDIATION_FIELD_SERVICES] = { "services", NULL, MEDIATION_FIELD_KIND_LIST, FALSE, services, TRUE },
  [MEDIATION_FIELD_PUBLICS_SPECIFIQUEMENT_ADRESSES] = { "publics_specifiquement_adresses", "publics_accueillis", MEDIATION_FIELD_KIND_LIST, FALSE, publics, FALSE },
  [MEDIATION_FIELD_PRISE_EN_CHARGE_SPECIFIQUE] = { "prise_en_charge_specifique", NULL, MEDIATION_FIELD_KIND_LIST, FALSE, prise_en_charge, FALSE },
  [MEDIATION_FIELD_FRAIS_A_CHARGE] = { "frais_a_charge", "conditions_acces", MEDIATION_FIELD_KIND_LIST, FALSE, frais_a_charge, TRUE },
  [MEDIATION_FIELD_DISPOSITIF_PROGRAMMES_NATIONAUX] = { "dispositif_programmes_nationaux", "labels_nationaux", MEDIATION_FIELD_KIND_LIST, FALSE, dispositifs, FALSE },
  [MEDIATION_FIELD_FORMATIONS_LABELS] = { "formations_labels", NULL, MEDIATION_FIELD_KIND_LIST, FALSE, NULL, FALSE },
  [MEDIATION_FIELD_AUTRES_FORMATIONS_LABELS] = { "autres_formations_labels", "labels_autres", MEDIATION_FIELD_KIND_TEXT, FALSE, NULL, FALSE },
  [MEDIATION_FIELD_MODALITES_ACCES] = { "modalites_acces", NULL, MEDIATION_FIELD_KIND_LIST, FALSE, modalites_acces, FALSE },
  [MEDIATION_FIELD_MODALITES_ACCOMPAGNEMENT] = { "modalites_accompagnement", NULL, MEDIATION_FIELD_KIND_LIST, FALSE, modalites_accompagnement, TRUE },
  [MEDIATION_FIELD_FICHE_ACCES_LIBRE] = { "fiche_acces_libre", "accessibilite", MEDIATION_FIELD_KIND_TEXT, FALSE, NULL, FALSE },
  [MEDIATION_FIELD_PRISE_RDV] = { "prise_rdv", NULL, MEDIATION_FIELD_KIND_TEXT, FALSE, NULL, FALSE },
};

/* Values of older files (v0.1 and v0.2), and spellings seen in the wild,
 * mapped to the value of v1.0.2 that means the same. v0.1 wrote a value
 * with its explanation (“Gratuit : Je peux accéder…”); the explanation is
 * dropped by canonical_value() before this table is read. The schema itself
 * counts membership and pass numériques as “gratuit sous condition”. */
typedef struct
{
  MediationField  field;
  const char     *alias;
  const char     *value;
} Alias;

static const Alias aliases[] = {
  { MEDIATION_FIELD_FRAIS_A_CHARGE, "Adhésion", "Gratuit sous condition" },
  { MEDIATION_FIELD_FRAIS_A_CHARGE, "Accepte le Pass numérique", "Gratuit sous condition" },
  { MEDIATION_FIELD_MODALITES_ACCOMPAGNEMENT, "Seul", "En autonomie" },
  { MEDIATION_FIELD_MODALITES_ACCOMPAGNEMENT, "Avec de l'aide", "Accompagnement individuel" },
  { MEDIATION_FIELD_MODALITES_ACCOMPAGNEMENT, "Dans un atelier", "Dans un atelier collectif" },
  { MEDIATION_FIELD_MODALITES_ACCOMPAGNEMENT, "A ma place", "Accompagnement individuel" },
  { MEDIATION_FIELD_DISPOSITIF_PROGRAMMES_NATIONAUX, "CNFS", "Conseillers numériques" },
  { MEDIATION_FIELD_DISPOSITIF_PROGRAMMES_NATIONAUX, "Conseiller numérique", "Conseillers numériques" },
  { MEDIATION_FIELD_DISPOSITIF_PROGRAMMES_NATIONAUX, "Point numérique CAF", "Point d'accès numérique CAF" },
  { MEDIATION_FIELD_DISPOSITIF_PROGRAMMES_NATIONAUX, "Point relais CAF", "Point d'accès numérique CAF" },
  { MEDIATION_FIELD_DISPOSITIF_PROGRAMMES_NATIONAUX, "Grandes écoles du numérique", "Grande école du numérique" },
};

/* Per field, a table from a folded spelling to the canonical value. */
static GHashTable *lookup[MEDIATION_N_FIELDS];

/* Accents, case, apostrophes and runs of spaces do not make another value:
 * “a distance”, “À  distance” and “À distance” are one. */
static char *
fold (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_sized_new (strlen (ascii));
  gboolean space = FALSE;

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, g_ascii_tolower (*p));
    }

  return g_string_free (out, FALSE);
}

static gpointer
build_lookup (gpointer data)
{
  for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
    {
      if (fields[f].vocabulary == NULL)
        continue;

      lookup[f] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; fields[f].vocabulary[i] != NULL; i++)
        g_hash_table_insert (lookup[f], fold (fields[f].vocabulary[i]),
                             (gpointer) fields[f].vocabulary[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    g_hash_table_insert (lookup[aliases[i].field], fold (aliases[i].alias),
                         (gpointer) aliases[i].value);

  return NULL;
}

static GHashTable *
get_lookup (MediationField field)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, build_lookup, NULL);
  return lookup[field];
}

const char *
mediation_schema_field_name (MediationField field)
{
  g_return_val_if_fail (field < MEDIATION_N_FIELDS, NULL);

  return fields[field].name;
}

/* The v0.1 name of @field, or NULL when it had the same name. */
const char *
mediation_schema_field_legacy_name (MediationField field)
{
  g_return_val_if_fail (field < MEDIATION_N_FIELDS, NULL);

  return fields[field].legacy_name;
}

/* Finds the field called @name in v1.0.2, or in v0.1. */
gboolean
mediation_schema_field_from_name (const char     *name,
                                  MediationField *field)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
    {
      if (strcmp (name, fields[f].name) == 0 ||
          g_strcmp0 (name, fields[f].legacy_name) == 0)
        {
          if (field != NULL)
            *field = f;
          return TRUE;
        }
    }

  return FALSE;
}

MediationFieldKind
mediation_schema_field_kind (MediationField field)
{
  g_return_val_if_fail (field < MEDIATION_N_FIELDS, MEDIATION_FIELD_KIND_TEXT);

  return fields[field].kind;
}

gboolean
mediation_schema_field_required (MediationField field)
{
  g_return_val_if_fail (field < MEDIATION_N_FIELDS, FALSE);

  return fields[field].required;
}

/* The values the schema lists for @field, or NULL for free text. */
const char * const *
mediation_schema_vocabulary (MediationField field)
{
  g_return_val_if_fail (field < MEDIATION_N_FIELDS, NULL);

  return fields[field].vocabulary;
}

gboolean
mediation_schema_vocabulary_strict (MediationField field)
{
  g_return_val_if_fail (field < MEDIATION_N_FIELDS, FALSE);

  return fields[field].strict;
}

/**
 * mediation_schema_canonical_value:
 * @field: a field with a vocabulary
 * @value: one value, as written in a file
 *
 * Finds the value of the schema that @value stands for: the same value
 * spelt otherwise (case, accents, spaces), a value followed by its
 * explanation as v0.1 wrote them (“Payant : L'accès…”,
 * “À distance (par téléphone…)”), or a v0.1 value.
 *
 * Returns: (nullable): the schema's value, static, or %NULL
 */
const char *
mediation_schema_canonical_value (MediationField  field,
                                  const char     *value)
{
  GHashTable *table;
  g_autofree char *key = NULL;
  const char *found;
  char *cut;

  g_return_val_if_fail (field < MEDIATION_N_FIELDS, NULL);
  g_return_val_if_fail (value != NULL, NULL);

  table = get_lookup (field);
  if (table == NULL)
    return NULL;

  key = fold (value);
  found = g_hash_table_lookup (table, key);
  if (found != NULL)
    return found;

  /* Only once the whole value is unknown, so that “Langues étrangères
   * (anglais)” stays itself. */
  cut = strstr (key, " :");
  if (cut == NULL)
    cut = strstr (key, " (");
  if (cut == NULL)
    return NULL;
  *cut = '\0';

  return g_hash_table_lookup (table, key);
}

gboolean
mediation_schema_date_is_valid (const char *date)
{
  return maillage_format_read_iso_date (date, NULL);
}

/* A decimal number with a point, nothing around it. */
gboolean
mediation_schema_parse_number (const char *text,
                               double     *value)
{
  char *end = NULL;
  double parsed;

  if (text == NULL || *text == '\0')
    return FALSE;

  errno = 0;
  parsed = g_ascii_strtod (text, &end);
  if (errno != 0 || end == text || *end != '\0' || !isfinite (parsed))
    return FALSE;

  if (value != NULL)
    *value = parsed;
  return TRUE;
}
