#!/bin/sh
# Refreshes translations/*.ts from the sources (core, ui, app), then fills them from the translation
# tables translations/fr/*.tsv (French) and translations/en/*.tsv (English plural forms).
# Translate what is still unfinished (scripts/apply-translations.py lists it), then commit.
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$LUPDATE" -silent -no-obsolete -locations none -extensions cpp,h core ui app -ts translations/vigie_fr.ts
"$LUPDATE" -silent -no-obsolete -locations none -pluralonly -extensions cpp,h core ui app -ts translations/vigie_en.ts
python3 scripts/apply-translations.py
