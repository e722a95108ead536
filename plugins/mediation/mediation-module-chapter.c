/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-module-chapter.c: the Médiation numérique chapter of the
 * strategy: the strategy text as typed, the publics aimed at, the
 * inventory by commune and by service, the national programmes, the
 * communes without a lieu and the people living there, and the map of the
 * lieux as a figure.
 *
 * Only blocks: a module never knows a file format. The text comes from the
 * French catalogue, with French typography, as every generated text.
 */
#define G_LOG_DOMAIN "mediation-module"

#include "config.h"

#include <string.h>

#include "mediation-module-private.h"
#include "mediation-map.h"

static void
add_strategy (MediationModule  *self,
              MaillageDocument *document)
{
  maillage_document_add_heading (document, 2, F_("Mediation Strategy"));

  /* The user's text as typed, one paragraph per blank-line block. */
  if (maillage_document_add_text (document, self->strategy) == 0)
    maillage_document_add_paragraph (document, F_("The mediation strategy is not written yet."));
}

static void
add_publics (MediationModule  *self,
             MaillageDocument *document)
{
  const char * const *publics = mediation_module_get_publics (self);

  maillage_document_add_heading (document, 2, F_("Target Publics"));
  if (publics[0] == NULL)
    maillage_document_add_paragraph (document, F_("No target public has been chosen yet."));
  else
    maillage_document_add_list (document, FALSE, publics);
}

typedef struct
{
  MaillageCommune *commune;
  guint            count;
} CommuneCount;

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const CommuneCount *count_a = a;
  const CommuneCount *count_b = b;

  if (count_a->count != count_b->count)
    return count_a->count > count_b->count ? -1 : 1;
  return g_utf8_collate (maillage_commune_get_name (count_a->commune),
                         maillage_commune_get_name (count_b->commune));
}

static void
add_by_commune (MediationModule   *self,
                MediationCoverage *coverage,
                MaillageDocument  *document)
{
  GListModel *communes = maillage_territory_get_communes (self->territory);
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (CommuneCount));
  const char *header[] = { F_("Commune"), F_("INSEE Code"), F_("Places"), F_("Inhabitants"), NULL };
  MaillageBlock *table;

  for (guint i = 0; i < g_list_model_get_n_items (communes); i++)
    {
      g_autoptr(MaillageCommune) commune = g_list_model_get_item (communes, i);
      CommuneCount count = { commune, 0 };

      count.count = mediation_coverage_count_lieux (coverage, maillage_commune_get_insee (commune));
      if (count.count > 0)
        g_array_append_val (counts, count);
    }
  if (counts->len == 0)
    return;
  g_array_sort (counts, compare_counts);

  table = maillage_document_add_table (document, F_("Places by commune"), header);
  for (guint i = 0; i < counts->len; i++)
    {
      CommuneCount *count = &g_array_index (counts, CommuneCount, i);
      g_autofree char *lieux = maillage_format_integer (count->count);
      g_autofree char *people = maillage_format_integer (maillage_commune_get_population (count->commune));
      const char *row[] = {
        maillage_commune_get_name (count->commune),
        maillage_commune_get_insee (count->commune),
        lieux, people, NULL
      };

      maillage_block_append_row (table, row);
    }
}

static void
add_by_service (MediationModule  *self,
                MaillageDocument *document)
{
  const char * const *services = mediation_schema_vocabulary (MEDIATION_FIELD_SERVICES);
  const char *header[] = { F_("Service"), F_("Places"), NULL };
  MaillageBlock *table;

  table = maillage_document_add_table (document, F_("Places by service"), header);
  for (guint i = 0; services[i] != NULL; i++)
    {
      guint n = mediation_module_count_lieux_with (self, MEDIATION_FIELD_SERVICES, services[i]);
      g_autofree char *count = maillage_format_integer (n);
      const char *row[] = { services[i], count, NULL };

      maillage_block_append_row (table, row);
    }
}

/* « L’inventaire recense 25 lieux… dans 16 des 31 communes… », for the
 * chapter and the key points alike. */
static char *
inventory_sentence (MediationModule   *self,
                    MediationCoverage *coverage)
{
  guint n_lieux = g_list_model_get_n_items (G_LIST_MODEL (self->lieux));
  guint n_communes = mediation_coverage_get_n_communes (coverage);
  guint n_covered = n_communes - g_list_model_get_n_items (mediation_coverage_get_uncovered (coverage));
  g_autofree char *lieux = maillage_format_integer (n_lieux);

  /* Translators: “%s lieux … in %u of the %u communes” */
  return g_strdup_printf (FN_("The inventory lists %s digital mediation place, "
                              "in %u of the %u communes of the territory.",
                              "The inventory lists %s digital mediation places, "
                              "in %u of the %u communes of the territory.",
                              n_lieux),
                          lieux, n_covered, n_communes);
}

/* « 15 communes sur 31 n’ont aucun lieu… », when some have none. */
static char *
coverage_sentence (MediationCoverage *coverage)
{
  guint n_uncovered = g_list_model_get_n_items (mediation_coverage_get_uncovered (coverage));
  guint64 population = mediation_coverage_get_population (coverage);
  guint64 uncovered_population = mediation_coverage_get_uncovered_population (coverage);
  g_autofree char *people = maillage_format_integer ((gint64) uncovered_population);
  g_autofree char *share =
    maillage_format_percent (population > 0 ? 100.0 * uncovered_population / population : 0.0, 1);

  /* Translators: “%u communes of the %u … %s inhabitants … %s of the
   * population” (a percentage) */
  return g_strdup_printf (FN_("%u commune of the %u has no mediation place; %s inhabitants "
                              "live there, %s of the population.",
                              "%u communes of the %u have no mediation place; %s inhabitants "
                              "live there, %s of the population.",
                              n_uncovered),
                          n_uncovered, mediation_coverage_get_n_communes (coverage), people, share);
}

static void
add_inventory (MediationModule   *self,
               MediationCoverage *coverage,
               MaillageDocument  *document)
{
  guint n_lieux = g_list_model_get_n_items (G_LIST_MODEL (self->lieux));
  guint n_unmatched = mediation_coverage_get_n_unmatched (coverage);
  g_autofree char *summary = NULL;

  maillage_document_add_heading (document, 2, F_("Inventory of the Mediation Places"));
  if (n_lieux == 0)
    {
      maillage_document_add_paragraph (document, F_("No digital mediation place is listed yet."));
      return;
    }

  summary = inventory_sentence (self, coverage);
  maillage_document_add_paragraph (document, summary);
  if (n_unmatched > 0)
    {
      g_autofree char *outside = NULL;

      outside = g_strdup_printf (FN_("%u of them lies outside the territory, or its commune is unknown.",
                                     "%u of them lie outside the territory, or their commune is unknown.",
                                     n_unmatched),
                                 n_unmatched);
      maillage_document_add_paragraph (document, outside);
    }

  add_by_commune (self, coverage, document);
  add_by_service (self, document);
}

static void
add_dispositifs (MediationModule  *self,
                 MaillageDocument *document)
{
  g_auto(GStrv) names = mediation_module_list_dispositifs (self);
  const char *header[] = { F_("Programme"), F_("Number declared"), F_("Places in the inventory"), NULL };
  MaillageBlock *table = NULL;

  maillage_document_add_heading (document, 2, F_("National Programmes"));
  for (guint i = 0; names[i] != NULL; i++)
    {
      guint declared = mediation_module_get_dispositif_count (self, names[i]);
      guint in_lieux = mediation_module_count_lieux_with (self, MEDIATION_FIELD_DISPOSITIF_PROGRAMMES_NATIONAUX,
                                                          names[i]);
      g_autofree char *declared_text = NULL;
      g_autofree char *lieux_text = NULL;
      const char *row[4];

      if (declared == 0 && in_lieux == 0)
        continue;
      if (table == NULL)
        table = maillage_document_add_table (document, F_("National programmes on the territory"), header);

      declared_text = declared > 0 ? maillage_format_integer (declared) : g_strdup ("—");
      lieux_text = maillage_format_integer (in_lieux);
      row[0] = names[i];
      row[1] = declared_text;
      row[2] = lieux_text;
      row[3] = NULL;
      maillage_block_append_row (table, row);
    }

  if (table == NULL)
    maillage_document_add_paragraph (document,
                                     F_("No national programme (conseillers numériques, France Services, "
                                       "Aidants Connect…) is declared on the territory."));
}

static void
add_coverage (MediationModule   *self,
              MediationCoverage *coverage,
              MaillageDocument  *document)
{
  GListModel *uncovered = mediation_coverage_get_uncovered (coverage);
  guint n_uncovered = g_list_model_get_n_items (uncovered);
  const char *header[] = { F_("Commune"), F_("INSEE Code"), F_("Inhabitants"), NULL };
  g_autofree char *summary = NULL;
  g_autoptr(MaillageChart) map = NULL;
  MaillageBlock *table;

  maillage_document_add_heading (document, 2, F_("Coverage of the Territory"));
  if (mediation_coverage_get_n_communes (coverage) == 0)
    {
      maillage_document_add_paragraph (document, F_("The territory has no commune yet."));
      return;
    }

  if (n_uncovered == 0)
    {
      maillage_document_add_paragraph (document,
                                       F_("Every commune of the territory has at least one mediation place."));
    }
  else
    {
      summary = coverage_sentence (coverage);
      maillage_document_add_paragraph (document, summary);

      table = maillage_document_add_table (document, F_("Communes without a mediation place"), header);
      for (guint i = 0; i < n_uncovered; i++)
        {
          g_autoptr(MaillageCommune) commune = g_list_model_get_item (uncovered, i);
          g_autofree char *inhabitants = maillage_format_integer (maillage_commune_get_population (commune));
          const char *row[] = {
            maillage_commune_get_name (commune), maillage_commune_get_insee (commune), inhabitants, NULL
          };

          maillage_block_append_row (table, row);
        }
    }

  /* The map of the lieux, once the territory has outlines. */
  map = mediation_map_new (self->territory, G_LIST_MODEL (self->lieux));
  if (map != NULL)
    maillage_document_add_figure (document, map, NULL);
}

void
_mediation_module_build_chapter (MaillageModule   *module,
                                 MaillageDocument *document)
{
  MediationModule *self = MEDIATION_MODULE (module);
  MediationCoverage *coverage = mediation_module_get_coverage (self);

  maillage_document_add_heading (document, 1, F_("Digital Mediation"));
  add_strategy (self, document);
  add_publics (self, document);
  if (coverage != NULL)
    add_inventory (self, coverage, document);
  add_dispositifs (self, document);
  if (coverage != NULL)
    add_coverage (self, coverage, document);
}

char **
_mediation_module_list_key_points (MaillageModule *module)
{
  MediationModule *self = MEDIATION_MODULE (module);
  MediationCoverage *coverage = mediation_module_get_coverage (self);
  g_autoptr(GStrvBuilder) points = g_strv_builder_new ();

  if (coverage != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->lieux)) > 0)
    {
      g_autofree char *inventory = inventory_sentence (self, coverage);

      g_strv_builder_add (points, inventory);
      if (g_list_model_get_n_items (mediation_coverage_get_uncovered (coverage)) > 0)
        {
          g_autofree char *uncovered = coverage_sentence (coverage);

          g_strv_builder_add (points, uncovered);
        }
      else if (mediation_coverage_get_n_communes (coverage) > 0)
        g_strv_builder_add (points, F_("Every commune of the territory has at least one mediation place."));
    }

  return g_strv_builder_end (points);
}
