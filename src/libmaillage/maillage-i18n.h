/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-i18n.h: the macros of maillage-french.h. Kept out of the
 * introspected headers: macros are C's business, not the bindings'.
 */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include "maillage-french.h"

/* F_() marks a string of a generated document: the documents go to a French
 * assembly, so they are French whatever the interface's language. The
 * string is written in English like every source string, extracted into the
 * catalogue like _() (xgettext --keyword=F_), and looked up in the French
 * catalogue of GETTEXT_PACKAGE, not the user's. */
#ifdef GETTEXT_PACKAGE
# define F_(String)                 maillage_french_gettext (GETTEXT_PACKAGE, String)
# define FC_(Context, String)       maillage_french_pgettext (GETTEXT_PACKAGE, Context, String)
# define FN_(String, Plural, Count) maillage_french_ngettext (GETTEXT_PACKAGE, String, Plural, Count)
#endif
