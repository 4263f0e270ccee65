#!/bin/sh
# Quick start, first command: install what is needed, build, and open Vigie on the bundled sample.
set -eu
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ]; then ./scripts/install-deps.sh; fi
cmake --preset release >/dev/null
cmake --build --preset release
sample=build/release/quebec-2016.vigie
[ -f "$sample" ] || build/release/bin/vigie sample quebec-2016 -o "$sample"
exec build/release/bin/vigie "$sample" "$@"
