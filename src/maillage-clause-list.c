/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-clause-list.c: an editable, reorderable list of clauses (the
 * visas, the considérants or the articles of the délibération): one entry
 * row per clause, with buttons to move it up or down and to remove it, and
 * in the group's header « Proposer » (the page fills in suggestions) and
 * « Ajouter ». The list is the `items` property: the page binds it to the
 * délibération, so every edit goes through the model.
 */
#define G_LOG_DOMAIN "maillage-clause-list"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-clause-list.h"

struct _MaillageClauseList
{
  AdwPreferencesGroup  parent_instance;

  char                *item_title;
  char                *first_title;  /* the first row's, if numbered apart */
  GStrv                items;
  GPtrArray           *rows;
  GtkWidget           *empty_row;
};

G_DEFINE_FINAL_TYPE (MaillageClauseList, maillage_clause_list, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_ITEMS,
  N_PROPS
};

enum {
  PROPOSE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void rebuild_rows (MaillageClauseList *self);

/* The user changed the rows: the items follow, and the page hears it. */
static void
store_items (MaillageClauseList *self,
             GStrv               items)
{
  g_strfreev (self->items);
  self->items = items;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEMS]);
}

static GStrv
collect_rows (MaillageClauseList *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->rows->len; i++)
    g_strv_builder_add (builder, gtk_editable_get_text (GTK_EDITABLE (g_ptr_array_index (self->rows, i))));

  return g_strv_builder_end (builder);
}

static void
row_changed_cb (MaillageClauseList *self)
{
  /* The row keeps the focus: the items change, the rows stay. */
  store_items (self, collect_rows (self));
}

static guint
row_index (MaillageClauseList *self,
           GtkWidget          *button)
{
  GtkWidget *row = gtk_widget_get_ancestor (button, ADW_TYPE_ENTRY_ROW);
  guint index = 0;

  g_ptr_array_find (self->rows, row, &index);
  return index;
}

static void
move (MaillageClauseList *self,
      guint               from,
      int                 delta)
{
  GStrv items = collect_rows (self);
  guint n = g_strv_length (items);
  int to = (int) from + delta;
  char *moved;

  if (from >= n || to < 0 || to >= (int) n)
    {
      g_strfreev (items);
      return;
    }

  moved = items[from];
  items[from] = items[to];
  items[to] = moved;
  store_items (self, items);
  rebuild_rows (self);
  gtk_widget_grab_focus (g_ptr_array_index (self->rows, to));
}

static void
up_clicked_cb (GtkButton          *button,
               MaillageClauseList *self)
{
  move (self, row_index (self, GTK_WIDGET (button)), -1);
}

static void
down_clicked_cb (GtkButton          *button,
                 MaillageClauseList *self)
{
  move (self, row_index (self, GTK_WIDGET (button)), +1);
}

static void
remove_clicked_cb (GtkButton          *button,
                   MaillageClauseList *self)
{
  guint index = row_index (self, GTK_WIDGET (button));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) items = collect_rows (self);

  for (guint i = 0; items[i] != NULL; i++)
    if (i != index)
      g_strv_builder_add (builder, items[i]);

  store_items (self, g_strv_builder_end (builder));
  rebuild_rows (self);
}

static void
add_clicked_cb (MaillageClauseList *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) items = collect_rows (self);

  g_strv_builder_addv (builder, (const char **) items);
  g_strv_builder_add (builder, "");
  store_items (self, g_strv_builder_end (builder));
  rebuild_rows (self);
  gtk_widget_grab_focus (g_ptr_array_index (self->rows, self->rows->len - 1));
}

static void
propose_clicked_cb (MaillageClauseList *self)
{
  g_signal_emit (self, signals[PROPOSE], 0);
}

static GtkWidget *
new_icon_button (const char *icon_name,
                 const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

static GtkWidget *
new_row (MaillageClauseList *self,
         guint               index,
         guint               n_items)
{
  GtkWidget *row = adw_entry_row_new ();
  g_autofree char *title = index == 0 && self->first_title != NULL
                           ? g_strdup (self->first_title)
                           : g_strdup_printf ("%s %u", self->item_title, index + 1);
  GtkWidget *up = new_icon_button ("go-up-symbolic", _("Move Up"));
  GtkWidget *down = new_icon_button ("go-down-symbolic", _("Move Down"));
  GtkWidget *remove = new_icon_button ("user-trash-symbolic", _("Remove"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), self->items[index]);
  gtk_widget_set_sensitive (up, index > 0);
  gtk_widget_set_sensitive (down, index + 1 < n_items);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), up);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), down);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);

  g_signal_connect_object (up, "clicked", G_CALLBACK (up_clicked_cb), self, 0);
  g_signal_connect_object (down, "clicked", G_CALLBACK (down_clicked_cb), self, 0);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  g_signal_connect_object (row, "changed", G_CALLBACK (row_changed_cb), self, G_CONNECT_SWAPPED);

  return row;
}

static void
rebuild_rows (MaillageClauseList *self)
{
  guint n_items = g_strv_length (self->items);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < n_items; i++)
    {
      GtkWidget *row = new_row (self, i, n_items);

      g_ptr_array_add (self->rows, row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
    }

  gtk_widget_set_visible (self->empty_row, n_items == 0);
}

static void
maillage_clause_list_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MaillageClauseList *self = MAILLAGE_CLAUSE_LIST (object);

  if (prop_id == PROP_ITEMS)
    g_value_set_boxed (value, self->items);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
maillage_clause_list_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MaillageClauseList *self = MAILLAGE_CLAUSE_LIST (object);

  if (prop_id == PROP_ITEMS)
    maillage_clause_list_set_items (self, g_value_get_boxed (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
maillage_clause_list_finalize (GObject *object)
{
  MaillageClauseList *self = MAILLAGE_CLAUSE_LIST (object);

  g_free (self->item_title);
  g_free (self->first_title);
  g_strfreev (self->items);
  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (maillage_clause_list_parent_class)->finalize (object);
}

static void
maillage_clause_list_class_init (MaillageClauseListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = maillage_clause_list_finalize;
  object_class->get_property = maillage_clause_list_get_property;
  object_class->set_property = maillage_clause_list_set_property;

  /**
   * MaillageClauseList:items:
   *
   * The clauses, in order.
   */
  properties[PROP_ITEMS] =
    g_param_spec_boxed ("items", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MaillageClauseList::propose:
   *
   * The user asked for suggestions.
   */
  signals[PROPOSE] =
    g_signal_new ("propose",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
maillage_clause_list_init (MaillageClauseList *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *propose = gtk_button_new_with_mnemonic (_("_Propose"));
  GtkWidget *add = new_icon_button ("list-add-symbolic", _("Add"));

  self->items = g_new0 (char *, 1);
  self->rows = g_ptr_array_new ();

  gtk_widget_set_tooltip_text (propose, _("Add the suggestions drawn from the project that are missing"));
  gtk_widget_add_css_class (propose, "flat");
  gtk_widget_set_valign (propose, GTK_ALIGN_CENTER);
  g_signal_connect_object (propose, "clicked", G_CALLBACK (propose_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (add, "clicked", G_CALLBACK (add_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), propose);
  gtk_box_append (GTK_BOX (box), add);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), box);

  self->empty_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row), _("None yet"));
  gtk_widget_add_css_class (self->empty_row, "dim-label");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->empty_row);
}

/**
 * maillage_clause_list_new:
 * @title: the group's title, « Visas »
 * @description: (nullable): what the clauses are
 * @item_title: the title of each row, numbered after it: « Visa »
 *
 * Returns: (transfer floating): a new, empty list
 */
GtkWidget *
maillage_clause_list_new (const char *title,
                          const char *description,
                          const char *item_title)
{
  MaillageClauseList *self = g_object_new (MAILLAGE_TYPE_CLAUSE_LIST,
                                           "title", title,
                                           "description", description,
                                           NULL);

  self->item_title = g_strdup (item_title);

  return GTK_WIDGET (self);
}

const char * const *
maillage_clause_list_get_items (MaillageClauseList *self)
{
  g_return_val_if_fail (MAILLAGE_IS_CLAUSE_LIST (self), NULL);

  return (const char * const *) self->items;
}

/**
 * maillage_clause_list_set_items:
 * @self: a #MaillageClauseList
 * @items: (nullable) (array zero-terminated=1): the clauses
 *
 * Shows @items; the rows are made again only if they differ, so that an
 * edit echoed back by the model does not take the focus away.
 */
void
maillage_clause_list_set_items (MaillageClauseList *self,
                                const char * const *items)
{
  static const char * const empty[] = { NULL };

  g_return_if_fail (MAILLAGE_IS_CLAUSE_LIST (self));

  if (items == NULL)
    items = empty;
  if (g_strv_equal ((const char * const *) self->items, items))
    return;

  g_strfreev (self->items);
  self->items = g_strdupv ((char **) items);
  rebuild_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEMS]);
}

guint
maillage_clause_list_get_n_rows (MaillageClauseList *self)
{
  g_return_val_if_fail (MAILLAGE_IS_CLAUSE_LIST (self), 0);

  return self->rows->len;
}

/**
 * maillage_clause_list_set_first_title:
 * @self: a #MaillageClauseList
 * @first_title: the title of the first row
 *
 * Gives the first row a title of its own: an article of a délibération
 * is « Article 1er », then « Article 2 ».
 */
void
maillage_clause_list_set_first_title (MaillageClauseList *self,
                                      const char         *first_title)
{
  g_return_if_fail (MAILLAGE_IS_CLAUSE_LIST (self));

  g_free (self->first_title);
  self->first_title = g_strdup (first_title);
}
