/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mediation-coverage"

#include "config.h"

#include <string.h>

#include "mediation-coverage.h"

/*
 * MediationCoverage: which communes of the territory have a lieu de
 * médiation, and how many people live in those that have none. A snapshot,
 * computed once from the territory's communes and the inventory; the
 * editor makes a new one when either changes (5,000 lieux take a few
 * milliseconds).
 *
 * A lieu belongs to the commune of its `code_insee`. Without one, it is
 * matched by its `commune` name, compared without case, accents, hyphens
 * or apostrophes (“St-Lurin”, “Saint Lurin” and “SAINT-LURIN” are one), and
 * only among the communes of the territory in the département its
 * `code_postal` starts with (its first two digits, 20 standing for 2A and
 * 2B): a name found once there is a match; a name found twice, or nowhere,
 * is not, and the lieu counts as unmatched. A `code_insee` that is not a
 * commune of the territory makes the lieu unmatched too: it lies outside.
 */
struct _MediationCoverage
{
  GObject     parent_instance;

  /* INSEE code → MaillageCommune (a reference), and the number of lieux. */
  GHashTable *communes;
  GHashTable *counts;
  /* Normalized name → MaillageCommune, or NULL for a name two communes
   * share. */
  GHashTable *names;

  GListStore *uncovered;
  guint64     uncovered_population;
  guint64     population;
  guint       n_lieux;
  guint       n_unmatched;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (MediationCoverage, mediation_coverage, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL, {})

static void
mediation_coverage_finalize (GObject *object)
{
  MediationCoverage *self = MEDIATION_COVERAGE (object);

  g_hash_table_unref (self->communes);
  g_hash_table_unref (self->counts);
  g_hash_table_unref (self->names);
  g_object_unref (self->uncovered);

  G_OBJECT_CLASS (mediation_coverage_parent_class)->finalize (object);
}

static void
mediation_coverage_class_init (MediationCoverageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mediation_coverage_finalize;
}

static void
mediation_coverage_class_finalize (MediationCoverageClass *klass)
{
}

static void
mediation_coverage_init (MediationCoverage *self)
{
  self->communes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->counts = g_hash_table_new (g_str_hash, g_str_equal);
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->uncovered = g_list_store_new (MAILLAGE_TYPE_COMMUNE);
}

/**
 * mediation_coverage_normalize_name:
 * @name: the name of a commune
 *
 * The name as compared: ASCII, lower case, words separated by one space,
 * “st”/“ste” spelt out, an article written after the name
 * (“Granges-Moirard (Les)”) put before it.
 *
 * Returns: (transfer full): the normalized name
 */
char *
mediation_coverage_normalize_name (const char *name)
{
  g_autofree char *folded = NULL;
  g_autofree char *ascii = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  const char *open;

  g_return_val_if_fail (name != NULL, NULL);

  folded = g_str_to_ascii (name, "C");
  ascii = g_ascii_strdown (folded, -1);
  open = strrchr (ascii, '(');
  if (open != NULL && strchr (open, ')') != NULL)
    {
      g_autofree char *article = g_strndup (open + 1, strchr (open, ')') - open - 1);
      g_autofree char *rest = g_strndup (ascii, open - ascii);

      g_free (ascii);
      ascii = g_strconcat (article, " ", rest, NULL);
    }

  for (char *p = ascii; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      *p = ' ';

  words = g_strsplit (ascii, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];

      if (*word == '\0')
        continue;
      if (strcmp (word, "st") == 0)
        word = "saint";
      else if (strcmp (word, "ste") == 0)
        word = "sainte";
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, word);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The département part of a code, as a key: "39" for 39100 or 39801, "20"
 * for 20000, 2A004 or 2B033. */
static char *
departement_key (const char *code)
{
  if (strlen (code) < 2)
    return g_strdup ("");
  if (code[0] == '2' && (code[1] == 'A' || code[1] == 'B' || code[1] == 'a' || code[1] == 'b'))
    return g_strdup ("20");
  return g_strndup (code, 2);
}

static char *
name_key (const char *departement,
          const char *name)
{
  g_autofree char *normalized = mediation_coverage_normalize_name (name);

  return g_strconcat (departement, ":", normalized, NULL);
}

static void
index_commune (MediationCoverage *self,
               MaillageCommune   *commune)
{
  const char *insee = maillage_commune_get_insee (commune);
  g_autofree char *departement = departement_key (insee);
  char *keys[2];

  g_hash_table_insert (self->communes, g_strdup (insee), g_object_ref (commune));
  self->population += maillage_commune_get_population (commune);

  /* By name in its département, and by name alone for lieux without a
   * postal code. */
  keys[0] = name_key (departement, maillage_commune_get_name (commune));
  keys[1] = name_key ("", maillage_commune_get_name (commune));
  for (guint i = 0; i < 2; i++)
    {
      if (g_hash_table_contains (self->names, keys[i]))
        g_hash_table_replace (self->names, keys[i], NULL);
      else
        g_hash_table_insert (self->names, keys[i], commune);
    }
}

/**
 * mediation_coverage_match:
 * @self: a #MediationCoverage
 * @lieu: a lieu
 *
 * Finds the commune of the territory where @lieu is (see the top of this
 * file for how).
 *
 * Returns: (transfer none) (nullable): the commune, or %NULL
 */
MaillageCommune *
mediation_coverage_match (MediationCoverage *self,
                          MediationLieu     *lieu)
{
  const char *insee;
  const char *postal;
  g_autofree char *departement = NULL;
  g_autofree char *key = NULL;

  g_return_val_if_fail (MEDIATION_IS_COVERAGE (self), NULL);
  g_return_val_if_fail (MEDIATION_IS_LIEU (lieu), NULL);

  insee = mediation_lieu_get_value (lieu, MEDIATION_FIELD_CODE_INSEE);
  if (*insee != '\0')
    return g_hash_table_lookup (self->communes, insee);

  postal = mediation_lieu_get_value (lieu, MEDIATION_FIELD_CODE_POSTAL);
  departement = departement_key (postal);
  key = name_key (departement, mediation_lieu_get_commune (lieu));

  return g_hash_table_lookup (self->names, key);
}

static int
compare_population (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  MaillageCommune *commune_a = (MaillageCommune *) a;
  MaillageCommune *commune_b = (MaillageCommune *) b;
  guint population_a = maillage_commune_get_population (commune_a);
  guint population_b = maillage_commune_get_population (commune_b);

  if (population_a != population_b)
    return population_a > population_b ? -1 : 1;
  return g_utf8_collate (maillage_commune_get_name (commune_a), maillage_commune_get_name (commune_b));
}

/**
 * mediation_coverage_new:
 * @territory: the territory
 * @lieux: a #GListModel of #MediationLieu
 *
 * Returns: (transfer full): the coverage of @territory by @lieux
 */
MediationCoverage *
mediation_coverage_new (MaillageTerritory *territory,
                        GListModel        *lieux)
{
  MediationCoverage *self;
  GListModel *communes;
  guint n;

  g_return_val_if_fail (MAILLAGE_IS_TERRITORY (territory), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (lieux), NULL);

  self = g_object_new (MEDIATION_TYPE_COVERAGE, NULL);
  communes = maillage_territory_get_communes (territory);
  n = g_list_model_get_n_items (communes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageCommune) commune = g_list_model_get_item (communes, i);

      index_commune (self, commune);
    }

  self->n_lieux = g_list_model_get_n_items (lieux);
  for (guint i = 0; i < self->n_lieux; i++)
    {
      g_autoptr(MediationLieu) lieu = g_list_model_get_item (lieux, i);
      MaillageCommune *commune = mediation_coverage_match (self, lieu);
      const char *insee;

      if (commune == NULL)
        {
          self->n_unmatched++;
          continue;
        }
      insee = maillage_commune_get_insee (commune);
      g_hash_table_insert (self->counts, (gpointer) insee,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, insee)) + 1));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageCommune) commune = g_list_model_get_item (communes, i);

      if (g_hash_table_contains (self->counts, maillage_commune_get_insee (commune)))
        continue;
      g_list_store_append (self->uncovered, commune);
      self->uncovered_population += maillage_commune_get_population (commune);
    }
  g_list_store_sort (self->uncovered, compare_population, NULL);

  return self;
}

/* How many lieux the commune @insee holds. */
guint
mediation_coverage_count_lieux (MediationCoverage *self,
                                const char        *insee)
{
  g_return_val_if_fail (MEDIATION_IS_COVERAGE (self), 0);
  g_return_val_if_fail (insee != NULL, 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, insee));
}

/**
 * mediation_coverage_get_uncovered:
 *
 * Returns: (transfer none): the #MaillageCommune<!-- -->s without a lieu,
 *   the most populated first
 */
GListModel *
mediation_coverage_get_uncovered (MediationCoverage *self)
{
  g_return_val_if_fail (MEDIATION_IS_COVERAGE (self), NULL);

  return G_LIST_MODEL (self->uncovered);
}

guint64
mediation_coverage_get_uncovered_population (MediationCoverage *self)
{
  g_return_val_if_fail (MEDIATION_IS_COVERAGE (self), 0);

  return self->uncovered_population;
}

/* The population of the whole territory. */
guint64
mediation_coverage_get_population (MediationCoverage *self)
{
  g_return_val_if_fail (MEDIATION_IS_COVERAGE (self), 0);

  return self->population;
}

guint
mediation_coverage_get_n_communes (MediationCoverage *self)
{
  g_return_val_if_fail (MEDIATION_IS_COVERAGE (self), 0);

  return g_hash_table_size (self->communes);
}

guint
mediation_coverage_get_n_lieux (MediationCoverage *self)
{
  g_return_val_if_fail (MEDIATION_IS_COVERAGE (self), 0);

  return self->n_lieux;
}

/* Lieux outside the territory, or whose commune could not be told. */
guint
mediation_coverage_get_n_unmatched (MediationCoverage *self)
{
  g_return_val_if_fail (MEDIATION_IS_COVERAGE (self), 0);

  return self->n_unmatched;
}

void
mediation_coverage_register (GTypeModule *module)
{
  mediation_coverage_register_type (module);
}
