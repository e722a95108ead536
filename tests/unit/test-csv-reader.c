/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-csv-reader"

#include "config.h"

#include <string.h>

#include "maillage.h"

static MaillageCsvReader *
reader_new (const char  *text,
            gssize       length,
            gunichar     separator,
            GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  if (length < 0)
    length = strlen (text);
  bytes = g_bytes_new (text, length);

  return maillage_csv_reader_new_from_bytes (bytes, separator, 0, error);
}

/* Checks the next row against @expected (a NULL-terminated list of fields)
 * and the line it starts on. */
static void
assert_row (MaillageCsvReader  *reader,
            guint               expected_line,
            const char * const *expected)
{
  g_autoptr(GError) error = NULL;
  const char * const *row;
  guint line = 0;

  row = maillage_csv_reader_next_row (reader, &line, &error);
  g_assert_no_error (error);
  g_assert_nonnull (row);
  g_assert_cmpstrv (row, expected);
  g_assert_cmpuint (line, ==, expected_line);
}

static void
assert_end (MaillageCsvReader *reader)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (maillage_csv_reader_next_row (reader, NULL, &error));
  g_assert_no_error (error);
  /* And it stays at the end. */
  g_assert_null (maillage_csv_reader_next_row (reader, NULL, &error));
  g_assert_no_error (error);
}

#define ROW(...) ((const char * const[]) { __VA_ARGS__, NULL })

static void
test_utf8_semicolon (void)
{
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  reader = reader_new ("code_insee;nom;population\n"
                       "39001;Abbans;1 234\n"
                       "39002;Besançon;117 000\n", -1, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (maillage_csv_reader_get_encoding (reader), ==, MAILLAGE_CSV_ENCODING_UTF8);
  g_assert_cmpuint (maillage_csv_reader_get_separator (reader), ==, ';');
  g_assert_cmpuint (maillage_csv_reader_get_n_columns (reader), ==, 3);
  g_assert_cmpstrv (maillage_csv_reader_get_header (reader), ROW ("code_insee", "nom", "population"));
  assert_row (reader, 2, ROW ("39001", "Abbans", "1 234"));
  assert_row (reader, 3, ROW ("39002", "Besançon", "117 000"));
  assert_end (reader);
}

static void
test_utf8_bom (void)
{
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  reader = reader_new ("\xEF\xBB\xBF" "insee;nom\n2A004;Ajaccio\n", -1, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (maillage_csv_reader_get_encoding (reader), ==, MAILLAGE_CSV_ENCODING_UTF8_BOM);
  /* The mark is not part of the first column's name. */
  g_assert_cmpstr (maillage_csv_reader_get_header (reader)[0], ==, "insee");
  assert_row (reader, 2, ROW ("2A004", "Ajaccio"));
  assert_end (reader);
}

static void
test_windows_1252 (void)
{
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  /* ç is 0xE7, € is 0x80 and ’ is 0x92 in Windows-1252: none is UTF-8. */
  reader = reader_new ("nom;montant\nBesan\xE7on;12 \x80\nL\x92Isle;3\n", -1, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (maillage_csv_reader_get_encoding (reader), ==, MAILLAGE_CSV_ENCODING_WINDOWS_1252);
  assert_row (reader, 2, ROW ("Besançon", "12 €"));
  assert_row (reader, 3, ROW ("L’Isle", "3"));
  assert_end (reader);
}

static void
test_bad_encoding (void)
{
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  /* 0x81 is undefined in Windows-1252 and not UTF-8 on its own. */
  reader = reader_new ("nom\nA\nB\x81\n", -1, 0, &error);
  g_assert_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_ENCODING);
  g_assert_null (reader);
  g_assert_nonnull (strstr (error->message, " 3"));
  g_clear_error (&error);

  /* A byte order mark promises UTF-8: Latin-1 after it is an error. */
  reader = reader_new ("\xEF\xBB\xBFnom\nBesan\xE7on\n", -1, 0, &error);
  g_assert_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_ENCODING);
  g_assert_null (reader);
}

static void
test_separator_detection (void)
{
  g_autoptr(MaillageCsvReader) comma = NULL;
  g_autoptr(MaillageCsvReader) tab = NULL;
  g_autoptr(MaillageCsvReader) quoted = NULL;
  g_autoptr(MaillageCsvReader) single = NULL;
  g_autoptr(MaillageCsvReader) given = NULL;
  g_autoptr(GError) error = NULL;

  comma = reader_new ("a,b,c\n1,2;5,3\n", -1, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (maillage_csv_reader_get_separator (comma), ==, ',');
  assert_row (comma, 2, ROW ("1", "2;5", "3"));

  tab = reader_new ("a\tb\n1,5\t2;3\n", -1, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (maillage_csv_reader_get_separator (tab), ==, '\t');
  assert_row (tab, 2, ROW ("1,5", "2;3"));

  /* Separators inside quotes on the header line do not count. */
  quoted = reader_new ("\"nom; prénom; titre\",commune\nx,y\n", -1, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (maillage_csv_reader_get_separator (quoted), ==, ',');
  g_assert_cmpstrv (maillage_csv_reader_get_header (quoted), ROW ("nom; prénom; titre", "commune"));

  single = reader_new ("nom\nA, B\n", -1, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (maillage_csv_reader_get_separator (single), ==, ';');
  assert_row (single, 2, ROW ("A, B"));

  /* A separator given wins over what the header suggests. */
  given = reader_new ("a;b,c\n1;2,3\n", -1, ',', &error);
  g_assert_no_error (error);
  g_assert_cmpuint (maillage_csv_reader_get_separator (given), ==, ',');
  g_assert_cmpstrv (maillage_csv_reader_get_header (given), ROW ("a;b", "c"));
  assert_row (given, 2, ROW ("1;2", "3"));
}

static void
test_quoting (void)
{
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  reader = reader_new ("id;texte;n\n"
                       "1;\"avec ; séparateur\";2\n"
                       "2;\"il dit \"\"bonjour\"\"\";3\n"
                       "3;\"sur\r\ndeux\nou trois lignes\";4\n"
                       "4;\"\";\"\"\n"
                       "5;\"fin\"après;x\n"
                       "6;un \"milieu\" libre;y\n", -1, 0, &error);
  g_assert_no_error (error);
  assert_row (reader, 2, ROW ("1", "avec ; séparateur", "2"));
  assert_row (reader, 3, ROW ("2", "il dit \"bonjour\"", "3"));
  assert_row (reader, 4, ROW ("3", "sur\ndeux\nou trois lignes", "4"));
  /* The row above took three physical lines. */
  assert_row (reader, 7, ROW ("4", "", ""));
  assert_row (reader, 8, ROW ("5", "finaprès", "x"));
  assert_row (reader, 9, ROW ("6", "un \"milieu\" libre", "y"));
  assert_end (reader);
}

static void
test_line_ends (void)
{
  const char *texts[] = {
    "a;b\r\n1;2\r\n3;4\r\n",
    "a;b\n1;2\n3;4\n",
    "a;b\r1;2\r3;4\r",
    "a;b\n1;2\r\n3;4",
    "a;b\r\n1;2\r3;4",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(MaillageCsvReader) reader = NULL;
      g_autoptr(GError) error = NULL;

      reader = reader_new (texts[i], -1, 0, &error);
      g_assert_no_error (error);
      g_assert_cmpstrv (maillage_csv_reader_get_header (reader), ROW ("a", "b"));
      assert_row (reader, 2, ROW ("1", "2"));
      assert_row (reader, 3, ROW ("3", "4"));
      assert_end (reader);
    }
}

static void
test_blank_lines (void)
{
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  reader = reader_new ("\n\r\na;b;c\n\n1;2;3\n;;\n  ; ;\n\r\n4;5;6\n\n\n", -1, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (maillage_csv_reader_get_header (reader), ROW ("a", "b", "c"));
  assert_row (reader, 5, ROW ("1", "2", "3"));
  assert_row (reader, 9, ROW ("4", "5", "6"));
  assert_end (reader);
}

static void
test_short_rows_padded (void)
{
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  reader = reader_new ("a;b;c\n1\n1;2\n1;2;\n", -1, 0, &error);
  g_assert_no_error (error);
  assert_row (reader, 2, ROW ("1", "", ""));
  assert_row (reader, 3, ROW ("1", "2", ""));
  assert_row (reader, 4, ROW ("1", "2", ""));
  assert_end (reader);
}

static void
test_unterminated_quote (void)
{
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(MaillageCsvReader) in_header = NULL;
  g_autoptr(GError) error = NULL;

  reader = reader_new ("a;b\n1;2\n3;\"jamais fermé\n4;5\n6;7\n", -1, 0, &error);
  g_assert_no_error (error);
  assert_row (reader, 2, ROW ("1", "2"));
  g_assert_null (maillage_csv_reader_next_row (reader, NULL, &error));
  g_assert_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_UNTERMINATED_QUOTE);
  /* The message names the line where the quote opened. */
  g_assert_nonnull (strstr (error->message, " 3"));
  g_clear_error (&error);
  /* An error ends the reading. */
  g_assert_null (maillage_csv_reader_next_row (reader, NULL, &error));
  g_assert_no_error (error);

  in_header = reader_new ("\"a;b\n", -1, 0, &error);
  g_assert_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_UNTERMINATED_QUOTE);
  g_assert_null (in_header);
}

static void
test_too_many_fields (void)
{
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  reader = reader_new ("a;b\n1;2\n\n\"x\ny\";2;3\n", -1, 0, &error);
  g_assert_no_error (error);
  assert_row (reader, 2, ROW ("1", "2"));
  g_assert_null (maillage_csv_reader_next_row (reader, NULL, &error));
  g_assert_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_TOO_MANY_FIELDS);
  g_assert_nonnull (strstr (error->message, " 4"));
  g_assert_nonnull (strstr (error->message, "3"));
}

static void
test_too_large (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("a;b\n1;2\n", 8);
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  reader = maillage_csv_reader_new_from_bytes (bytes, 0, 7, &error);
  g_assert_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_TOO_LARGE);
  g_assert_null (reader);
  g_clear_error (&error);

  reader = maillage_csv_reader_new_from_bytes (bytes, 0, 8, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reader);
}

static void
test_binary (void)
{
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  reader = reader_new ("a;b\n1;\0002\n", 9, 0, &error);
  g_assert_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_BINARY);
  g_assert_null (reader);
  g_clear_error (&error);

  /* UTF-16, as some tools write "Unicode text": refused, not garbled. */
  reader = reader_new ("\xFF\xFE" "a\000;\000b\000\n\000", 10, 0, &error);
  g_assert_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_BINARY);
  g_assert_null (reader);
}

static void
test_empty (void)
{
  const char *texts[] = { "", "\n\n\r\n", "\xEF\xBB\xBF", ";;\n;\n" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(MaillageCsvReader) reader = NULL;
      g_autoptr(GError) error = NULL;

      reader = reader_new (texts[i], -1, 0, &error);
      g_assert_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_EMPTY);
      g_assert_null (reader);
    }
}

static void
test_find_column (void)
{
  static const char * const insee[] = { "code_insee", "insee", "code", NULL };
  static const char * const name[] = { "nom", "nom_commune", NULL };
  static const char * const population[] = { "population", "pop", "ptot", NULL };
  static const char * const missing[] = { "siren", NULL };
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  reader = reader_new ("Code;  INSEE ;Nom_Commune;PTOT;Année\n", -1, 0, &error);
  g_assert_no_error (error);
  /* Case and surrounding spaces do not matter; the first name given wins
   * over a later one even if the latter comes first in the header. */
  g_assert_cmpint (maillage_csv_reader_find_column (reader, insee), ==, 1);
  g_assert_cmpint (maillage_csv_reader_find_column (reader, name), ==, 2);
  g_assert_cmpint (maillage_csv_reader_find_column (reader, population), ==, 3);
  g_assert_cmpint (maillage_csv_reader_find_column (reader, missing), ==, -1);
  g_assert_cmpint (maillage_csv_reader_find_column (reader, ROW ("ANNÉE")), ==, 4);
  assert_end (reader);
}

static void
test_from_file (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "communes.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/communes.csv");
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "insee,nom\r\n39001,Abbans\r\n", -1, &error);
  g_assert_no_error (error);

  reader = maillage_csv_reader_new_from_file (file, 0, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (maillage_csv_reader_get_separator (reader), ==, ',');
  assert_row (reader, 2, ROW ("39001", "Abbans"));
  assert_end (reader);
  g_clear_object (&reader);

  reader = maillage_csv_reader_new_from_file (file, 0, 10, NULL, &error);
  g_assert_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_TOO_LARGE);
  g_assert_null (reader);
  g_clear_error (&error);

  reader = maillage_csv_reader_new_from_file (missing, 0, 0, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_null (reader);
}

static void
test_many_rows (void)
{
  const guint n_rows = 100000;
  g_autoptr(GString) text = g_string_new ("code_insee;nom;population;commentaire\r\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = NULL;
  const char * const *row;
  guint line = 0;
  guint count = 0;
  guint64 total = 0;
  double elapsed;

  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (text, "%05u;Commune n° %u;%u;\"texte ; \"\"cité\"\"\"\r\n",
                            i, i, i % 1000);
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));

  timer = g_timer_new ();
  reader = maillage_csv_reader_new_from_bytes (bytes, 0, 0, &error);
  g_assert_no_error (error);
  while ((row = maillage_csv_reader_next_row (reader, &line, &error)) != NULL)
    {
      g_assert_cmpuint (line, ==, count + 2);
      total += g_ascii_strtoull (row[2], NULL, 10);
      count++;
    }
  elapsed = g_timer_elapsed (timer, NULL);
  g_assert_no_error (error);

  g_assert_cmpuint (count, ==, n_rows);
  g_assert_cmpuint (total, ==, (guint64) 100 * (999 * 1000 / 2));
  g_test_message ("%u rows read in %.3f s", n_rows, elapsed);
  /* Far above the ~50 ms it takes: this catches quadratic work only. */
  g_assert_cmpfloat (elapsed, <, 5.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/csv-reader/utf8-semicolon", test_utf8_semicolon);
  g_test_add_func ("/csv-reader/utf8-bom", test_utf8_bom);
  g_test_add_func ("/csv-reader/windows-1252", test_windows_1252);
  g_test_add_func ("/csv-reader/bad-encoding", test_bad_encoding);
  g_test_add_func ("/csv-reader/separator-detection", test_separator_detection);
  g_test_add_func ("/csv-reader/quoting", test_quoting);
  g_test_add_func ("/csv-reader/line-ends", test_line_ends);
  g_test_add_func ("/csv-reader/blank-lines", test_blank_lines);
  g_test_add_func ("/csv-reader/short-rows-padded", test_short_rows_padded);
  g_test_add_func ("/csv-reader/unterminated-quote", test_unterminated_quote);
  g_test_add_func ("/csv-reader/too-many-fields", test_too_many_fields);
  g_test_add_func ("/csv-reader/too-large", test_too_large);
  g_test_add_func ("/csv-reader/binary", test_binary);
  g_test_add_func ("/csv-reader/empty", test_empty);
  g_test_add_func ("/csv-reader/find-column", test_find_column);
  g_test_add_func ("/csv-reader/from-file", test_from_file);
  g_test_add_func ("/csv-reader/many-rows", test_many_rows);

  return g_test_run ();
}
