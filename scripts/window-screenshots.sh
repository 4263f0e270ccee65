#!/bin/sh
# Takes the window screenshots in docs/screenshots: every page of the workspace (overview, strategy,
# projects, workforce, envelopes, charts, briefing), in English and French, on the bundled Quebec
# sample, as docs/screenshots/workspace-PAGE-LANG.png. Runs the real program under Xvfb, one run per
# shot, with fresh settings. Needs a build (BUILD=build/release by default) and the Debian packages
# xvfb, xauth, x11-utils (xwininfo), xdotool (to click a row, draft the briefing) and imagemagick
# (import). Rendered charts and briefing pages are made by scripts/screenshots.sh.
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build/release}
VIGIE=$(realpath "$BUILD/bin/vigie")
OUT=docs/screenshots
SIZE=${SIZE:-1600x1000}
PAGES=${PAGES:-"overview strategy projects workforce envelopes charts briefing"}
LANGS=${LANGS:-"en fr"}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
"$VIGIE" sample quebec-2016 -o "$TMP/q.vigie" >/dev/null
mkdir -p "$OUT"

# What a user does on a page before the shot, as xdotool arguments (positions in a 1600x1000 window):
# select a measure or a project so the detail pane is filled, draft the briefing from the data.
action() {
    case $1 in
    strategy) echo "mousemove 500 220 click 1" ;;
    projects) echo "mousemove 500 457 click 1" ;;
    briefing) echo "mousemove 300 95 click 1" ;;
    *) echo "" ;;
    esac
}

# One shot: shoot PAGE LANG OUT [FILE [SECONDS [ACTION]]]: start Vigie on FILE (default: the sample)
# at PAGE in LANG, wait until its window is mapped, let it draw for SECONDS, act (default: action PAGE),
# grab the screen, stop Vigie.
shoot() {
    page=$1 lang=$2 out=$3 file=${4:-$TMP/q.vigie} wait=${5:-2} act=${6-$(action "$1")}
    XDG_CONFIG_HOME="$TMP/config-$page-$lang" XDG_DATA_HOME="$TMP/data" \
    xvfb-run -a -s "-screen 0 ${SIZE}x24" sh -c '
        "$1" "$2" --lang "$3" --page "$4" -geometry "$5+0+0" 2>/dev/null &
        pid=$!
        i=0
        until xwininfo -root -tree | grep -q "$(basename "$2") — Vigie"; do
            i=$((i + 1)); [ $i -lt 100 ] || { kill $pid; echo "no window" >&2; exit 1; }
            sleep 0.2
        done
        sleep "$8" # the first paint, the projects loading in batches, the briefing preview
        if [ -n "$7" ]; then xdotool $7; sleep 2; fi
        import -window root "$6"
        kill $pid' shot "$VIGIE" "$file" "$lang" "$page" "$SIZE" "$out" "$act" "$wait"
}

for lang in $LANGS; do
    for page in $PAGES; do
        shoot "$page" "$lang" "$OUT/workspace-$page-$lang.png"
        echo "$OUT/workspace-$page-$lang.png"
    done
done

# LARGE=1: the projects of a 100,000-project portfolio filling in while the window stays usable.
if [ "${LARGE:-0}" = 1 ]; then
    "$VIGIE" sample synthetic --projects 100000 -o "$TMP/large.vigie" >/dev/null 2>&1
    shoot projects en "$OUT/workspace-projects-loading-100k-en.png" "$TMP/large.vigie" 1.5 ""
    echo "$OUT/workspace-projects-loading-100k-en.png"
fi
