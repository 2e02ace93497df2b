#!/usr/bin/env bash
# The case lifecycle (issue 19): ours over REST against Flowable 8 embedded, in the same sitting.
#   ours:  java docs/bench/load/Lifecycle.java — 8 clients take in N projects (22 planned matters each),
#          then each client takes one file at a time and accepts, then approves, its 22 matters.
#   floor: docs/bench/flowable (a standalone Maven project, never in the EAR) — 8 threads start N process
#          instances of the same shape (22 parallel matters, each an accept and an approve user task with a
#          boundary timer for its time limit) and complete them one instance at a time per thread, in-process
#          on its own database ${BENCH_DB}_flowable on the same PostgreSQL.
# N = 200 (full) or 20 (small). Rows: intakes/s (higher, goal 3.0), matter accept+approve/s (higher, goal 3.0:
# a matter counts once both its steps are done, on both sides), p95 of one event (lower, floor 50 ms, goal 1.0).
# Standalone: BENCH_BASE=http://127.0.0.1:8080/ BENCH_DB=projectdesk_bench bash docs/bench/paths/40-lifecycle.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/../lib.sh"
root="$(cd "$here/../../.." && pwd)"
: "${BENCH_BASE:=http://127.0.0.1:8080/}"
: "${BENCH_DB:=projectdesk_bench}"
: "${BENCH_SCALE:=full}"
: "${BENCH_WORK:=$root/target/bench/work}"
: "${BENCH_PASSWORD:=demo123}"
mkdir -p "$BENCH_WORK"
field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<"$2"; }

intakes=200
[ "$BENCH_SCALE" = small ] && intakes=20
clients=8

# Flowable 8 runs on Java 17 (its jars are class version 61), so the default JDK serves both sides.
flowable_dir="$root/docs/bench/flowable"
flowable_jar="$flowable_dir/target/flowable-lifecycle-bench.jar"
flowable_note=""
if [ ! -f "$flowable_jar" ]; then
    # Online once (Maven Central); then from ~/.m2. CI machines reach Maven Central.
    if ! "$root/mvnw" -B -q -f "$flowable_dir/pom.xml" package -DskipTests >"$BENCH_WORK/flowable-build.log" 2>&1; then
        flowable_note="Flowable could not be built (no Maven Central?): see $BENCH_WORK/flowable-build.log"
    fi
fi

ours=$(java "$root/docs/bench/load/Lifecycle.java" "$BENCH_BASE" "$intakes" "$clients" "officer1:$BENCH_PASSWORD" \
    2>"$BENCH_WORK/lifecycle-ours.err" | tail -1)
echo "40-lifecycle: $ours" >&2
if [ "$(field failures "$ours")" != 0 ]; then
    echo "40-lifecycle: unexpected answers (first ones in $BENCH_WORK/lifecycle-ours.err)" >&2
    exit 1
fi

floor_starts=- floor_matters=-
if [ -z "$flowable_note" ]; then
    flowable_db="${BENCH_DB}_flowable"
    psql -h 127.0.0.1 -U postgres -X -q -c "drop database if exists $flowable_db" -c "create database $flowable_db" >/dev/null
    floor=$(java -jar "$flowable_jar" db "$flowable_db" intakes "$intakes" threads "$clients" 2>"$BENCH_WORK/lifecycle-flowable.err" | tail -1)
    psql -h 127.0.0.1 -U postgres -X -q -c "drop database if exists $flowable_db" >/dev/null
    echo "40-lifecycle: $floor" >&2
    if [ "$(field unfinished_instances "$floor")" != 0 ]; then
        echo "40-lifecycle: Flowable left instances unfinished: its figures are not a floor" >&2
        exit 1
    fi
    floor_starts=$(field starts_per_s "$floor")
    # A matter is two task completions (accept, approve): compare matters with matters.
    floor_matters=$(awk -v c="$(field completions_per_s "$floor")" 'BEGIN { printf "%.1f", c / 2 }')
else
    echo "40-lifecycle: $flowable_note" >&2
fi

bench_row "intakes/s at 8 clients over REST (floor: Flowable 8 embedded starts/s)" \
    "$(field intakes_per_s "$ours")" "$floor_starts" "intakes/s" higher 3.0
bench_row "matter accept+approve/s (floor: Flowable 8 embedded, both tasks of a matter)" \
    "$(field matters_per_s "$ours")" "$floor_matters" "matters/s" higher 3.0
bench_row "p95 per event (accept or approve over REST)" "$(field p95_event_ms "$ours")" 50 ms lower 1.0
