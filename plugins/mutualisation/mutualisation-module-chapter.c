/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mutualisation-module-chapter.c: the Mutualisation chapter of the
 * strategy: how many resources are shared and what they cost in all, the
 * table of the resources (category, legal vehicle, annual cost,
 * distribution key), then for each resource its description as typed,
 * its partners and the table of the communes' shares, which sums to its
 * cost to the cent — or says what is left uncovered.
 *
 * Only blocks: a module never knows a file format. Every fixed word comes
 * from the French catalogue (F_), whatever the interface's language; the
 * user's text goes in as typed.
 */
#define G_LOG_DOMAIN "mutualisation-module"

#include "config.h"

#include <string.h>

#include "mutualisation-module-private.h"
#include "mutualisation-parse.h"

static gint64
total_cost (MutualisationModule *self)
{
  GListModel *resources = G_LIST_MODEL (self->resources);
  guint n = g_list_model_get_n_items (resources);
  gint64 total = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MutualisationResource) resource = g_list_model_get_item (resources, i);

      /* Each cost is at most a thousandth of G_MAXINT64. */
      total += mutualisation_resource_get_cost (resource);
    }
  return total;
}

/* “The communes of the territory share 6 resources, for…” */
static char *
summary_sentence (MutualisationModule *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->resources));
  g_autofree char *total = maillage_format_money (total_cost (self));

  /* Translators: “3 resources … for an annual cost of 45 000,00 €” */
  return g_strdup_printf (FN_("The communes of the territory share %u resource, for a total annual cost of %s.",
                              "The communes of the territory share %u resources, for a total annual cost of %s.",
                              n),
                          n, total);
}

static void
add_overview (MutualisationModule *self,
              MaillageDocument    *document)
{
  GListModel *resources = G_LIST_MODEL (self->resources);
  guint n = g_list_model_get_n_items (resources);
  const char *header[] = {
    F_("Resource"), F_("Category"), F_("Legal vehicle"), F_("Annual cost"), F_("Distribution key"), NULL
  };
  g_autofree char *total_text = NULL;
  g_autofree char *summary = NULL;
  MaillageBlock *table;

  if (n == 0)
    {
      maillage_document_add_paragraph (document, F_("No shared resource is described yet."));
      return;
    }

  total_text = maillage_format_money (total_cost (self));
  summary = summary_sentence (self);
  maillage_document_add_paragraph (document, summary);

  table = maillage_document_add_table (document, F_("Shared resources"), header);
  maillage_block_set_alignment (table, 3, MAILLAGE_ALIGNMENT_END);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MutualisationResource) resource = g_list_model_get_item (resources, i);
      g_autofree char *cost = maillage_format_money (mutualisation_resource_get_cost (resource));
      const char *row[] = {
        mutualisation_resource_get_title (resource, TRUE),
        mutualisation_resource_get_category_label (resource, TRUE),
        mutualisation_resource_get_vehicle_label (resource, TRUE),
        cost,
        mutualisation_key_get_label (mutualisation_resource_get_key (resource), TRUE),
        NULL
      };

      maillage_block_append_row (table, row);
    }
  {
    const char *row[] = { F_("Total"), "", "", total_text, "", NULL };

    maillage_block_append_row (table, row);
  }
}

/* The sentence that says how the cost is split. */
static char *
describe_key (MutualisationResource *resource,
              guint                  n_communes)
{
  const char *unit = mutualisation_resource_get_usage_unit (resource);

  switch (mutualisation_resource_get_key (resource))
    {
    case MUTUALISATION_KEY_POPULATION:
      return g_strdup_printf (FN_("The annual cost is shared by the %u commune taking part in proportion to its population.",
                                  "The annual cost is shared among the %u communes taking part in proportion to their population.",
                                  n_communes),
                              n_communes);
    case MUTUALISATION_KEY_EQUAL:
      return g_strdup_printf (FN_("The annual cost is borne by the %u commune taking part.",
                                  "The annual cost is shared in equal parts among the %u communes taking part.",
                                  n_communes),
                              n_communes);
    case MUTUALISATION_KEY_USAGE:
      if (*unit != '\0')
        /* Translators: %s is what the units count, as the user typed it: “postes de travail” */
        return g_strdup_printf (FN_("The annual cost is shared by the %u commune taking part in proportion to its use, counted in %s.",
                                    "The annual cost is shared among the %u communes taking part in proportion to their use, counted in %s.",
                                    n_communes),
                                n_communes, unit);
      return g_strdup_printf (FN_("The annual cost is shared by the %u commune taking part in proportion to its use.",
                                  "The annual cost is shared among the %u communes taking part in proportion to their use.",
                                  n_communes),
                              n_communes);
    case MUTUALISATION_KEY_CUSTOM_PERCENT:
      return g_strdup (F_("The annual cost is shared according to the percentages agreed between the partners."));
    case MUTUALISATION_KEY_CUSTOM_AMOUNT:
      return g_strdup (F_("The annual cost is shared according to the amounts agreed between the partners."));
    default:
      g_assert_not_reached ();
    }
}

/* The header of the column that shows what each commune weighs. */
static const char *
basis_header (MutualisationResource *resource)
{
  switch (mutualisation_resource_get_key (resource))
    {
    case MUTUALISATION_KEY_POPULATION:
      return F_("Population");
    case MUTUALISATION_KEY_USAGE:
      return F_("Units of use");
    case MUTUALISATION_KEY_CUSTOM_PERCENT:
      return F_("Agreed percentage");
    case MUTUALISATION_KEY_CUSTOM_AMOUNT:
      return F_("Agreed amount");
    case MUTUALISATION_KEY_EQUAL:
    default:
      return NULL;
    }
}

static char *
format_basis (MutualisationResource     *resource,
              const MutualisationMember *member,
              guint64                    population)
{
  switch (mutualisation_resource_get_key (resource))
    {
    case MUTUALISATION_KEY_POPULATION:
      return maillage_format_integer ((gint64) population);
    case MUTUALISATION_KEY_USAGE:
      return maillage_format_integer ((gint64) member->units);
    case MUTUALISATION_KEY_CUSTOM_PERCENT:
      return mutualisation_format_percent (member->basis_points);
    case MUTUALISATION_KEY_CUSTOM_AMOUNT:
      return maillage_format_money (member->amount);
    case MUTUALISATION_KEY_EQUAL:
    default:
      return NULL;
    }
}

static char *
format_total_basis (MutualisationResource     *resource,
                    const MutualisationShares *shares)
{
  switch (mutualisation_resource_get_key (resource))
    {
    case MUTUALISATION_KEY_POPULATION:
    case MUTUALISATION_KEY_USAGE:
      return maillage_format_integer ((gint64) shares->total_weight);
    case MUTUALISATION_KEY_CUSTOM_PERCENT:
      return mutualisation_format_percent (shares->total_weight);
    case MUTUALISATION_KEY_CUSTOM_AMOUNT:
      return maillage_format_money ((gint64) shares->total_weight);
    case MUTUALISATION_KEY_EQUAL:
    default:
      return NULL;
    }
}

static void
add_shares_table (MutualisationModule       *self,
                  MutualisationResource     *resource,
                  const MutualisationShares *shares,
                  MaillageDocument          *document)
{
  const char *basis = basis_header (resource);
  g_autofree char *caption = g_strdup_printf (F_("Distribution of the annual cost: %s"),
                                              mutualisation_resource_get_title (resource, TRUE));
  g_autofree char *covered = maillage_format_money (shares->covered);
  g_autofree char *total_basis = format_total_basis (resource, shares);
  g_autoptr(GPtrArray) header = g_ptr_array_new ();
  guint n = mutualisation_resource_get_n_members (resource);
  guint amount_column;
  MaillageBlock *table;

  g_ptr_array_add (header, (gpointer) F_("Commune"));
  g_ptr_array_add (header, (gpointer) F_("INSEE Code"));
  if (basis != NULL)
    g_ptr_array_add (header, (gpointer) basis);
  g_ptr_array_add (header, (gpointer) F_("Share of the cost"));
  g_ptr_array_add (header, NULL);
  amount_column = header->len - 2;

  table = maillage_document_add_table (document, caption, (const char * const *) header->pdata);
  for (guint c = 2; c <= amount_column; c++)
    maillage_block_set_alignment (table, c, MAILLAGE_ALIGNMENT_END);

  for (guint i = 0; i < n; i++)
    {
      const MutualisationMember *member = mutualisation_resource_get_member (resource, i);
      MaillageCommune *commune = self->territory != NULL ?
        maillage_territory_find_commune (self->territory, member->insee) : NULL;
      guint64 population = commune != NULL ? maillage_commune_get_population (commune) : 0;
      g_autofree char *basis_text = format_basis (resource, member, population);
      g_autofree char *share = maillage_format_money (shares->shares[i]);
      const char *row[5];
      guint c = 0;

      row[c++] = commune != NULL ? maillage_commune_get_name (commune) : F_("Commune outside the territory");
      row[c++] = member->insee;
      if (basis != NULL)
        row[c++] = basis_text;
      row[c++] = share;
      row[c] = NULL;
      maillage_block_append_row (table, row);
    }

  {
    const char *row[5];
    guint c = 0;

    row[c++] = F_("Total");
    row[c++] = "";
    if (basis != NULL)
      row[c++] = total_basis;
    row[c++] = covered;
    row[c] = NULL;
    maillage_block_append_row (table, row);
  }
}

/* What the shares leave unpaid, or ask beyond the cost, said plainly. */
static void
add_gap (const MutualisationShares *shares,
         MaillageDocument          *document)
{
  g_autofree char *amount = NULL;
  g_autofree char *sentence = NULL;

  if (shares->gap == 0)
    return;

  amount = maillage_format_money (shares->gap > 0 ? shares->gap : -shares->gap);
  if (shares->gap > 0)
    sentence = g_strdup_printf (F_("The shares agreed leave %s of the annual cost to be financed."), amount);
  else
    sentence = g_strdup_printf (F_("The shares agreed exceed the annual cost by %s."), amount);
  maillage_document_add_paragraph (document, sentence);
}

static void
add_resource (MutualisationModule   *self,
              MutualisationResource *resource,
              MaillageDocument      *document)
{
  g_autoptr(MutualisationShares) shares = mutualisation_module_compute_shares (self, resource);
  const char * const *organisations = mutualisation_resource_get_organisations (resource);
  const char *description = mutualisation_resource_get_description (resource);
  guint n = mutualisation_resource_get_n_members (resource);
  g_autofree char *cost = maillage_format_money (mutualisation_resource_get_cost (resource));
  g_autoptr(GPtrArray) facts = g_ptr_array_new ();
  g_autofree char *category = NULL;
  g_autofree char *vehicle = NULL;
  g_autofree char *cost_item = NULL;
  g_autofree char *partners = NULL;

  maillage_document_add_heading (document, 3, mutualisation_resource_get_title (resource, TRUE));
  if (*description != '\0')
    maillage_document_add_paragraph (document, description);

  category = g_strdup_printf (F_("Category: %s"), mutualisation_resource_get_category_label (resource, TRUE));
  vehicle = g_strdup_printf (F_("Legal vehicle: %s"), mutualisation_resource_get_vehicle_label (resource, TRUE));
  cost_item = g_strdup_printf (F_("Annual cost: %s"), cost);
  g_ptr_array_add (facts, category);
  g_ptr_array_add (facts, vehicle);
  g_ptr_array_add (facts, cost_item);
  if (organisations[0] != NULL)
    {
      g_autofree char *names = g_strjoinv (", ", (char **) organisations);

      partners = g_strdup_printf (F_("Other partners: %s"), names);
      g_ptr_array_add (facts, partners);
    }
  g_ptr_array_add (facts, NULL);
  maillage_document_add_list (document, FALSE, (const char * const *) facts->pdata);

  switch (shares->status)
    {
    case MUTUALISATION_SPLIT_NO_PARTS:
      maillage_document_add_paragraph (document, F_("No commune takes part yet."));
      return;

    case MUTUALISATION_SPLIT_NO_WEIGHT:
      {
        g_autofree char *key = describe_key (resource, n);

        maillage_document_add_paragraph (document, key);
        maillage_document_add_paragraph (document,
                                         F_("The communes taking part have nothing to weigh them by yet: "
                                            "the shares cannot be computed."));
      }
      return;

    case MUTUALISATION_SPLIT_TOO_LARGE:
      maillage_document_add_paragraph (document, F_("The shares cannot be computed: the figures are too large."));
      return;

    case MUTUALISATION_SPLIT_OK:
    default:
      break;
    }

  {
    g_autofree char *key = describe_key (resource, n);

    maillage_document_add_paragraph (document, key);
  }
  add_shares_table (self, resource, shares, document);
  add_gap (shares, document);
}

void
_mutualisation_module_build_chapter (MaillageModule   *module,
                                     MaillageDocument *document)
{
  MutualisationModule *self = MUTUALISATION_MODULE (module);
  GListModel *resources = G_LIST_MODEL (self->resources);
  guint n = g_list_model_get_n_items (resources);

  maillage_document_add_heading (document, 1, F_("Shared Resources"));
  maillage_document_add_heading (document, 2, F_("Resources Shared by the Communes"));
  add_overview (self, document);
  if (n == 0)
    return;

  maillage_document_add_heading (document, 2, F_("Sharing of the Costs"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MutualisationResource) resource = g_list_model_get_item (resources, i);

      add_resource (self, resource, document);
    }
}

/* For the note de synthèse and the considérants: what is shared, and at
 * what cost. */
char **
_mutualisation_module_list_key_points (MaillageModule *module)
{
  MutualisationModule *self = MUTUALISATION_MODULE (module);
  GListModel *resources = G_LIST_MODEL (self->resources);
  guint n = g_list_model_get_n_items (resources);
  g_autoptr(GStrvBuilder) points = g_strv_builder_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *summary = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *list = NULL;

  if (n == 0)
    return g_strv_builder_end (points);

  summary = summary_sentence (self);
  g_strv_builder_add (points, summary);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MutualisationResource) resource = g_list_model_get_item (resources, i);

      if (*mutualisation_resource_get_name (resource) != '\0')
        g_ptr_array_add (names, g_strdup (mutualisation_resource_get_name (resource)));
    }
  if (names->len > 0)
    {
      g_ptr_array_add (names, NULL);
      joined = maillage_format_enumeration ((const char * const *) names->pdata);
      list = g_strdup_printf (F_("The resources shared are: %s."), joined);
      g_strv_builder_add (points, list);
    }

  return g_strv_builder_end (points);
}
