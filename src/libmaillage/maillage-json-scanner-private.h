/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-json-scanner-private.h: the check that maillage-json-reader.c
 * runs over a file's text before json-glib reads it. Not installed, not
 * introspected.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An object set aside by the scan: the value of the member @name of the
 * deferred member, from its “{” at @start to just after its “}” at @end,
 * as offsets in the text. */
typedef struct
{
  char  *name;
  gsize  start;
  gsize  end;
} MaillageJsonSetAside;

gboolean maillage_json_scan (const char   *text,
                             gsize         length,
                             const char   *defer_member,
                             GArray      **set_aside,
                             GError      **error);

G_END_DECLS
