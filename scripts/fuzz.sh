#!/bin/sh
# Builds Vigie's libFuzzer targets with clang (-fsanitize=fuzzer,address) and runs each one: the CSV
# reader, the value parser, the mapping parser and the file opener.
#
#   scripts/fuzz.sh --smoke          a few seconds each on the kept corpus (CI: ctest fuzz_smoke)
#   scripts/fuzz.sh --seconds N      N seconds each
#   scripts/fuzz.sh --seconds N --merge   ... then keeps the new inputs that add coverage in tests/fuzz/<target>/
#
# Prints one line per target and "fuzz: R runs, C crashes"; exits 1 on a crash (the input is kept in
# the scratch folder it names), 77 when clang or its fuzzer runtime is missing (ctest: skipped).
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SECONDS_EACH=5
MERGE=0
while [ $# -gt 0 ]; do
    case "$1" in
    --smoke) SECONDS_EACH=5 ;;
    --seconds) SECONDS_EACH=$2; shift ;;
    --merge) MERGE=1 ;;
    *) echo "usage: $0 [--smoke | --seconds N] [--merge]" >&2; exit 2 ;;
    esac
    shift
done
BUILD=${VIGIE_FUZZ_BUILD:-$ROOT/build/fuzz}
CLANGXX=$(command -v clang++ || command -v clang++-14 || true)
if [ -z "$CLANGXX" ]; then
    echo "fuzz: clang++ not found (apt-get install clang libclang-rt-14-dev); skipped"
    exit 77
fi
# The fuzzer runtime comes with libclang-rt-*-dev.
if ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return 0; }' \
        | "$CLANGXX" -x c++ -fsanitize=fuzzer,address -o /dev/null - 2>/dev/null; then
    echo "fuzz: clang cannot link -fsanitize=fuzzer (install libclang-rt-14-dev); skipped"
    exit 77
fi
LAUNCHER=""
if command -v ccache >/dev/null 2>&1; then LAUNCHER="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"; fi
# -O1 and line tables only: quick to build, fast enough to fuzz, and sanitizer reports keep file:line.
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_CXX_COMPILER="$CLANGXX" -DCMAKE_BUILD_TYPE=Fuzz \
    -DCMAKE_CXX_FLAGS_FUZZ="-O1 -gline-tables-only" \
    -DVIGIE_FUZZ=ON -DVIGIE_BUILD_TESTS=OFF -DVIGIE_BUILD_BENCH=OFF $LAUNCHER >/dev/null
TARGETS="csvreader valueparser mapping fileopen"
for t in $TARGETS; do set -- "$@" "fuzz_$t"; done
if ! cmake --build "$BUILD" -j 2 --target "$@" >"$BUILD/build.log" 2>&1; then
    # A target that no longer compiles is a failure to see, not a silent exit.
    grep -E "error|FAILED" "$BUILD/build.log" | head -20
    echo "fuzz: the fuzz targets do not build (whole log: $BUILD/build.log)"
    exit 1
fi

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/vigie-fuzz.XXXXXX")
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export QT_QPA_PLATFORM=offscreen
TOTAL=0
CRASHES=0
for t in $TARGETS; do
    case $t in
    valueparser) MAXLEN=256 ;;
    fileopen) MAXLEN=65536 ;;
    *) MAXLEN=8192 ;;
    esac
    mkdir -p "$SCRATCH/$t" "$ROOT/tests/fuzz/$t"
    LOG="$SCRATCH/$t.log"
    if "$BUILD/tests/fuzz/fuzz_$t" -max_total_time="$SECONDS_EACH" -max_len=$MAXLEN -timeout=20 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="$SCRATCH/$t-" "$SCRATCH/$t" "$ROOT/tests/fuzz/$t" >"$LOG" 2>&1; then
        STATUS=ok
    else
        STATUS=CRASH
        CRASHES=$((CRASHES + 1))
    fi
    RUNS=$(sed -n 's/^stat::number_of_executed_units: *//p' "$LOG" | tail -1)
    RUNS=${RUNS:-0}
    TOTAL=$((TOTAL + RUNS))
    echo "fuzz_$t: $RUNS runs in ${SECONDS_EACH}s, $STATUS"
    if [ "$STATUS" = CRASH ]; then
        grep -E "ERROR|SUMMARY|==[0-9]+==" "$LOG" | head -20
        echo "fuzz_$t: log and crashing input in $SCRATCH"
    fi
    if [ "$MERGE" = 1 ] && [ "$STATUS" = ok ]; then
        "$BUILD/tests/fuzz/fuzz_$t" -merge=1 -max_len=$MAXLEN "$ROOT/tests/fuzz/$t" "$SCRATCH/$t" >/dev/null 2>&1
    fi
done
echo "fuzz: $TOTAL runs, $CRASHES crashes"
if [ "$CRASHES" -gt 0 ]; then exit 1; fi
rm -rf "$SCRATCH"
