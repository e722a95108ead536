/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-page.c: the editor of the Gouvernance module, one
 * AdwPreferencesPage: the échelon and perimeter, the context note, the
 * steering bodies, the members and co-porteurs, the coordinator, the
 * conseils locaux du numérique, the training plan and its sessions, and
 * the module's actions of the plan. The texts and the échelon are edited
 * in place; each item of a list, and the coordinator, in a dialog that
 * changes the module only when saved. This file holds the page, its texts
 * and its coordinator; the lists are in gouvernance-page-lists.c.
 */
#define G_LOG_DOMAIN "gouvernance-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gouvernance-coordinator-dialog.h"
#include "gouvernance-form.h"
#include "gouvernance-page-private.h"

G_DEFINE_DYNAMIC_TYPE_EXTENDED (GouvernancePage, gouvernance_page, ADW_TYPE_BIN, G_TYPE_FLAG_FINAL, {})

enum {
  PROP_0,
  PROP_MODULE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Writes @text into @view unless it already holds it: the cursor stays
 * where it is while the user types. */
static void
sync_view (GouvernancePage *self,
           GtkTextView     *view,
           const char      *text)
{
  g_autofree char *current = buffer_text (view);

  if (g_strcmp0 (current, text) == 0)
    return;
  self->syncing = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
  self->syncing = FALSE;
}

static void
sync_fields (GouvernancePage *self)
{
  const char *perimeter = gouvernance_module_get_perimeter (self->module);

  self->syncing = TRUE;
  adw_combo_row_set_selected (self->echelon_row, gouvernance_module_get_echelon (self->module));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->perimeter_row)), perimeter) != 0)
    gouvernance_form_set_text (self->perimeter_row, perimeter);
  self->syncing = FALSE;

  sync_view (self, self->context_view, gouvernance_module_get_context (self->module));
  sync_view (self, self->training_view, gouvernance_module_get_training_plan (self->module));
}

static void
module_notify_cb (GouvernancePage *self)
{
  sync_fields (self);
}

static void
sync_coordinator (GouvernancePage *self)
{
  AdwPreferencesRow *row = ADW_PREFERENCES_ROW (self->coordinator_row);
  const char *parts[3] = {
    gouvernance_module_get_coordinator (self->module, GOUVERNANCE_COORDINATOR_FUNCTION),
    gouvernance_module_get_coordinator (self->module, GOUVERNANCE_COORDINATOR_ORGANISATION),
    gouvernance_module_get_coordinator (self->module, GOUVERNANCE_COORDINATOR_EMAIL),
  };
  g_autoptr(GString) subtitle = g_string_new (NULL);

  if (!gouvernance_module_has_coordinator (self->module))
    {
      adw_preferences_row_set_title (row, _("No coordinator yet"));
      adw_action_row_set_subtitle (self->coordinator_row, _("Name the person who leads the strategy"));
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (*parts[i] == '\0')
        continue;
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, parts[i]);
    }
  adw_preferences_row_set_title (row, gouvernance_module_get_coordinator (self->module,
                                                                        GOUVERNANCE_COORDINATOR_NAME));
  adw_action_row_set_subtitle (self->coordinator_row, subtitle->str);
}

static void
coordinator_activated_cb (GouvernancePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = gouvernance_coordinator_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->module);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
echelon_selected_cb (GouvernancePage *self)
{
  guint selected = adw_combo_row_get_selected (self->echelon_row);

  if (!self->syncing && selected < GOUVERNANCE_N_ECHELONS)
    gouvernance_module_set_echelon (self->module, selected);
}

static void
perimeter_changed_cb (GouvernancePage *self)
{
  if (!self->syncing)
    gouvernance_module_set_perimeter (self->module, gtk_editable_get_text (GTK_EDITABLE (self->perimeter_row)));
}

static void
context_changed_cb (GouvernancePage *self)
{
  g_autofree char *text = NULL;

  if (self->syncing)
    return;
  text = buffer_text (self->context_view);
  gouvernance_module_set_context (self->module, text);
}

static void
training_changed_cb (GouvernancePage *self)
{
  g_autofree char *text = NULL;

  if (self->syncing)
    return;
  text = buffer_text (self->training_view);
  gouvernance_module_set_training_plan (self->module, text);
}

/* The module's actions of the plan, with the plan's own list: editing an
 * action there is editing it in the plan. */
static void
add_action_list (GouvernancePage *self)
{
  MaillageProject *project = maillage_module_get_project (MAILLAGE_MODULE (self->module));
  const char *id = maillage_module_get_id (MAILLAGE_MODULE (self->module));

  if (project == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->actions_group), FALSE);
      return;
    }

  adw_preferences_group_add (self->actions_group,
                             maillage_action_list_new (project, id != NULL ? id : "gouvernance"));
}

static void
gouvernance_page_constructed (GObject *object)
{
  GouvernancePage *self = GOUVERNANCE_PAGE (object);

  G_OBJECT_CLASS (gouvernance_page_parent_class)->constructed (object);

  g_return_if_fail (self->module != NULL);

  gouvernance_form_setup_combo (self->echelon_row, GOUVERNANCE_VOCABULARY_ECHELON,
                                gouvernance_module_get_echelon (self->module));
  sync_fields (self);
  sync_coordinator (self);
  _gouvernance_page_bind_lists (self);
  add_action_list (self);

  /* Connected after the first fill: filling is not editing. */
  g_signal_connect_object (self->echelon_row, "notify::selected", G_CALLBACK (echelon_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->perimeter_row, "changed", G_CALLBACK (perimeter_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->context_view), "changed",
                           G_CALLBACK (context_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->training_view), "changed",
                           G_CALLBACK (training_changed_cb), self, G_CONNECT_SWAPPED);
  self->notify_id = g_signal_connect_swapped (self->module, "notify", G_CALLBACK (module_notify_cb), self);
  self->coordinator_id = g_signal_connect_swapped (self->module, "coordinator-changed",
                                                   G_CALLBACK (sync_coordinator), self);
}

static void
gouvernance_page_dispose (GObject *object)
{
  GouvernancePage *self = GOUVERNANCE_PAGE (object);

  if (self->module != NULL)
    {
      g_clear_signal_handler (&self->notify_id, self->module);
      g_clear_signal_handler (&self->coordinator_id, self->module);
    }
  _gouvernance_page_unbind_lists (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), GOUVERNANCE_TYPE_PAGE);
  g_clear_object (&self->module);

  G_OBJECT_CLASS (gouvernance_page_parent_class)->dispose (object);
}

static void
gouvernance_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GouvernancePage *self = GOUVERNANCE_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODULE:
      g_value_set_object (value, self->module);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gouvernance_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  GouvernancePage *self = GOUVERNANCE_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODULE:
      self->module = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gouvernance_page_class_init (GouvernancePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = gouvernance_page_constructed;
  object_class->dispose = gouvernance_page_dispose;
  object_class->get_property = gouvernance_page_get_property;
  object_class->set_property = gouvernance_page_set_property;

  properties[PROP_MODULE] =
    g_param_spec_object ("module", NULL, NULL, GOUVERNANCE_TYPE_MODULE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/gouvernance/gouvernance-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GouvernancePage, echelon_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernancePage, perimeter_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernancePage, context_view);
  gtk_widget_class_bind_template_child (widget_class, GouvernancePage, bodies_list);
  gtk_widget_class_bind_template_child (widget_class, GouvernancePage, members_list);
  gtk_widget_class_bind_template_child (widget_class, GouvernancePage, coordinator_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernancePage, councils_list);
  gtk_widget_class_bind_template_child (widget_class, GouvernancePage, training_view);
  gtk_widget_class_bind_template_child (widget_class, GouvernancePage, sessions_list);
  gtk_widget_class_bind_template_child (widget_class, GouvernancePage, actions_group);
  gtk_widget_class_bind_template_callback (widget_class, coordinator_activated_cb);
  _gouvernance_page_class_init_lists (widget_class);
}

static void
gouvernance_page_class_finalize (GouvernancePageClass *klass)
{
}

static void
gouvernance_page_init (GouvernancePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
gouvernance_page_new (GouvernanceModule *module)
{
  g_return_val_if_fail (GOUVERNANCE_IS_MODULE (module), NULL);

  return g_object_new (GOUVERNANCE_TYPE_PAGE, "module", module, NULL);
}

void
gouvernance_page_register (GTypeModule *module)
{
  gouvernance_page_register_type (module);
}
