/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-markdown-export.c: the Markdown exporter: escaping of the user's
 * text, every kind of block, anchors of the table of contents, hostile
 * text, writing files; and, when pandoc is installed, what a real
 * CommonMark reader makes of the output (skipped otherwise).
 */
#define G_LOG_DOMAIN "test-export-markdown"

#include "config.h"

#include <string.h>

#include "maillage-test-type-module.h"
#include "markdown-exporter.h"
#include "markdown-text.h"
#include "markdown-writer.h"

static MaillageExporter *
new_exporter (void)
{
  static GTypeModule *module;

  if (module == NULL)
    {
      module = g_object_new (MAILLAGE_TYPE_TEST_TYPE_MODULE, NULL);
      g_type_module_use (module);
      markdown_exporter_register (module);
    }

  return g_object_new (MARKDOWN_TYPE_EXPORTER, NULL);
}

static char *
write_markdown (MaillageDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) text = markdown_writer_write (document, NULL, &error);
  gsize length;
  char *data;

  g_assert_no_error (error);
  data = g_bytes_unref_to_data (g_steal_pointer (&text), &length);
  g_assert_cmpuint (strlen (data), ==, length);
  g_assert_true (g_utf8_validate (data, length, NULL));

  return data;
}

static void
assert_contains (const char *text,
                 const char *fragment)
{
  if (strstr (text, fragment) == NULL)
    g_error ("the Markdown lacks “%s”:\n%s", fragment, strlen (text) < 8192 ? text : "(long)");
}

static MaillageChart *
new_chart (const char *title)
{
  static const char * const communes[] = { "Arbois", "Bletterans", NULL };
  MaillageChart *chart = maillage_chart_new_bar (title, "%");
  guint series = maillage_chart_add_series (chart, "2026");

  for (guint i = 0; communes[i] != NULL; i++)
    maillage_chart_set_value (chart, series, maillage_chart_add_category (chart, communes[i]),
                              40.0 * (i + 1));

  return chart;
}

/* Every kind of block in three parts; heading texts without no-break
 * spaces, so that pandoc's anchors are GitHub's. */
static MaillageDocument *
full_document (void)
{
  static const char * const bullets[] = { "Fibre", "2. pas un numéro", NULL };
  static const char * const numbered[] = { "Diagnostic", "Plan", NULL };
  static const char * const more_bullets[] = { "Autre liste", NULL };
  static const char * const header[] = { "Année", "Montant", "État", NULL };
  static const char * const row[] = { "2027", "150", "a|b", NULL };
  MaillageDocument *document = maillage_document_new ("Stratégie numérique");
  g_autoptr(MaillageChart) chart = new_chart ("Couverture");
  MaillageBlock *block;

  maillage_document_set_author (document, "Communauté de communes du Val");
  maillage_document_set_subject (document, "Délibération et stratégie");
  maillage_document_add_part (document, MAILLAGE_PART_DELIBERATION, "Délibération");
  maillage_document_add_heading (document, 1, "Article premier");
  maillage_document_add_part (document, MAILLAGE_PART_NOTE, "Note de synthèse");
  maillage_document_add_contents (document, "Sommaire");
  maillage_document_add_heading (document, 1, "Contexte");
  block = maillage_document_add_rich_paragraph (document);
  maillage_block_append_span (block, MAILLAGE_TEXT_STYLE_NONE, "Le budget est ");
  maillage_block_append_span (block, MAILLAGE_TEXT_STYLE_BOLD, "adopté");
  maillage_block_append_span (block, MAILLAGE_TEXT_STYLE_NONE, ", voir ");
  maillage_block_append_span (block, MAILLAGE_TEXT_STYLE_ITALIC, "l’annexe");
  maillage_block_append_span (block, MAILLAGE_TEXT_STYLE_NONE, " et ");
  maillage_block_append_span (block, MAILLAGE_TEXT_STYLE_BOLD | MAILLAGE_TEXT_STYLE_ITALIC, "surtout");
  maillage_block_append_span (block, MAILLAGE_TEXT_STYLE_NONE, " sur");
  maillage_block_append_link (block, " le site", "https://example.org/a (b)?x=1&y=2");
  maillage_document_add_heading (document, 3, "Contexte");
  maillage_document_add_list (document, FALSE, bullets);
  maillage_document_add_list (document, FALSE, more_bullets);
  maillage_document_add_list (document, TRUE, numbered);
  maillage_document_add_list (document, TRUE, numbered);
  maillage_document_add_heading (document, 2, "Chiffres");
  block = maillage_document_add_table (document, "Budget", header);
  maillage_block_set_alignment (block, 1, MAILLAGE_ALIGNMENT_END);
  maillage_block_set_alignment (block, 2, MAILLAGE_ALIGNMENT_CENTER);
  maillage_block_append_row (block, row);
  block = maillage_document_add_figure (document, chart, "Couverture en fibre");
  maillage_block_set_alt_text (block, "Arbois 40, Bletterans 80.");
  maillage_document_add_page_break (document);
  maillage_document_add_paragraph (document, "Après le saut.");
  maillage_document_add_page_break (document);
  maillage_document_add_part (document, MAILLAGE_PART_ANNEX, "Stratégie");
  maillage_document_add_heading (document, 1, "Axes");

  return document;
}

static void
test_exporter (void)
{
  g_autoptr(MaillageExporter) exporter = new_exporter ();

  g_assert_cmpstr (maillage_exporter_get_format_id (exporter), ==, "markdown");
  g_assert_cmpstr (maillage_exporter_get_mime_type (exporter), ==, "text/markdown");
  g_assert_cmpstr (maillage_exporter_get_file_extension (exporter), ==, "md");
}

static void
test_every_block (void)
{
  g_autoptr(MaillageDocument) document = full_document ();
  g_autofree char *markdown = write_markdown (document);

  g_assert_true (g_str_has_prefix (markdown, "**Stratégie numérique**\n\nDélibération et stratégie\n\n"
                                             "Communauté de communes du Val\n\n# Délibération\n\n"));
  g_assert_true (g_str_has_suffix (markdown, "\n# Stratégie\n\n## 1 Axes\n"));
  g_assert_null (strstr (markdown, "\n\n\n"));

  /* Headings: a part is #, levels clamped (level 3 under level 1 is ###,
   * not ####), numbered in the note, not in the délibération. */
  assert_contains (markdown, "\n## Article premier\n");
  assert_contains (markdown, "\n## Sommaire\n");
  assert_contains (markdown, "\n## 1 Contexte\n");
  assert_contains (markdown, "\n### 1.");

  /* The table of contents: the note's headings, nested, linked to
   * GitHub's anchors; the second « Contexte » has its own. */
  assert_contains (markdown, "## Sommaire\n\n- [1 Contexte](#1-contexte)\n  - [1.");
  assert_contains (markdown, "\n  - [1.");

  /* Spans, and a link whose address has spaces and parentheses. */
  assert_contains (markdown, "\nLe budget est **adopté**, voir *l’annexe* et ***surtout*** sur "
                             "[le site](https://example.org/a%20%28b%29?x=1\\&y=2)\n");

  /* Lists: two in a row take different markers, or they would merge. */
  assert_contains (markdown, "\n- Fibre\n- 2\\. pas un numéro\n\n* Autre liste\n\n"
                             "1. Diagnostic\n2. Plan\n\n1) Diagnostic\n2) Plan\n");

  /* The table: caption above, alignment row, | escaped. */
  assert_contains (markdown, "\n*Budget*\n\n| Année | Montant | État |\n| --- | ---: | :---: |\n"
                             "| 2027 | 150 | a\\|b |\n");

  /* The figure: caption in italics, then its text alternative. */
  assert_contains (markdown, "\n*Couverture en fibre*\n\nArbois 40, Bletterans 80.\n");

  /* One thematic break: not the one before the part. */
  assert_contains (markdown, "\n***\n\nAprès le saut.\n\n# Stratégie\n");
  g_assert_null (strstr (strstr (markdown, "\n***\n") + 1, "\n***\n"));
}

typedef struct
{
  const char *input;
  const char *expected;
} Case;

static void
test_escape (void)
{
  static const Case paragraphs[] = {
    { "*gras* _it_ `code`", "\\*gras\\* \\_it\\_ \\`code\\`" },
    { "# pas un titre", "\\# pas un titre" },
    { "- pas une liste", "\\- pas une liste" },
    { "+ non", "\\+ non" },
    { "1. non", "1\\. non" },
    { "2026.", "2026\\." },
    { "12) non", "12\\) non" },
    { "a. non", "a\\. non" },
    { "iv) non", "iv\\) non" },
    { "(2) non", "\\(2) non" },
    { "Objectif. Oui", "Objectif. Oui" },
    { "1234567890. Trop long", "1234567890. Trop long" },
    { "    code", "code" },
    { "> citation", "\\> citation" },
    { "= souligné", "\\= souligné" },
    { ": définition", "\\: définition" },
    { "<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>" },
    { "[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))" },
    { "&amp; &lt;", "\\&amp; \\&lt;" },
    { "a|b ~c~ ^d^ $e$ {f}", "a\\|b \\~c\\~ \\^d\\^ \\$e\\$ \\{f\\}" },
    { "C:\\dossier", "C:\\\\dossier" },
    { "une\ndeux\n\n- trois", "une\\\ndeux\\\n\\- trois" },
    { "fin  \n  suite", "fin\\\nsuite" },
    { "fin\n", "fin" },
    { "\x01\x1b[0m\x7f" "a\xc2\x85" "b\xef\xbf\xbf" "c", "\\[0ma" "b" "c" },
    { "\x01- caché", "\\- caché" },
    { "مرحبا 👩🏽‍💻", "مرحبا 👩🏽‍💻" },
  };
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (paragraphs); i++)
    {
      MarkdownInline inline_text;

      g_string_truncate (out, 0);
      markdown_inline_init (&inline_text, out, TRUE, TRUE);
      markdown_inline_append (&inline_text, paragraphs[i].input);
      if (!g_str_equal (out->str, paragraphs[i].expected))
        g_error ("“%s” gave “%s”, not “%s”", paragraphs[i].input, out->str, paragraphs[i].expected);
    }

  /* A list marker split over two spans is still escaped. */
  {
    MarkdownInline inline_text;

    g_string_truncate (out, 0);
    markdown_inline_init (&inline_text, out, TRUE, TRUE);
    markdown_inline_append (&inline_text, "2026");
    markdown_inline_append (&inline_text, ". Le conseil");
    g_assert_cmpstr (out->str, ==, "2026\\. Le conseil");
  }

  /* An item: one line, escaped at its start. */
  {
    MarkdownInline inline_text;

    g_string_truncate (out, 0);
    markdown_inline_init (&inline_text, out, FALSE, TRUE);
    markdown_inline_append (&inline_text, "\n  - une\nligne");
    g_assert_cmpstr (out->str, ==, "\\- une ligne");
  }

  /* Outside a paragraph: one line, nothing at a line start. */
  g_string_truncate (out, 0);
  markdown_append_text (out, "- une\nligne | 1. x");
  g_assert_cmpstr (out->str, ==, "- une ligne \\| 1. x");

  /* Invalid UTF-8 is repaired. */
  g_string_truncate (out, 0);
  markdown_append_text (out, "é\xff*");
  g_assert_true (g_utf8_validate (out->str, -1, NULL));
  g_assert_true (g_str_has_suffix (out->str, "\\*"));
}

static void
test_spans (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  MarkdownInline inline_text;

  markdown_inline_init (&inline_text, out, TRUE, TRUE);
  markdown_inline_append_styled (&inline_text, " gras ", MAILLAGE_TEXT_STYLE_BOLD);
  markdown_inline_append_styled (&inline_text, "\u00a0:\u00a0", MAILLAGE_TEXT_STYLE_ITALIC);
  markdown_inline_append_styled (&inline_text, "*x*", MAILLAGE_TEXT_STYLE_ITALIC);
  markdown_inline_append_link (&inline_text, "clique", MAILLAGE_TEXT_STYLE_NONE, "javascript:alert(1)");
  markdown_inline_append_link (&inline_text, " ici", MAILLAGE_TEXT_STYLE_NONE, "mailto:a@example.org");
  markdown_inline_append_link (&inline_text, "", MAILLAGE_TEXT_STYLE_NONE, "https://example.org");
  g_assert_cmpstr (out->str, ==, "**gras** \u00a0*:*\u00a0*\\*x\\**clique [ici](mailto:a@example.org)");

  g_assert_true (markdown_uri_is_safe ("HTTPS://example.org"));
  g_assert_false (markdown_uri_is_safe (" javascript:alert(1)"));
  g_assert_false (markdown_uri_is_safe ("data:text/html,x"));
  g_assert_false (markdown_uri_is_safe ("file:///etc/passwd"));
  g_assert_false (markdown_uri_is_safe (NULL));
}

static void
test_slugs (void)
{
  static const Case slugs[] = {
    { "1.2 Contexte", "12-contexte" },
    { "Été 2027 : « Bilan » !", "été-2027---bilan--" },
    { "snake_case et tiret-6", "snake_case-et-tiret-6" },
    { "Émoji 👩🏽‍💻 fin", "émoji--fin" },
  };
  static const char * const header[] = { "Titre", NULL };
  g_autoptr(MaillageDocument) document = maillage_document_new ("Ancres");
  g_autofree char *markdown = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (slugs); i++)
    {
      g_autofree char *slug = markdown_slug (slugs[i].input);

      g_assert_cmpstr (slug, ==, slugs[i].expected);
    }

  /* Duplicates take -1, -2 in the order of the page, counting the ones
   * that already end so. */
  maillage_document_add_contents (document, "Sommaire");
  maillage_document_add_heading (document, 1, "Titre");
  maillage_document_add_heading (document, 1, "Titre-1");
  maillage_document_add_heading (document, 1, "Titre");
  maillage_document_add_heading (document, 1, "Titre");
  maillage_document_add_table (document, NULL, header);
  markdown = write_markdown (document);
  assert_contains (markdown, "- [Titre](#titre)\n- [Titre-1](#titre-1)\n- [Titre](#titre-2)\n"
                             "- [Titre](#titre-3)\n");
  assert_contains (markdown, "| Titre |\n| --- |\n");
}

static char *
repeat (const char *text,
        gsize       length)
{
  GString *out = g_string_sized_new (length + strlen (text));

  while (out->len < length)
    g_string_append (out, text);

  return g_string_free (out, FALSE);
}

/* Hostile text, with a paragraph of @huge bytes (pandoc takes seconds
 * over a megabyte: its test has a smaller one). */
static MaillageDocument *
hostile_document (gsize huge_length)
{
  static const char * const items[] = { "<script>alert(1)</script>", "1. *", NULL };
  static const char * const header[] = { "<th onclick=alert(1)>", "|", NULL };
  static const char * const row[] = { "\n- x\n", "[x](javascript:alert(1))", NULL };
  g_autofree char *huge = repeat ("Lorem *ipsum* <b>dolor</b> & [sit](amet) ", huge_length);
  g_autofree char *word = repeat ("Anticonstitutionnellement", 20000);
  g_autoptr(MaillageChart) chart = new_chart ("<script>");
  MaillageDocument *document = maillage_document_new ("---\ntitle: x\n---");
  MaillageBlock *block;

  maillage_document_set_author (document, "<img src=x onerror=alert(1)>");
  maillage_document_add_part (document, MAILLAGE_PART_NOTE, "<script>alert(1)</script>");
  maillage_document_add_heading (document, 1, "Titre ###");
  maillage_document_add_paragraph (document, "<script>alert(1)</script>");
  maillage_document_add_paragraph (document, "[x](javascript:alert(1))");
  maillage_document_add_paragraph (document, "<img src=x onerror=alert(1)>");
  maillage_document_add_paragraph (document, "```\ncode\n```");
  maillage_document_add_paragraph (document, "Contrôle\x01\x1b[31m\x7f fin");
  maillage_document_add_paragraph (document, "مرحبا بالعالم ، שלום עולם");
  maillage_document_add_paragraph (document, "Emoji 🇫🇷 👩🏽‍💻 ✅");
  maillage_document_add_paragraph (document, word);
  maillage_document_add_paragraph (document, huge);
  block = maillage_document_add_rich_paragraph (document);
  maillage_block_append_link (block, "clique", "javascript:alert(1)");
  maillage_block_append_link (block, "data", "data:text/html,<script>alert(1)</script>");
  maillage_block_append_link (block, "écrire", "mailto:contact@example.org");
  maillage_document_add_list (document, FALSE, items);
  block = maillage_document_add_table (document, "<caption>", header);
  maillage_block_append_row (block, row);
  block = maillage_document_add_figure (document, chart, "*légende*");
  maillage_block_set_alt_text (block, "<script>alert(1)</script>");

  return document;
}

/* Each @fragment in @markdown is preceded by a backslash. */
static void
assert_escaped (const char *markdown,
                const char *fragment)
{
  for (const char *p = strstr (markdown, fragment); p != NULL; p = strstr (p + 1, fragment))
    if (p == markdown || p[-1] != '\\')
      g_error ("“%s” is not escaped: “%.40s”", fragment, p > markdown + 20 ? p - 20 : markdown);
}

static void
test_hostile (void)
{
  g_autoptr(MaillageDocument) document = hostile_document (1024 * 1024);
  g_autofree char *markdown = write_markdown (document);

  g_assert_cmpuint (strlen (markdown), >, 1024 * 1024 + 20000);
  assert_escaped (markdown, "<script");
  assert_escaped (markdown, "](javascript");
  assert_escaped (markdown, "<img");
  g_assert_null (strstr (markdown, "](data"));
  g_assert_null (strstr (markdown, "\n```"));
  g_assert_null (strstr (markdown, "\n---"));
  assert_contains (markdown, "[écrire](mailto:contact@example.org)");
  assert_contains (markdown, "\n## 1 Titre \\#\\#\\#\n");
  for (const guchar *p = (const guchar *) markdown; *p != '\0'; p++)
    g_assert_true ((*p >= 0x20 && *p != 0x7f) || *p == '\n' || *p == '\t');
}

static void
test_write (void)
{
  g_autoptr(MaillageExporter) exporter = new_exporter ();
  g_autoptr(MaillageDocument) document = full_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_dir_make_tmp ("test-export-markdown-XXXXXX", &error);
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(GFile) file = g_file_get_child (folder, "stratégie.md");
  g_autoptr(GFile) missing = g_file_new_build_filename (path, "absent", "x.md", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autofree char *expected = write_markdown (document);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_no_error (error);
  g_assert_true (maillage_exporter_write (exporter, document, file, NULL, &error));
  g_assert_no_error (error);
  g_file_load_contents (file, NULL, &contents, &length, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);

  /* The same text through a stream, for other exporters (pandoc). */
  g_assert_true (markdown_writer_write_stream (document, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                   g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)),
                   expected, strlen (expected));

  /* Cancelled: the file is untouched. */
  g_cancellable_cancel (cancellable);
  g_assert_false (maillage_exporter_write (exporter, document, file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_clear_pointer (&contents, g_free);
  g_file_load_contents (file, NULL, &contents, &length, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);

  /* A folder that does not exist: a message naming the file. */
  g_assert_false (maillage_exporter_write (exporter, document, missing, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "x.md"));
  g_clear_error (&error);

  g_file_delete (file, NULL, &error);
  g_assert_no_error (error);
  g_file_delete (folder, NULL, &error);
  g_assert_no_error (error);
}

/* What pandoc makes of @markdown, read as @format, written as HTML. */
static char *
pandoc_to_html (const char *markdown,
                const char *format)
{
  g_autoptr(GSubprocess) pandoc = NULL;
  g_autoptr(GBytes) input = g_bytes_new (markdown, strlen (markdown));
  g_autoptr(GBytes) output = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  pandoc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                             "pandoc", "-f", format, "-t", "html", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate (pandoc, input, NULL, &output, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (pandoc));

  return g_bytes_unref_to_data (g_steal_pointer (&output), &length);
}

static guint
count (const char *text,
       const char *fragment)
{
  guint n = 0;

  for (const char *p = strstr (text, fragment); p != NULL; p = strstr (p + 1, fragment))
    n++;

  return n;
}

/* Every href="#x" of @html has an id="x". */
static void
assert_anchors_resolve (const char *html)
{
  for (const char *p = strstr (html, "href=\"#"); p != NULL; p = strstr (p + 1, "href=\"#"))
    {
      const char *end = strchr (p + 7, '"');
      g_autofree char *id = g_strdup_printf ("id=\"%.*s\"", (int) (end - p - 7), p + 7);

      if (strstr (html, id) == NULL)
        g_error ("pandoc’s HTML has no %s:\n%s", id, html);
    }
}

static void
test_pandoc (void)
{
  g_autoptr(MaillageDocument) document = full_document ();
  g_autoptr(MaillageDocument) hostile = hostile_document (4096);
  g_autofree char *markdown = write_markdown (document);
  g_autofree char *hostile_markdown = write_markdown (hostile);
  g_autofree char *pandoc = g_find_program_in_path ("pandoc");

  if (pandoc == NULL)
    {
      g_test_skip ("pandoc is not installed");
      return;
    }

  for (guint i = 0; i < 2; i++)
    {
      const char *format = i == 0 ? "commonmark_x" : "gfm";
      g_autofree char *html = pandoc_to_html (markdown, format);
      g_autofree char *hostile_html = pandoc_to_html (hostile_markdown, format);

      g_test_message ("pandoc -f %s", format);
      g_assert_cmpuint (count (html, "<h1"), ==, 3);
      g_assert_cmpuint (count (html, "<h2"), ==, 4);
      g_assert_cmpuint (count (html, "<h3"), ==, 2);
      g_assert_cmpuint (count (html, "<ul>"), ==, 4);
      g_assert_cmpuint (count (html, "<ol"), ==, 2);
      g_assert_cmpuint (count (html, "<table>"), ==, 1);
      g_assert_cmpuint (count (html, "<hr />"), ==, 1);
      g_assert_cmpuint (count (html, "<strong>"), ==, 3);
      assert_contains (html, "<strong>adopté</strong>");
      assert_contains (html, "<em>l’annexe</em>");
      assert_contains (html, "<li>2. pas un numéro</li>");
      assert_contains (html, ">a|b</td>");
      assert_contains (html, "href=\"https://example.org/a%20%28b%29?x=1&amp;y=2\"");
      assert_anchors_resolve (html);

      g_assert_null (strstr (hostile_html, "<script"));
      g_assert_null (strstr (hostile_html, "<img"));
      g_assert_null (strstr (hostile_html, "javascript:alert(1)\""));
      g_assert_null (strstr (hostile_html, "<pre"));
      g_assert_null (strstr (hostile_html, "<hr"));
      assert_contains (hostile_html, "&lt;script&gt;alert(1)&lt;/script&gt;");
      /* (typography puts a no-break space before the colon) */
      assert_contains (hostile_html, "[x](javascript");
      assert_contains (hostile_html, "<a href=\"mailto:contact@example.org\">écrire</a>");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export-markdown/exporter", test_exporter);
  g_test_add_func ("/export-markdown/every-block", test_every_block);
  g_test_add_func ("/export-markdown/escape", test_escape);
  g_test_add_func ("/export-markdown/spans", test_spans);
  g_test_add_func ("/export-markdown/slugs", test_slugs);
  g_test_add_func ("/export-markdown/hostile", test_hostile);
  g_test_add_func ("/export-markdown/write", test_write);
  g_test_add_func ("/export-markdown/pandoc", test_pandoc);

  return g_test_run ();
}
