/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-welcome-page.c: what a window shows before a project is open:
 * new, open, the demo, the projects a crash left unsaved, and the projects
 * opened lately.
 */
#define G_LOG_DOMAIN "maillage-welcome-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "maillage-application.h"
#include "maillage-welcome-page.h"

#define PROJECT_MIME_TYPE "application/x-maillage-project"
#define MAX_RECENT        5

struct _MaillageWelcomePage
{
  AdwBin            parent_instance;

  GtkRecentManager *recent_manager;
  /* The application's, found once the page is in a window. */
  MaillageDrafts   *drafts;

  /* Template children */
  AdwPreferencesGroup *drafts_group;
  GtkListBox          *drafts_list;
  AdwPreferencesGroup *recent_group;
  GtkListBox          *recent_list;
};

G_DEFINE_FINAL_TYPE (MaillageWelcomePage, maillage_welcome_page, ADW_TYPE_BIN)

static gboolean
is_project (GtkRecentInfo *info)
{
  return (g_strcmp0 (gtk_recent_info_get_mime_type (info), PROJECT_MIME_TYPE) == 0 ||
          gtk_recent_info_has_application (info, "maillage")) &&
         gtk_recent_info_exists (info);
}

static int
compare_by_modified (gconstpointer a,
                     gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;

  /* Most recent first */
  return g_date_time_compare (gtk_recent_info_get_modified (info_b),
                              gtk_recent_info_get_modified (info_a));
}

static GtkWidget *
create_recent_row (GtkRecentInfo *info)
{
  const char *uri = gtk_recent_info_get_uri (info);
  g_autofree char *location = gtk_recent_info_get_uri_display (info);
  g_autofree char *title = NULL;
  const char *display_name = gtk_recent_info_get_display_name (info);
  GtkWidget *row = adw_action_row_new ();

  if (g_str_has_suffix (display_name, ".maillage"))
    title = g_strndup (display_name, strlen (display_name) - strlen (".maillage"));
  else
    title = g_strdup (display_name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), location != NULL ? location : uri);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "app.open-file");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", uri);

  return row;
}

static void
update_recent (MaillageWelcomePage *self)
{
  GList *items = gtk_recent_manager_get_items (self->recent_manager);
  g_autoptr(GPtrArray) projects = g_ptr_array_new ();
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (GList *l = items; l != NULL; l = l->next)
    {
      if (is_project (l->data))
        g_ptr_array_add (projects, l->data);
    }
  g_ptr_array_sort (projects, compare_by_modified);

  for (guint i = 0; i < projects->len && i < MAX_RECENT; i++)
    gtk_list_box_append (self->recent_list, create_recent_row (g_ptr_array_index (projects, i)));

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), projects->len > 0);

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static char *
describe_draft (MaillageDraft *draft)
{
  GFile *original = maillage_draft_get_original (draft);
  g_autoptr(GDateTime) saved = g_date_time_to_local (maillage_draft_get_saved (draft));
  g_autofree char *location = NULL;
  g_autofree char *date = g_date_time_format (saved, "%x");
  g_autofree char *hour = g_date_time_format (saved, "%H:%M");
  g_autofree char *when = NULL;

  if (original != NULL)
    location = g_file_get_parse_name (original);
  else
    location = g_strdup (_("New project, never saved"));

  /* Translators: the date, then the time, of the last autosave */
  when = g_strdup_printf (_("Autosaved on %s at %s"), date, hour);

  return g_strconcat (location, "\n", when, NULL);
}

static GtkWidget *
create_draft_row (MaillageDraft *draft)
{
  const char *id = maillage_draft_get_id (draft);
  g_autofree char *name = maillage_draft_dup_name (draft);
  g_autofree char *description = describe_draft (draft);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *recover;
  GtkWidget *discard;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);

  recover = gtk_button_new_with_label (_("Recover"));
  gtk_widget_set_valign (recover, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (recover), "win.recover-draft");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (recover), "s", id);

  discard = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (discard, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (discard, _("Discard Changes"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (discard),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Discard Changes"),
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (discard), "win.discard-draft");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (discard), "s", id);
  gtk_widget_add_css_class (discard, "flat");

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), recover);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), discard);

  return row;
}

static void
update_drafts (MaillageWelcomePage *self)
{
  g_autoptr(GPtrArray) orphans = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->drafts_list))) != NULL)
    gtk_list_box_remove (self->drafts_list, child);

  if (self->drafts != NULL)
    orphans = maillage_drafts_list_orphans (self->drafts);

  for (guint i = 0; orphans != NULL && i < orphans->len; i++)
    gtk_list_box_append (self->drafts_list, create_draft_row (g_ptr_array_index (orphans, i)));

  gtk_widget_set_visible (GTK_WIDGET (self->drafts_group), orphans != NULL && orphans->len > 0);
}

static void
maillage_welcome_page_map (GtkWidget *widget)
{
  MaillageWelcomePage *self = MAILLAGE_WELCOME_PAGE (widget);

  GTK_WIDGET_CLASS (maillage_welcome_page_parent_class)->map (widget);

  if (self->drafts == NULL)
    {
      GtkRoot *root = gtk_widget_get_root (widget);
      GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;

      if (MAILLAGE_IS_APPLICATION (app))
        {
          self->drafts = g_object_ref (maillage_application_get_drafts (MAILLAGE_APPLICATION (app)));
          g_signal_connect_swapped (self->drafts, "orphans-changed", G_CALLBACK (update_drafts), self);
        }
    }

  /* Drafts come and go while the page is hidden (a project closed, another
   * instance gone): they are read afresh each time it is shown. */
  update_drafts (self);
}

static void
maillage_welcome_page_dispose (GObject *object)
{
  MaillageWelcomePage *self = MAILLAGE_WELCOME_PAGE (object);

  if (self->drafts != NULL)
    g_signal_handlers_disconnect_by_func (self->drafts, update_drafts, self);
  g_clear_object (&self->drafts);

  if (self->recent_manager != NULL)
    g_signal_handlers_disconnect_by_func (self->recent_manager, update_recent, self);
  self->recent_manager = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), MAILLAGE_TYPE_WELCOME_PAGE);

  G_OBJECT_CLASS (maillage_welcome_page_parent_class)->dispose (object);
}

static void
maillage_welcome_page_class_init (MaillageWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = maillage_welcome_page_dispose;
  widget_class->map = maillage_welcome_page_map;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/maillage-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MaillageWelcomePage, drafts_group);
  gtk_widget_class_bind_template_child (widget_class, MaillageWelcomePage, drafts_list);
  gtk_widget_class_bind_template_child (widget_class, MaillageWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, MaillageWelcomePage, recent_list);
}

static void
maillage_welcome_page_init (MaillageWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The default manager lives as long as the process: no reference. */
  self->recent_manager = gtk_recent_manager_get_default ();
  g_signal_connect_swapped (self->recent_manager, "changed", G_CALLBACK (update_recent), self);
  update_recent (self);
}

GtkWidget *
maillage_welcome_page_new (void)
{
  return g_object_new (MAILLAGE_TYPE_WELCOME_PAGE, NULL);
}
