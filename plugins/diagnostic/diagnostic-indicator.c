/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-indicator.c: one figure of the diagnostic (a name, a value with
 * its unit, the year and source it comes from, the whole territory or one
 * commune) and the themes indicators are sorted into.
 */
#define G_LOG_DOMAIN "diagnostic-indicator"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "diagnostic-indicator.h"

/*
 * DiagnosticIndicator is a value: it never changes once made. The module
 * replaces an indicator rather than edit it, so that it sees every change
 * and the views of its list are told through items-changed alone.
 */
struct _DiagnosticIndicator
{
  GObject          parent_instance;

  char            *name;
  char            *unit;
  char            *source;
  /* "" for the whole territory, else the INSEE code of a commune. */
  char            *scope;
  double           value;
  guint            year;
  DiagnosticTheme  theme;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (DiagnosticIndicator, diagnostic_indicator, G_TYPE_OBJECT,
                                G_TYPE_FLAG_FINAL, {})

enum {
  PROP_0,
  PROP_NAME,
  PROP_THEME,
  PROP_VALUE,
  PROP_UNIT,
  PROP_YEAR,
  PROP_SOURCE,
  PROP_SCOPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct
{
  const char *id;
  const char *label;
} themes[DIAGNOSTIC_N_THEMES] = {
  [DIAGNOSTIC_THEME_CONNECTIVITY] = { "connectivite", N_("Connectivity") },
  [DIAGNOSTIC_THEME_EQUIPMENT] = { "equipement", N_("Equipment") },
  [DIAGNOSTIC_THEME_USES] = { "usages", N_("Uses") },
  [DIAGNOSTIC_THEME_SKILLS] = { "competences", N_("Digital Skills") },
  [DIAGNOSTIC_THEME_PUBLIC_SERVICES] = { "services-publics", N_("Digital Public Services") },
  [DIAGNOSTIC_THEME_FRAGILITY] = { "fragilite", N_("Digital Fragility") },
};

/* The id of @theme in the project file. */
const char *
diagnostic_theme_to_string (DiagnosticTheme theme)
{
  g_return_val_if_fail (theme < DIAGNOSTIC_N_THEMES, NULL);

  return themes[theme].id;
}

gboolean
diagnostic_theme_from_string (const char      *string,
                              DiagnosticTheme *theme)
{
  g_return_val_if_fail (theme != NULL, FALSE);

  for (guint i = 0; i < DIAGNOSTIC_N_THEMES; i++)
    if (g_strcmp0 (string, themes[i].id) == 0)
      {
        *theme = i;
        return TRUE;
      }

  return FALSE;
}

/* The name of @theme in the user's language, for the interface. */
const char *
diagnostic_theme_get_label (DiagnosticTheme theme)
{
  g_return_val_if_fail (theme < DIAGNOSTIC_N_THEMES, NULL);

  return _(themes[theme].label);
}

/* The name of @theme in the documents. Documents go to a French assembly
 * whatever language the interface speaks, so this is French, written here
 * rather than looked up in the catalogue of the user's language. */
const char *
diagnostic_theme_get_french_label (DiagnosticTheme theme)
{
  g_return_val_if_fail (theme < DIAGNOSTIC_N_THEMES, NULL);

  /* The documents and the French open-data files name themes in French,
   * whatever language the interface speaks. */
  return F_(themes[theme].label);
}

/* How many decimals show @value without noise: none for a whole number, one
 * for a rate or a score (87,4 %), two for small values that one decimal
 * would flatten (0,25). */
static guint
decimals_for (double value)
{
  double magnitude = fabs (value);

  if (magnitude == floor (magnitude))
    return 0;
  if (magnitude < 10 && fabs (round (value * 10) - value * 10) > 1e-9)
    return 2;
  return 1;
}

/**
 * diagnostic_format_value:
 * @value: a value
 * @unit: (nullable): its unit: `%`, a word such as `foyers`, or empty
 *
 * Writes @value the French way, with its unit after a no-break space:
 * `87,4 %`, `6,8 score`, `1 234 foyers`.
 *
 * Returns: (transfer full): the text
 */
char *
diagnostic_format_value (double      value,
                         const char *unit)
{
  g_autofree char *number = NULL;
  guint decimals = decimals_for (value);

  if (g_strcmp0 (unit, "%") == 0)
    return maillage_format_percent (value, decimals);

  number = maillage_format_number (value, decimals);
  if (unit == NULL || *unit == '\0')
    return g_steal_pointer (&number);

  return g_strconcat (number, "\u00a0", unit, NULL);
}

static void
diagnostic_indicator_finalize (GObject *object)
{
  DiagnosticIndicator *self = DIAGNOSTIC_INDICATOR (object);

  g_free (self->name);
  g_free (self->unit);
  g_free (self->source);
  g_free (self->scope);

  G_OBJECT_CLASS (diagnostic_indicator_parent_class)->finalize (object);
}

static void
diagnostic_indicator_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DiagnosticIndicator *self = DIAGNOSTIC_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_THEME:
      g_value_set_uint (value, self->theme);
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_YEAR:
      g_value_set_uint (value, self->year);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_SCOPE:
      g_value_set_string (value, self->scope);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diagnostic_indicator_class_init (DiagnosticIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = diagnostic_indicator_finalize;
  object_class->get_property = diagnostic_indicator_get_property;

  /* Read-only: the column view sorts and shows them through expressions. */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_THEME] = g_param_spec_uint ("theme", NULL, NULL, 0, DIAGNOSTIC_N_THEMES - 1, 0,
                                              flags);
  properties[PROP_VALUE] = g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                                                flags);
  properties[PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, "", flags);
  properties[PROP_YEAR] = g_param_spec_uint ("year", NULL, NULL, 0, DIAGNOSTIC_YEAR_MAX, 0, flags);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, "", flags);
  properties[PROP_SCOPE] = g_param_spec_string ("scope", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
diagnostic_indicator_class_finalize (DiagnosticIndicatorClass *klass)
{
}

static void
diagnostic_indicator_init (DiagnosticIndicator *self)
{
}

/**
 * diagnostic_indicator_new:
 * @name: what is measured, not empty
 * @theme: the theme it belongs to
 * @value: the value, a finite number
 * @unit: (nullable): its unit (`%`, `score`, `foyers`…)
 * @year: the year the value describes, or 0 if not known
 * @source: (nullable): where the value comes from
 * @scope: (nullable): the INSEE code of the commune it describes, or "" (or
 *   %NULL) for the whole territory
 *
 * Returns: (transfer full): a new indicator
 */
DiagnosticIndicator *
diagnostic_indicator_new (const char      *name,
                          DiagnosticTheme  theme,
                          double           value,
                          const char      *unit,
                          guint            year,
                          const char      *source,
                          const char      *scope)
{
  DiagnosticIndicator *self;

  g_return_val_if_fail (name != NULL && *name != '\0', NULL);
  g_return_val_if_fail (theme < DIAGNOSTIC_N_THEMES, NULL);
  g_return_val_if_fail (isfinite (value), NULL);
  g_return_val_if_fail (year == 0 || (year >= DIAGNOSTIC_YEAR_MIN && year <= DIAGNOSTIC_YEAR_MAX),
                        NULL);

  /* Fields, not construct properties: an ARCEP import of every commune
   * makes hundreds of thousands of these. */
  self = g_object_new (DIAGNOSTIC_TYPE_INDICATOR, NULL);
  self->name = g_strdup (name);
  self->theme = theme;
  self->value = value;
  self->unit = g_strdup (unit != NULL ? unit : "");
  self->year = year;
  self->source = g_strdup (source != NULL ? source : "");
  self->scope = g_strdup (scope != NULL ? scope : "");

  return self;
}

const char *
diagnostic_indicator_get_name (DiagnosticIndicator *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_INDICATOR (self), NULL);

  return self->name;
}

DiagnosticTheme
diagnostic_indicator_get_theme (DiagnosticIndicator *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_INDICATOR (self), 0);

  return self->theme;
}

double
diagnostic_indicator_get_value (DiagnosticIndicator *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_INDICATOR (self), NAN);

  return self->value;
}

const char *
diagnostic_indicator_get_unit (DiagnosticIndicator *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_INDICATOR (self), NULL);

  return self->unit;
}

/* The year the value describes, 0 if not known. */
guint
diagnostic_indicator_get_year (DiagnosticIndicator *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_INDICATOR (self), 0);

  return self->year;
}

const char *
diagnostic_indicator_get_source (DiagnosticIndicator *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_INDICATOR (self), NULL);

  return self->source;
}

/* "" for the whole territory, else a commune's INSEE code. */
const char *
diagnostic_indicator_get_scope (DiagnosticIndicator *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_INDICATOR (self), NULL);

  return self->scope;
}

gboolean
diagnostic_indicator_is_territory (DiagnosticIndicator *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_INDICATOR (self), FALSE);

  return *self->scope == '\0';
}

/**
 * diagnostic_indicator_dup_key:
 * @self: an indicator
 *
 * What identifies an indicator in the diagnostic: its name, scope and
 * year. Importing a value with the same key again replaces the value
 * rather than add a second one.
 *
 * Returns: (transfer full): the key, to compare with others
 */
char *
diagnostic_indicator_dup_key (DiagnosticIndicator *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_INDICATOR (self), NULL);

  /* U+001F UNIT SEPARATOR cannot be typed into a name. */
  return g_strdup_printf ("%s\x1f%s\x1f%u", self->name, self->scope, self->year);
}

/* Whether @self and @other say the same thing about the same key. */
gboolean
diagnostic_indicator_same_content (DiagnosticIndicator *self,
                                   DiagnosticIndicator *other)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (DIAGNOSTIC_IS_INDICATOR (other), FALSE);

  return self->value == other->value &&
         self->theme == other->theme &&
         g_str_equal (self->unit, other->unit) &&
         g_str_equal (self->source, other->source);
}

char *
diagnostic_indicator_format_value (DiagnosticIndicator *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_INDICATOR (self), NULL);

  return diagnostic_format_value (self->value, self->unit);
}

/**
 * diagnostic_indicator_get_scope_label:
 * @self: an indicator
 * @territory: (nullable): the territory, to name the commune
 * @french: whether the label goes into a document (French always) rather
 *   than the interface
 *
 * Returns: (transfer none): "Whole territory", the commune's name, or its
 *   INSEE code if it is not a member of @territory
 */
const char *
diagnostic_indicator_get_scope_label (DiagnosticIndicator *self,
                                      MaillageTerritory   *territory,
                                      gboolean             french)
{
  MaillageCommune *commune;

  g_return_val_if_fail (DIAGNOSTIC_IS_INDICATOR (self), NULL);

  if (*self->scope == '\0')
    return french ? "Ensemble du territoire" : _("Whole territory");

  commune = territory != NULL ? maillage_territory_find_commune (territory, self->scope) : NULL;
  return commune != NULL ? maillage_commune_get_name (commune) : self->scope;
}

void
diagnostic_indicator_register_types (GTypeModule *module)
{
  diagnostic_indicator_register_type (module);
}
