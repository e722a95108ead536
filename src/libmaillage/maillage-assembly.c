/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-assembly.c: an assembly that votes on the strategy, and its
 * séance: when and where, who presided, how many members sat, how they
 * voted. A strategy carried by an EPCI is often adopted by the conseil
 * communautaire and then by each member commune's conseil municipal: each
 * is a MaillageAssembly of the project's MaillageDeliberation.
 *
 * Every field is a property, so that the Délibération page binds its rows
 * to them; any change emits MaillageAssembly::changed, which the
 * deliberation and then the project pass on.
 */
#define G_LOG_DOMAIN "maillage-assembly"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "maillage-assembly.h"
#include "maillage-enums.h"
#include "maillage-format.h"
#include "maillage-siren.h"
#include "maillage-project-private.h"

/* The text fields, in the order of the file. */
enum {
  TEXT_NAME,
  TEXT_COLLECTIVITE,
  TEXT_SIRET,
  TEXT_NUMBER,
  TEXT_DATE,
  TEXT_TIME,
  TEXT_PLACE,
  TEXT_CONVOCATION_DATE,
  TEXT_PRESIDENT,
  TEXT_PRESIDENT_TITLE,
  TEXT_SECRETARY,
  TEXT_PREFECTURE_DATE,
  N_TEXTS
};

/* The counts: members and votes. */
enum {
  COUNT_MEMBERS,
  COUNT_PRESENT,
  COUNT_REPRESENTED,
  COUNT_FOR,
  COUNT_AGAINST,
  COUNT_ABSTENTIONS,
  N_COUNTS
};

struct _MaillageAssembly
{
  GObject               parent_instance;
  MaillageAssemblyKind  kind;
  char                 *texts[N_TEXTS];
  guint                 counts[N_COUNTS];
  gboolean              unanimous;
  JsonObject           *extras;
};

G_DEFINE_FINAL_TYPE (MaillageAssembly, maillage_assembly, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_UNANIMOUS,
  PROP_FIRST_TEXT,
  PROP_FIRST_COUNT = PROP_FIRST_TEXT + N_TEXTS,
  N_PROPS = PROP_FIRST_COUNT + N_COUNTS
};

static const char * const text_names[N_TEXTS] = {
  "name", "collectivite", "siret", "number", "date", "time", "place",
  "convocation-date", "president", "president-title", "secretary", "prefecture-date",
};

static const char * const count_names[N_COUNTS] = {
  "members", "present", "represented", "votes-for", "votes-against", "abstentions",
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const kind_ids[] = {
  [MAILLAGE_ASSEMBLY_KIND_COMMUNITY_COUNCIL] = "conseil-communautaire",
  [MAILLAGE_ASSEMBLY_KIND_MUNICIPAL_COUNCIL] = "conseil-municipal",
  [MAILLAGE_ASSEMBLY_KIND_DEPARTMENTAL_COUNCIL] = "conseil-departemental",
  [MAILLAGE_ASSEMBLY_KIND_REGIONAL_COUNCIL] = "conseil-regional",
  [MAILLAGE_ASSEMBLY_KIND_OTHER] = "autre",
};

static void
maillage_assembly_finalize (GObject *object)
{
  MaillageAssembly *self = MAILLAGE_ASSEMBLY (object);

  for (guint i = 0; i < N_TEXTS; i++)
    g_free (self->texts[i]);
  g_clear_pointer (&self->extras, json_object_unref);

  G_OBJECT_CLASS (maillage_assembly_parent_class)->finalize (object);
}

static void
maillage_assembly_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MaillageAssembly *self = MAILLAGE_ASSEMBLY (object);

  if (prop_id == PROP_KIND)
    g_value_set_enum (value, self->kind);
  else if (prop_id == PROP_UNANIMOUS)
    g_value_set_boolean (value, self->unanimous);
  else if (prop_id >= PROP_FIRST_TEXT && prop_id < PROP_FIRST_COUNT)
    g_value_set_string (value, self->texts[prop_id - PROP_FIRST_TEXT]);
  else if (prop_id >= PROP_FIRST_COUNT && prop_id < N_PROPS)
    g_value_set_uint (value, self->counts[prop_id - PROP_FIRST_COUNT]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
maillage_assembly_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MaillageAssembly *self = MAILLAGE_ASSEMBLY (object);
  gboolean changed = FALSE;

  if (prop_id == PROP_KIND)
    {
      changed = self->kind != (MaillageAssemblyKind) g_value_get_enum (value);
      self->kind = g_value_get_enum (value);
    }
  else if (prop_id == PROP_UNANIMOUS)
    {
      changed = self->unanimous != g_value_get_boolean (value);
      self->unanimous = g_value_get_boolean (value);
    }
  else if (prop_id >= PROP_FIRST_TEXT && prop_id < PROP_FIRST_COUNT)
    {
      char **text = &self->texts[prop_id - PROP_FIRST_TEXT];
      const char *new_text = g_value_get_string (value);

      if (new_text == NULL)
        new_text = "";
      changed = g_strcmp0 (*text, new_text) != 0;
      if (changed)
        {
          g_free (*text);
          *text = g_strdup (new_text);
        }
    }
  else if (prop_id >= PROP_FIRST_COUNT && prop_id < N_PROPS)
    {
      guint *count = &self->counts[prop_id - PROP_FIRST_COUNT];

      changed = *count != g_value_get_uint (value);
      *count = g_value_get_uint (value);
    }
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);

  if (changed)
    {
      g_object_notify_by_pspec (object, pspec);
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

static void
maillage_assembly_class_init (MaillageAssemblyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = maillage_assembly_finalize;
  object_class->get_property = maillage_assembly_get_property;
  object_class->set_property = maillage_assembly_set_property;

  /**
   * MaillageAssembly:kind:
   *
   * What kind of assembly it is.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, MAILLAGE_TYPE_ASSEMBLY_KIND,
                       MAILLAGE_ASSEMBLY_KIND_COMMUNITY_COUNCIL, flags);

  /**
   * MaillageAssembly:unanimous:
   *
   * Whether the text was adopted unanimously; the counts of votes are then
   * not written in the délibération.
   */
  properties[PROP_UNANIMOUS] =
    g_param_spec_boolean ("unanimous", NULL, NULL, FALSE, flags);

  /* The text fields (name, collectivite, siret, number, date `YYYY-MM-DD`,
   * time `HH:MM`, place, convocation-date, president, president-title,
   * secretary, prefecture-date) and the counts (members en exercice,
   * present, represented by a proxy, votes-for, votes-against,
   * abstentions): see the getters. */
  for (guint i = 0; i < N_TEXTS; i++)
    properties[PROP_FIRST_TEXT + i] = g_param_spec_string (text_names[i], NULL, NULL, "", flags);
  for (guint i = 0; i < N_COUNTS; i++)
    properties[PROP_FIRST_COUNT + i] = g_param_spec_uint (count_names[i], NULL, NULL,
                                                          0, 100000, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MaillageAssembly::changed:
   *
   * Emitted after any field changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
maillage_assembly_init (MaillageAssembly *self)
{
  for (guint i = 0; i < N_TEXTS; i++)
    self->texts[i] = g_strdup ("");
}

/**
 * maillage_assembly_new:
 * @kind: what kind of assembly
 *
 * Creates an assembly with an empty séance; its president's title is the
 * one its kind calls for (« Président », or « Maire » for a conseil
 * municipal).
 *
 * Returns: (transfer full): a new #MaillageAssembly
 */
MaillageAssembly *
maillage_assembly_new (MaillageAssemblyKind kind)
{
  return g_object_new (MAILLAGE_TYPE_ASSEMBLY,
                       "kind", kind,
                       "president-title", kind == MAILLAGE_ASSEMBLY_KIND_MUNICIPAL_COUNCIL ? "Maire" : "Président",
                       NULL);
}

/**
 * maillage_assembly_copy:
 * @self: a #MaillageAssembly
 *
 * Returns: (transfer full): a new assembly with the same fields, for a
 *   dialog to edit without touching @self until the user confirms
 */
MaillageAssembly *
maillage_assembly_copy (MaillageAssembly *self)
{
  MaillageAssembly *copy;

  g_return_val_if_fail (MAILLAGE_IS_ASSEMBLY (self), NULL);

  copy = g_object_new (MAILLAGE_TYPE_ASSEMBLY, NULL);
  copy->kind = self->kind;
  copy->unanimous = self->unanimous;
  for (guint i = 0; i < N_TEXTS; i++)
    {
      g_free (copy->texts[i]);
      copy->texts[i] = g_strdup (self->texts[i]);
    }
  memcpy (copy->counts, self->counts, sizeof copy->counts);
  maillage_set_json_object (&copy->extras, self->extras);

  return copy;
}

/**
 * maillage_assembly_get_kind:
 * @self: a #MaillageAssembly
 *
 * Returns: what kind of assembly it is
 */
MaillageAssemblyKind
maillage_assembly_get_kind (MaillageAssembly *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ASSEMBLY (self), MAILLAGE_ASSEMBLY_KIND_OTHER);

  return self->kind;
}

/**
 * maillage_assembly_set_kind:
 * @self: a #MaillageAssembly
 * @kind: what kind of assembly it is
 *
 * Sets the kind of the assembly.
 */
void
maillage_assembly_set_kind (MaillageAssembly     *self,
                            MaillageAssemblyKind  kind)
{
  g_return_if_fail (MAILLAGE_IS_ASSEMBLY (self));

  g_object_set (self, "kind", kind, NULL);
}

/* The getters of the fields, all alike: the properties document them. */
#define TEXT_GETTER(field, index)                                       \
const char *                                                            \
maillage_assembly_get_##field (MaillageAssembly *self)                  \
{                                                                       \
  g_return_val_if_fail (MAILLAGE_IS_ASSEMBLY (self), NULL);             \
  return self->texts[index];                                            \
}

#define COUNT_GETTER(field, index)                                      \
guint                                                                   \
maillage_assembly_get_##field (MaillageAssembly *self)                  \
{                                                                       \
  g_return_val_if_fail (MAILLAGE_IS_ASSEMBLY (self), 0);                \
  return self->counts[index];                                           \
}

TEXT_GETTER (name, TEXT_NAME)
TEXT_GETTER (collectivite, TEXT_COLLECTIVITE)
TEXT_GETTER (siret, TEXT_SIRET)
TEXT_GETTER (number, TEXT_NUMBER)
TEXT_GETTER (date, TEXT_DATE)
TEXT_GETTER (time, TEXT_TIME)
TEXT_GETTER (place, TEXT_PLACE)
TEXT_GETTER (convocation_date, TEXT_CONVOCATION_DATE)
TEXT_GETTER (president, TEXT_PRESIDENT)
TEXT_GETTER (president_title, TEXT_PRESIDENT_TITLE)
TEXT_GETTER (secretary, TEXT_SECRETARY)
TEXT_GETTER (prefecture_date, TEXT_PREFECTURE_DATE)

COUNT_GETTER (members, COUNT_MEMBERS)
COUNT_GETTER (present, COUNT_PRESENT)
COUNT_GETTER (represented, COUNT_REPRESENTED)
COUNT_GETTER (votes_for, COUNT_FOR)
COUNT_GETTER (votes_against, COUNT_AGAINST)
COUNT_GETTER (abstentions, COUNT_ABSTENTIONS)

/**
 * maillage_assembly_get_unanimous:
 * @self: a #MaillageAssembly
 *
 * Returns: whether the text was adopted unanimously
 */
gboolean
maillage_assembly_get_unanimous (MaillageAssembly *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ASSEMBLY (self), FALSE);

  return self->unanimous;
}

/**
 * maillage_assembly_get_voters:
 * @self: a #MaillageAssembly
 *
 * The votants: the members present and those represented by a proxy.
 *
 * Returns: the number of voters
 */
guint
maillage_assembly_get_voters (MaillageAssembly *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ASSEMBLY (self), 0);

  return self->counts[COUNT_PRESENT] + self->counts[COUNT_REPRESENTED];
}

/**
 * maillage_assembly_has_quorum:
 * @self: a #MaillageAssembly
 *
 * Whether the quorum is met: a majority of the members en exercice are
 * present (CGCT L2121-17); proxies do not count.
 *
 * Returns: %TRUE if more than half of the members are present
 */
gboolean
maillage_assembly_has_quorum (MaillageAssembly *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ASSEMBLY (self), FALSE);

  return self->counts[COUNT_MEMBERS] > 0 &&
         (guint64) self->counts[COUNT_PRESENT] * 2 > self->counts[COUNT_MEMBERS];
}

/**
 * maillage_assembly_is_adopted:
 * @self: a #MaillageAssembly
 *
 * Whether the text is adopted: unanimously, or by the absolute majority of
 * the suffrages exprimés, abstentions not counted (CGCT L2121-20).
 *
 * Returns: %TRUE if adopted
 */
gboolean
maillage_assembly_is_adopted (MaillageAssembly *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ASSEMBLY (self), FALSE);

  return self->unanimous || self->counts[COUNT_FOR] > self->counts[COUNT_AGAINST];
}

/**
 * maillage_assembly_check:
 * @self: a #MaillageAssembly
 *
 * Checks that the counts of the séance hold together: no more members
 * present than in office, at most one proxy per member present, no more
 * votes than voters, no quorum missed.
 *
 * Returns: (transfer full) (nullable): what is wrong, in the user's
 *   language, or %NULL when the counts hold together
 */
char *
maillage_assembly_check (MaillageAssembly *self)
{
  guint members, present, represented, votes;

  g_return_val_if_fail (MAILLAGE_IS_ASSEMBLY (self), NULL);

  members = self->counts[COUNT_MEMBERS];
  present = self->counts[COUNT_PRESENT];
  represented = self->counts[COUNT_REPRESENTED];
  votes = self->counts[COUNT_FOR] + self->counts[COUNT_AGAINST] + self->counts[COUNT_ABSTENTIONS];

  if (members == 0)
    return g_strdup (_("The number of members in office is not given."));
  if (present > members)
    return g_strdup_printf (_("%u members are present but only %u are in office."), present, members);
  /* A member present can hold one proxy (CGCT L2121-20). */
  if (represented > present || present + represented > members)
    return g_strdup_printf (_("%u members are represented: there cannot be more proxies than members present, nor more voters than members in office."),
                            represented);
  if (!maillage_assembly_has_quorum (self))
    return g_strdup_printf (_("The quorum is not met: %u members present out of %u in office, a majority (%u) is needed."),
                            present, members, members / 2 + 1);
  if (!self->unanimous && votes > present + represented)
    return g_strdup_printf (_("%u votes are counted but there are only %u voters."),
                            votes, present + represented);
  if (!self->unanimous && votes == 0)
    return g_strdup (_("The vote is not recorded yet."));

  return NULL;
}

/**
 * maillage_assembly_dup_actes_id:
 * @self: a #MaillageAssembly
 * @departement: the code of the département, `39` or `2A`
 *
 * The identifier of the act in @ctes, the préfecture's platform:
 * `DDD-SIREN-AAAAMMJJ-NUMERO-DE`, the département on three characters, the
 * SIREN of the collectivité (the first nine digits of its SIRET), the date
 * of the séance, the number of the délibération in capitals with `_` for
 * anything but letters and digits, and `DE` for a délibération.
 *
 * Returns: (transfer full) (nullable): the identifier, or %NULL when the
 *   SIRET, the date or the number is missing
 */
char *
maillage_assembly_dup_actes_id (MaillageAssembly *self,
                                const char       *departement)
{
  g_autofree char *number = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (MAILLAGE_IS_ASSEMBLY (self), NULL);
  g_return_val_if_fail (departement != NULL, NULL);

  if (!maillage_assembly_siret_is_valid (self->texts[TEXT_SIRET]) ||
      !maillage_assembly_date_is_valid (self->texts[TEXT_DATE]) ||
      *self->texts[TEXT_NUMBER] == '\0' || *departement == '\0')
    return NULL;

  number = g_ascii_strup (self->texts[TEXT_NUMBER], -1);
  for (char *p = number; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      *p = '_';
  date = g_strdup (self->texts[TEXT_DATE]);
  memmove (date + 4, date + 5, 2);
  memmove (date + 6, date + 8, 3);

  return g_strdup_printf ("%s%s-%.9s-%s-%s-DE",
                          strlen (departement) < 3 ? "0" : "", departement,
                          self->texts[TEXT_SIRET], date, number);
}

/**
 * maillage_assembly_kind_to_string:
 * @kind: a kind of assembly
 *
 * Returns: the name of @kind in the project file
 */
const char *
maillage_assembly_kind_to_string (MaillageAssemblyKind kind)
{
  g_return_val_if_fail (kind <= MAILLAGE_ASSEMBLY_KIND_OTHER, NULL);

  return kind_ids[kind];
}

/**
 * maillage_assembly_kind_from_string:
 * @string: a name from the project file
 * @kind: (out): the kind it names
 *
 * Returns: whether @string names a kind of assembly
 */
gboolean
maillage_assembly_kind_from_string (const char           *string,
                                    MaillageAssemblyKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kind_ids); i++)
    {
      if (g_strcmp0 (string, kind_ids[i]) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * maillage_assembly_date_is_valid:
 * @date: (nullable): a string
 *
 * Returns: whether @date is a real day written `YYYY-MM-DD`
 */
gboolean
maillage_assembly_date_is_valid (const char *date)
{
  return maillage_format_read_iso_date (date, NULL);
}

/**
 * maillage_assembly_time_is_valid:
 * @time: (nullable): a string
 *
 * Returns: whether @time is an hour written `HH:MM`, from 00:00 to 23:59
 */
gboolean
maillage_assembly_time_is_valid (const char *time)
{
  if (time == NULL || strlen (time) != 5 || time[2] != ':' ||
      !g_ascii_isdigit (time[0]) || !g_ascii_isdigit (time[1]) ||
      !g_ascii_isdigit (time[3]) || !g_ascii_isdigit (time[4]))
    return FALSE;

  return (time[0] - '0') * 10 + (time[1] - '0') < 24 && time[3] < '6';
}

/**
 * maillage_assembly_siret_is_valid:
 * @siret: (nullable): a string
 *
 * Checks that @siret is a SIRET number: fourteen digits whose Luhn key
 * holds. (La Poste's establishments, whose SIREN is 356000000, follow
 * another rule: their digits add up to a multiple of five.) The same as
 * maillage_siret_is_valid(), kept for the callers of this name.
 *
 * Returns: %TRUE for a valid SIRET
 */
gboolean
maillage_assembly_siret_is_valid (const char *siret)
{
  return maillage_siret_is_valid (siret);
}

JsonObject *
_maillage_assembly_get_extras (MaillageAssembly *self)
{
  return self->extras;
}

void
_maillage_assembly_set_extras (MaillageAssembly *self,
                               JsonObject       *extras)
{
  maillage_set_json_object (&self->extras, extras);
}
