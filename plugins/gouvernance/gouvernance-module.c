/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "gouvernance-module"

#include "config.h"

#include "gouvernance-module-private.h"
#include "gouvernance-page.h"

/*
 * GouvernanceModule: the Gouvernance module. Its model says how the
 * strategy is steered: at which scale and over which perimeter, by which
 * bodies (comités stratégique, technique, consultatif…) meeting how often
 * and with whom, with which members and co-porteurs, led by which
 * coordinator, relayed by which conseils locaux du numérique, and how
 * elected members and staff are trained and informed. It is stored under
 * `modules.gouvernance` (see gouvernance-module-json.c and README.md).
 *
 * The items of its lists are not changed in place: a dialog builds a new
 * item and the module puts it where the old one was, so that every edit
 * is one change of one list, and the page follows the lists alone.
 */

static void module_iface_init (MaillageModuleInterface *iface);

/* A dynamic type: libpeas may unload the plugin and load it again. */
G_DEFINE_DYNAMIC_TYPE_EXTENDED (GouvernanceModule, gouvernance_module, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (MAILLAGE_TYPE_MODULE, module_iface_init))

enum {
  PROP_0,
  PROP_ECHELON,
  PROP_PERIMETER,
  PROP_CONTEXT,
  PROP_TRAINING_PLAN,
  N_PROPS
};

enum {
  COORDINATOR_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
changed (GouvernanceModule *self)
{
  if (!self->loading)
    maillage_module_emit_changed (MAILLAGE_MODULE (self));
}

static void
list_changed_cb (GListModel        *list,
                 guint              position,
                 guint              removed,
                 guint              added,
                 GouvernanceModule *self)
{
  changed (self);
}

/* Whether @text holds nothing but spaces. */
gboolean
_gouvernance_text_is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
gouvernance_module_load (MaillageModule   *module,
                         MaillageProject  *project,
                         JsonObject       *data,
                         GError          **error)
{
  GouvernanceModule *self = GOUVERNANCE_MODULE (module);
  gboolean ok = TRUE;

  self->loading = TRUE;
  if (data != NULL)
    ok = _gouvernance_module_read (self, data, error);
  self->loading = FALSE;

  return ok;
}

static GtkWidget *
gouvernance_module_create_page (MaillageModule *module)
{
  return gouvernance_page_new (GOUVERNANCE_MODULE (module));
}

static void
module_iface_init (MaillageModuleInterface *iface)
{
  iface->load = gouvernance_module_load;
  iface->save = _gouvernance_module_save;
  iface->create_page = gouvernance_module_create_page;
  iface->build_chapter = _gouvernance_module_build_chapter;
  iface->list_findings = _gouvernance_module_list_findings;
  iface->get_completeness = _gouvernance_module_get_completeness;
  iface->list_key_points = _gouvernance_module_list_key_points;
}

static void
gouvernance_module_finalize (GObject *object)
{
  GouvernanceModule *self = GOUVERNANCE_MODULE (object);

  g_free (self->perimeter);
  g_free (self->context);
  for (guint i = 0; i < GOUVERNANCE_N_LISTS; i++)
    {
      g_signal_handlers_disconnect_by_func (self->lists[i], list_changed_cb, self);
      g_object_unref (self->lists[i]);
    }
  for (guint i = 0; i < GOUVERNANCE_N_COORDINATOR_FIELDS; i++)
    g_free (self->coordinator[i]);
  g_free (self->training_plan);

  G_OBJECT_CLASS (gouvernance_module_parent_class)->finalize (object);
}

static void
gouvernance_module_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  GouvernanceModule *self = GOUVERNANCE_MODULE (object);

  switch (prop_id)
    {
    case PROP_ECHELON:
      g_value_set_uint (value, self->echelon);
      break;

    case PROP_PERIMETER:
      g_value_set_string (value, self->perimeter);
      break;

    case PROP_CONTEXT:
      g_value_set_string (value, self->context);
      break;

    case PROP_TRAINING_PLAN:
      g_value_set_string (value, self->training_plan);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gouvernance_module_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  GouvernanceModule *self = GOUVERNANCE_MODULE (object);

  switch (prop_id)
    {
    case PROP_ECHELON:
      gouvernance_module_set_echelon (self, g_value_get_uint (value));
      break;

    case PROP_PERIMETER:
      gouvernance_module_set_perimeter (self, g_value_get_string (value));
      break;

    case PROP_CONTEXT:
      gouvernance_module_set_context (self, g_value_get_string (value));
      break;

    case PROP_TRAINING_PLAN:
      gouvernance_module_set_training_plan (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gouvernance_module_class_init (GouvernanceModuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gouvernance_module_finalize;
  object_class->get_property = gouvernance_module_get_property;
  object_class->set_property = gouvernance_module_set_property;

  properties[PROP_ECHELON] =
    g_param_spec_uint ("echelon", NULL, NULL, 0, GOUVERNANCE_N_ECHELONS - 1, GOUVERNANCE_ECHELON_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PERIMETER] =
    g_param_spec_string ("perimeter", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CONTEXT] =
    g_param_spec_string ("context", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TRAINING_PLAN] =
    g_param_spec_string ("training-plan", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GouvernanceModule::coordinator-changed:
   *
   * Emitted when a field of the coordinator changed.
   */
  signals[COORDINATOR_CHANGED] =
    g_signal_new ("coordinator-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
gouvernance_module_class_finalize (GouvernanceModuleClass *klass)
{
}

static void
gouvernance_module_init (GouvernanceModule *self)
{
  GType types[GOUVERNANCE_N_LISTS] = {
    [GOUVERNANCE_LIST_BODIES] = GOUVERNANCE_TYPE_BODY,
    [GOUVERNANCE_LIST_MEMBERS] = GOUVERNANCE_TYPE_MEMBER,
    [GOUVERNANCE_LIST_COUNCILS] = GOUVERNANCE_TYPE_COUNCIL,
    [GOUVERNANCE_LIST_SESSIONS] = GOUVERNANCE_TYPE_SESSION,
  };

  self->perimeter = g_strdup ("");
  self->context = g_strdup ("");
  self->training_plan = g_strdup ("");
  for (guint i = 0; i < GOUVERNANCE_N_COORDINATOR_FIELDS; i++)
    self->coordinator[i] = g_strdup ("");
  for (guint i = 0; i < GOUVERNANCE_N_LISTS; i++)
    {
      self->lists[i] = g_list_store_new (types[i]);
      g_signal_connect (self->lists[i], "items-changed", G_CALLBACK (list_changed_cb), self);
    }
}

GouvernanceModule *
gouvernance_module_new (void)
{
  return g_object_new (GOUVERNANCE_TYPE_MODULE, NULL);
}

GouvernanceEchelon
gouvernance_module_get_echelon (GouvernanceModule *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_MODULE (self), GOUVERNANCE_ECHELON_NONE);

  return self->echelon;
}

void
gouvernance_module_set_echelon (GouvernanceModule  *self,
                                GouvernanceEchelon  echelon)
{
  g_return_if_fail (GOUVERNANCE_IS_MODULE (self));
  g_return_if_fail (echelon < GOUVERNANCE_N_ECHELONS);

  if (self->echelon == echelon)
    return;

  self->echelon = echelon;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ECHELON]);
  changed (self);
}

/* Sets *@field to @value and says whether that changed it. */
static gboolean
set_text (char       **field,
          const char  *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

const char *
gouvernance_module_get_perimeter (GouvernanceModule *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_MODULE (self), NULL);

  return self->perimeter;
}

/* The perimeter in words: the communes, the bassins de vie, what the
 * échelon alone does not say. */
void
gouvernance_module_set_perimeter (GouvernanceModule *self,
                                  const char        *perimeter)
{
  g_return_if_fail (GOUVERNANCE_IS_MODULE (self));

  if (!set_text (&self->perimeter, perimeter))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIMETER]);
  changed (self);
}

const char *
gouvernance_module_get_context (GouvernanceModule *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_MODULE (self), NULL);

  return self->context;
}

/* The note de contexte: how the governance came to be, what it builds
 * on. Paragraphs separated by blank lines. */
void
gouvernance_module_set_context (GouvernanceModule *self,
                                const char        *context)
{
  g_return_if_fail (GOUVERNANCE_IS_MODULE (self));

  if (!set_text (&self->context, context))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
  changed (self);
}

/**
 * gouvernance_module_get_list:
 *
 * Returns: (transfer none): the items of @list, in their order
 */
GListModel *
gouvernance_module_get_list (GouvernanceModule *self,
                             GouvernanceList    list)
{
  g_return_val_if_fail (GOUVERNANCE_IS_MODULE (self), NULL);
  g_return_val_if_fail (list < GOUVERNANCE_N_LISTS, NULL);

  return G_LIST_MODEL (self->lists[list]);
}

void
gouvernance_module_add_item (GouvernanceModule *self,
                             GouvernanceList    list,
                             gpointer           item)
{
  g_return_if_fail (GOUVERNANCE_IS_MODULE (self));
  g_return_if_fail (list < GOUVERNANCE_N_LISTS);
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, g_list_model_get_item_type (G_LIST_MODEL (self->lists[list]))));

  g_list_store_append (self->lists[list], item);
}

static gboolean
items_equal (GouvernanceList list,
             gpointer        a,
             gpointer        b)
{
  switch (list)
    {
    case GOUVERNANCE_LIST_BODIES:
      return gouvernance_body_equal (a, b);
    case GOUVERNANCE_LIST_MEMBERS:
      return gouvernance_member_equal (a, b);
    case GOUVERNANCE_LIST_COUNCILS:
      return gouvernance_council_equal (a, b);
    case GOUVERNANCE_LIST_SESSIONS:
      return gouvernance_session_equal (a, b);
    default:
      g_assert_not_reached ();
    }
}

/**
 * gouvernance_module_replace_item:
 * @self: a #GouvernanceModule
 * @list: the list @old_item is in
 * @old_item: an item of @list
 * @new_item: what takes its place
 *
 * Puts @new_item where @old_item was, in one change; nothing happens when
 * they say the same, or when @old_item is no longer in the list (removed
 * while a dialog was open: the edit is then added at the end, so that it
 * is not lost).
 */
void
gouvernance_module_replace_item (GouvernanceModule *self,
                                 GouvernanceList    list,
                                 gpointer           old_item,
                                 gpointer           new_item)
{
  guint position;

  g_return_if_fail (GOUVERNANCE_IS_MODULE (self));
  g_return_if_fail (list < GOUVERNANCE_N_LISTS);
  g_return_if_fail (G_IS_OBJECT (old_item));
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (new_item, g_list_model_get_item_type (G_LIST_MODEL (self->lists[list]))));

  if (!g_list_store_find (self->lists[list], old_item, &position))
    {
      g_list_store_append (self->lists[list], new_item);
      return;
    }
  if (items_equal (list, old_item, new_item))
    return;

  g_list_store_splice (self->lists[list], position, 1, &new_item, 1);
}

void
gouvernance_module_remove_item (GouvernanceModule *self,
                                GouvernanceList    list,
                                gpointer           item)
{
  guint position;

  g_return_if_fail (GOUVERNANCE_IS_MODULE (self));
  g_return_if_fail (list < GOUVERNANCE_N_LISTS);

  if (g_list_store_find (self->lists[list], item, &position))
    g_list_store_remove (self->lists[list], position);
}

const char *
gouvernance_module_get_coordinator (GouvernanceModule           *self,
                                    GouvernanceCoordinatorField  field)
{
  g_return_val_if_fail (GOUVERNANCE_IS_MODULE (self), NULL);
  g_return_val_if_fail (field < GOUVERNANCE_N_COORDINATOR_FIELDS, NULL);

  return self->coordinator[field];
}

/* Whether a coordinator is named. */
gboolean
gouvernance_module_has_coordinator (GouvernanceModule *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_MODULE (self), FALSE);

  return !_gouvernance_text_is_blank (self->coordinator[GOUVERNANCE_COORDINATOR_NAME]);
}

/* Every field at once, one change: empty strings for no coordinator. */
void
gouvernance_module_set_coordinator (GouvernanceModule *self,
                                    const char        *name,
                                    const char        *function,
                                    const char        *organisation,
                                    const char        *email)
{
  const char *values[GOUVERNANCE_N_COORDINATOR_FIELDS] = { name, function, organisation, email };
  gboolean any = FALSE;

  g_return_if_fail (GOUVERNANCE_IS_MODULE (self));

  for (guint i = 0; i < GOUVERNANCE_N_COORDINATOR_FIELDS; i++)
    any |= set_text (&self->coordinator[i], values[i]);
  if (!any)
    return;

  g_signal_emit (self, signals[COORDINATOR_CHANGED], 0);
  changed (self);
}

const char *
gouvernance_module_get_training_plan (GouvernanceModule *self)
{
  g_return_val_if_fail (GOUVERNANCE_IS_MODULE (self), NULL);

  return self->training_plan;
}

/* The plan for training and informing elected members and staff, in
 * words; its sessions are a list of their own. */
void
gouvernance_module_set_training_plan (GouvernanceModule *self,
                                      const char        *plan)
{
  g_return_if_fail (GOUVERNANCE_IS_MODULE (self));

  if (!set_text (&self->training_plan, plan))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRAINING_PLAN]);
  changed (self);
}

/**
 * gouvernance_module_get_territory:
 *
 * Returns: (transfer none) (nullable): the territory of the project,
 *   between load and unload
 */
MaillageTerritory *
gouvernance_module_get_territory (GouvernanceModule *self)
{
  MaillageProject *project;

  g_return_val_if_fail (GOUVERNANCE_IS_MODULE (self), NULL);

  project = maillage_module_get_project (MAILLAGE_MODULE (self));
  return project != NULL ? maillage_project_get_territory (project) : NULL;
}

void
gouvernance_module_register (GTypeModule *module)
{
  gouvernance_module_register_type (module);
}
