/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-plan-totals.c: the totals of an action plan by year, axis, module
 * and funder are exact to the cent, and stay so as actions are edited,
 * added and removed: after any sequence of edits, the totals kept up to
 * date equal the totals counted afresh.
 */
#define G_LOG_DOMAIN "test-plan-totals"

#include "config.h"

#include <gtk/gtk.h>

#include "maillage.h"

static MaillageAction *
new_action (const char *id,
            const char *module,
            const char *axis)
{
  MaillageAction *action = maillage_action_new (id, id);

  maillage_action_set_module (action, module);
  maillage_action_set_axis (action, axis);

  return action;
}

static void
set_budget (MaillageAction *action,
            guint           year,
            gint64          investment,
            gint64          operating)
{
  MaillageBudgetLine *line = maillage_action_ensure_budget_year (action, year);

  maillage_budget_line_set_investment (line, investment);
  maillage_budget_line_set_operating (line, operating);
}

static void
add_cofinancing (MaillageAction *action,
                 const char     *funder,
                 gint64          amount)
{
  g_autoptr(MaillageCofinancing) line = maillage_cofinancing_new (funder, amount);

  maillage_action_add_cofinancing (action, line);
}

/* Three actions, two axes, two modules, three years, three funders. */
static MaillageProject *
small_plan (void)
{
  MaillageProject *project = maillage_project_new ();
  g_autoptr(MaillageAction) a = new_action ("A-001", "mediation", "Inclure");
  g_autoptr(MaillageAction) b = new_action ("A-002", "mediation", "Connaître");
  g_autoptr(MaillageAction) c = new_action ("A-003", "diagnostic", "Connaître");

  set_budget (a, 2027, 1000001, 250050);
  set_budget (a, 2028, 0, 250050);
  add_cofinancing (a, "DSIL", 500000);
  add_cofinancing (a, "Région", 120033);
  add_cofinancing (a, "DSIL", 1);
  set_budget (b, 2028, 7, 3);
  add_cofinancing (b, "Région", 99);
  set_budget (c, 2029, 4200000, 0);
  add_cofinancing (c, "FEDER", 2100000);

  maillage_project_add_action (project, a);
  maillage_project_add_action (project, b);
  maillage_project_add_action (project, c);

  return project;
}

static void
assert_keys (char       **keys,
             const char  *expected)
{
  g_autofree char *joined = g_strjoinv ("|", keys);

  g_assert_cmpstr (joined, ==, expected);
  g_strfreev (keys);
}

static void
test_exact_sums (void)
{
  g_autoptr(MaillageProject) project = small_plan ();
  g_autoptr(MaillagePlanTotals) totals = maillage_plan_totals_new (maillage_project_get_actions (project));

  /* The whole plan */
  g_assert_cmpint (maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_YEAR, NULL), ==, 5200008);
  g_assert_cmpint (maillage_plan_totals_get_operating (totals, MAILLAGE_PLAN_GROUP_YEAR, NULL), ==, 500103);
  g_assert_cmpint (maillage_plan_totals_get_cofinancing (totals, MAILLAGE_PLAN_GROUP_YEAR, NULL), ==, 2720133);
  g_assert_cmpuint (maillage_plan_totals_get_n_actions (totals, MAILLAGE_PLAN_GROUP_AXIS, NULL), ==, 3);

  /* By year */
  assert_keys (maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_YEAR), "2027|2028|2029");
  g_assert_cmpint (maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_YEAR, "2027"), ==, 1000001);
  g_assert_cmpint (maillage_plan_totals_get_operating (totals, MAILLAGE_PLAN_GROUP_YEAR, "2027"), ==, 250050);
  g_assert_cmpint (maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_YEAR, "2028"), ==, 7);
  g_assert_cmpint (maillage_plan_totals_get_operating (totals, MAILLAGE_PLAN_GROUP_YEAR, "2028"), ==, 250053);
  g_assert_cmpint (maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_YEAR, "2029"), ==, 4200000);
  g_assert_cmpint (maillage_plan_totals_get_cofinancing (totals, MAILLAGE_PLAN_GROUP_YEAR, "2029"), ==, 0);
  g_assert_cmpuint (maillage_plan_totals_get_n_actions (totals, MAILLAGE_PLAN_GROUP_YEAR, "2028"), ==, 2);
  g_assert_cmpint (maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_YEAR, "2031"), ==, 0);

  /* By axis, in alphabetical order */
  assert_keys (maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_AXIS), "Connaître|Inclure");
  g_assert_cmpint (maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_AXIS, "Connaître"), ==, 4200007);
  g_assert_cmpint (maillage_plan_totals_get_operating (totals, MAILLAGE_PLAN_GROUP_AXIS, "Connaître"), ==, 3);
  g_assert_cmpint (maillage_plan_totals_get_cofinancing (totals, MAILLAGE_PLAN_GROUP_AXIS, "Connaître"), ==, 2100099);
  g_assert_cmpint (maillage_plan_totals_get_operating (totals, MAILLAGE_PLAN_GROUP_AXIS, "Inclure"), ==, 500100);

  /* By module */
  assert_keys (maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_MODULE), "diagnostic|mediation");
  g_assert_cmpint (maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_MODULE, "mediation"), ==, 1000008);
  g_assert_cmpint (maillage_plan_totals_get_operating (totals, MAILLAGE_PLAN_GROUP_MODULE, "mediation"), ==, 500103);
  g_assert_cmpuint (maillage_plan_totals_get_n_actions (totals, MAILLAGE_PLAN_GROUP_MODULE, "mediation"), ==, 2);

  /* By funder: two lines of one funder in one action are one action */
  assert_keys (maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_FUNDER), "DSIL|FEDER|Région");
  g_assert_cmpint (maillage_plan_totals_get_cofinancing (totals, MAILLAGE_PLAN_GROUP_FUNDER, "DSIL"), ==, 500001);
  g_assert_cmpuint (maillage_plan_totals_get_n_actions (totals, MAILLAGE_PLAN_GROUP_FUNDER, "DSIL"), ==, 1);
  g_assert_cmpint (maillage_plan_totals_get_cofinancing (totals, MAILLAGE_PLAN_GROUP_FUNDER, "Région"), ==, 120132);
  g_assert_cmpuint (maillage_plan_totals_get_n_actions (totals, MAILLAGE_PLAN_GROUP_FUNDER, "Région"), ==, 2);
  g_assert_cmpint (maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_FUNDER, "Région"), ==, 0);
}

static void
count_changed (guint *n_changed)
{
  (*n_changed)++;
}

static void
test_follows_edits (void)
{
  g_autoptr(MaillageProject) project = small_plan ();
  g_autoptr(MaillagePlanTotals) totals = maillage_plan_totals_new (maillage_project_get_actions (project));
  g_autoptr(MaillageAction) c = g_object_ref (maillage_project_find_action (project, "A-003"));
  g_autoptr(MaillageAction) d = new_action ("A-004", "", "");
  guint n_changed = 0;

  g_signal_connect_swapped (totals, "changed", G_CALLBACK (count_changed), &n_changed);

  /* A year's amount */
  maillage_budget_line_set_investment (maillage_action_ensure_budget_year (c, 2029), 4200001);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpint (maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_YEAR, "2029"), ==, 4200001);
  g_assert_cmpint (maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_MODULE, "diagnostic"), ==, 4200001);

  /* A year moved: 2029 gone, 2030 there */
  maillage_budget_line_set_year (maillage_action_ensure_budget_year (c, 2029), 2030);
  assert_keys (maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_YEAR), "2027|2028|2030");

  /* An axis renamed: the old key goes when its last action leaves it */
  maillage_action_set_axis (c, "Piloter");
  assert_keys (maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_AXIS), "Connaître|Inclure|Piloter");
  g_assert_cmpint (maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_AXIS, "Connaître"), ==, 7);
  maillage_action_set_axis (maillage_project_find_action (project, "A-002"), "Piloter");
  assert_keys (maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_AXIS), "Inclure|Piloter");

  /* A funder's line removed */
  {
    g_autoptr(MaillageCofinancing) line = g_list_model_get_item (maillage_action_get_cofinancing (c), 0);

    maillage_action_remove_cofinancing (c, line);
  }
  assert_keys (maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_FUNDER), "DSIL|Région");

  /* An action with no axis nor module, then removed */
  set_budget (d, 2027, 100, 0);
  maillage_project_add_action (project, d);
  assert_keys (maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_MODULE), "|diagnostic|mediation");
  g_assert_cmpint (maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_MODULE, ""), ==, 100);
  g_assert_cmpint (maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_YEAR, "2027"), ==, 1000101);
  maillage_project_remove_action (project, d);
  maillage_project_remove_action (project, c);
  assert_keys (maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_MODULE), "mediation");
  assert_keys (maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_YEAR), "2027|2028");
  g_assert_cmpint (maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_YEAR, NULL), ==, 1000008);
  g_assert_cmpuint (maillage_plan_totals_get_n_actions (totals, MAILLAGE_PLAN_GROUP_YEAR, NULL), ==, 2);

  /* An action out of the list no longer moves the totals */
  n_changed = 0;
  set_budget (c, 2027, 1, 1);
  set_budget (d, 2027, 1, 1);
  g_assert_cmpuint (n_changed, ==, 0);
}

static void
assert_same_totals (MaillagePlanTotals *a,
                    MaillagePlanTotals *b)
{
  for (MaillagePlanGroup group = MAILLAGE_PLAN_GROUP_YEAR; group <= MAILLAGE_PLAN_GROUP_FUNDER; group++)
    {
      g_auto(GStrv) keys_a = maillage_plan_totals_list_keys (a, group);
      g_auto(GStrv) keys_b = maillage_plan_totals_list_keys (b, group);

      g_assert_cmpstrv (keys_a, keys_b);
      for (guint i = 0; keys_a[i] != NULL; i++)
        {
          g_assert_cmpint (maillage_plan_totals_get_investment (a, group, keys_a[i]), ==,
                           maillage_plan_totals_get_investment (b, group, keys_a[i]));
          g_assert_cmpint (maillage_plan_totals_get_operating (a, group, keys_a[i]), ==,
                           maillage_plan_totals_get_operating (b, group, keys_a[i]));
          g_assert_cmpint (maillage_plan_totals_get_cofinancing (a, group, keys_a[i]), ==,
                           maillage_plan_totals_get_cofinancing (b, group, keys_a[i]));
          g_assert_cmpuint (maillage_plan_totals_get_n_actions (a, group, keys_a[i]), ==,
                            maillage_plan_totals_get_n_actions (b, group, keys_a[i]));
        }
    }

  g_assert_cmpint (maillage_plan_totals_get_investment (a, MAILLAGE_PLAN_GROUP_YEAR, NULL), ==,
                   maillage_plan_totals_get_investment (b, MAILLAGE_PLAN_GROUP_YEAR, NULL));
  g_assert_cmpint (maillage_plan_totals_get_operating (a, MAILLAGE_PLAN_GROUP_YEAR, NULL), ==,
                   maillage_plan_totals_get_operating (b, MAILLAGE_PLAN_GROUP_YEAR, NULL));
  g_assert_cmpint (maillage_plan_totals_get_cofinancing (a, MAILLAGE_PLAN_GROUP_YEAR, NULL), ==,
                   maillage_plan_totals_get_cofinancing (b, MAILLAGE_PLAN_GROUP_YEAR, NULL));
}

/* Random edits of every kind, checked against totals counted afresh. */
static void
test_random_edits (void)
{
  static const char * const axes[] = { "", "Axe 1", "Axe 2", "Axe 3" };
  static const char * const modules[] = { "", "diagnostic", "mediation", "participation" };
  static const char * const funders[] = { "DSIL", "Région", "FEDER", "Banque des territoires" };
  g_autoptr(MaillageProject) project = maillage_project_new ();
  GListModel *actions = maillage_project_get_actions (project);
  g_autoptr(MaillagePlanTotals) totals = maillage_plan_totals_new (actions);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);

  for (guint step = 0; step < 2000; step++)
    {
      guint n_actions = g_list_model_get_n_items (actions);
      g_autoptr(MaillageAction) action = n_actions > 0 ? g_list_model_get_item (actions, g_rand_int_range (rand, 0, n_actions)) : NULL;

      switch (action == NULL ? 0 : g_rand_int_range (rand, 0, 8))
        {
        case 0:
          {
            g_autofree char *id = maillage_project_next_action_id (project);
            g_autoptr(MaillageAction) added = new_action (id, modules[g_rand_int_range (rand, 0, 4)],
                                                          axes[g_rand_int_range (rand, 0, 4)]);

            set_budget (added, g_rand_int_range (rand, 2026, 2033), g_rand_int_range (rand, 0, 10000000), 0);
            maillage_project_add_action (project, added);
          }
          break;
        case 1:
          maillage_project_remove_action (project, action);
          break;
        case 2:
          maillage_action_set_axis (action, axes[g_rand_int_range (rand, 0, 4)]);
          break;
        case 3:
          maillage_action_set_module (action, modules[g_rand_int_range (rand, 0, 4)]);
          break;
        case 4:
          set_budget (action, g_rand_int_range (rand, 2026, 2033),
                      g_rand_int_range (rand, 0, 10000000), g_rand_int_range (rand, 0, 1000000));
          break;
        case 5:
          maillage_action_remove_budget_year (action, g_rand_int_range (rand, 2026, 2033));
          break;
        case 6:
          add_cofinancing (action, funders[g_rand_int_range (rand, 0, 4)], g_rand_int_range (rand, 1, 5000000));
          break;
        default:
          if (g_list_model_get_n_items (maillage_action_get_cofinancing (action)) > 0)
            {
              g_autoptr(MaillageCofinancing) line = g_list_model_get_item (maillage_action_get_cofinancing (action), 0);

              maillage_cofinancing_set_amount (line, g_rand_int_range (rand, 0, 100));
              maillage_cofinancing_set_funder (line, funders[g_rand_int_range (rand, 0, 4)]);
            }
          break;
        }

      if (step % 100 == 99)
        {
          g_autoptr(MaillagePlanTotals) fresh = maillage_plan_totals_new (actions);

          assert_same_totals (totals, fresh);
        }
    }
}

/* The totals of part of the plan, through a filter. */
static gboolean
is_mediation (gpointer item,
              gpointer user_data)
{
  return g_strcmp0 (maillage_action_get_module (item), "mediation") == 0;
}

static void
test_filtered (void)
{
  g_autoptr(MaillageProject) project = small_plan ();
  GtkCustomFilter *filter = gtk_custom_filter_new (is_mediation, NULL, NULL);
  g_autoptr(GtkFilterListModel) filtered = gtk_filter_list_model_new (g_object_ref (maillage_project_get_actions (project)),
                                                                      GTK_FILTER (filter));
  g_autoptr(MaillagePlanTotals) totals = maillage_plan_totals_new (G_LIST_MODEL (filtered));

  g_assert_cmpint (maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_YEAR, NULL), ==, 1000008);
  assert_keys (maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_YEAR), "2027|2028");

  maillage_action_set_module (maillage_project_find_action (project, "A-003"), "mediation");
  gtk_filter_changed (GTK_FILTER (filter), GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpint (maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_YEAR, NULL), ==, 5200008);
  assert_keys (maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_YEAR), "2027|2028|2029");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-totals/exact-sums", test_exact_sums);
  g_test_add_func ("/plan-totals/follows-edits", test_follows_edits);
  g_test_add_func ("/plan-totals/random-edits", test_random_edits);
  g_test_add_func ("/plan-totals/filtered", test_filtered);

  return g_test_run ();
}
