/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-action.c: one action of the cross-module action plan: the type,
 * its properties and what describes the action. Its budget, co-financing
 * and indicator lists are in maillage-action-lists.c.
 */
#define G_LOG_DOMAIN "maillage-action"

#include "config.h"

#include "maillage-action-private.h"
#include "maillage-enums.h"

/**
 * MaillageAction:
 *
 * An action of the plan: who leads it, when, what it costs year by year,
 * who co-finances it and how its success is measured.
 *
 * The action emits [signal@Maillage.Action::changed] after any change to its
 * properties or to any item of its budget, co-financing or indicator lists.
 */
G_DEFINE_FINAL_TYPE (MaillageAction, maillage_action, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_MODULE,
  PROP_AXIS,
  PROP_PILOT,
  PROP_PARTNERS,
  PROP_START,
  PROP_END,
  PROP_STATUS,
  PROP_BUDGET,
  PROP_COFINANCING,
  PROP_INDICATORS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const status_names[] = {
  [MAILLAGE_ACTION_STATUS_PLANNED] = "planned",
  [MAILLAGE_ACTION_STATUS_IN_PROGRESS] = "in-progress",
  [MAILLAGE_ACTION_STATUS_DONE] = "done",
  [MAILLAGE_ACTION_STATUS_CANCELLED] = "cancelled",
};

static void
maillage_action_dispose (GObject *object)
{
  MaillageAction *self = (MaillageAction *)object;

  _maillage_action_dispose_lists (self);

  G_OBJECT_CLASS (maillage_action_parent_class)->dispose (object);
}

static void
maillage_action_finalize (GObject *object)
{
  MaillageAction *self = (MaillageAction *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->module, g_free);
  g_clear_pointer (&self->axis, g_free);
  g_clear_pointer (&self->pilot, g_free);
  g_clear_pointer (&self->partners, g_strfreev);
  g_clear_pointer (&self->start, g_free);
  g_clear_pointer (&self->end, g_free);
  g_clear_pointer (&self->extras, json_object_unref);

  G_OBJECT_CLASS (maillage_action_parent_class)->finalize (object);
}

static void
maillage_action_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MaillageAction *self = MAILLAGE_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_MODULE:
      g_value_set_string (value, self->module);
      break;

    case PROP_AXIS:
      g_value_set_string (value, self->axis);
      break;

    case PROP_PILOT:
      g_value_set_string (value, self->pilot);
      break;

    case PROP_PARTNERS:
      g_value_set_boxed (value, self->partners);
      break;

    case PROP_START:
      g_value_set_string (value, self->start);
      break;

    case PROP_END:
      g_value_set_string (value, self->end);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_BUDGET:
      g_value_set_object (value, self->budget);
      break;

    case PROP_COFINANCING:
      g_value_set_object (value, self->cofinancing);
      break;

    case PROP_INDICATORS:
      g_value_set_object (value, self->indicators);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_action_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MaillageAction *self = MAILLAGE_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      maillage_action_set_id (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      maillage_action_set_title (self, g_value_get_string (value));
      break;

    case PROP_MODULE:
      maillage_action_set_module (self, g_value_get_string (value));
      break;

    case PROP_AXIS:
      maillage_action_set_axis (self, g_value_get_string (value));
      break;

    case PROP_PILOT:
      maillage_action_set_pilot (self, g_value_get_string (value));
      break;

    case PROP_PARTNERS:
      maillage_action_set_partners (self, g_value_get_boxed (value));
      break;

    case PROP_START:
      maillage_action_set_start (self, g_value_get_string (value));
      break;

    case PROP_END:
      maillage_action_set_end (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      maillage_action_set_status (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL,
                              "",
                              (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

static GParamSpec *
list_property (const char *name)
{
  return g_param_spec_object (name, NULL, NULL,
                              G_TYPE_LIST_MODEL,
                              (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
}

static void
maillage_action_class_init (MaillageActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = maillage_action_dispose;
  object_class->finalize = maillage_action_finalize;
  object_class->get_property = maillage_action_get_property;
  object_class->set_property = maillage_action_set_property;

  /**
   * MaillageAction:id:
   *
   * The identifier of the action, unique in its project (`A-001`).
   */
  properties[PROP_ID] = string_property ("id");

  /**
   * MaillageAction:title:
   *
   * The title of the action. Never %NULL.
   */
  properties[PROP_TITLE] = string_property ("title");

  /**
   * MaillageAction:module:
   *
   * The id of the module that owns the action, or the empty string.
   */
  properties[PROP_MODULE] = string_property ("module");

  /**
   * MaillageAction:axis:
   *
   * The strategic axis the action belongs to. Never %NULL.
   */
  properties[PROP_AXIS] = string_property ("axis");

  /**
   * MaillageAction:pilot:
   *
   * Who leads the action. Never %NULL.
   */
  properties[PROP_PILOT] = string_property ("pilot");

  /**
   * MaillageAction:partners:
   *
   * Who takes part, besides the pilot. Never %NULL.
   */
  properties[PROP_PARTNERS] =
    g_param_spec_boxed ("partners", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageAction:start:
   *
   * The month the action starts (`2027-01`), or the empty string.
   */
  properties[PROP_START] = string_property ("start");

  /**
   * MaillageAction:end:
   *
   * The month the action ends (`2028-12`), or the empty string.
   */
  properties[PROP_END] = string_property ("end");

  /**
   * MaillageAction:status:
   *
   * Where the action stands.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       MAILLAGE_TYPE_ACTION_STATUS,
                       MAILLAGE_ACTION_STATUS_PLANNED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageAction:budget:
   *
   * The budget, a #GListModel of #MaillageBudgetLine sorted by year.
   */
  properties[PROP_BUDGET] = list_property ("budget");

  /**
   * MaillageAction:cofinancing:
   *
   * The co-financing lines, a #GListModel of #MaillageCofinancing.
   */
  properties[PROP_COFINANCING] = list_property ("cofinancing");

  /**
   * MaillageAction:indicators:
   *
   * The indicators, a #GListModel of #MaillageActionIndicator.
   */
  properties[PROP_INDICATORS] = list_property ("indicators");

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MaillageAction::changed:
   * @self: the #MaillageAction
   *
   * Emitted after any change to the action: one of its properties, or any
   * item of its budget, co-financing or indicator lists.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
maillage_action_init (MaillageAction *self)
{
  self->id = g_strdup ("");
  self->title = g_strdup ("");
  self->module = g_strdup ("");
  self->axis = g_strdup ("");
  self->pilot = g_strdup ("");
  self->partners = g_new0 (char *, 1);
  self->start = g_strdup ("");
  self->end = g_strdup ("");
  self->status = MAILLAGE_ACTION_STATUS_PLANNED;
  _maillage_action_init_lists (self);
}

void
_maillage_action_emit_changed (MaillageAction *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
set_string_property (MaillageAction  *self,
                     char           **field,
                     const char      *value,
                     guint            prop_id)
{
  if (!maillage_set_string (field, value ? value : ""))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * maillage_action_new:
 * @id: (nullable): the identifier, unique in the project; see
 *   maillage_project_next_action_id()
 * @title: (nullable): the title
 *
 * Creates an action, planned, with no budget.
 *
 * Returns: (transfer full): a new #MaillageAction
 */
MaillageAction *
maillage_action_new (const char *id,
                     const char *title)
{
  MaillageAction *self;

  g_return_val_if_fail (maillage_utf8_is_valid (id), NULL);
  g_return_val_if_fail (maillage_utf8_is_valid (title), NULL);

  self = g_object_new (MAILLAGE_TYPE_ACTION, NULL);

  /* Fields, not properties: nobody listens to a new object yet. */
  maillage_set_string (&self->id, id ? id : "");
  maillage_set_string (&self->title, title ? title : "");

  return self;
}

/**
 * maillage_action_get_id:
 * @self: a #MaillageAction
 *
 * Returns: (transfer none): the identifier of the action
 */
const char *
maillage_action_get_id (MaillageAction *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION (self), NULL);

  return self->id;
}

/**
 * maillage_action_set_id:
 * @self: a #MaillageAction
 * @id: (nullable): the identifier; %NULL is the empty string
 *
 * Sets the identifier. Keeping it unique in the project is the caller's
 * business; a project with duplicate ids cannot be read back.
 */
void
maillage_action_set_id (MaillageAction *self,
                        const char     *id)
{
  g_return_if_fail (MAILLAGE_IS_ACTION (self));
  g_return_if_fail (maillage_utf8_is_valid (id));

  set_string_property (self, &self->id, id, PROP_ID);
}

/**
 * maillage_action_get_title:
 * @self: a #MaillageAction
 *
 * Returns: (transfer none): the title, never %NULL
 */
const char *
maillage_action_get_title (MaillageAction *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION (self), NULL);

  return self->title;
}

/**
 * maillage_action_set_title:
 * @self: a #MaillageAction
 * @title: (nullable): the title; %NULL is the empty string
 *
 * Sets the title.
 */
void
maillage_action_set_title (MaillageAction *self,
                           const char     *title)
{
  g_return_if_fail (MAILLAGE_IS_ACTION (self));
  g_return_if_fail (maillage_utf8_is_valid (title));

  set_string_property (self, &self->title, title, PROP_TITLE);
}

/**
 * maillage_action_get_module:
 * @self: a #MaillageAction
 *
 * Returns: (transfer none): the id of the module owning the action, or the
 *   empty string
 */
const char *
maillage_action_get_module (MaillageAction *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION (self), NULL);

  return self->module;
}

/**
 * maillage_action_set_module:
 * @self: a #MaillageAction
 * @module_id: (nullable): the id of the owning module; %NULL is the empty
 *   string
 *
 * Sets the module that owns the action.
 */
void
maillage_action_set_module (MaillageAction *self,
                            const char     *module_id)
{
  g_return_if_fail (MAILLAGE_IS_ACTION (self));
  g_return_if_fail (maillage_utf8_is_valid (module_id));

  set_string_property (self, &self->module, module_id, PROP_MODULE);
}

/**
 * maillage_action_get_axis:
 * @self: a #MaillageAction
 *
 * Returns: (transfer none): the strategic axis, never %NULL
 */
const char *
maillage_action_get_axis (MaillageAction *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION (self), NULL);

  return self->axis;
}

/**
 * maillage_action_set_axis:
 * @self: a #MaillageAction
 * @axis: (nullable): the strategic axis; %NULL is the empty string
 *
 * Sets the strategic axis.
 */
void
maillage_action_set_axis (MaillageAction *self,
                          const char     *axis)
{
  g_return_if_fail (MAILLAGE_IS_ACTION (self));
  g_return_if_fail (maillage_utf8_is_valid (axis));

  set_string_property (self, &self->axis, axis, PROP_AXIS);
}

/**
 * maillage_action_get_pilot:
 * @self: a #MaillageAction
 *
 * Returns: (transfer none): who leads the action, never %NULL
 */
const char *
maillage_action_get_pilot (MaillageAction *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION (self), NULL);

  return self->pilot;
}

/**
 * maillage_action_set_pilot:
 * @self: a #MaillageAction
 * @pilot: (nullable): who leads the action; %NULL is the empty string
 *
 * Sets the pilot.
 */
void
maillage_action_set_pilot (MaillageAction *self,
                           const char     *pilot)
{
  g_return_if_fail (MAILLAGE_IS_ACTION (self));
  g_return_if_fail (maillage_utf8_is_valid (pilot));

  set_string_property (self, &self->pilot, pilot, PROP_PILOT);
}

/**
 * maillage_action_get_partners:
 * @self: a #MaillageAction
 *
 * Returns: (transfer none) (array zero-terminated=1): the partners, never
 *   %NULL
 */
const char * const *
maillage_action_get_partners (MaillageAction *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION (self), NULL);

  return (const char * const *)self->partners;
}

/**
 * maillage_action_set_partners:
 * @self: a #MaillageAction
 * @partners: (nullable) (array zero-terminated=1): the partners; %NULL is
 *   none
 *
 * Sets the partners.
 */
void
maillage_action_set_partners (MaillageAction     *self,
                              const char * const *partners)
{
  g_return_if_fail (MAILLAGE_IS_ACTION (self));
  g_return_if_fail (maillage_strv_is_utf8 (partners));

  if (!maillage_set_strv (&self->partners, partners))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNERS]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * maillage_action_get_start:
 * @self: a #MaillageAction
 *
 * Returns: (transfer none): the month the action starts (`YYYY-MM`), or the
 *   empty string
 */
const char *
maillage_action_get_start (MaillageAction *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION (self), NULL);

  return self->start;
}

/**
 * maillage_action_set_start:
 * @self: a #MaillageAction
 * @year_month: (nullable): the month the action starts (`YYYY-MM`), or the
 *   empty string or %NULL when not known
 *
 * Sets the month the action starts. Check it with
 * maillage_action_year_month_is_valid().
 */
void
maillage_action_set_start (MaillageAction *self,
                           const char     *year_month)
{
  g_return_if_fail (MAILLAGE_IS_ACTION (self));
  g_return_if_fail (maillage_utf8_is_valid (year_month));

  set_string_property (self, &self->start, year_month, PROP_START);
}

/**
 * maillage_action_get_end:
 * @self: a #MaillageAction
 *
 * Returns: (transfer none): the month the action ends (`YYYY-MM`), or the
 *   empty string
 */
const char *
maillage_action_get_end (MaillageAction *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION (self), NULL);

  return self->end;
}

/**
 * maillage_action_set_end:
 * @self: a #MaillageAction
 * @year_month: (nullable): the month the action ends (`YYYY-MM`), or the
 *   empty string or %NULL when not known
 *
 * Sets the month the action ends.
 */
void
maillage_action_set_end (MaillageAction *self,
                         const char     *year_month)
{
  g_return_if_fail (MAILLAGE_IS_ACTION (self));
  g_return_if_fail (maillage_utf8_is_valid (year_month));

  set_string_property (self, &self->end, year_month, PROP_END);
}

/**
 * maillage_action_get_status:
 * @self: a #MaillageAction
 *
 * Returns: where the action stands
 */
MaillageActionStatus
maillage_action_get_status (MaillageAction *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION (self), MAILLAGE_ACTION_STATUS_PLANNED);

  return self->status;
}

/**
 * maillage_action_set_status:
 * @self: a #MaillageAction
 * @status: where the action stands
 *
 * Sets the status.
 */
void
maillage_action_set_status (MaillageAction       *self,
                            MaillageActionStatus  status)
{
  g_return_if_fail (MAILLAGE_IS_ACTION (self));
  g_return_if_fail (status <= MAILLAGE_ACTION_STATUS_CANCELLED);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  g_signal_emit (self, signals[CHANGED], 0);
}


/**
 * maillage_action_year_month_is_valid:
 * @year_month: (nullable): a string
 *
 * Checks that @year_month is a month written `YYYY-MM`, such as `2027-01`.
 * The empty string is not a month (an action may leave its dates empty,
 * though).
 *
 * Returns: %TRUE if @year_month is a well-formed month
 */
gboolean
maillage_action_year_month_is_valid (const char *year_month)
{
  guint month;

  if (year_month == NULL || strlen (year_month) != 7 || year_month[4] != '-')
    return FALSE;

  for (guint i = 0; i < 7; i++)
    {
      if (i != 4 && !g_ascii_isdigit (year_month[i]))
        return FALSE;
    }

  month = (year_month[5] - '0') * 10 + (year_month[6] - '0');

  return month >= 1 && month <= 12;
}

/**
 * maillage_action_status_to_string:
 * @status: a status
 *
 * Gets the name of @status in the project file: `planned`, `in-progress`,
 * `done` or `cancelled`.
 *
 * Returns: (transfer none): the name of @status
 */
const char *
maillage_action_status_to_string (MaillageActionStatus status)
{
  g_return_val_if_fail (status <= MAILLAGE_ACTION_STATUS_CANCELLED, NULL);

  return status_names[status];
}

/**
 * maillage_action_status_from_string:
 * @string: (nullable): a name from the project file
 * @status: (out) (optional): where to store the status
 *
 * Reads the name of a status, as written by
 * maillage_action_status_to_string().
 *
 * Returns: %TRUE if @string names a status
 */
gboolean
maillage_action_status_from_string (const char           *string,
                                    MaillageActionStatus *status)
{
  if (string == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    {
      if (strcmp (string, status_names[i]) == 0)
        {
          if (status != NULL)
            *status = i;
          return TRUE;
        }
    }

  return FALSE;
}

JsonObject *
_maillage_action_get_extras (MaillageAction *self)
{
  return self->extras;
}

void
_maillage_action_set_extras (MaillageAction *self,
                             JsonObject     *extras)
{
  maillage_set_json_object (&self->extras, extras);
}
