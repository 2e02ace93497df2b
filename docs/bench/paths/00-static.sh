#!/usr/bin/env bash
# The floor of every request path: a small static resource of the same server at 32 connections.
# It goes through what every request of the application goes through (Undertow, the security
# headers filter, the Faces servlet's resource handler) and does nothing else: a 3 kB script the
# service file page loads. Later paths compare their throughput with it ($BENCH_WORK/static-floor.txt,
# bench_static_floor); its p99 is kept beside it ($BENCH_WORK/static-floor-p99.txt).
# Standalone: BENCH_BASE=http://127.0.0.1:8080/ bash docs/bench/paths/00-static.sh
set -euo pipefail
. "$(dirname "$0")/../lib.sh"

url=$(bench_url "${BENCH_STATIC_PATH:-jakarta.faces.resource/js/timeline-locale.js.xhtml?ln=projectdesk}")
status=$(curl -s -o /dev/null -w '%{http_code}' "$url")
if [ "$status" != 200 ]; then
    echo "00-static: $url answers $status, not 200" >&2
    exit 1
fi

bench_warm --url "$url"
result=$(bench_load --url "$url" --connections 32 \
    --warmup "$(bench_seconds 1 5)" --seconds "$(bench_seconds 3 20)")
echo "00-static: $result" >&2
rps=$(bench_field rps "$result")
p99=$(bench_field p99_ms "$result")
errors=$(bench_field errors "$result")
if [ "$errors" != 0 ]; then
    echo "00-static: $errors errors serving a static resource: the floor is not trustworthy" >&2
    exit 1
fi

echo "$rps" >"$BENCH_WORK/static-floor.txt"
echo "$p99" >"$BENCH_WORK/static-floor-p99.txt"
# The floor itself: ours and floor are the same figure, there is no goal.
bench_row "static resource, 32 connections" "$rps" "$rps" req/s higher -
bench_row "static resource p99, 32 connections" "$p99" "$p99" ms lower -
