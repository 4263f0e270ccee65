#!/bin/sh
# Installs Vigie's Debian package on a clean Debian 12 (bookworm) and runs it there, as on a user's
# machine: builds the .deb with cpack, makes a minimal system with debootstrap in a temporary folder,
# installs the package with apt (which fetches its Depends from the Debian archive), then runs the
# program, checks the Quebec sample's 197 active projects, draws a chart and a briefing, asks xdg-mime
# what a .vigie file is, and removes the package again.
#
#   scripts/test-package.sh [--build-dir DIR] [--deb FILE] [--keep]
#
# --build-dir  a configured build folder (default: build/ci, configured and built if needed)
# --deb        install this package instead of building one
# --keep       leave the temporary system in place (its path is printed)
# VIGIE_DEBIAN_MIRROR overrides the archive (default: the first bookworm archive in this machine's apt
# sources); VIGIE_DEBOOTSTRAP_CACHE names a folder where debootstrap keeps the packages it downloads.
# Needs root and the Debian archive; takes a few minutes. Also run by `ctest --preset package`.
# Exit status: 0 every check passed, 1 a check failed, 77 it cannot run here (not root).
set -eu
cd "$(dirname "$0")/.."

build=build/ci
deb=
keep=
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build=$2; shift 2 ;;
        --deb) deb=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        *) echo "usage: $0 [--build-dir DIR] [--deb FILE] [--keep]" >&2; exit 2 ;;
    esac
done

if [ "$(id -u)" != 0 ]; then
    echo "test-package: skipped, debootstrap and chroot need root" >&2
    exit 77
fi
if ! command -v debootstrap >/dev/null; then
    echo "test-package: installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

work=$(mktemp -d /var/tmp/vigie-package-test.XXXXXX)
root=$work/root
cleanup() {
    for m in dev/pts dev proc; do
        if mountpoint -q "$root/$m" 2>/dev/null; then umount "$root/$m" || umount -l "$root/$m"; fi
    done
    if [ -n "$keep" ]; then echo "test-package: kept $root"; else rm -rf "$work"; fi
}
trap cleanup EXIT INT TERM

# 1. The package.
if [ -z "$deb" ]; then
    [ -f "$build/CMakeCache.txt" ] || cmake --preset ci >/dev/null
    cmake --build "$build" >/dev/null
    cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/pkg" >/dev/null
    deb=$(ls "$work"/pkg/vigie_*.deb)
fi
version=$(dpkg-deb -f "$deb" Version)
echo "test-package: $(basename "$deb")"

# 2. A clean Debian 12, from the archive this machine uses.
mirror=${VIGIE_DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
    # deb822 files (URIs:/Suites: per paragraph), then one-line sources.list entries.
    mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '
        /^[[:space:]]*$/ { if (suites ~ /(^| )bookworm( |$)/ && uri != "") { print uri; exit } uri = ""; suites = ""; next }
        $1 == "URIs:" { uri = $2 }
        $1 == "Suites:" { suites = ""; for (i = 2; i <= NF; i++) suites = suites " " $i " " }
        END { if (suites ~ /(^| )bookworm( |$)/ && uri != "") print uri }' | head -n 1)
fi
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
    mirror=$(awk '$1 == "deb" && $3 == "bookworm" { print $2; exit }' /etc/apt/sources.list)
fi
cache=
if [ -n "${VIGIE_DEBOOTSTRAP_CACHE:-}" ]; then
    mkdir -p "$VIGIE_DEBOOTSTRAP_CACHE"
    cache="--cache-dir=$(cd "$VIGIE_DEBOOTSTRAP_CACHE" && pwd)"
fi
echo "test-package: debootstrap bookworm ${mirror:-(the default archive of debootstrap)}"
# shellcheck disable=SC2086 # $cache and $mirror are empty or one word
if ! debootstrap --variant=minbase $cache bookworm "$root" $mirror >"$work/debootstrap.log" 2>&1; then
    tail -n 20 "$work/debootstrap.log" >&2
    echo "test-package: debootstrap failed" >&2
    exit 1
fi
mount -t proc proc "$root/proc" 2>/dev/null || echo "test-package: note: /proc not mounted in the chroot"

# Commands in the new system, with a clean environment (no display: the CLI must not need one).
inroot() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}
# Snapshot archives carry expired Release files; that says nothing about the package.
aptget() { inroot apt-get -o Acquire::Check-Valid-Until=false -o Dpkg::Use-Pty=0 -q "$@"; }

# 3. The package, installed with apt so that its Depends come from the archive.
cp "$deb" "$root/tmp/"
aptget update >"$work/apt.log" 2>&1 || { tail -n 20 "$work/apt.log" >&2; exit 1; }
if ! aptget install -y "/tmp/$(basename "$deb")" >>"$work/apt.log" 2>&1; then
    tail -n 30 "$work/apt.log" >&2
    echo "test-package: apt could not install the package" >&2
    exit 1
fi
echo "test-package: installed with $(grep -c '^Unpacking ' "$work/apt.log") packages"

passed=0
failed=0
check() { # check NAME COMMAND...: counts and reports one check
    name=$1
    shift
    if "$@" >"$work/check.out" 2>&1; then
        passed=$((passed + 1))
        echo "PASS   : $name"
    else
        failed=$((failed + 1))
        echo "FAIL!  : $name"
        sed 's/^/         /' "$work/check.out" | tail -n 15
    fi
}
equals() { [ "$1" = "$2" ] || { echo "expected: $2"; echo "actual:   $1"; return 1; }; }
starts_with() { # FILE BYTES
    head -c "${#2}" "$1" | grep -q "^$2" || { echo "$1 does not start with $2"; return 1; }
}

# shellcheck disable=SC2016 # ${Status} is dpkg-query's
check "dpkg: installed" equals "$(inroot dpkg-query -W -f '${Status}' vigie 2>&1)" "install ok installed"
check "vigie --version" equals "$(inroot vigie --version 2>&1)" "vigie $version"
check "vigie sample quebec-2016" inroot vigie sample quebec-2016 -o /tmp/q.vigie
summary_active() {
    inroot vigie summary /tmp/q.vigie --json >"$work/summary.json" || return 1
    python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["projects"]["active"])' "$work/summary.json"
}
check "vigie summary --json: 197 active projects" equals "$(summary_active 2>&1)" 197
french_summary() { inroot vigie summary /tmp/q.vigie --lang fr | tee /dev/stderr | grep -q 'Réalisée.*11'; }
check "vigie summary --lang fr" french_summary
check "vigie chart (PNG, no display)" inroot vigie chart /tmp/q.vigie --chart project-health-cost -o /tmp/cost.png
check "chart is a PNG" starts_with "$root/tmp/cost.png" "$(printf '\211PNG')"
check "vigie briefing --lang fr (PDF)" inroot vigie briefing /tmp/q.vigie -o /tmp/breffage.pdf --lang fr
check "briefing is a PDF" starts_with "$root/tmp/breffage.pdf" "%PDF"
# libcsv and libxlsxwriter are opened by name when first used, not linked: the package's Depends bring them.
printf 'code,name,budget\nPKG-1,Packaged import,125000\nPKG-2,Second project,80000\n' >"$root/tmp/projects.csv"
check "vigie import (CSV, libcsv opened on use)" inroot vigie import /tmp/q.vigie --projects /tmp/projects.csv
check "vigie export (XLSX, libxlsxwriter opened on use)" inroot vigie export /tmp/q.vigie --projects /tmp/projects.xlsx
check "export is an XLSX (zip)" starts_with "$root/tmp/projects.xlsx" "PK"
check "manual pages" test -f "$root/usr/share/man/man1/vigie.1.gz" -a -f "$root/usr/share/man/fr/man1/vigie.1.gz"
check "guide" test -f "$root/usr/share/doc/vigie/guide/en/index.html" -a -f "$root/usr/share/doc/vigie/guide/fr/index.html"
check "MIME database knows application/x-vigie" grep -qx application/x-vigie "$root/usr/share/mime/types"
check "desktop entry opens .vigie files" grep -q '^application/x-vigie=.*vigie.desktop' "$root/usr/share/applications/mimeinfo.cache"

# What a desktop asks: xdg-mime with the shared MIME database (File::MimeInfo reads it).
if aptget install -y --no-install-recommends xdg-utils libfile-mimeinfo-perl >>"$work/apt.log" 2>&1; then
    cp "$root/tmp/q.vigie" "$root/tmp/renamed"
    check "xdg-mime: by name" equals "$(inroot xdg-mime query filetype /tmp/q.vigie 2>&1)" application/x-vigie
    check "xdg-mime: by content (no extension)" equals "$(inroot xdg-mime query filetype /tmp/renamed 2>&1)" application/x-vigie
    check "xdg-mime: default application" equals "$(inroot xdg-mime query default application/x-vigie 2>&1)" vigie.desktop
else
    tail -n 20 "$work/apt.log"
    check "apt-get install xdg-utils libfile-mimeinfo-perl" false
fi

# 4. Removal leaves the system as it was.
check "apt-get remove" aptget remove -y vigie
removed() { ! test -e "$root/usr/bin/vigie" && ! grep -qx application/x-vigie "$root/usr/share/mime/types"; }
check "removed: no program, no MIME type" removed

echo "Totals: $passed passed, $failed failed"
[ "$failed" = 0 ]
