/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-commune-import"

#include "config.h"

#include <string.h>

#include "maillage-commune-import.h"

static GPtrArray *
parse (const char  *text,
       GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return maillage_commune_import_parse (bytes, error);
}

static void
assert_commune (GPtrArray  *communes,
                guint       index,
                const char *insee,
                const char *name,
                guint       population)
{
  MaillageCommune *commune;

  g_assert_cmpuint (index, <, communes->len);
  commune = g_ptr_array_index (communes, index);
  g_assert_true (MAILLAGE_IS_COMMUNE (commune));
  g_assert_cmpstr (maillage_commune_get_insee (commune), ==, insee);
  g_assert_cmpstr (maillage_commune_get_name (commune), ==, name);
  g_assert_cmpuint (maillage_commune_get_population (commune), ==, population);
}

static void
test_parse_valid (void)
{
  g_autoptr(GPtrArray) communes = NULL;
  g_autoptr(GError) error = NULL;

  communes = parse ("code_insee;nom;population\n"
                    "39001;Abbans;1234\n"
                    "2a004; Ajaccio ;73 570\n"
                    "2B033;Bastia;48\u00a0503\n"
                    "39300;Lons-le-Saunier;17\u202f082\n"
                    "39002;Hameau vide;0\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (communes->len, ==, 5);
  assert_commune (communes, 0, "39001", "Abbans", 1234);
  /* Codes are written in capitals, names and numbers trimmed. */
  assert_commune (communes, 1, "2A004", "Ajaccio", 73570);
  assert_commune (communes, 2, "2B033", "Bastia", 48503);
  assert_commune (communes, 3, "39300", "Lons-le-Saunier", 17082);
  assert_commune (communes, 4, "39002", "Hameau vide", 0);
}

static void
test_parse_column_names (void)
{
  g_autoptr(GPtrArray) communes = NULL;
  g_autoptr(GError) error = NULL;

  /* Other names, other order, other separator, extra columns, quoting. */
  communes = parse ("\"PTOT\",\"Région\",\"Nom_Commune\",\"Code_Commune\"\r\n"
                    "\"1 234\",\"Bourgogne-Franche-Comté\",\"Saint-Amour, le bourg\",\"39478\"\r\n",
                    &error);
  g_assert_no_error (error);
  g_assert_cmpuint (communes->len, ==, 1);
  assert_commune (communes, 0, "39478", "Saint-Amour, le bourg", 1234);
  g_clear_pointer (&communes, g_ptr_array_unref);

  communes = parse ("insee\tname\tpop\n39001\tAbbans\t12\n", &error);
  g_assert_no_error (error);
  assert_commune (communes, 0, "39001", "Abbans", 12);
}

static void
test_parse_windows_1252 (void)
{
  g_autoptr(GPtrArray) communes = NULL;
  g_autoptr(GError) error = NULL;

  communes = parse ("code;commune;population\n39013;Arinthod;1 100\n25056;Besan\xe7on;116 466\n", &error);
  g_assert_no_error (error);
  assert_commune (communes, 1, "25056", "Besançon", 116466);
}

/* Each bad file gives an error naming its line and column, and no list. */
static void
test_parse_errors (void)
{
  static const struct {
    const char *text;
    int         code;
    const char *message;
  } cases[] = {
    { "code_insee;nom;population\n39001;A;1\n39002;B;12a\n",
      MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
      "Line 3, column “population”: “12a” is not a whole number" },
    { "code_insee;nom;population\n39001;A;1\n39002;B;-4\n",
      MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
      "Line 3, column “population”: “-4” is negative: a population is 0 or more" },
    { "code_insee;nom;population\n39001;A;12,5\n",
      MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
      "Line 2, column “population”: “12,5” is not a whole number" },
    { "code_insee;nom;population\n39001;A;1 23\n",
      MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
      "Line 2, column “population”: “1 23” is not a whole number" },
    { "code_insee;nom;population\n39001;A;99999999999\n",
      MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
      "Line 2, column “population”: “99999999999” is too large for a population" },
    { "code_insee;nom;pop\n39001;A;\n",
      MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
      "Line 2, column “pop”: the population is empty" },
    { "code_insee;nom;population\n\n39001;  ;5\n",
      MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
      "Line 3, column “nom”: the name is empty" },
    { "INSEE;nom;population\n3901;A;5\n",
      MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
      "Line 2, column “INSEE”: “3901” is not an INSEE code: it has 4 digits instead of 5 "
      "(a spreadsheet may have dropped a leading zero: 03901?)" },
    { "code_insee;nom;population\n2C001;A;5\n",
      MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
      "Line 2, column “code_insee”: “2C001” is not an INSEE code (5 digits, or 2A or 2B and 3 digits)" },
    { "code_insee;nom;population\n;A;5\n",
      MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
      "Line 2, column “code_insee”: the INSEE code is empty" },
    { "code_insee;nom;population\n39001;A;5\n39002;B;5\n\"39001\";C;5\n",
      MAILLAGE_COMMUNE_IMPORT_ERROR_DUPLICATE,
      "Line 4, column “code_insee”: the code 39001 already appears on line 2" },
    { "nom;population\nA;5\n",
      MAILLAGE_COMMUNE_IMPORT_ERROR_MISSING_COLUMN,
      "The header line has no column for the INSEE code "
      "(expected one of “code_insee”, “insee”, “code”, “code_commune”, “codgeo”)." },
    { "code_insee;population\n39001;5\n",
      MAILLAGE_COMMUNE_IMPORT_ERROR_MISSING_COLUMN,
      "The header line has no column for the name "
      "(expected one of “nom”, “nom_commune”, “commune”, “name”, “libgeo”)." },
    { "code_insee;nom\n39001;A\n",
      MAILLAGE_COMMUNE_IMPORT_ERROR_MISSING_COLUMN,
      "The header line has no column for the population "
      "(expected one of “population”, “pop”, “ptot”, “pmun”)." },
    { "code_insee;nom;population\n\n",
      MAILLAGE_COMMUNE_IMPORT_ERROR_NO_COMMUNE,
      "The file holds no commune, only a header line." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) communes = NULL;
      g_autoptr(GError) error = NULL;

      communes = parse (cases[i].text, &error);
      g_assert_null (communes);
      g_assert_error (error, MAILLAGE_COMMUNE_IMPORT_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_parse_csv_errors (void)
{
  g_autoptr(GPtrArray) communes = NULL;
  g_autoptr(GError) error = NULL;

  communes = parse ("code_insee;nom;population\n39001;A;5;extra\n", &error);
  g_assert_null (communes);
  g_assert_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_TOO_MANY_FIELDS);
  g_clear_error (&error);

  communes = parse ("code_insee;nom;population\n39001;\"A;5\n", &error);
  g_assert_null (communes);
  g_assert_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_UNTERMINATED_QUOTE);
  g_clear_error (&error);

  communes = parse ("", &error);
  g_assert_null (communes);
  g_assert_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_EMPTY);
}

static void
test_long_value_shortened (void)
{
  g_autoptr(GString) text = g_string_new ("code_insee;nom;population\n39001;A;");
  g_autoptr(GPtrArray) communes = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 1000; i++)
    g_string_append_c (text, 'x');
  communes = parse (text->str, &error);
  g_assert_error (error, MAILLAGE_COMMUNE_IMPORT_ERROR, MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE);
  g_assert_cmpuint (strlen (error->message), <, 200);
  g_assert_nonnull (strstr (error->message, "xxx…”"));
}

static void
test_population (void)
{
  static const struct {
    const char *text;
    guint       value;
  } valid[] = {
    { "0", 0 }, { "7", 7 }, { " 12345 ", 12345 }, { "12 345", 12345 },
    { "1\u202f234\u202f567", 1234567 }, { "\u00a0999\u00a0", 999 },
    { "4294967295", G_MAXUINT }, { "4 294 967 295", G_MAXUINT }, { "+3", 3 },
  };
  static const char *invalid[] = {
    "", "  ", "-1", "1.5", "12,5", "1e3", "1 2", "1234 567", "12  345", "0x10",
    "4294967296", "douze", "12 34a", "45 %", "-0,5",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;
      guint value = 42;

      g_assert_true (maillage_commune_import_parse_population (valid[i].text, &value, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (value, ==, valid[i].value);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      guint value = 42;

      g_assert_false (maillage_commune_import_parse_population (invalid[i], &value, &error));
      g_assert_error (error, MAILLAGE_COMMUNE_IMPORT_ERROR, MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE);
      g_assert_cmpuint (value, ==, 42);
    }
}

static void
test_insee (void)
{
  g_autofree char *corsica = maillage_commune_normalize_insee (" 2b033\u00a0");
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (corsica, ==, "2B033");
  g_assert_true (maillage_commune_check_insee (corsica, &error));
  g_assert_no_error (error);
  g_assert_true (maillage_commune_check_insee ("97411", &error));
  g_assert_false (maillage_commune_check_insee ("390011", &error));
  g_assert_error (error, MAILLAGE_COMMUNE_ERROR, MAILLAGE_COMMUNE_ERROR_INVALID_INSEE);
}

static void
test_merge (void)
{
  g_autoptr(GListStore) current = g_list_store_new (MAILLAGE_TYPE_COMMUNE);
  g_autoptr(MaillageCommune) kept = maillage_commune_new ("39001", "Abbans", 100);
  g_autoptr(MaillageCommune) same = maillage_commune_new ("39002", "Belvoiset", 200);
  g_autoptr(MaillageCommune) changed = maillage_commune_new ("39003", "Chamole", 300);
  g_autoptr(GPtrArray) imported = NULL;
  g_autoptr(GPtrArray) merged = NULL;
  g_autoptr(GError) error = NULL;
  guint n_updated = 99;
  guint n_added = 99;

  g_list_store_append (current, kept);
  g_list_store_append (current, same);
  g_list_store_append (current, changed);

  imported = parse ("code_insee;nom;population\n"
                    "39010;Nouvelle;10\n"
                    "39003;Chamole-la-Neuve;333\n"
                    "39002;Belvoiset;200\n"
                    "39011;Autre;11\n", &error);
  g_assert_no_error (error);

  merged = maillage_commune_import_merge (G_LIST_MODEL (current), imported, &n_updated, &n_added);
  g_assert_cmpuint (n_updated, ==, 1);
  g_assert_cmpuint (n_added, ==, 2);
  g_assert_cmpuint (merged->len, ==, 5);
  /* Present ones keep their place; unchanged ones keep their object. */
  g_assert_true (g_ptr_array_index (merged, 0) == kept);
  g_assert_true (g_ptr_array_index (merged, 1) == same);
  assert_commune (merged, 2, "39003", "Chamole-la-Neuve", 333);
  assert_commune (merged, 3, "39010", "Nouvelle", 10);
  assert_commune (merged, 4, "39011", "Autre", 11);
  /* The current list is not touched. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (current)), ==, 3);
  g_assert_cmpstr (maillage_commune_get_name (changed), ==, "Chamole");
  g_assert_cmpuint (maillage_commune_get_population (changed), ==, 300);
}

int
main (int   argc,
      char *argv[])
{
  /* The messages are checked in English, whatever the machine's locale. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/commune-import/parse/valid", test_parse_valid);
  g_test_add_func ("/commune-import/parse/column-names", test_parse_column_names);
  g_test_add_func ("/commune-import/parse/windows-1252", test_parse_windows_1252);
  g_test_add_func ("/commune-import/parse/errors", test_parse_errors);
  g_test_add_func ("/commune-import/parse/csv-errors", test_parse_csv_errors);
  g_test_add_func ("/commune-import/parse/long-value", test_long_value_shortened);
  g_test_add_func ("/commune-import/population", test_population);
  g_test_add_func ("/commune-import/insee", test_insee);
  g_test_add_func ("/commune-import/merge", test_merge);

  return g_test_run ();
}
