/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-strategy-builder"

#include "config.h"

#include "maillage-strategy-builder.h"

/**
 * MaillageStrategyBuilder:
 *
 * Assembles the strategy document of a project: the annex « stratégie »
 * that the deliberation adopts, made of a cover (the strategy's title, the
 * territory, the date), the contents, then the chapter of every active
 * module in the modules' order. What printing, the preview and the
 * exports show, and what the deliberation pack appends after its own
 * parts (maillage_strategy_builder_append_annex()).
 *
 * The builder knows no module: it calls build_chapter() on each item of
 * a #GListModel of #MaillageModule, such as the window's
 * #MaillageModuleSet.
 */
struct _MaillageStrategyBuilder
{
  GObject          parent_instance;
  MaillageProject *project;
  GListModel      *modules;
};

G_DEFINE_FINAL_TYPE (MaillageStrategyBuilder, maillage_strategy_builder, G_TYPE_OBJECT)

static void
maillage_strategy_builder_finalize (GObject *object)
{
  MaillageStrategyBuilder *self = MAILLAGE_STRATEGY_BUILDER (object);

  g_clear_object (&self->project);
  g_clear_object (&self->modules);

  G_OBJECT_CLASS (maillage_strategy_builder_parent_class)->finalize (object);
}

static void
maillage_strategy_builder_class_init (MaillageStrategyBuilderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = maillage_strategy_builder_finalize;
}

static void
maillage_strategy_builder_init (MaillageStrategyBuilder *self)
{
}

/**
 * maillage_strategy_builder_new:
 * @project: the project
 * @modules: (nullable): the active modules, a #GListModel of
 *   #MaillageModule in the order their chapters come; %NULL for none
 *
 * Returns: (transfer full): a new builder
 */
MaillageStrategyBuilder *
maillage_strategy_builder_new (MaillageProject *project,
                               GListModel      *modules)
{
  MaillageStrategyBuilder *self;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (modules == NULL || G_IS_LIST_MODEL (modules), NULL);

  self = g_object_new (MAILLAGE_TYPE_STRATEGY_BUILDER, NULL);
  self->project = g_object_ref (project);
  if (modules != NULL)
    self->modules = g_object_ref (modules);

  return self;
}

/**
 * maillage_strategy_builder_get_project:
 * @self: a #MaillageStrategyBuilder
 *
 * Returns: (transfer none): the project
 */
MaillageProject *
maillage_strategy_builder_get_project (MaillageStrategyBuilder *self)
{
  g_return_val_if_fail (MAILLAGE_IS_STRATEGY_BUILDER (self), NULL);

  return self->project;
}

/**
 * maillage_strategy_builder_get_modules:
 * @self: a #MaillageStrategyBuilder
 *
 * Returns: (transfer none) (nullable): the modules whose chapters go in
 */
GListModel *
maillage_strategy_builder_get_modules (MaillageStrategyBuilder *self)
{
  g_return_val_if_fail (MAILLAGE_IS_STRATEGY_BUILDER (self), NULL);

  return self->modules;
}

static const char *
territory_name (MaillageStrategyBuilder *self)
{
  MaillageTerritory *territory = maillage_project_get_territory (self->project);
  const char *name = territory != NULL ? maillage_territory_get_name (territory) : NULL;

  return name != NULL && *name != '\0' ? name : NULL;
}

/**
 * maillage_strategy_builder_dup_title:
 * @self: a #MaillageStrategyBuilder
 *
 * Returns: (transfer full): the strategy's title: the project's, or a
 *   French title naming the territory if the project has none
 */
char *
maillage_strategy_builder_dup_title (MaillageStrategyBuilder *self)
{
  const char *title;
  const char *name;

  g_return_val_if_fail (MAILLAGE_IS_STRATEGY_BUILDER (self), NULL);

  title = maillage_project_get_title (self->project);
  if (title != NULL && *title != '\0')
    return g_strdup (title);

  name = territory_name (self);
  if (name != NULL)
    /* Translators: the title of a strategy document; %s is the territory */
    return g_strdup_printf (F_("Territorial digital strategy — %s"), name);

  return g_strdup (F_("Territorial digital strategy"));
}

/**
 * maillage_strategy_builder_set_metadata:
 * @self: a #MaillageStrategyBuilder
 * @document: a document of the project
 *
 * Sets the author (the project's authors, else the territory) and the
 * subject of @document, which a PDF carries in its properties.
 */
void
maillage_strategy_builder_set_metadata (MaillageStrategyBuilder *self,
                                        MaillageDocument        *document)
{
  const char * const *authors;
  const char *name;

  g_return_if_fail (MAILLAGE_IS_STRATEGY_BUILDER (self));
  g_return_if_fail (MAILLAGE_IS_DOCUMENT (document));

  name = territory_name (self);
  authors = maillage_project_get_authors (self->project);
  if (authors != NULL && authors[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) authors);

      maillage_document_set_author (document, joined);
    }
  else if (name != NULL)
    {
      maillage_document_set_author (document, name);
    }

  if (name != NULL)
    {
      g_autofree char *subject = g_strdup_printf (F_("Territorial digital strategy — %s"), name);

      maillage_document_set_subject (document, subject);
    }
  else
    {
      maillage_document_set_subject (document, F_("Territorial digital strategy"));
    }
}

static void
add_cover (MaillageStrategyBuilder *self,
           MaillageDocument        *document)
{
  g_autofree char *title = maillage_strategy_builder_dup_title (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                           g_date_time_get_month (now),
                                           g_date_time_get_year (now));
  g_autofree char *date = maillage_format_date (today);
  g_autofree char *drawn_up = NULL;
  const char *name = territory_name (self);

  maillage_document_add_part (document, MAILLAGE_PART_ANNEX, title);
  if (name != NULL)
    maillage_document_add_paragraph (document, name);
  /* Translators: on the cover of a strategy document; %s is a date such
   * as « 22 novembre 2026 » */
  drawn_up = g_strdup_printf (F_("Document drawn up on %s."), date);
  maillage_document_add_paragraph (document, drawn_up);
}

/**
 * maillage_strategy_builder_append_annex:
 * @self: a #MaillageStrategyBuilder
 * @document: the document to append to
 *
 * Appends the annex part: the cover, the contents, then each module's
 * chapter, each starting on a new page. The deliberation pack calls this
 * after its own parts.
 */
void
maillage_strategy_builder_append_annex (MaillageStrategyBuilder *self,
                                        MaillageDocument        *document)
{
  guint n_modules;

  g_return_if_fail (MAILLAGE_IS_STRATEGY_BUILDER (self));
  g_return_if_fail (MAILLAGE_IS_DOCUMENT (document));

  add_cover (self, document);
  maillage_document_add_contents (document, F_("Contents"));

  n_modules = self->modules != NULL ? g_list_model_get_n_items (self->modules) : 0;
  if (n_modules == 0)
    {
      maillage_document_add_paragraph (document,
                                       F_("No module of the strategy is active: the strategy "
                                          "has no chapter yet."));
      return;
    }

  for (guint i = 0; i < n_modules; i++)
    {
      g_autoptr(MaillageModule) module = g_list_model_get_item (self->modules, i);

      maillage_document_add_page_break (document);
      maillage_module_build_chapter (module, document);
    }
}

/**
 * maillage_strategy_builder_build:
 * @self: a #MaillageStrategyBuilder
 *
 * Builds the strategy document alone: the annex, with the metadata.
 *
 * Returns: (transfer full): a new document
 */
MaillageDocument *
maillage_strategy_builder_build (MaillageStrategyBuilder *self)
{
  g_autofree char *title = NULL;
  MaillageDocument *document;

  g_return_val_if_fail (MAILLAGE_IS_STRATEGY_BUILDER (self), NULL);

  title = maillage_strategy_builder_dup_title (self);
  document = maillage_document_new (title);
  maillage_strategy_builder_set_metadata (self, document);
  maillage_strategy_builder_append_annex (self, document);

  return document;
}
