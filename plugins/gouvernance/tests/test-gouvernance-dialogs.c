/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-gouvernance-dialogs.c: the dialogs of the Gouvernance page, in a
 * plain window: each refuses what is wrong with a message and leaves the
 * module as it was, adds or replaces in one change when right, and
 * changes nothing when closed; and the page itself, its lists following
 * the module and its fields editing it.
 */
#define G_LOG_DOMAIN "test-gouvernance-dialogs"

#include "config.h"

#include <string.h>

#include "gouvernance-body-dialog.h"
#include "gouvernance-coordinator-dialog.h"
#include "gouvernance-council-dialog.h"
#include "gouvernance-member-dialog.h"
#include "gouvernance-page.h"
#include "gouvernance-session-dialog.h"
#include "gouvernance-test-utils.h"

static const char demo_json[] =
  "{\"version\": 1, \"echelon\": \"epci\", \"perimeter\": \"Trois communes\","
  " \"bodies\": [{\"name\": \"Comité stratégique\", \"kind\": \"strategique\", \"frequency\": \"semestrielle\","
  "   \"members\": [{\"name\": \"Claire Fontaine\", \"role\": \"présidente\"}]}],"
  " \"members\": [{\"name\": \"Arlenans-le-Bief\", \"kind\": \"commune\", \"siren\": \"213908015\","
  "   \"roles\": [\"coporteur\"]}, {\"name\": \"Fibre & Co\", \"kind\": \"entreprise\", \"siren\": \"12345\"}],"
  " \"councils\": [{\"name\": \"CLN du plateau\", \"status\": \"installe\", \"communes\": [\"39899\"]}],"
  " \"training\": {\"sessions\": [{\"date\": \"2027-02-01\", \"audience\": \"elus\", \"topic\": \"Cybersécurité\"}]}}";

static GtkWidget *
named (GtkWidget  *dialog,
       const char *name)
{
  GtkWidget *widget = gouvernance_test_find_named (dialog, name);

  if (widget == NULL)
    g_error ("no widget named “%s”", name);
  return widget;
}

static void
type (GtkWidget  *dialog,
      const char *name,
      const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, name)), text);
}

/* The message under the form, or NULL when it is hidden. */
static const char *
error_text (GtkWidget *dialog)
{
  GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (adw_window_get_content (ADW_WINDOW (dialog))));

  for (GtkWidget *child = page; child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "error"))
      return gtk_widget_get_visible (child) ? gtk_label_get_text (GTK_LABEL (child)) : NULL;

  g_error ("no error label");
  return NULL;
}

static guint
n_items (GouvernanceModule *module,
         GouvernanceList    list)
{
  return g_list_model_get_n_items (gouvernance_module_get_list (module, list));
}

static gpointer
item_at (GouvernanceModule *module,
         GouvernanceList    list,
         guint              position)
{
  g_autoptr(GObject) item = g_list_model_get_item (gouvernance_module_get_list (module, list), position);

  return item;
}

static void
test_member_dialog (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, NULL);
  GtkWidget *dialog = gouvernance_member_dialog_new (NULL, module, NULL);
  GouvernanceMember *member;

  g_object_ref_sink (dialog);
  gtk_window_present (GTK_WINDOW (dialog));

  /* Nothing typed: a name is asked for. */
  g_assert_false (gouvernance_member_dialog_save (GOUVERNANCE_MEMBER_DIALOG (dialog)));
  g_assert_cmpstr (error_text (dialog), ==, "Give the member a name.");
  g_assert_true (gtk_widget_has_css_class (named (dialog, "name"), "error"));

  /* A SIRET with a wrong key: red as typed, refused with its reason. */
  type (dialog, "name", "  Bréviaux-sur-Sorne ");
  type (dialog, "siren", "213 908 288 00012");
  g_assert_true (gtk_widget_has_css_class (named (dialog, "siren"), "error"));
  g_assert_false (gouvernance_member_dialog_save (GOUVERNANCE_MEMBER_DIALOG (dialog)));
  g_assert_nonnull (strstr (error_text (dialog), "“213 908 288 00012” is not a valid SIRET number"));
  g_assert_cmpuint (n_items (module, GOUVERNANCE_LIST_MEMBERS), ==, 0);
  g_assert_cmpuint (gouvernance_test_count_changes (module), ==, 0);

  type (dialog, "siren", "213 908 288 00011");
  g_assert_false (gtk_widget_has_css_class (named (dialog, "siren"), "error"));
  gtk_switch_set_active (GTK_SWITCH (named (dialog, "role-coporteur")), TRUE);
  gtk_switch_set_active (GTK_SWITCH (named (dialog, "role-observateur")), TRUE);
  g_assert_true (gouvernance_member_dialog_save (GOUVERNANCE_MEMBER_DIALOG (dialog)));

  g_assert_cmpuint (gouvernance_test_count_changes (module), ==, 1);
  member = item_at (module, GOUVERNANCE_LIST_MEMBERS, 0);
  g_assert_cmpstr (gouvernance_member_get_name (member), ==, "Bréviaux-sur-Sorne");
  g_assert_cmpstr (gouvernance_member_get_siren (member), ==, "21390828800011");
  g_assert_cmpint (gouvernance_member_get_kind (member), ==, GOUVERNANCE_MEMBER_COMMUNE);
  g_assert_cmpuint (gouvernance_member_get_roles (member), ==, GOUVERNANCE_ROLE_COPORTEUR | GOUVERNANCE_ROLE_OBSERVATEUR);
  g_object_unref (dialog);

  /* Edited: the member in its place; closed without saving: nothing. */
  dialog = g_object_ref_sink (gouvernance_member_dialog_new (NULL, module, member));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (dialog, "siren"))), ==, "21390828800011");
  type (dialog, "siren", "");
  adw_combo_row_set_selected (ADW_COMBO_ROW (named (dialog, "kind")), GOUVERNANCE_MEMBER_EPCI);
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_cmpuint (gouvernance_test_count_changes (module), ==, 1);
  g_object_unref (dialog);

  dialog = g_object_ref_sink (gouvernance_member_dialog_new (NULL, module, member));
  type (dialog, "siren", "");
  g_assert_true (gouvernance_member_dialog_save (GOUVERNANCE_MEMBER_DIALOG (dialog)));
  g_assert_cmpuint (gouvernance_test_count_changes (module), ==, 2);
  g_assert_cmpuint (n_items (module, GOUVERNANCE_LIST_MEMBERS), ==, 1);
  g_assert_cmpstr (gouvernance_member_get_siren (item_at (module, GOUVERNANCE_LIST_MEMBERS, 0)), ==, "");
  g_object_unref (dialog);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static void
test_body_dialog (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, demo_json);
  GouvernanceBody *body = item_at (module, GOUVERNANCE_LIST_BODIES, 0);
  GtkWidget *dialog = g_object_ref_sink (gouvernance_body_dialog_new (NULL, module, body));
  GtkWidget *list;
  GtkWidget *row;
  GouvernanceBody *saved;

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (dialog, "participant-name"))), ==, "Claire Fontaine");

  /* A role without a name, and a date that is not one. */
  gouvernance_body_dialog_add_participant (GOUVERNANCE_BODY_DIALOG (dialog), "", "secrétaire");
  gouvernance_body_dialog_add_participant (GOUVERNANCE_BODY_DIALOG (dialog), NULL, NULL);
  type (dialog, "next-meeting", "31/02/2027");
  g_assert_false (gouvernance_body_dialog_save (GOUVERNANCE_BODY_DIALOG (dialog)));
  g_assert_cmpstr (error_text (dialog), ==, "Next meeting: “31/02/2027” is not a date: write it as 15/03/2027.");
  g_assert_true (gtk_widget_has_css_class (named (dialog, "next-meeting"), "error"));

  type (dialog, "next-meeting", "15/03/2027");
  g_assert_false (gouvernance_body_dialog_save (GOUVERNANCE_BODY_DIALOG (dialog)));
  g_assert_cmpstr (error_text (dialog), ==, "A member of the body has a role but no name.");
  g_assert_cmpuint (gouvernance_test_count_changes (module), ==, 0);

  /* The second line gets a name; the third, blank, is no member. */
  list = gtk_widget_get_parent (gtk_widget_get_ancestor (named (dialog, "participant-name"), GTK_TYPE_LIST_BOX_ROW));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));
  type (row, "participant-name", "Marc Vidal");
  g_assert_true (gouvernance_body_dialog_save (GOUVERNANCE_BODY_DIALOG (dialog)));

  g_assert_cmpuint (gouvernance_test_count_changes (module), ==, 1);
  g_assert_cmpuint (n_items (module, GOUVERNANCE_LIST_BODIES), ==, 1);
  saved = item_at (module, GOUVERNANCE_LIST_BODIES, 0);
  g_assert_true (saved != body);
  g_assert_cmpstr (gouvernance_body_get_next_meeting (saved), ==, "2027-03-15");
  g_assert_cmpuint (gouvernance_body_get_n_participants (saved), ==, 2);
  g_assert_cmpstr (gouvernance_body_get_participant (saved, 1)->name, ==, "Marc Vidal");
  g_assert_cmpstr (gouvernance_body_get_participant (saved, 1)->role, ==, "secrétaire");
  g_object_unref (dialog);

  /* Saved unchanged: no change. */
  dialog = g_object_ref_sink (gouvernance_body_dialog_new (NULL, module, saved));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (dialog, "next-meeting"))), ==, "15/03/2027");
  g_assert_true (gouvernance_body_dialog_save (GOUVERNANCE_BODY_DIALOG (dialog)));
  g_assert_cmpuint (gouvernance_test_count_changes (module), ==, 1);
  g_object_unref (dialog);

  /* Added: at the end, of the kind chosen. */
  dialog = g_object_ref_sink (gouvernance_body_dialog_new (NULL, module, NULL));
  type (dialog, "name", "Comité consultatif des usagers");
  adw_combo_row_set_selected (ADW_COMBO_ROW (named (dialog, "kind")), GOUVERNANCE_BODY_CONSULTATIVE);
  g_assert_true (gouvernance_body_dialog_save (GOUVERNANCE_BODY_DIALOG (dialog)));
  g_assert_cmpint (gouvernance_body_get_kind (item_at (module, GOUVERNANCE_LIST_BODIES, 1)), ==,
                   GOUVERNANCE_BODY_CONSULTATIVE);
  g_object_unref (dialog);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static void
test_coordinator_dialog (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, NULL);
  GtkWidget *dialog = g_object_ref_sink (gouvernance_coordinator_dialog_new (NULL, module));

  g_assert_cmpuint (gouvernance_test_count_changes (module), ==, 0);
  type (dialog, "function", "Chargée de mission");
  g_assert_false (gouvernance_coordinator_dialog_save (GOUVERNANCE_COORDINATOR_DIALOG (dialog)));
  g_assert_nonnull (strstr (error_text (dialog), "Give the coordinator’s name"));

  type (dialog, "name", "Inès Garnier");
  type (dialog, "email", "ines.garnier@valdesorne");
  g_assert_false (gouvernance_coordinator_dialog_save (GOUVERNANCE_COORDINATOR_DIALOG (dialog)));
  g_assert_cmpstr (error_text (dialog), ==,
                   "“ines.garnier@valdesorne” is not an email address: it should look like name@example.org.");
  g_assert_false (gouvernance_module_has_coordinator (module));

  type (dialog, "email", " ines.garnier@valdesorne.example ");
  g_assert_true (gouvernance_coordinator_dialog_save (GOUVERNANCE_COORDINATOR_DIALOG (dialog)));
  g_assert_cmpstr (gouvernance_module_get_coordinator (module, GOUVERNANCE_COORDINATOR_EMAIL), ==,
                   "ines.garnier@valdesorne.example");
  g_assert_cmpuint (gouvernance_test_count_changes (module), ==, 1);
  g_object_unref (dialog);

  /* Every field emptied: no coordinator. */
  dialog = g_object_ref_sink (gouvernance_coordinator_dialog_new (NULL, module));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (dialog, "name"))), ==, "Inès Garnier");
  type (dialog, "name", "");
  type (dialog, "function", "");
  type (dialog, "email", "");
  g_assert_true (gouvernance_coordinator_dialog_save (GOUVERNANCE_COORDINATOR_DIALOG (dialog)));
  g_assert_false (gouvernance_module_has_coordinator (module));
  g_object_unref (dialog);

  g_assert_true (gouvernance_email_is_valid ("a.b@c.fr"));
  g_assert_false (gouvernance_email_is_valid ("a@b@c.fr"));
  g_assert_false (gouvernance_email_is_valid ("@c.fr"));
  g_assert_false (gouvernance_email_is_valid ("a@.fr"));
  g_assert_false (gouvernance_email_is_valid ("a@c."));
  g_assert_false (gouvernance_email_is_valid ("a b@c.fr"));

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static void
test_council_dialog (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, demo_json);
  GouvernanceCouncil *council = item_at (module, GOUVERNANCE_LIST_COUNCILS, 0);
  GtkWidget *dialog = g_object_ref_sink (gouvernance_council_dialog_new (NULL, module, council));
  GouvernanceCouncilDialog *self = GOUVERNANCE_COUNCIL_DIALOG (dialog);
  const char *expected[] = { TEST_INSEE_B, "39899", NULL };

  /* A code the territory does not know keeps its box, ticked. */
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (gouvernance_council_dialog_get_check (self, "39899"))));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (gouvernance_council_dialog_get_check (self, TEST_INSEE_A))));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (gouvernance_council_dialog_get_check (self, TEST_INSEE_B)), TRUE);
  type (dialog, "name", " ");
  g_assert_false (gouvernance_council_dialog_save (self));
  g_assert_cmpstr (error_text (dialog), ==, "Give the council a name.");

  type (dialog, "name", "CLN du plateau");
  type (dialog, "area", "Le plateau");
  adw_combo_row_set_selected (ADW_COMBO_ROW (named (dialog, "status")), GOUVERNANCE_COUNCIL_DORMANT);
  g_assert_true (gouvernance_council_dialog_save (self));
  council = item_at (module, GOUVERNANCE_LIST_COUNCILS, 0);
  g_assert_true (g_strv_equal (gouvernance_council_get_communes (council), expected));
  g_assert_cmpstr (gouvernance_council_get_area (council), ==, "Le plateau");
  g_assert_cmpint (gouvernance_council_get_status (council), ==, GOUVERNANCE_COUNCIL_DORMANT);
  g_object_unref (dialog);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static void
test_session_dialog (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, NULL);
  GtkWidget *dialog = g_object_ref_sink (gouvernance_session_dialog_new (NULL, module, NULL));
  GouvernanceSession *session;

  type (dialog, "topic", "Les données publiques");
  type (dialog, "date", "mars 2027");
  g_assert_false (gouvernance_session_dialog_save (GOUVERNANCE_SESSION_DIALOG (dialog)));
  g_assert_cmpstr (error_text (dialog), ==, "Planned date: “mars 2027” is not a date: write it as 15/03/2027.");
  g_assert_cmpuint (n_items (module, GOUVERNANCE_LIST_SESSIONS), ==, 0);

  type (dialog, "date", "2/3/2027");
  adw_combo_row_set_selected (ADW_COMBO_ROW (named (dialog, "audience")), GOUVERNANCE_AUDIENCE_BOTH);
  g_assert_true (gouvernance_session_dialog_save (GOUVERNANCE_SESSION_DIALOG (dialog)));
  session = item_at (module, GOUVERNANCE_LIST_SESSIONS, 0);
  g_assert_cmpstr (gouvernance_session_get_date (session), ==, "2027-03-02");
  g_assert_cmpint (gouvernance_session_get_audience (session), ==, GOUVERNANCE_AUDIENCE_BOTH);
  g_object_unref (dialog);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static guint
n_rows (GtkWidget  *page,
        const char *list_name)
{
  GtkWidget *list = named (page, list_name);
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row) && gtk_widget_get_visible (row))
      n++;
  return n;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

/* Clicks the remove button of the first row of @list_name, and answers
 * @response to the question. */
static void
remove_first (GtkWidget  *page,
              const char *list_name,
              const char *response)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (named (page, list_name)), 0);
  AdwMessageDialog *dialog;

  g_signal_emit_by_name (named (GTK_WIDGET (row), "remove"), "clicked");
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Arlenans-le-Bief"));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gouvernance_test_iterate ();
  g_assert_null (find_message_dialog ());
}

static void
test_page (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, demo_json);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = gouvernance_page_new (module);
  GtkWidget *coordinator;
  GtkTextBuffer *buffer;
  g_autoptr(GouvernanceSession) session = gouvernance_session_new (GOUVERNANCE_AUDIENCE_STAFF, "RGPD", "");

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_present (GTK_WINDOW (window));
  gouvernance_test_iterate ();

  g_assert_cmpuint (n_rows (page, "bodies-list"), ==, 1);
  g_assert_cmpuint (n_rows (page, "members-list"), ==, 2);
  g_assert_cmpuint (n_rows (page, "councils-list"), ==, 1);
  g_assert_cmpuint (n_rows (page, "sessions-list"), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (named (page, "echelon"))), ==,
                    GOUVERNANCE_ECHELON_EPCI);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (page, "perimeter"))), ==, "Trois communes");
  coordinator = named (page, "coordinator");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (coordinator)), ==, "No coordinator yet");
  /* Showing is not changing. */
  g_assert_cmpuint (gouvernance_test_count_changes (module), ==, 0);

  /* The page edits the module… */
  adw_combo_row_set_selected (ADW_COMBO_ROW (named (page, "echelon")), GOUVERNANCE_ECHELON_DEPARTEMENT);
  g_assert_cmpint (gouvernance_module_get_echelon (module), ==, GOUVERNANCE_ECHELON_DEPARTEMENT);
  gtk_editable_set_text (GTK_EDITABLE (named (page, "perimeter")), "Le département");
  g_assert_cmpstr (gouvernance_module_get_perimeter (module), ==, "Le département");
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (named (page, "training")));
  gtk_text_buffer_set_text (buffer, "Un plan de formation.", -1);
  g_assert_cmpstr (gouvernance_module_get_training_plan (module), ==, "Un plan de formation.");
  /* Replacing a whole text is two edits, as for the user: emptied, then
   * typed. */
  g_assert_cmpuint (gouvernance_test_count_changes (module), ==, 4);

  /* …and follows it. */
  gouvernance_module_add_item (module, GOUVERNANCE_LIST_SESSIONS, session);
  gouvernance_module_set_coordinator (module, "Inès Garnier", "Chargée de mission", "", "");
  gouvernance_module_set_echelon (module, GOUVERNANCE_ECHELON_REGION);
  gouvernance_test_iterate ();
  g_assert_cmpuint (n_rows (page, "sessions-list"), ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (coordinator)), ==, "Inès Garnier");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (coordinator)), ==, "Chargée de mission");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (named (page, "echelon"))), ==,
                    GOUVERNANCE_ECHELON_REGION);

  /* Removing asks first: cancelled, nothing goes; confirmed, the member
   * goes. */
  remove_first (page, "members-list", "cancel");
  g_assert_cmpuint (n_items (module, GOUVERNANCE_LIST_MEMBERS), ==, 2);
  remove_first (page, "members-list", "remove");
  g_assert_cmpuint (n_items (module, GOUVERNANCE_LIST_MEMBERS), ==, 1);
  g_assert_cmpstr (gouvernance_member_get_name (item_at (module, GOUVERNANCE_LIST_MEMBERS, 0)), ==, "Fibre & Co");
  gouvernance_test_iterate ();
  g_assert_cmpuint (n_rows (page, "members-list"), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  maillage_module_unload (MAILLAGE_MODULE (module));
}

int
main (int   argc,
      char *argv[])
{
  gouvernance_test_init_gtk (&argc, &argv);

  g_test_add_func ("/gouvernance/dialogs/member", test_member_dialog);
  g_test_add_func ("/gouvernance/dialogs/body", test_body_dialog);
  g_test_add_func ("/gouvernance/dialogs/coordinator", test_coordinator_dialog);
  g_test_add_func ("/gouvernance/dialogs/council", test_council_dialog);
  g_test_add_func ("/gouvernance/dialogs/session", test_session_dialog);
  g_test_add_func ("/gouvernance/dialogs/page", test_page);

  return g_test_run ();
}
