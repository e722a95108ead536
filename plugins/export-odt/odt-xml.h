/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where a run of text stands, for OpenDocument's white space rules: a
 * reader drops spaces at the start of a paragraph and collapses runs of
 * them, so such spaces are written as <text:s/>. Carried from one span of
 * a paragraph to the next. */
typedef struct
{
  gboolean after_space;
} OdtTextState;

#define ODT_TEXT_STATE_INIT { TRUE }

void odt_xml_append_text (GString      *out,
                          const char   *text,
                          OdtTextState *state);
void odt_xml_append_escaped (GString    *out,
                             const char *text);
void odt_xml_append_attribute (GString    *out,
                               const char *value);

G_END_DECLS
