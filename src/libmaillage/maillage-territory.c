/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-territory.c: the collectivité that carries the strategy and its
 * member communes.
 */
#define G_LOG_DOMAIN "maillage-territory"

#include "config.h"

#include "maillage-enums.h"
#include "maillage-list-watch-private.h"
#include "maillage-outlines.h"
#include "maillage-project-private.h"
#include "maillage-territory.h"

/**
 * MaillageTerritory:
 *
 * The collectivité that carries the strategy: its name, its kind, its SIREN,
 * its département, its member communes, and their outlines for maps.
 *
 * The territory emits [signal@Maillage.Territory::changed] whenever any of
 * this changes, including a property of one of its communes, so that the
 * project has one signal to listen to.
 */
struct _MaillageTerritory
{
  GObject parent_instance;

  char                  *name;
  MaillageTerritoryKind  kind;
  char                  *siren;
  char                  *departement;
  GListStore            *communes;
  MaillageListWatch     *communes_watch;

  /* INSEE code → a commune with that code, so that
   * maillage_territory_find_commune() stays fast with thousands of
   * communes. The key is owned. */
  GHashTable            *by_insee;
  /* Commune → the code it is indexed under (owned), because a notify of
   * "insee" no longer tells the old code. */
  GHashTable            *indexed_as;
  MaillageOutlines      *outlines;

  JsonObject            *extras;
};

G_DEFINE_FINAL_TYPE (MaillageTerritory, maillage_territory, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_SIREN,
  PROP_DEPARTEMENT,
  PROP_COMMUNES,
  PROP_POPULATION,
  PROP_OUTLINES,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const kind_names[] = {
  [MAILLAGE_TERRITORY_KIND_COMMUNE] = "commune",
  [MAILLAGE_TERRITORY_KIND_EPCI] = "epci",
  [MAILLAGE_TERRITORY_KIND_DEPARTEMENT] = "departement",
  [MAILLAGE_TERRITORY_KIND_REGION] = "region",
};

static void
index_add (MaillageTerritory *self,
           MaillageCommune   *commune)
{
  const char *insee = maillage_commune_get_insee (commune);

  g_hash_table_insert (self->indexed_as, commune, g_strdup (insee));

  if (!g_hash_table_contains (self->by_insee, insee))
    g_hash_table_insert (self->by_insee, g_strdup (insee), commune);
}

/* Forgets @commune. If it was the one found under its code, another commune
 * with the same code (a duplicate the user has not fixed yet) takes its
 * place, so the index always agrees with the list. That scan happens only
 * then, and removing from a GListStore is linear anyway. */
static void
index_remove (MaillageTerritory *self,
              MaillageCommune   *commune)
{
  g_autofree char *insee = NULL;
  guint n_items;

  if (!g_hash_table_steal_extended (self->indexed_as, commune, NULL, (gpointer *)&insee))
    return;

  if (g_hash_table_lookup (self->by_insee, insee) != commune)
    return;

  g_hash_table_remove (self->by_insee, insee);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->communes));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MaillageCommune) other = g_list_model_get_item (G_LIST_MODEL (self->communes), i);
      const char *other_insee = g_hash_table_lookup (self->indexed_as, other);

      if (other != commune && g_strcmp0 (other_insee, insee) == 0)
        {
          g_hash_table_insert (self->by_insee, g_strdup (insee), other);
          break;
        }
    }
}

static void
commune_notify_cb (MaillageCommune   *commune,
                   GParamSpec        *pspec,
                   MaillageTerritory *self)
{
  if (strcmp (pspec->name, "insee") == 0)
    {
      index_remove (self, commune);
      index_add (self, commune);
    }
  else if (strcmp (pspec->name, "population") == 0)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POPULATION]);
    }

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
communes_items_changed_cb (MaillageTerritory *self,
                           guint              position,
                           guint              removed,
                           guint              added,
                           GListModel        *model)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POPULATION]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
maillage_territory_dispose (GObject *object)
{
  MaillageTerritory *self = (MaillageTerritory *)object;

  g_clear_pointer (&self->communes_watch, maillage_list_watch_free);
  g_clear_object (&self->communes);
  g_clear_object (&self->outlines);

  G_OBJECT_CLASS (maillage_territory_parent_class)->dispose (object);
}

static void
maillage_territory_finalize (GObject *object)
{
  MaillageTerritory *self = (MaillageTerritory *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->siren, g_free);
  g_clear_pointer (&self->departement, g_free);
  g_clear_pointer (&self->by_insee, g_hash_table_unref);
  g_clear_pointer (&self->indexed_as, g_hash_table_unref);
  g_clear_pointer (&self->extras, json_object_unref);

  G_OBJECT_CLASS (maillage_territory_parent_class)->finalize (object);
}

static void
maillage_territory_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MaillageTerritory *self = MAILLAGE_TERRITORY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_SIREN:
      g_value_set_string (value, self->siren);
      break;

    case PROP_DEPARTEMENT:
      g_value_set_string (value, self->departement);
      break;

    case PROP_COMMUNES:
      g_value_set_object (value, self->communes);
      break;

    case PROP_POPULATION:
      g_value_set_uint64 (value, maillage_territory_get_population (self));
      break;

    case PROP_OUTLINES:
      g_value_set_object (value, self->outlines);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_territory_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MaillageTerritory *self = MAILLAGE_TERRITORY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      maillage_territory_set_name (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      maillage_territory_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_SIREN:
      maillage_territory_set_siren (self, g_value_get_string (value));
      break;

    case PROP_DEPARTEMENT:
      maillage_territory_set_departement (self, g_value_get_string (value));
      break;

    case PROP_OUTLINES:
      maillage_territory_set_outlines (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_territory_class_init (MaillageTerritoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = maillage_territory_dispose;
  object_class->finalize = maillage_territory_finalize;
  object_class->get_property = maillage_territory_get_property;
  object_class->set_property = maillage_territory_set_property;

  /**
   * MaillageTerritory:name:
   *
   * The name of the collectivité. Never %NULL.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageTerritory:kind:
   *
   * The kind of collectivité.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       MAILLAGE_TYPE_TERRITORY_KIND,
                       MAILLAGE_TERRITORY_KIND_EPCI,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageTerritory:siren:
   *
   * The SIREN of the collectivité, or the empty string when not known.
   */
  properties[PROP_SIREN] =
    g_param_spec_string ("siren", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageTerritory:departement:
   *
   * The code of the département (`39`, `2A`, `974`), or the empty string.
   */
  properties[PROP_DEPARTEMENT] =
    g_param_spec_string ("departement", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageTerritory:communes:
   *
   * The member communes, a #GListModel of #MaillageCommune.
   */
  properties[PROP_COMMUNES] =
    g_param_spec_object ("communes", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageTerritory:population:
   *
   * The sum of the populations of the member communes.
   */
  properties[PROP_POPULATION] =
    g_param_spec_uint64 ("population", NULL, NULL,
                         0, G_MAXUINT64, 0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageTerritory:outlines:
   *
   * The outlines of the communes, for maps, or %NULL when none were
   * imported.
   */
  properties[PROP_OUTLINES] =
    g_param_spec_object ("outlines", NULL, NULL,
                         MAILLAGE_TYPE_OUTLINES,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MaillageTerritory::changed:
   * @self: the #MaillageTerritory
   *
   * Emitted after any change: a property of the territory, the list of
   * communes, or a property of one of the communes.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
maillage_territory_init (MaillageTerritory *self)
{
  self->name = g_strdup ("");
  self->kind = MAILLAGE_TERRITORY_KIND_EPCI;
  self->siren = g_strdup ("");
  self->departement = g_strdup ("");
  self->communes = g_list_store_new (MAILLAGE_TYPE_COMMUNE);
  self->by_insee = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->indexed_as = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->communes_watch = maillage_list_watch_new (self->communes, "notify",
                                                  G_CALLBACK (commune_notify_cb),
                                                  G_CALLBACK (communes_items_changed_cb),
                                                  self);
}

static void
set_string_property (MaillageTerritory  *self,
                     char              **field,
                     const char         *value,
                     guint               prop_id)
{
  if (!maillage_set_string (field, value ? value : ""))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * maillage_territory_new:
 *
 * Creates an empty territory: an EPCI with no name and no commune.
 *
 * Returns: (transfer full): a new #MaillageTerritory
 */
MaillageTerritory *
maillage_territory_new (void)
{
  return g_object_new (MAILLAGE_TYPE_TERRITORY, NULL);
}

/**
 * maillage_territory_get_name:
 * @self: a #MaillageTerritory
 *
 * Returns: (transfer none): the name of the collectivité, never %NULL
 */
const char *
maillage_territory_get_name (MaillageTerritory *self)
{
  g_return_val_if_fail (MAILLAGE_IS_TERRITORY (self), NULL);

  return self->name;
}

/**
 * maillage_territory_set_name:
 * @self: a #MaillageTerritory
 * @name: (nullable): the name; %NULL is the empty string
 *
 * Sets the name of the collectivité.
 */
void
maillage_territory_set_name (MaillageTerritory *self,
                             const char        *name)
{
  g_return_if_fail (MAILLAGE_IS_TERRITORY (self));
  g_return_if_fail (maillage_utf8_is_valid (name));

  set_string_property (self, &self->name, name, PROP_NAME);
}

/**
 * maillage_territory_get_kind:
 * @self: a #MaillageTerritory
 *
 * Returns: the kind of collectivité
 */
MaillageTerritoryKind
maillage_territory_get_kind (MaillageTerritory *self)
{
  g_return_val_if_fail (MAILLAGE_IS_TERRITORY (self), MAILLAGE_TERRITORY_KIND_EPCI);

  return self->kind;
}

/**
 * maillage_territory_set_kind:
 * @self: a #MaillageTerritory
 * @kind: the kind of collectivité
 *
 * Sets the kind of collectivité.
 */
void
maillage_territory_set_kind (MaillageTerritory     *self,
                             MaillageTerritoryKind  kind)
{
  g_return_if_fail (MAILLAGE_IS_TERRITORY (self));
  g_return_if_fail (kind <= MAILLAGE_TERRITORY_KIND_REGION);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * maillage_territory_get_siren:
 * @self: a #MaillageTerritory
 *
 * Returns: (transfer none): the SIREN, or the empty string
 */
const char *
maillage_territory_get_siren (MaillageTerritory *self)
{
  g_return_val_if_fail (MAILLAGE_IS_TERRITORY (self), NULL);

  return self->siren;
}

/**
 * maillage_territory_set_siren:
 * @self: a #MaillageTerritory
 * @siren: (nullable): the SIREN; %NULL is the empty string
 *
 * Sets the SIREN. It is stored as given; check it with
 * maillage_territory_siren_is_valid().
 */
void
maillage_territory_set_siren (MaillageTerritory *self,
                              const char        *siren)
{
  g_return_if_fail (MAILLAGE_IS_TERRITORY (self));
  g_return_if_fail (maillage_utf8_is_valid (siren));

  set_string_property (self, &self->siren, siren, PROP_SIREN);
}

/**
 * maillage_territory_get_departement:
 * @self: a #MaillageTerritory
 *
 * Returns: (transfer none): the code of the département, or the empty string
 */
const char *
maillage_territory_get_departement (MaillageTerritory *self)
{
  g_return_val_if_fail (MAILLAGE_IS_TERRITORY (self), NULL);

  return self->departement;
}

/**
 * maillage_territory_set_departement:
 * @self: a #MaillageTerritory
 * @departement: (nullable): the code of the département; %NULL is the
 *   empty string
 *
 * Sets the code of the département.
 */
void
maillage_territory_set_departement (MaillageTerritory *self,
                                    const char        *departement)
{
  g_return_if_fail (MAILLAGE_IS_TERRITORY (self));
  g_return_if_fail (maillage_utf8_is_valid (departement));

  set_string_property (self, &self->departement, departement, PROP_DEPARTEMENT);
}

/**
 * maillage_territory_get_communes:
 * @self: a #MaillageTerritory
 *
 * Gets the member communes. Change the list through the territory
 * (maillage_territory_add_commune() and the others), not through the model.
 *
 * Returns: (transfer none): a #GListModel of #MaillageCommune
 */
GListModel *
maillage_territory_get_communes (MaillageTerritory *self)
{
  g_return_val_if_fail (MAILLAGE_IS_TERRITORY (self), NULL);

  return G_LIST_MODEL (self->communes);
}

/**
 * maillage_territory_add_commune:
 * @self: a #MaillageTerritory
 * @commune: the commune to append
 *
 * Appends @commune to the member communes.
 */
void
maillage_territory_add_commune (MaillageTerritory *self,
                                MaillageCommune   *commune)
{
  g_return_if_fail (MAILLAGE_IS_TERRITORY (self));
  g_return_if_fail (MAILLAGE_IS_COMMUNE (commune));

  index_add (self, commune);
  g_list_store_append (self->communes, commune);
}

/**
 * maillage_territory_remove_commune:
 * @self: a #MaillageTerritory
 * @commune: a commune of @self
 *
 * Removes @commune from the member communes.
 */
void
maillage_territory_remove_commune (MaillageTerritory *self,
                                   MaillageCommune   *commune)
{
  guint position;

  g_return_if_fail (MAILLAGE_IS_TERRITORY (self));
  g_return_if_fail (MAILLAGE_IS_COMMUNE (commune));

  if (!g_list_store_find (self->communes, commune, &position))
    {
      g_critical ("Commune %s is not a member of territory %s",
                  maillage_commune_get_insee (commune), self->name);
      return;
    }

  index_remove (self, commune);
  g_list_store_remove (self->communes, position);
}

/**
 * maillage_territory_replace_communes:
 * @self: a #MaillageTerritory
 * @communes: (element-type MaillageCommune): the new member communes
 *
 * Replaces all the member communes with @communes, in one
 * #GListModel::items-changed and one #MaillageTerritory::changed, so that an
 * import is all or nothing and a list view redraws once.
 */
void
maillage_territory_replace_communes (MaillageTerritory *self,
                                     GPtrArray         *communes)
{
  guint n_old;

  g_return_if_fail (MAILLAGE_IS_TERRITORY (self));
  g_return_if_fail (communes != NULL);

  for (guint i = 0; i < communes->len; i++)
    g_return_if_fail (MAILLAGE_IS_COMMUNE (g_ptr_array_index (communes, i)));

  g_hash_table_remove_all (self->by_insee);
  g_hash_table_remove_all (self->indexed_as);
  for (guint i = 0; i < communes->len; i++)
    index_add (self, g_ptr_array_index (communes, i));

  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->communes));
  g_list_store_splice (self->communes, 0, n_old, communes->pdata, communes->len);
}

/**
 * maillage_territory_find_commune:
 * @self: a #MaillageTerritory
 * @insee: an INSEE code
 *
 * Finds the member commune with the INSEE code @insee, in constant time. If
 * several communes share the code (a duplicate the user has not fixed yet),
 * one of them is returned.
 *
 * Returns: (transfer none) (nullable): the commune, or %NULL
 */
MaillageCommune *
maillage_territory_find_commune (MaillageTerritory *self,
                                 const char        *insee)
{
  g_return_val_if_fail (MAILLAGE_IS_TERRITORY (self), NULL);
  g_return_val_if_fail (insee != NULL, NULL);

  return g_hash_table_lookup (self->by_insee, insee);
}

/**
 * maillage_territory_get_population:
 * @self: a #MaillageTerritory
 *
 * Returns: the sum of the populations of the member communes
 */
guint64
maillage_territory_get_population (MaillageTerritory *self)
{
  guint64 total = 0;
  guint n_items;

  g_return_val_if_fail (MAILLAGE_IS_TERRITORY (self), 0);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->communes));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MaillageCommune) commune = g_list_model_get_item (G_LIST_MODEL (self->communes), i);

      total += maillage_commune_get_population (commune);
    }

  return total;
}

/**
 * maillage_territory_get_outlines:
 * @self: a #MaillageTerritory
 *
 * Gets the outlines of the communes, which the territory keeps because
 * several modules draw them. They may include communes that are not
 * members, and miss some that are.
 *
 * Returns: (transfer none) (nullable): the outlines, or %NULL
 */
MaillageOutlines *
maillage_territory_get_outlines (MaillageTerritory *self)
{
  g_return_val_if_fail (MAILLAGE_IS_TERRITORY (self), NULL);

  return self->outlines;
}

/**
 * maillage_territory_set_outlines:
 * @self: a #MaillageTerritory
 * @outlines: (nullable): the outlines, or %NULL to forget them
 *
 * Sets the outlines of the communes. Setting outlines equal to the current
 * ones (see maillage_outlines_equal()) changes nothing.
 */
void
maillage_territory_set_outlines (MaillageTerritory *self,
                                 MaillageOutlines  *outlines)
{
  g_return_if_fail (MAILLAGE_IS_TERRITORY (self));
  g_return_if_fail (outlines == NULL || MAILLAGE_IS_OUTLINES (outlines));

  if (maillage_outlines_equal (self->outlines, outlines))
    return;

  g_set_object (&self->outlines, outlines);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTLINES]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * maillage_territory_siren_is_valid:
 * @siren: (nullable): a string
 *
 * Checks that @siren is a SIREN number: exactly nine digits. The empty
 * string is not a SIREN (a project may leave the SIREN empty, though).
 *
 * Returns: %TRUE if @siren is nine digits
 */
gboolean
maillage_territory_siren_is_valid (const char *siren)
{
  if (siren == NULL || strlen (siren) != 9)
    return FALSE;

  for (guint i = 0; i < 9; i++)
    {
      if (!g_ascii_isdigit (siren[i]))
        return FALSE;
    }

  return TRUE;
}

/**
 * maillage_territory_kind_to_string:
 * @kind: a kind of collectivité
 *
 * Gets the name of @kind in the project file: `commune`, `epci`,
 * `departement` or `region`.
 *
 * Returns: (transfer none): the name of @kind
 */
const char *
maillage_territory_kind_to_string (MaillageTerritoryKind kind)
{
  g_return_val_if_fail (kind <= MAILLAGE_TERRITORY_KIND_REGION, NULL);

  return kind_names[kind];
}

/**
 * maillage_territory_kind_from_string:
 * @string: (nullable): a name from the project file
 * @kind: (out) (optional): where to store the kind
 *
 * Reads the name of a kind of collectivité, as written by
 * maillage_territory_kind_to_string().
 *
 * Returns: %TRUE if @string names a kind
 */
gboolean
maillage_territory_kind_from_string (const char            *string,
                                     MaillageTerritoryKind *kind)
{
  if (string == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    {
      if (strcmp (string, kind_names[i]) == 0)
        {
          if (kind != NULL)
            *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

JsonObject *
_maillage_territory_get_extras (MaillageTerritory *self)
{
  return self->extras;
}

void
_maillage_territory_set_extras (MaillageTerritory *self,
                                JsonObject        *extras)
{
  maillage_set_json_object (&self->extras, extras);
}
