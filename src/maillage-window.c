/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-window.c: the main window. With no project it shows the welcome
 * page; with one, a sidebar (overview, territory, one row per active module,
 * action plan) beside the selected page, in a leaflet that folds on a narrow
 * window. The actions (save, close, …) live in maillage-window-actions.c.
 */
#define G_LOG_DOMAIN "maillage-window"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "maillage-deliberation-page.h"
#include "maillage-preview-page.h"
#include "maillage-territory-page.h"
#include "maillage-window-private.h"

/* A module's page is built the first time it is shown, not when the
 * project opens: with every module's editor built at once, opening a
 * project took twice as long and a large one held its every list and chart
 * in widgets nobody had looked at. Until then the stack holds an empty bin
 * under the page's name, which the page then goes into. */
typedef struct
{
  MaillageModule *module;
  GtkWidget      *row;
  /* The stack's child for the module: an AdwBin, empty until first shown */
  GtkWidget      *page;
  char           *page_name;
  /* The plugin's name, for the page of a module with nothing to edit */
  char           *name;
} ModuleEntry;

G_DEFINE_FINAL_TYPE (MaillageWindow, maillage_window, ADW_TYPE_APPLICATION_WINDOW)

static void
module_entry_free (ModuleEntry *entry)
{
  g_clear_object (&entry->page);
  g_clear_object (&entry->module);
  g_free (entry->page_name);
  g_free (entry->name);
  g_free (entry);
}

static const char *
row_get_page_name (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "maillage-page-name");
}

static void
row_set_page_name (GtkListBoxRow *row,
                   const char    *name)
{
  g_object_set_data_full (G_OBJECT (row), "maillage-page-name", g_strdup (name), g_free);
}

static GtkWidget *
create_sidebar_row (const char *icon_name,
                    const char *label)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *image = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *title = gtk_label_new (label);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), title);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

/* A module without an editor still gets a page, so that its row never
 * leads nowhere. */
static GtkWidget *
create_empty_module_page (const char *name)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "application-x-addon-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), name);
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   _("This module has nothing to edit."));

  return page;
}

static ModuleEntry *
module_entry_new (MaillageWindow *self,
                  MaillageModule *module)
{
  ModuleEntry *entry = g_new0 (ModuleEntry, 1);
  PeasPluginInfo *info = maillage_module_set_get_plugin_info (self->module_set, module);
  const char *id = maillage_module_get_id (module);
  const char *name = info != NULL ? peas_plugin_info_get_name (info) : id;
  const char *icon_name = info != NULL ? peas_plugin_info_get_icon_name (info) : NULL;

  if (icon_name == NULL || *icon_name == '\0')
    icon_name = "application-x-addon-symbolic";

  entry->module = g_object_ref (module);
  entry->page_name = g_strconcat (MAILLAGE_WINDOW_MODULE_PAGE_PREFIX, id, NULL);
  entry->row = create_sidebar_row (icon_name, name);
  row_set_page_name (GTK_LIST_BOX_ROW (entry->row), entry->page_name);

  entry->name = g_strdup (name);

  /* The entry owns one reference; the stack adds its own. */
  entry->page = g_object_ref_sink (adw_bin_new ());

  return entry;
}

static void
module_entry_ensure_page (ModuleEntry *entry)
{
  GtkWidget *page;

  if (adw_bin_get_child (ADW_BIN (entry->page)) != NULL)
    return;

  page = maillage_module_create_page (entry->module);
  if (page == NULL)
    page = create_empty_module_page (entry->name);

  adw_bin_set_child (ADW_BIN (entry->page), page);
}

/* The territory and plan pages, like the modules' pages, only take the
 * project when first shown: on a large project the plan's table of actions
 * and the list of communes hold some ten megabytes of rows nobody looks at
 * on opening. Once given the project they follow it, shown or not. */
static void
bind_core_page (MaillageWindow *self,
                GtkWidget      *page)
{
  if (self->project == NULL)
    return;

  if (page == self->territory_page && !self->territory_page_bound)
    {
      self->territory_page_bound = TRUE;
      g_object_set (self->territory_page, "project", self->project, NULL);
    }
  else if (page == GTK_WIDGET (self->plan_page) && !self->plan_page_bound)
    {
      self->plan_page_bound = TRUE;
      maillage_plan_page_set_project (self->plan_page, self->project, self->module_set);
    }
}

/* Every way a page comes to show goes through the stack's visible child:
 * the sidebar, _maillage_window_select_page(), a test or an action setting
 * it by name. Building here, before the stack returns, means the page is
 * there whenever it is looked at. */
static void
content_visible_child_cb (MaillageWindow *self)
{
  GtkWidget *visible = gtk_stack_get_visible_child (self->content_stack);

  /* Gone in dispose, while the stack still changes. */
  if (self->module_entries == NULL)
    return;

  bind_core_page (self, visible);

  for (guint i = 0; i < self->module_entries->len; i++)
    {
      ModuleEntry *entry = g_ptr_array_index (self->module_entries, i);

      if (entry->page == visible)
        {
          module_entry_ensure_page (entry);
          break;
        }
    }
}

static void
remove_module_entry (MaillageWindow *self,
                     guint           position)
{
  ModuleEntry *entry = g_ptr_array_index (self->module_entries, position);
  gboolean was_visible = gtk_stack_get_visible_child (self->content_stack) == entry->page;

  gtk_list_box_remove (self->sidebar_list, entry->row);
  gtk_stack_remove (self->content_stack, entry->page);
  g_ptr_array_remove_index (self->module_entries, position);

  /* The page shown went with its plugin: fall back to the overview rather
   * than leave whatever the stack picks. */
  if (was_visible)
    _maillage_window_select_page (self, MAILLAGE_WINDOW_PAGE_OVERVIEW);
}

static void
module_set_items_changed_cb (MaillageWindow *self,
                             guint           position,
                             guint           removed,
                             guint           added,
                             GListModel     *model)
{
  /* The overview and territory rows come before the modules. */
  const guint first_module_row = 2;

  for (guint i = 0; i < removed; i++)
    remove_module_entry (self, position);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(MaillageModule) module = g_list_model_get_item (model, position + i);
      ModuleEntry *entry = module_entry_new (self, module);

      g_ptr_array_insert (self->module_entries, position + i, entry);
      gtk_list_box_insert (self->sidebar_list, entry->row, first_module_row + position + i);
      gtk_stack_add_named (self->content_stack, entry->page, entry->page_name);
      /* An empty stack shows the first child it gets. */
      if (gtk_stack_get_visible_child (self->content_stack) == entry->page)
        module_entry_ensure_page (entry);
    }
}

static void
clear_module_set (MaillageWindow *self)
{
  if (self->module_set == NULL)
    return;

  g_signal_handlers_disconnect_by_func (self->module_set, module_set_items_changed_cb, self);

  /* Pages go first: they may hold on to their module until destroyed. */
  while (self->module_entries->len > 0)
    remove_module_entry (self, self->module_entries->len - 1);

  g_clear_object (&self->module_set);
}

static GtkListBoxRow *
find_row (MaillageWindow *self,
          const char     *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) &&
          g_strcmp0 (row_get_page_name (GTK_LIST_BOX_ROW (child)), name) == 0)
        return GTK_LIST_BOX_ROW (child);
    }

  return NULL;
}

/* Shows the page called @name, or the module page of that id; returns
 * whether there was such a page. */
gboolean
_maillage_window_select_page (MaillageWindow *self,
                              const char     *name)
{
  GtkListBoxRow *row = find_row (self, name);

  if (row == NULL)
    {
      g_autofree char *module_page = g_strconcat (MAILLAGE_WINDOW_MODULE_PAGE_PREFIX, name, NULL);

      row = find_row (self, module_page);
      if (row == NULL)
        return FALSE;
    }

  gtk_list_box_select_row (self->sidebar_list, row);
  gtk_stack_set_visible_child_name (self->content_stack, row_get_page_name (row));

  return TRUE;
}

static void
sidebar_row_activated_cb (MaillageWindow *self,
                          GtkListBoxRow  *row)
{
  gtk_stack_set_visible_child_name (self->content_stack, row_get_page_name (row));
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

static void
back_clicked_cb (MaillageWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* "~/Documents/x.maillage" reads better than the full path under $HOME. */
static char *
describe_location (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  const char *home = g_get_home_dir ();
  gsize home_len = strlen (home);

  if (path == NULL)
    return g_file_get_uri (file);

  if (g_str_has_prefix (path, home) && path[home_len] == G_DIR_SEPARATOR)
    return g_strconcat ("~", path + home_len, NULL);

  return g_steal_pointer (&path);
}

void
_maillage_window_update_title (MaillageWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *basename = NULL;
  GFile *file;
  const char *name;

  if (self->project == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), "Maillage");
      return;
    }

  file = maillage_project_get_file (self->project);
  name = maillage_project_get_title (self->project);
  if ((name == NULL || *name == '\0') && file != NULL)
    name = basename = g_file_get_basename (file);
  if (name == NULL || *name == '\0')
    name = _("Untitled Project");

  if (maillage_project_get_dirty (self->project))
    title = g_strconcat ("• ", name, NULL);
  else
    title = g_strdup (name);

  subtitle = file != NULL ? describe_location (file) : g_strdup (_("Not saved yet"));

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_read_only (MaillageWindow *self)
{
  gboolean read_only = self->project != NULL && maillage_project_get_read_only (self->project);

  if (read_only)
    {
      const char *reason = maillage_project_get_read_only_reason (self->project);

      gtk_label_set_label (self->read_only_label,
                           reason != NULL ? reason : _("This project is read-only."));
    }

  gtk_revealer_set_reveal_child (self->read_only_revealer, read_only);
}

static void
project_state_changed_cb (MaillageWindow *self)
{
  _maillage_window_update_title (self);
  update_read_only (self);
  _maillage_window_update_actions (self);
}

static void
clear_project (MaillageWindow *self)
{
  if (self->territory_page_bound)
    g_object_set (self->territory_page, "project", NULL, NULL);
  maillage_overview_page_set_project (self->overview_page, NULL, NULL);
  if (self->plan_page_bound)
    maillage_plan_page_set_project (self->plan_page, NULL, NULL);
  self->territory_page_bound = FALSE;
  self->plan_page_bound = FALSE;
  if (self->preview_page != NULL)
    maillage_preview_page_set_project (MAILLAGE_PREVIEW_PAGE (self->preview_page), NULL, NULL);
  if (self->deliberation_page != NULL)
    maillage_deliberation_page_set_project (MAILLAGE_DELIBERATION_PAGE (self->deliberation_page), NULL, NULL);
  clear_module_set (self);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (self->project, project_state_changed_cb, self);
  _maillage_window_unwatch_draft (self);
  g_clear_object (&self->project);
}

/**
 * maillage_window_set_project:
 * @self: a #MaillageWindow
 * @project: (nullable): the project to show, or %NULL for the welcome page
 *
 * Shows @project, with one page per module of the active plugins, starting
 * on the overview. Unsaved changes of the previous project are dropped: ask
 * first.
 */
void
maillage_window_set_project (MaillageWindow  *self,
                             MaillageProject *project)
{
  MaillageApplication *app;

  g_return_if_fail (MAILLAGE_IS_WINDOW (self));
  g_return_if_fail (project == NULL || MAILLAGE_IS_PROJECT (project));

  if (self->project == project)
    return;

  clear_project (self);

  if (project != NULL)
    {
      app = MAILLAGE_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
      g_return_if_fail (app != NULL);

      self->project = g_object_ref (project);
      g_signal_connect_swapped (project, "notify", G_CALLBACK (project_state_changed_cb), self);
      _maillage_window_watch_draft (self);

      self->module_set = maillage_module_set_new (maillage_application_get_plugin_manager (app),
                                                  project);
      g_signal_connect_swapped (self->module_set, "items-changed",
                                G_CALLBACK (module_set_items_changed_cb), self);
      module_set_items_changed_cb (self, 0, 0,
                                   g_list_model_get_n_items (G_LIST_MODEL (self->module_set)),
                                   G_LIST_MODEL (self->module_set));

      maillage_overview_page_set_project (self->overview_page, project, self->module_set);
      maillage_preview_page_set_project (MAILLAGE_PREVIEW_PAGE (self->preview_page), project,
                                         self->module_set);
      maillage_deliberation_page_set_project (MAILLAGE_DELIBERATION_PAGE (self->deliberation_page), project,
                                              G_LIST_MODEL (self->module_set));

      /* Binds the territory or plan page if it stays shown. */
      content_visible_child_cb (self);
      _maillage_window_select_page (self, MAILLAGE_WINDOW_PAGE_OVERVIEW);
      gtk_stack_set_visible_child_name (self->main_stack, "project");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
    }

  self->close_confirmed = FALSE;
  project_state_changed_cb (self);
}

/**
 * maillage_window_get_project:
 * @self: a #MaillageWindow
 *
 * Returns: (transfer none) (nullable): the project shown, if any
 */
MaillageProject *
maillage_window_get_project (MaillageWindow *self)
{
  g_return_val_if_fail (MAILLAGE_IS_WINDOW (self), NULL);

  return self->project;
}

/**
 * maillage_window_get_module_set:
 * @self: a #MaillageWindow
 *
 * Returns: (transfer none) (nullable): the modules loaded for the project
 */
MaillageModuleSet *
maillage_window_get_module_set (MaillageWindow *self)
{
  g_return_val_if_fail (MAILLAGE_IS_WINDOW (self), NULL);

  return self->module_set;
}

/**
 * maillage_window_is_empty:
 * @self: a #MaillageWindow
 *
 * Returns: whether the window shows no project, so that opening one may
 *   reuse it rather than open another window
 */
gboolean
maillage_window_is_empty (MaillageWindow *self)
{
  g_return_val_if_fail (MAILLAGE_IS_WINDOW (self), FALSE);

  return self->project == NULL;
}

/**
 * maillage_window_get_visible_page_name:
 * @self: a #MaillageWindow
 *
 * Returns: (nullable): the name of the page shown beside the sidebar
 *   (`overview`, `territory`, `module:<id>`, `actions`), or %NULL on the
 *   welcome page
 */
const char *
maillage_window_get_visible_page_name (MaillageWindow *self)
{
  g_return_val_if_fail (MAILLAGE_IS_WINDOW (self), NULL);

  if (self->project == NULL)
    return NULL;

  return gtk_stack_get_visible_child_name (self->content_stack);
}

void
maillage_window_add_toast (MaillageWindow *self,
                           AdwToast       *toast)
{
  g_return_if_fail (MAILLAGE_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The benchmark measures the time to the first frame that shows a project:
 * it sets MAILLAGE_EXIT_AFTER_FIRST_FRAME and reads our line on stdout. */
static void
after_paint_cb (GdkFrameClock  *frame_clock,
                MaillageWindow *self)
{
  GApplication *app;

  if (self->first_frame_reported || self->project == NULL)
    return;

  self->first_frame_reported = TRUE;
  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, self);

  g_print ("maillage: first frame\n");
  fflush (stdout);

  app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  if (app != NULL)
    g_application_quit (app);
}

static void
maillage_window_realize (GtkWidget *widget)
{
  MaillageWindow *self = MAILLAGE_WINDOW (widget);

  GTK_WIDGET_CLASS (maillage_window_parent_class)->realize (widget);

  if (g_getenv ("MAILLAGE_EXIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (after_paint_cb), self, 0);
}

static gboolean
close_idle_cb (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));

  return G_SOURCE_REMOVE;
}

/* Closes the window once the dialog that asked is gone: a dialog still
 * transient for a window finalised under it would touch freed memory. */
void
_maillage_window_close_confirmed (MaillageWindow *self)
{
  self->close_confirmed = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT, close_idle_cb, g_object_ref (self), g_object_unref);
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   MaillageWindow   *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      _maillage_window_close_confirmed (self);
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      _maillage_window_save (self, TRUE);
    }
}

static gboolean
maillage_window_close_request (GtkWindow *window)
{
  MaillageWindow *self = MAILLAGE_WINDOW (window);
  AdwMessageDialog *dialog;

  if (self->close_confirmed || self->project == NULL ||
      !maillage_project_get_dirty (self->project))
    return GTK_WINDOW_CLASS (maillage_window_parent_class)->close_request (window);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Save Changes?"),
                                                       _("The project has unsaved changes. "
                                                         "Changes which are not saved will be "
                                                         "permanently lost.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "save",
                                           !maillage_project_get_read_only (self->project));
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
maillage_window_constructed (GObject *object)
{
  MaillageWindow *self = MAILLAGE_WINDOW (object);

  G_OBJECT_CLASS (maillage_window_parent_class)->constructed (object);

  /* Read the size once, then write it back as it changes: a second window
   * must not resize the first one through the settings. */
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width",
                   G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES);
  g_settings_bind (self->settings, "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES);

  project_state_changed_cb (self);
}

static void
maillage_window_dispose (GObject *object)
{
  MaillageWindow *self = MAILLAGE_WINDOW (object);

  /* The territory page is not a template child: forget it before the
   * template goes, so that a second dispose does not reach it. */
  if (self->territory_page != NULL)
    {
      clear_project (self);
      self->territory_page = NULL;
      self->preview_page = NULL;
      self->deliberation_page = NULL;
    }

  g_clear_object (&self->settings);
  g_clear_object (&self->drafts);
  g_clear_pointer (&self->module_entries, g_ptr_array_unref);
  g_clear_pointer (&self->plugin_failures, g_ptr_array_unref);
  g_clear_weak_pointer (&self->save_toast);
  g_clear_weak_pointer (&self->plugin_toast);

  gtk_widget_dispose_template (GTK_WIDGET (self), MAILLAGE_TYPE_WINDOW);

  G_OBJECT_CLASS (maillage_window_parent_class)->dispose (object);
}

static void
maillage_window_class_init (MaillageWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = maillage_window_constructed;
  object_class->dispose = maillage_window_dispose;
  widget_class->realize = maillage_window_realize;
  window_class->close_request = maillage_window_close_request;

  g_type_ensure (MAILLAGE_TYPE_WELCOME_PAGE);
  g_type_ensure (MAILLAGE_TYPE_OVERVIEW_PAGE);
  g_type_ensure (MAILLAGE_TYPE_PLAN_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/maillage-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MaillageWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MaillageWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, MaillageWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, MaillageWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MaillageWindow, sidebar_box);
  gtk_widget_class_bind_template_child (widget_class, MaillageWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, MaillageWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, MaillageWindow, overview_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageWindow, territory_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageWindow, actions_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, MaillageWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, MaillageWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, MaillageWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, MaillageWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, MaillageWindow, plan_page);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

}

static void
maillage_window_init (MaillageWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->module_entries = g_ptr_array_new_with_free_func ((GDestroyNotify) module_entry_free);
  self->plugin_failures = g_ptr_array_new_with_free_func (g_free);
  _maillage_window_init_actions (self);
  _maillage_window_init_print_actions (self);
  _maillage_window_init_export_actions (self);

  row_set_page_name (self->overview_row, MAILLAGE_WINDOW_PAGE_OVERVIEW);
  row_set_page_name (self->territory_row, MAILLAGE_WINDOW_PAGE_TERRITORY);
  row_set_page_name (self->actions_row, MAILLAGE_WINDOW_PAGE_ACTIONS);
  g_signal_connect_object (self->content_stack, "notify::visible-child",
                           G_CALLBACK (content_visible_child_cb), self, G_CONNECT_SWAPPED);

  /* The territory page is another area's widget: built here rather than in
   * the template so that the template needs no type of theirs. */
  self->territory_page = maillage_territory_page_new ();
  gtk_stack_add_named (self->content_stack, self->territory_page, MAILLAGE_WINDOW_PAGE_TERRITORY);

  /* The délibération after the plan: it adopts what the pages above
   * make. */
  self->deliberation_row = create_sidebar_row ("document-edit-symbolic", _("Deliberation"));
  row_set_page_name (GTK_LIST_BOX_ROW (self->deliberation_row), MAILLAGE_WINDOW_PAGE_DELIBERATION);
  gtk_list_box_append (self->sidebar_list, self->deliberation_row);
  self->deliberation_page = maillage_deliberation_page_new ();
  gtk_stack_add_named (self->content_stack, self->deliberation_page, MAILLAGE_WINDOW_PAGE_DELIBERATION);

  /* The print preview comes last in the sidebar: the document the pages
   * above make. */
  self->preview_row = create_sidebar_row ("document-print-preview-symbolic", _("Preview"));
  row_set_page_name (GTK_LIST_BOX_ROW (self->preview_row), MAILLAGE_WINDOW_PAGE_PREVIEW);
  gtk_list_box_append (self->sidebar_list, self->preview_row);
  self->preview_page = maillage_preview_page_new ();
  gtk_stack_add_named (self->content_stack, self->preview_page, MAILLAGE_WINDOW_PAGE_PREVIEW);

}

MaillageWindow *
maillage_window_new (MaillageApplication *application)
{
  g_return_val_if_fail (MAILLAGE_IS_APPLICATION (application), NULL);

  return g_object_new (MAILLAGE_TYPE_WINDOW,
                       "application", application,
                       NULL);
}
