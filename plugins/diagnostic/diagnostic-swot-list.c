/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-swot-list.c: one list of the SWOT (forces, faiblesses,
 * opportunités or menaces) as rows the user edits in place, moves up and
 * down, removes, and adds to from an entry below.
 */
#define G_LOG_DOMAIN "diagnostic-swot-list"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "diagnostic-swot-list.h"

struct _DiagnosticSwotList
{
  AdwBin               parent_instance;

  GtkStringList       *list;
  char                *title;
  char                *placeholder;

  /* Template children */
  AdwPreferencesGroup *group;
  GtkListBox          *list_box;
  AdwEntryRow         *add_row;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (DiagnosticSwotList, diagnostic_swot_list, ADW_TYPE_BIN,
                                G_TYPE_FLAG_FINAL, {})

enum {
  PROP_0,
  PROP_TITLE,
  PROP_PLACEHOLDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
row_position (GtkWidget *button)
{
  GtkWidget *row = gtk_widget_get_ancestor (button, GTK_TYPE_LIST_BOX_ROW);

  return (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
}

static void
move_up_cb (DiagnosticSwotList *self,
            GtkButton          *button)
{
  diagnostic_swot_list_move (self, row_position (GTK_WIDGET (button)), -1);
}

static void
move_down_cb (DiagnosticSwotList *self,
              GtkButton          *button)
{
  diagnostic_swot_list_move (self, row_position (GTK_WIDGET (button)), 1);
}

static void
remove_cb (DiagnosticSwotList *self,
           GtkButton          *button)
{
  gtk_string_list_remove (self->list, row_position (GTK_WIDGET (button)));
}

/* An edited item is stored when the user applies it; emptied, it goes. */
static void
row_apply_cb (DiagnosticSwotList *self,
              AdwEntryRow        *row)
{
  guint position = (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  const char *items[] = { text, NULL };

  if (*text == '\0')
    gtk_string_list_remove (self->list, position);
  else if (g_strcmp0 (text, gtk_string_list_get_string (self->list, position)) != 0)
    gtk_string_list_splice (self->list, position, 1, items);
}

static GtkWidget *
add_button (GtkWidget  *row,
            const char *icon_name,
            const char *tooltip,
            GCallback   callback,
            gpointer    self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_object (button, "clicked", callback, self, G_CONNECT_SWAPPED);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);

  return button;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DiagnosticSwotList *self = user_data;
  GtkWidget *row = adw_entry_row_new ();

  gtk_editable_set_text (GTK_EDITABLE (row), gtk_string_object_get_string (item));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect_object (row, "apply", G_CALLBACK (row_apply_cb), self, G_CONNECT_SWAPPED);

  add_button (row, "go-up-symbolic", _("Move up"), G_CALLBACK (move_up_cb), self);
  add_button (row, "go-down-symbolic", _("Move down"), G_CALLBACK (move_down_cb), self);
  add_button (row, "user-trash-symbolic", _("Remove"), G_CALLBACK (remove_cb), self);

  return row;
}

/* An empty boxed list would still draw its frame. */
static void
update_visibility (DiagnosticSwotList *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->list_box),
                          self->list != NULL &&
                          g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0);
}

static void
add_row_apply_cb (DiagnosticSwotList *self,
                  AdwEntryRow        *row)
{
  diagnostic_swot_list_add (self, gtk_editable_get_text (GTK_EDITABLE (row)));
  gtk_editable_set_text (GTK_EDITABLE (row), "");
}

static void
diagnostic_swot_list_dispose (GObject *object)
{
  DiagnosticSwotList *self = DIAGNOSTIC_SWOT_LIST (object);

  /* The bin's child is a template child too: unparented by the bin
   * first, or gtk_widget_dispose_template() leaves the bin a dangling
   * pointer to it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DIAGNOSTIC_TYPE_SWOT_LIST);
  g_clear_object (&self->list);

  G_OBJECT_CLASS (diagnostic_swot_list_parent_class)->dispose (object);
}

static void
diagnostic_swot_list_finalize (GObject *object)
{
  DiagnosticSwotList *self = DIAGNOSTIC_SWOT_LIST (object);

  g_free (self->title);
  g_free (self->placeholder);

  G_OBJECT_CLASS (diagnostic_swot_list_parent_class)->finalize (object);
}

static void
diagnostic_swot_list_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DiagnosticSwotList *self = DIAGNOSTIC_SWOT_LIST (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, adw_preferences_group_get_title (self->group));
      break;

    case PROP_PLACEHOLDER:
      g_value_set_string (value, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->add_row)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diagnostic_swot_list_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DiagnosticSwotList *self = DIAGNOSTIC_SWOT_LIST (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      adw_preferences_group_set_title (self->group, g_value_get_string (value));
      break;

    case PROP_PLACEHOLDER:
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_row), g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diagnostic_swot_list_class_init (DiagnosticSwotListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = diagnostic_swot_list_dispose;
  object_class->finalize = diagnostic_swot_list_finalize;
  object_class->get_property = diagnostic_swot_list_get_property;
  object_class->set_property = diagnostic_swot_list_set_property;

  /* The group's title, and the title of the entry that adds an item. */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_PLACEHOLDER] = g_param_spec_string ("placeholder", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/diagnostic/"
                                               "diagnostic-swot-list.ui");
  gtk_widget_class_bind_template_child (widget_class, DiagnosticSwotList, group);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticSwotList, list_box);
  gtk_widget_class_bind_template_child (widget_class, DiagnosticSwotList, add_row);
  gtk_widget_class_bind_template_callback (widget_class, add_row_apply_cb);
}

static void
diagnostic_swot_list_class_finalize (DiagnosticSwotListClass *klass)
{
}

static void
diagnostic_swot_list_init (DiagnosticSwotList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkStringList *
diagnostic_swot_list_get_list (DiagnosticSwotList *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_SWOT_LIST (self), NULL);

  return self->list;
}

/* Shows and edits @list, one of the module's four. */
void
diagnostic_swot_list_set_list (DiagnosticSwotList *self,
                               GtkStringList      *list)
{
  g_return_if_fail (DIAGNOSTIC_IS_SWOT_LIST (self));
  g_return_if_fail (list == NULL || GTK_IS_STRING_LIST (list));

  if (self->list == list)
    return;

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_func (self->list, update_visibility, self);
  g_set_object (&self->list, list);

  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (list), create_row, self, NULL);
  if (list != NULL)
    g_signal_connect_object (list, "items-changed", G_CALLBACK (update_visibility), self,
                             G_CONNECT_SWAPPED);
  update_visibility (self);
}

/* Adds @text at the end, unless it is blank. */
void
diagnostic_swot_list_add (DiagnosticSwotList *self,
                          const char         *text)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (DIAGNOSTIC_IS_SWOT_LIST (self));
  g_return_if_fail (self->list != NULL);

  stripped = g_strstrip (g_strdup (text));
  if (*stripped != '\0')
    gtk_string_list_append (self->list, stripped);
}

/* Moves the item at @position by @offset (-1 up, 1 down), in one change. */
void
diagnostic_swot_list_move (DiagnosticSwotList *self,
                           guint               position,
                           int                 offset)
{
  g_autofree char *upper = NULL;
  g_autofree char *lower = NULL;
  guint first;
  guint n;

  g_return_if_fail (DIAGNOSTIC_IS_SWOT_LIST (self));
  g_return_if_fail (self->list != NULL);
  g_return_if_fail (offset == -1 || offset == 1);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  if (position >= n || (offset < 0 && position == 0) || (offset > 0 && position + 1 >= n))
    return;

  /* Copies: the list frees the strings the splice replaces. */
  first = offset < 0 ? position - 1 : position;
  upper = g_strdup (gtk_string_list_get_string (self->list, first + 1));
  lower = g_strdup (gtk_string_list_get_string (self->list, first));
  gtk_string_list_splice (self->list, first, 2, (const char * const[]) { upper, lower, NULL });
}

void
diagnostic_swot_list_register_types (GTypeModule *module)
{
  diagnostic_swot_list_register_type (module);
}
