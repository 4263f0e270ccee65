#!/bin/sh
# Benchmarks Vigie beside the sqlite3 shell and prints one table per size (docs/PERFORMANCE.md).
#
#   bench/run.sh [--with-1m] [SIZE…]      default sizes: 10000 100000; --with-1m adds 1000000
#
# Builds vigie and vigie-bench in $VIGIE_BENCH_BUILD (default build-release, configured as Release when it
# does not exist), generates each synthetic sample with `vigie sample synthetic`, and runs vigie-bench on it:
# the import CSV is made from the US IT Dashboard rows (tests/data/us-itdashboard) repeated with new codes.
# Extra options for vigie-bench can be given in VIGIE_BENCH_OPTIONS (e.g. "--repeat 5", "--no-window",
# "--only summary,trend"; "--only server" for the file-against-PostgreSQL rows, which are not in the default run).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${VIGIE_BENCH_BUILD:-"$root/build-release"}
sizes=""
for a in "$@"; do
    case "$a" in
        --with-1m) with1m=1 ;;
        *) sizes="$sizes $a" ;;
    esac
done
[ -n "$sizes" ] || sizes="10000 100000"
[ -z "${with1m:-}" ] || sizes="$sizes 1000000"

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVIGIE_BUILD_TESTS=OFF >&2
fi
cmake --build "$build" --target vigie vigie-bench -- -j2 >&2 # build output on stderr: stdout is the tables

echo "nproc: $(nproc)"
lscpu | head -n 15
free -m | head -n 2
echo
for projects in $sizes; do
    work=$(mktemp -d "${TMPDIR:-/tmp}/vigie-bench.XXXXXX")
    echo "Generating the synthetic sample ($projects projects)…" >&2
    "$build/bin/vigie" sample synthetic --projects "$projects" -o "$work/synthetic.vigie" >&2
    # shellcheck disable=SC2086
    "$build/bin/vigie-bench" --projects "$projects" --portfolio "$work/synthetic.vigie" --work "$work" ${VIGIE_BENCH_OPTIONS:-}
    echo
    rm -rf "$work"
done
