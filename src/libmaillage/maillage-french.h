/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

const char *maillage_french_gettext  (const char *domain,
                                      const char *msgid) G_GNUC_FORMAT (2);
const char *maillage_french_pgettext (const char *domain,
                                      const char *context,
                                      const char *msgid) G_GNUC_FORMAT (3);
const char *maillage_french_ngettext (const char *domain,
                                      const char *msgid,
                                      const char *msgid_plural,
                                      gulong      n) G_GNUC_FORMAT (3);


G_END_DECLS
