#!/usr/bin/env bash
# The ledger (台账) import: preview and apply of a generated ledger file (LedgerFile.java: industrial projects
# of 22 matter lines, every line valid) over REST, in matter lines per second, against PostgreSQL COPY of the
# same file into a table of the ledger's shape in the same sitting (the floor). Goal: at least 10% of COPY's
# row rate, for both. A second floor writes the apply's own rows set-based into our tables (ledger-rows.sql).
# full: 100,000 projects (2.2 M lines); small: 1,000 (22,000). LEDGER_PROJECTS overrides.
# The server must take the file: PROJECTDESK_LEDGER_MAX_MB (the full file is ~420 MB) and
# PROJECTDESK_LEDGER_TIMEOUT_S (the apply's one transaction) large enough; a refusal is printed and fails the path.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$here/lib.sh"

: "${BENCH_BASE:?the application, e.g. http://127.0.0.1:8780/}"
: "${BENCH_DB:?the PostgreSQL database}"
BENCH_SCALE=${BENCH_SCALE:-small}
BENCH_WORK=${BENCH_WORK:-$(mktemp -d)}
BENCH_PSQL=${BENCH_PSQL:-psql -h 127.0.0.1 -U postgres -d $BENCH_DB -X -q -v ON_ERROR_STOP=1}
base=${BENCH_BASE%/}
projects=${LEDGER_PROJECTS:-$([ "$BENCH_SCALE" = full ] && echo 100000 || echo 1000)}
# The run number goes into the project codes and credit codes, so that each run's file is new to the database.
run=$(( ($(date +%s) / 7) % 10000 ))
file="$BENCH_WORK/ledger-$projects-$run.csv"

java "$here/load/LedgerFile.java" "$projects" "$run" "$file"
lines=$(( $(wc -l < "$file") - 1 ))
echo "ledger: $projects projects, $lines lines, $(du -m "$file" | cut -f1) MB (run $run)" >&2

now() { date +%s.%N; }
rate() { awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%.0f", n / (b - a) }'; }

# Floor: COPY of the same rows into a table of the ledger's shape (its columns, typed as the import reads them).
table="bench_ledger_copy_$run"
$BENCH_PSQL -c "create table $table (file_no text, project_code varchar(24), project_name text, enterprise_name text,
    credit_code char(18), type text, town text, land_status text, investment numeric(14,2), officer text, intake_on date,
    category text, matter_status text, accepted_on date, decided_on date, document_no text, external_due_on date,
    simulated_on date, simulated_document_no text, step_on date, note text, suspension text, pledge text,
    procedure_type text, land_held_on date)"
t0=$(now)
$BENCH_PSQL -c "\\copy $table from '$file' with (format csv, header true, encoding 'UTF8')"
t1=$(now)
copied=$($BENCH_PSQL -At -c "select count(*) from $table")
$BENCH_PSQL -c "drop table $table"
[ "$copied" -eq "$lines" ] || { echo "ledger: COPY took $copied of $lines lines" >&2; exit 1; }
floor=$(rate "$lines" "$t0" "$t1")

# Ours: the preview (every rule checked, nothing kept), then the apply (one transaction, all or nothing).
post() {
    curl -sS -u director:demo123 -H 'Content-Type: text/csv; charset=UTF-8' -H 'Accept: application/json' \
        -H 'Accept-Language: en' --data-binary @"$file" -o "$BENCH_WORK/ledger-$1.json" -w '%{http_code}' \
        "$base/api/projects/$2"
}
t0=$(now); status=$(post preview ledger/preview); t1=$(now)
if [ "$status" != 200 ] || ! grep -q '"problems":\[\]' "$BENCH_WORK/ledger-preview.json"; then
    echo "ledger: preview answered $status: $(head -c 600 "$BENCH_WORK/ledger-preview.json")" >&2; exit 1
fi
grep -q "\"matters\":$lines" "$BENCH_WORK/ledger-preview.json" || { echo "ledger: preview did not take every line" >&2; exit 1; }
preview=$(rate "$lines" "$t0" "$t1")
t0=$(now); status=$(post apply ledger); t1=$(now)
[ "$status" = 200 ] || { echo "ledger: apply answered $status: $(head -c 600 "$BENCH_WORK/ledger-apply.json")" >&2; exit 1; }
apply=$(rate "$lines" "$t0" "$t1")
codes="320684-$(printf '%02d-%02d' $((run / 100)) $((run % 100)))-%"
taken=$($BENCH_PSQL -At -c "select count(*) from project where substr(project_code, 6) like '$codes'")
[ "$taken" -eq "$projects" ] || { echo "ledger: apply took in $taken of $projects projects" >&2; exit 1; }
rm -f "$file"

# A second floor, in our own schema: the rows this apply wrote, written again by PostgreSQL alone (one INSERT ...
# SELECT per table, new keys, same indexes and foreign keys, rolled back): no import into these tables can be
# faster. Its ratio to COPY says how much of the COPY goal the schema itself leaves.
t0=$(now)
$BENCH_PSQL -v codes="$codes" -f "$here/ledger-rows.sql"
t1=$(now)
schema_floor=$(rate "$lines" "$t0" "$t1")

bench_row "ledger preview ($lines lines)" "$preview" "$floor" "lines/s" higher 0.10
bench_row "ledger apply ($lines lines)" "$apply" "$floor" "lines/s" higher 0.10
bench_row "ledger apply vs the same rows written set-based into our tables" "$apply" "$schema_floor" "lines/s" higher -
bench_row "those rows set-based into our tables vs COPY into a bare table" "$schema_floor" "$floor" "lines/s" higher -
