/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-gouvernance-module.c: the module as the application uses it: its
 * findings (a wrong SIREN, no comité stratégique, a body without members,
 * no coordinator, an action of the module without a pilot), its
 * completeness, and its chapter, block by block.
 */
#define G_LOG_DOMAIN "test-gouvernance-module"

#include "config.h"

#include <string.h>

#include "gouvernance-module-private.h"
#include "gouvernance-test-utils.h"

static const char full_json[] =
  "{\"version\": 1, \"echelon\": \"epci\", \"perimeter\": \"Les 3 communes de la communauté\","
  " \"context\": \"Premier paragraphe.\\n\\n  \\nSecond.\","
  " \"bodies\": ["
  "  {\"name\": \"Comité stratégique du numérique\", \"kind\": \"strategique\","
  "   \"frequency\": \"semestrielle\", \"next_meeting\": \"2027-03-01\","
  "   \"members\": [{\"name\": \"Claire Fontaine\", \"role\": \"présidente\"},"
  "                {\"name\": \"Région\", \"role\": \"\"}]},"
  "  {\"name\": \"Comité technique\", \"kind\": \"technique\", \"frequency\": \"\","
  "   \"next_meeting\": \"\", \"members\": [{\"name\": \"DSI\", \"role\": \"animation\"}]}"
  " ],"
  " \"members\": ["
  "  {\"name\": \"Arlenans-le-Bief\", \"kind\": \"commune\", \"siren\": \"213908015\","
  "   \"roles\": [\"coporteur\", \"beneficiaire\"]},"
  "  {\"name\": \"Fibre & Co\", \"kind\": \"entreprise\", \"siren\": \"21390828800011\", \"roles\": []}"
  " ],"
  " \"coordinator\": {\"name\": \"Julien Morel\", \"function\": \"Chef de projet\","
  "                   \"organisation\": \"Communauté de test\", \"email\": \"j.morel@example.org\"},"
  " \"councils\": [{\"name\": \"CLN du plateau\", \"status\": \"installe\","
  "                 \"communes\": [\"39801\", \"39803\", \"39899\"], \"area\": \"\"}],"
  " \"training\": {\"plan\": \"Former les élus.\","
  "   \"sessions\": [{\"date\": \"\", \"audience\": \"agents\", \"topic\": \"Données\"},"
  "                  {\"date\": \"2027-02-01\", \"audience\": \"elus\", \"topic\": \"Cybersécurité\"}]}}";

static MaillageFinding *
finding_at (GListModel *findings,
            guint       position)
{
  g_autoptr(MaillageFinding) finding = g_list_model_get_item (findings, position);

  g_assert_nonnull (finding);
  return finding;
}

static void
assert_finding (GListModel       *findings,
                guint             position,
                MaillageSeverity  severity,
                const char       *fragment)
{
  MaillageFinding *finding = finding_at (findings, position);

  g_assert_cmpint (maillage_finding_get_severity (finding), ==, severity);
  if (strstr (maillage_finding_get_message (finding), fragment) == NULL)
    g_error ("“%s” lacks “%s”", maillage_finding_get_message (finding), fragment);
}

static double
completeness (GouvernanceModule *module)
{
  return maillage_module_get_completeness (MAILLAGE_MODULE (module));
}

static void
add_action (MaillageProject *project,
            const char      *id,
            const char      *title,
            const char      *module,
            const char      *pilot)
{
  g_autoptr(MaillageAction) action = maillage_action_new (id, title);

  maillage_action_set_module (action, module);
  maillage_action_set_pilot (action, pilot);
  maillage_project_add_action (project, action);
}

static void
test_findings_full (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, full_json);
  g_autoptr(GListModel) findings = NULL;

  /* An action of the module with its pilot, one of another module
   * without: nothing to say. */
  add_action (project, "A-001", "Comité de pilotage", "gouvernance", "DGS");
  add_action (project, "A-002", "Portail", "dematerialisation", "");

  findings = maillage_module_list_findings (MAILLAGE_MODULE (module));
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 0);
  g_assert_cmpfloat (completeness (module), ==, 1.0);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static void
test_findings_empty (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, NULL);
  g_autoptr(GListModel) findings = maillage_module_list_findings (MAILLAGE_MODULE (module));

  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 2);
  assert_finding (findings, 0, MAILLAGE_SEVERITY_WARNING, "no strategic committee");
  assert_finding (findings, 1, MAILLAGE_SEVERITY_WARNING, "No coordinator is named");
  g_assert_cmpfloat (completeness (module), ==, 0.0);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static void
test_findings_problems (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, full_json);
  GListModel *bodies = gouvernance_module_get_list (module, GOUVERNANCE_LIST_BODIES);
  GListModel *members = gouvernance_module_get_list (module, GOUVERNANCE_LIST_MEMBERS);
  g_autoptr(GouvernanceBody) strategic = g_list_model_get_item (bodies, 0);
  g_autoptr(GouvernanceBody) empty = gouvernance_body_new ("Comité consultatif", GOUVERNANCE_BODY_CONSULTATIVE);
  g_autoptr(GouvernanceMember) first = g_list_model_get_item (members, 0);
  g_autoptr(GouvernanceMember) wrong = gouvernance_member_new ("Arlenans-le-Bief", GOUVERNANCE_MEMBER_COMMUNE,
                                                               "213908051", GOUVERNANCE_ROLE_COPORTEUR);
  g_autoptr(GListModel) findings = NULL;

  gouvernance_module_replace_item (module, GOUVERNANCE_LIST_MEMBERS, first, wrong);
  gouvernance_module_remove_item (module, GOUVERNANCE_LIST_BODIES, strategic);
  gouvernance_module_add_item (module, GOUVERNANCE_LIST_BODIES, empty);
  gouvernance_module_set_coordinator (module, "", "", "", "");
  add_action (project, "A-001", "Comité de pilotage", "gouvernance", "  ");
  add_action (project, "A-002", "Formation des élus", "gouvernance", "Direction générale");

  findings = maillage_module_list_findings (MAILLAGE_MODULE (module));
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 5);
  assert_finding (findings, 0, MAILLAGE_SEVERITY_ERROR, "number of the member “Arlenans-le-Bief” is wrong");
  assert_finding (findings, 0, MAILLAGE_SEVERITY_ERROR, "“213908051” is not a valid SIREN number");
  assert_finding (findings, 1, MAILLAGE_SEVERITY_WARNING, "no strategic committee");
  assert_finding (findings, 2, MAILLAGE_SEVERITY_WARNING, "Nobody sits in the body “Comité consultatif”");
  assert_finding (findings, 3, MAILLAGE_SEVERITY_WARNING, "No coordinator is named");
  assert_finding (findings, 4, MAILLAGE_SEVERITY_WARNING, "“Comité de pilotage” (A-001) has no pilot");

  /* Four of the eight parts are missing: a strategic committee, members
   * in every body, valid numbers, a coordinator. */
  g_assert_cmpfloat (completeness (module), ==, 4.0 / 8.0);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static MaillageBlock *
block_at (MaillageDocument *document,
          guint             position)
{
  g_autoptr(MaillageBlock) block = g_list_model_get_item (G_LIST_MODEL (document), position);

  g_assert_nonnull (block);
  return block;
}

/* The chapter as text, for people to read (--verbose). */
static void
dump (MaillageDocument *document)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (document)); i++)
    {
      MaillageBlock *block = block_at (document, i);
      const char * const *items = maillage_block_get_items (block);

      g_test_message ("%u: %s", i, maillage_block_get_text (block));
      for (guint j = 0; items != NULL && items[j] != NULL; j++)
        g_test_message ("     - %s", items[j]);
      if (maillage_block_get_kind (block) != MAILLAGE_BLOCK_TABLE)
        continue;
      {
        g_autofree char *header = g_strjoinv (" | ", (char **) maillage_block_get_header (block));

        g_test_message ("     %s", header);
      }
      for (guint r = 0; r < maillage_block_get_n_rows (block); r++)
        {
          g_autofree char *row = g_strjoinv (" | ", (char **) maillage_block_get_row (block, r));

          g_test_message ("     %s", row);
        }
    }
}

/* The text a fixed string of the chapter has in the document. */
static char *
fixed (const char *english)
{
  return maillage_typography_apply (F_(english));
}

static void
assert_block (MaillageDocument  *document,
              guint              position,
              MaillageBlockKind  kind,
              const char        *english)
{
  MaillageBlock *block = block_at (document, position);
  g_autofree char *expected = english != NULL ? fixed (english) : NULL;

  g_assert_cmpint (maillage_block_get_kind (block), ==, kind);
  if (expected != NULL)
    g_assert_cmpstr (maillage_block_get_text (block), ==, expected);
}

static void
test_chapter (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, full_json);
  g_autoptr(MaillageDocument) document = maillage_document_new ("Stratégie");
  g_autofree char *epci = NULL;
  MaillageBlock *block;
  const char *uri = NULL;
  MaillageTextStyle style;

  maillage_module_build_chapter (MAILLAGE_MODULE (module), document);
  dump (document);

  assert_block (document, 0, MAILLAGE_BLOCK_HEADING, "Governance");
  g_assert_cmpuint (maillage_block_get_level (block_at (document, 0)), ==, 1);

  /* Scale and perimeter: labels in bold, the user's text as typed. */
  assert_block (document, 1, MAILLAGE_BLOCK_HEADING, "Scale and Perimeter");
  g_assert_cmpuint (maillage_block_get_level (block_at (document, 1)), ==, 2);
  block = block_at (document, 2);
  g_assert_cmpuint (maillage_block_get_n_spans (block), ==, 2);
  maillage_block_get_span (block, 0, &style, NULL);
  g_assert_cmpint (style, ==, MAILLAGE_TEXT_STYLE_BOLD);
  epci = maillage_typography_apply (FC_ ("gouvernance", "EPCI (intercommunality)"));
  g_assert_cmpstr (maillage_block_get_span (block, 1, NULL, NULL), ==, epci);
  g_assert_nonnull (strstr (maillage_block_get_text (block_at (document, 3)), "Les 3 communes de la communauté"));
  g_assert_cmpstr (maillage_block_get_text (block_at (document, 4)), ==, "Premier paragraphe.");
  g_assert_cmpstr (maillage_block_get_text (block_at (document, 5)), ==, "Second.");

  /* The bodies in a table, then who sits in each. */
  assert_block (document, 6, MAILLAGE_BLOCK_HEADING, "Steering Bodies");
  assert_block (document, 7, MAILLAGE_BLOCK_TABLE, "Steering bodies and how often they meet");
  block = block_at (document, 7);
  g_assert_cmpuint (maillage_block_get_n_columns (block), ==, 5);
  g_assert_cmpuint (maillage_block_get_n_rows (block), ==, 2);
  g_assert_cmpint (maillage_block_get_alignment (block, 4), ==, MAILLAGE_ALIGNMENT_END);
  g_assert_cmpstr (maillage_block_get_row (block, 0)[0], ==, "Comité stratégique du numérique");
  g_assert_cmpstr (maillage_block_get_row (block, 0)[2], ==, "semestrielle");
  g_assert_cmpstr (maillage_block_get_row (block, 0)[3], ==, "1er\u00a0mars\u00a02027");
  g_assert_cmpstr (maillage_block_get_row (block, 0)[4], ==, "2");
  g_assert_cmpstr (maillage_block_get_row (block, 1)[2], ==, "—");
  g_assert_cmpstr (maillage_block_get_row (block, 1)[3], ==, "—");
  assert_block (document, 8, MAILLAGE_BLOCK_HEADING, NULL);
  g_assert_cmpstr (maillage_block_get_text (block_at (document, 8)), ==, "Comité stratégique du numérique");
  g_assert_cmpuint (maillage_block_get_level (block_at (document, 8)), ==, 3);
  block = block_at (document, 9);
  g_assert_cmpint (maillage_block_get_kind (block), ==, MAILLAGE_BLOCK_LIST);
  g_assert_cmpstr (maillage_block_get_items (block)[0], ==, "Claire Fontaine, présidente");
  g_assert_cmpstr (maillage_block_get_items (block)[1], ==, "Région");
  g_assert_cmpstr (maillage_block_get_text (block_at (document, 10)), ==, "Comité technique");

  /* Members with their numbers, grouped. */
  assert_block (document, 12, MAILLAGE_BLOCK_HEADING, "Members and Co-Sponsors");
  assert_block (document, 13, MAILLAGE_BLOCK_TABLE, "Members of the governance");
  block = block_at (document, 13);
  g_assert_cmpuint (maillage_block_get_n_rows (block), ==, 2);
  g_assert_cmpstr (maillage_block_get_row (block, 0)[0], ==, "Arlenans-le-Bief");
  g_assert_nonnull (strstr (maillage_block_get_row (block, 0)[2], "213"));
  g_assert_nonnull (strstr (maillage_block_get_row (block, 0)[2], "015"));
  g_assert_cmpint (strlen (maillage_block_get_row (block, 0)[2]), >, 9);
  g_assert_cmpstr (maillage_block_get_row (block, 1)[0], ==, "Fibre & Co");
  g_assert_nonnull (strstr (maillage_block_get_row (block, 1)[2], "00011"));
  g_assert_cmpstr (maillage_block_get_row (block, 1)[3], ==, "—");

  /* The coordinator; the address is a link. */
  assert_block (document, 14, MAILLAGE_BLOCK_HEADING, "Coordination");
  g_assert_nonnull (strstr (maillage_block_get_text (block_at (document, 15)), "Julien Morel"));
  block = block_at (document, 18);
  g_assert_cmpstr (maillage_block_get_span (block, 1, NULL, &uri), ==, "j.morel@example.org");
  g_assert_cmpstr (uri, ==, "mailto:j.morel@example.org");

  /* The councils: communes by name, a code the territory does not know
   * as it is. */
  assert_block (document, 19, MAILLAGE_BLOCK_HEADING, "Local Digital Councils");
  assert_block (document, 20, MAILLAGE_BLOCK_TABLE, "Local digital councils and the communes they cover");
  block = block_at (document, 20);
  g_assert_cmpstr (maillage_block_get_row (block, 0)[1], ==, "Arlenans-le-Bief, Bréviaux-sur-Sorne, 39899");
  g_assert_cmpstr (maillage_block_get_row (block, 0)[2], ==, "—");

  /* The training plan, its sessions by date, those without one last. */
  assert_block (document, 21, MAILLAGE_BLOCK_HEADING, "Training of Elected Members and Staff");
  g_assert_cmpstr (maillage_block_get_text (block_at (document, 22)), ==, "Former les élus.");
  assert_block (document, 23, MAILLAGE_BLOCK_TABLE, "Training and information sessions");
  block = block_at (document, 23);
  g_assert_cmpstr (maillage_block_get_row (block, 0)[0], ==, "1er\u00a0février\u00a02027");
  g_assert_cmpstr (maillage_block_get_row (block, 0)[2], ==, "Cybersécurité");
  g_assert_cmpstr (maillage_block_get_row (block, 1)[2], ==, "Données");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (document)), ==, 24);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

/* An empty module still writes its chapter, saying what is missing. */
static void
test_chapter_empty (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, NULL);
  g_autoptr(MaillageDocument) document = maillage_document_new ("Stratégie");

  maillage_module_build_chapter (MAILLAGE_MODULE (module), document);

  assert_block (document, 0, MAILLAGE_BLOCK_HEADING, "Governance");
  assert_block (document, 2, MAILLAGE_BLOCK_PARAGRAPH, "The scale and the perimeter of the governance are not set yet.");
  assert_block (document, 4, MAILLAGE_BLOCK_PARAGRAPH, "No steering body is set up yet.");
  assert_block (document, 6, MAILLAGE_BLOCK_PARAGRAPH, "No member of the governance is listed yet.");
  assert_block (document, 8, MAILLAGE_BLOCK_PARAGRAPH, "No coordinator is named yet.");
  assert_block (document, 10, MAILLAGE_BLOCK_PARAGRAPH, "No local digital council is planned yet.");
  assert_block (document, 12, MAILLAGE_BLOCK_PARAGRAPH, "The training plan is not written yet.");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (document)), ==, 13);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

/* The demo project's governance is complete and says nothing is wrong
 * but what it shows on purpose. */
static void
test_demo (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_demo_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, NULL);
  g_autoptr(GListModel) findings = maillage_module_list_findings (MAILLAGE_MODULE (module));
  g_autoptr(GListModel) actions = maillage_module_list_actions (MAILLAGE_MODULE (module));
  g_autoptr(MaillageDocument) document = maillage_document_new ("Stratégie");

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    g_test_message ("%s", maillage_finding_get_message (finding_at (findings, i)));
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);
  assert_finding (findings, 0, MAILLAGE_SEVERITY_WARNING, "has no pilot");
  g_assert_cmpfloat (completeness (module), ==, 1.0);
  g_assert_cmpuint (g_list_model_get_n_items (actions), >=, 7);

  maillage_module_build_chapter (MAILLAGE_MODULE (module), document);
  dump (document);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (document)), >, 20);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

/* The bodies, the members and co-sponsors, the communes the councils
 * cover (a code the territory does not know is not counted), the
 * training sessions; nothing for an empty module. (The sentences as the
 * module writes them: libmaillage sets them in French typography.) */
static void
test_key_points (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, full_json);
  g_autoptr(MaillageProject) empty_project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) empty = gouvernance_test_module (empty_project, NULL);
  g_auto(GStrv) points = _gouvernance_module_list_key_points (MAILLAGE_MODULE (module));
  g_auto(GStrv) none = maillage_module_list_key_points (MAILLAGE_MODULE (empty));
  const char *body_names[] = { "Comité stratégique du numérique", "Comité technique", NULL };
  g_autofree char *names = maillage_format_enumeration (body_names);
  g_autofree char *bodies = NULL;
  g_autofree char *members = NULL;
  g_autofree char *councils = NULL;
  g_autofree char *training = NULL;

  bodies = g_strdup_printf (FN_("The strategy is steered by %u body: %s.",
                                "The strategy is steered by %u bodies: %s.", 2), 2, names);
  members = g_strdup_printf (FN_("The governance brings together %u members, including %u co-sponsor: %s.",
                                 "The governance brings together %u members, including %u co-sponsors: %s.", 1),
                             2, 1, "Arlenans-le-Bief");
  councils = g_strdup_printf (FN_("%u local digital council covers %u of the %u communes of the territory.",
                                  "%u local digital councils cover %u of the %u communes of the territory.", 1),
                              1, 2, 3);
  training = g_strdup_printf (FN_("%u training or information session is planned for elected members and staff.",
                                  "%u training or information sessions are planned for elected members and "
                                  "staff.", 2), 2);

  g_assert_cmpuint (g_strv_length (points), ==, 4);
  g_assert_cmpstr (points[0], ==, bodies);
  g_assert_cmpstr (points[1], ==, members);
  g_assert_cmpstr (points[2], ==, councils);
  g_assert_cmpstr (points[3], ==, training);
  g_assert_null (none[0]);

  maillage_module_unload (MAILLAGE_MODULE (module));
  maillage_module_unload (MAILLAGE_MODULE (empty));
}

/* The demo's governance: 3 bodies, 9 members of which 3 co-sponsors, 3
 * councils over 15 of the 31 communes, 6 sessions. */
static void
test_key_points_demo (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_demo_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, NULL);
  g_auto(GStrv) points = maillage_module_list_key_points (MAILLAGE_MODULE (module));

  for (guint i = 0; points[i] != NULL; i++)
    g_test_message ("%s", points[i]);
  g_assert_cmpuint (g_strv_length (points), ==, 4);
  g_assert_nonnull (strstr (points[0], "3"));
  g_assert_nonnull (strstr (points[0], "Comité consultatif des usagers"));
  g_assert_nonnull (strstr (points[1], "9"));
  g_assert_nonnull (strstr (points[1], "Syndicat mixte Jura Numérique"));
  g_assert_null (strstr (points[1], "Sorneval"));
  g_assert_nonnull (strstr (points[2], "15"));
  g_assert_nonnull (strstr (points[2], "31"));
  g_assert_nonnull (strstr (points[3], "6"));
  for (guint i = 0; points[i] != NULL; i++)
    g_assert_true (g_str_has_suffix (points[i], "."));

  maillage_module_unload (MAILLAGE_MODULE (module));
}

int
main (int   argc,
      char *argv[])
{
  gouvernance_test_init (&argc, &argv);

  g_test_add_func ("/gouvernance/module/findings-full", test_findings_full);
  g_test_add_func ("/gouvernance/module/findings-empty", test_findings_empty);
  g_test_add_func ("/gouvernance/module/findings-problems", test_findings_problems);
  g_test_add_func ("/gouvernance/module/chapter", test_chapter);
  g_test_add_func ("/gouvernance/module/chapter-empty", test_chapter_empty);
  g_test_add_func ("/gouvernance/module/demo", test_demo);
  g_test_add_func ("/gouvernance/module/key-points", test_key_points);
  g_test_add_func ("/gouvernance/module/key-points-demo", test_key_points_demo);

  return g_test_run ();
}
