#!/usr/bin/env bash
# The weekly report (issue 19): a leader's click on the week in progress, and a past week's first making,
# each against SQL statements that compute the same figures and lists (the floor), in the same sitting.
#
# The floor of one report is what making it needs: the week's figures AND the week before's (the report gives
# each count's change on the week before), so floor_week below runs twice. Per week, one pass over the matters
# per project (plan sizes, decisions, first acceptance, running matters' lights by the working-day ordinals, as
# LightRule and TimeLimitScan judge them) and one per department; then the totals and the towns, the 500
# riskiest projects and the 500 longest-running green-channel projects (ORDER BY ... LIMIT 500) from the
# 100,000 project rows; the meetings and services of the week are counted beside.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/../lib.sh"

BENCH_BASE="${BENCH_BASE:-http://127.0.0.1:8780/}"
BENCH_DB="${BENCH_DB:-projectdesk_bench}"
BENCH_PSQL="${BENCH_PSQL:-psql -h 127.0.0.1 -U postgres -d $BENCH_DB -X -q -v ON_ERROR_STOP=1}"
BENCH_WORK="${BENCH_WORK:-$(mktemp -d)}"
base="${BENCH_BASE%/}"

# One GET as the leader; prints the milliseconds it took, fails on anything but 200.
leader_get_ms() {
    local code ms
    read -r code ms < <(curl -s -o "$BENCH_WORK/report.json" -w '%{http_code} %{time_total}\n' -u leader:demo123 \
        "$base/api/reports/weekly/$1")
    [[ "$code" == 200 ]] || { echo "GET /api/reports/weekly/$1 answered $code: $(head -c 300 "$BENCH_WORK/report.json")" >&2; exit 1; }
    awk -v s="$ms" 'BEGIN { printf "%d", s * 1000 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# The server's day, which decides the week in progress: the database's, as the data (open-matters-2m.sql) and
# 10-scan take it (the server and PostgreSQL run on this machine, in its time zone). Beijing's date, used before,
# runs a day ahead of a UTC machine's from 16:00 to 24:00 UTC: the floor then judged a day the server had not
# reached, and on a Sunday evening asked for a week the server calls future. The floor then takes its day from
# the report itself (its "to").
today=$($BENCH_PSQL -Atc "SELECT CURRENT_DATE")
current_week=$(date -d "$today" +%G-W%V)
past_week=$(date -d "$today -7 days" +%G-W%V)
monday_of() { date -d "$1 -$(( $(date -d "$1" +%u) - 1 )) days" +%F; }
cur_mon=$(monday_of "$today")
past_mon=$(date -d "$cur_mon -7 days" +%F)
past_sun=$(date -d "$cur_mon -1 days" +%F)

# The SQL of one week's figures and lists, from :mon to :end (see the top of this file).
floor_week() {
    local mon="$1" end="$2"
    cat <<SQL
DROP TABLE IF EXISTS floor_plan;
CREATE TEMP TABLE floor_plan AS
WITH s AS (SELECT yellow_days, yellow_percent, leadership_after_days FROM supervision_settings),
     e AS (SELECT ordinal FROM working_day_ordinal WHERE day_on = DATE '$end'),
     m AS (SELECT m.*, CASE WHEN m.status = 'HALTED' THEN m.halted_on ELSE m.decided_on END AS decision
           FROM approval_matter m JOIN project p ON p.id = m.project_id
           WHERE p.intake_on <= DATE '$end' AND m.status <> 'DROPPED'
             AND NOT (p.status = 'WITHDRAWN' AND p.status_changed_on <= DATE '$end')),
     j AS (SELECT m.*, m.decision IS NOT NULL AND m.decision <= DATE '$end' AND m.status IN ('APPROVED', 'RETURNED', 'HALTED') AS decided,
                  m.accepted_on <= DATE '$end' AND m.due_on IS NOT NULL AND m.status NOT IN ('HALTED', 'SIMULATED')
                  AND NOT (m.decision IS NOT NULL AND m.decision <= DATE '$end' AND m.status IN ('APPROVED', 'RETURNED', 'HALTED')) AS running,
                  d.ordinal AS due_ordinal
           FROM m LEFT JOIN working_day_ordinal d ON d.day_on = m.due_on),
     -- Overdue by date, as LightRule, the scan and the report judge it (due_on before the day).
     l AS (SELECT j.*, CASE WHEN NOT j.running THEN NULL
                  WHEN j.due_on < DATE '$end' THEN CASE WHEN e.ordinal - j.due_ordinal > s.leadership_after_days THEN 3 ELSE 2 END
                  WHEN (CASE WHEN j.green_channel THEN j.green_channel_days ELSE j.promised_days END) = 0 THEN 0
                  WHEN j.due_ordinal - e.ordinal <= s.yellow_days OR (j.due_ordinal - e.ordinal) * 100
                       <= s.yellow_percent * (CASE WHEN j.green_channel THEN j.green_channel_days ELSE j.promised_days END) THEN 1
                  ELSE 0 END AS lvl
           FROM j, e, s)
-- One pass: each project's plan and lights, and each department's decisions of the week and lights.
SELECT project_id, department_code, count(*) AS planned, count(*) FILTER (WHERE decided) AS decided,
       count(*) FILTER (WHERE decided AND status = 'APPROVED') AS approved,
       sum(statutory_days) AS statutory_days, sum(promised_days) AS promised_days,
       min(accepted_on) FILTER (WHERE accepted_on <= DATE '$end') AS first_accepted,
       max(decision) FILTER (WHERE decided) AS last_decision, max(due_on) FILTER (WHERE running) AS latest_running_due,
       count(*) FILTER (WHERE lvl >= 2) AS red, count(*) FILTER (WHERE lvl = 1) AS yellow, max(lvl) AS light,
       count(*) FILTER (WHERE status IN ('APPROVED', 'RETURNED') AND decided_on BETWEEN DATE '$mon' AND DATE '$end') AS decided_in_week,
       count(*) FILTER (WHERE status IN ('APPROVED', 'RETURNED') AND decided_on BETWEEN DATE '$mon' AND DATE '$end'
                        AND (due_on IS NULL OR decided_on <= due_on)) AS on_time,
       count(*) FILTER (WHERE status = 'APPROVED' AND decided_on BETWEEN DATE '$mon' AND DATE '$end') AS approved_in_week
FROM l GROUP BY GROUPING SETS ((project_id), (department_code));

DROP TABLE IF EXISTS floor_project;
CREATE TEMP TABLE floor_project AS
WITH s AS (SELECT green_window_to FROM supervision_settings),
     e AS (SELECT ordinal FROM working_day_ordinal WHERE day_on = DATE '$end'),
     q AS (SELECT p.id, p.file_no, p.name, coalesce(a.display_name, p.officer) AS officer, p.investment, p.town_code,
                  p.green_channel = 'GRANTED' AS green, f.*,
                  f.planned > 0 AND f.decided = f.planned AS complete,
                  p.construction_started_on <= DATE '$end' AS started,
                  p.status = 'PAUSED' AND p.status_changed_on <= DATE '$end' AS paused,
                  p.status = 'PREPARING_TO_START' AND p.status_changed_on <= DATE '$end' AS preparing
           FROM project p LEFT JOIN floor_plan f ON f.project_id = p.id AND f.department_code IS NULL LEFT JOIN account a ON a.username = p.officer
           WHERE p.intake_on <= DATE '$end' AND NOT (p.status = 'WITHDRAWN' AND p.status_changed_on <= DATE '$end')),
     r AS (SELECT q.*, coalesce(NOT complete AND NOT paused AND first_accepted IS NOT NULL, false) AS approving,
                  fa.ordinal AS first_ordinal, ld.ordinal AS last_ordinal, lr.ordinal AS latest_due_ordinal
           FROM q LEFT JOIN working_day_ordinal fa ON fa.day_on = q.first_accepted
                  LEFT JOIN working_day_ordinal ld ON ld.day_on = q.last_decision
                  LEFT JOIN working_day_ordinal lr ON lr.day_on = q.latest_running_due)
SELECT r.*, CASE WHEN first_accepted IS NULL THEN NULL WHEN complete THEN last_ordinal - first_ordinal
                 ELSE e.ordinal - first_ordinal END AS elapsed,
       nullif(greatest(coalesce(least(light, 2), -1),
                       CASE WHEN green AND approving THEN CASE WHEN e.ordinal - first_ordinal > s.green_window_to THEN 2
                            WHEN coalesce(latest_due_ordinal - first_ordinal, 0) > s.green_window_to THEN 1 ELSE 0 END
                       ELSE -1 END), -1) AS project_light
FROM r, e, s;

SELECT department_code, decided_in_week, on_time, approved_in_week, red, yellow FROM floor_plan WHERE project_id IS NULL;

-- The city's figures and the towns'.
SELECT town_code, count(*), round(sum(investment) / 10000, 2), count(*) FILTER (WHERE approving),
       count(*) FILTER (WHERE started), sum(coalesce(red, 0)), count(*) FILTER (WHERE complete),
       count(*) FILTER (WHERE paused), count(*) FILTER (WHERE preparing AND NOT coalesce(started, false)),
       round(avg(statutory_days) FILTER (WHERE first_accepted IS NOT NULL), 1),
       round(avg(promised_days) FILTER (WHERE first_accepted IS NOT NULL), 1), round(avg(elapsed), 1)
FROM floor_project GROUP BY ROLLUP (town_code);

-- The 500 riskiest projects in progress, and the 500 green-channel projects longest in approval.
SELECT file_no, name, officer, approved, planned, red, yellow, statutory_days, promised_days, elapsed, project_light, town_code
FROM floor_project
ORDER BY coalesce(project_light, -1) DESC, coalesce(red, 0) DESC, coalesce(yellow, 0) DESC,
         coalesce(elapsed - promised_days, -2147483648) DESC, file_no LIMIT 500;
SELECT file_no, name, elapsed, town_code FROM floor_project WHERE green AND first_accepted IS NOT NULL
ORDER BY elapsed DESC, file_no LIMIT 500;

SELECT count(*), count(DISTINCT mp.project_id) FROM pre_review_meeting g JOIN meeting_project mp ON mp.meeting_id = g.id
WHERE g.status = 'CLOSED' AND g.starts_at >= DATE '$mon' AND g.starts_at < DATE '$end' + 1;
SELECT kind, count(*) FROM extended_service WHERE served_on BETWEEN DATE '$mon' AND DATE '$end' GROUP BY kind;
SQL
}

# Milliseconds the floor statements of a report take: the week up to $2 and the week before it.
floor_ms() {
    local mon="$1" end="$2" before_mon before_end started
    before_mon=$(date -d "$mon -7 days" +%F)
    before_end=$(date -d "$mon -1 days" +%F)
    # Without PostgreSQL's JIT, as the report's own statements run (WholeTableReads): at full size each statement's
    # compilation costs more than it saves, for the floor as for the report.
    { echo "SET jit = off;"; floor_week "$mon" "$end"; floor_week "$before_mon" "$before_end"; } > "$BENCH_WORK/report-floor.sql"
    started=$(bench_now_ms)
    $BENCH_PSQL -o /dev/null -f "$BENCH_WORK/report-floor.sql"
    echo $(( $(bench_now_ms) - started ))
}

# The floor's figures must be the report's: the week in progress's counts, compared with what the API says.
check_floor() {
    local api sql
    api=$(python3 -c 'import json,sys; f=json.load(open(sys.argv[1])); print(f["inApproval"], f["approvalsCompleted"], f["redMatters"], f["yellowMatters"], f["projectsTotal"], f["greenChannelTotal"])' "$BENCH_WORK/report.json")
    floor_week "$cur_mon" "$today" > "$BENCH_WORK/report-check.sql"
    cat >> "$BENCH_WORK/report-check.sql" <<'SQL'
\pset format unaligned
\pset tuples_only on
\o
SELECT (SELECT count(*) FILTER (WHERE approving) FROM floor_project), (SELECT count(*) FILTER (WHERE complete) FROM floor_project),
       (SELECT sum(coalesce(red, 0)) FROM floor_project), (SELECT sum(coalesce(yellow, 0)) FROM floor_project),
       (SELECT count(*) FROM floor_project), (SELECT count(*) FROM floor_project WHERE green AND first_accepted IS NOT NULL);
SQL
    sql=$($BENCH_PSQL -o /dev/null -f "$BENCH_WORK/report-check.sql" | tr '|' ' ')
    [[ "$api" == "$sql" ]] || { echo "the floor's figures ($sql) are not the report's ($api)" >&2; exit 1; }
}

# The week in progress: figures made once (by the first reader, or by the time-limit scan when it has run since),
# then a leader's clicks. The scan is not run from here: the first one over never-lit data takes minutes.
made=$(leader_get_ms "$current_week")
echo "weekly report, week in progress: first click after a change ${made} ms" >&2
# From here on the day is the one the server made the week in progress for (its "to").
made_for=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["to"])' "$BENCH_WORK/report.json")
[[ "$made_for" == "$today" ]] || echo "20-report: the server's day is $made_for, the database's $today; the floor takes the server's" >&2
today=$made_for
clicks=$(for _ in 1 2 3 4 5; do leader_get_ms "$current_week"; echo; done | median)
check_floor
current_floor=$(floor_ms "$cur_mon" "$today")
bench_row "weekly report, week in progress (leader's click)" "$clicks" 1000 ms lower 1.0
bench_row "weekly report, week in progress (leader's click) vs SQL" "$clicks" "$current_floor" ms lower 1.0

# A past week's first making: the kept report is removed first, so that the request makes it.
$BENCH_PSQL -c "DELETE FROM weekly_report WHERE iso_week = '$past_week'"
past_floor=$(floor_ms "$past_mon" "$past_sun")
past=$(leader_get_ms "$past_week")
bench_row "weekly report, past week first making" "$past" "$past_floor" ms lower 2.0
