# shellcheck shell=bash
# The test command's last step: the demo data set of ./continuum run, loaded for real. The built
# app starts once more on its own database and port with demo data on, as `run` starts it; the
# check then counts what the demo logins are promised (README "Demo data"): every chart tab and
# every work-item kind has rows. A demo data set that fails to load (it is loaded in one
# transaction, so a single broken insert leaves an empty app) fails the suite.

demo_check() {
  local db="${CONTINUUM_TEST_DB_NAME}_demo" port=$CONTINUUM_DEMO_CHECK_PORT
  local log="$LOG_DIR/demo-check-payara.log" missing rc=0
  pg_recreate_db "$db"
  if ! payara_start_instance demo-check "jdbc:postgresql://127.0.0.1:$CONTINUUM_DB_PORT/$db" \
    "$port" "http://localhost:$port/continuum" true "$CONTINUUM_STATE_DIR/demo-check-root" \
    "$log" "$CONTINUUM_DEMO_CHECK_TIMEOUT"; then
    tail -n 60 "$log" >&2
    stop_pid demo-check payara-micro
    warn "demo check: the app did not start with demo data (log: $log)"
    return 1
  fi
  # One row per thing the demo promises that is missing (none: the demo is complete).
  missing=$(pg_app_psql "$db" -At <<'SQL'
select what from (values
  ('patients', (select count(*) >= 10 from patient)),
  ('open episodes at every level of care',
     (select count(distinct level_of_care) = 6 from stay where end_on is null)),
  ('a discharged episode with follow-ups', (select count(*) > 0 from follow_up)),
  ('beds in use', (select count(*) > 0 from stay where bed_id is not null and end_on is null)),
  ('MAT orders', (select count(*) > 0 from mat_order)),
  ('MAT administrations', (select count(*) > 0 from mat_administration)),
  ('withdrawal scores', (select count(*) > 0 from clinical_score where instrument in ('COWS', 'CIWA_AR'))),
  ('PHQ-9/GAD-7 screens', (select count(*) > 0 from clinical_score where instrument in ('PHQ9', 'GAD7'))),
  ('a safety flag', (select count(*) > 0 from safety_flag)),
  ('drug screens', (select count(*) > 0 from drug_screen)),
  ('recovery profiles and meetings',
     (select count(*) > 0 from recovery_profile) and (select count(*) > 0 from recovery_meeting)),
  ('treatment plans', (select count(*) > 0 from treatment_plan)),
  ('progress notes', (select count(*) > 0 from progress_note)),
  ('aftercare plans', (select count(*) > 0 from aftercare_plan)),
  ('consents', (select count(*) > 0 from consent)),
  ('disclosures', (select count(*) > 0 from disclosure)),
  ('work items of every kind', (select count(distinct kind) = 6 from work_item
     where kind in ('FOLLOW_UP', 'PLAN_REVIEW', 'SAFETY_CHECK', 'CONSENT_EXPIRING',
                    'WITHDRAWAL_REASSESSMENT', 'SOBRIETY_MILESTONE')))
) as promised(what, present)
where not present
SQL
  ) || rc=1
  stop_pid demo-check payara-micro
  if ((rc != 0)); then
    warn "demo check: could not read $db"
    return 1
  fi
  if [[ -n $missing ]]; then
    tail -n 60 "$log" >&2
    warn "demo check: the demo data set lacks: $(paste -sd ';' <<<"$missing" | sed 's/;/; /g') (log: $log)"
    return 1
  fi
  say "demo check: the demo data set loads and fills every tab and work-item kind"
}
