/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-deliberation-pack.c: the documents of the deliberation pack (the
 * projet de délibération: header, séance, quorum, visas, considérants,
 * articles numbered « Article 1er », vote, signatures, @ctes id; the note
 * de synthèse: key points, budget tables, articles; the annex), the
 * suggestions for an empty délibération, the SCDL Délibérations table
 * (columns, patterns, a row per assembly, formulas neutralised) and the
 * safe file names of the pack.
 */
#define G_LOG_DOMAIN "test-deliberation-pack"

#include "config.h"

#include <libintl.h>
#include <string.h>

#include "maillage-deliberation-builder.h"
#include "maillage-deliberation-defaults.h"
#include "maillage-pack-writer.h"
#include "maillage-scdl.h"

/* A module whose chapter is one heading and whose key points are two. */
#define TEST_TYPE_MODULE (test_module_get_type ())
G_DECLARE_FINAL_TYPE (TestModule, test_module, TEST, MODULE, GObject)

struct _TestModule
{
  GObject parent_instance;
};

static void test_module_iface_init (MaillageModuleInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestModule, test_module, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (MAILLAGE_TYPE_MODULE, test_module_iface_init))

static void
test_module_build_chapter (MaillageModule   *module,
                           MaillageDocument *document)
{
  maillage_document_add_heading (document, 1, "Médiation numérique");
  maillage_document_add_paragraph (document, "Le chapitre.");
}

static char **
test_module_list_key_points (MaillageModule *module)
{
  const char *points[] = {
    "Le territoire compte 25 lieux de médiation numérique.",
    "Sorneval concentre la moitié des lieux.",
    "Un troisième point que la délibération ne reprend pas.",
    NULL,
  };

  return g_strdupv ((char **) points);
}

static void
test_module_iface_init (MaillageModuleInterface *iface)
{
  iface->build_chapter = test_module_build_chapter;
  iface->list_key_points = test_module_list_key_points;
}

static void
test_module_class_init (TestModuleClass *klass)
{
}

static void
test_module_init (TestModule *self)
{
}

static GListModel *
new_modules (void)
{
  GListStore *store = g_list_store_new (MAILLAGE_TYPE_MODULE);
  g_autoptr(TestModule) module = g_object_new (TEST_TYPE_MODULE, NULL);

  g_list_store_append (store, module);

  return G_LIST_MODEL (store);
}

static MaillageAssembly *
new_assembly (MaillageAssemblyKind kind,
              const char          *collectivite,
              const char          *number,
              gboolean             unanimous)
{
  MaillageAssembly *assembly = maillage_assembly_new (kind);

  g_object_set (assembly,
                "collectivite", collectivite,
                "siret", "24390052900021",
                "number", number,
                "date", "2027-01-28",
                "time", "18:30",
                "place", "Salle du conseil, Sorneval",
                "convocation-date", "2027-01-21",
                "president", "Hélène Jacquemin",
                "president-title", "Présidente",
                "secretary", "Marc Dufresne",
                "prefecture-date", "2027-02-02",
                "members", 52,
                "present", 38,
                "represented", 7,
                "unanimous", unanimous,
                "votes-for", unanimous ? 0 : 41,
                "votes-against", unanimous ? 0 : 2,
                "abstentions", unanimous ? 0 : 2,
                NULL);

  return assembly;
}

static MaillageAction *
new_action (const char *title,
            const char *axis,
            guint       year,
            gint64      investment,
            gint64      operating,
            MaillageActionStatus status)
{
  MaillageAction *action = maillage_action_new (NULL, title);
  MaillageBudgetLine *line = maillage_action_ensure_budget_year (action, year);
  g_autoptr(MaillageCofinancing) cofinancing = maillage_cofinancing_new ("FEDER", investment / 2);

  maillage_action_set_axis (action, axis);
  maillage_action_set_status (action, status);
  maillage_budget_line_set_investment (line, investment);
  maillage_budget_line_set_operating (line, operating);
  maillage_action_add_cofinancing (action, cofinancing);

  return action;
}

static MaillageProject *
new_project (void)
{
  MaillageProject *project = maillage_project_new ();
  MaillageTerritory *territory = maillage_project_get_territory (project);
  MaillageDeliberation *deliberation = maillage_project_get_deliberation (project);
  g_autoptr(MaillageAssembly) council = NULL;
  g_autoptr(MaillageAssembly) commune = NULL;
  g_autoptr(MaillageAction) a1 = NULL;
  g_autoptr(MaillageAction) a2 = NULL;
  g_autoptr(MaillageAction) a3 = NULL;
  const char *visas[] = { "la loi n° 2016-1321 du 7 octobre 2016", NULL };
  const char *considerants[] = { "que le territoire compte 25 lieux", NULL };
  const char *articles[] = { "D’approuver la stratégie.", "D’autoriser la Présidente à signer.", NULL };

  maillage_project_set_title (project, "Stratégie numérique 2027-2032");
  maillage_territory_set_name (territory, "Communauté d’agglomération du Val de Sorne");
  maillage_territory_set_kind (territory, MAILLAGE_TERRITORY_KIND_EPCI);
  maillage_territory_set_siren (territory, "243900529");
  maillage_territory_set_departement (territory, "39");

  maillage_deliberation_set_object (deliberation, "Adoption de la stratégie");
  maillage_deliberation_set_matiere_code (deliberation, "8.4");
  maillage_deliberation_set_matiere_name (deliberation, maillage_deliberation_default_matiere_name ());
  maillage_deliberation_set_report (deliberation, "Premier paragraphe.\n\nSecond paragraphe.");
  maillage_deliberation_set_visas (deliberation, visas);
  maillage_deliberation_set_considerants (deliberation, considerants);
  maillage_deliberation_set_articles (deliberation, articles);
  maillage_deliberation_set_appeal (deliberation, "Recours dans les deux mois.");

  council = new_assembly (MAILLAGE_ASSEMBLY_KIND_COMMUNITY_COUNCIL, "", "2027-014", FALSE);
  commune = new_assembly (MAILLAGE_ASSEMBLY_KIND_MUNICIPAL_COUNCIL, "Commune de Sorneval", "2027/06", TRUE);
  maillage_deliberation_add_assembly (deliberation, council);
  maillage_deliberation_add_assembly (deliberation, commune);

  a1 = new_action ("Conseillers", "Axe 1", 2027, 1000000, 500000, MAILLAGE_ACTION_STATUS_PLANNED);
  a2 = new_action ("Portail", "Axe 2", 2028, 200000, 0, MAILLAGE_ACTION_STATUS_IN_PROGRESS);
  a3 = new_action ("Abandonnée", "Axe 2", 2028, 99900000, 0, MAILLAGE_ACTION_STATUS_CANCELLED);
  maillage_project_add_action (project, a1);
  maillage_project_add_action (project, a2);
  maillage_project_add_action (project, a3);

  return project;
}

static MaillageAssembly *
assembly_at (MaillageProject *project,
             guint            position)
{
  GListModel *assemblies = maillage_deliberation_get_assemblies (maillage_project_get_deliberation (project));
  MaillageAssembly *assembly = g_list_model_get_item (assemblies, position);

  /* The délibération keeps it. */
  g_object_unref (assembly);
  return assembly;
}

/* @text with its no-break spaces made plain; takes @text. */
static char *
plain (char *text)
{
  GString *string = g_string_new (text);

  g_free (text);

  g_string_replace (string, "\u202f", " ", 0);
  g_string_replace (string, "\u00a0", " ", 0);

  return g_string_free (string, FALSE);
}

/* As a document writes @text, with plain spaces. */
static char *
typeset (const char *text)
{
  return plain (maillage_typography_apply (text));
}

/* The text of every block and every list item and cell, one a line, with
 * the document's no-break spaces made plain, to search. */
static char *
document_text (MaillageDocument *document)
{
  GString *text = g_string_new (NULL);
  guint n_blocks = g_list_model_get_n_items (G_LIST_MODEL (document));

  for (guint i = 0; i < n_blocks; i++)
    {
      g_autoptr(MaillageBlock) block = g_list_model_get_item (G_LIST_MODEL (document), i);
      const char * const *items = maillage_block_get_items (block);

      g_string_append_printf (text, "%s\n", maillage_block_get_text (block));
      for (guint j = 0; items != NULL && items[j] != NULL; j++)
        g_string_append_printf (text, "%s\n", items[j]);
      for (guint row = 0; maillage_block_get_kind (block) == MAILLAGE_BLOCK_TABLE &&
                          row < maillage_block_get_n_rows (block); row++)
        {
          g_autofree char *joined = g_strjoinv ("|", (char **) maillage_block_get_row (block, row));

          g_string_append_printf (text, "%s\n", joined);
        }
    }

  return plain (g_string_free (text, FALSE));
}

static guint
count_blocks (MaillageDocument  *document,
              MaillageBlockKind  kind)
{
  guint n_blocks = g_list_model_get_n_items (G_LIST_MODEL (document));
  guint count = 0;

  for (guint i = 0; i < n_blocks; i++)
    {
      g_autoptr(MaillageBlock) block = g_list_model_get_item (G_LIST_MODEL (document), i);

      if (maillage_block_get_kind (block) == kind)
        count++;
    }

  return count;
}

static void
test_deliberation_document (void)
{
  g_autoptr(MaillageProject) project = new_project ();
  g_autoptr(GListModel) modules = new_modules ();
  g_autoptr(MaillageDeliberationBuilder) builder = maillage_deliberation_builder_new (project, modules);
  g_autoptr(MaillageDocument) document = NULL;
  g_autoptr(MaillageBlock) first = NULL;
  g_autofree char *text = NULL;
  g_autofree char *article1 = maillage_deliberation_builder_dup_article_label (1);
  g_autofree char *article2 = maillage_deliberation_builder_dup_article_label (2);
  g_autofree char *article3 = maillage_deliberation_builder_dup_article_label (3);
  g_autofree char *vote = NULL;
  g_autofree char *typeset_vote = NULL;

  document = maillage_deliberation_builder_build_deliberation (builder, assembly_at (project, 0));
  first = g_list_model_get_item (G_LIST_MODEL (document), 0);
  g_assert_cmpint (maillage_block_get_kind (first), ==, MAILLAGE_BLOCK_PART);
  g_assert_cmpint (maillage_block_get_part (first), ==, MAILLAGE_PART_DELIBERATION);
  g_assert_cmpstr (maillage_document_get_language (document), ==, "fr-FR");

  text = document_text (document);
  g_test_message ("%s", text);

  /* « Article 1er » once the French catalogue has the string. */
  if (g_strcmp0 (article1, "Article 1") != 0)
    g_assert_cmpstr (article1, ==, "Article 1er");
  g_assert_cmpstr (article2, ==, "Article 2");
  g_assert_nonnull (strstr (text, F_("FRENCH REPUBLIC")));
  g_assert_nonnull (strstr (text, "Département du Jura"));
  g_assert_nonnull (strstr (text, "Communauté d’agglomération du Val de Sorne"));
  g_assert_nonnull (strstr (text, "28 janvier 2027"));
  g_assert_nonnull (strstr (text, "18 h 30"));
  g_assert_nonnull (strstr (text, "2027-014"));
  g_assert_nonnull (strstr (text, "Adoption de la stratégie"));
  g_assert_nonnull (strstr (text, "Hélène Jacquemin"));
  g_assert_nonnull (strstr (text, "Marc Dufresne"));

  /* The visas and considérants, each with its word in front. */
  g_assert_nonnull (strstr (text, "la loi n° 2016-1321 du 7 octobre 2016 ;"));
  g_assert_nonnull (strstr (text, "que le territoire compte 25 lieux ;"));
  /* The report, a paragraph per line. */
  g_assert_nonnull (strstr (text, "\nPremier paragraphe.\nSecond paragraphe.\n"));

  /* The articles, numbered, in order, and no fourth. */
  g_assert_nonnull (strstr (text, article1));
  g_assert_nonnull (strstr (text, article2));
  g_assert_null (strstr (text, article3));
  g_assert_true (strstr (text, article1) < strstr (text, "D’approuver la stratégie."));
  g_assert_true (strstr (text, "D’approuver la stratégie.") < strstr (text, article2));

  /* The séance's counts: 52 in office, 38 present, 7 represented, 45
   * voters; the quorum met; the vote. */
  g_assert_nonnull (strstr (text, "|52\n"));
  g_assert_nonnull (strstr (text, "|38\n"));
  g_assert_nonnull (strstr (text, "|45\n"));
  g_assert_true (strstr (text, "met, 38 members present out of 52") != NULL ||
                 strstr (text, "atteint, 38 membres présents sur 52") != NULL);
  vote = g_strdup_printf (F_("Voters: %u – For: %u – Against: %u – Abstentions: %u"), 45, 41, 2, 2);
  typeset_vote = typeset (vote);
  g_assert_nonnull (strstr (text, typeset_vote));

  /* The appeal and the @ctes id of the séance. */
  g_assert_nonnull (strstr (text, "Recours dans les deux mois."));
  g_assert_nonnull (strstr (text, "039-243900529-20270128-2027_014-DE"));
  g_assert_cmpuint (count_blocks (document, MAILLAGE_BLOCK_TABLE), ==, 2);
}

static void
test_deliberation_unanimous (void)
{
  g_autoptr(MaillageProject) project = new_project ();
  g_autoptr(MaillageDeliberationBuilder) builder = maillage_deliberation_builder_new (project, NULL);
  g_autoptr(MaillageDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *unanimous = NULL;

  document = maillage_deliberation_builder_build_deliberation (builder, assembly_at (project, 1));
  text = document_text (document);

  unanimous = g_strdup (F_("Adopted unanimously."));
  g_assert_nonnull (strstr (text, unanimous));
  g_assert_nonnull (strstr (text, "Commune de Sorneval"));
  /* The number in the @ctes id has its « / » made « _ ». */
  g_assert_nonnull (strstr (text, "039-243900529-20270128-2027_06-DE"));
  g_assert_cmpstr (maillage_document_get_title (document), !=, "");
}

static void
test_deliberation_quorum_not_met (void)
{
  g_autoptr(MaillageProject) project = new_project ();
  g_autoptr(MaillageDeliberationBuilder) builder = maillage_deliberation_builder_new (project, NULL);
  g_autoptr(MaillageDocument) document = NULL;
  g_autofree char *text = NULL;
  MaillageAssembly *assembly = assembly_at (project, 0);

  g_object_set (assembly, "present", 20, "represented", 5, NULL);
  document = maillage_deliberation_builder_build_deliberation (builder, assembly);
  text = document_text (document);

  g_assert_true (strstr (text, "not met, 20 members present out of 52") != NULL ||
                 strstr (text, "non atteint, 20 membres présents sur 52") != NULL);
}

static void
test_note_document (void)
{
  g_autoptr(MaillageProject) project = new_project ();
  g_autoptr(GListModel) modules = new_modules ();
  g_autoptr(MaillageDeliberationBuilder) builder = maillage_deliberation_builder_new (project, modules);
  g_autoptr(MaillageDocument) document = NULL;
  g_autoptr(MaillageBlock) first = NULL;
  g_autofree char *text = NULL;
  g_autofree char *money = NULL;

  document = maillage_deliberation_builder_build_note (builder, assembly_at (project, 0));
  first = g_list_model_get_item (G_LIST_MODEL (document), 0);
  g_assert_cmpint (maillage_block_get_part (first), ==, MAILLAGE_PART_NOTE);
  text = document_text (document);
  g_test_message ("%s", text);

  /* Each module under its name, with its key points. */
  g_assert_nonnull (strstr (text, "Médiation numérique"));
  g_assert_nonnull (strstr (text, "Le territoire compte 25 lieux de médiation numérique."));
  g_assert_nonnull (strstr (text, "Un troisième point"));
  /* The budget: by year, by axis, co-financing; the cancelled action not
   * counted (its 999 000 € nowhere). */
  g_assert_cmpuint (count_blocks (document, MAILLAGE_BLOCK_TABLE), ==, 3);
  g_assert_nonnull (strstr (text, "2027|10 000,00 €|5 000,00 €|15 000,00 €"));
  g_assert_nonnull (strstr (text, "2028|2 000,00 €|0,00 €|2 000,00 €"));
  g_assert_nonnull (strstr (text, "Axe 2|2 000,00 €"));
  g_assert_nonnull (strstr (text, "FEDER|6 000,00 €"));
  g_assert_null (strstr (text, "999 000"));
  /* What the assembly is asked to decide: the articles. */
  g_assert_nonnull (strstr (text, "D’autoriser la Présidente à signer."));
  money = maillage_format_money (1700000);
  g_assert_nonnull (money);
}

static void
test_annex_document (void)
{
  g_autoptr(MaillageProject) project = new_project ();
  g_autoptr(GListModel) modules = new_modules ();
  g_autoptr(MaillageDeliberationBuilder) builder = maillage_deliberation_builder_new (project, modules);
  g_autoptr(MaillageDocument) document = maillage_deliberation_builder_build_annex (builder);
  g_autoptr(MaillageBlock) first = g_list_model_get_item (G_LIST_MODEL (document), 0);
  g_autofree char *text = document_text (document);

  g_assert_cmpint (maillage_block_get_part (first), ==, MAILLAGE_PART_ANNEX);
  g_assert_nonnull (strstr (text, "Le chapitre."));
}

static void
test_defaults (void)
{
  g_autoptr(MaillageProject) project = new_project ();
  g_autoptr(GListModel) modules = new_modules ();
  g_autoptr(MaillageDeliberation) deliberation = maillage_deliberation_new ();
  g_autofree char *visas = NULL;
  g_autofree char *considerants = NULL;
  const char * const *articles;

  maillage_deliberation_set_object (deliberation, "Mon objet");
  maillage_deliberation_fill_defaults (deliberation, project, modules);

  /* What the user wrote stays. */
  g_assert_cmpstr (maillage_deliberation_get_object (deliberation), ==, "Mon objet");
  g_assert_cmpstr (maillage_deliberation_get_matiere_code (deliberation), ==, "8.4");
  g_assert_true (maillage_deliberation_matiere_code_is_valid (maillage_deliberation_get_matiere_code (deliberation)));
  g_assert_cmpstr (maillage_deliberation_get_matiere_name (deliberation), ==,
                   "domaines de compétences par thèmes/aménagement du territoire");

  visas = g_strjoinv ("\n", (char **) maillage_deliberation_get_visas (deliberation));
  g_assert_nonnull (strstr (visas, "L1425-2"));
  g_assert_nonnull (strstr (visas, "L5211-1"));
  g_assert_nonnull (strstr (visas, "2016-1321"));

  /* Two key points of the module, not the third; the plan's total, the
   * cancelled action left out: 17 000 €. */
  considerants = g_strjoinv ("\n", (char **) maillage_deliberation_get_considerants (deliberation));
  g_test_message ("%s", considerants);
  g_assert_nonnull (strstr (considerants, "le territoire compte 25 lieux de médiation numérique"));
  g_assert_nonnull (strstr (considerants, "Sorneval concentre"));
  g_assert_null (strstr (considerants, "troisième"));
  g_assert_nonnull (strstr (considerants, "17\u202f000,00\u00a0€"));

  articles = maillage_deliberation_get_articles (deliberation);
  g_assert_cmpuint (g_strv_length ((char **) articles), ==, 3);
  g_assert_cmpstr (maillage_deliberation_get_appeal (deliberation), !=, "");
  g_assert_cmpstr (maillage_deliberation_get_report (deliberation), !=, "");

  /* A commune authorises its maire, and its visa is L2121-12 alone. */
  maillage_territory_set_kind (maillage_project_get_territory (project), MAILLAGE_TERRITORY_KIND_COMMUNE);
  g_clear_pointer (&visas, g_free);
  {
    g_auto(GStrv) commune_visas = maillage_deliberation_suggest_visas (project);

    visas = g_strjoinv ("\n", commune_visas);
  }
  g_assert_null (strstr (visas, "L5211-1"));
  g_assert_nonnull (strstr (visas, "L2121-12"));
}

static char **
csv_lines (const char *csv)
{
  g_assert_true (g_str_has_suffix (csv, "\r\n"));
  return g_strsplit (csv, "\r\n", -1);
}

static void
test_scdl (void)
{
  g_autoptr(MaillageProject) project = new_project ();
  g_autofree char *csv = maillage_scdl_deliberations_csv (project);
  g_auto(GStrv) lines = csv_lines (csv);
  g_auto(GStrv) row = NULL;
  g_autofree char *unanimous = NULL;

  g_test_message ("%s", csv);
  g_assert_cmpstr (lines[0], ==,
                   "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,"
                   "DELIB_OBJET,BUDGET_ANNEE,BUDGET_NOM,PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,"
                   "VOTE_POUR,VOTE_CONTRE,VOTE_ABSTENTION,DELIB_URL");
  /* A row per assembly, then the final line break. */
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[3], ==, "");

  row = g_strsplit (lines[1], ",", -1);
  g_assert_cmpuint (g_strv_length (row), ==, 17);
  /* The territory's name when the assembly names no collectivité. */
  g_assert_cmpstr (row[0], ==, "Communauté d’agglomération du Val de Sorne");
  g_assert_true (g_regex_match_simple ("^\\d{14}$", row[1], 0, 0));
  g_assert_cmpstr (row[2], ==, "2027-014");
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d{2}-\\d{2}$", row[3], 0, 0));
  g_assert_true (g_regex_match_simple ("^\\d\\.\\d{1,2}$", row[4], 0, 0));
  g_assert_cmpstr (row[5], ==, "domaines de compétences par thèmes/aménagement du territoire");
  g_assert_cmpstr (row[9], ==, "PREF039");
  g_assert_cmpstr (row[10], ==, "2027-02-02");
  g_assert_cmpstr (row[11], ==, "52");
  g_assert_cmpstr (row[12], ==, "45");
  g_assert_cmpstr (row[13], ==, "41");
  g_assert_cmpstr (row[14], ==, "2");
  g_assert_cmpstr (row[15], ==, "2");

  /* Unanimous: every voter for. */
  g_strfreev (row);
  row = g_strsplit (lines[2], ",", -1);
  g_assert_cmpstr (row[0], ==, "Commune de Sorneval");
  g_assert_cmpstr (row[12], ==, "45");
  g_assert_cmpstr (row[13], ==, "45");
  g_assert_cmpstr (row[14], ==, "0");
}

static void
test_scdl_injection (void)
{
  g_autoptr(MaillageProject) project = new_project ();
  MaillageDeliberation *deliberation = maillage_project_get_deliberation (project);
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *cell = NULL;

  maillage_deliberation_set_object (deliberation, "=HYPERLINK(\"http://x\",\"y\")");
  g_object_set (assembly_at (project, 0), "collectivite", "@SUM(1,2)", "number", "-1+1", NULL);
  g_object_set (assembly_at (project, 1), "collectivite", "+33 Commune", NULL);

  csv = maillage_scdl_deliberations_csv (project);
  g_test_message ("%s", csv);
  lines = csv_lines (csv);
  g_assert_true (g_str_has_prefix (lines[1], "\"'@SUM(1,2)\",24390052900021,'-1+1,"));
  g_assert_nonnull (strstr (lines[1], ",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","));
  g_assert_true (g_str_has_prefix (lines[2], "'+33 Commune,"));

  cell = maillage_scdl_csv_cell ("deux\nlignes");
  g_assert_cmpstr (cell, ==, "\"deux\nlignes\"");
  g_clear_pointer (&cell, g_free);
  cell = maillage_scdl_csv_cell ("\tTab");
  g_assert_cmpstr (cell, ==, "'\tTab");
  g_clear_pointer (&cell, g_free);
  cell = maillage_scdl_csv_cell ("");
  g_assert_cmpstr (cell, ==, "");
}

static void
test_safe_names (void)
{
  struct {
    const char *name;
    const char *safe;
  } cases[] = {
    { "2027-014 – Conseil communautaire – Projet", "2027-014 – Conseil communautaire – Projet" },
    { "2027/014 a:b*c?d\"e<f>g|h\\i", "2027_014 a–b_c_d_e_f_g_h_i" },
    { "..caché. ", "caché" },
    { "", "_" },
    { "a\nb", "a_b" },
  };
  g_autofree char *long_name = g_strnfill (400, 'x');
  g_autofree char *safe_long = maillage_pack_writer_dup_safe_name (long_name);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *safe = maillage_pack_writer_dup_safe_name (cases[i].name);

      g_assert_cmpstr (safe, ==, cases[i].safe);
    }
  g_assert_cmpuint (strlen (safe_long), <=, 180);
}

int
main (int   argc,
      char *argv[])
{
  /* The documents are French: F_() reads the build tree's catalogue. */
  bindtextdomain (GETTEXT_PACKAGE, BUILD_ROOT "/po");
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deliberation-pack/deliberation", test_deliberation_document);
  g_test_add_func ("/deliberation-pack/deliberation-unanimous", test_deliberation_unanimous);
  g_test_add_func ("/deliberation-pack/deliberation-quorum-not-met", test_deliberation_quorum_not_met);
  g_test_add_func ("/deliberation-pack/note", test_note_document);
  g_test_add_func ("/deliberation-pack/annex", test_annex_document);
  g_test_add_func ("/deliberation-pack/defaults", test_defaults);
  g_test_add_func ("/deliberation-pack/scdl", test_scdl);
  g_test_add_func ("/deliberation-pack/scdl-injection", test_scdl_injection);
  g_test_add_func ("/deliberation-pack/safe-names", test_safe_names);

  return g_test_run ();
}
