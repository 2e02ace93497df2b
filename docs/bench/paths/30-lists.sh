#!/usr/bin/env bash
# The project list, a service file and the supervision board under 32 connections (issue 19): p99 against the
# goal of 100 ms, and the rate against the server's static-resource floor (a Faces resource of the same server,
# measured with the same generator, or read from $BENCH_WORK/static-floor.txt when the run measured it already).
# Each client signs in with HTTP Basic on every request, as API clients do.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bench="$(dirname "$here")"
. "$bench/lib.sh"

base="${BENCH_BASE%/}"
work="${BENCH_WORK:-$(mktemp -d)}"
user="${BENCH_USER:-director}"
password="${BENCH_PASSWORD:-demo123}"
if [ "${BENCH_SCALE:-full}" = small ]; then seconds=3; warmup=1; else seconds=15; warmup=5; fi
load() { java "$bench/load/HttpLoad.java" --connections 32 --seconds "$seconds" --warmup "$warmup" --timeout-ms 10000 "$@"; }
field() { sed -n "s/.*RESULT.* $1=\([0-9.]*\).*/\1/p" <<<"$2"; }

# The static floor: req/s of a resource the server hands out without the application's work.
static_url="$base/jakarta.faces.resource/css/projectdesk.css.xhtml?ln=projectdesk"
if [ -s "$work/static-floor.txt" ]; then
    floor_rps=$(grep -oE '[0-9]+(\.[0-9]+)?' "$work/static-floor.txt" | head -1)
else
    bench_warm --url "$static_url"
    result=$(load --url "$static_url")
    floor_rps=$(field rps "$result")
    echo "$result" > "$work/30-lists-static.txt"
fi

# Fifty service files spread over the data, taken round-robin (one file read again and again would flatter caches).
mapfile -t files < <(${BENCH_PSQL} -At -c "SELECT file_no FROM project ORDER BY md5(file_no) LIMIT 50")
file_urls=()
for f in "${files[@]}"; do file_urls+=(--url "$base/api/projects/$f"); done

declare -A urls=(
    [list]="--url $base/api/projects?page=0&size=20"
    [file]="${file_urls[*]}"
    [board]="--url $base/api/supervision/board"
)
for path in list file board; do
    # shellcheck disable=SC2086
    bench_warm --user "$user" --password "$password" ${urls[$path]}
    # shellcheck disable=SC2086
    result=$(load --user "$user" --password "$password" ${urls[$path]})
    echo "$result" > "$work/30-lists-$path.txt"
    errors=$(field errors "$result")
    if [ "${errors:-1}" != 0 ]; then
        echo "30-lists: $path had $errors errors: $(grep 'first error' <<<"$result" || true)" >&2
    fi
    p99=$(field p99_ms "$result")
    # No request answered within the window: the p99 is at least the window, not zero.
    [ "$(field requests "$result")" = 0 ] && p99=$((seconds * 1000))
    bench_row "lists: $path p99 at 32 connections" "$p99" 100 ms lower 1.0
    bench_row "lists: $path req/s vs static resource" "$(field rps "$result")" "$floor_rps" req/s higher 0.25
done
