/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-action-list.c: the actions of the plan that belong to one
 * module, as a module's page shows them, with a button to add one.
 */
#define G_LOG_DOMAIN "maillage-action-list"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "maillage-action.h"
#include "maillage-action-dialog.h"
#include "maillage-action-list.h"
#include "maillage-format.h"
#include "maillage-list-watch-private.h"
#include "maillage-project.h"

/**
 * MaillageActionList:
 *
 * Lists the actions of a project's plan whose module is a given one, each
 * with its title, period, total budget (investment and operating, all
 * years) and status, and offers to add one. Activating an action opens
 * its #MaillageActionDialog; the button opens one for a new action of the
 * module.
 *
 * The list follows the plan as it changes, wherever the change comes
 * from: an action added or removed, edited, or moved to another module.
 *
 * A module embeds it in its page:
 *
 * ```c
 * gtk_box_append (box, maillage_action_list_new (project, "mediation"));
 * ```
 */
struct _MaillageActionList
{
  GtkWidget           parent_instance;

  MaillageProject    *project;
  char               *module_id;
  GtkCustomFilter    *filter;
  GtkFilterListModel *actions;
  MaillageListWatch  *watch;

  /* Template children */
  GtkWidget          *box;
  GtkListBox         *list_box;
  GtkButton          *add_button;
};

G_DEFINE_FINAL_TYPE (MaillageActionList, maillage_action_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_MODULE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
status_text (MaillageActionStatus status)
{
  switch (status)
    {
    case MAILLAGE_ACTION_STATUS_PLANNED:
      return C_("action status", "Planned");
    case MAILLAGE_ACTION_STATUS_IN_PROGRESS:
      return C_("action status", "In progress");
    case MAILLAGE_ACTION_STATUS_DONE:
      return C_("action status", "Done");
    case MAILLAGE_ACTION_STATUS_CANCELLED:
      return C_("action status", "Cancelled");
    default:
      return "";
    }
}

/* `2027-03` → `mars 2027`; what is not a month is shown as typed. */
static char *
month_text (const char *year_month)
{
  if (!maillage_action_year_month_is_valid (year_month))
    return g_strdup (year_month);

  return maillage_format_month ((guint) g_ascii_strtoull (year_month, NULL, 10),
                               (guint) g_ascii_strtoull (year_month + 5, NULL, 10));
}

static char *
period_text (MaillageAction *action)
{
  const char *start = maillage_action_get_start (action);
  const char *end = maillage_action_get_end (action);
  g_autofree char *start_text = month_text (start);
  g_autofree char *end_text = month_text (end);

  if (*start != '\0' && *end != '\0')
    return g_strdup_printf ("%s – %s", start_text, end_text);
  if (*start != '\0')
    return g_strdup_printf (_("From %s"), start_text);
  if (*end != '\0')
    return g_strdup_printf (_("Until %s"), end_text);

  return g_strdup (_("No dates yet"));
}

typedef struct
{
  GtkLabel *title;
  GtkLabel *period;
  GtkLabel *budget;
  GtkLabel *status;
} RowLabels;

static void
update_row (GtkWidget      *row,
            MaillageAction *action)
{
  RowLabels *labels = g_object_get_data (G_OBJECT (row), "labels");
  const char *title = maillage_action_get_title (action);
  g_autofree char *period = period_text (action);
  g_autofree char *budget = maillage_format_money (maillage_action_get_total_investment (action) +
                                                   maillage_action_get_total_operating (action));

  gtk_label_set_label (labels->title, *title != '\0' ? title : _("Untitled action"));
  gtk_label_set_label (labels->period, period);
  gtk_label_set_label (labels->budget, budget);
  gtk_label_set_label (labels->status, status_text (maillage_action_get_status (action)));
}

static GtkLabel *
row_label (GtkWidget  *box,
           float       xalign,
           const char *style)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_box_append (GTK_BOX (box), label);

  return GTK_LABEL (label);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  MaillageAction *action = item;
  RowLabels *labels = g_new0 (RowLabels, 1);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *hbox = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *figures = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  gtk_widget_set_margin_top (hbox, 9);
  gtk_widget_set_margin_bottom (hbox, 9);
  gtk_widget_set_margin_start (hbox, 12);
  gtk_widget_set_margin_end (hbox, 12);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (figures, GTK_ALIGN_CENTER);

  labels->title = row_label (text, 0, NULL);
  gtk_label_set_wrap (labels->title, TRUE);
  gtk_label_set_wrap_mode (labels->title, PANGO_WRAP_WORD_CHAR);
  labels->period = row_label (text, 0, "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (labels->period), "caption");
  labels->budget = row_label (figures, 1, "numeric");
  labels->status = row_label (figures, 1, "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (labels->status), "caption");

  gtk_box_append (GTK_BOX (hbox), text);
  gtk_box_append (GTK_BOX (hbox), figures);
  gtk_box_append (GTK_BOX (hbox), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), hbox);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  g_object_set_data_full (G_OBJECT (row), "labels", labels, g_free);
  g_object_set_data_full (G_OBJECT (row), "action", g_object_ref (action), g_object_unref);
  update_row (row, action);
  g_signal_connect_object (action, "changed", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);

  return row;
}

static gboolean
belongs_to_module (gpointer item,
                   gpointer user_data)
{
  MaillageActionList *self = user_data;

  return g_strcmp0 (maillage_action_get_module (MAILLAGE_ACTION (item)), self->module_id) == 0;
}

/* An action moved to another module, or from another one. */
static void
action_module_cb (MaillageAction     *action,
                  GParamSpec         *pspec,
                  MaillageActionList *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
open_dialog (MaillageActionList *self,
             MaillageAction     *action)
{
  GtkWidget *dialog = maillage_action_dialog_new (self->project, action, self->module_id);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A project that a newer Maillage wrote cannot be saved: its plan is
 * shown, not edited. */
static gboolean
is_read_only (MaillageActionList *self)
{
  return maillage_project_get_read_only (self->project);
}

static void
update_read_only (MaillageActionList *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), !is_read_only (self));
}

static void
row_activated_cb (MaillageActionList *self,
                  GtkListBoxRow      *row)
{
  if (!is_read_only (self))
    open_dialog (self, g_object_get_data (G_OBJECT (row), "action"));
}

static void
add_clicked_cb (MaillageActionList *self)
{
  if (!is_read_only (self))
    open_dialog (self, NULL);
}

static void
maillage_action_list_constructed (GObject *object)
{
  MaillageActionList *self = MAILLAGE_ACTION_LIST (object);
  GListModel *actions;

  G_OBJECT_CLASS (maillage_action_list_parent_class)->constructed (object);

  g_return_if_fail (MAILLAGE_IS_PROJECT (self->project));

  actions = maillage_project_get_actions (self->project);
  self->filter = gtk_custom_filter_new (belongs_to_module, self, NULL);
  self->actions = gtk_filter_list_model_new (g_object_ref (actions),
                                             g_object_ref (GTK_FILTER (self->filter)));
  self->watch = maillage_list_watch_new (G_LIST_STORE (actions), "notify::module",
                                         G_CALLBACK (action_module_cb), NULL, self);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->actions), create_row, self, NULL);

  g_signal_connect_object (self->project, "notify::read-only", G_CALLBACK (update_read_only),
                           self, G_CONNECT_SWAPPED);
  update_read_only (self);
}

static void
maillage_action_list_dispose (GObject *object)
{
  MaillageActionList *self = MAILLAGE_ACTION_LIST (object);

  g_clear_pointer (&self->watch, maillage_list_watch_free);
  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MAILLAGE_TYPE_ACTION_LIST);
  g_clear_object (&self->actions);
  g_clear_object (&self->filter);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (maillage_action_list_parent_class)->dispose (object);
}

static void
maillage_action_list_finalize (GObject *object)
{
  MaillageActionList *self = MAILLAGE_ACTION_LIST (object);

  g_free (self->module_id);

  G_OBJECT_CLASS (maillage_action_list_parent_class)->finalize (object);
}

static void
maillage_action_list_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MaillageActionList *self = MAILLAGE_ACTION_LIST (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_MODULE:
      g_value_set_string (value, self->module_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_action_list_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MaillageActionList *self = MAILLAGE_ACTION_LIST (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;

    case PROP_MODULE:
      self->module_id = g_value_dup_string (value);
      if (self->module_id == NULL)
        self->module_id = g_strdup ("");
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_action_list_class_init (MaillageActionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = maillage_action_list_constructed;
  object_class->dispose = maillage_action_list_dispose;
  object_class->finalize = maillage_action_list_finalize;
  object_class->get_property = maillage_action_list_get_property;
  object_class->set_property = maillage_action_list_set_property;

  /**
   * MaillageActionList:project:
   *
   * The project whose plan is listed.
   */
  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         MAILLAGE_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageActionList:module:
   *
   * The id of the module whose actions are listed; new actions get it.
   */
  properties[PROP_MODULE] =
    g_param_spec_string ("module", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/libmaillage/maillage-action-list.ui");
  gtk_widget_class_bind_template_child (widget_class, MaillageActionList, box);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionList, list_box);
  gtk_widget_class_bind_template_child (widget_class, MaillageActionList, add_button);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
maillage_action_list_init (MaillageActionList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * maillage_action_list_new:
 * @project: a project
 * @module_id: the id of a module, such as `mediation`
 *
 * Creates the list of the actions of @project whose module is @module_id.
 *
 * Returns: (transfer none): a new #MaillageActionList
 */
GtkWidget *
maillage_action_list_new (MaillageProject *project,
                          const char      *module_id)
{
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (module_id != NULL, NULL);

  return g_object_new (MAILLAGE_TYPE_ACTION_LIST,
                       "project", project,
                       "module", module_id,
                       NULL);
}

/**
 * maillage_action_list_get_project:
 * @self: a #MaillageActionList
 *
 * Returns: (transfer none): the project whose plan is listed
 */
MaillageProject *
maillage_action_list_get_project (MaillageActionList *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION_LIST (self), NULL);

  return self->project;
}

/**
 * maillage_action_list_get_module:
 * @self: a #MaillageActionList
 *
 * Returns: (transfer none): the id of the module whose actions are listed
 */
const char *
maillage_action_list_get_module (MaillageActionList *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION_LIST (self), NULL);

  return self->module_id;
}

/**
 * maillage_action_list_get_actions:
 * @self: a #MaillageActionList
 *
 * Gets the actions listed, kept up to date as the plan changes: those of
 * the project whose module is the list's, in the order of the plan.
 *
 * Returns: (transfer none): a #GListModel of #MaillageAction
 */
GListModel *
maillage_action_list_get_actions (MaillageActionList *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION_LIST (self), NULL);

  return G_LIST_MODEL (self->actions);
}
