/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-overview-page.c: the project at a glance: the territory, how
 * complete each module is and what it asks to review, the action plan's
 * counts and budget. Rebuilt, coalesced in an idle, whenever the project or
 * a module changes.
 */
#define G_LOG_DOMAIN "maillage-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-overview-page.h"

struct _MaillageOverviewPage
{
  AdwBin               parent_instance;

  MaillageProject     *project;
  MaillageModuleSet   *module_set;
  /* The modules whose "changed" we listen to. */
  GPtrArray           *watched_modules;
  /* The rows of modules_group, rebuilt on refresh. */
  GPtrArray           *module_rows;
  guint                refresh_source;
  gboolean             stale;

  GtkLabel            *kind_value;
  GtkLabel            *communes_value;
  GtkLabel            *population_value;
  AdwActionRow        *count_row;
  GtkLabel            *count_value;
  GtkLabel            *investment_value;
  GtkLabel            *operating_value;
  GtkLabel            *total_value;
  GtkLabel            *cofinancing_value;
  GtkLabel            *remaining_value;

  /* Template children */
  GtkLabel            *title_label;
  GtkLabel            *territory_label;
  AdwPreferencesGroup *territory_group;
  AdwPreferencesGroup *modules_group;
  AdwPreferencesGroup *actions_group;
};

G_DEFINE_FINAL_TYPE (MaillageOverviewPage, maillage_overview_page, ADW_TYPE_BIN)

static GtkLabel *
add_value_row (AdwPreferencesGroup  *group,
               const char           *title,
               AdwActionRow        **out_row)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *value = gtk_label_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_label_set_selectable (GTK_LABEL (value), TRUE);
  gtk_widget_add_css_class (value, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
  adw_preferences_group_add (group, row);

  if (out_row != NULL)
    *out_row = ADW_ACTION_ROW (row);

  return GTK_LABEL (value);
}

static void
set_money (GtkLabel *label,
           gint64    cents)
{
  g_autofree char *text = maillage_format_money (cents);

  gtk_label_set_label (label, text);
}

static void
set_integer (GtkLabel *label,
             gint64    value)
{
  g_autofree char *text = maillage_format_integer (value);

  gtk_label_set_label (label, text);
}

static const char *
kind_to_label (MaillageTerritoryKind kind)
{
  switch (kind)
    {
    case MAILLAGE_TERRITORY_KIND_COMMUNE:
      return _("Commune");
    case MAILLAGE_TERRITORY_KIND_EPCI:
      return _("Intercommunality (EPCI)");
    case MAILLAGE_TERRITORY_KIND_DEPARTEMENT:
      return _("Département");
    case MAILLAGE_TERRITORY_KIND_REGION:
      return _("Region");
    default:
      return "";
    }
}

static void
refresh_header (MaillageOverviewPage *self)
{
  MaillageTerritory *territory = maillage_project_get_territory (self->project);
  const char *title = maillage_project_get_title (self->project);
  const char *name = maillage_territory_get_name (territory);

  gtk_label_set_label (self->title_label,
                       title != NULL && *title != '\0' ? title : _("Untitled Project"));
  gtk_label_set_label (self->territory_label,
                       name != NULL && *name != '\0' ? name : _("No territory named yet"));
  gtk_label_set_label (self->kind_value, kind_to_label (maillage_territory_get_kind (territory)));
  set_integer (self->communes_value,
               g_list_model_get_n_items (maillage_territory_get_communes (territory)));
  set_integer (self->population_value, maillage_territory_get_population (territory));
}

static const char *
severity_icon_name (MaillageSeverity severity)
{
  switch (severity)
    {
    case MAILLAGE_SEVERITY_ERROR:
      return "dialog-error-symbolic";
    case MAILLAGE_SEVERITY_WARNING:
      return "dialog-warning-symbolic";
    case MAILLAGE_SEVERITY_INFO:
    default:
      return "dialog-information-symbolic";
    }
}

static const char *
severity_css_class (MaillageSeverity severity)
{
  switch (severity)
    {
    case MAILLAGE_SEVERITY_ERROR:
      return "error";
    case MAILLAGE_SEVERITY_WARNING:
      return "warning";
    case MAILLAGE_SEVERITY_INFO:
    default:
      return "accent";
    }
}

static GtkWidget *
create_finding_row (MaillageFinding *finding)
{
  MaillageSeverity severity = maillage_finding_get_severity (finding);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (severity_icon_name (severity));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), maillage_finding_get_message (finding));
  gtk_widget_add_css_class (icon, severity_css_class (severity));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static GtkWidget *
create_nothing_to_review_row (void)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing to review"));
  gtk_widget_add_css_class (icon, "success");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static char *
describe_module (double completeness,
                 guint  n_to_review)
{
  /* Translators: how complete a module is, in percent */
  g_autofree char *percent = g_strdup_printf (_("%d%% complete"),
                                              (int) (completeness * 100 + 0.5));

  g_autofree char *review = NULL;

  if (n_to_review == 0)
    return g_steal_pointer (&percent);

  review = g_strdup_printf (ngettext ("%u point to review", "%u points to review", n_to_review),
                            n_to_review);

  return g_strconcat (percent, " · ", review, NULL);
}

/* The rows of a module's findings are made when its row is first
 * expanded: folded, they are still measured (a revealer measures its child
 * to animate it), and their long wrapped titles, measured again and again
 * at every width the window tries, made most of the time to the first
 * frame. */
static void
fill_findings (AdwExpanderRow *row)
{
  GListModel *findings = g_object_steal_data (G_OBJECT (row), "maillage-findings");
  guint n_findings;

  if (findings == NULL)
    return;

  n_findings = g_list_model_get_n_items (findings);
  for (guint i = 0; i < n_findings; i++)
    {
      g_autoptr(MaillageFinding) finding = g_list_model_get_item (findings, i);

      adw_expander_row_add_row (row, create_finding_row (finding));
    }
  if (n_findings == 0)
    adw_expander_row_add_row (row, create_nothing_to_review_row ());

  g_object_unref (findings);
}

static void
module_row_expanded_cb (AdwExpanderRow *row)
{
  if (adw_expander_row_get_expanded (row))
    fill_findings (row);
}

static GtkWidget *
create_module_row (MaillageOverviewPage *self,
                   MaillageModule       *module)
{
  PeasPluginInfo *info = maillage_module_set_get_plugin_info (self->module_set, module);
  const char *icon_name = info != NULL ? peas_plugin_info_get_icon_name (info) : NULL;
  double completeness = CLAMP (maillage_module_get_completeness (module), 0.0, 1.0);
  g_autoptr(GListModel) findings = maillage_module_list_findings (module);
  guint n_findings = g_list_model_get_n_items (findings);
  guint n_to_review = 0;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *level = gtk_level_bar_new_for_interval (0.0, 1.0);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 info != NULL ? peas_plugin_info_get_name (info)
                                              : maillage_module_get_id (module));
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row),
                               gtk_image_new_from_icon_name (icon_name != NULL && *icon_name != '\0'
                                                             ? icon_name
                                                             : "application-x-addon-symbolic"));

  gtk_level_bar_set_value (GTK_LEVEL_BAR (level), completeness);
  gtk_widget_set_valign (level, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (level, 120, -1);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), level);

  for (guint i = 0; i < n_findings; i++)
    {
      g_autoptr(MaillageFinding) finding = g_list_model_get_item (findings, i);

      if (maillage_finding_get_severity (finding) != MAILLAGE_SEVERITY_INFO)
        n_to_review++;
    }
  g_object_set_data_full (G_OBJECT (row), "maillage-findings", g_steal_pointer (&findings),
                          g_object_unref);
  g_signal_connect (row, "notify::expanded", G_CALLBACK (module_row_expanded_cb), NULL);

  subtitle = describe_module (completeness, n_to_review);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);

  return row;
}

static void
module_changed_cb (MaillageOverviewPage *self);

static void
unwatch_modules (MaillageOverviewPage *self)
{
  for (guint i = 0; i < self->watched_modules->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched_modules, i),
                                          module_changed_cb, self);
  g_ptr_array_set_size (self->watched_modules, 0);
}

static void
refresh_modules (MaillageOverviewPage *self)
{
  guint n_modules = self->module_set != NULL
                    ? g_list_model_get_n_items (G_LIST_MODEL (self->module_set)) : 0;

  for (guint i = 0; i < self->module_rows->len; i++)
    adw_preferences_group_remove (self->modules_group, g_ptr_array_index (self->module_rows, i));
  g_ptr_array_set_size (self->module_rows, 0);
  unwatch_modules (self);

  for (guint i = 0; i < n_modules; i++)
    {
      g_autoptr(MaillageModule) module = g_list_model_get_item (G_LIST_MODEL (self->module_set), i);
      GtkWidget *row = create_module_row (self, module);

      adw_preferences_group_add (self->modules_group, row);
      g_ptr_array_add (self->module_rows, row);
      g_signal_connect_swapped (module, "changed", G_CALLBACK (module_changed_cb), self);
      g_ptr_array_add (self->watched_modules, g_object_ref (module));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->modules_group), n_modules > 0);
}

/* "7 planned · 3 in progress · 1 done": each count with its own plural,
 * which French needs ("1 terminée", "3 terminées"). */
static char *
describe_statuses (const guint *by_status)
{
  g_autofree char *planned = NULL;
  g_autofree char *in_progress = NULL;
  g_autofree char *done = NULL;
  g_autofree char *cancelled = NULL;
  guint n;

  n = by_status[MAILLAGE_ACTION_STATUS_PLANNED];
  planned = g_strdup_printf (ngettext ("%u planned", "%u planned", n), n);
  n = by_status[MAILLAGE_ACTION_STATUS_IN_PROGRESS];
  in_progress = g_strdup_printf (ngettext ("%u in progress", "%u in progress", n), n);
  n = by_status[MAILLAGE_ACTION_STATUS_DONE];
  done = g_strdup_printf (ngettext ("%u done", "%u done", n), n);
  n = by_status[MAILLAGE_ACTION_STATUS_CANCELLED];
  cancelled = g_strdup_printf (ngettext ("%u cancelled", "%u cancelled", n), n);

  return g_strjoin (" · ", planned, in_progress, done, cancelled, NULL);
}

static void
refresh_actions (MaillageOverviewPage *self)
{
  GListModel *actions = maillage_project_get_actions (self->project);
  guint n_actions = g_list_model_get_n_items (actions);
  guint by_status[MAILLAGE_ACTION_STATUS_CANCELLED + 1] = { 0, };
  gint64 investment = 0, operating = 0, cofinancing = 0;
  g_autofree char *counts = NULL;

  for (guint i = 0; i < n_actions; i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (actions, i);
      MaillageActionStatus status = maillage_action_get_status (action);

      if (status <= MAILLAGE_ACTION_STATUS_CANCELLED)
        by_status[status]++;
      investment += maillage_action_get_total_investment (action);
      operating += maillage_action_get_total_operating (action);
      cofinancing += maillage_action_get_total_cofinancing (action);
    }

  counts = describe_statuses (by_status);
  adw_action_row_set_subtitle (self->count_row, counts);
  set_integer (self->count_value, n_actions);
  set_money (self->investment_value, investment);
  set_money (self->operating_value, operating);
  set_money (self->total_value, investment + operating);
  set_money (self->cofinancing_value, cofinancing);
  set_money (self->remaining_value, investment + operating - cofinancing);
}

static gboolean
refresh_cb (gpointer user_data)
{
  MaillageOverviewPage *self = user_data;

  self->refresh_source = 0;
  self->stale = FALSE;

  if (self->project != NULL)
    {
      refresh_header (self);
      refresh_modules (self);
      refresh_actions (self);
    }

  return G_SOURCE_REMOVE;
}

/* Many changes come at once (a CSV import, a module reloading): build the
 * page once, after them. And not at all while another page is shown (each
 * keystroke in a module changes the project): map() catches up. */
static void
queue_refresh (MaillageOverviewPage *self)
{
  self->stale = TRUE;

  if (self->refresh_source == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_cb, self, NULL);
}

static void
maillage_overview_page_map (GtkWidget *widget)
{
  MaillageOverviewPage *self = MAILLAGE_OVERVIEW_PAGE (widget);

  if (self->stale)
    {
      g_clear_handle_id (&self->refresh_source, g_source_remove);
      refresh_cb (self);
    }

  GTK_WIDGET_CLASS (maillage_overview_page_parent_class)->map (widget);
}

static void
module_changed_cb (MaillageOverviewPage *self)
{
  queue_refresh (self);
}

static void
disconnect_sources (MaillageOverviewPage *self)
{
  unwatch_modules (self);

  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->project, queue_refresh, self);
    }
  if (self->module_set != NULL)
    g_signal_handlers_disconnect_by_func (self->module_set, queue_refresh, self);

  g_clear_object (&self->project);
  g_clear_object (&self->module_set);
}

/**
 * maillage_overview_page_set_project:
 * @self: a #MaillageOverviewPage
 * @project: (nullable): the project to sum up
 * @module_set: (nullable): the modules loaded for @project
 *
 * Shows @project; follows its changes and its modules' until another
 * project is set.
 */
void
maillage_overview_page_set_project (MaillageOverviewPage *self,
                                    MaillageProject      *project,
                                    MaillageModuleSet    *module_set)
{
  g_return_if_fail (MAILLAGE_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (project == NULL || MAILLAGE_IS_PROJECT (project));
  g_return_if_fail (module_set == NULL || MAILLAGE_IS_MODULE_SET (module_set));

  disconnect_sources (self);

  if (project == NULL)
    {
      g_clear_handle_id (&self->refresh_source, g_source_remove);
      refresh_modules (self);
      return;
    }

  self->project = g_object_ref (project);
  self->module_set = module_set != NULL ? g_object_ref (module_set) : NULL;

  /* "changed" covers the metadata, the territory, the actions and the
   * modules' data; a module's findings may change with none of those. */
  g_signal_connect_swapped (project, "changed", G_CALLBACK (queue_refresh), self);
  if (module_set != NULL)
    g_signal_connect_swapped (module_set, "items-changed", G_CALLBACK (queue_refresh), self);

  /* Filled at once, so that the first frame shows the project. */
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  refresh_cb (self);
}

static void
maillage_overview_page_dispose (GObject *object)
{
  MaillageOverviewPage *self = MAILLAGE_OVERVIEW_PAGE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  disconnect_sources (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), MAILLAGE_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (maillage_overview_page_parent_class)->dispose (object);
}

static void
maillage_overview_page_finalize (GObject *object)
{
  MaillageOverviewPage *self = MAILLAGE_OVERVIEW_PAGE (object);

  g_clear_pointer (&self->watched_modules, g_ptr_array_unref);
  g_clear_pointer (&self->module_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (maillage_overview_page_parent_class)->finalize (object);
}

static void
maillage_overview_page_class_init (MaillageOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = maillage_overview_page_dispose;
  object_class->finalize = maillage_overview_page_finalize;
  widget_class->map = maillage_overview_page_map;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/maillage-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MaillageOverviewPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, MaillageOverviewPage, territory_label);
  gtk_widget_class_bind_template_child (widget_class, MaillageOverviewPage, territory_group);
  gtk_widget_class_bind_template_child (widget_class, MaillageOverviewPage, modules_group);
  gtk_widget_class_bind_template_child (widget_class, MaillageOverviewPage, actions_group);
}

static void
maillage_overview_page_init (MaillageOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->watched_modules = g_ptr_array_new_with_free_func (g_object_unref);
  self->module_rows = g_ptr_array_new ();

  self->kind_value = add_value_row (self->territory_group, _("Kind"), NULL);
  self->communes_value = add_value_row (self->territory_group, _("Member communes"), NULL);
  self->population_value = add_value_row (self->territory_group, _("Population"), NULL);

  self->count_value = add_value_row (self->actions_group, _("Actions"), &self->count_row);
  self->investment_value = add_value_row (self->actions_group, _("Investment"), NULL);
  self->operating_value = add_value_row (self->actions_group, _("Operating"), NULL);
  self->total_value = add_value_row (self->actions_group, _("Total budget"), NULL);
  self->cofinancing_value = add_value_row (self->actions_group, _("Co-financing"), NULL);
  self->remaining_value = add_value_row (self->actions_group, _("Remaining cost"), NULL);
}

GtkWidget *
maillage_overview_page_new (void)
{
  return g_object_new (MAILLAGE_TYPE_OVERVIEW_PAGE, NULL);
}
