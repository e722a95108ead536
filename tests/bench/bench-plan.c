/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-plan.c: the « Plan d'actions » page on a large project (targets of
 * issue 4: the page opens in 200 ms at most with 1,000 actions, and the
 * totals follow an edit in 10 ms at most).
 *
 *   bench-plan [--runs N] PROJECT
 *
 * Needs a display (bench.py runs it under its own Xvfb). Prints:
 *
 *   plan-open median MS min MS max MS
 *     from giving the project to the page, in a window of 1280 × 800, to
 *     the end of the window's first frame: the table, the totals tables
 *     and the timeline built and drawn;
 *   plan-totals median MS min MS max MS
 *     one edit of an action's budget, until MaillagePlanTotals holds the
 *     new sums (the change goes through the action, the project and the
 *     page's handlers);
 *   plan-refresh median MS min MS max MS
 *     the same edit, until the page has rebuilt its totals tables and its
 *     timeline and drawn them.
 *
 * The first run of each is not counted (fonts and caches are loaded
 * then). Fails only when a step does.
 */
#define G_LOG_DOMAIN "maillage-bench-plan"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "maillage-plan-page.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* With a point whatever the locale: bench.py reads these lines. */
static const char *
ms (char   *buffer,
    double  value)
{
  return g_ascii_formatd (buffer, G_ASCII_DTOSTR_BUF_SIZE, "%.2f", value);
}

static void
report (const char *name,
        GArray     *times)
{
  char median[G_ASCII_DTOSTR_BUF_SIZE];
  char min[G_ASCII_DTOSTR_BUF_SIZE];
  char max[G_ASCII_DTOSTR_BUF_SIZE];

  g_array_sort (times, compare_doubles);
  g_print ("%s median %s ms min %s ms max %s ms\n", name,
           ms (median, g_array_index (times, double, times->len / 2)),
           ms (min, g_array_index (times, double, 0)),
           ms (max, g_array_index (times, double, times->len - 1)));
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Runs the main loop until @window has painted a frame. */
static void
wait_for_frame (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean painted = FALSE;
  gulong id;

  g_assert (clock != NULL);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(GArray) open_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) totals_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) refresh_times = g_array_new (FALSE, FALSE, sizeof (double));
  GListModel *actions;
  GtkWidget *window = NULL;
  MaillagePlanPage *page = NULL;
  guint runs = 10;
  int arg = 1;

  if (argc > 2 && strcmp (argv[1], "--runs") == 0)
    {
      runs = MAX (1, atoi (argv[2]));
      arg = 3;
    }
  if (arg >= argc)
    {
      g_printerr ("Usage: bench-plan [--runs N] PROJECT\n");
      return 2;
    }

  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  file = g_file_new_for_commandline_arg (argv[arg]);
  project = maillage_project_new_from_file (file, NULL, &error);
  if (project == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  actions = maillage_project_get_actions (project);
  g_print ("%u actions\n", g_list_model_get_n_items (actions));

  /* Opening: a window and its page, given the project, to the first frame. */
  for (guint run = 0; run <= runs; run++)
    {
      gint64 start;

      window = gtk_window_new ();
      gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
      page = MAILLAGE_PLAN_PAGE (maillage_plan_page_new ());
      gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
      gtk_window_present (GTK_WINDOW (window));
      wait_for_frame (window);

      start = g_get_monotonic_time ();
      maillage_plan_page_set_project (page, project, NULL);
      wait_for_frame (window);
      if (run > 0)
        g_array_append_val (open_times, (double) { elapsed_ms (start) });

      if (run < runs)
        {
          gpointer weak = page;

          g_object_add_weak_pointer (G_OBJECT (page), &weak);
          gtk_window_destroy (GTK_WINDOW (window));
          while (g_main_context_pending (NULL))
            g_main_context_iteration (NULL, FALSE);
          /* A page left alive would keep listening to every action and
           * slow the next runs down: that is a leak, not a figure. */
          if (weak != NULL)
            {
              g_printerr ("The page was not finalized with its window\n");
              return 1;
            }
        }
    }
  report ("plan-open", open_times);

  /* Editing one action's budget, the page open. */
  for (guint run = 0; run <= runs; run++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (actions, (run * 97) % g_list_model_get_n_items (actions));
      MaillagePlanTotals *totals = maillage_plan_page_get_totals (page);
      MaillageBudgetLine *line = maillage_action_ensure_budget_year (action, 2028);
      gint64 before = maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_YEAR, NULL);
      gint64 start;
      double totals_ms;

      start = g_get_monotonic_time ();
      maillage_budget_line_set_investment (line, maillage_budget_line_get_investment (line) + 100);
      totals_ms = elapsed_ms (start);
      if (maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_YEAR, NULL) != before + 100)
        {
          g_printerr ("The totals did not follow the edit\n");
          return 1;
        }
      /* The tables and the timeline are rebuilt once idle, then drawn. */
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      wait_for_frame (window);

      if (run > 0)
        {
          g_array_append_val (totals_times, totals_ms);
          g_array_append_val (refresh_times, (double) { elapsed_ms (start) });
        }
    }
  report ("plan-totals", totals_times);
  report ("plan-refresh", refresh_times);

  gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}
