/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * html-test-page.c: a strict reading of an exported page. The page must be
 * well-formed XML (GMarkup parses it, which also proves every text was
 * escaped), and, element by element:
 *
 * - only the elements the exporter means to write, no script, no frame,
 *   no form, no embedded object;
 * - no event attribute (on…), no src, no javascript: anywhere;
 * - links to http, https, mailto or to an id of the page, and every id
 *   referred to (href, url(#…), aria-labelledby) exists, once;
 * - every <th> has a scope;
 * - headings without gaps: the first is <h1>, each is at most one level
 *   deeper than the one before.
 *
 * A breach is a test failure, with the reason.
 */
#define G_LOG_DOMAIN "test-export-html"

#include "config.h"

#include <string.h>

#include "html-test-page.h"

typedef struct
{
  HtmlTestPage *page;
  GPtrArray    *references;  /* ids referred to */
  GSList       *stack;       /* element names, innermost first */
  guint         in_svg;
  guint         in_style;
} Parse;

static const char * const html_elements[] = {
  "html", "head", "meta", "title", "style", "body", "header", "main", "section", "nav",
  "h1", "h2", "h3", "h4", "h5", "h6", "p", "span", "strong", "em", "a", "br", "ul", "ol", "li",
  "table", "caption", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "div", "svg",
  "wbr",
  NULL
};

/* What cairo's SVG surface writes, and our <title> and <desc>. */
static const char * const svg_elements[] = {
  "svg", "g", "defs", "path", "use", "rect", "clipPath", "mask", "image", "pattern",
  "linearGradient", "radialGradient", "stop", "title", "desc", "filter", "feColorMatrix",
  "feComposite", "feImage", "feOffset", "feFlood",
  NULL
};

static gboolean
has_safe_scheme (const char *uri)
{
  return g_str_has_prefix (uri, "http://") || g_str_has_prefix (uri, "https://") ||
         g_str_has_prefix (uri, "mailto:");
}

/* @value, lower-case, without the white space and control characters a
 * browser skips in a URL: "java\tscript:" is still javascript:. */
static char *
squeeze (const char *value)
{
  g_autofree char *lower = g_ascii_strdown (value, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = lower; *p != '\0'; p++)
    if ((guchar) *p > ' ')
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

static void
add_url_references (Parse      *parse,
                    const char *value)
{
  for (const char *p = strstr (value, "url(#"); p != NULL; p = strstr (p + 1, "url(#"))
    {
      const char *end = strchr (p, ')');

      g_assert_nonnull (end);
      g_ptr_array_add (parse->references, g_strndup (p + 5, end - p - 5));
    }
}

static void
check_attribute (Parse      *parse,
                 const char *element,
                 const char *name,
                 const char *value)
{
  g_autofree char *squeezed = squeeze (value);

  if (g_ascii_strncasecmp (name, "on", 2) == 0)
    g_error ("<%s> has an event attribute %s=\"%s\"", element, name, value);
  if (strstr (squeezed, "javascript:") != NULL || strstr (squeezed, "vbscript:") != NULL)
    g_error ("<%s %s=\"%s\"> names a script", element, name, value);
  if (g_str_equal (name, "src") || g_str_equal (name, "srcdoc") ||
      g_str_equal (name, "formaction") || g_str_equal (name, "action"))
    g_error ("<%s> has a %s attribute", element, name);
  if (g_str_equal (name, "http-equiv") && !g_str_equal (value, "Content-Security-Policy"))
    g_error ("<meta http-equiv=\"%s\">", value);
  if (g_str_equal (name, "style") && parse->in_svg == 0)
    g_error ("<%s> has a style attribute outside a chart", element);

  if (g_str_equal (name, "href") || g_str_equal (name, "xlink:href"))
    {
      if (value[0] == '#')
        g_ptr_array_add (parse->references, g_strdup (value + 1));
      else if (g_str_equal (element, "a") && parse->in_svg == 0)
        {
          if (!has_safe_scheme (value))
            g_error ("a link to “%s”", value);
        }
      else if (!g_str_has_prefix (value, "data:image/png;base64,"))
        g_error ("<%s> refers to “%s”", element, value);
      if (g_str_equal (element, "a") && parse->in_svg == 0)
        g_ptr_array_add (parse->page->links, g_strdup (value));
    }
  else if (g_str_equal (name, "aria-labelledby"))
    {
      g_auto(GStrv) ids = g_strsplit (value, " ", -1);

      for (guint i = 0; ids[i] != NULL; i++)
        g_ptr_array_add (parse->references, g_strdup (ids[i]));
    }
  else if (g_str_equal (name, "id"))
    {
      if (!g_hash_table_add (parse->page->ids, g_strdup (value)))
        g_error ("the id “%s” is given twice", value);
    }

  add_url_references (parse, value);
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  Parse *parse = user_data;
  HtmlTestPage *page = parse->page;
  gpointer count = g_hash_table_lookup (page->elements, element);
  const char *scope = NULL;

  if (g_str_equal (element, "svg"))
    parse->in_svg++;
  if (!g_strv_contains (parse->in_svg > 0 ? svg_elements : html_elements, element))
    g_error ("unexpected element <%s>", element);

  g_hash_table_replace (page->elements, g_strdup (element),
                        GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
  parse->stack = g_slist_prepend (parse->stack, g_strdup (element));
  if (g_str_equal (element, "style"))
    parse->in_style++;

  for (guint i = 0; names[i] != NULL; i++)
    {
      check_attribute (parse, element, names[i], values[i]);
      if (g_str_equal (names[i], "scope"))
        scope = values[i];
      if (g_str_equal (element, "html") && g_str_equal (names[i], "lang"))
        page->lang = g_strdup (values[i]);
    }

  if (parse->in_svg == 0 && strlen (element) == 2 && element[0] == 'h' &&
      element[1] >= '1' && element[1] <= '6')
    {
      guint level = element[1] - '0';
      guint previous = page->heading_levels->len > 0 ?
        g_array_index (page->heading_levels, guint, page->heading_levels->len - 1) : 0;

      if (level > previous + 1)
        g_error ("<h%u> follows <h%u>: a gap in the headings", level, previous);
      g_array_append_val (page->heading_levels, level);
    }

  if (g_str_equal (element, "th"))
    {
      if (g_strcmp0 (scope, "col") == 0)
        page->n_column_headers++;
      else if (g_strcmp0 (scope, "row") == 0)
        page->n_row_headers++;
      else
        g_error ("a <th> without scope");
    }
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  Parse *parse = user_data;

  g_free (parse->stack->data);
  parse->stack = g_slist_delete_link (parse->stack, parse->stack);
  if (g_str_equal (element, "svg"))
    parse->in_svg--;
  if (g_str_equal (element, "style"))
    parse->in_style--;
  if (g_str_equal (element, "p") || g_str_equal (element, "li") ||
      g_str_equal (element, "td") || g_str_equal (element, "th") ||
      g_str_equal (element, "title") || g_str_equal (element, "desc") ||
      g_str_equal (element, "caption") || g_str_equal (element, "figcaption") ||
      (strlen (element) == 2 && element[0] == 'h' && element[1] >= '1' && element[1] <= '6'))
    g_string_append_c (parse->page->text, '\n');
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 length,
      gpointer              user_data,
      GError              **error)
{
  Parse *parse = user_data;

  if (parse->in_style == 0)
    g_string_append_len (parse->page->text, text, length);
}

/**
 * html_test_page_check:
 * @html: a page written by the exporter
 * @length: its length
 *
 * Parses @html strictly and fails the test on the first breach of the rules
 * at the top of this file.
 *
 * Returns: (transfer full): what the page holds
 */
HtmlTestPage *
html_test_page_check (const char *html,
                      gsize       length)
{
  static const GMarkupParser parser = { start_element, end_element, text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  Parse parse = { 0, };

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\""));
  g_assert_null (strstr (html, "<?xml"));

  parse.page = g_new0 (HtmlTestPage, 1);
  parse.page->heading_levels = g_array_new (FALSE, FALSE, sizeof (guint));
  parse.page->elements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parse.page->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parse.page->links = g_ptr_array_new_with_free_func (g_free);
  parse.page->text = g_string_new (NULL);
  parse.references = g_ptr_array_new_with_free_func (g_free);

  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &parse, NULL);
  if (!g_markup_parse_context_parse (context, html, length, &error) ||
      !g_markup_parse_context_end_parse (context, &error))
    g_error ("the page is not well-formed: %s", error->message);
  g_assert_null (parse.stack);

  for (guint i = 0; i < parse.references->len; i++)
    if (!g_hash_table_contains (parse.page->ids, g_ptr_array_index (parse.references, i)))
      g_error ("“#%s” refers to no id", (char *) g_ptr_array_index (parse.references, i));
  g_ptr_array_unref (parse.references);

  if (parse.page->heading_levels->len > 0)
    g_assert_cmpuint (g_array_index (parse.page->heading_levels, guint, 0), ==, 1);
  g_assert_cmpuint (html_test_page_count (parse.page, "html"), ==, 1);
  g_assert_cmpuint (html_test_page_count (parse.page, "main"), ==, 1);
  g_assert_cmpuint (html_test_page_count (parse.page, "meta"), >=, 2);

  return parse.page;
}

guint
html_test_page_count (HtmlTestPage *page,
                      const char   *element)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (page->elements, element));
}

void
html_test_page_free (HtmlTestPage *page)
{
  g_array_unref (page->heading_levels);
  g_hash_table_unref (page->elements);
  g_hash_table_unref (page->ids);
  g_ptr_array_unref (page->links);
  g_string_free (page->text, TRUE);
  g_free (page->lang);
  g_free (page);
}
