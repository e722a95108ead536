/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mediation-module"

#include "config.h"

#include "mediation-module-private.h"
#include "mediation-page.h"

/*
 * MediationModule: the Médiation numérique module. Its model is the
 * inventory of lieux de médiation (national schema v1.0.2), the publics
 * the strategy aims at, the national programmes (dispositifs) present on
 * the territory with a declared number each, and the strategy text. It is
 * stored under `modules.mediation` as
 *
 *   { "version": 1, "strategy": "…", "publics": ["Seniors", …],
 *     "dispositifs": [ { "name": "Conseillers numériques", "count": 4 }, … ],
 *     "lieux": [ { "id": "…", "pivot": "…", … }, … ] }
 *
 * always in that order (see mediation-module-json.c and README.md beside
 * this file).
 */

static void module_iface_init (MaillageModuleInterface *iface);

/* A dynamic type: libpeas may unload the plugin and load it again. */
G_DEFINE_DYNAMIC_TYPE_EXTENDED (MediationModule, mediation_module, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (MAILLAGE_TYPE_MODULE, module_iface_init))

enum {
  PROP_0,
  PROP_STRATEGY,
  N_PROPS
};

enum {
  COVERAGE_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Publics a strategy commonly aims at: the schema's own
 * (publics_specifiquement_adresses), then those of the national
 * programmes. Values, like the schema's, are French. */
static const char * const public_catalogue[] = {
  "Seniors",
  "Jeunes",
  "Familles et/ou enfants",
  "Étudiants",
  "Femmes",
  "Demandeurs d’emploi",
  "Allocataires des minima sociaux",
  "Personnes en situation de handicap",
  "Personnes en situation d'illettrisme",
  "Personnes allophones",
  "Habitants des quartiers prioritaires",
  "Habitants des communes rurales isolées",
  "Agents des collectivités et élus",
  NULL
};

static void
dispositif_free (MediationDispositif *dispositif)
{
  g_free (dispositif->name);
  g_free (dispositif);
}

static void
changed (MediationModule *self)
{
  if (!self->loading)
    maillage_module_emit_changed (MAILLAGE_MODULE (self));
}

static void
drop_coverage (MediationModule *self)
{
  g_clear_object (&self->coverage);
  g_signal_emit (self, signals[COVERAGE_CHANGED], 0);
}

static void
territory_changed_cb (MaillageTerritory *territory,
                      MediationModule   *self)
{
  drop_coverage (self);
}

static void
lieux_changed_cb (GListModel      *lieux,
                  guint            position,
                  guint            removed,
                  guint            added,
                  MediationModule *self)
{
  drop_coverage (self);
  changed (self);
}

static gboolean
mediation_module_load (MaillageModule   *module,
                       MaillageProject  *project,
                       JsonObject       *data,
                       GError          **error)
{
  MediationModule *self = MEDIATION_MODULE (module);
  gboolean ok = TRUE;

  self->loading = TRUE;
  if (data != NULL)
    ok = _mediation_module_read (self, data, error);
  self->loading = FALSE;

  if (!ok)
    return FALSE;

  self->territory = g_object_ref (maillage_project_get_territory (project));
  self->territory_changed_id = g_signal_connect (self->territory, "changed",
                                                 G_CALLBACK (territory_changed_cb), self);
  drop_coverage (self);

  return TRUE;
}

static void
mediation_module_unload (MaillageModule *module)
{
  MediationModule *self = MEDIATION_MODULE (module);

  g_clear_signal_handler (&self->territory_changed_id, self->territory);
  g_clear_object (&self->territory);
  g_clear_object (&self->coverage);
}

static GtkWidget *
mediation_module_create_page (MaillageModule *module)
{
  return mediation_page_new (MEDIATION_MODULE (module));
}

static void
module_iface_init (MaillageModuleInterface *iface)
{
  iface->load = mediation_module_load;
  iface->unload = mediation_module_unload;
  iface->save = _mediation_module_save;
  iface->create_page = mediation_module_create_page;
  iface->build_chapter = _mediation_module_build_chapter;
  iface->list_key_points = _mediation_module_list_key_points;
  iface->list_findings = _mediation_module_list_findings;
  iface->get_completeness = _mediation_module_get_completeness;
}

static void
mediation_module_dispose (GObject *object)
{
  MediationModule *self = MEDIATION_MODULE (object);

  mediation_module_unload (MAILLAGE_MODULE (self));

  G_OBJECT_CLASS (mediation_module_parent_class)->dispose (object);
}

static void
mediation_module_finalize (GObject *object)
{
  MediationModule *self = MEDIATION_MODULE (object);

  g_object_unref (self->lieux);
  g_free (self->strategy);
  g_ptr_array_unref (self->publics);
  g_ptr_array_unref (self->dispositifs);

  G_OBJECT_CLASS (mediation_module_parent_class)->finalize (object);
}

static void
mediation_module_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MediationModule *self = MEDIATION_MODULE (object);

  switch (prop_id)
    {
    case PROP_STRATEGY:
      g_value_set_string (value, self->strategy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mediation_module_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MediationModule *self = MEDIATION_MODULE (object);

  switch (prop_id)
    {
    case PROP_STRATEGY:
      mediation_module_set_strategy (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mediation_module_class_init (MediationModuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mediation_module_dispose;
  object_class->finalize = mediation_module_finalize;
  object_class->get_property = mediation_module_get_property;
  object_class->set_property = mediation_module_set_property;

  properties[PROP_STRATEGY] =
    g_param_spec_string ("strategy", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MediationModule::coverage-changed:
   *
   * Emitted when the lieux or the territory changed, so that what
   * mediation_module_get_coverage() returns is new.
   */
  signals[COVERAGE_CHANGED] =
    g_signal_new ("coverage-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
mediation_module_class_finalize (MediationModuleClass *klass)
{
}

static void
mediation_module_init (MediationModule *self)
{
  self->lieux = g_list_store_new (MEDIATION_TYPE_LIEU);
  self->strategy = g_strdup ("");
  self->publics = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->dispositifs = g_ptr_array_new_with_free_func ((GDestroyNotify) dispositif_free);

  g_signal_connect (self->lieux, "items-changed", G_CALLBACK (lieux_changed_cb), self);
}

/* The publics offered to choose from; French values, static. */
const char * const *
mediation_module_public_catalogue (void)
{
  return public_catalogue;
}

/**
 * mediation_module_get_lieux:
 *
 * Returns: (transfer none): the inventory, a #GListModel of #MediationLieu
 */
GListModel *
mediation_module_get_lieux (MediationModule *self)
{
  g_return_val_if_fail (MEDIATION_IS_MODULE (self), NULL);

  return G_LIST_MODEL (self->lieux);
}

/* Where each id of the inventory is. */
static GHashTable *
index_ids (MediationModule *self)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->lieux));

  for (guint i = 0; i < n; i++)
    {
      MediationLieu *lieu = g_list_model_get_item (G_LIST_MODEL (self->lieux), i);

      /* The store keeps it alive. */
      g_object_unref (lieu);
      if (*mediation_lieu_get_id (lieu) != '\0')
        g_hash_table_insert (ids, (gpointer) mediation_lieu_get_id (lieu), GUINT_TO_POINTER (i + 1));
    }

  return ids;
}

/* What mediation_module_merge_lieux() would do, without doing it. */
void
mediation_module_count_merge (MediationModule *self,
                              GPtrArray       *lieux,
                              guint           *n_added,
                              guint           *n_updated)
{
  g_autoptr(GHashTable) ids = NULL;
  guint updated = 0;

  g_return_if_fail (MEDIATION_IS_MODULE (self));
  g_return_if_fail (lieux != NULL);

  ids = index_ids (self);
  for (guint i = 0; i < lieux->len; i++)
    if (g_hash_table_contains (ids, mediation_lieu_get_id (g_ptr_array_index (lieux, i))))
      updated++;

  if (n_added != NULL)
    *n_added = lieux->len - updated;
  if (n_updated != NULL)
    *n_updated = updated;
}

/**
 * mediation_module_merge_lieux:
 * @self: a #MediationModule
 * @lieux: (element-type MediationLieu): lieux with distinct ids, as an
 *   import gives them
 * @n_added: (out) (optional): how many were new
 * @n_updated: (out) (optional): how many replaced a lieu of the same id
 *
 * Adds @lieux to the inventory in one change: a lieu whose id is already
 * there replaces it, in its place, so importing a file again duplicates
 * nothing; the others are added at the end, in the order given.
 */
void
mediation_module_merge_lieux (MediationModule *self,
                              GPtrArray       *lieux,
                              guint           *n_added,
                              guint           *n_updated)
{
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GPtrArray) merged = NULL;
  guint n_old;
  guint updated = 0;

  g_return_if_fail (MEDIATION_IS_MODULE (self));
  g_return_if_fail (lieux != NULL);

  ids = index_ids (self);
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->lieux));
  merged = g_ptr_array_new_full (n_old + lieux->len, g_object_unref);
  for (guint i = 0; i < n_old; i++)
    g_ptr_array_add (merged, g_list_model_get_item (G_LIST_MODEL (self->lieux), i));

  for (guint i = 0; i < lieux->len; i++)
    {
      MediationLieu *lieu = g_ptr_array_index (lieux, i);
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (ids, mediation_lieu_get_id (lieu)));

      if (position > 0)
        {
          g_object_unref (g_ptr_array_index (merged, position - 1));
          g_ptr_array_index (merged, position - 1) = g_object_ref (lieu);
          updated++;
        }
      else
        {
          g_ptr_array_add (merged, g_object_ref (lieu));
        }
    }

  /* One splice, one "items-changed": the list and the map redraw once. */
  g_list_store_splice (self->lieux, 0, n_old, merged->pdata, merged->len);

  if (n_added != NULL)
    *n_added = lieux->len - updated;
  if (n_updated != NULL)
    *n_updated = updated;
}

void
mediation_module_remove_lieu (MediationModule *self,
                              MediationLieu   *lieu)
{
  guint position;

  g_return_if_fail (MEDIATION_IS_MODULE (self));
  g_return_if_fail (MEDIATION_IS_LIEU (lieu));

  if (g_list_store_find (self->lieux, lieu, &position))
    g_list_store_remove (self->lieux, position);
}

const char *
mediation_module_get_strategy (MediationModule *self)
{
  g_return_val_if_fail (MEDIATION_IS_MODULE (self), NULL);

  return self->strategy;
}

void
mediation_module_set_strategy (MediationModule *self,
                               const char      *strategy)
{
  g_return_if_fail (MEDIATION_IS_MODULE (self));

  if (strategy == NULL)
    strategy = "";
  if (g_strcmp0 (strategy, self->strategy) == 0)
    return;

  g_free (self->strategy);
  self->strategy = g_strdup (strategy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRATEGY]);
  changed (self);
}

/**
 * mediation_module_get_publics:
 *
 * Returns: (transfer none) (array zero-terminated=1): the publics chosen,
 *   in the catalogue's order, then others in the order they were added
 */
const char * const *
mediation_module_get_publics (MediationModule *self)
{
  g_return_val_if_fail (MEDIATION_IS_MODULE (self), NULL);

  /* A null-terminated GPtrArray may have no storage yet while empty. */
  if (self->publics->pdata == NULL)
    return (const char * const *) &self->publics->pdata;
  return (const char * const *) self->publics->pdata;
}

gboolean
mediation_module_has_public (MediationModule *self,
                             const char      *name)
{
  g_return_val_if_fail (MEDIATION_IS_MODULE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return g_strv_contains (mediation_module_get_publics (self), name);
}

static guint
catalogue_rank (const char *name)
{
  for (guint i = 0; public_catalogue[i] != NULL; i++)
    if (g_strcmp0 (public_catalogue[i], name) == 0)
      return i;
  return G_MAXUINT;
}

void
mediation_module_set_public (MediationModule *self,
                             const char      *name,
                             gboolean         chosen)
{
  guint rank;
  guint position;

  g_return_if_fail (MEDIATION_IS_MODULE (self));
  g_return_if_fail (name != NULL);

  if (*name == '\0' || mediation_module_has_public (self, name) == !!chosen)
    return;

  if (chosen)
    {
      rank = catalogue_rank (name);
      for (position = 0; position < self->publics->len; position++)
        if (catalogue_rank (g_ptr_array_index (self->publics, position)) > rank)
          break;
      g_ptr_array_insert (self->publics, position, g_strdup (name));
    }
  else
    {
      for (position = 0; position < self->publics->len; position++)
        if (g_strcmp0 (g_ptr_array_index (self->publics, position), name) == 0)
          break;
      g_ptr_array_remove_index (self->publics, position);
    }

  changed (self);
}

/**
 * mediation_module_list_dispositifs:
 *
 * Returns: (transfer full): the national programmes to show: the schema's
 *   list, then those declared in the project that it does not have
 */
char **
mediation_module_list_dispositifs (MediationModule *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char * const *known = mediation_schema_vocabulary (MEDIATION_FIELD_DISPOSITIF_PROGRAMMES_NATIONAUX);

  g_return_val_if_fail (MEDIATION_IS_MODULE (self), NULL);

  g_strv_builder_addv (builder, (const char **) known);
  for (guint i = 0; i < self->dispositifs->len; i++)
    {
      MediationDispositif *dispositif = g_ptr_array_index (self->dispositifs, i);

      if (!g_strv_contains (known, dispositif->name))
        g_strv_builder_add (builder, dispositif->name);
    }

  return g_strv_builder_end (builder);
}

static MediationDispositif *
find_dispositif (MediationModule *self,
                 const char      *name,
                 guint           *position)
{
  for (guint i = 0; i < self->dispositifs->len; i++)
    {
      MediationDispositif *dispositif = g_ptr_array_index (self->dispositifs, i);

      if (g_strcmp0 (dispositif->name, name) == 0)
        {
          if (position != NULL)
            *position = i;
          return dispositif;
        }
    }
  return NULL;
}

/* The number declared for a programme: advisors, structures… 0 if none. */
guint
mediation_module_get_dispositif_count (MediationModule *self,
                                       const char      *name)
{
  MediationDispositif *dispositif;

  g_return_val_if_fail (MEDIATION_IS_MODULE (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  dispositif = find_dispositif (self, name, NULL);
  return dispositif != NULL ? dispositif->count : 0;
}

void
mediation_module_set_dispositif_count (MediationModule *self,
                                       const char      *name,
                                       guint            count)
{
  MediationDispositif *dispositif;
  guint position;

  g_return_if_fail (MEDIATION_IS_MODULE (self));
  g_return_if_fail (name != NULL && *name != '\0');

  dispositif = find_dispositif (self, name, &position);
  if (dispositif != NULL && dispositif->count == count)
    return;
  if (dispositif == NULL && count == 0)
    return;

  if (count == 0)
    {
      g_ptr_array_remove_index (self->dispositifs, position);
    }
  else if (dispositif != NULL)
    {
      dispositif->count = count;
    }
  else
    {
      dispositif = g_new0 (MediationDispositif, 1);
      dispositif->name = g_strdup (name);
      dispositif->count = count;
      g_ptr_array_add (self->dispositifs, dispositif);
    }

  changed (self);
}

/* How many lieux have @value among the values of @field. */
guint
mediation_module_count_lieux_with (MediationModule *self,
                                   MediationField   field,
                                   const char      *value)
{
  guint n;
  guint count = 0;

  g_return_val_if_fail (MEDIATION_IS_MODULE (self), 0);
  g_return_val_if_fail (value != NULL, 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->lieux));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MediationLieu) lieu = g_list_model_get_item (G_LIST_MODEL (self->lieux), i);

      if (mediation_lieu_has_list_value (lieu, field, value))
        count++;
    }

  return count;
}

/**
 * mediation_module_get_territory:
 *
 * Returns: (transfer none) (nullable): the territory of the project, between
 *   load and unload
 */
MaillageTerritory *
mediation_module_get_territory (MediationModule *self)
{
  g_return_val_if_fail (MEDIATION_IS_MODULE (self), NULL);

  return self->territory;
}

/**
 * mediation_module_get_coverage:
 *
 * Returns: (transfer none) (nullable): the coverage of the territory by the
 *   inventory, or %NULL before load; valid until “coverage-changed”
 */
MediationCoverage *
mediation_module_get_coverage (MediationModule *self)
{
  g_return_val_if_fail (MEDIATION_IS_MODULE (self), NULL);

  if (self->territory == NULL)
    return NULL;

  if (self->coverage == NULL)
    self->coverage = mediation_coverage_new (self->territory, G_LIST_MODEL (self->lieux));

  return self->coverage;
}

void
mediation_module_register (GTypeModule *module)
{
  mediation_module_register_type (module);
}
