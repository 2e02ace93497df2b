#!/usr/bin/env bash
# The time-limit scan against its floors, on the freshly loaded data (issue 19). Three rows:
#   1. the first scan of a never-lit database with the administrator's baseline option (every running matter
#      lit without notices)  vs  one UPDATE writing every running matter's level (rolled back, then VACUUM);
#   2. the scan again with nothing changed (after VACUUM)  vs  the same UPDATE as a no-op (it judges every
#      running matter and writes none: every level already agrees);
#   3. a day's changes  vs  5 s. "The next day" is made by moving every date the scan reads one day earlier
#      (the matters' due, statutory due, acceptance and simulated dates, the other time limits, the days of the
#      scans already run), then VACUUM ANALYZE: the server's clock stays as it is (the runner's server is
#      shared by the paths), the scan runs its real path as the day's first scan.
# Each scan is the job's "run now" (POST api/admin/jobs/time-limit-scan/run); its time is the duration the job
# history recorded. Must run first on the data docs/bench/run loads (it needs matters that never had a light).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/../lib.sh"

running="status IN ('ACCEPTED', 'IN_REVIEW')"
# TimeLimitScan.level (LightRule) over the settings row, today the database's day as the server's.
level="CASE WHEN m.due_on < CURRENT_DATE THEN (CASE WHEN t.ordinal - d.ordinal > s.leadership_after_days THEN 3 ELSE 2 END)
     WHEN (CASE WHEN m.green_channel THEN m.green_channel_days ELSE m.promised_days END) = 0 THEN 0
     WHEN d.ordinal - t.ordinal <= s.yellow_days
       OR (d.ordinal - t.ordinal) * 100 <= s.yellow_percent
          * (CASE WHEN m.green_channel THEN m.green_channel_days ELSE m.promised_days END) THEN 1
     ELSE 0 END"
judged="FROM working_day_ordinal d, working_day_ordinal t, supervision_settings s
WHERE d.day_on = m.due_on AND t.day_on = CURRENT_DATE AND m.$running"

# run_scan: runs the scan now and prints the job's recorded duration in ms; its message goes to stderr.
run_scan() {
    local answer
    bench_settled
    answer=$(bench_curl admin api/admin/jobs/time-limit-scan/run -X POST -w '\n%{http_code}')
    if [ "$(tail -n1 <<<"$answer")" = 202 ]; then
        # "run now" stopped waiting (5 minutes); the run goes on: wait for the job history to show its end.
        until answer=$(bench_curl admin api/admin/jobs/time-limit-scan/runs) \
                && python3 -c 'import json,sys; r=json.load(sys.stdin)[0]; sys.exit(0 if r["outcome"] != "RUNNING" else 1)' <<<"$answer"; do
            sleep 5
        done
        answer=$(python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)[0]))' <<<"$answer")
    else
        answer=$(head -n -1 <<<"$answer")
    fi
    python3 -c '
import json, sys
run = json.loads(sys.argv[1])
print("scan:", run["outcome"], run.get("message"), file=sys.stderr)
if run["outcome"] != "SUCCESS":
    sys.exit("the scan failed: %s" % run.get("message"))
print(run["durationMillis"])' "$answer"
}

# median of three runs of a command that prints milliseconds
median3() {
    local a b c
    a=$("$@"); b=$("$@"); c=$("$@")
    printf '%s\n' "$a" "$b" "$c" | sort -n | sed -n 2p
}

psql_ms() {
    bench_settled
    bench_time_ms bench_psql -c "$1"
}

never_lit=$(bench_sql "SELECT count(*) FROM approval_matter WHERE $running AND alert_level IS NULL")
echo "bench: $never_lit running matters never lit" >&2
if [ "$never_lit" -lt 1000 ]; then
    echo "bench: 10-scan needs the freshly loaded data (matters that never had a light); run it first after the load" >&2
    exit 1
fi

# ---- 1. first scan of a never-lit database, with the baseline option
floor_first=$(psql_ms "BEGIN; UPDATE approval_matter m SET alert_level = $level $judged; ROLLBACK;")
bench_psql -c 'VACUUM ANALYZE approval_matter'
bench_curl admin api/supervision/scan-baseline -X POST >&2
echo >&2
ours_first=$(run_scan)
left=$(bench_sql "SELECT count(*) FROM approval_matter m JOIN working_day_ordinal d ON d.day_on = m.due_on
                  WHERE m.$running AND m.alert_level IS NULL")
baseline=$(bench_sql "SELECT count(*) FROM supervision_scan WHERE baseline_requested_by = 'admin'")
if [ "$left" != 0 ] || [ "$baseline" -lt 1 ]; then
    echo "bench: after the baseline scan $left running matters are unlit, $baseline scans record the baseline" >&2
    exit 1
fi
bench_row "scan, first run of a never-lit database (baseline option)" "$ours_first" "$floor_first" ms lower 2.0

# ---- 2. nothing changed, after VACUUM
bench_psql -c 'VACUUM ANALYZE approval_matter' -c 'VACUUM ANALYZE project' -c 'VACUUM ANALYZE light_change'
run_scan >/dev/null   # the day's first scan after the baseline (the green-channel windows), not measured
noop="UPDATE approval_matter m SET alert_level = $level $judged AND m.alert_level IS DISTINCT FROM ($level)"
ours_steady=$(median3 run_scan)
floor_steady=$(median3 psql_ms "$noop")
bench_row "scan, nothing changed (after VACUUM)" "$ours_steady" "$floor_steady" ms lower 1.5

# ---- 3. the next day: every date the scan reads one day earlier, so today is one day later for the data
bench_psql <<'SQL'
BEGIN;
UPDATE approval_matter SET due_on = due_on - 1, statutory_due_on = statutory_due_on - 1, accepted_on = accepted_on - 1,
       clock_started_on = clock_started_on - 1, simulated_on = simulated_on - 1;
UPDATE coordination_problem SET due_on = due_on - 1;
UPDATE acceptance_deadline SET due_on = due_on - 1;
UPDATE referral SET due_on = due_on - 1;
UPDATE supervision_scan SET scan_day = scan_day - 1;
COMMIT;
VACUUM ANALYZE approval_matter;
VACUUM ANALYZE supervision_scan;
SQL
before=$(bench_sql "SELECT count(*) FROM light_change")
ours_day=$(run_scan)
changes=$(($(bench_sql "SELECT count(*) FROM light_change") - before))
echo "bench: the next day's scan logged $changes light changes" >&2
bench_row "scan, a day's changes" "$ours_day" 5000 ms lower 1.0
