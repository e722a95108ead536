/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-participation-model.c: the module's model: the closed lists, the
 * rules of web addresses and dates, the tools (renaming one renames it in
 * the calendar), the calendar kept in date order, linking a proposal to
 * an action, and when the module says it changed.
 */
#define G_LOG_DOMAIN "test-participation-model"

#include "config.h"

#include "participation-check.h"
#include "participation-test-utils.h"

static void
test_vocabulary (void)
{
  ParticipationKind kind;
  ParticipationEventStatus status;

  for (guint i = 0; i < PARTICIPATION_N_KINDS; i++)
    {
      g_assert_true (participation_kind_from_string (participation_kind_to_string (i), &kind));
      g_assert_cmpuint (kind, ==, i);
      g_assert_cmpstr (participation_kind_get_label (i, FALSE), !=, "");
    }
  g_assert_cmpstr (participation_kind_to_string (PARTICIPATION_KIND_PARTICIPATORY_BUDGET), ==,
                   "participatory-budget");
  g_assert_false (participation_kind_from_string ("budget", &kind));
  g_assert_false (participation_kind_from_string (NULL, &kind));

  g_assert_true (participation_event_status_from_string ("held", &status));
  g_assert_cmpuint (status, ==, PARTICIPATION_EVENT_HELD);
  g_assert_false (participation_event_status_from_string ("done", &status));

  /* Decidim's own states have labels; a platform's own is shown as is. */
  g_assert_cmpstr (participation_proposal_state_get_label ("accepted", FALSE), ==, "Accepted");
  g_assert_cmpstr (participation_proposal_state_get_label ("a_voter", FALSE), ==, "a_voter");
  g_assert_cmpuint (participation_proposal_state_rank ("accepted"), <,
                    participation_proposal_state_rank ("withdrawn"));
  g_assert_cmpuint (participation_proposal_state_rank ("withdrawn"), <,
                    participation_proposal_state_rank ("a_voter"));
}

static void
test_check (void)
{
  GDate date;

  g_assert_true (participation_check_url ("https://jeparticipe.valdesorne.example/processes/x"));
  g_assert_true (participation_check_url ("http://data.example:8080/"));
  g_assert_false (participation_check_url ("ftp://data.example/"));
  g_assert_false (participation_check_url ("jeparticipe.valdesorne.example"));
  g_assert_false (participation_check_url ("https://"));
  g_assert_false (participation_check_url ("https://exa mple.org"));
  g_assert_false (participation_check_url (""));

  g_assert_true (participation_check_get_date ("2028-02-29", &date));
  g_assert_cmpuint (g_date_get_day (&date), ==, 29);
  g_assert_false (participation_check_date ("2027-02-29"));
  g_assert_false (participation_check_date ("2027-2-28"));
  g_assert_false (participation_check_date ("28/02/2027"));

  {
    static const struct { const char *text; const char *date; } dates[] = {
      { "2027-05-12", "2027-05-12" },
      { "2027-05-12 10:22:33 UTC", "2027-05-12" },
      { "2027-05-12T23:59:59+02:00", "2027-05-12" },
      { "12/05/2027", "2027-05-12" },
      { "12/05/2027 10:22", "2027-05-12" },
      { "31/02/2027", NULL },
      { "2027-13-01", NULL },
      { "mai 2027", NULL },
      { "2027-05-12x", NULL },
    };

    for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
      {
        g_autofree char *parsed = participation_check_parse_date (dates[i].text);

        g_assert_cmpstr (parsed, ==, dates[i].date);
      }
  }

  {
    g_autofree char *plain = participation_check_plain_text ("<p>Un &amp; deux.</p><p>Trois &lt;4&gt;</p>");
    g_autofree char *kept = participation_check_plain_text ("Un texte < 3 lignes & sans balise");

    g_assert_cmpstr (plain, ==, "Un & deux.\nTrois <4>");
    g_assert_cmpstr (kept, ==, "Un texte < 3 lignes & sans balise");
  }
}

static guint n_changed;

static void
changed_cb (MaillageModule *module)
{
  n_changed++;
}

static ParticipationModule *
empty_module (MaillageProject **project)
{
  ParticipationModule *module;

  *project = maillage_project_new ();
  module = participation_test_load_module (*project);
  g_signal_connect (module, "changed", G_CALLBACK (changed_cb), NULL);
  n_changed = 0;
  return module;
}

static void
test_dispositifs (void)
{
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(ParticipationModule) module = empty_module (&project);
  g_autoptr(ParticipationDispositif) consultation = participation_dispositif_new (PARTICIPATION_KIND_CONSULTATION,
                                                                                  "Consultation");
  g_autoptr(ParticipationDispositif) renamed = NULL;
  g_autoptr(ParticipationDispositif) budget = participation_dispositif_new (PARTICIPATION_KIND_PARTICIPATORY_BUDGET,
                                                                            "Budget participatif");
  g_autoptr(ParticipationEvent) meeting = participation_event_new ("2027-03-14", "Réunion publique");
  g_autoptr(ParticipationEvent) first = NULL;
  GListModel *dispositifs = participation_module_get_dispositifs (module);

  participation_module_insert_dispositif (module, G_MAXUINT, consultation);
  participation_module_insert_dispositif (module, 0, budget);
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (dispositifs), ==, 2);
  g_assert_true (participation_module_find_dispositif (module, "Consultation") == consultation);
  g_assert_null (participation_module_find_dispositif (module, "Autre"));

  participation_event_set_dispositif (meeting, "Consultation");
  participation_module_add_event (module, meeting);
  g_assert_cmpuint (n_changed, ==, 3);

  /* The same values: no change at all. */
  renamed = participation_dispositif_copy (consultation);
  g_assert_true (participation_dispositif_equal (renamed, consultation));
  participation_module_replace_dispositif (module, consultation, renamed);
  g_assert_cmpuint (n_changed, ==, 3);

  /* A new name reaches the calendar. */
  participation_dispositif_set_name (renamed, "Consultation 2027");
  participation_dispositif_set_url (renamed, "https://jeparticipe.valdesorne.example");
  participation_module_replace_dispositif (module, consultation, renamed);
  g_assert_true (participation_module_find_dispositif (module, "Consultation 2027") == renamed);
  first = g_list_model_get_item (participation_module_get_events (module), 0);
  g_assert_cmpstr (participation_event_get_dispositif (first), ==, "Consultation 2027");
  g_assert_cmpuint (g_list_model_get_n_items (dispositifs), ==, 2);

  g_assert_cmpuint (participation_module_remove_dispositif (module, renamed), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (dispositifs), ==, 1);
  /* The calendar keeps the name it had. */
  g_clear_object (&first);
  first = g_list_model_get_item (participation_module_get_events (module), 0);
  g_assert_cmpstr (participation_event_get_dispositif (first), ==, "Consultation 2027");
}

static const char *
event_title (ParticipationModule *module,
             guint                position)
{
  g_autoptr(ParticipationEvent) event = g_list_model_get_item (participation_module_get_events (module), position);

  return participation_event_get_title (event);
}

static void
test_calendar (void)
{
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(ParticipationModule) module = empty_module (&project);
  g_autoptr(ParticipationEvent) vote = participation_event_new ("2028-05-20", "Vote");
  g_autoptr(ParticipationEvent) launch = participation_event_new ("2026-10-08", "Lancement");
  g_autoptr(ParticipationEvent) workshop = participation_event_new ("2027-01-21", "Atelier");
  g_autoptr(ParticipationEvent) moved = NULL;
  g_autoptr(GDate) today = participation_test_date (2027, 1, 1);

  participation_module_add_event (module, vote);
  participation_module_add_event (module, launch);
  participation_module_add_event (module, workshop);
  g_assert_cmpstr (event_title (module, 0), ==, "Lancement");
  g_assert_cmpstr (event_title (module, 1), ==, "Atelier");
  g_assert_cmpstr (event_title (module, 2), ==, "Vote");

  /* Moving an event keeps the calendar in order, in one change. */
  n_changed = 0;
  moved = participation_event_copy (workshop);
  participation_event_set_date (moved, "2029-01-01");
  participation_module_replace_event (module, workshop, moved);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpstr (event_title (module, 2), ==, "Atelier");

  g_assert_true (participation_event_is_overdue (launch, today));
  participation_event_set_status (launch, PARTICIPATION_EVENT_HELD);
  g_assert_false (participation_event_is_overdue (launch, today));
  g_assert_false (participation_event_is_overdue (vote, today));

  participation_module_remove_event (module, vote);
  g_assert_cmpuint (g_list_model_get_n_items (participation_module_get_events (module)), ==, 2);
}

static void
test_link (void)
{
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(ParticipationModule) module = empty_module (&project);
  g_autoptr(ParticipationDecidimImport) import = NULL;
  g_autoptr(GError) error = NULL;
  ParticipationProposal *proposal;

  import = participation_test_read ("id;title/fr;state;votes\n7;Un wifi public;accepted;12\n", &error);
  g_assert_no_error (error);
  g_assert_true (participation_module_apply_import (module, import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);

  proposal = participation_module_find_proposal (module, 7);
  g_assert_nonnull (proposal);
  g_assert_null (participation_module_find_proposal (module, 8));
  participation_module_link_proposal (module, proposal, "A-011");
  g_assert_cmpstr (participation_proposal_get_action (proposal), ==, "A-011");
  g_assert_cmpuint (n_changed, ==, 2);
  participation_module_link_proposal (module, proposal, "A-011");
  g_assert_cmpuint (n_changed, ==, 2);
  participation_module_link_proposal (module, proposal, NULL);
  g_assert_cmpstr (participation_proposal_get_action (proposal), ==, "");
  g_assert_cmpuint (n_changed, ==, 3);
  g_assert_true (maillage_project_get_dirty (project));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  participation_test_register_types ();

  g_test_add_func ("/participation/model/vocabulary", test_vocabulary);
  g_test_add_func ("/participation/model/check", test_check);
  g_test_add_func ("/participation/model/dispositifs", test_dispositifs);
  g_test_add_func ("/participation/model/calendar", test_calendar);
  g_test_add_func ("/participation/model/link", test_link);

  return g_test_run ();
}
