/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-dematerialisation-model.c: the closed lists and their names, months,
 * a procedure (defaults, copies, what it needs), the RGAA's levels against
 * rates, and the module's list: each edit one change, none for an edit
 * that changes nothing, and the counts by state of the demo.
 */
#define G_LOG_DOMAIN "test-dematerialisation-model"

#include "config.h"

#include "dematerialisation-test-utils.h"

static void
test_vocabulary (void)
{
  static const DematerialisationList lists[] = {
    DEMATERIALISATION_LIST_STATE, DEMATERIALISATION_LIST_PRIORITY,
    DEMATERIALISATION_LIST_RGAA, DEMATERIALISATION_LIST_AUDIENCE,
  };
  static const guint sizes[] = { 4, 3, 4, 5 };
  guint value = 99;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      g_assert_cmpuint (dematerialisation_list_size (lists[l]), ==, sizes[l]);
      for (guint i = 0; i < sizes[l]; i++)
        {
          const char *name = dematerialisation_list_to_string (lists[l], i);

          g_assert_true (dematerialisation_list_from_string (lists[l], name, &value));
          g_assert_cmpuint (value, ==, i);
          g_assert_cmpstr (dematerialisation_list_label (lists[l], i), !=, "");
          g_assert_cmpstr (dematerialisation_list_french (lists[l], i), !=, "");
        }
    }

  /* The names of the file are fixed: a project written once must read
   * back the same forever. */
  g_assert_cmpstr (dematerialisation_list_to_string (DEMATERIALISATION_LIST_STATE,
                                                     DEMATERIALISATION_STATE_FORM), ==, "downloadable-form");
  g_assert_cmpstr (dematerialisation_list_to_string (DEMATERIALISATION_LIST_RGAA,
                                                     DEMATERIALISATION_RGAA_PARTIAL), ==, "partially-compliant");
  g_assert_cmpstr (dematerialisation_list_to_string (DEMATERIALISATION_LIST_AUDIENCE, 4), ==, "elected-members");

  value = 99;
  g_assert_false (dematerialisation_list_from_string (DEMATERIALISATION_LIST_STATE, "online", &value));
  g_assert_false (dematerialisation_list_from_string (DEMATERIALISATION_LIST_PRIORITY, "High", &value));
  g_assert_false (dematerialisation_list_from_string (DEMATERIALISATION_LIST_PRIORITY, NULL, &value));
  g_assert_cmpuint (value, ==, 99);
}

static void
test_audiences_label (void)
{
  g_autofree char *none = dematerialisation_audiences_label (0, TRUE);
  g_autofree char *two = NULL;
  g_autofree char *expected = NULL;

  g_assert_cmpstr (none, ==, "");

  two = dematerialisation_audiences_label (DEMATERIALISATION_AUDIENCE_ELECTED |
                                           DEMATERIALISATION_AUDIENCE_INDIVIDUALS, TRUE);
  /* In the list's order, whatever the order of the flags. */
  expected = g_strdup_printf ("%s, %s", dematerialisation_list_french (DEMATERIALISATION_LIST_AUDIENCE, 0),
                              dematerialisation_list_french (DEMATERIALISATION_LIST_AUDIENCE, 4));
  g_assert_cmpstr (two, ==, expected);
}

static void
test_months (void)
{
  g_autofree char *french = dematerialisation_format_month ("2027-09", TRUE);
  g_autofree char *expected = maillage_format_month (2027, 9);
  g_autofree char *empty = dematerialisation_format_month ("", TRUE);
  g_autofree char *shown = dematerialisation_format_month ("2027-09", FALSE);
  GDate date;

  g_assert_cmpstr (french, ==, expected);
  g_assert_true (g_str_has_prefix (french, "septembre"));
  g_assert_cmpstr (empty, ==, "");
  g_assert_true (g_str_has_suffix (shown, " 2027"));

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, DEMATERIALISATION_TEST_TODAY);
  g_assert_cmpint (dematerialisation_month_compare ("2026-10", &date), <, 0);
  g_assert_cmpint (dematerialisation_month_compare ("2025-12", &date), <, 0);
  g_assert_cmpint (dematerialisation_month_compare ("2026-11", &date), ==, 0);
  g_assert_cmpint (dematerialisation_month_compare ("2026-12", &date), >, 0);
  g_assert_cmpint (dematerialisation_month_compare ("2027-01", &date), >, 0);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_procedure (void)
{
  g_autoptr(DematerialisationProcedure) procedure = dematerialisation_procedure_new ("Inscription");
  g_autoptr(DematerialisationProcedure) copy = NULL;
  int key;
  guint notified = 0;

  /* A new procedure: on paper, to be taken fully online. */
  g_assert_cmpint (dematerialisation_procedure_get_state (procedure), ==, DEMATERIALISATION_STATE_PAPER);
  g_assert_cmpint (dematerialisation_procedure_get_target_state (procedure), ==, DEMATERIALISATION_STATE_ONLINE);
  g_assert_cmpint (dematerialisation_procedure_get_priority (procedure), ==, DEMATERIALISATION_PRIORITY_MEDIUM);
  g_assert_cmpint (dematerialisation_procedure_get_rgaa (procedure), ==, DEMATERIALISATION_RGAA_NOT_ASSESSED);
  g_assert_cmpint (dematerialisation_procedure_get_rgaa_rate (procedure), ==, DEMATERIALISATION_UNKNOWN);
  g_assert_cmpint (dematerialisation_procedure_get_volume (procedure), ==, DEMATERIALISATION_UNKNOWN);
  g_assert_cmpstr (dematerialisation_procedure_get_target_date (procedure), ==, "");
  g_assert_true (dematerialisation_procedure_needs_work (procedure));
  g_assert_false (dematerialisation_procedure_is_online (procedure));

  g_signal_connect (procedure, "notify", G_CALLBACK (count_notify_cb), &notified);
  dematerialisation_procedure_set_state (procedure, DEMATERIALISATION_STATE_PARTIAL);
  dematerialisation_procedure_set_state (procedure, DEMATERIALISATION_STATE_PARTIAL);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (dematerialisation_procedure_is_online (procedure));

  /* Undated procedures sort after the dated ones. */
  g_object_get (procedure, "target-date-key", &key, NULL);
  g_assert_cmpint (key, ==, G_MAXINT);
  dematerialisation_procedure_set_target_date (procedure, "2027-09");
  g_object_get (procedure, "target-date-key", &key, NULL);
  g_assert_cmpint (key, ==, 2027 * 12 + 8);
  g_assert_cmpuint (notified, ==, 3);

  dematerialisation_procedure_set_audiences (procedure, DEMATERIALISATION_AUDIENCE_STAFF);
  dematerialisation_procedure_set_service (procedure, "DSI");
  dematerialisation_procedure_set_rgaa (procedure, DEMATERIALISATION_RGAA_PARTIAL);
  dematerialisation_procedure_set_rgaa_rate (procedure, 72);
  dematerialisation_procedure_set_volume (procedure, 1200);
  dematerialisation_procedure_set_platform (procedure, "GRU");
  dematerialisation_procedure_set_notes (procedure, "Note");

  copy = dematerialisation_procedure_copy (procedure);
  g_assert_true (copy != procedure);
  g_assert_true (dematerialisation_procedure_equal (copy, procedure));
  g_assert_cmpint (dematerialisation_procedure_get_volume (copy), ==, 1200);
  g_assert_cmpstr (dematerialisation_procedure_get_notes (copy), ==, "Note");

  dematerialisation_procedure_set_target_state (copy, DEMATERIALISATION_STATE_PARTIAL);
  g_assert_false (dematerialisation_procedure_equal (copy, procedure));
  g_assert_false (dematerialisation_procedure_needs_work (copy));
}

static void
test_rgaa_rates (void)
{
  static const struct
  {
    DematerialisationRgaa rgaa;
    int                   rate;
    gboolean              fits;
  } cases[] = {
    { DEMATERIALISATION_RGAA_NOT_ASSESSED, DEMATERIALISATION_UNKNOWN, TRUE },
    { DEMATERIALISATION_RGAA_NOT_ASSESSED, 40, FALSE },
    { DEMATERIALISATION_RGAA_NON_COMPLIANT, 0, TRUE },
    { DEMATERIALISATION_RGAA_NON_COMPLIANT, 49, TRUE },
    { DEMATERIALISATION_RGAA_NON_COMPLIANT, 50, FALSE },
    { DEMATERIALISATION_RGAA_PARTIAL, 50, TRUE },
    { DEMATERIALISATION_RGAA_PARTIAL, 99, TRUE },
    { DEMATERIALISATION_RGAA_PARTIAL, 100, FALSE },
    { DEMATERIALISATION_RGAA_PARTIAL, 30, FALSE },
    { DEMATERIALISATION_RGAA_FULL, 100, TRUE },
    { DEMATERIALISATION_RGAA_FULL, 95, FALSE },
    { DEMATERIALISATION_RGAA_FULL, DEMATERIALISATION_UNKNOWN, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (dematerialisation_rgaa_rate_fits (cases[i].rgaa, cases[i].rate) != cases[i].fits)
      g_error ("case %u: level %d, rate %d", i, cases[i].rgaa, cases[i].rate);
}

static void
count_changed_cb (MaillageModule *module,
                  guint          *count)
{
  (*count)++;
}

static void
test_module_edits (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  DematerialisationModule *module = g_object_new (DEMATERIALISATION_TYPE_MODULE, NULL);
  g_autoptr(DematerialisationProcedure) first = dematerialisation_procedure_new ("Première");
  g_autoptr(DematerialisationProcedure) second = dematerialisation_procedure_new ("Deuxième");
  g_autoptr(DematerialisationProcedure) same = NULL;
  g_autoptr(DematerialisationProcedure) changed = NULL;
  g_autoptr(DematerialisationProcedure) item = NULL;
  GListModel *procedures = dematerialisation_module_get_procedures (module);
  g_autoptr(GError) error = NULL;
  guint n_changes = 0;

  g_assert_true (maillage_module_attach (MAILLAGE_MODULE (module), "dematerialisation", project, &error));
  g_assert_no_error (error);
  g_signal_connect (module, "changed", G_CALLBACK (count_changed_cb), &n_changes);

  dematerialisation_module_add_procedure (module, first);
  dematerialisation_module_insert_procedure (module, 0, second);
  g_assert_cmpuint (n_changes, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (procedures), ==, 2);
  item = g_list_model_get_item (procedures, 0);
  g_assert_true (item == second);
  g_clear_object (&item);

  /* The same values: nothing to save. */
  same = dematerialisation_procedure_copy (first);
  dematerialisation_module_replace_procedure (module, first, same);
  g_assert_cmpuint (n_changes, ==, 2);

  changed = dematerialisation_procedure_copy (first);
  dematerialisation_procedure_set_priority (changed, DEMATERIALISATION_PRIORITY_HIGH);
  dematerialisation_module_replace_procedure (module, first, changed);
  g_assert_cmpuint (n_changes, ==, 3);
  item = g_list_model_get_item (procedures, 1);
  g_assert_true (item == changed);
  g_clear_object (&item);

  dematerialisation_module_remove_procedure (module, second);
  g_assert_cmpuint (n_changes, ==, 4);
  /* Put back where it was, or at the end when the list is shorter. */
  dematerialisation_module_insert_procedure (module, 7, second);
  item = g_list_model_get_item (procedures, 1);
  g_assert_true (item == second);
  g_clear_object (&item);
  g_assert_cmpuint (n_changes, ==, 5);

  dematerialisation_test_unload (module);
}

static void
test_demo_counts (void)
{
  g_autoptr(MaillageProject) project = dematerialisation_test_demo_project ();
  DematerialisationModule *module = dematerialisation_test_load_module (project);
  guint today[DEMATERIALISATION_N_STATES];
  guint target[DEMATERIALISATION_N_STATES];

  g_assert_cmpuint (g_list_model_get_n_items (dematerialisation_module_get_procedures (module)), ==, 15);
  dematerialisation_module_count_states (module, today, target);
  g_assert_cmpuint (today[DEMATERIALISATION_STATE_PAPER], ==, 4);
  g_assert_cmpuint (today[DEMATERIALISATION_STATE_FORM], ==, 3);
  g_assert_cmpuint (today[DEMATERIALISATION_STATE_PARTIAL], ==, 5);
  g_assert_cmpuint (today[DEMATERIALISATION_STATE_ONLINE], ==, 3);
  g_assert_cmpuint (target[DEMATERIALISATION_STATE_PAPER], ==, 1);
  g_assert_cmpuint (target[DEMATERIALISATION_STATE_FORM], ==, 0);
  g_assert_cmpuint (target[DEMATERIALISATION_STATE_PARTIAL], ==, 2);
  g_assert_cmpuint (target[DEMATERIALISATION_STATE_ONLINE], ==, 12);

  /* Loading is not changing. */
  g_assert_false (maillage_project_get_dirty (project));

  dematerialisation_test_unload (module);
}

int
main (int   argc,
      char *argv[])
{
  dematerialisation_test_init (&argc, &argv);

  g_test_add_func ("/dematerialisation/model/vocabulary", test_vocabulary);
  g_test_add_func ("/dematerialisation/model/audiences-label", test_audiences_label);
  g_test_add_func ("/dematerialisation/model/months", test_months);
  g_test_add_func ("/dematerialisation/model/procedure", test_procedure);
  g_test_add_func ("/dematerialisation/model/rgaa-rates", test_rgaa_rates);
  g_test_add_func ("/dematerialisation/model/module-edits", test_module_edits);
  g_test_add_func ("/dematerialisation/model/demo-counts", test_demo_counts);

  return g_test_run ();
}
