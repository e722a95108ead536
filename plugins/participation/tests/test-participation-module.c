/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-participation-module.c: the module as the application uses it: its
 * findings (no tool, an event past but still planned, proposals linked to
 * actions the plan does not have, actions without a pilot), its
 * completeness, and its chapter, block by block, in French.
 */
#define G_LOG_DOMAIN "test-participation-module"

#include "config.h"

#include <string.h>

#include "participation-module-private.h"
#include "participation-test-utils.h"

/* A text of the documents, from the French catalogue, as the chapter
 * writes it. (Not the F_ macro: the tests are no source of msgids.) */
static const char *
french (const char *msgid)
{
  return maillage_french_gettext (GETTEXT_PACKAGE, msgid);
}

static void
assert_contains (const char *text,
                 const char *fragment)
{
  if (strstr (text, fragment) == NULL)
    g_error ("“%s” lacks “%s”", text, fragment);
}

static void
assert_finding (GListModel       *findings,
                guint             position,
                MaillageSeverity  severity,
                const char       *fragment)
{
  g_autoptr(MaillageFinding) finding = g_list_model_get_item (findings, position);

  g_assert_nonnull (finding);
  g_assert_cmpint (maillage_finding_get_severity (finding), ==, severity);
  assert_contains (maillage_finding_get_message (finding), fragment);
}

static void
test_findings_demo (void)
{
  g_autoptr(MaillageProject) project = participation_test_demo_project ();
  g_autoptr(ParticipationModule) module = participation_test_load_module (project);
  g_autoptr(GDate) today = participation_test_date (2026, 11, 22);
  g_autoptr(GDate) before = participation_test_date (2026, 11, 1);
  g_autoptr(GListModel) findings = _participation_module_list_findings_at (module, today);
  g_autoptr(GListModel) earlier = _participation_module_list_findings_at (module, before);

  /* Proposal 1075 names A-099; the workshop of 5 November is still
   * planned; the council's action has no pilot. */
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 3);
  assert_finding (findings, 0, MAILLAGE_SEVERITY_ERROR, "The proposal 1075 “Ouvrir les données de la qualité de "
                                                        "l'eau” is linked to the action A-099");
  assert_finding (findings, 1, MAILLAGE_SEVERITY_WARNING, "“Atelier « Démarches en ligne »” of 5\u00a0novembre\u00a02026");
  assert_finding (findings, 2, MAILLAGE_SEVERITY_WARNING, "“Animation du conseil local du numérique” has no pilot");

  /* Before the workshop, it is not overdue. */
  g_assert_cmpuint (g_list_model_get_n_items (earlier), ==, 2);

  g_assert_cmpfloat (maillage_module_get_completeness (MAILLAGE_MODULE (module)), ==, 0.75);
}

static void
test_findings_empty (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(ParticipationModule) module = participation_test_load_module (project);
  g_autoptr(GDate) today = participation_test_date (2026, 11, 22);
  g_autoptr(GListModel) findings = _participation_module_list_findings_at (module, today);

  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);
  assert_finding (findings, 0, MAILLAGE_SEVERITY_WARNING, "No participation tool is described");
  g_assert_cmpfloat (maillage_module_get_completeness (MAILLAGE_MODULE (module)), ==, 0.0);
}

static void
test_findings_links (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(ParticipationModule) module = participation_test_load_module (project);
  g_autoptr(GDate) today = participation_test_date (2026, 11, 22);
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(ParticipationDecidimImport) import = NULL;
  g_autoptr(ParticipationEvent) first = participation_event_new ("2026-10-01", "Premier");
  g_autoptr(ParticipationEvent) second = participation_event_new ("2026-11-01", "Second");
  g_autoptr(ParticipationDispositif) tool = participation_dispositif_new (PARTICIPATION_KIND_OTHER, "Outil");
  g_autoptr(MaillageAction) action = maillage_action_new ("A-001", "Une action");
  g_autoptr(GError) error = NULL;

  import = participation_test_read ("id;title/fr;state\n1;Un;accepted\n2;Deux;accepted\n3;Trois;\n", &error);
  g_assert_no_error (error);
  g_assert_true (participation_module_apply_import (module, import, &error));
  participation_module_link_proposal (module, participation_module_find_proposal (module, 1), "A-001");
  participation_module_link_proposal (module, participation_module_find_proposal (module, 2), "A-007");
  participation_module_link_proposal (module, participation_module_find_proposal (module, 3), "A-008");
  participation_module_add_event (module, first);
  participation_module_add_event (module, second);
  participation_module_insert_dispositif (module, 0, tool);

  /* The action A-001 is not in the plan yet: three links are broken. */
  findings = _participation_module_list_findings_at (module, today);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 2);
  assert_finding (findings, 0, MAILLAGE_SEVERITY_ERROR, "3 proposals are linked to actions that are not in the plan "
                                                        "(A-001, A-007, A-008)");
  assert_finding (findings, 1, MAILLAGE_SEVERITY_WARNING, "2 events of the calendar are past but still planned, "
                                                          "the first “Premier” of 1er\u00a0octobre\u00a02026");
  g_clear_object (&findings);

  /* An action of the module, without a pilot, in the plan. */
  maillage_action_set_module (action, "participation");
  maillage_project_add_action (project, action);
  participation_module_link_proposal (module, participation_module_find_proposal (module, 2), NULL);
  participation_module_link_proposal (module, participation_module_find_proposal (module, 3), "");
  participation_event_set_status (first, PARTICIPATION_EVENT_HELD);
  participation_event_set_status (second, PARTICIPATION_EVENT_CANCELLED);
  findings = _participation_module_list_findings_at (module, today);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);
  assert_finding (findings, 0, MAILLAGE_SEVERITY_WARNING, "The action A-001 “Une action” has no pilot");
  g_clear_object (&findings);

  maillage_action_set_pilot (action, "Service démocratie locale");
  findings = _participation_module_list_findings_at (module, today);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 0);
}

static MaillageBlock *
block_at (MaillageDocument *document,
          guint             position)
{
  g_autoptr(MaillageBlock) block = g_list_model_get_item (G_LIST_MODEL (document), position);

  g_assert_nonnull (block);
  return block;
}

/* The first block after @from of @kind whose text is @text (any text if
 * NULL); its position in @position. */
static MaillageBlock *
find_block (MaillageDocument  *document,
            guint              from,
            MaillageBlockKind  kind,
            const char        *text,
            guint             *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (document));

  for (guint i = from; i < n; i++)
    {
      MaillageBlock *block = block_at (document, i);

      if (maillage_block_get_kind (block) == kind &&
          (text == NULL || g_strcmp0 (maillage_block_get_text (block), text) == 0))
        {
          if (position != NULL)
            *position = i;
          return block;
        }
    }

  g_error ("no block of kind %d “%s” after %u", kind, text != NULL ? text : "", from);
  return NULL;
}

static void
test_chapter (void)
{
  g_autoptr(MaillageProject) project = participation_test_demo_project ();
  g_autoptr(ParticipationModule) module = participation_test_load_module (project);
  g_autoptr(MaillageDocument) document = maillage_document_new ("Stratégie");
  MaillageBlock *block;
  MaillageChart *chart;
  const char * const *row;
  guint position;

  participation_test_bind_french ();
  maillage_module_build_chapter (MAILLAGE_MODULE (module), document);

  block = block_at (document, 0);
  g_assert_cmpint (maillage_block_get_kind (block), ==, MAILLAGE_BLOCK_HEADING);
  g_assert_cmpuint (maillage_block_get_level (block), ==, 1);
  g_assert_cmpstr (maillage_block_get_text (block), ==, french ("Citizen Participation"));
  /* The French catalogue of the build tree is the one read. */
  g_assert_cmpstr (french ("Status"), ==, "Statut");

  /* The tools: a level-3 heading each, as typed, and their kind. */
  find_block (document, 0, MAILLAGE_BLOCK_HEADING, french ("Participation Tools"), &position);
  block = find_block (document, position, MAILLAGE_BLOCK_HEADING, "Budget participatif du Val de Sorne", &position);
  g_assert_cmpuint (maillage_block_get_level (block), ==, 3);
  block = block_at (document, position + 1);
  g_assert_cmpint (maillage_block_get_kind (block), ==, MAILLAGE_BLOCK_PARAGRAPH);
  assert_contains (maillage_block_get_text (block), participation_kind_get_label (PARTICIPATION_KIND_PARTICIPATORY_BUDGET,
                                                                                 TRUE));
  assert_contains (maillage_block_get_text (block), "Habitants, associations et conseils de quartier");
  find_block (document, position, MAILLAGE_BLOCK_PARAGRAPH, NULL, NULL);

  /* The calendar, in date order, its dates in French. */
  find_block (document, 0, MAILLAGE_BLOCK_HEADING, french ("Calendar"), &position);
  block = find_block (document, position, MAILLAGE_BLOCK_TABLE, french ("Calendar of participation"), NULL);
  g_assert_cmpuint (maillage_block_get_n_columns (block), ==, 5);
  g_assert_cmpuint (maillage_block_get_n_rows (block), ==, 8);
  row = maillage_block_get_row (block, 0);
  g_assert_cmpstr (row[0], ==, "15\u00a0septembre\u00a02026");
  g_assert_cmpstr (row[4], ==, participation_event_status_get_label (PARTICIPATION_EVENT_HELD, TRUE));
  row = maillage_block_get_row (block, 7);
  g_assert_cmpstr (row[0], ==, "20\u00a0mai\u00a02028");

  /* The proposals by state: a table with its numbers to the end, and the
   * same figures as a chart. */
  find_block (document, 0, MAILLAGE_BLOCK_HEADING, french ("Proposals of the Inhabitants"), &position);
  block = find_block (document, position, MAILLAGE_BLOCK_PARAGRAPH, NULL, NULL);
  assert_contains (maillage_block_get_text (block), "14");
  block = find_block (document, position, MAILLAGE_BLOCK_TABLE, french ("Proposals by state"), NULL);
  g_assert_cmpint (maillage_block_get_alignment (block, 1), ==, MAILLAGE_ALIGNMENT_END);
  g_assert_cmpint (maillage_block_get_alignment (block, 2), ==, MAILLAGE_ALIGNMENT_END);
  g_assert_cmpuint (maillage_block_get_n_rows (block), ==, 5);
  row = maillage_block_get_row (block, 0);
  g_assert_cmpstr (row[0], ==, participation_proposal_state_get_label ("accepted", TRUE));
  g_assert_cmpstr (row[1], ==, "6");
  block = find_block (document, position, MAILLAGE_BLOCK_FIGURE, NULL, NULL);
  chart = maillage_block_get_chart (block);
  g_assert_nonnull (chart);
  g_assert_cmpint (maillage_chart_get_kind (chart), ==, MAILLAGE_CHART_KIND_BAR);
  g_assert_cmpuint (maillage_chart_get_n_categories (chart), ==, 5);
  g_assert_cmpfloat (maillage_chart_get_value (chart, 0, 0), ==, 6.0);
  g_assert_cmpstr (maillage_block_get_alt_text (block), !=, "");

  /* The proposals taken up by actions, with the action's title; the one
   * naming an action the plan does not have says so. */
  find_block (document, position, MAILLAGE_BLOCK_HEADING, french ("Proposals Taken Up by the Action Plan"), &position);
  block = find_block (document, position, MAILLAGE_BLOCK_TABLE, french ("Proposals taken up by the action plan"), NULL);
  g_assert_cmpuint (maillage_block_get_n_rows (block), ==, 7);
  g_assert_cmpint (maillage_block_get_alignment (block, 2), ==, MAILLAGE_ALIGNMENT_END);
  row = maillage_block_get_row (block, 0);
  g_assert_cmpstr (row[0], ==, "1041");
  assert_contains (row[3], "A-011 — Plateforme de participation");
  row = maillage_block_get_row (block, 5);
  g_assert_cmpstr (row[0], ==, "1075");
  assert_contains (row[3], "A-099");

  /* The results. */
  find_block (document, position, MAILLAGE_BLOCK_HEADING, french ("Follow-up of Results"), &position);
  block = find_block (document, position, MAILLAGE_BLOCK_TABLE, NULL, NULL);
  g_assert_cmpuint (maillage_block_get_n_rows (block), ==, 4);
  row = maillage_block_get_row (block, 3);
  g_assert_cmpstr (row[2], ==, "—");
}

static void
test_chapter_empty (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(ParticipationModule) module = participation_test_load_module (project);
  g_autoptr(MaillageDocument) document = maillage_document_new ("Stratégie");
  guint n;

  participation_test_bind_french ();
  maillage_module_build_chapter (MAILLAGE_MODULE (module), document);

  /* A heading and a sentence for each part; no table, no figure. */
  n = g_list_model_get_n_items (G_LIST_MODEL (document));
  g_assert_cmpuint (n, ==, 7);
  for (guint i = 0; i < n; i++)
    {
      MaillageBlockKind kind = maillage_block_get_kind (block_at (document, i));

      g_assert_true (kind == MAILLAGE_BLOCK_HEADING || kind == MAILLAGE_BLOCK_PARAGRAPH);
    }
}

/* The demo: 6 tools named, the 8 events from the first to the last date,
 * the 14 proposals imported and the 7 taken up by the plan (the one whose
 * action is missing included: it is linked all the same). */
static void
test_key_points (void)
{
  g_autoptr(MaillageProject) project = participation_test_demo_project ();
  g_autoptr(ParticipationModule) module = participation_test_load_module (project);
  g_auto(GStrv) points = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *calendar = NULL;
  g_autofree char *imported = NULL;
  GDate date;
  g_autofree char *linked = NULL;

  participation_test_bind_french ();
  /* As the module writes them: libmaillage sets them in French
   * typography. */
  points = _participation_module_list_key_points (MAILLAGE_MODULE (module));
  for (guint i = 0; points[i] != NULL; i++)
    g_test_message ("%s", points[i]);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 15, G_DATE_SEPTEMBER, 2026);
  first = maillage_format_date (&date);
  g_date_set_dmy (&date, 20, G_DATE_MAY, 2028);
  last = maillage_format_date (&date);
  calendar = g_strdup_printf (maillage_french_gettext (GETTEXT_PACKAGE,
                                                       "The calendar holds %u participation events, from %s to %s."),
                              8, first, last);
  imported = g_strdup_printf (maillage_french_ngettext (GETTEXT_PACKAGE,
                                                        "%u proposal was imported from the Decidim participation platform.",
                                                        "%u proposals were imported from the Decidim participation platform.",
                                                        14), 14);
  linked = g_strdup_printf (maillage_french_ngettext (GETTEXT_PACKAGE,
                                                      "%u proposal of the inhabitants is taken up by an action of the plan.",
                                                      "%u proposals of the inhabitants are taken up by an action of the plan.",
                                                      7), 7);

  g_assert_cmpuint (g_strv_length (points), ==, 4);
  assert_contains (points[0], "6");
  assert_contains (points[0], "Budget participatif du Val de Sorne");
  g_assert_true (g_str_has_suffix (points[0], "."));
  g_assert_cmpstr (points[1], ==, calendar);
  g_assert_cmpstr (points[2], ==, imported);
  g_assert_cmpstr (points[3], ==, linked);
}

/* A cancelled event is left out, one event left is given its day; no
 * proposal, nothing said of them; an empty module says nothing. */
static void
test_key_points_small (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(ParticipationModule) module = participation_test_load_module (project);
  g_autoptr(ParticipationEvent) held = participation_event_new ("2027-02-03", "Atelier");
  g_autoptr(ParticipationEvent) cancelled = participation_event_new ("2027-05-01", "Réunion");
  g_auto(GStrv) none = NULL;
  g_auto(GStrv) points = NULL;
  g_autofree char *day = NULL;
  g_autofree char *calendar = NULL;
  GDate date;

  participation_test_bind_french ();
  none = maillage_module_list_key_points (MAILLAGE_MODULE (module));
  g_assert_null (none[0]);

  participation_event_set_status (cancelled, PARTICIPATION_EVENT_CANCELLED);
  participation_module_add_event (module, held);
  participation_module_add_event (module, cancelled);
  points = _participation_module_list_key_points (MAILLAGE_MODULE (module));
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 3, G_DATE_FEBRUARY, 2027);
  day = maillage_format_date (&date);
  calendar = g_strdup_printf (maillage_french_gettext (GETTEXT_PACKAGE,
                                                       "The calendar holds one participation event, on %s."), day);
  g_assert_cmpuint (g_strv_length (points), ==, 1);
  g_assert_cmpstr (points[0], ==, calendar);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  participation_test_register_types ();

  g_test_add_func ("/participation/module/findings-demo", test_findings_demo);
  g_test_add_func ("/participation/module/findings-empty", test_findings_empty);
  g_test_add_func ("/participation/module/findings-links", test_findings_links);
  g_test_add_func ("/participation/module/chapter", test_chapter);
  g_test_add_func ("/participation/module/chapter-empty", test_chapter_empty);
  g_test_add_func ("/participation/module/key-points", test_key_points);
  g_test_add_func ("/participation/module/key-points-small", test_key_points_small);

  return g_test_run ();
}
