/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-catalogue.c: the standard indicators of a territorial digital
 * diagnostic, to pick from rather than type: connectivity (ARCEP), the
 * indice de fragilité numérique and its components (La MedNum), equipment,
 * uses, skills and public services.
 */
#define G_LOG_DOMAIN "diagnostic-catalogue"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "diagnostic-catalogue.h"

#define ARCEP_FIXED  "ARCEP, Ma connexion internet"
#define ARCEP_MOBILE "ARCEP, Mon réseau mobile"
#define MEDNUM       "La MedNum, indice de fragilité numérique"
#define INSEE_RP     "Insee, recensement de la population"

/* Names are data, not interface: they go into the project and into the
 * French documents as they are, so they are written in French here and not
 * translated. The descriptions are interface. */
static const DiagnosticCatalogueEntry entries[] = {
  { DIAGNOSTIC_NAME_FTTH, DIAGNOSTIC_THEME_CONNECTIVITY, "%", ARCEP_FIXED,
    N_("Share of the premises where a fibre-to-the-home line can be ordered "
       "(ARCEP column elig_ftth over nbr).") },
  { DIAGNOSTIC_NAME_THD30_WIRED, DIAGNOSTIC_THEME_CONNECTIVITY, "%", ARCEP_FIXED,
    N_("Share of the premises eligible to 30 Mbit/s or more over wired networks. "
       "Take it from ARCEP's commune_debit_filaire file: the plain file counts "
       "satellite, and nearly every premises reads as eligible there.") },
  { DIAGNOSTIC_NAME_THD100_WIRED, DIAGNOSTIC_THEME_CONNECTIVITY, "%", ARCEP_FIXED,
    N_("Share of the premises eligible to 100 Mbit/s or more over wired networks "
       "(ARCEP's commune_debit_filaire file).") },
  { DIAGNOSTIC_NAME_THD1G_WIRED, DIAGNOSTIC_THEME_CONNECTIVITY, "%", ARCEP_FIXED,
    N_("Share of the premises eligible to 1 Gbit/s or more over wired networks "
       "(ARCEP's commune_debit_filaire file).") },
  { DIAGNOSTIC_NAME_4G_FIXED, DIAGNOSTIC_THEME_CONNECTIVITY, "%", ARCEP_FIXED,
    N_("Share of the premises eligible to a fixed 4G internet access (ARCEP column elig_4gf).") },
  { "Surface couverte en 4G par les quatre opérateurs", DIAGNOSTIC_THEME_CONNECTIVITY, "%",
    ARCEP_MOBILE,
    N_("Share of the area where all four mobile operators provide good 4G coverage.") },
  { "Population couverte en 4G par au moins un opérateur", DIAGNOSTIC_THEME_CONNECTIVITY, "%",
    ARCEP_MOBILE,
    N_("Share of the inhabitants covered in 4G by at least one mobile operator.") },
  { "Foyers sans ordinateur", DIAGNOSTIC_THEME_EQUIPMENT, "%",
    "Insee, enquête Technologies de l'information et de la communication",
    N_("Share of the households with no computer at home.") },
  { "Foyers sans accès à internet", DIAGNOSTIC_THEME_EQUIPMENT, "%",
    "Insee, enquête Technologies de l'information et de la communication",
    N_("Share of the households with no internet access at home.") },
  { "Personnes en situation d'illectronisme", DIAGNOSTIC_THEME_USES, "%",
    "Insee, enquête Technologies de l'information et de la communication",
    N_("Share of the people who did not use the internet in the year or lack basic digital skills.") },
  { "Démarches administratives réalisées en ligne", DIAGNOSTIC_THEME_USES, "%",
    "Collectivité, tableau de bord des démarches",
    N_("Share of the requests the local authority received online rather than at a desk.") },
  { "Personnes accompagnées par les conseillers numériques", DIAGNOSTIC_THEME_SKILLS,
    "personnes", "Conseillers numériques, bilan d'activité",
    N_("People helped by the conseillers numériques in the year.") },
  { "Ateliers collectifs de médiation numérique", DIAGNOSTIC_THEME_SKILLS, "ateliers",
    "Lieux de médiation numérique, bilan d'activité",
    N_("Group workshops held by the lieux de médiation numérique in the year.") },
  { "Démarches disponibles en ligne", DIAGNOSTIC_THEME_PUBLIC_SERVICES, "démarches",
    "Collectivité, inventaire des services", N_("Procedures the local authority offers online.") },
  { "Lieux de médiation numérique", DIAGNOSTIC_THEME_PUBLIC_SERVICES, "lieux",
    "Cartographie nationale des lieux d'inclusion numérique",
    N_("Places offering digital help, as listed in the national directory.") },
  { "Espaces France Services", DIAGNOSTIC_THEME_PUBLIC_SERVICES, "espaces", "ANCT",
    N_("France Services offices on the territory.") },
  { DIAGNOSTIC_NAME_FRAGILITY, DIAGNOSTIC_THEME_FRAGILITY, "score", MEDNUM,
    N_("La MedNum's score from 1 to 10 (10 = most fragile), by commune, EPCI or département.") },
  { "Taux de non-couverture en très haut débit", DIAGNOSTIC_THEME_FRAGILITY, "%", MEDNUM,
    N_("Component of the fragility index: share of the premises with no very-high-speed access.") },
  { "Taux de non-couverture en 4G", DIAGNOSTIC_THEME_FRAGILITY, "%", MEDNUM,
    N_("Component of the fragility index: share of the area with no 4G coverage.") },
  { "Taux de pauvreté", DIAGNOSTIC_THEME_FRAGILITY, "%", "Insee, Filosofi",
    N_("Component of the fragility index: share of the people below the poverty line.") },
  { "Part des 65 ans et plus", DIAGNOSTIC_THEME_FRAGILITY, "%", INSEE_RP,
    N_("Component of the fragility index: share of the inhabitants aged 65 or more.") },
  { "Part des personnes sans diplôme", DIAGNOSTIC_THEME_FRAGILITY, "%", INSEE_RP,
    N_("Component of the fragility index: share of the people out of school with no diploma.") },
};

guint
diagnostic_catalogue_get_n_entries (void)
{
  return G_N_ELEMENTS (entries);
}

const DiagnosticCatalogueEntry *
diagnostic_catalogue_get_entry (guint position)
{
  g_return_val_if_fail (position < G_N_ELEMENTS (entries), NULL);

  return &entries[position];
}

/* The standard indicator called @name, or NULL for a free one. */
const DiagnosticCatalogueEntry *
diagnostic_catalogue_find (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    if (g_str_equal (entries[i].name, name))
      return &entries[i];

  return NULL;
}

/* The entry's description in the user's language. */
const char *
diagnostic_catalogue_get_description (const DiagnosticCatalogueEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  return _(entry->description);
}
