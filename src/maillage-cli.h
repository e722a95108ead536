/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

extern const GOptionEntry maillage_cli_option_entries[];

int maillage_cli_handle_options (GVariantDict  *options,
                                 char         **arguments);

G_END_DECLS
