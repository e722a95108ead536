/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * html-svg.c: a chart as inline SVG. The chart is drawn by the one
 * renderer (maillage_chart_render) on cairo's SVG surface, so the page
 * shows the same picture as the screen, the PDF and the ODT. Cairo's
 * document is then made fit to live inside a page:
 *
 * - its XML prolog goes, and its root element is replaced by ours, which
 *   carries role="img" and points to a <title> and a <desc> holding the
 *   caption and the text alternative;
 * - every id is renamed after the figure (fig2-c1, fig2-c2…), with the
 *   references to it: cairo numbers its glyphs and clips from 1 in each
 *   document, so two charts inlined in one page would otherwise share
 *   "glyph0-1", and the second would be drawn with the first one's
 *   letters.
 *
 * Cairo writes text as glyph outlines, never as text: no string of the
 * user's reaches the SVG but the title and description escaped here.
 */
#define G_LOG_DOMAIN "export-html"

#include "config.h"

#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "html-svg.h"
#include "html-text.h"

/* Used when a chart has no natural size: a text column's width, in points. */
#define FALLBACK_WIDTH  453.0
#define FALLBACK_HEIGHT 300.0

static cairo_status_t
append_to_string (void                *closure,
                  const unsigned char *data,
                  unsigned int         length)
{
  g_string_append_len (closure, (const char *) data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
render (MaillageChart  *chart,
        double          width,
        double          height,
        GString        *svg)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_svg_surface_create_for_stream (append_to_string, svg, width, height);
  cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
  cr = cairo_create (surface);
  maillage_chart_render (chart, cr, width, height);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  /* The caller reports the failure; the reason is for the log. */
  if (status != CAIRO_STATUS_SUCCESS)
    g_debug ("Cairo could not draw a chart as SVG: %s", cairo_status_to_string (status));

  return status == CAIRO_STATUS_SUCCESS;
}

/* Appends @body (@length bytes of cairo's SVG) with every id it defines
 * (` id="…"`) and every reference to one (`"#…"` in an xlink:href, `(#…)`
 * in url()) renamed to @prefix and a number, in the order they first
 * appear. Cairo writes colours as rgb(), so a '#' after a quote or a
 * parenthesis is always a reference. The numbers are ours because cairo's
 * are not only per document: its surfaces are numbered across the
 * process, and the same document exported twice would differ. */
static void
append_prefixed (GString    *out,
                 const char *body,
                 gsize       length,
                 const char *prefix)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *end = body + length;
  const char *run = body;
  const char *p = body;

  while (p < end)
    {
      const char *name = NULL;
      const char *name_end;
      g_autofree char *key = NULL;
      gpointer number;

      if (*p == '#' && p > body && (p[-1] == '"' || p[-1] == '('))
        name = p + 1;
      else if (*p == ' ' && (gsize) (end - p) > 5 && memcmp (p, " id=\"", 5) == 0)
        name = p + 5;

      if (name == NULL)
        {
          p++;
          continue;
        }

      for (name_end = name; name_end < end && *name_end != '"' && *name_end != ')'; name_end++)
        ;
      key = g_strndup (name, name_end - name);
      number = g_hash_table_lookup (names, key);
      if (number == NULL)
        {
          number = GUINT_TO_POINTER (g_hash_table_size (names) + 1);
          g_hash_table_insert (names, g_steal_pointer (&key), number);
        }

      g_string_append_len (out, run, name - run);
      g_string_append_printf (out, "%s%u", prefix, GPOINTER_TO_UINT (number));
      p = run = name_end;
    }
  g_string_append_len (out, run, end - run);
}

/**
 * html_append_chart_svg:
 * @out: where to append
 * @chart: the chart to draw
 * @id: the figure's id, unique in the page; the SVG's ids start with it
 * @title: the accessible name of the picture (its caption)
 * @description: the text alternative: what the picture shows, in words
 * @error: return location for a #GError
 *
 * Appends @chart as an inline <svg> element, at its natural size (it
 * shrinks with the page, see the style sheet).
 *
 * Returns: %TRUE on success; on failure nothing is appended
 */
gboolean
html_append_chart_svg (GString        *out,
                       MaillageChart  *chart,
                       const char     *id,
                       const char     *title,
                       const char     *description,
                       GError        **error)
{
  g_autoptr(GString) svg = g_string_new (NULL);
  g_autofree char *prefix = g_strdup_printf ("%s-c", id);
  char view_width[G_ASCII_DTOSTR_BUF_SIZE];
  char view_height[G_ASCII_DTOSTR_BUF_SIZE];
  double width = 0;
  double height = 0;
  const char *start;
  const char *end;

  maillage_chart_get_natural_size (chart, &width, &height);
  if (!(width >= 1 && height >= 1 && width < 1e5 && height < 1e5))
    {
      width = FALLBACK_WIDTH;
      height = FALLBACK_HEIGHT;
    }

  if (!render (chart, width, height, svg))
    g_string_truncate (svg, 0);

  /* Cairo defines each glyph as a <symbol> without a view box, the same as
   * a <g>; some renderers (WeasyPrint, which pandoc uses to make PDF from
   * HTML) draw no <use> of a <symbol>, and the chart would lose its text. */
  g_string_replace (svg, "<symbol overflow=\"visible\"", "<g", 0);
  g_string_replace (svg, "</symbol>", "</g>", 0);

  start = strstr (svg->str, "<svg");
  start = start != NULL ? strchr (start, '>') : NULL;
  end = start != NULL ? g_strrstr (start, "</svg>") : NULL;
  if (end == NULL || start[-1] == '/')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The chart “%s” could not be drawn."), title);
      return FALSE;
    }
  start++;

  /* Points in the view box, CSS pixels (4/3 of a point) for the size. */
  g_ascii_formatd (view_width, sizeof view_width, "%.2f", width);
  g_ascii_formatd (view_height, sizeof view_height, "%.2f", height);
  g_string_append_printf (out,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                          "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" "
                          "role=\"img\" aria-labelledby=\"%s-title %s-desc\" "
                          "width=\"%d\" height=\"%d\" viewBox=\"0 0 %s %s\">\n",
                          id, id, (int) lround (width * 4 / 3), (int) lround (height * 4 / 3),
                          view_width, view_height);

  g_string_append_printf (out, "<title id=\"%s-title\">", id);
  html_append_text (out, title, HTML_TEXT_PLAIN);
  g_string_append_printf (out, "</title>\n<desc id=\"%s-desc\">", id);
  html_append_text (out, description, HTML_TEXT_PLAIN);
  g_string_append (out, "</desc>");

  append_prefixed (out, start, end - start, prefix);
  g_string_append (out, "</svg>\n");

  return TRUE;
}
