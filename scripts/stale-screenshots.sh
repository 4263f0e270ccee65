#!/bin/sh
# Takes the staleness and "What changed since" screenshots of docs/screenshots, in English and French,
# 1280x800: the Projects table with stale rows greyed (projects-stale-LANG.png) and the briefing page
# with "What changed since March 2016" (briefing-what-changed-LANG.png, cut at the section from the
# page rendered 1280 pixels wide). Needs a build (BUILD=build/release by default), poppler-utils,
# sqlite3, and for the window shots xvfb, xauth, x11-utils and imagemagick.
#
# The bundled sample is written in bulk and records no update dates (its rows are "Unknown", so all
# stale). To show a reporting cycle, this script dates them: the projects whose forecast did not change
# since the March 2016 period, and every fourth project besides, were last updated on 2016-04-12 (before
# the August 2016 as-of date: stale); the others on 2016-09-06 (current). Every third measure likewise.
# Only this demonstration file is changed.
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build/release}
VIGIE=$(realpath "$BUILD/bin/vigie")
OUT=docs/screenshots
SIZE=1280x800
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
"$VIGIE" sample quebec-2016 -o "$TMP/q.vigie" >/dev/null
sqlite3 "$TMP/q.vigie" "
UPDATE project SET touched = CASE WHEN EXISTS (
    SELECT 1 FROM period_project pp JOIN reporting_period rp ON rp.id = pp.period_id
    WHERE rp.label = 'March 2016' AND pp.project_id = project.id
      AND pp.forecast_cost IS project.forecast_cost AND pp.forecast_end IS project.forecast_end)
    OR id % 4 = 0
  THEN '2016-04-12T15:00:00.000Z' ELSE '2016-09-06T15:00:00.000Z' END;
UPDATE measure SET touched = CASE WHEN number % 3 = 0 THEN '2016-04-12T15:00:00.000Z'
  ELSE '2016-09-06T15:00:00.000Z' END;"
mkdir -p "$OUT"

for lang in en fr; do
    # The briefing page that says what changed since March 2016, 1280 wide, 800 from its heading.
    "$VIGIE" briefing "$TMP/q.vigie" --lang "$lang" --date 2016-09-15 -o "$TMP/b-$lang.pdf" >/dev/null 2>&1
    heading=$([ "$lang" = fr ] && echo "Ce qui a changé depuis" || echo "What changed since")
    pages=$(pdfinfo "$TMP/b-$lang.pdf" | awk '/^Pages:/ {print $2}')
    page=1
    while [ "$page" -le "$pages" ]; do
        pdftotext -f "$page" -l "$page" "$TMP/b-$lang.pdf" - | grep -q "$heading" && break
        page=$((page + 1))
    done
    [ "$page" -le "$pages" ] || { echo "no \"$heading\" in the $lang briefing" >&2; exit 1; }
    pdftoppm -png -f "$page" -l "$page" -scale-to-x 1280 -scale-to-y -1 "$TMP/b-$lang.pdf" "$TMP/page-$lang"
    png=$(ls "$TMP"/page-"$lang"*.png)
    # Where the heading is, from pdftotext's word boxes (points), in the 1280-pixel-wide image.
    top=$(pdftotext -f "$page" -l "$page" -bbox "$TMP/b-$lang.pdf" - | awk -v w="$(echo "$heading" | cut -d' ' -f1)" '
        /<page / { for (i = 1; i <= NF; i++) if ($i ~ /^width=/) { gsub(/[^0-9.]/, "", $i); pw = $i } }
        /<word / && $0 ~ (">" w "<") && !done { for (i = 1; i <= NF; i++) if ($i ~ /^yMin=/) { gsub(/[^0-9.]/, "", $i); y = $i }
                                                 done = 1 }
        END { printf "%d\n", (y * 1280 / pw) - 300 }')
    height=$(identify -format %h "$png")
    [ "$top" -lt 0 ] && top=0
    [ $((top + 800)) -gt "$height" ] && top=$((height - 800))
    convert "$png" -crop "1280x800+0+$top" +repage "$OUT/briefing-what-changed-$lang.png"
    echo "$OUT/briefing-what-changed-$lang.png (page $page)"

    # The Projects page: stale projects greyed, with their last-updated date.
    XDG_CONFIG_HOME="$TMP/config-$lang" XDG_DATA_HOME="$TMP/data" \
    xvfb-run -a -s "-screen 0 ${SIZE}x24" sh -c '
        "$1" "$2" --lang "$3" --page projects -geometry "$4+0+0" 2>/dev/null &
        pid=$!
        i=0
        until xwininfo -root -tree | grep -q "$(basename "$2") — Vigie"; do
            i=$((i + 1)); [ $i -lt 100 ] || { kill $pid; echo "no window" >&2; exit 1; }
            sleep 0.2
        done
        sleep 3
        # Point at a stale project: its tooltip says since when (the Last updated column is further right).
        xdotool mousemove 200 400 sleep 0.5 mousemove 290 178 sleep 0.5 mousemove 300 178
        sleep 2
        import -window root "$5"
        kill $pid' shot "$VIGIE" "$TMP/q.vigie" "$lang" "$SIZE" "$OUT/projects-stale-$lang.png"
    echo "$OUT/projects-stale-$lang.png"
done
