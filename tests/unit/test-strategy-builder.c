/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-strategy-builder.c: the strategy document of a project: the annex
 * part with its cover and contents, then each module's chapter in the
 * order given, each on a new page; the metadata; the annex appended after
 * the parts of a deliberation pack; a project without modules or title.
 */
#define G_LOG_DOMAIN "test-strategy-builder"

#include "config.h"

#include <libintl.h>

#include "maillage-strategy-builder.h"

/* A module whose chapter is one heading and one paragraph. */
#define TEST_TYPE_MODULE (test_module_get_type ())
G_DECLARE_FINAL_TYPE (TestModule, test_module, TEST, MODULE, GObject)

struct _TestModule
{
  GObject  parent_instance;
  char    *title;
};

static void test_module_iface_init (MaillageModuleInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestModule, test_module, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (MAILLAGE_TYPE_MODULE, test_module_iface_init))

static void
test_module_build_chapter (MaillageModule   *module,
                           MaillageDocument *document)
{
  maillage_document_add_heading (document, 1, TEST_MODULE (module)->title);
  maillage_document_add_paragraph (document, "Le chapitre.");
}

static void
test_module_iface_init (MaillageModuleInterface *iface)
{
  iface->build_chapter = test_module_build_chapter;
}

static void
test_module_finalize (GObject *object)
{
  g_free (TEST_MODULE (object)->title);
  G_OBJECT_CLASS (test_module_parent_class)->finalize (object);
}

static void
test_module_class_init (TestModuleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_module_finalize;
}

static void
test_module_init (TestModule *self)
{
}

static GListModel *
new_modules (void)
{
  GListStore *store = g_list_store_new (MAILLAGE_TYPE_MODULE);
  const char *titles[] = { "Diagnostic", "Médiation numérique" };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(TestModule) module = g_object_new (TEST_TYPE_MODULE, NULL);

      module->title = g_strdup (titles[i]);
      g_list_store_append (store, module);
    }

  return G_LIST_MODEL (store);
}

static MaillageProject *
new_project (void)
{
  MaillageProject *project = maillage_project_new ();
  const char *authors[] = { "Jeanne Martin", "Paul Durand", NULL };

  maillage_project_set_title (project, "Stratégie numérique 2027-2032");
  maillage_project_set_authors (project, authors);
  maillage_territory_set_name (maillage_project_get_territory (project),
                               "Communauté d’agglomération du Val de Sorne");

  return project;
}

static MaillageBlock *
block_at (MaillageDocument *document,
          guint             position)
{
  MaillageBlock *block = g_list_model_get_item (G_LIST_MODEL (document), position);

  g_assert_nonnull (block);
  /* The document keeps it. */
  g_object_unref (block);
  return block;
}

static void
assert_kind (MaillageDocument  *document,
             guint              position,
             MaillageBlockKind  kind,
             const char        *text)
{
  MaillageBlock *block = block_at (document, position);

  g_assert_cmpint (maillage_block_get_kind (block), ==, kind);
  if (text != NULL)
    g_assert_cmpstr (maillage_block_get_text (block), ==, text);
}

static void
test_build (void)
{
  g_autoptr(MaillageProject) project = new_project ();
  g_autoptr(GListModel) modules = new_modules ();
  g_autoptr(MaillageStrategyBuilder) builder = maillage_strategy_builder_new (project, modules);
  g_autoptr(MaillageDocument) document = maillage_strategy_builder_build (builder);
  g_autofree char *subject = g_strdup_printf (F_("Territorial digital strategy — %s"),
                                              "Communauté d’agglomération du Val de Sorne");

  g_assert_true (maillage_strategy_builder_get_project (builder) == project);
  g_assert_true (maillage_strategy_builder_get_modules (builder) == modules);

  g_assert_cmpstr (maillage_document_get_title (document), ==, "Stratégie numérique 2027-2032");
  g_assert_cmpstr (maillage_document_get_author (document), ==, "Jeanne Martin, Paul Durand");
  g_assert_cmpstr (maillage_document_get_subject (document), ==, subject);

  /* The cover, the contents, then each chapter on a page of its own. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (document)), ==, 10);
  assert_kind (document, 0, MAILLAGE_BLOCK_PART, "Stratégie numérique 2027-2032");
  g_assert_cmpint (maillage_block_get_part (block_at (document, 0)), ==, MAILLAGE_PART_ANNEX);
  assert_kind (document, 1, MAILLAGE_BLOCK_PARAGRAPH, "Communauté d’agglomération du Val de Sorne");
  assert_kind (document, 2, MAILLAGE_BLOCK_PARAGRAPH, NULL);
  assert_kind (document, 3, MAILLAGE_BLOCK_CONTENTS, F_("Contents"));
  assert_kind (document, 4, MAILLAGE_BLOCK_PAGE_BREAK, NULL);
  assert_kind (document, 5, MAILLAGE_BLOCK_HEADING, "Diagnostic");
  assert_kind (document, 6, MAILLAGE_BLOCK_PARAGRAPH, "Le chapitre.");
  assert_kind (document, 7, MAILLAGE_BLOCK_PAGE_BREAK, NULL);
  assert_kind (document, 8, MAILLAGE_BLOCK_HEADING, "Médiation numérique");
  g_assert_cmpstr (maillage_block_get_number (block_at (document, 8)), ==, "2");
}

/* The deliberation pack's parts come first; the annex follows them. */
static void
test_append_annex (void)
{
  g_autoptr(MaillageProject) project = new_project ();
  g_autoptr(GListModel) modules = new_modules ();
  g_autoptr(MaillageStrategyBuilder) builder = maillage_strategy_builder_new (project, modules);
  g_autoptr(MaillageDocument) document = maillage_document_new ("Dossier de délibération");

  maillage_document_add_part (document, MAILLAGE_PART_DELIBERATION, "Projet de délibération");
  maillage_document_add_paragraph (document, "Le conseil adopte la stratégie.");
  maillage_strategy_builder_append_annex (builder, document);

  g_assert_cmpstr (maillage_document_get_title (document), ==, "Dossier de délibération");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (document)), ==, 12);
  assert_kind (document, 2, MAILLAGE_BLOCK_PART, "Stratégie numérique 2027-2032");
  assert_kind (document, 7, MAILLAGE_BLOCK_HEADING, "Diagnostic");
}

/* No title, no module, no territory: a title all the same, and a
 * sentence saying why there is no chapter. */
static void
test_empty_project (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(MaillageStrategyBuilder) builder = maillage_strategy_builder_new (project, NULL);
  g_autoptr(MaillageDocument) document = maillage_strategy_builder_build (builder);
  g_autofree char *title = maillage_strategy_builder_dup_title (builder);
  g_autofree char *expected = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (document));

  g_assert_cmpstr (title, ==, F_("Territorial digital strategy"));
  g_assert_cmpstr (maillage_document_get_title (document), ==, title);
  g_assert_cmpstr (maillage_document_get_subject (document), ==, F_("Territorial digital strategy"));
  assert_kind (document, 0, MAILLAGE_BLOCK_PART, title);
  assert_kind (document, n - 2, MAILLAGE_BLOCK_CONTENTS, NULL);
  /* The document sets the text in French typography. */
  expected = maillage_typography_apply (F_("No module of the strategy is active: the strategy "
                                           "has no chapter yet."));
  assert_kind (document, n - 1, MAILLAGE_BLOCK_PARAGRAPH, expected);

  /* With a territory, the title names it. */
  maillage_territory_set_name (maillage_project_get_territory (project), "Commune de Sorneval");
  g_clear_pointer (&title, g_free);
  title = maillage_strategy_builder_dup_title (builder);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf (F_("Territorial digital strategy — %s"), "Commune de Sorneval");
  g_assert_cmpstr (title, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  bindtextdomain (GETTEXT_PACKAGE, BUILD_ROOT "/po");

  g_test_add_func ("/strategy-builder/build", test_build);
  g_test_add_func ("/strategy-builder/append-annex", test_append_annex);
  g_test_add_func ("/strategy-builder/empty-project", test_empty_project);

  return g_test_run ();
}
