#!/usr/bin/env bash
# Each role's home page (issue 17's work queues) under 32 connections: GET /index.xhtml as an officer, a
# department window, the director (caseloads), the leader (the board's figures) and an investor; p99 against
# 100 ms and the rate against the server's static-resource floor, like the lists rows. Each connection signs in
# once through the login form (HttpLoad --session-login) and keeps its session, as a person's browser does.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bench="$(dirname "$here")"
. "$bench/lib.sh"

base="${BENCH_BASE%/}"
work="${BENCH_WORK:-$(mktemp -d)}"
password="${BENCH_PASSWORD:-demo123}"
department="${BENCH_DEPARTMENT:-land}"
if [ "${BENCH_SCALE:-full}" = small ]; then seconds=3; warmup=1; else seconds=15; warmup=5; fi
load() { java "$bench/load/HttpLoad.java" --connections 32 --seconds "$seconds" --warmup "$warmup" --timeout-ms 10000 "$@"; }
field() { sed -n "s/.*RESULT.* $1=\([0-9.]*\).*/\1/p" <<<"$2"; }

static_url="$base/jakarta.faces.resource/css/projectdesk.css.xhtml?ln=projectdesk"
if [ -s "$work/static-floor.txt" ]; then
    floor_rps=$(grep -oE '[0-9]+(\.[0-9]+)?' "$work/static-floor.txt" | head -1)
else
    bench_warm --url "$static_url"
    result=$(load --url "$static_url")
    floor_rps=$(field rps "$result")
    echo "$result" > "$work/35-homes-static.txt"
fi

declare -A users=(
    [officer]=officer1
    [department]="dept-$department"
    [director]=director
    [leader]=leader
    [investor]=investor1
)
for role in officer department director leader investor; do
    bench_warm --session-login --user "${users[$role]}" --password "$password" --expect 200-299 --url "$base/index.xhtml"
    result=$(load --session-login --user "${users[$role]}" --password "$password" --expect 200-299 --url "$base/index.xhtml")
    echo "$result" > "$work/35-homes-$role.txt"
    errors=$(field errors "$result")
    if [ "${errors:-1}" != 0 ]; then
        echo "35-homes: $role had $errors errors: $(grep 'first error' <<<"$result" || true)" >&2
    fi
    p99=$(field p99_ms "$result")
    [ "$(field requests "$result")" = 0 ] && p99=$((seconds * 1000))
    bench_row "homes: $role p99 at 32 connections" "$p99" 100 ms lower 1.0
    bench_row "homes: $role req/s vs static resource" "$(field rps "$result")" "$floor_rps" req/s higher 0.25
done
