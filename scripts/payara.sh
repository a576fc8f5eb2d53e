# shellcheck shell=bash
# Payara Micro serving the built WAR at $CONTINUUM_BASE_URL (./continuum run).

payara_paths() {
  PAYARA_JAR="$CONTINUUM_HOME/web/target/payara-micro/payara-micro.jar"
  PAYARA_WAR="$CONTINUUM_HOME/web/target/continuum.war"
  PAYARA_ROOT="$CONTINUUM_STATE_DIR/payara-root"
  PAYARA_LOG="$LOG_DIR/payara.log"
}

payara_pid() { live_pid payara payara-micro; }

# Starts Payara Micro in the background and waits for /health/ready. Sets PAYARA_PID.
payara_start() {
  payara_paths
  [[ -f $PAYARA_JAR ]] || die "missing $PAYARA_JAR (did the build run?)"
  [[ -f $PAYARA_WAR ]] || die "missing $PAYARA_WAR (did the build run?)"
  port_in_use "$CONTINUUM_HTTP_PORT" \
    && die "port $CONTINUUM_HTTP_PORT is taken by another process (set CONTINUUM_HTTP_PORT)"
  # A root directory left from an earlier start would redeploy stale applications.
  rm -rf "$PAYARA_ROOT"
  say "starting Payara Micro on 127.0.0.1:$CONTINUUM_HTTP_PORT"
  local t0=$SECONDS
  # shellcheck disable=SC2086 # CONTINUUM_PAYARA_JAVA_OPTS holds several options
  start_detached payara "$PAYARA_LOG" env CONTINUUM_DEMO_DATA=true \
    java $CONTINUUM_PAYARA_JAVA_OPTS -jar "$PAYARA_JAR" \
    --deploy "$PAYARA_WAR" --contextroot continuum --port "$CONTINUUM_HTTP_PORT" \
    --nohazelcast --disablephonehome \
    --prebootcommandfile "$CONTINUUM_HOME/config/payara/preboot.txt" \
    --rootdir "$PAYARA_ROOT"
  PAYARA_PID=$STARTED_PID
  mark_started payara
  wait_for_http "http://localhost:$CONTINUUM_HTTP_PORT/health/ready" "$PAYARA_PID" \
    "$CONTINUUM_PAYARA_START_TIMEOUT" || return 1
  say "Payara Micro ready in $((SECONDS - t0)) s"
}

payara_stop() { stop_pid payara payara-micro; }

payara_status() {
  local pid
  if pid=$(payara_pid); then
    printf '%-11s running  pid %-8s 127.0.0.1:%s  (%s)\n' payara "$pid" "$CONTINUUM_HTTP_PORT" "$CONTINUUM_BASE_URL"
  else
    printf '%-11s stopped\n' payara
  fi
}
