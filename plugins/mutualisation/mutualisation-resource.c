/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mutualisation-resource"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mutualisation-resource.h"

/*
 * MutualisationResource: one resource the communes share — hosting, a
 * shared DPO, a joint purchase… — with its category, the legal vehicle
 * it goes through, its annual cost, the communes that take part (by INSEE
 * code, sorted) and the other partners, and the key its cost is split by.
 *
 * A resource in a module is not edited in place: the resource dialog edits
 * a copy and the module puts the copy in its place, in one change (see
 * mutualisation_module_replace_resource()). The setters are for building
 * a resource, as the JSON reader and the dialog do.
 */

struct _MutualisationResource
{
  GObject                parent_instance;

  char                  *name;            /* never NULL, nor the other strings */
  MutualisationCategory  category;
  char                  *category_other;  /* the category's name when it is OTHER */
  char                  *description;
  MutualisationVehicle   vehicle;
  char                  *vehicle_other;
  gint64                 cost;            /* cents, per year */
  MutualisationKey       key;
  char                  *usage_unit;      /* what the units of usage count */
  GArray                *members;         /* MutualisationMember, sorted by INSEE code */
  GPtrArray             *organisations;   /* char *, null-terminated */
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (MutualisationResource, mutualisation_resource, G_TYPE_OBJECT,
                                G_TYPE_FLAG_FINAL, {})

/* Ids in the project file, and labels: the interface's and the
 * documents'. The contexts tell translators which list a word is from. */
typedef struct
{
  const char *id;
  const char *label;
} Choice;

#define CATEGORY_CONTEXT "mutualisation category"
#define VEHICLE_CONTEXT "legal vehicle"
#define KEY_CONTEXT "distribution key"

static const Choice categories[] = {
  [MUTUALISATION_CATEGORY_HOSTING] = { "hosting", NC_("mutualisation category", "Hosting") },
  [MUTUALISATION_CATEGORY_ARCHIVING] = { "archiving", NC_("mutualisation category", "Electronic archiving") },
  [MUTUALISATION_CATEGORY_SOFTWARE] = { "software", NC_("mutualisation category", "Platforms and business software") },
  [MUTUALISATION_CATEGORY_GIS] = { "gis", NC_("mutualisation category", "Geographic information system") },
  [MUTUALISATION_CATEGORY_DPO] = { "dpo", NC_("mutualisation category", "Shared data protection officer") },
  [MUTUALISATION_CATEGORY_PURCHASING] = { "purchasing", NC_("mutualisation category", "Joint purchasing") },
  [MUTUALISATION_CATEGORY_CYBERSECURITY] = { "cybersecurity", NC_("mutualisation category", "Cybersecurity") },
  [MUTUALISATION_CATEGORY_TELEPHONY] = { "telephony", NC_("mutualisation category", "Telephony") },
  [MUTUALISATION_CATEGORY_OTHER] = { "other", NC_("mutualisation category", "Other") },
};

static const Choice vehicles[] = {
  [MUTUALISATION_VEHICLE_SHARED_SERVICE] = { "shared-service", NC_("legal vehicle", "Shared service") },
  [MUTUALISATION_VEHICLE_PURCHASING_GROUP] = { "purchasing-group", NC_("legal vehicle", "Purchasing group") },
  [MUTUALISATION_VEHICLE_MIXED_SYNDICATE] = { "mixed-syndicate", NC_("legal vehicle", "Mixed syndicate") },
  [MUTUALISATION_VEHICLE_SPL] = { "spl", NC_("legal vehicle", "Local public company") },
  [MUTUALISATION_VEHICLE_AGREEMENT] = { "agreement", NC_("legal vehicle", "Agreement") },
  [MUTUALISATION_VEHICLE_OTHER] = { "other", NC_("legal vehicle", "Other") },
};

static const char * const key_labels[] = {
  [MUTUALISATION_KEY_POPULATION] = NC_("distribution key", "Population"),
  [MUTUALISATION_KEY_EQUAL] = NC_("distribution key", "Equal shares"),
  [MUTUALISATION_KEY_USAGE] = NC_("distribution key", "Usage"),
  [MUTUALISATION_KEY_CUSTOM_PERCENT] = NC_("distribution key", "Agreed percentages"),
  [MUTUALISATION_KEY_CUSTOM_AMOUNT] = NC_("distribution key", "Agreed amounts"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (categories) == MUTUALISATION_N_CATEGORIES);
G_STATIC_ASSERT (G_N_ELEMENTS (vehicles) == MUTUALISATION_N_VEHICLES);
G_STATIC_ASSERT (G_N_ELEMENTS (key_labels) == MUTUALISATION_N_KEYS);

/* A label in the interface's language, or in French for a document. */
static const char *
translate (const char *context,
           const char *label,
           gboolean    document)
{
  if (document)
    return FC_(context, label);
  return g_dpgettext2 (GETTEXT_PACKAGE, context, label);
}

static void
member_clear (MutualisationMember *member)
{
  g_free (member->insee);
}

static void
mutualisation_resource_finalize (GObject *object)
{
  MutualisationResource *self = MUTUALISATION_RESOURCE (object);

  g_free (self->name);
  g_free (self->category_other);
  g_free (self->description);
  g_free (self->vehicle_other);
  g_free (self->usage_unit);
  g_array_unref (self->members);
  g_ptr_array_unref (self->organisations);

  G_OBJECT_CLASS (mutualisation_resource_parent_class)->finalize (object);
}

static void
mutualisation_resource_class_init (MutualisationResourceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mutualisation_resource_finalize;
}

static void
mutualisation_resource_class_finalize (MutualisationResourceClass *klass)
{
}

static void
mutualisation_resource_init (MutualisationResource *self)
{
  self->name = g_strdup ("");
  self->category = MUTUALISATION_CATEGORY_HOSTING;
  self->category_other = g_strdup ("");
  self->description = g_strdup ("");
  self->vehicle = MUTUALISATION_VEHICLE_SHARED_SERVICE;
  self->vehicle_other = g_strdup ("");
  self->key = MUTUALISATION_KEY_POPULATION;
  self->usage_unit = g_strdup ("");
  self->members = g_array_new (FALSE, TRUE, sizeof (MutualisationMember));
  g_array_set_clear_func (self->members, (GDestroyNotify) member_clear);
  self->organisations = g_ptr_array_new_null_terminated (0, g_free, TRUE);
}

MutualisationResource *
mutualisation_resource_new (void)
{
  return g_object_new (MUTUALISATION_TYPE_RESOURCE, NULL);
}

/**
 * mutualisation_resource_copy:
 *
 * Returns: (transfer full): a new resource with every value of @self
 */
MutualisationResource *
mutualisation_resource_copy (MutualisationResource *self)
{
  MutualisationResource *copy;

  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), NULL);

  copy = mutualisation_resource_new ();
  mutualisation_resource_set_name (copy, self->name);
  copy->category = self->category;
  mutualisation_resource_set_category_other (copy, self->category_other);
  mutualisation_resource_set_description (copy, self->description);
  copy->vehicle = self->vehicle;
  mutualisation_resource_set_vehicle_other (copy, self->vehicle_other);
  copy->cost = self->cost;
  copy->key = self->key;
  mutualisation_resource_set_usage_unit (copy, self->usage_unit);
  for (guint i = 0; i < self->members->len; i++)
    {
      const MutualisationMember *member = &g_array_index (self->members, MutualisationMember, i);
      MutualisationMember *added = mutualisation_resource_add_member (copy, member->insee);

      added->units = member->units;
      added->basis_points = member->basis_points;
      added->amount = member->amount;
    }
  mutualisation_resource_set_organisations (copy, mutualisation_resource_get_organisations (self));

  return copy;
}

/* Whether @a and @b hold the same values, so that applying one in place
 * of the other would change nothing. */
gboolean
mutualisation_resource_equal (MutualisationResource *a,
                              MutualisationResource *b)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (a), FALSE);
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (b), FALSE);

  if (g_strcmp0 (a->name, b->name) != 0 || a->category != b->category ||
      g_strcmp0 (a->category_other, b->category_other) != 0 ||
      g_strcmp0 (a->description, b->description) != 0 || a->vehicle != b->vehicle ||
      g_strcmp0 (a->vehicle_other, b->vehicle_other) != 0 || a->cost != b->cost || a->key != b->key ||
      g_strcmp0 (a->usage_unit, b->usage_unit) != 0 || a->members->len != b->members->len ||
      a->organisations->len != b->organisations->len)
    return FALSE;

  for (guint i = 0; i < a->members->len; i++)
    {
      const MutualisationMember *ma = &g_array_index (a->members, MutualisationMember, i);
      const MutualisationMember *mb = &g_array_index (b->members, MutualisationMember, i);

      if (g_strcmp0 (ma->insee, mb->insee) != 0 || ma->units != mb->units ||
          ma->basis_points != mb->basis_points || ma->amount != mb->amount)
        return FALSE;
    }

  for (guint i = 0; i < a->organisations->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a->organisations, i), g_ptr_array_index (b->organisations, i)) != 0)
      return FALSE;

  return TRUE;
}

static void
set_string (char       **field,
            const char  *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
}

const char *
mutualisation_resource_get_name (MutualisationResource *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), NULL);
  return self->name;
}

/* The name, or words that say it has none: in the interface's language,
 * or in French for a document. */
const char *
mutualisation_resource_get_title (MutualisationResource *self,
                                  gboolean               document)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), NULL);

  if (*self->name != '\0')
    return self->name;
  return document ? F_("Unnamed resource") : _("Unnamed resource");
}

void
mutualisation_resource_set_name (MutualisationResource *self,
                                 const char            *name)
{
  g_return_if_fail (MUTUALISATION_IS_RESOURCE (self));
  set_string (&self->name, name);
}

MutualisationCategory
mutualisation_resource_get_category (MutualisationResource *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), MUTUALISATION_CATEGORY_OTHER);
  return self->category;
}

void
mutualisation_resource_set_category (MutualisationResource *self,
                                     MutualisationCategory  category)
{
  g_return_if_fail (MUTUALISATION_IS_RESOURCE (self));
  g_return_if_fail (category < MUTUALISATION_N_CATEGORIES);
  self->category = category;
}

const char *
mutualisation_resource_get_category_other (MutualisationResource *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), NULL);
  return self->category_other;
}

void
mutualisation_resource_set_category_other (MutualisationResource *self,
                                           const char            *text)
{
  g_return_if_fail (MUTUALISATION_IS_RESOURCE (self));
  set_string (&self->category_other, text);
}

const char *
mutualisation_resource_get_description (MutualisationResource *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), NULL);
  return self->description;
}

void
mutualisation_resource_set_description (MutualisationResource *self,
                                        const char            *description)
{
  g_return_if_fail (MUTUALISATION_IS_RESOURCE (self));
  set_string (&self->description, description);
}

MutualisationVehicle
mutualisation_resource_get_vehicle (MutualisationResource *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), MUTUALISATION_VEHICLE_OTHER);
  return self->vehicle;
}

void
mutualisation_resource_set_vehicle (MutualisationResource *self,
                                    MutualisationVehicle   vehicle)
{
  g_return_if_fail (MUTUALISATION_IS_RESOURCE (self));
  g_return_if_fail (vehicle < MUTUALISATION_N_VEHICLES);
  self->vehicle = vehicle;
}

const char *
mutualisation_resource_get_vehicle_other (MutualisationResource *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), NULL);
  return self->vehicle_other;
}

void
mutualisation_resource_set_vehicle_other (MutualisationResource *self,
                                          const char            *text)
{
  g_return_if_fail (MUTUALISATION_IS_RESOURCE (self));
  set_string (&self->vehicle_other, text);
}

/* The annual cost, in cents. */
gint64
mutualisation_resource_get_cost (MutualisationResource *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), 0);
  return self->cost;
}

void
mutualisation_resource_set_cost (MutualisationResource *self,
                                 gint64                 cents)
{
  g_return_if_fail (MUTUALISATION_IS_RESOURCE (self));
  g_return_if_fail (cents >= 0 && cents <= MUTUALISATION_MAX_CENTS);
  self->cost = cents;
}

MutualisationKey
mutualisation_resource_get_key (MutualisationResource *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), MUTUALISATION_KEY_POPULATION);
  return self->key;
}

void
mutualisation_resource_set_key (MutualisationResource *self,
                                MutualisationKey       key)
{
  g_return_if_fail (MUTUALISATION_IS_RESOURCE (self));
  g_return_if_fail (key < MUTUALISATION_N_KEYS);
  self->key = key;
}

/* What one unit of usage is: « postes de travail », « utilisateurs »… */
const char *
mutualisation_resource_get_usage_unit (MutualisationResource *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), NULL);
  return self->usage_unit;
}

void
mutualisation_resource_set_usage_unit (MutualisationResource *self,
                                       const char            *unit)
{
  g_return_if_fail (MUTUALISATION_IS_RESOURCE (self));
  set_string (&self->usage_unit, unit);
}

guint
mutualisation_resource_get_n_members (MutualisationResource *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), 0);
  return self->members->len;
}

/**
 * mutualisation_resource_get_member:
 * @position: from 0 to the number of members − 1, in INSEE code order
 *
 * Returns: (transfer none): the commune at @position
 */
const MutualisationMember *
mutualisation_resource_get_member (MutualisationResource *self,
                                   guint                  position)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), NULL);
  g_return_val_if_fail (position < self->members->len, NULL);
  return &g_array_index (self->members, MutualisationMember, position);
}

/* Where the member @insee is, or would be inserted, in INSEE code order. */
static gboolean
search_member (MutualisationResource *self,
               const char            *insee,
               guint                 *position)
{
  guint low = 0;
  guint high = self->members->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      int order = strcmp (g_array_index (self->members, MutualisationMember, middle).insee, insee);

      if (order == 0)
        {
          *position = middle;
          return TRUE;
        }
      if (order < 0)
        low = middle + 1;
      else
        high = middle;
    }

  *position = low;
  return FALSE;
}

/**
 * mutualisation_resource_find_member:
 *
 * Returns: (transfer none) (nullable): the member of INSEE code @insee,
 *   valid until members are added or removed
 */
MutualisationMember *
mutualisation_resource_find_member (MutualisationResource *self,
                                    const char            *insee)
{
  guint position;

  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), NULL);
  g_return_val_if_fail (insee != NULL, NULL);

  if (!search_member (self, insee, &position))
    return NULL;
  return &g_array_index (self->members, MutualisationMember, position);
}

/**
 * mutualisation_resource_add_member:
 * @insee: the INSEE code of a commune
 *
 * Adds the commune @insee, with all its values 0, in INSEE code order; if
 * it is there already, leaves it as it is.
 *
 * Returns: (transfer none): the member, valid until members are added or
 *   removed
 */
MutualisationMember *
mutualisation_resource_add_member (MutualisationResource *self,
                                   const char            *insee)
{
  MutualisationMember member = { NULL, };
  guint position;

  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), NULL);
  g_return_val_if_fail (insee != NULL, NULL);

  if (!search_member (self, insee, &position))
    {
      member.insee = g_strdup (insee);
      g_array_insert_val (self->members, position, member);
    }
  return &g_array_index (self->members, MutualisationMember, position);
}

void
mutualisation_resource_remove_member (MutualisationResource *self,
                                      const char            *insee)
{
  guint position;

  g_return_if_fail (MUTUALISATION_IS_RESOURCE (self));
  g_return_if_fail (insee != NULL);

  if (search_member (self, insee, &position))
    g_array_remove_index (self->members, position);
}

void
mutualisation_resource_clear_members (MutualisationResource *self)
{
  g_return_if_fail (MUTUALISATION_IS_RESOURCE (self));
  g_array_set_size (self->members, 0);
}

/**
 * mutualisation_resource_get_organisations:
 *
 * Returns: (transfer none) (array zero-terminated=1): the partners that are
 *   not communes, by name, in the order given
 */
const char * const *
mutualisation_resource_get_organisations (MutualisationResource *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), NULL);

  /* A null-terminated GPtrArray may have no storage yet while empty. */
  if (self->organisations->pdata == NULL)
    return none;
  return (const char * const *) self->organisations->pdata;
}

void
mutualisation_resource_set_organisations (MutualisationResource *self,
                                          const char * const    *organisations)
{
  g_return_if_fail (MUTUALISATION_IS_RESOURCE (self));

  if (organisations == (const char * const *) self->organisations->pdata)
    return;
  g_ptr_array_set_size (self->organisations, 0);
  for (guint i = 0; organisations != NULL && organisations[i] != NULL; i++)
    g_ptr_array_add (self->organisations, g_strdup (organisations[i]));
}

/* Whether any commune or organisation takes part. */
gboolean
mutualisation_resource_has_partners (MutualisationResource *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), FALSE);
  return self->members->len > 0 || self->organisations->len > 0;
}

/**
 * mutualisation_resource_compute_shares:
 * @territory: (nullable): the territory, which gives the communes'
 *   population; without it, or for a commune it does not have, 0
 *
 * Returns: (transfer full): the share of each member, in the members'
 *   order (see mutualisation_shares_compute())
 */
MutualisationShares *
mutualisation_resource_compute_shares (MutualisationResource *self,
                                       MaillageTerritory     *territory)
{
  g_autofree MutualisationPart *parts = NULL;

  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), NULL);
  g_return_val_if_fail (territory == NULL || MAILLAGE_IS_TERRITORY (territory), NULL);

  parts = g_new0 (MutualisationPart, MAX (self->members->len, 1));
  for (guint i = 0; i < self->members->len; i++)
    {
      const MutualisationMember *member = &g_array_index (self->members, MutualisationMember, i);
      MaillageCommune *commune = territory != NULL ? maillage_territory_find_commune (territory, member->insee) : NULL;

      parts[i].insee = member->insee;
      parts[i].population = commune != NULL ? maillage_commune_get_population (commune) : 0;
      parts[i].units = member->units;
      parts[i].basis_points = member->basis_points;
      parts[i].amount = member->amount;
    }

  return mutualisation_shares_compute (self->key, self->cost, parts, self->members->len);
}

const char *
mutualisation_category_to_string (MutualisationCategory category)
{
  g_return_val_if_fail (category < MUTUALISATION_N_CATEGORIES, NULL);
  return categories[category].id;
}

gboolean
mutualisation_category_from_string (const char            *string,
                                    MutualisationCategory *category)
{
  for (guint i = 0; i < MUTUALISATION_N_CATEGORIES; i++)
    if (g_strcmp0 (string, categories[i].id) == 0)
      {
        *category = i;
        return TRUE;
      }
  return FALSE;
}

/* The category's name, in the interface's language or, for a document,
 * in French. */
const char *
mutualisation_category_get_label (MutualisationCategory category,
                                  gboolean              document)
{
  g_return_val_if_fail (category < MUTUALISATION_N_CATEGORIES, NULL);
  return translate (CATEGORY_CONTEXT, categories[category].label, document);
}

const char *
mutualisation_vehicle_to_string (MutualisationVehicle vehicle)
{
  g_return_val_if_fail (vehicle < MUTUALISATION_N_VEHICLES, NULL);
  return vehicles[vehicle].id;
}

gboolean
mutualisation_vehicle_from_string (const char           *string,
                                   MutualisationVehicle *vehicle)
{
  for (guint i = 0; i < MUTUALISATION_N_VEHICLES; i++)
    if (g_strcmp0 (string, vehicles[i].id) == 0)
      {
        *vehicle = i;
        return TRUE;
      }
  return FALSE;
}

const char *
mutualisation_vehicle_get_label (MutualisationVehicle vehicle,
                                 gboolean             document)
{
  g_return_val_if_fail (vehicle < MUTUALISATION_N_VEHICLES, NULL);
  return translate (VEHICLE_CONTEXT, vehicles[vehicle].label, document);
}

const char *
mutualisation_key_get_label (MutualisationKey key,
                             gboolean         document)
{
  g_return_val_if_fail (key < MUTUALISATION_N_KEYS, NULL);
  return translate (KEY_CONTEXT, key_labels[key], document);
}

/* The category as the user named it when it is “other”. */
const char *
mutualisation_resource_get_category_label (MutualisationResource *self,
                                           gboolean               document)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), NULL);

  if (self->category == MUTUALISATION_CATEGORY_OTHER && *self->category_other != '\0')
    return self->category_other;
  return mutualisation_category_get_label (self->category, document);
}

const char *
mutualisation_resource_get_vehicle_label (MutualisationResource *self,
                                          gboolean               document)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (self), NULL);

  if (self->vehicle == MUTUALISATION_VEHICLE_OTHER && *self->vehicle_other != '\0')
    return self->vehicle_other;
  return mutualisation_vehicle_get_label (self->vehicle, document);
}

void
mutualisation_resource_register (GTypeModule *module)
{
  mutualisation_resource_register_type (module);
}
