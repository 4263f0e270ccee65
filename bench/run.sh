#!/bin/sh
# Benchmarks Vigie at 100,000 projects beside the sqlite3 shell and prints one table (docs/PERFORMANCE.md).
#
#   bench/run.sh [PROJECTS] [BUILD-DIR]      defaults: 100000 and build-release (a Release build)
#
# Builds vigie and vigie-bench in BUILD-DIR (configured as Release when it does not exist), generates the
# synthetic sample with `vigie sample synthetic`, and runs vigie-bench on it: the import CSV is made from
# the US IT Dashboard rows (tests/data/us-itdashboard) repeated with new codes. Extra options for vigie-bench can be
# given in VIGIE_BENCH_OPTIONS (e.g. "--repeat 5").
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
projects=${1:-100000}
build=${2:-"$root/build-release"}


if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVIGIE_BUILD_TESTS=OFF >&2
fi
cmake --build "$build" --target vigie vigie-bench -- -j2 >&2 # build output on stderr: stdout is the table

work=$(mktemp -d "${TMPDIR:-/tmp}/vigie-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

echo "Generating the synthetic sample ($projects projects)…" >&2
"$build/bin/vigie" sample synthetic --projects "$projects" -o "$work/synthetic.vigie" >&2

echo "nproc: $(nproc)"
lscpu | head -n 15
free -m | head -n 2
echo
# shellcheck disable=SC2086
"$build/bin/vigie-bench" --projects "$projects" --portfolio "$work/synthetic.vigie" --work "$work" ${VIGIE_BENCH_OPTIONS:-}
