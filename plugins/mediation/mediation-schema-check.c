/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-schema-check.c: the rules of the schema v1.0.2, field by field,
 * written out by hand rather than as regular expressions, so that checking
 * 5,000 places costs nothing and each rule says in words what it wants.
 */
#define G_LOG_DOMAIN "mediation-schema"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "mediation-schema.h"

/* Overseas prefixes the schema accepts beside +33, from its pattern
 * ^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)(\d){6,9}$ */
static const char * const phone_prefixes[] = {
  "+33", "+590", "+594", "+262", "+596", "+269", "+687", "+689", "+508", "+681", NULL
};

static gboolean
all_digits (const char *text,
            gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* ^[a-zA-Z0-9]{9,14}$: a SIREN, a SIRET or an RNA number. */
static gboolean
pivot_is_valid (const char *text)
{
  gsize length = strlen (text);

  if (length < 9 || length > 14)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (text[i]))
      return FALSE;
  return TRUE;
}

/* ^([013-9]\d|2[AB1-9])\d{3}$: five digits, or 2A/2B for Corsica. */
static gboolean
insee_is_valid (const char *text)
{
  if (strlen (text) != 5 || !all_digits (text + 2, 3))
    return FALSE;
  if (text[0] == '2')
    return text[1] == 'A' || text[1] == 'B' || (text[1] >= '1' && text[1] <= '9');
  return g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]);
}

static gboolean
phone_is_valid (const char *text)
{
  for (guint i = 0; phone_prefixes[i] != NULL; i++)
    {
      gsize prefix = strlen (phone_prefixes[i]);
      gsize rest = strlen (text) - MIN (prefix, strlen (text));

      if (g_str_has_prefix (text, phone_prefixes[i]) && rest >= 6 && rest <= 9 &&
          all_digits (text + prefix, rest))
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  MediationIssueFunc  func;
  gpointer            user_data;
  guint               count;
} Report;

static void
report (Report         *report,
        MediationField  field,
        const char     *value,
        const char     *message)
{
  report->count++;
  if (report->func != NULL)
    report->func (field, value, message, report->user_data);
}

static void
check_text (Report         *r,
            MediationField  field,
            const char     *value)
{
  g_autofree char *message = NULL;
  glong length;

  switch (field)
    {
    case MEDIATION_FIELD_PIVOT:
      if (!pivot_is_valid (value))
        report (r, field, value,
                _("A SIRET (14 digits), a SIREN (9 digits) or an RNA number is expected: "
                  "9 to 14 letters or digits, without spaces."));
      break;

    case MEDIATION_FIELD_CODE_POSTAL:
      if (strlen (value) != 5 || !all_digits (value, 5))
        report (r, field, value, _("A postal code has 5 digits."));
      break;

    case MEDIATION_FIELD_CODE_INSEE:
      if (!insee_is_valid (value))
        report (r, field, value,
                _("An INSEE code has 5 characters: digits, or 2A or 2B for Corsica."));
      break;

    case MEDIATION_FIELD_TELEPHONE:
      if (!phone_is_valid (value))
        report (r, field, value,
                _("A phone number in international form is expected, without spaces, "
                  "such as +33384123456."));
      break;

    case MEDIATION_FIELD_PRESENTATION_RESUME:
      length = g_utf8_strlen (value, -1);
      if (length > MEDIATION_SCHEMA_RESUME_MAX_LENGTH)
        {
          message = g_strdup_printf (_("The summary has %ld characters; the schema allows %d at most."),
                                     length, MEDIATION_SCHEMA_RESUME_MAX_LENGTH);
          report (r, field, value, message);
        }
      break;

    default:
      break;
    }
}

static void
check_list (Report         *r,
            MediationField  field,
            const char     *value)
{
  g_auto(GStrv) items = NULL;

  if (!mediation_schema_vocabulary_strict (field))
    return;

  items = g_strsplit (value, MEDIATION_SCHEMA_LIST_SEPARATOR, -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      const char *canonical = mediation_schema_canonical_value (field, items[i]);
      g_autofree char *message = NULL;
      g_autofree char *expected = NULL;

      if (g_strcmp0 (canonical, items[i]) == 0)
        continue;

      /* Short lists fit in the message; the nine services do not. */
      if (g_strv_length ((char **) mediation_schema_vocabulary (field)) <= 4)
        {
          expected = g_strjoinv (", ", (char **) mediation_schema_vocabulary (field));
          message = g_strdup_printf (_("“%s” is not a value of the schema; expected: %s."),
                                     items[i], expected);
        }
      else
        {
          message = g_strdup_printf (_("“%s” is not one of the services of the schema."),
                                     items[i]);
        }
      report (r, field, value, message);
    }
}

static void
check_coordinates (Report             *r,
                   const char * const *values)
{
  const char *texts[2] = { values[MEDIATION_FIELD_LATITUDE], values[MEDIATION_FIELD_LONGITUDE] };
  const MediationField which[2] = { MEDIATION_FIELD_LATITUDE, MEDIATION_FIELD_LONGITUDE };
  const double limits[2] = { 90.0, 180.0 };
  gboolean present[2];

  for (guint i = 0; i < 2; i++)
    {
      double number;

      present[i] = texts[i] != NULL && *texts[i] != '\0';
      if (!present[i])
        continue;

      if (!mediation_schema_parse_number (texts[i], &number))
        report (r, which[i], texts[i],
                _("A decimal number with a point is expected, such as 46.6712."));
      else if (fabs (number) > limits[i])
        report (r, which[i], texts[i],
                i == 0 ? _("A latitude lies between -90 and 90.")
                       : _("A longitude lies between -180 and 180."));
    }

  /* A point needs both. */
  if (present[0] != present[1])
    report (r, present[0] ? which[1] : which[0], "",
            present[0] ? _("The latitude is given without a longitude.")
                       : _("The longitude is given without a latitude."));
}

/**
 * mediation_schema_check:
 * @values: (array fixed-size=MEDIATION_N_FIELDS): one value per field, in
 *   normalized form (see mediation_schema_normalize()), %NULL or "" when
 *   empty
 * @func: (nullable) (scope call): called for each problem
 * @user_data: for @func
 *
 * Checks one lieu against the schema, field by field: required fields,
 * patterns (`pivot`, `code_postal`, `code_insee`, `telephone`), the length
 * of `presentation_resume`, numbers and their range, dates, and the values
 * of the strict vocabularies. Whether `id` is unique is for the caller to
 * check, since it depends on the other lieux.
 *
 * Returns: the number of problems
 */
guint
mediation_schema_check (const char * const *values,
                        MediationIssueFunc  func,
                        gpointer            user_data)
{
  Report r = { func, user_data, 0 };

  g_return_val_if_fail (values != NULL, 0);

  for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
    {
      const char *value = values[f];

      if (value == NULL || *value == '\0')
        {
          if (mediation_schema_field_required (f))
            report (&r, f, "", _("This required field is empty."));
          continue;
        }

      switch (mediation_schema_field_kind (f))
        {
        case MEDIATION_FIELD_KIND_TEXT:
          check_text (&r, f, value);
          break;

        case MEDIATION_FIELD_KIND_LIST:
          check_list (&r, f, value);
          break;

        case MEDIATION_FIELD_KIND_DATE:
          if (!mediation_schema_date_is_valid (value))
            report (&r, f, value, _("A date in the form YYYY-MM-DD is expected, such as 2026-03-31."));
          break;

        case MEDIATION_FIELD_KIND_NUMBER:
        default:
          break;
        }
    }

  check_coordinates (&r, values);

  return r.count;
}
