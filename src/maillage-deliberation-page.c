/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-deliberation-page.c: the « Délibération » page: the object and
 * @ctes matière, the exposé, the visas, considérants and articles as
 * editable, reorderable lists with « Proposer », the voies et délais de
 * recours, the assemblies (the council of the collectivité, the conseils
 * municipaux of the member communes) each with its séance in a dialog, and
 * the button that writes the deliberation pack.
 *
 * The rows are bound to the project's MaillageDeliberation: every edit
 * goes through the model, which makes the project dirty.
 */
#define G_LOG_DOMAIN "maillage-deliberation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-assembly-dialog.h"
#include "maillage-clause-list.h"
#include "maillage-deliberation-builder.h"
#include "maillage-deliberation-defaults.h"
#include "maillage-deliberation-page.h"
#include "maillage-pack-writer.h"

struct _MaillageDeliberationPage
{
  AdwBin            parent_instance;

  MaillageProject  *project;
  GListModel       *modules;
  GPtrArray        *bindings;

  GtkWidget        *visas_list;
  GtkWidget        *considerants_list;
  GtkWidget        *articles_list;

  /* Template children */
  GtkBox           *clauses_box;
  AdwEntryRow      *object_row;
  AdwEntryRow      *matiere_code_row;
  AdwEntryRow      *matiere_name_row;
  GtkTextView      *report_view;
  GtkTextView      *appeal_view;
  GtkListBox       *assemblies_list;
  AdwActionRow     *pdfa_row;
  GtkSwitch        *pdfa_switch;
};

G_DEFINE_FINAL_TYPE (MaillageDeliberationPage, maillage_deliberation_page, ADW_TYPE_BIN)

static MaillageDeliberation *
get_deliberation (MaillageDeliberationPage *self)
{
  return self->project != NULL ? maillage_project_get_deliberation (self->project) : NULL;
}

/* « 28 janvier 2027 · Quorum atteint · adoptée » under the assembly. */
static char *
describe_assembly (MaillageAssembly *assembly)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *problem = maillage_assembly_check (assembly);
  const char *date = maillage_assembly_get_date (assembly);

  if (maillage_assembly_date_is_valid (date))
    {
      g_autoptr(GDate) day = g_date_new_dmy (g_ascii_strtoull (date + 8, NULL, 10),
                                             g_ascii_strtoull (date + 5, NULL, 10),
                                             g_ascii_strtoull (date, NULL, 10));
      g_autofree char *formatted = maillage_format_date (day);

      g_string_append (text, formatted);
    }
  else
    {
      g_string_append (text, _("Date of the session not set"));
    }

  g_string_append (text, " · ");
  if (problem != NULL)
    g_string_append (text, problem);
  else if (maillage_assembly_get_unanimous (assembly))
    g_string_append (text, _("quorum met, adopted unanimously"));
  else if (maillage_assembly_is_adopted (assembly))
    g_string_append (text, _("quorum met, adopted"));
  else
    g_string_append (text, _("quorum met, not adopted"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_assembly_row (AdwActionRow     *row,
                     MaillageAssembly *assembly)
{
  g_autofree char *title = maillage_deliberation_builder_dup_assembly_name (assembly);
  g_autofree char *subtitle = describe_assembly (assembly);
  g_autofree char *problem = maillage_assembly_check (assembly);
  GtkWidget *icon = g_object_get_data (G_OBJECT (row), "maillage-icon");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle);
  gtk_image_set_from_icon_name (GTK_IMAGE (icon),
                                problem != NULL ? "dialog-warning-symbolic" : "emblem-ok-symbolic");
  if (problem != NULL)
    gtk_widget_add_css_class (icon, "warning");
  else
    gtk_widget_remove_css_class (icon, "warning");
}

static void
undo_remove_cb (AdwToast         *toast,
                MaillageAssembly *assembly)
{
  MaillageDeliberation *deliberation = g_object_get_data (G_OBJECT (toast), "maillage-deliberation");
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toast), "maillage-position"));
  GListStore *store = G_LIST_STORE (maillage_deliberation_get_assemblies (deliberation));

  g_list_store_insert (store, MIN (position, g_list_model_get_n_items (G_LIST_MODEL (store))), assembly);
}

static void
remove_clicked_cb (GtkButton                *button,
                   MaillageDeliberationPage *self)
{
  MaillageAssembly *assembly = g_object_get_data (G_OBJECT (button), "maillage-assembly");
  MaillageDeliberation *deliberation = get_deliberation (self);
  g_autoptr(MaillageAssembly) kept = g_object_ref (assembly);
  g_autofree char *name = maillage_deliberation_builder_dup_assembly_name (assembly);
  g_autofree char *title = NULL;
  GtkWidget *overlay;
  AdwToast *toast;
  guint position = 0;

  if (deliberation == NULL)
    return;

  g_list_store_find (G_LIST_STORE (maillage_deliberation_get_assemblies (deliberation)), assembly, &position);
  maillage_deliberation_remove_assembly (deliberation, assembly);

  /* Removed at once, with a way back. */
  title = g_strdup_printf (_("“%s” removed"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "maillage-deliberation", g_object_ref (deliberation), g_object_unref);
  g_object_set_data (G_OBJECT (toast), "maillage-position", GUINT_TO_POINTER (position));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb),
                         g_steal_pointer (&kept), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static GtkWidget *
create_assembly_row (gpointer item,
                     gpointer user_data)
{
  MaillageDeliberationPage *self = user_data;
  MaillageAssembly *assembly = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  g_object_set_data (G_OBJECT (row), "maillage-icon", icon);
  g_object_set_data_full (G_OBJECT (row), "maillage-assembly", g_object_ref (assembly), g_object_unref);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data (G_OBJECT (remove), "maillage-assembly", assembly);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  update_assembly_row (ADW_ACTION_ROW (row), assembly);
  g_signal_connect_object (assembly, "changed", G_CALLBACK (update_assembly_row), row, G_CONNECT_SWAPPED);

  return row;
}

static void
added_cb (MaillageAssemblyDialog   *dialog,
          MaillageDeliberationPage *self)
{
  MaillageAssembly *assembly = g_object_get_data (G_OBJECT (dialog), "maillage-new-assembly");

  if (get_deliberation (self) != NULL)
    maillage_deliberation_add_assembly (get_deliberation (self), assembly);
}

static void
present_dialog (MaillageDeliberationPage *self,
                MaillageAssembly         *assembly,
                gboolean                  is_new)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  MaillageAssemblyDialog *dialog = maillage_assembly_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                                 assembly);

  /* A new assembly joins the délibération only when saved. */
  if (is_new)
    {
      g_object_set_data_full (G_OBJECT (dialog), "maillage-new-assembly", g_object_ref (assembly), g_object_unref);
      g_signal_connect_object (dialog, "applied", G_CALLBACK (added_cb), self, 0);
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * maillage_deliberation_page_edit:
 * @self: a #MaillageDeliberationPage
 * @assembly: one of the délibération's assemblies
 *
 * Opens the dialog of @assembly.
 */
void
maillage_deliberation_page_edit (MaillageDeliberationPage *self,
                                 MaillageAssembly         *assembly)
{
  g_return_if_fail (MAILLAGE_IS_DELIBERATION_PAGE (self));
  g_return_if_fail (MAILLAGE_IS_ASSEMBLY (assembly));

  present_dialog (self, assembly, FALSE);
}

static void
assembly_activated_cb (MaillageDeliberationPage *self,
                       GtkListBoxRow            *row)
{
  MaillageAssembly *assembly = g_object_get_data (G_OBJECT (row), "maillage-assembly");

  if (assembly != NULL)
    present_dialog (self, assembly, FALSE);
}

static MaillageAssemblyKind
council_kind (MaillageTerritoryKind kind)
{
  switch (kind)
    {
    case MAILLAGE_TERRITORY_KIND_COMMUNE:
      return MAILLAGE_ASSEMBLY_KIND_MUNICIPAL_COUNCIL;
    case MAILLAGE_TERRITORY_KIND_DEPARTEMENT:
      return MAILLAGE_ASSEMBLY_KIND_DEPARTMENTAL_COUNCIL;
    case MAILLAGE_TERRITORY_KIND_REGION:
      return MAILLAGE_ASSEMBLY_KIND_REGIONAL_COUNCIL;
    case MAILLAGE_TERRITORY_KIND_EPCI:
    default:
      return MAILLAGE_ASSEMBLY_KIND_COMMUNITY_COUNCIL;
    }
}

static void
add_council_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MaillageDeliberationPage *self = MAILLAGE_DELIBERATION_PAGE (widget);
  MaillageTerritory *territory;
  g_autoptr(MaillageAssembly) assembly = NULL;

  if (self->project == NULL)
    return;

  territory = maillage_project_get_territory (self->project);
  assembly = maillage_assembly_new (council_kind (maillage_territory_get_kind (territory)));
  g_object_set (assembly, "collectivite", maillage_territory_get_name (territory), NULL);
  present_dialog (self, assembly, TRUE);
}

static gboolean
has_municipal_council (MaillageDeliberation *deliberation,
                       const char           *collectivite)
{
  GListModel *assemblies = maillage_deliberation_get_assemblies (deliberation);

  for (guint i = 0; i < g_list_model_get_n_items (assemblies); i++)
    {
      g_autoptr(MaillageAssembly) assembly = g_list_model_get_item (assemblies, i);

      if (maillage_assembly_get_kind (assembly) == MAILLAGE_ASSEMBLY_KIND_MUNICIPAL_COUNCIL &&
          g_strcmp0 (maillage_assembly_get_collectivite (assembly), collectivite) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
add_municipal_councils_activated (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  MaillageDeliberationPage *self = MAILLAGE_DELIBERATION_PAGE (widget);
  MaillageDeliberation *deliberation = get_deliberation (self);
  GListModel *communes;

  if (deliberation == NULL)
    return;

  /* One per member commune that has none yet: asking twice adds nothing. */
  communes = maillage_territory_get_communes (maillage_project_get_territory (self->project));
  for (guint i = 0; i < g_list_model_get_n_items (communes); i++)
    {
      g_autoptr(MaillageCommune) commune = g_list_model_get_item (communes, i);
      g_autoptr(MaillageAssembly) assembly = NULL;
      /* Words of the documents, French whatever the interface. */
      /* Translators: the collectivité of a conseil municipal, « Commune de Sorneval » */
      g_autofree char *collectivite = g_strdup_printf (F_("Commune of %s"), maillage_commune_get_name (commune));

      if (has_municipal_council (deliberation, collectivite))
        continue;

      assembly = maillage_assembly_new (MAILLAGE_ASSEMBLY_KIND_MUNICIPAL_COUNCIL);
      g_object_set (assembly, "name", F_("Municipal council"), "collectivite", collectivite, NULL);
      maillage_deliberation_add_assembly (deliberation, assembly);
    }
}

static void
propose_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MaillageDeliberationPage *self = MAILLAGE_DELIBERATION_PAGE (widget);

  if (self->project != NULL)
    maillage_deliberation_fill_defaults (get_deliberation (self), self->project, self->modules);
}

/* « Proposer » on a list adds the suggestions it lacks: nothing the user
 * wrote is lost. */
static void
propose_clauses_cb (MaillageClauseList       *list,
                    MaillageDeliberationPage *self)
{
  g_auto(GStrv) suggestions = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char * const *items = maillage_clause_list_get_items (list);
  g_auto(GStrv) merged = NULL;

  if (self->project == NULL)
    return;

  if (GTK_WIDGET (list) == self->visas_list)
    suggestions = maillage_deliberation_suggest_visas (self->project);
  else if (GTK_WIDGET (list) == self->considerants_list)
    suggestions = maillage_deliberation_suggest_considerants (self->project, self->modules);
  else
    suggestions = maillage_deliberation_suggest_articles (self->project);

  for (guint i = 0; items[i] != NULL; i++)
    if (*items[i] != '\0')
      g_strv_builder_add (builder, items[i]);
  for (guint i = 0; suggestions[i] != NULL; i++)
    if (!g_strv_contains (items, suggestions[i]))
      g_strv_builder_add (builder, suggestions[i]);

  merged = g_strv_builder_end (builder);
  maillage_clause_list_set_items (list, (const char * const *) merged);
}

static void
unbind (MaillageDeliberationPage *self)
{
  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->bindings, i));
  g_ptr_array_set_size (self->bindings, 0);
  gtk_list_box_bind_model (self->assemblies_list, NULL, NULL, NULL, NULL);
}

static void
bind (MaillageDeliberationPage *self,
      const char               *property,
      gpointer                  target,
      const char               *target_property)
{
  GBinding *binding = g_object_bind_property (get_deliberation (self), property, target, target_property,
                                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  /* The binding goes with either end; keep a reference to unbind it. */
  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

/**
 * maillage_deliberation_page_set_project:
 * @self: a #MaillageDeliberationPage
 * @project: (nullable): the project shown
 * @modules: (nullable): its active modules, for the suggestions
 */
void
maillage_deliberation_page_set_project (MaillageDeliberationPage *self,
                                        MaillageProject          *project,
                                        GListModel               *modules)
{
  g_return_if_fail (MAILLAGE_IS_DELIBERATION_PAGE (self));

  unbind (self);
  g_set_object (&self->project, project);
  g_set_object (&self->modules, modules);

  if (project == NULL)
    return;

  bind (self, "object", self->object_row, "text");
  bind (self, "matiere-code", self->matiere_code_row, "text");
  bind (self, "matiere-name", self->matiere_name_row, "text");
  bind (self, "report", gtk_text_view_get_buffer (self->report_view), "text");
  bind (self, "appeal", gtk_text_view_get_buffer (self->appeal_view), "text");
  bind (self, "visas", self->visas_list, "items");
  bind (self, "considerants", self->considerants_list, "items");
  bind (self, "articles", self->articles_list, "items");

  gtk_list_box_bind_model (self->assemblies_list,
                           maillage_deliberation_get_assemblies (get_deliberation (self)),
                           create_assembly_row, self, NULL);
}

/**
 * maillage_deliberation_page_get_pdfa:
 * @self: a #MaillageDeliberationPage
 *
 * Returns: whether the user asked for PDF/A files in the pack
 */
gboolean
maillage_deliberation_page_get_pdfa (MaillageDeliberationPage *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DELIBERATION_PAGE (self), FALSE);

  return gtk_widget_get_sensitive (GTK_WIDGET (self->pdfa_row)) && gtk_switch_get_active (self->pdfa_switch);
}

static void
maillage_deliberation_page_dispose (GObject *object)
{
  MaillageDeliberationPage *self = MAILLAGE_DELIBERATION_PAGE (object);

  if (self->bindings != NULL)
    unbind (self);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_object (&self->project);
  g_clear_object (&self->modules);

  gtk_widget_dispose_template (GTK_WIDGET (self), MAILLAGE_TYPE_DELIBERATION_PAGE);

  G_OBJECT_CLASS (maillage_deliberation_page_parent_class)->dispose (object);
}

static void
maillage_deliberation_page_class_init (MaillageDeliberationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = maillage_deliberation_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/maillage-deliberation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MaillageDeliberationPage, clauses_box);
  gtk_widget_class_bind_template_child (widget_class, MaillageDeliberationPage, object_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageDeliberationPage, matiere_code_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageDeliberationPage, matiere_name_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageDeliberationPage, report_view);
  gtk_widget_class_bind_template_child (widget_class, MaillageDeliberationPage, appeal_view);
  gtk_widget_class_bind_template_child (widget_class, MaillageDeliberationPage, assemblies_list);
  gtk_widget_class_bind_template_child (widget_class, MaillageDeliberationPage, pdfa_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageDeliberationPage, pdfa_switch);
  gtk_widget_class_bind_template_callback (widget_class, assembly_activated_cb);

  gtk_widget_class_install_action (widget_class, "deliberation.propose", NULL, propose_activated);
  gtk_widget_class_install_action (widget_class, "deliberation.add-council", NULL, add_council_activated);
  gtk_widget_class_install_action (widget_class, "deliberation.add-municipal-councils", NULL,
                                   add_municipal_councils_activated);
}

static GtkWidget *
add_clause_list (MaillageDeliberationPage *self,
                 const char               *title,
                 const char               *description,
                 const char               *item_title)
{
  GtkWidget *list = maillage_clause_list_new (title, description, item_title);

  g_signal_connect_object (list, "propose", G_CALLBACK (propose_clauses_cb), self, 0);
  gtk_box_append (self->clauses_box, list);

  return list;
}

static void
maillage_deliberation_page_init (MaillageDeliberationPage *self)
{
  g_autofree char *soffice = maillage_pack_writer_find_soffice ();
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);

  self->visas_list = add_clause_list (self, _("Visas"),
                                      _("The texts the deliberation rests on, each written after “Vu”."),
                                      _("Visa"));
  self->considerants_list = add_clause_list (self, _("Considerations"),
                                             _("The reasons for the decision, each written after “Considérant”."),
                                             _("Consideration"));
  self->articles_list = add_clause_list (self, _("Articles"),
                                         _("What the assembly decides, numbered in this order."),
                                         _("Article"));
  /* Translators: the first article of a deliberation, « Article 1er » */
  maillage_clause_list_set_first_title (MAILLAGE_CLAUSE_LIST (self->articles_list), _("Article 1st"));

  placeholder = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (placeholder), _("No assembly yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (placeholder),
                               _("Add the council that adopts the strategy, then the member communes’ if they vote too."));
  gtk_list_box_set_placeholder (self->assemblies_list, placeholder);

  /* PDF/A comes from LibreOffice: without it the option says why. */
  if (soffice == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->pdfa_row), FALSE);
      adw_action_row_set_subtitle (self->pdfa_row,
                                   _("Needs LibreOffice, which is not installed: the PDF files are plain PDF."));
    }
  else
    {
      adw_action_row_set_subtitle (self->pdfa_row,
                                   _("Converted from the ODT files by LibreOffice; slower."));
    }
}

GtkWidget *
maillage_deliberation_page_new (void)
{
  return g_object_new (MAILLAGE_TYPE_DELIBERATION_PAGE, NULL);
}
