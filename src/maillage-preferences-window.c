/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-plugin-info.h"
#include "maillage-preferences-window.h"

/**
 * MaillagePreferencesWindow:
 *
 * The preferences: every plugin the person may switch on and off, with a
 * switch each, grouped by what it brings (modules, exports). A plugin that
 * could not be loaded says why under its name.
 *
 * Our own list rather than libpeas-gtk's, which is GTK 3.
 */
struct _MaillagePreferencesWindow
{
  AdwPreferencesWindow   parent_instance;

  MaillagePluginManager *manager;
  /* The rows shown, each with its PeasPluginInfo in "plugin-info" and its
   * switch in "switch". */
  GPtrArray             *rows;

  /* Template children */
  AdwPreferencesGroup   *modules_group;
  AdwPreferencesGroup   *exporters_group;
  AdwPreferencesGroup   *others_group;
  AdwPreferencesGroup   *empty_group;
};

G_DEFINE_FINAL_TYPE (MaillagePreferencesWindow, maillage_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_MANAGER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define DEFAULT_PLUGIN_ICON "application-x-addon-symbolic"

static void
on_switch_active_changed (MaillagePreferencesWindow *self,
                          GParamSpec                *pspec,
                          GtkSwitch                 *toggle)
{
  PeasPluginInfo *info = g_object_get_data (G_OBJECT (toggle), "plugin-info");

  maillage_plugin_manager_set_plugin_enabled (self->manager, info,
                                              gtk_switch_get_active (toggle));
}

/* Shows the plugin's state: switched on or off, and why it failed if it
 * did. */
static void
update_row (MaillagePreferencesWindow *self,
            AdwActionRow              *row)
{
  PeasPluginInfo *info = g_object_get_data (G_OBJECT (row), "plugin-info");
  GtkSwitch *toggle = g_object_get_data (G_OBJECT (row), "switch");
  const char *failure = maillage_plugin_manager_get_failure (self->manager, info);
  const char *description = peas_plugin_info_get_description (info);

  g_signal_handlers_block_by_func (toggle, on_switch_active_changed, self);
  gtk_switch_set_active (toggle, maillage_plugin_manager_get_plugin_enabled (self->manager, info));
  g_signal_handlers_unblock_by_func (toggle, on_switch_active_changed, self);

  adw_action_row_set_subtitle (row, failure != NULL ? failure
                                    : description != NULL ? description : "");
  if (failure != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static GtkWidget *
create_row (MaillagePreferencesWindow *self,
            PeasPluginInfo            *info)
{
  const char *icon_name = peas_plugin_info_get_icon_name (info);
  GtkWidget *row;
  GtkWidget *icon;
  GtkWidget *toggle;

  row = adw_action_row_new ();
  /* Names and descriptions come from third-party files: plain text. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), peas_plugin_info_get_name (info));
  gtk_widget_set_name (row, peas_plugin_info_get_module_name (info));

  icon = gtk_image_new_from_icon_name (icon_name != NULL ? icon_name : DEFAULT_PLUGIN_ICON);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  toggle = gtk_switch_new ();
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  g_object_set_data (G_OBJECT (toggle), "plugin-info", info);
  g_signal_connect_object (toggle, "notify::active", G_CALLBACK (on_switch_active_changed),
                           self, G_CONNECT_SWAPPED);

  g_object_set_data (G_OBJECT (row), "plugin-info", info);
  g_object_set_data (G_OBJECT (row), "switch", toggle);

  return row;
}

static AdwPreferencesGroup *
group_for (MaillagePreferencesWindow *self,
           PeasPluginInfo            *info)
{
  switch (maillage_plugin_info_get_kind (info))
    {
    case MAILLAGE_PLUGIN_KIND_MODULE:
      return self->modules_group;

    case MAILLAGE_PLUGIN_KIND_EXPORTER:
      return self->exporters_group;

    case MAILLAGE_PLUGIN_KIND_OTHER:
    default:
      return self->others_group;
    }
}

static int
compare_plugins (gconstpointer a,
                 gconstpointer b)
{
  PeasPluginInfo *info_a = (PeasPluginInfo *) a;
  PeasPluginInfo *info_b = (PeasPluginInfo *) b;
  int order_a = maillage_plugin_info_get_order (info_a);
  int order_b = maillage_plugin_info_get_order (info_b);

  if (order_a != order_b)
    return order_a < order_b ? -1 : 1;

  return g_utf8_collate (peas_plugin_info_get_name (info_a),
                         peas_plugin_info_get_name (info_b));
}

static void
rebuild_rows (MaillagePreferencesWindow *self)
{
  g_autoptr(GList) plugins = NULL;
  gboolean has_modules = FALSE;
  gboolean has_exporters = FALSE;
  gboolean has_others = FALSE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      PeasPluginInfo *info = g_object_get_data (G_OBJECT (row), "plugin-info");

      adw_preferences_group_remove (group_for (self, info), row);
    }
  g_ptr_array_set_size (self->rows, 0);

  for (const GList *l = maillage_plugin_manager_get_plugins (self->manager); l != NULL; l = l->next)
    {
      if (maillage_plugin_info_is_listed (l->data))
        plugins = g_list_prepend (plugins, l->data);
    }
  plugins = g_list_sort (plugins, compare_plugins);

  for (const GList *l = plugins; l != NULL; l = l->next)
    {
      AdwPreferencesGroup *group = group_for (self, l->data);
      GtkWidget *row = create_row (self, l->data);

      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->rows, row);
      update_row (self, ADW_ACTION_ROW (row));

      has_modules |= group == self->modules_group;
      has_exporters |= group == self->exporters_group;
      has_others |= group == self->others_group;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->modules_group), has_modules);
  gtk_widget_set_visible (GTK_WIDGET (self->exporters_group), has_exporters);
  gtk_widget_set_visible (GTK_WIDGET (self->others_group), has_others);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_group), self->rows->len == 0);
}

static guint
count_listed_plugins (MaillagePreferencesWindow *self)
{
  guint n = 0;

  for (const GList *l = maillage_plugin_manager_get_plugins (self->manager); l != NULL; l = l->next)
    n += maillage_plugin_info_is_listed (l->data) ? 1 : 0;

  return n;
}

static void
on_plugins_changed (MaillagePreferencesWindow *self)
{
  /* Plugins are only ever added (by a rescan), never forgotten. */
  if (count_listed_plugins (self) != self->rows->len)
    {
      rebuild_rows (self);
      return;
    }

  for (guint i = 0; i < self->rows->len; i++)
    update_row (self, g_ptr_array_index (self->rows, i));
}

static void
maillage_preferences_window_constructed (GObject *object)
{
  MaillagePreferencesWindow *self = MAILLAGE_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (maillage_preferences_window_parent_class)->constructed (object);

  g_signal_connect_object (self->manager, "plugins-changed",
                           G_CALLBACK (on_plugins_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->manager, "plugin-failed",
                           G_CALLBACK (on_plugins_changed), self, G_CONNECT_SWAPPED);
  rebuild_rows (self);
}

static void
maillage_preferences_window_dispose (GObject *object)
{
  MaillagePreferencesWindow *self = MAILLAGE_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MAILLAGE_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->manager);

  G_OBJECT_CLASS (maillage_preferences_window_parent_class)->dispose (object);
}

static void
maillage_preferences_window_finalize (GObject *object)
{
  MaillagePreferencesWindow *self = MAILLAGE_PREFERENCES_WINDOW (object);

  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (maillage_preferences_window_parent_class)->finalize (object);
}

static void
maillage_preferences_window_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  MaillagePreferencesWindow *self = MAILLAGE_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_MANAGER:
      g_value_set_object (value, self->manager);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_preferences_window_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  MaillagePreferencesWindow *self = MAILLAGE_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_MANAGER:
      self->manager = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_preferences_window_class_init (MaillagePreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = maillage_preferences_window_constructed;
  object_class->dispose = maillage_preferences_window_dispose;
  object_class->finalize = maillage_preferences_window_finalize;
  object_class->get_property = maillage_preferences_window_get_property;
  object_class->set_property = maillage_preferences_window_set_property;

  properties[PROP_MANAGER] =
    g_param_spec_object ("manager", NULL, NULL,
                         MAILLAGE_TYPE_PLUGIN_MANAGER,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               APP_PATH "/maillage-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MaillagePreferencesWindow, modules_group);
  gtk_widget_class_bind_template_child (widget_class, MaillagePreferencesWindow, exporters_group);
  gtk_widget_class_bind_template_child (widget_class, MaillagePreferencesWindow, others_group);
  gtk_widget_class_bind_template_child (widget_class, MaillagePreferencesWindow, empty_group);
}

static void
maillage_preferences_window_init (MaillagePreferencesWindow *self)
{
  self->rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * maillage_preferences_window_new:
 * @manager: the application's plugin manager
 *
 * Returns: (transfer full): a new preferences window
 */
GtkWidget *
maillage_preferences_window_new (MaillagePluginManager *manager)
{
  g_return_val_if_fail (MAILLAGE_IS_PLUGIN_MANAGER (manager), NULL);

  return g_object_new (MAILLAGE_TYPE_PREFERENCES_WINDOW,
                       "manager", manager,
                       NULL);
}
