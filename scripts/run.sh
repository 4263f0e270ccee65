#!/bin/sh
# Quick start, first command: install what is needed, build, and open Vigie on the bundled sample.
set -eu
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ]; then ./scripts/install-deps.sh; fi
cmake --preset release >/dev/null
cmake --build --preset release
sample=build/release/quebec-2016.vigie
# The sample kept from an earlier run, unless this build cannot use it (made by another version).
if [ -f "$sample" ] && ! build/release/bin/vigie check "$sample" >/dev/null 2>&1; then rm -f "$sample"; fi
[ -f "$sample" ] || build/release/bin/vigie sample quebec-2016 -o "$sample"
exec build/release/bin/vigie "$sample" "$@"
