# shellcheck shell=bash
# ./continuum bench: a large synthetic data set in its own database, the app (Payara Micro) on its
# own port against it, and the outcome reports timed through the JSON API against one hand-written
# SQL query each (scripts/bench/*.sql), with warm-up and repetitions (median). See README
# "Performance".

bench_usage() {
  cat <<'EOF'
Usage: ./continuum bench [options]

  --patients N     patients (default 100000)            CONTINUUM_BENCH_PATIENTS
  --sites N        sites (default 20)                   CONTINUUM_BENCH_SITES
  --episodes N     episodes, about (default 250000)     CONTINUUM_BENCH_EPISODES
  --mat-orders N   MAT orders, about (default 150000)   CONTINUUM_BENCH_MAT_ORDERS
  --runs N         timed repetitions (default 5)        CONTINUUM_BENCH_RUNS
  --warmup N       untimed warm-up runs (default 2)     CONTINUUM_BENCH_WARMUP
  --keep-data      reuse the data set of the previous run (no reload)
  --no-build       use the WAR already in web/target

Quick smoke run: ./continuum bench --patients 2000 --episodes 5000 --mat-orders 3000 --runs 2
Database: CONTINUUM_BENCH_DB_NAME (continuum_bench); app port: CONTINUUM_BENCH_HTTP_PORT (8380);
data as of CONTINUUM_BENCH_AS_OF (2026-11-30).
EOF
}

bench_config() {
  : "${CONTINUUM_BENCH_DB_NAME:=continuum_bench}"
  : "${CONTINUUM_BENCH_HTTP_PORT:=8380}"
  : "${CONTINUUM_BENCH_PATIENTS:=100000}"
  : "${CONTINUUM_BENCH_SITES:=20}"
  : "${CONTINUUM_BENCH_EPISODES:=250000}"
  : "${CONTINUUM_BENCH_MAT_ORDERS:=150000}"
  : "${CONTINUUM_BENCH_RUNS:=5}"
  : "${CONTINUUM_BENCH_WARMUP:=2}"
  : "${CONTINUUM_BENCH_AS_OF:=2026-11-30}"
  : "${CONTINUUM_BENCH_USER:=adam.admin}"
  # Payara boots slowly on a busy machine
  : "${CONTINUUM_BENCH_START_TIMEOUT:=900}"
  BENCH_KEEP_DATA=
  BENCH_BUILD=1
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --patients) CONTINUUM_BENCH_PATIENTS=$2; shift 2 ;;
      --sites) CONTINUUM_BENCH_SITES=$2; shift 2 ;;
      --episodes) CONTINUUM_BENCH_EPISODES=$2; shift 2 ;;
      --mat-orders) CONTINUUM_BENCH_MAT_ORDERS=$2; shift 2 ;;
      --runs) CONTINUUM_BENCH_RUNS=$2; shift 2 ;;
      --warmup) CONTINUUM_BENCH_WARMUP=$2; shift 2 ;;
      --keep-data) BENCH_KEEP_DATA=1; shift ;;
      --no-build) BENCH_BUILD=; shift ;;
      -h|--help) bench_usage; exit 0 ;;
      *) bench_usage >&2; exit 2 ;;
    esac
  done
  local v
  for v in CONTINUUM_BENCH_PATIENTS CONTINUUM_BENCH_SITES CONTINUUM_BENCH_EPISODES \
    CONTINUUM_BENCH_MAT_ORDERS CONTINUUM_BENCH_RUNS CONTINUUM_BENCH_WARMUP CONTINUUM_BENCH_HTTP_PORT; do
    [[ ${!v} =~ ^[0-9]+$ && ${!v} -gt 0 ]] || die "$v must be a positive number: ${!v}"
  done
  BENCH_DIR="$CONTINUUM_STATE_DIR/bench"
  BENCH_SQL="$CONTINUUM_HOME/scripts/bench"
  BENCH_BASE="http://localhost:$CONTINUUM_BENCH_HTTP_PORT/continuum"
  BENCH_LOG="$LOG_DIR/bench-payara.log"
  mkdir -p "$BENCH_DIR"
}

bench_psql() { pg_app_psql "$CONTINUUM_BENCH_DB_NAME" "$@"; }

bench_recreate_db() { pg_recreate_db "$CONTINUUM_BENCH_DB_NAME"; }

# Payara Micro on the bench port and database, without demo data: Flyway migrates the empty
# database.
bench_payara_start() {
  payara_start_instance bench-payara \
    "jdbc:postgresql://127.0.0.1:$CONTINUUM_DB_PORT/$CONTINUUM_BENCH_DB_NAME" \
    "$CONTINUUM_BENCH_HTTP_PORT" "$BENCH_BASE" false "$CONTINUUM_STATE_DIR/bench-payara-root" \
    "$BENCH_LOG" "$CONTINUUM_BENCH_START_TIMEOUT" || return 1
  BENCH_PAYARA_PID=$INSTANCE_PID
}

bench_stop_started() {
  set +e
  started_here bench-payara && stop_pid bench-payara payara-micro
  stop_started
}

bench_load() {
  local t0=$SECONDS
  say "loading $CONTINUUM_BENCH_PATIENTS patients, $CONTINUUM_BENCH_SITES sites, ~$CONTINUUM_BENCH_EPISODES episodes, ~$CONTINUUM_BENCH_MAT_ORDERS MAT orders (set-based)"
  bench_psql -v sites="$CONTINUUM_BENCH_SITES" -v patients="$CONTINUUM_BENCH_PATIENTS" \
    -v episodes="$CONTINUUM_BENCH_EPISODES" -v mat_orders="$CONTINUUM_BENCH_MAT_ORDERS" \
    -v as_of="$CONTINUUM_BENCH_AS_OF" -f "$BENCH_SQL/generate.sql" || die "loading the data set failed"
  say "loaded in $((SECONDS - t0)) s; vacuum analyze"
  bench_psql -c 'vacuum analyze site, patient, episode, stay, mat_order, mat_phase, mat_declined' || die "vacuum analyze failed"
  say "data set ready in $((SECONDS - t0)) s"
}

bench_counts() {
  bench_psql -At -F ' ' <<SQL
select label, n from (
  select 1 as o, 'patients' as label, count(*) as n from patient union all
  select 2, 'sites (BENCH*)', count(*) from site where code like 'BENCH%' union all
  select 3, 'episodes', count(*) from episode union all
  select 4, '  open at as-of', count(*) from episode where discharged_on is null union all
  select 5, '  discharged DEATH', count(*) from episode where discharge_reason = 'DEATH' union all
  select 6, '  discharged INCARCERATED', count(*) from episode where discharge_reason = 'INCARCERATED' union all
  select 7, 'stays', count(*) from stay union all
  select 8, '  step-downs', count(*) from stay where entry_reason = 'STEP_DOWN' union all
  select 9, '  step-ups', count(*) from stay where entry_reason = 'STEP_UP' union all
  select 10, 'MAT orders', count(*) from mat_order union all
  select 11, '  active at as-of', count(*) from mat_order where ended_on is null union all
  select 12, 'MAT phases', count(*) from mat_phase union all
  select 13, 'MAT declined', count(*) from mat_declined
) c order by o
SQL
}

bench_token() {
  curl -sf --max-time 30 "$CONTINUUM_OIDC_PROVIDER/protocol/openid-connect/token" \
    -d grant_type=password -d "client_id=$CONTINUUM_CLI_CLIENT_ID" \
    -d "client_secret=$CONTINUUM_CLI_CLIENT_SECRET" -d "username=$CONTINUUM_BENCH_USER" \
    -d password=demo | jq -r .access_token
}

# One timed GET: prints "status seconds content-type"; the body goes to OUT.
bench_get() {
  local path=$1 accept=$2 out=$3 token
  token=$(bench_token) || die "no token for $CONTINUUM_BENCH_USER from $CONTINUUM_OIDC_PROVIDER"
  curl -s --max-time 600 -o "$out" -H "Authorization: Bearer $token" -H "Accept: $accept" \
    -w '%{http_code} %{time_total} %{content_type}\n' "$BENCH_BASE/api/v1/$path"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
loadavg() { cut -d ' ' -f 1-3 /proc/loadavg; }

# Times an API call WARMUP + RUNS times; prints the median in ms (or "n/a: status type").
bench_time_api() {
  local path=$1 accept=$2 out=$3 i line status secs type times=()
  for ((i = 0; i < CONTINUUM_BENCH_WARMUP + CONTINUUM_BENCH_RUNS; i++)); do
    line=$(bench_get "$path" "$accept" "$out")
    read -r status secs type <<<"$line"
    if [[ $status != 200 || ${type%%;*} != "${accept%%;*}" ]]; then
      echo "n/a: HTTP $status ${type:-}"
      return
    fi
    ((i < CONTINUUM_BENCH_WARMUP)) || times+=("$(awk -v s="$secs" 'BEGIN { printf "%.1f", s * 1000 }')")
  done
  printf '%s\n' "${times[@]}" | median
}

# Times a baseline query WARMUP + RUNS times in one psql session (\timing: round trip to the
# server, rows fetched); prints the median in ms.
bench_time_sql() {
  local file=$1 n=$((CONTINUUM_BENCH_WARMUP + CONTINUUM_BENCH_RUNS)) i
  {
    echo '\timing on'
    echo '\o /dev/null'
    for ((i = 0; i < n; i++)); do echo "\\i $file"; done
  } | bench_psql -v as_of="$CONTINUUM_BENCH_AS_OF" -v gap_days=14 \
    | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n "$CONTINUUM_BENCH_RUNS" | median
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.2f", a / b; else print "n/a" }'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN { if (r == "n/a" || r == "nan") print "n/a"; else if (r + 0 <= t + 0) print "ok"; else print "MISSED" }'; }

# The API's numbers in the baseline's row format, to compare line by line.
bench_rows_r90() {
  jq -r '(.cohorts[] | "C|\(.cohort)|\(.eligible)|\(.retained)|\(.excluded)"),
         (.byLevel[] | "L|\(.levelOfCare)|\(.eligible)|\(.retained)|\(.excluded)"),
         (.total | "T||\(.eligible)|\(.retained)|\(.excluded)")' "$1" | LC_ALL=C sort
}
bench_rows_mat() {
  jq -r '(.byLevel[] | "S|\(.levelOfCare)|\(.status)|\(.medication // "")|\(.phase // "")|\(.patients)"),
         (.oud | "O|\(.patients)|\(.onMat)"),
         (.continuity180 | "K|\(.starts)|\(.continuous)")' "$1" | LC_ALL=C sort
}

# Compares the app's numbers with the baseline's; loud on a mismatch. Returns 1 on a mismatch.
bench_compare() {
  local name=$1 sql=$2 json=$3 rows=$4 base="$BENCH_DIR/$1.sql.txt" app="$BENCH_DIR/$1.api.txt"
  bench_psql -At -v as_of="$CONTINUUM_BENCH_AS_OF" -v gap_days=14 -f "$sql" | LC_ALL=C sort >"$base"
  "$rows" "$json" >"$app"
  if diff -q "$base" "$app" >/dev/null; then
    echo "  $name: app and baseline SQL agree ($(wc -l <"$base") rows: $(grep '^[TOK]|' "$base" | tr '\n' ' '))"
    return 0
  fi
  echo
  echo "  !!!!!!!!!! MISMATCH: $name — the app and the baseline SQL disagree !!!!!!!!!!"
  diff "$base" "$app" | head -n 40 | sed 's/^/    /'
  echo "  (< baseline SQL, > app; full rows in $base and $app)"
  echo
  return 1
}

cmd_bench() {
  local t0=$SECONDS mismatch=0
  load_config
  bench_config "$@"
  trap bench_stop_started EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  provision_services
  command -v jq >/dev/null || apt_install jq

  if [[ -n $BENCH_BUILD ]]; then
    say "building (mvn package -pl web -am, tests skipped)"
    (cd "$CONTINUUM_HOME" && mvn -B -q -DskipTests -Dspotless.check.skip=true package -pl web -am) \
      || die "the build failed"
  fi

  local have=0
  if [[ -n $BENCH_KEEP_DATA ]]; then
    have=$(bench_psql -At -c "select count(*) from site where code like 'BENCH%'" 2>/dev/null || echo 0)
  fi
  if [[ $have -gt 0 ]]; then
    # Flyway refuses a kept database that misses a migration older than its newest: reload then.
    local f v
    for f in "$CONTINUUM_HOME"/db/src/main/resources/db/migration/V*__*.sql; do
      v=${f##*/V}; v=${v%%__*}
      if [[ $(bench_psql -At -c "select count(*) from flyway_schema_history where version = '$v' and success" 2>/dev/null) != 1 ]]; then
        warn "the kept data set lacks migration V$v: reloading"
        have=0
        break
      fi
    done
  fi
  [[ $have -gt 0 ]] || bench_recreate_db
  if ! bench_payara_start; then
    tail -n 60 "$BENCH_LOG" >&2
    die "Payara Micro did not become ready (log: $BENCH_LOG)"
  fi
  if [[ $have -gt 0 ]]; then say "reusing the data set in $CONTINUUM_BENCH_DB_NAME"; else bench_load; fi

  local asof=$CONTINUUM_BENCH_AS_OF r90="reports/retention?asOf=$CONTINUUM_BENCH_AS_OF&gapDays=14"
  local mat="reports/mat-status?asOf=$CONTINUUM_BENCH_AS_OF"
  local load_before r90_sql r90_api mat_sql mat_api pdf
  load_before=$(loadavg)
  say "timing: $CONTINUUM_BENCH_WARMUP warm-up + $CONTINUUM_BENCH_RUNS runs each, median (load $load_before)"
  r90_sql=$(bench_time_sql "$BENCH_SQL/r90.sql")
  say "R90 baseline SQL: $r90_sql"
  r90_api=$(bench_time_api "$r90" application/json "$BENCH_DIR/r90.json")
  say "R90 API JSON: $r90_api"
  mat_sql=$(bench_time_sql "$BENCH_SQL/mat_status.sql")
  say "MAT baseline SQL: $mat_sql"
  mat_api=$(bench_time_api "$mat" application/json "$BENCH_DIR/mat.json")
  say "MAT API JSON: $mat_api"
  pdf=$(bench_time_api "$r90" application/pdf "$BENCH_DIR/r90.pdf")
  say "R90 API PDF: $pdf"
  local load_after; load_after=$(loadavg)

  echo
  echo "== Continuum bench, $(date -u +'%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, load ${load_before} → ${load_after}"
  echo "Data set ($CONTINUUM_BENCH_DB_NAME, as of $asof):"
  bench_counts | awk '{ n = $NF; $NF = ""; printf "  %-28s %10s\n", $0, n }'
  echo "Agreement:"
  if [[ $r90_api == n/a* ]]; then echo "  R90: API $r90_api"; mismatch=1
  else bench_compare r90 "$BENCH_SQL/r90.sql" "$BENCH_DIR/r90.json" bench_rows_r90 || mismatch=1; fi
  if [[ $mat_api == n/a* ]]; then echo "  MAT status: API $mat_api"; mismatch=1
  else bench_compare mat-status "$BENCH_SQL/mat_status.sql" "$BENCH_DIR/mat.json" bench_rows_mat || mismatch=1; fi
  echo "Times (median of $CONTINUUM_BENCH_RUNS after $CONTINUUM_BENCH_WARMUP warm-up):"
  printf '  %-34s %10s ms   %s\n' "R90 baseline SQL (psql)" "$r90_sql" ""
  printf '  %-34s %10s ms   %s\n' "R90 API JSON" "$r90_api" "target < 2000: $(verdict "$r90_api" 2000)"
  printf '  %-34s %10s ms   %s\n' "MAT status baseline SQL (psql)" "$mat_sql" ""
  printf '  %-34s %10s ms   %s\n' "MAT status API JSON" "$mat_api" "target < 2000: $(verdict "$mat_api" 2000)"
  if [[ $pdf == n/a* ]]; then
    printf '  %-34s %s\n' "R90 API PDF" "PDF: not available ($pdf)"
  else
    printf '  %-34s %10s ms   %s\n' "R90 API PDF" "$pdf" "target < 2000: $(verdict "$pdf" 2000)"
  fi
  local q
  echo "Ratios:"
  q=$(ratio "$r90_api" "$r90_sql"); printf '  %-34s %10s      target <= 1.5: %s\n' "R90 API JSON / baseline SQL" "$q" "$(verdict "$q" 1.5)"
  q=$(ratio "$mat_api" "$mat_sql"); printf '  %-34s %10s      target <= 1.5: %s\n' "MAT API JSON / baseline SQL" "$q" "$(verdict "$q" 1.5)"
  if [[ $pdf == n/a* ]]; then
    printf '  %-34s %s\n' "R90 PDF / R90 JSON" "PDF: not available"
  else
    q=$(ratio "$pdf" "$r90_api"); printf '  %-34s %10s      target <= 3:   %s\n' "R90 PDF / R90 JSON" "$q" "$(verdict "$q" 3)"
  fi
  echo "Bench wall time: $((SECONDS - t0)) s; app log: $BENCH_LOG; responses: $BENCH_DIR"
  ((mismatch == 0)) || { warn "the app and the baseline SQL disagree (see above)"; exit 1; }
}
