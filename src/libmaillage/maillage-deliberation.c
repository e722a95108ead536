/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-deliberation.c: the délibération that adopts the strategy: its
 * object, its @ctes matière, the exposé, the visas, considérants and
 * articles, the mention of the voies et délais de recours, and the
 * assemblies that vote on the same text, each with its séance.
 *
 * The project owns one, written in the file under `deliberation`. The
 * words a new one is filled with (the visas of the CGCT and of the loi
 * pour une République numérique, the usual articles) are not here: they
 * are the Délibération page's suggestion, which the user edits.
 */
#define G_LOG_DOMAIN "maillage-deliberation"

#include "config.h"

#include <string.h>

#include "maillage-deliberation.h"
#include "maillage-list-watch-private.h"
#include "maillage-project-private.h"

enum {
  TEXT_OBJECT,
  TEXT_MATIERE_CODE,
  TEXT_MATIERE_NAME,
  TEXT_REPORT,
  TEXT_APPEAL,
  N_TEXTS
};

enum {
  LIST_VISAS,
  LIST_CONSIDERANTS,
  LIST_ARTICLES,
  N_LISTS
};

struct _MaillageDeliberation
{
  GObject            parent_instance;
  char              *texts[N_TEXTS];
  GStrv              lists[N_LISTS];
  GListStore        *assemblies;
  MaillageListWatch *assemblies_watch;
  JsonObject        *extras;
};

G_DEFINE_FINAL_TYPE (MaillageDeliberation, maillage_deliberation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FIRST_TEXT,
  PROP_FIRST_LIST = PROP_FIRST_TEXT + N_TEXTS,
  N_PROPS = PROP_FIRST_LIST + N_LISTS
};

static const char * const text_names[N_TEXTS] = {
  "object", "matiere-code", "matiere-name", "report", "appeal",
};

static const char * const list_names[N_LISTS] = {
  "visas", "considerants", "articles",
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_changed (MaillageDeliberation *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
assembly_changed_cb (MaillageAssembly     *assembly,
                     MaillageDeliberation *self)
{
  emit_changed (self);
}

static void
maillage_deliberation_dispose (GObject *object)
{
  MaillageDeliberation *self = MAILLAGE_DELIBERATION (object);

  g_clear_pointer (&self->assemblies_watch, maillage_list_watch_free);
  g_clear_object (&self->assemblies);

  G_OBJECT_CLASS (maillage_deliberation_parent_class)->dispose (object);
}

static void
maillage_deliberation_finalize (GObject *object)
{
  MaillageDeliberation *self = MAILLAGE_DELIBERATION (object);

  for (guint i = 0; i < N_TEXTS; i++)
    g_free (self->texts[i]);
  for (guint i = 0; i < N_LISTS; i++)
    g_strfreev (self->lists[i]);
  g_clear_pointer (&self->extras, json_object_unref);

  G_OBJECT_CLASS (maillage_deliberation_parent_class)->finalize (object);
}

static void
set_text (MaillageDeliberation *self,
          guint                 index,
          const char           *text)
{
  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->texts[index], text) == 0)
    return;

  g_free (self->texts[index]);
  self->texts[index] = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_TEXT + index]);
  emit_changed (self);
}

static void
set_list (MaillageDeliberation *self,
          guint                 index,
          const char * const   *list)
{
  static const char * const empty[] = { NULL };

  if (list == NULL)
    list = empty;
  if (g_strv_equal ((const char * const *) self->lists[index], list))
    return;

  g_strfreev (self->lists[index]);
  self->lists[index] = g_strdupv ((char **) list);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_LIST + index]);
  emit_changed (self);
}

static void
maillage_deliberation_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MaillageDeliberation *self = MAILLAGE_DELIBERATION (object);

  if (prop_id >= PROP_FIRST_TEXT && prop_id < PROP_FIRST_LIST)
    g_value_set_string (value, self->texts[prop_id - PROP_FIRST_TEXT]);
  else if (prop_id >= PROP_FIRST_LIST && prop_id < N_PROPS)
    g_value_set_boxed (value, self->lists[prop_id - PROP_FIRST_LIST]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
maillage_deliberation_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MaillageDeliberation *self = MAILLAGE_DELIBERATION (object);

  if (prop_id >= PROP_FIRST_TEXT && prop_id < PROP_FIRST_LIST)
    set_text (self, prop_id - PROP_FIRST_TEXT, g_value_get_string (value));
  else if (prop_id >= PROP_FIRST_LIST && prop_id < N_PROPS)
    set_list (self, prop_id - PROP_FIRST_LIST, g_value_get_boxed (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
maillage_deliberation_class_init (MaillageDeliberationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = maillage_deliberation_dispose;
  object_class->finalize = maillage_deliberation_finalize;
  object_class->get_property = maillage_deliberation_get_property;
  object_class->set_property = maillage_deliberation_set_property;

  /* object, matiere-code, matiere-name, report, appeal; visas,
   * considerants, articles: see the getters. */
  for (guint i = 0; i < N_TEXTS; i++)
    properties[PROP_FIRST_TEXT + i] = g_param_spec_string (text_names[i], NULL, NULL, "", flags);
  for (guint i = 0; i < N_LISTS; i++)
    properties[PROP_FIRST_LIST + i] = g_param_spec_boxed (list_names[i], NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MaillageDeliberation::changed:
   *
   * Emitted after any change: to a field, to the list of assemblies, or to
   * any field of an assembly.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
maillage_deliberation_init (MaillageDeliberation *self)
{
  for (guint i = 0; i < N_TEXTS; i++)
    self->texts[i] = g_strdup ("");
  for (guint i = 0; i < N_LISTS; i++)
    self->lists[i] = g_new0 (char *, 1);

  self->assemblies = g_list_store_new (MAILLAGE_TYPE_ASSEMBLY);
  self->assemblies_watch = maillage_list_watch_new (self->assemblies, "changed",
                                                    G_CALLBACK (assembly_changed_cb),
                                                    G_CALLBACK (emit_changed),
                                                    self);
}

/**
 * maillage_deliberation_new:
 *
 * Returns: (transfer full): an empty délibération
 */
MaillageDeliberation *
maillage_deliberation_new (void)
{
  return g_object_new (MAILLAGE_TYPE_DELIBERATION, NULL);
}

/**
 * maillage_deliberation_get_object:
 * @self: a #MaillageDeliberation
 *
 * Returns: the object of the délibération, its « Objet »
 */
const char *
maillage_deliberation_get_object (MaillageDeliberation *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DELIBERATION (self), NULL);
  return self->texts[TEXT_OBJECT];
}

/**
 * maillage_deliberation_set_object:
 * @self: a #MaillageDeliberation
 * @object: (nullable): the object
 *
 * Sets the object of the délibération.
 */
void
maillage_deliberation_set_object (MaillageDeliberation *self,
                                  const char           *object)
{
  g_return_if_fail (MAILLAGE_IS_DELIBERATION (self));
  set_text (self, TEXT_OBJECT, object);
}

/**
 * maillage_deliberation_get_matiere_code:
 * @self: a #MaillageDeliberation
 *
 * Returns: the code of the act's matière in the @ctes nomenclature, `8.4`
 */
const char *
maillage_deliberation_get_matiere_code (MaillageDeliberation *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DELIBERATION (self), NULL);
  return self->texts[TEXT_MATIERE_CODE];
}

/**
 * maillage_deliberation_set_matiere_code:
 * @self: a #MaillageDeliberation
 * @code: (nullable): a matière code, `8.4`
 *
 * Sets the matière code; see maillage_deliberation_matiere_code_is_valid().
 */
void
maillage_deliberation_set_matiere_code (MaillageDeliberation *self,
                                        const char           *code)
{
  g_return_if_fail (MAILLAGE_IS_DELIBERATION (self));
  set_text (self, TEXT_MATIERE_CODE, code);
}

/**
 * maillage_deliberation_get_matiere_name:
 * @self: a #MaillageDeliberation
 *
 * Returns: the name of the matière as the SCDL writes it, levels joined by
 *   `/`: `domaines de competences par themes/amenagement du territoire`
 */
const char *
maillage_deliberation_get_matiere_name (MaillageDeliberation *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DELIBERATION (self), NULL);
  return self->texts[TEXT_MATIERE_NAME];
}

/**
 * maillage_deliberation_set_matiere_name:
 * @self: a #MaillageDeliberation
 * @name: (nullable): the name of the matière
 *
 * Sets the name of the matière.
 */
void
maillage_deliberation_set_matiere_name (MaillageDeliberation *self,
                                        const char           *name)
{
  g_return_if_fail (MAILLAGE_IS_DELIBERATION (self));
  set_text (self, TEXT_MATIERE_NAME, name);
}

/**
 * maillage_deliberation_get_report:
 * @self: a #MaillageDeliberation
 *
 * Returns: the exposé (rapport) read before the vote, as typed
 */
const char *
maillage_deliberation_get_report (MaillageDeliberation *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DELIBERATION (self), NULL);
  return self->texts[TEXT_REPORT];
}

/**
 * maillage_deliberation_set_report:
 * @self: a #MaillageDeliberation
 * @report: (nullable): the exposé
 *
 * Sets the exposé.
 */
void
maillage_deliberation_set_report (MaillageDeliberation *self,
                                  const char           *report)
{
  g_return_if_fail (MAILLAGE_IS_DELIBERATION (self));
  set_text (self, TEXT_REPORT, report);
}

/**
 * maillage_deliberation_get_visas:
 * @self: a #MaillageDeliberation
 *
 * Returns: (transfer none) (array zero-terminated=1): the visas, each
 *   without its leading « Vu »
 */
const char * const *
maillage_deliberation_get_visas (MaillageDeliberation *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DELIBERATION (self), NULL);
  return (const char * const *) self->lists[LIST_VISAS];
}

/**
 * maillage_deliberation_set_visas:
 * @self: a #MaillageDeliberation
 * @visas: (nullable) (array zero-terminated=1): the visas
 *
 * Replaces the visas.
 */
void
maillage_deliberation_set_visas (MaillageDeliberation *self,
                                 const char * const   *visas)
{
  g_return_if_fail (MAILLAGE_IS_DELIBERATION (self));
  set_list (self, LIST_VISAS, visas);
}

/**
 * maillage_deliberation_get_considerants:
 * @self: a #MaillageDeliberation
 *
 * Returns: (transfer none) (array zero-terminated=1): the considérants,
 *   each without its leading « Considérant »
 */
const char * const *
maillage_deliberation_get_considerants (MaillageDeliberation *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DELIBERATION (self), NULL);
  return (const char * const *) self->lists[LIST_CONSIDERANTS];
}

/**
 * maillage_deliberation_set_considerants:
 * @self: a #MaillageDeliberation
 * @considerants: (nullable) (array zero-terminated=1): the considérants
 *
 * Replaces the considérants.
 */
void
maillage_deliberation_set_considerants (MaillageDeliberation *self,
                                        const char * const   *considerants)
{
  g_return_if_fail (MAILLAGE_IS_DELIBERATION (self));
  set_list (self, LIST_CONSIDERANTS, considerants);
}

/**
 * maillage_deliberation_get_articles:
 * @self: a #MaillageDeliberation
 *
 * Returns: (transfer none) (array zero-terminated=1): the articles, in
 *   order, each without its « Article N »
 */
const char * const *
maillage_deliberation_get_articles (MaillageDeliberation *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DELIBERATION (self), NULL);
  return (const char * const *) self->lists[LIST_ARTICLES];
}

/**
 * maillage_deliberation_set_articles:
 * @self: a #MaillageDeliberation
 * @articles: (nullable) (array zero-terminated=1): the articles
 *
 * Replaces the articles.
 */
void
maillage_deliberation_set_articles (MaillageDeliberation *self,
                                    const char * const   *articles)
{
  g_return_if_fail (MAILLAGE_IS_DELIBERATION (self));
  set_list (self, LIST_ARTICLES, articles);
}

/**
 * maillage_deliberation_get_appeal:
 * @self: a #MaillageDeliberation
 *
 * Returns: the mention of the voies et délais de recours
 */
const char *
maillage_deliberation_get_appeal (MaillageDeliberation *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DELIBERATION (self), NULL);
  return self->texts[TEXT_APPEAL];
}

/**
 * maillage_deliberation_set_appeal:
 * @self: a #MaillageDeliberation
 * @appeal: (nullable): the mention of the voies et délais de recours
 *
 * Sets the mention of the voies et délais de recours.
 */
void
maillage_deliberation_set_appeal (MaillageDeliberation *self,
                                  const char           *appeal)
{
  g_return_if_fail (MAILLAGE_IS_DELIBERATION (self));
  set_text (self, TEXT_APPEAL, appeal);
}

/**
 * maillage_deliberation_get_assemblies:
 * @self: a #MaillageDeliberation
 *
 * Returns: (transfer none): the assemblies that vote on the text, a list
 *   of #MaillageAssembly
 */
GListModel *
maillage_deliberation_get_assemblies (MaillageDeliberation *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DELIBERATION (self), NULL);
  return G_LIST_MODEL (self->assemblies);
}

/**
 * maillage_deliberation_add_assembly:
 * @self: a #MaillageDeliberation
 * @assembly: an assembly
 *
 * Appends @assembly to the assemblies that vote on the text.
 */
void
maillage_deliberation_add_assembly (MaillageDeliberation *self,
                                    MaillageAssembly     *assembly)
{
  g_return_if_fail (MAILLAGE_IS_DELIBERATION (self));
  g_return_if_fail (MAILLAGE_IS_ASSEMBLY (assembly));

  g_list_store_append (self->assemblies, assembly);
}

/**
 * maillage_deliberation_remove_assembly:
 * @self: a #MaillageDeliberation
 * @assembly: one of its assemblies
 *
 * Removes @assembly.
 */
void
maillage_deliberation_remove_assembly (MaillageDeliberation *self,
                                       MaillageAssembly     *assembly)
{
  guint position;

  g_return_if_fail (MAILLAGE_IS_DELIBERATION (self));
  g_return_if_fail (MAILLAGE_IS_ASSEMBLY (assembly));

  if (g_list_store_find (self->assemblies, assembly, &position))
    g_list_store_remove (self->assemblies, position);
}

/**
 * maillage_deliberation_is_empty:
 * @self: a #MaillageDeliberation
 *
 * Returns: whether nothing was written in it yet: a project whose
 *   délibération is empty has no `deliberation` in its file
 */
gboolean
maillage_deliberation_is_empty (MaillageDeliberation *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DELIBERATION (self), TRUE);

  for (guint i = 0; i < N_TEXTS; i++)
    if (*self->texts[i] != '\0')
      return FALSE;
  for (guint i = 0; i < N_LISTS; i++)
    if (self->lists[i][0] != NULL)
      return FALSE;

  return g_list_model_get_n_items (G_LIST_MODEL (self->assemblies)) == 0;
}

/**
 * maillage_deliberation_matiere_code_is_valid:
 * @code: (nullable): a string
 *
 * Checks the shape of an @ctes matière code as the SCDL wants it: a digit
 * from 1 to 9, a point, and one or two digits (`^\d\.\d{1,2}$`).
 *
 * Returns: %TRUE for a valid code
 */
gboolean
maillage_deliberation_matiere_code_is_valid (const char *code)
{
  gsize length;

  if (code == NULL)
    return FALSE;

  length = strlen (code);

  return (length == 3 || length == 4) && g_ascii_isdigit (code[0]) && code[0] != '0' &&
         code[1] == '.' && g_ascii_isdigit (code[2]) && (length == 3 || g_ascii_isdigit (code[3]));
}

JsonObject *
_maillage_deliberation_get_extras (MaillageDeliberation *self)
{
  return self->extras;
}

void
_maillage_deliberation_set_extras (MaillageDeliberation *self,
                                   JsonObject           *extras)
{
  maillage_set_json_object (&self->extras, extras);
}
