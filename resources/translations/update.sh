#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes the translation sources from the code (development time only; the
# build never runs it). See README.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
cd "$here"
# French: every string. English: only the plural forms ("%n incident(s)").
"$lupdate" -silent -locations relative -source-language en -target-language fr \
    "$root/app" "$root/ui" -ts vigie_fr.ts
"$lupdate" -silent -locations relative -pluralonly -source-language en -target-language en \
    "$root/app" "$root/ui" -ts vigie_en.ts
python3 "$here/fix_contexts.py" "$root" vigie_fr.ts vigie_en.ts
