#!/bin/bash
# The reliability suite ("Trust the file", issue 12), long: not part of the default test run.
#
#   scripts/torture.sh [--build DIR] [--cycles N] [--flips N] [--fuzz-seconds N] [--seed S]
#
# 1. Hostile files: the corpus of scripts/torture/hostile-corpus.sh; every command (summary, import,
#    export, briefing, check) on each. refuse-* kinds must be refused (exit 3) and left byte for byte;
#    any-* kinds may open; nothing may crash or hang.
# 2. kill -9 during edits, health-rule changes (large commits) and imports, N cycles: afterwards the file
#    must open (zero refused) and hold every acknowledged edit (vigie_editdriver prints "ACK n" after
#    each commit); an import is all or nothing.
# 3. Byte flips: copies of a portfolio with a few random bytes changed; no crash, and no file that fails
#    SQLite's integrity check may be used (exit 0).
# 4. libFuzzer: scripts/fuzz.sh for the given seconds per target.
# Prints one summary line (recorded in docs/RELIABILITY.md) and exits 1 on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=$ROOT/build/ci
CYCLES=200
FLIPS=1000
FUZZ_SECONDS=60
SEED=12
while [ $# -gt 0 ]; do
    case "$1" in
    --build) BUILD=$2; shift ;;
    --cycles) CYCLES=$2; shift ;;
    --flips) FLIPS=$2; shift ;;
    --fuzz-seconds) FUZZ_SECONDS=$2; shift ;;
    --seed) SEED=$2; shift ;;
    *) echo "usage: $0 [--build DIR] [--cycles N] [--flips N] [--fuzz-seconds N] [--seed S]" >&2; exit 2 ;;
    esac
    shift
done
VIGIE=$BUILD/bin/vigie
DRIVER=$BUILD/tests/vigie_editdriver
if [ ! -x "$VIGIE" ] || [ ! -x "$DRIVER" ]; then
    cmake --preset ci >/dev/null
    cmake --build --preset ci --target vigie vigie_editdriver
fi
for tool in sqlite3 sha256sum timeout; do
    command -v $tool >/dev/null || { echo "torture: $tool is needed" >&2; exit 2; }
done
WORK=$(mktemp -d "${TMPDIR:-/tmp}/vigie-torture.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen VIGIE_LANG=en LC_ALL=C.UTF-8
RANDOM=$SEED
FAILURES=0
CRASHES=0
fail() { echo "FAIL: $*"; FAILURES=$((FAILURES + 1)); }
# A random number in [0, n) for n up to 2^30.
rnd() { echo $(( ((RANDOM << 15) | RANDOM) % $1 )); }
# Runs vigie with a time limit; a signal (exit >= 128) is a crash, 124 a hang.
run() {
    local code=0
    timeout 300 "$VIGIE" "$@" >"$WORK/out" 2>"$WORK/err" || code=$?
    if [ $code -ge 124 ]; then
        CRASHES=$((CRASHES + 1))
        fail "vigie $* ended with $code: $(head -c 300 "$WORK/err")"
    fi
    return $code
}
hash() { { cat "$1"; cat "$1-journal" 2>/dev/null || true; } | sha256sum | cut -d' ' -f1; }

"$VIGIE" sample quebec-2016 -o "$WORK/quebec.vigie" >/dev/null
CSV=$ROOT/tests/data/import/plain-utf8.csv

# --- 1. Hostile files -------------------------------------------------------------------------------
scripts/torture/hostile-corpus.sh "$WORK/quebec.vigie" "$WORK/hostile" >/dev/null 2>"$WORK/corpus.log" || {
    cat "$WORK/corpus.log"; exit 2; }
KINDS=0 REFUSED=0 OPENED=0
for f in "$WORK"/hostile/*.vigie; do
    name=$(basename "$f")
    KINDS=$((KINDS + 1))
    before=$(hash "$f")
    codes=""
    for command in "summary $f" "check $f" "export $f --projects $WORK/out.csv" "briefing $f -o $WORK/out.html" \
                   "import $f --projects $CSV"; do
        code=0
        # shellcheck disable=SC2086
        run $command || code=$?
        codes="$codes $code"
    done
    after=$(hash "$f")
    if [ "$codes" = " 3 3 3 3 3" ] && [ "$before" = "$after" ]; then
        REFUSED=$((REFUSED + 1))
    elif [[ $name == refuse-* ]]; then
        fail "$name: exit codes$codes, $([ "$before" = "$after" ] && echo unchanged || echo CHANGED)"
    elif [[ $codes == *" 0"* ]]; then
        OPENED=$((OPENED + 1))
    elif [ "$before" != "$after" ] && [[ $name != *garbage-journal* ]]; then
        fail "$name: refused (exit codes$codes) but changed"
    else
        REFUSED=$((REFUSED + 1))
    fi
done
echo "hostile: $KINDS kinds, $REFUSED refused untouched, $OPENED opened safely"

# --- 2. kill -9 ---------------------------------------------------------------------------------------
"$VIGIE" sample synthetic --projects 3000 --seed 1 -o "$WORK/base.vigie" >/dev/null
"$VIGIE" sample synthetic --projects 20000 --seed 2 -o "$WORK/source.vigie" >/dev/null
"$VIGIE" export "$WORK/source.vigie" --projects "$WORK/import.csv" >/dev/null
IMPORTED=$(($(wc -l <"$WORK/import.csv") - 1))
"$VIGIE" new "$WORK/empty.vigie" --name Import >/dev/null
# The exported projects name the measures they serve, which the empty portfolio does not have: a strict
# import refuses every such row and never commits. --lenient imports them without those links (one
# warning each), so that an import killed after its commit can happen and be checked.
IMPORT_OPTIONS=(--lenient)
# How long a whole import takes here, so that kills land anywhere in it (reading, checking, writing).
cp "$WORK/empty.vigie" "$WORK/timed.vigie"
start=$(date +%s%N)
"$VIGIE" import "$WORK/timed.vigie" --projects "$WORK/import.csv" "${IMPORT_OPTIONS[@]}" >/dev/null 2>&1 ||
    fail "the timed import of $IMPORTED projects did not run to its end"
IMPORT_MS=$(( ($(date +%s%N) - start) / 1000000 ))
timed=$(sqlite3 "$WORK/timed.vigie" "SELECT COUNT(*) FROM project")
[ "$timed" = "$IMPORTED" ] || fail "the timed import created $timed projects, not $IMPORTED: no import could commit"
SURVIVED=0 LOCKED_OUT=0 LOST=0 ACKS=0 IMPORTS_NONE=0 IMPORTS_ALL=0
for i in $(seq 1 "$CYCLES"); do
    c=$WORK/cycle.vigie
    rm -f "$c" "$c-journal" "$c.lock"
    case $((i % 4)) in
    0 | 1) mode=edit; cp "$WORK/base.vigie" "$c"; "$DRIVER" edit "$c" 1000000 >"$WORK/acks" 2>/dev/null & ;;
    2) mode=rule; cp "$WORK/base.vigie" "$c"; "$DRIVER" rule "$c" 1000000 >"$WORK/acks" 2>/dev/null & ;;
    3) mode=import; cp "$WORK/empty.vigie" "$c"; "$VIGIE" import "$c" --projects "$WORK/import.csv" "${IMPORT_OPTIONS[@]}" >/dev/null 2>&1 & ;;
    esac
    pid=$!
    if [ $mode = import ]; then delay=$(rnd $((IMPORT_MS * 6 / 5 + 1))); else delay=$((50 + $(rnd 900))); fi
    sleep "$((delay / 1000)).$(printf '%03d' $((delay % 1000)))"
    kill -9 $pid 2>/dev/null || true
    wait $pid 2>/dev/null || true
    ok=1
    if ! run summary "$c"; then
        LOCKED_OUT=$((LOCKED_OUT + 1)); ok=0
        fail "cycle $i ($mode): the file is refused after kill -9: $(head -c 300 "$WORK/err")"
    fi
    case $mode in
    edit | rule)
        acked=$(sed -n 's/^ACK //p' "$WORK/acks" | tail -1)
        acked=${acked:-0}
        ACKS=$((ACKS + acked))
        verify=verify; [ $mode = rule ] && verify=verify-rule
        if ! "$DRIVER" $verify "$c" "$acked" >"$WORK/verify" 2>&1; then
            LOST=$((LOST + 1)); ok=0
            fail "cycle $i ($mode): $(head -c 300 "$WORK/verify")"
        fi ;;
    import)
        count=$(sqlite3 "$c" "SELECT COUNT(*) FROM project")
        [ "$count" = 0 ] && IMPORTS_NONE=$((IMPORTS_NONE + 1))
        [ "$count" = "$IMPORTED" ] && IMPORTS_ALL=$((IMPORTS_ALL + 1))
        if [ "$count" != 0 ] && [ "$count" != "$IMPORTED" ]; then
            LOST=$((LOST + 1)); ok=0
            fail "cycle $i (import): $count projects, neither 0 nor $IMPORTED: half an import"
        fi ;;
    esac
    [ "$(sqlite3 "$c" "PRAGMA quick_check")" = ok ] || { ok=0; fail "cycle $i ($mode): quick_check fails"; }
    SURVIVED=$((SURVIVED + ok))
done
echo "kill -9: $SURVIVED of $CYCLES cycles survived, $LOCKED_OUT refused afterwards, $LOST lost acknowledged edits ($ACKS edits acknowledged; imports of $IMPORTED projects, ${IMPORT_MS} ms each: $IMPORTS_NONE killed before their commit, $IMPORTS_ALL after)"

# --- 3. Byte flips ------------------------------------------------------------------------------------
SIZE=$(stat -c %s "$WORK/quebec.vigie")
SILENT=0 FLIP_REFUSED=0 FLIP_USED=0
for i in $(seq 1 "$FLIPS"); do
    f=$WORK/flip.vigie
    cp "$WORK/quebec.vigie" "$f"
    rm -f "$f-journal"
    for _ in $(seq 1 $((1 + $(rnd 8)))); do
        printf "\\$(printf '%03o' $(rnd 256))" | dd of="$f" bs=1 seek="$(rnd "$SIZE")" conv=notrunc status=none
    done
    code=0
    run summary "$f" || code=$?
    run check "$f" >/dev/null || true
    if [ $code = 0 ]; then
        # Used: SQLite must find nothing wrong (a flip in a value no index or rule covers is invisible).
        FLIP_USED=$((FLIP_USED + 1))
        verdict=$(sqlite3 "$f" "PRAGMA integrity_check" 2>&1 | head -1)
        if [ "$verdict" != ok ]; then
            SILENT=$((SILENT + 1))
            cp "$f" "$ROOT/torture-silent-$i.vigie"
            fail "flip $i: summary used a file failing SQLite's integrity check ($verdict); kept as torture-silent-$i.vigie"
        fi
    else
        FLIP_REFUSED=$((FLIP_REFUSED + 1))
    fi
done
echo "byte flips: $FLIPS files, $FLIP_REFUSED refused, $FLIP_USED used ($SILENT of them failing SQLite's integrity check)"

# --- 4. libFuzzer -------------------------------------------------------------------------------------
FUZZ_RUNS=0
if [ "$FUZZ_SECONDS" -gt 0 ]; then
    code=0
    scripts/fuzz.sh --seconds "$FUZZ_SECONDS" >"$WORK/fuzz.log" 2>&1 || code=$?
    cat "$WORK/fuzz.log" | grep '^fuzz'
    FUZZ_RUNS=$(sed -n 's/^fuzz: \([0-9]*\) runs.*/\1/p' "$WORK/fuzz.log")
    FUZZ_RUNS=${FUZZ_RUNS:-0}
    if [ $code = 1 ]; then
        CRASHES=$((CRASHES + 1)); fail "a fuzzer crashed"
    elif [ $code != 0 ] && [ $code != 77 ]; then
        fail "scripts/fuzz.sh failed ($code)"
    fi
fi

echo "torture: $REFUSED/$KINDS hostile kinds refused untouched ($OPENED opened safely), $SURVIVED/$CYCLES kill -9 cycles survived ($LOCKED_OUT refused afterwards, $LOST acknowledged edits lost), $FLIPS byte-flipped files ($SILENT used while damaged), $FUZZ_RUNS fuzz runs, crashes $CRASHES, failures $FAILURES"
[ "$FAILURES" = 0 ]
