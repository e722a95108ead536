/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-json-tokens-private.h: what the scanner of
 * maillage-json-scanner.c asks of maillage-json-tokens.c. Not installed,
 * not introspected.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The text under scan, and where its first problem is reported. */
typedef struct
{
  const char  *start;
  const char  *end;
  GError     **error;
} MaillageJsonText;

gboolean    maillage_json_fail_at        (MaillageJsonText *text,
                                          int               code,
                                          const char       *at,
                                          const char       *format,
                                          ...) G_GNUC_PRINTF (4, 5);
char       *maillage_json_describe_found (const char       *at,
                                          const char       *end);
const char *maillage_json_scan_string    (MaillageJsonText *text,
                                          const char       *quote,
                                          gboolean         *escaped);
const char *maillage_json_scan_number    (MaillageJsonText *text,
                                          const char       *number);
char       *maillage_json_decode_key     (const char       *raw,
                                          gsize             length);

G_END_DECLS
