#!/bin/sh
# Refreshes translations/*.ts from the sources (core, ui, app). Translate what it adds, then commit.
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$LUPDATE" -no-obsolete -locations none -extensions cpp,h core ui app \
    -ts translations/vigie_fr.ts translations/vigie_en.ts "$@"
