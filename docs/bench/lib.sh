# Shared by docs/bench/run and every docs/bench/paths/NN-name.sh (source it; it sets no shell options).
#
# The runner exports the variables below. Run standalone, a path script gets these defaults: the
# runner's own server (port offset 2400), database projectdesk_bench, full scale, rows on stdout.

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
: "${BENCH_BASE:=http://127.0.0.1:10480/}"
: "${BENCH_MGMT:=http://127.0.0.1:12390/}"
: "${BENCH_DB:=projectdesk_bench}"
: "${BENCH_PSQL:=psql -h 127.0.0.1 -U postgres -d $BENCH_DB -X -q -v ON_ERROR_STOP=1}"
: "${BENCH_SCALE:=full}"
: "${BENCH_WORK:=$BENCH_ROOT/target/bench/work}"
: "${BENCH_SERVER:=$BENCH_ROOT/ear/target/server}"
: "${BENCH_PASSWORD:=demo123}"
export BENCH_ROOT BENCH_BASE BENCH_MGMT BENCH_DB BENCH_PSQL BENCH_SCALE BENCH_WORK BENCH_SERVER BENCH_PASSWORD
mkdir -p "$BENCH_WORK"

# bench_row PATH OURS FLOOR UNIT BETTER GOAL
#   BETTER is lower (met when ours/floor <= GOAL) or higher (met when ours/floor >= GOAL).
#   Appends "path ours floor unit better goal ratio met" (tab-separated) to $BENCH_OUT, or prints
#   it on stdout when BENCH_OUT is unset; says the row on stderr too, so a path's log shows it.
bench_row() {
    if [ $# -ne 6 ]; then
        echo "bench_row: want PATH OURS FLOOR UNIT BETTER GOAL, got $#: $*" >&2
        return 2
    fi
    # An empty figure (a measurement that gave nothing) is written as "-", never as an empty field.
    local path=$1 ours=${2:--} floor=${3:--} unit=${4:--} better=$5 goal=${6:--} ratio met
    case $better in lower|higher) ;; *) echo "bench_row: BETTER must be lower or higher, not '$better'" >&2; return 2 ;; esac
    read -r ratio met < <(awk -v o="$ours" -v f="$floor" -v b="$better" -v g="$goal" 'BEGIN {
        num = "^[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?$"
        if (o !~ num || f !~ num || f + 0 == 0) { print "-", "-"; exit }
        r = o / f
        # three significant figures: 0.0417, 0.417, 4.17, 41.7, 417
        rs = (r >= 100) ? sprintf("%.0f", r) : (r >= 10) ? sprintf("%.1f", r) : (r >= 1) ? sprintf("%.2f", r) \
           : (r >= 0.1) ? sprintf("%.3f", r) : sprintf("%.3g", r)
        if (g !~ num) m = "-"
        else if (b == "lower") m = (r <= g + 0) ? "yes" : "no"
        else m = (r >= g + 0) ? "yes" : "no"
        print rs, m }')
    local line
    line=$(printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s' "$path" "$ours" "$floor" "$unit" "$better" "$goal" "$ratio" "$met")
    if [ -n "${BENCH_OUT:-}" ]; then
        printf '%s\n' "$line" >>"$BENCH_OUT"
    else
        printf '%s\n' "$line"
    fi
    local goal_text="no goal"
    if [ "$goal" != - ]; then
        if [ "$better" = lower ]; then goal_text="goal <= $goal"; else goal_text="goal >= $goal"; fi
    fi
    echo "bench: $path: ours $ours $unit, floor $floor $unit, ratio $ratio ($goal_text): met $met" >&2
}

# bench_now_ms: milliseconds on the monotonic clock (for elapsed times; not a date). Perl's
# Time::HiRes reads it to the millisecond; without it, /proc/uptime (also monotonic) in 10 ms steps.
if perl -MTime::HiRes=clock_gettime,CLOCK_MONOTONIC -e 1 2>/dev/null; then
    bench_now_ms() {
        perl -MTime::HiRes=clock_gettime,CLOCK_MONOTONIC -e 'printf "%d\n", clock_gettime(CLOCK_MONOTONIC) * 1000'
    }
else
    bench_now_ms() {
        awk '{ printf "%d\n", $1 * 1000 }' /proc/uptime
    }
fi

# bench_time_ms CMD [ARGS...]: runs the command (its stdout to stderr, so only the figure is
# printed) and prints its elapsed milliseconds; fails if the command fails.
bench_time_ms() {
    local t0 t1
    t0=$(bench_now_ms)
    "$@" >&2 || return
    t1=$(bench_now_ms)
    echo $((t1 - t0))
}

# bench_psql [psql args...]: psql on the benchmark database, stopping at the first error.
bench_psql() {
    # shellcheck disable=SC2086 # BENCH_PSQL is a command line by contract
    $BENCH_PSQL "$@"
}

# bench_sql 'SQL': one value (unaligned, tuples only), e.g. count=$(bench_sql 'select count(*) from project').
bench_sql() {
    bench_psql -At -c "$1"
}

# bench_settled: waits (at most 5 minutes) until no other session runs a statement in $BENCH_DB, so that a timed step
# does not share the machine with what the server does in the background after the step before (the week in
# progress made again after each scan: seconds over every matter, which scans a quarter of an hour apart never meet).
bench_settled() {
    local waited=0
    while [ "$(bench_sql "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()
                          AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND state = 'active'")" != 0 ]; do
        if [ $waited -ge 300 ]; then
            echo "bench: the database still busy after 300 s; going on" >&2
            return 0
        fi
        sleep 1
        waited=$((waited + 1))
    done
    [ $waited = 0 ] || echo "bench: waited ${waited} s for the server's background work to end" >&2
}

# bench_url PATH: the application URL of PATH (with or without a leading slash).
bench_url() {
    echo "${BENCH_BASE%/}/${1#/}"
}

# bench_curl USER PATH [curl options...]: the body of an application request as USER (a demo
# account, password $BENCH_PASSWORD), failing on an HTTP error status (the body goes to stderr then).
bench_curl() {
    local user=$1 path=$2
    shift 2
    curl -sS --fail-with-body -u "$user:$BENCH_PASSWORD" "$@" "$(bench_url "$path")"
}

# bench_answers: true when the application serves its sign-in page.
bench_answers() {
    [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$(bench_url login.xhtml)")" = 200 ]
}

# bench_wait_up [SECONDS] [PID]: waits (default 600 s) until the sign-in page answers 200; fails
# early when the server process PID is given and ends.
bench_wait_up() {
    local limit=${1:-600} pid=${2:-} t0
    t0=$(bench_now_ms)
    until bench_answers; do
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
            echo "bench: the server (pid $pid) stopped while starting" >&2
            return 1
        fi
        if [ $(($(bench_now_ms) - t0)) -gt $((limit * 1000)) ]; then
            echo "bench: the server did not answer $(bench_url login.xhtml) within ${limit} s" >&2
            return 1
        fi
        sleep 0.5
    done
}

# bench_load [HttpLoad options...]: runs the JDK-only load generator (docs/bench/load/HttpLoad.java)
# and prints its result line, e.g. "RESULT rps=4627.1 p50_ms=5.2 p95_ms=... p99_ms=... errors=0 ...".
bench_load() {
    java "$BENCH_ROOT/docs/bench/load/HttpLoad.java" "$@"
}

# bench_warm [HttpLoad options...]: loads the server with the options (32 connections) in rounds of a few
# seconds, at least 6 of them and then until a round's rate is within 10% of the round before (at most 12
# rounds of 5 s; at --small 4 to 8 rounds of 3 s), so that a measurement after it sees the JIT-compiled
# server a day's use gives, not the first minute of a fresh JVM: at CI size the list's rate rose from 4 to
# 79 to 330 req/s over its first 40 s of load, and stood still for a round on the way.
# Each round also says how much of a core the server's JIT compilers used (with BENCH_SERVER_PID, which the
# runner gives), and the warm-up says when it ends with them still busy: on two cores they compile for
# minutes under load, and the rate measured next is then not yet the server's steady one. Waiting for them
# was tried and not kept (docs/benchmarks.md, homes section, twelfth session): the rates rose, but the
# static floor's with them, and the ratios stayed where they were, for minutes more of every run.
bench_warm() {
    local round least most previous=0 rps result jit_before jit_share=0
    round=$(bench_seconds 3 5)
    least=$(bench_seconds 4 6)
    most=$(bench_seconds 8 12)
    for ((i = 1; i <= most; i++)); do
        jit_before=$(bench_jit_ticks)
        result=$(bench_load --connections 32 --seconds "$round" --warmup 0 --timeout-ms 10000 "$@") || return 1
        rps=$(bench_field rps "$(grep RESULT <<<"$result")")
        jit_share=$((($(bench_jit_ticks) - jit_before) * 100 / (round * $(getconf CLK_TCK))))
        echo "bench: warm-up round $i: $rps req/s, JIT compilers ${jit_share}% of a core" >&2
        if ((i >= least)) && awk -v a="$rps" -v b="$previous" 'BEGIN { exit !(b > 0 && a < b * 1.1 && a > b * 0.9) }'; then
            break
        fi
        previous=$rps
    done
    if ((jit_share >= 10)); then
        echo "bench: warm-up ended with the JIT compilers still at ${jit_share}% of a core: not yet the steady rate" >&2
    fi
}

# bench_jit_ticks: CPU the server JVM's JIT compiler threads have used so far, in clock ticks (0 without
# BENCH_SERVER_PID or /proc).
bench_jit_ticks() {
    local task name ticks=0
    for task in /proc/${BENCH_SERVER_PID:-none}/task/*; do
        name=
        [ -r "$task/comm" ] && read -r name 2>/dev/null <"$task/comm" || true
        case $name in
            C1\ CompilerThre* | C2\ CompilerThre*)
                ticks=$((ticks + $(awk '{ print $14 + $15 }' "$task/stat" 2>/dev/null || echo 0))) ;;
        esac
    done
    echo "$ticks"
}

# bench_field KEY LINE: the value of KEY in a "RESULT key=value key=value" line (HttpLoad's result).
bench_field() {
    local key=$1 line=$2 pair
    for pair in $line; do
        if [ "${pair%%=*}" = "$key" ]; then
            echo "${pair#*=}"
            return 0
        fi
    done
    echo "bench_field: no $key in: $line" >&2
    return 1
}

# bench_static_floor: requests per second of a static resource at 32 connections, as measured by
# paths/00-static.sh in this run (fails when it has not run).
bench_static_floor() {
    if [ ! -s "$BENCH_WORK/static-floor.txt" ]; then
        echo "bench: no static floor yet; run docs/bench/paths/00-static.sh first" >&2
        return 1
    fi
    cat "$BENCH_WORK/static-floor.txt"
}

# bench_seconds SHORT FULL: a duration by scale (CI's small run only checks that the path works).
bench_seconds() {
    if [ "$BENCH_SCALE" = small ]; then echo "$1"; else echo "$2"; fi
}
