#!/bin/sh
# Regenerates the rendered screenshots in docs/screenshots from the bundled sample: every chart and the
# first briefing pages, in English and French. Needs a build (BUILD=build/release by default) and
# poppler-utils. Window screenshots are taken by scripts/window-screenshots.sh under Xvfb.
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build/release}
VIGIE=$BUILD/bin/vigie
OUT=docs/screenshots
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
"$VIGIE" sample quebec-2016 -o "$TMP/q.vigie" >/dev/null
mkdir -p "$OUT"
for id in $("$VIGIE" chart --list | awk '{print $1}'); do
    for lang in en fr; do
        "$VIGIE" chart "$TMP/q.vigie" --chart "$id" --lang "$lang" --size 1400x875 --dpi 130 \
            -o "$OUT/charts-$id-$lang.png"
    done
done
for lang in en fr; do
    "$VIGIE" briefing "$TMP/q.vigie" --lang "$lang" --date 2016-09-15 -o "$TMP/briefing-$lang.pdf" >/dev/null 2>&1
    rm -f "$OUT"/briefing-"$lang"-page*.png
    pdftoppm -r 60 -png -f 1 -l 3 "$TMP/briefing-$lang.pdf" "$OUT/briefing-$lang-page"
done
ls "$OUT"
