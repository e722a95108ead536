/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-territory-page.c: the core's own page: the collectivité's name,
 * kind, SIREN and département, and its member communes in a column view
 * that scrolls through a thousand of them (rows are recycled), sorted by
 * the column headers and filtered by a search entry. The actions on the
 * communes are in maillage-territory-page-actions.c, the CSV import in
 * maillage-territory-page-import.c.
 */
#define G_LOG_DOMAIN "maillage-territory-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "maillage-territory-page-private.h"

G_DEFINE_FINAL_TYPE (MaillageTerritoryPage, maillage_territory_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What a commune is matched on: lower case, without accents, hyphens and
 * apostrophes as spaces, so that "saint etienne" finds Saint-Étienne. */
static char *
fold_for_search (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  GString *folded = g_string_sized_new (strlen (text));

  for (const char *p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (c == '-' || c == '\'' || c == 0x2019)
        c = ' ';
      g_string_append_unichar (folded, g_unichar_tolower (c));
    }

  return g_string_free (folded, FALSE);
}

static gboolean
commune_matches (gpointer item,
                 gpointer user_data)
{
  MaillageTerritoryPage *self = user_data;
  MaillageCommune *commune = item;
  g_autofree char *insee = NULL;
  g_autofree char *name = NULL;

  if (self->search_key == NULL)
    return TRUE;

  insee = fold_for_search (maillage_commune_get_insee (commune));
  if (strstr (insee, self->search_key) != NULL)
    return TRUE;

  name = fold_for_search (maillage_commune_get_name (commune));
  return strstr (name, self->search_key) != NULL;
}

static char *
format_population (gpointer unused,
                   guint    population)
{
  return maillage_format_integer (population);
}

static MaillageCommune *
get_selected_commune (MaillageTerritoryPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (MaillageTerritoryPage *self)
{
  gboolean has_territory = self->territory != NULL;
  gboolean has_selection = has_territory && get_selected_commune (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "territory.add", has_territory);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "territory.import", has_territory);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "territory.edit", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "territory.remove", has_selection);
}

static void
update_list_page (MaillageTerritoryPage *self)
{
  guint n_communes = 0;
  const char *page = "list";

  if (self->territory != NULL)
    n_communes = g_list_model_get_n_items (maillage_territory_get_communes (self->territory));

  if (n_communes == 0)
    page = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    page = "no-match";

  gtk_stack_set_visible_child_name (self->list_stack, page);
}

static void
update_summary (MaillageTerritoryPage *self)
{
  g_autofree char *description = NULL;

  if (self->territory != NULL)
    {
      guint n_communes = g_list_model_get_n_items (maillage_territory_get_communes (self->territory));
      guint64 population = maillage_territory_get_population (self->territory);
      g_autofree char *count_text = maillage_format_integer (n_communes);
      g_autofree char *population_text = maillage_format_integer ((gint64) MIN (population, G_MAXINT64));
      g_autofree char *communes = NULL;
      g_autofree char *inhabitants = NULL;

      communes = g_strdup_printf (ngettext ("%s commune", "%s communes", n_communes),
                                  count_text);
      inhabitants = g_strdup_printf (ngettext ("%s inhabitant", "%s inhabitants",
                                                  (gulong) MIN (population, G_MAXULONG)),
                                     population_text);
      /* Translators: the number of communes, then their total population */
      description = g_strdup_printf (_("%s · %s"), communes, inhabitants);
    }

  adw_preferences_group_set_description (self->communes_group, description);
  update_list_page (self);
}

/* SIRENs are often written in groups: "243 900 529". */
static char *
normalize_siren (const char *text)
{
  GString *siren = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != ' ' && c != 0x00A0 && c != 0x202F)
        g_string_append_unichar (siren, c);
    }

  return g_string_free (siren, FALSE);
}

static char *
normalize_departement (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  return g_ascii_strup (stripped, -1);
}

static gboolean
departement_is_valid (const char *code)
{
  gsize length = strlen (code);

  if (length == 2 && code[0] == '2' && (code[1] == 'A' || code[1] == 'B'))
    return TRUE;
  if (length < 2 || length > 3)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (code[i]))
      return FALSE;

  return TRUE;
}

static void
set_row_error (AdwEntryRow *row,
               const char  *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), message);
}

/* Checks the SIREN and département rows; marks the invalid ones and says
 * why under the group. Invalid values never reach the model. */
static void
update_identity_errors (MaillageTerritoryPage *self,
                        gboolean              *siren_valid,
                        gboolean              *departement_valid)
{
  g_autofree char *siren = normalize_siren (gtk_editable_get_text (GTK_EDITABLE (self->siren_row)));
  g_autofree char *departement = normalize_departement (gtk_editable_get_text (GTK_EDITABLE (self->departement_row)));
  const char *siren_error = NULL;
  const char *departement_error = NULL;
  g_autofree char *message = NULL;

  if (*siren != '\0' && !maillage_territory_siren_is_valid (siren))
    siren_error = _("A SIREN number has exactly 9 digits.");
  if (*departement != '\0' && !departement_is_valid (departement))
    departement_error = _("A department code has 2 or 3 digits, or is 2A or 2B.");

  set_row_error (self->siren_row, siren_error);
  set_row_error (self->departement_row, departement_error);

  if (siren_error != NULL && departement_error != NULL)
    message = g_strconcat (siren_error, " ", departement_error, NULL);
  else
    message = g_strdup (siren_error != NULL ? siren_error : departement_error);

  gtk_label_set_text (self->identity_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->identity_error_label), message != NULL);

  if (siren_valid != NULL)
    *siren_valid = siren_error == NULL;
  if (departement_valid != NULL)
    *departement_valid = departement_error == NULL;
}

static void
name_row_changed_cb (MaillageTerritoryPage *self)
{
  if (self->syncing || self->territory == NULL)
    return;

  maillage_territory_set_name (self->territory, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
}

static void
siren_row_changed_cb (MaillageTerritoryPage *self)
{
  g_autofree char *siren = normalize_siren (gtk_editable_get_text (GTK_EDITABLE (self->siren_row)));
  gboolean valid;

  update_identity_errors (self, &valid, NULL);
  if (self->syncing || self->territory == NULL || !valid)
    return;

  maillage_territory_set_siren (self->territory, siren);
}

static void
departement_row_changed_cb (MaillageTerritoryPage *self)
{
  g_autofree char *departement = normalize_departement (gtk_editable_get_text (GTK_EDITABLE (self->departement_row)));
  gboolean valid;

  update_identity_errors (self, NULL, &valid);
  if (self->syncing || self->territory == NULL || !valid)
    return;

  maillage_territory_set_departement (self->territory, departement);
}

static void
kind_row_selected_cb (MaillageTerritoryPage *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  if (self->syncing || self->territory == NULL || selected > MAILLAGE_TERRITORY_KIND_REGION)
    return;

  maillage_territory_set_kind (self->territory, (MaillageTerritoryKind) selected);
}

/* Copies @value into @row unless the row already says it (perhaps written
 * differently: "243 900 529" for 243900529), so typing is not disturbed. */
static void
sync_row (MaillageTerritoryPage *self,
          AdwEntryRow           *row,
          const char            *value,
          char                *(*normalize) (const char *))
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *normalized = normalize != NULL ? normalize (text) : g_strdup (text);

  if (g_strcmp0 (normalized, value) == 0)
    return;

  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (row), value);
  self->syncing = FALSE;
}

static void
sync_identity (MaillageTerritoryPage *self)
{
  MaillageTerritory *territory = self->territory;

  sync_row (self, self->name_row, territory ? maillage_territory_get_name (territory) : "", NULL);
  sync_row (self, self->siren_row, territory ? maillage_territory_get_siren (territory) : "",
            normalize_siren);
  sync_row (self, self->departement_row,
            territory ? maillage_territory_get_departement (territory) : "",
            normalize_departement);

  self->syncing = TRUE;
  adw_combo_row_set_selected (self->kind_row,
                              territory ? maillage_territory_get_kind (territory)
                                        : MAILLAGE_TERRITORY_KIND_EPCI);
  self->syncing = FALSE;

  update_identity_errors (self, NULL, NULL);
}

static void
search_changed_cb (MaillageTerritoryPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *key = fold_for_search (text);

  g_strstrip (key);
  g_clear_pointer (&self->search_key, g_free);
  if (*key != '\0')
    self->search_key = g_steal_pointer (&key);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_list_page (self);
}

static void
column_view_activate_cb (MaillageTerritoryPage *self,
                         guint                  position)
{
  g_autoptr(MaillageCommune) commune = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  if (commune != NULL && self->territory != NULL)
    _maillage_territory_page_open_commune_dialog (self, commune);
}

/* Binding */

static void
territory_changed_cb (MaillageTerritoryPage *self)
{
  update_summary (self);
}

static void
territory_notify_cb (MaillageTerritoryPage *self)
{
  sync_identity (self);
}

static void
selection_changed_cb (MaillageTerritoryPage *self)
{
  update_actions (self);
}

static void
filter_items_changed_cb (MaillageTerritoryPage *self)
{
  update_list_page (self);
}

static void
bind_territory (MaillageTerritoryPage *self)
{
  MaillageTerritory *territory = self->project ? maillage_project_get_territory (self->project) : NULL;

  g_set_object (&self->territory, territory);
  g_signal_group_set_target (self->territory_signals, territory);

  gtk_filter_list_model_set_model (self->filter_model,
                                   territory ? maillage_territory_get_communes (territory) : NULL);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  gtk_widget_set_sensitive (GTK_WIDGET (self), territory != NULL);
  sync_identity (self);
  update_summary (self);
  update_actions (self);
}

/**
 * maillage_territory_page_get_project:
 * @self: a #MaillageTerritoryPage
 *
 * Returns: (transfer none) (nullable): the project shown
 */
MaillageProject *
maillage_territory_page_get_project (MaillageTerritoryPage *self)
{
  g_return_val_if_fail (MAILLAGE_IS_TERRITORY_PAGE (self), NULL);

  return self->project;
}

/**
 * maillage_territory_page_set_project:
 * @self: a #MaillageTerritoryPage
 * @project: (nullable): the project to show and edit
 *
 * Shows the territory of @project, or an empty, insensitive page.
 */
void
maillage_territory_page_set_project (MaillageTerritoryPage *self,
                                     MaillageProject       *project)
{
  g_return_if_fail (MAILLAGE_IS_TERRITORY_PAGE (self));
  g_return_if_fail (project == NULL || MAILLAGE_IS_PROJECT (project));

  if (!g_set_object (&self->project, project))
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  bind_territory (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

GtkWidget *
maillage_territory_page_new (void)
{
  return g_object_new (MAILLAGE_TYPE_TERRITORY_PAGE, NULL);
}

static void
maillage_territory_page_dispose (GObject *object)
{
  MaillageTerritoryPage *self = MAILLAGE_TERRITORY_PAGE (object);

  if (self->territory_signals != NULL)
    g_signal_group_set_target (self->territory_signals, NULL);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), MAILLAGE_TYPE_TERRITORY_PAGE);

  g_clear_object (&self->territory_signals);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->territory);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (maillage_territory_page_parent_class)->dispose (object);
}

static void
maillage_territory_page_finalize (GObject *object)
{
  MaillageTerritoryPage *self = MAILLAGE_TERRITORY_PAGE (object);

  g_free (self->search_key);

  G_OBJECT_CLASS (maillage_territory_page_parent_class)->finalize (object);
}

static void
maillage_territory_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  MaillageTerritoryPage *self = MAILLAGE_TERRITORY_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_territory_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  MaillageTerritoryPage *self = MAILLAGE_TERRITORY_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      maillage_territory_page_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_territory_page_class_init (MaillageTerritoryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = maillage_territory_page_dispose;
  object_class->finalize = maillage_territory_page_finalize;
  object_class->get_property = maillage_territory_page_get_property;
  object_class->set_property = maillage_territory_page_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         MAILLAGE_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The list item templates name the commune type before any commune exists. */
  g_type_ensure (MAILLAGE_TYPE_COMMUNE);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/maillage-territory-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MaillageTerritoryPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageTerritoryPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageTerritoryPage, siren_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageTerritoryPage, departement_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageTerritoryPage, identity_error_label);
  gtk_widget_class_bind_template_child (widget_class, MaillageTerritoryPage, communes_group);
  gtk_widget_class_bind_template_child (widget_class, MaillageTerritoryPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MaillageTerritoryPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MaillageTerritoryPage, column_view);
  gtk_widget_class_bind_template_callback (widget_class, name_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, siren_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, departement_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_population);

  _maillage_territory_page_install_actions (widget_class);
}

static void
maillage_territory_page_init (MaillageTerritoryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (commune_matches, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (filter_items_changed_cb),
                           self, G_CONNECT_SWAPPED);

  self->territory_signals = g_signal_group_new (MAILLAGE_TYPE_TERRITORY);
  g_signal_group_connect_swapped (self->territory_signals, "changed",
                                  G_CALLBACK (territory_changed_cb), self);
  g_signal_group_connect_swapped (self->territory_signals, "notify::name",
                                  G_CALLBACK (territory_notify_cb), self);
  g_signal_group_connect_swapped (self->territory_signals, "notify::kind",
                                  G_CALLBACK (territory_notify_cb), self);
  g_signal_group_connect_swapped (self->territory_signals, "notify::siren",
                                  G_CALLBACK (territory_notify_cb), self);
  g_signal_group_connect_swapped (self->territory_signals, "notify::departement",
                                  G_CALLBACK (territory_notify_cb), self);

  bind_territory (self);
}
