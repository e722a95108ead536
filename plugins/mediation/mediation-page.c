/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-page.c: the editor of the Médiation numérique module, in three
 * views: the places (a list filtered by commune, by service and by name,
 * sorted by any column, import and export), the coverage of the territory
 * (its map, and the communes without a place), and the strategy (its text,
 * the publics it aims at, the national programmes). This file holds the
 * page and its list; the other views and the import have files of their
 * own (see mediation-page-private.h).
 *
 * The list is a GtkColumnView over the module's GListStore, through a
 * GtkFilterListModel and a GtkSortListModel that the column headers drive:
 * only the rows on screen have widgets, so 5,000 places scroll as smoothly
 * as 25. Its cells come from GtkSignalListItemFactory, light and quick to
 * bind, and ask for their tooltips only when one is shown (see
 * label_query_tooltip_cb()).
 */
#define G_LOG_DOMAIN "mediation-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mediation-lieu-dialog.h"
#include "mediation-page-private.h"

G_DEFINE_DYNAMIC_TYPE_EXTENDED (MediationPage, mediation_page, ADW_TYPE_BIN, G_TYPE_FLAG_FINAL, {})

enum {
  PROP_0,
  PROP_MODULE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
selected_string (GtkDropDown *dropdown)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (dropdown);

  /* The first choice of each is “all”. */
  if (item == NULL || gtk_drop_down_get_selected (dropdown) == 0)
    return NULL;
  return gtk_string_object_get_string (item);
}

static gboolean
filter_lieu (gpointer item,
             gpointer user_data)
{
  MediationPage *self = user_data;
  MediationLieu *lieu = item;
  const char *commune = selected_string (self->commune_dropdown);
  const char *service = selected_string (self->service_dropdown);

  if (commune != NULL && g_strcmp0 (mediation_lieu_get_commune (lieu), commune) != 0)
    return FALSE;
  if (service != NULL && !mediation_lieu_has_list_value (lieu, MEDIATION_FIELD_SERVICES, service))
    return FALSE;

  if (self->search_key != NULL)
    {
      g_autofree char *name = g_utf8_casefold (mediation_lieu_get_nom (lieu), -1);

      return strstr (name, self->search_key) != NULL;
    }

  return TRUE;
}

static void
update_count (MediationPage *self)
{
  GListModel *lieux = mediation_module_get_lieux (self->module);
  guint n = g_list_model_get_n_items (lieux);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint invalid = 0;
  g_autofree char *total_text = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MediationLieu) lieu = g_list_model_get_item (lieux, i);

      if (mediation_lieu_count_problems (lieu) > 0)
        invalid++;
    }

  total_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u place", "%u places", n), n);
  if (invalid > 0)
    {
      g_autofree char *invalid_text = NULL;

      invalid_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%u does not follow the schema (marked ⚠)",
                                                   "%u do not follow the schema (marked ⚠)",
                                                   invalid),
                                      invalid);
      /* Translators: “25 places, 3 do not follow the schema” */
      text = g_strdup_printf (_("%s, %s"), total_text, invalid_text);
    }
  else
    {
      text = g_steal_pointer (&total_text);
    }

  if (shown != n)
    {
      g_autofree char *with_shown = NULL;

      /* Translators: “25 places — 4 shown” */
      with_shown = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s — %u shown", "%s — %u shown", shown),
                                    text, shown);
      g_free (text);
      text = g_steal_pointer (&with_shown);
    }

  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
}

static void
filter_changed_cb (MediationPage *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->refilling || self->filter == NULL)
    return;

  g_clear_pointer (&self->search_key, g_free);
  if (*query != '\0')
    self->search_key = g_utf8_casefold (query, -1);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* The commune filter offers the communes the places name, sorted. */
static void
refill_communes (MediationPage *self)
{
  GListModel *lieux = mediation_module_get_lieux (self->module);
  g_autofree char *selected = g_strdup (selected_string (self->commune_dropdown));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (lieux);
  guint position = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MediationLieu) lieu = g_list_model_get_item (lieux, i);
      const char *commune = mediation_lieu_get_commune (lieu);

      /* The store keeps the lieu, and so the string, alive. */
      if (*commune != '\0' && g_hash_table_add (seen, (gpointer) commune))
        g_ptr_array_add (names, (gpointer) commune);
    }
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_insert (names, 0, (gpointer) _("All communes"));
  g_ptr_array_add (names, NULL);

  self->refilling = TRUE;
  gtk_string_list_splice (self->communes, 0, g_list_model_get_n_items (G_LIST_MODEL (self->communes)),
                          (const char * const *) names->pdata);
  for (guint i = 1; selected != NULL && i + 1 < names->len; i++)
    if (g_strcmp0 (g_ptr_array_index (names, i), selected) == 0)
      position = i;
  gtk_drop_down_set_selected (self->commune_dropdown, position);
  self->refilling = FALSE;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
lieux_changed_cb (GListModel    *lieux,
                  guint          position,
                  guint          removed,
                  guint          added,
                  MediationPage *self)
{
  refill_communes (self);
  update_count (self);
  _mediation_page_update_dispositifs (self);
}

static void
coverage_changed_cb (MediationModule *module,
                     MediationPage   *self)
{
  _mediation_page_update_coverage (self);
}

static void
remove_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MediationPage *self = MEDIATION_PAGE (widget);
  GtkSelectionModel *selection = gtk_column_view_get_model (self->column_view);
  MediationLieu *lieu = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (selection));

  if (lieu != NULL)
    mediation_module_remove_lieu (self->module, lieu);
}

/* Adding and editing share one dialog, modal: it applies its change to
 * the module itself, which makes the project dirty. */
static void
open_lieu_dialog (MediationPage *self,
                  MediationLieu *lieu)
{
  MediationLieuDialog *dialog = mediation_lieu_dialog_new (self->module, lieu);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_lieu_dialog (MEDIATION_PAGE (widget), NULL);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MediationPage *self = MEDIATION_PAGE (widget);
  GtkSelectionModel *selection = gtk_column_view_get_model (self->column_view);
  MediationLieu *lieu = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (selection));

  if (lieu != NULL)
    open_lieu_dialog (self, lieu);
}

static void
row_activated_cb (GtkColumnView *column_view,
                  guint          position,
                  MediationPage *self)
{
  g_autoptr(MediationLieu) lieu = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  if (lieu != NULL)
    open_lieu_dialog (self, lieu);
}

static void
selection_changed_cb (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      MediationPage      *self)
{
  gboolean selected = gtk_single_selection_get_selected_item (selection) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mediation.remove", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mediation.edit", selected);
}

/* A cell of text: the value of a string property of the place. */
static void
sync_text_cell (GtkListItem *item)
{
  MediationLieu *lieu = gtk_list_item_get_item (item);
  const char *property = g_object_get_data (G_OBJECT (item), "mediation-property");
  g_autofree char *text = NULL;

  g_object_get (lieu, property, &text, NULL);
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

/* The warning sign of a place that breaks the schema. */
static void
sync_status_cell (GtkListItem *item)
{
  MediationLieu *lieu = gtk_list_item_get_item (item);

  gtk_widget_set_visible (gtk_list_item_get_child (item), mediation_lieu_count_problems (lieu) > 0);
}

/* Tooltips are asked for when shown rather than set on each cell:
 * gtk_widget_set_tooltip_text() asks the display server where the pointer
 * is, which on X11 made every filter change wait a third of a second. */
static gboolean
label_query_tooltip_cb (GtkLabel   *label,
                        int         x,
                        int         y,
                        gboolean    keyboard,
                        GtkTooltip *tooltip,
                        gpointer    user_data)
{
  const char *text = gtk_label_get_text (label);

  if (*text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static gboolean
status_query_tooltip_cb (GtkWidget   *image,
                         int          x,
                         int          y,
                         gboolean     keyboard,
                         GtkTooltip  *tooltip,
                         GtkListItem *item)
{
  MediationLieu *lieu = gtk_list_item_get_item (item);

  if (lieu == NULL || mediation_lieu_get_problem (lieu) == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, mediation_lieu_get_problem (lieu));
  return TRUE;
}

static void
lieu_notify_cb (MediationLieu *lieu,
                GParamSpec    *pspec,
                GtkListItem   *item)
{
  if (g_object_get_data (G_OBJECT (item), "mediation-property") != NULL)
    sync_text_cell (item);
  else
    sync_status_cell (item);
}

static void
text_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               const char               *property)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (g_object_get_data (G_OBJECT (factory), "mediation-numeric") != NULL)
    gtk_widget_add_css_class (label, "numeric");
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (label_query_tooltip_cb), NULL);
  g_object_set_data (G_OBJECT (item), "mediation-property", (gpointer) property);
  gtk_list_item_set_child (item, label);
}

static void
status_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *image = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_add_css_class (image, "warning");
  gtk_widget_set_has_tooltip (image, TRUE);
  g_signal_connect (image, "query-tooltip", G_CALLBACK (status_query_tooltip_cb), item);
  gtk_list_item_set_child (item, image);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  MediationLieu *lieu = gtk_list_item_get_item (item);

  lieu_notify_cb (lieu, NULL, item);
  g_signal_connect_object (lieu, "notify", G_CALLBACK (lieu_notify_cb), item, 0);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), lieu_notify_cb, item);
}

static void
set_factory (GtkColumnViewColumn *column,
             const char          *property,
             gboolean             numeric)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  if (property != NULL)
    {
      g_object_set_data (G_OBJECT (factory), "mediation-numeric", GINT_TO_POINTER (numeric));
      g_signal_connect (factory, "setup", G_CALLBACK (text_setup_cb), (gpointer) property);
    }
  else
    {
      g_signal_connect (factory, "setup", G_CALLBACK (status_setup_cb), NULL);
    }
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), NULL);
  gtk_column_view_column_set_factory (column, factory);
}

static void
setup_columns (MediationPage *self)
{
  set_factory (self->status_column, NULL, FALSE);
  set_factory (self->nom_column, "nom", FALSE);
  set_factory (self->commune_column, "commune", FALSE);
  set_factory (self->code_postal_column, "code-postal", TRUE);
  set_factory (self->services_column, "services-label", FALSE);
  set_factory (self->dispositifs_column, "dispositifs-label", FALSE);
  set_factory (self->date_maj_column, "date-maj", TRUE);
}

static void
setup_list (MediationPage *self)
{
  GListModel *lieux = mediation_module_get_lieux (self->module);
  const char * const *services = mediation_schema_vocabulary (MEDIATION_FIELD_SERVICES);
  g_autoptr(GtkStringList) service_choices = gtk_string_list_new (NULL);
  GtkSingleSelection *selection;
  GtkSorter *sorter;

  setup_columns (self);

  gtk_string_list_append (service_choices, _("All services"));
  for (guint i = 0; services[i] != NULL; i++)
    gtk_string_list_append (service_choices, services[i]);
  gtk_drop_down_set_model (self->service_dropdown, G_LIST_MODEL (service_choices));

  self->communes = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->commune_dropdown, G_LIST_MODEL (self->communes));

  self->filter = gtk_custom_filter_new (filter_lieu, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (lieux), g_object_ref (GTK_FILTER (self->filter)));
  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (sorter));

  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self, 0);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mediation.remove", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mediation.edit", FALSE);
  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (row_activated_cb), self, 0);

  self->lieux_changed_id = g_signal_connect (lieux, "items-changed", G_CALLBACK (lieux_changed_cb), self);
  refill_communes (self);
  update_count (self);
}

static void
mediation_page_constructed (GObject *object)
{
  MediationPage *self = MEDIATION_PAGE (object);

  G_OBJECT_CLASS (mediation_page_parent_class)->constructed (object);

  g_return_if_fail (self->module != NULL);

  setup_list (self);
  _mediation_page_init_strategy (self);
  self->coverage_changed_id = g_signal_connect (self->module, "coverage-changed",
                                                G_CALLBACK (coverage_changed_cb), self);
  _mediation_page_update_coverage (self);
}

static void
mediation_page_dispose (GObject *object)
{
  MediationPage *self = MEDIATION_PAGE (object);

  if (self->module != NULL)
    {
      g_clear_signal_handler (&self->lieux_changed_id, mediation_module_get_lieux (self->module));
      g_clear_signal_handler (&self->coverage_changed_id, self->module);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), MEDIATION_TYPE_PAGE);

  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->communes);
  g_clear_object (&self->module);
  g_clear_pointer (&self->search_key, g_free);
  g_clear_pointer (&self->dispositif_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (mediation_page_parent_class)->dispose (object);
}

static void
mediation_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MediationPage *self = MEDIATION_PAGE (object);

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
mediation_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MediationPage *self = MEDIATION_PAGE (object);

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
mediation_page_class_init (MediationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mediation_page_constructed;
  object_class->dispose = mediation_page_dispose;
  object_class->get_property = mediation_page_get_property;
  object_class->set_property = mediation_page_set_property;

  properties[PROP_MODULE] =
    g_param_spec_object ("module", NULL, NULL, MEDIATION_TYPE_MODULE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The sorters' expressions look the type up by name. */
  g_type_ensure (MEDIATION_TYPE_LIEU);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/mediation/mediation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MediationPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, commune_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, service_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, nom_column);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, commune_column);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, code_postal_column);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, services_column);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, dispositifs_column);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, date_maj_column);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, coverage_group);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, uncovered_list);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, map_stack);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, map_bin);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, strategy_view);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, publics_group);
  gtk_widget_class_bind_template_child (widget_class, MediationPage, dispositifs_group);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "mediation.remove", NULL, remove_activated);
  gtk_widget_class_install_action (widget_class, "mediation.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "mediation.edit", NULL, edit_activated);
  _mediation_page_class_init_import (widget_class);
}

static void
mediation_page_class_finalize (MediationPageClass *klass)
{
}

static void
mediation_page_init (MediationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
mediation_page_new (MediationModule *module)
{
  g_return_val_if_fail (MEDIATION_IS_MODULE (module), NULL);

  return g_object_new (MEDIATION_TYPE_PAGE, "module", module, NULL);
}

/**
 * mediation_page_get_view_model:
 *
 * Returns: (transfer none): the places as the list shows them: filtered
 *   and sorted
 */
GListModel *
mediation_page_get_view_model (MediationPage *self)
{
  g_return_val_if_fail (MEDIATION_IS_PAGE (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

void
mediation_page_register (GTypeModule *module)
{
  mediation_page_register_type (module);
}
