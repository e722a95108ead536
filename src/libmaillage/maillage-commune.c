/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-commune.c: a member commune of the territory.
 */
#define G_LOG_DOMAIN "maillage-commune"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "maillage-commune.h"
#include "maillage-format.h"
#include "maillage-project-private.h"

G_DEFINE_QUARK (maillage-commune-error-quark, maillage_commune_error)

/**
 * MaillageCommune:
 *
 * A commune of the territory: its INSEE code, its name and its population.
 *
 * Every property notifies only when its value really changes, so that a
 * #MaillageTerritory can relay the change without false alarms.
 */
struct _MaillageCommune
{
  GObject parent_instance;

  char  *insee;
  char  *name;
  guint  population;

  JsonObject *extras;
};

G_DEFINE_FINAL_TYPE (MaillageCommune, maillage_commune, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_INSEE,
  PROP_NAME,
  PROP_POPULATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
maillage_commune_finalize (GObject *object)
{
  MaillageCommune *self = (MaillageCommune *)object;

  g_clear_pointer (&self->insee, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->extras, json_object_unref);

  G_OBJECT_CLASS (maillage_commune_parent_class)->finalize (object);
}

static void
maillage_commune_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MaillageCommune *self = MAILLAGE_COMMUNE (object);

  switch (prop_id)
    {
    case PROP_INSEE:
      g_value_set_string (value, self->insee);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_POPULATION:
      g_value_set_uint (value, self->population);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_commune_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MaillageCommune *self = MAILLAGE_COMMUNE (object);

  switch (prop_id)
    {
    case PROP_INSEE:
      maillage_commune_set_insee (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      maillage_commune_set_name (self, g_value_get_string (value));
      break;

    case PROP_POPULATION:
      maillage_commune_set_population (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_commune_class_init (MaillageCommuneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = maillage_commune_finalize;
  object_class->get_property = maillage_commune_get_property;
  object_class->set_property = maillage_commune_set_property;

  /**
   * MaillageCommune:insee:
   *
   * The INSEE code of the commune (`39001`, `2A004`). Never %NULL.
   */
  properties[PROP_INSEE] =
    g_param_spec_string ("insee", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageCommune:name:
   *
   * The name of the commune. Never %NULL.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageCommune:population:
   *
   * The municipal population of the commune.
   */
  properties[PROP_POPULATION] =
    g_param_spec_uint ("population", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
maillage_commune_init (MaillageCommune *self)
{
  self->insee = g_strdup ("");
  self->name = g_strdup ("");
}

/**
 * maillage_commune_new:
 * @insee: (nullable): the INSEE code
 * @name: (nullable): the name of the commune
 * @population: the municipal population
 *
 * Creates a commune. Nothing is validated here: the territory editor and
 * the project reader check the INSEE code with
 * maillage_commune_insee_is_valid().
 *
 * Returns: (transfer full): a new #MaillageCommune
 */
MaillageCommune *
maillage_commune_new (const char *insee,
                      const char *name,
                      guint       population)
{
  MaillageCommune *self;

  g_return_val_if_fail (maillage_utf8_is_valid (insee), NULL);
  g_return_val_if_fail (maillage_utf8_is_valid (name), NULL);

  self = g_object_new (MAILLAGE_TYPE_COMMUNE, NULL);

  /* Fields, not properties: nobody listens to a new object yet, and a
   * large project creates thousands of these while it loads. */
  maillage_set_string (&self->insee, insee ? insee : "");
  maillage_set_string (&self->name, name ? name : "");
  self->population = population;

  return self;
}

/**
 * maillage_commune_get_insee:
 * @self: a #MaillageCommune
 *
 * Returns: (transfer none): the INSEE code, never %NULL
 */
const char *
maillage_commune_get_insee (MaillageCommune *self)
{
  g_return_val_if_fail (MAILLAGE_IS_COMMUNE (self), NULL);

  return self->insee;
}

/**
 * maillage_commune_set_insee:
 * @self: a #MaillageCommune
 * @insee: (nullable): the INSEE code; %NULL is the empty string
 *
 * Sets the INSEE code of the commune.
 */
void
maillage_commune_set_insee (MaillageCommune *self,
                            const char      *insee)
{
  g_return_if_fail (MAILLAGE_IS_COMMUNE (self));
  g_return_if_fail (maillage_utf8_is_valid (insee));

  if (maillage_set_string (&self->insee, insee ? insee : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INSEE]);
}

/**
 * maillage_commune_get_name:
 * @self: a #MaillageCommune
 *
 * Returns: (transfer none): the name of the commune, never %NULL
 */
const char *
maillage_commune_get_name (MaillageCommune *self)
{
  g_return_val_if_fail (MAILLAGE_IS_COMMUNE (self), NULL);

  return self->name;
}

/**
 * maillage_commune_set_name:
 * @self: a #MaillageCommune
 * @name: (nullable): the name; %NULL is the empty string
 *
 * Sets the name of the commune.
 */
void
maillage_commune_set_name (MaillageCommune *self,
                           const char      *name)
{
  g_return_if_fail (MAILLAGE_IS_COMMUNE (self));
  g_return_if_fail (maillage_utf8_is_valid (name));

  if (maillage_set_string (&self->name, name ? name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * maillage_commune_get_population:
 * @self: a #MaillageCommune
 *
 * Returns: the municipal population
 */
guint
maillage_commune_get_population (MaillageCommune *self)
{
  g_return_val_if_fail (MAILLAGE_IS_COMMUNE (self), 0);

  return self->population;
}

/**
 * maillage_commune_set_population:
 * @self: a #MaillageCommune
 * @population: the municipal population
 *
 * Sets the municipal population of the commune.
 */
void
maillage_commune_set_population (MaillageCommune *self,
                                 guint            population)
{
  g_return_if_fail (MAILLAGE_IS_COMMUNE (self));

  if (self->population == population)
    return;

  self->population = population;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POPULATION]);
}

/**
 * maillage_commune_insee_is_valid:
 * @insee: (nullable): a string
 *
 * Checks that @insee looks like an INSEE commune code: five digits, or `2A`
 * or `2B` (Corsica) followed by three digits.
 *
 * Returns: %TRUE if @insee is a well-formed INSEE code
 */
gboolean
maillage_commune_insee_is_valid (const char *insee)
{
  guint first_digit;

  if (insee == NULL || strlen (insee) != 5)
    return FALSE;

  /* Corsica: 2A and 2B replace the département number 20. */
  if (insee[0] == '2' && (insee[1] == 'A' || insee[1] == 'B'))
    first_digit = 2;
  else
    first_digit = 0;

  for (guint i = first_digit; i < 5; i++)
    {
      if (!g_ascii_isdigit (insee[i]))
        return FALSE;
    }

  return TRUE;
}

/**
 * maillage_commune_normalize_insee:
 * @text: an INSEE code as a person typed it or a file holds it
 *
 * Strips the spaces around @text (no-break ones included) and writes
 * Corsica's `2a` and `2b` in capitals, as the code is written; the result
 * is what to check with maillage_commune_check_insee() and to store.
 *
 * Returns: (transfer full): the code, normalised
 */
char *
maillage_commune_normalize_insee (const char *text)
{
  char *insee;

  g_return_val_if_fail (text != NULL, NULL);

  insee = maillage_format_strip (text);
  for (char *p = insee; *p != '\0'; p++)
    *p = g_ascii_toupper (*p);

  return insee;
}

/**
 * maillage_commune_check_insee:
 * @insee: a normalised INSEE code (see maillage_commune_normalize_insee())
 * @error: return location for a [error@Maillage.CommuneError]
 *
 * Checks that @insee is a commune's INSEE code, as
 * maillage_commune_insee_is_valid() does, and says why not in the language
 * of the interface, as a phrase to follow « Line 3, column “insee”: » or
 * to stand under a field: the code is empty, has four digits (a
 * spreadsheet that read `01001` as a number dropped its leading zero), or
 * is something else.
 *
 * Returns: whether @insee is an INSEE code; if not, @error says why
 */
gboolean
maillage_commune_check_insee (const char  *insee,
                              GError     **error)
{
  g_autofree char *quoted = NULL;

  g_return_val_if_fail (insee != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (maillage_commune_insee_is_valid (insee))
    return TRUE;

  if (*insee == '\0')
    {
      g_set_error_literal (error, MAILLAGE_COMMUNE_ERROR, MAILLAGE_COMMUNE_ERROR_EMPTY,
                           _("the INSEE code is empty"));
      return FALSE;
    }

  quoted = maillage_format_excerpt (insee);
  /* Spreadsheets read 01001 as a number and drop the leading zero. */
  if (strlen (insee) == 4 && strspn (insee, "0123456789") == 4)
    g_set_error (error, MAILLAGE_COMMUNE_ERROR, MAILLAGE_COMMUNE_ERROR_INVALID_INSEE,
                 _("“%s” is not an INSEE code: it has 4 digits instead of 5 "
                   "(a spreadsheet may have dropped a leading zero: 0%s?)"),
                 quoted, insee);
  else
    g_set_error (error, MAILLAGE_COMMUNE_ERROR, MAILLAGE_COMMUNE_ERROR_INVALID_INSEE,
                 _("“%s” is not an INSEE code (5 digits, or 2A or 2B and 3 digits)"),
                 quoted);

  return FALSE;
}

JsonObject *
_maillage_commune_get_extras (MaillageCommune *self)
{
  return self->extras;
}

void
_maillage_commune_set_extras (MaillageCommune *self,
                              JsonObject      *extras)
{
  maillage_set_json_object (&self->extras, extras);
}
