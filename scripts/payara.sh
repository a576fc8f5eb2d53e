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
  payara_start_instance payara "$CONTINUUM_DB_URL" "$CONTINUUM_HTTP_PORT" "$CONTINUUM_BASE_URL" \
    true "$PAYARA_ROOT" "$PAYARA_LOG" "$CONTINUUM_PAYARA_START_TIMEOUT" || return 1
  PAYARA_PID=$INSTANCE_PID
}

# One Payara Micro serving the built WAR: NAME (pid file, marked started), DB_URL (JDBC), PORT,
# BASE_URL, DEMO (true/false: load the demo data set into an empty database), ROOT directory, LOG,
# TIMEOUT (s).
# Used by run, by bench (its own database and port) and by the test command's demo check. Waits
# for /health/ready; sets INSTANCE_PID.
payara_start_instance() {
  local name=$1 db_url=$2 port=$3 base_url=$4 demo=$5 root=$6 log=$7 timeout=$8 t0=$SECONDS
  payara_paths
  [[ -f $PAYARA_JAR ]] || die "missing $PAYARA_JAR (did the build run?)"
  [[ -f $PAYARA_WAR ]] || die "missing $PAYARA_WAR (did the build run?)"
  port_in_use "$port" && die "port $port is taken by another process"
  # A root directory left from an earlier start would redeploy stale applications.
  rm -rf "$root"
  say "starting Payara Micro on 127.0.0.1:$port against ${db_url##*/}"
  # shellcheck disable=SC2086 # CONTINUUM_PAYARA_JAVA_OPTS holds several options
  start_detached "$name" "$log" env CONTINUUM_DEMO_DATA="$demo" CONTINUUM_DB_URL="$db_url" \
    CONTINUUM_HTTP_PORT="$port" CONTINUUM_BASE_URL="$base_url" \
    java $CONTINUUM_PAYARA_JAVA_OPTS -jar "$PAYARA_JAR" \
    --deploy "$PAYARA_WAR" --contextroot continuum --port "$port" \
    --nohazelcast --disablephonehome \
    --prebootcommandfile "$CONTINUUM_HOME/config/payara/preboot.txt" \
    --rootdir "$root"
  INSTANCE_PID=$STARTED_PID
  mark_started "$name"
  wait_for_http "http://localhost:$port/health/ready" "$INSTANCE_PID" "$timeout" || return 1
  say "Payara Micro ready in $((SECONDS - t0)) s (pid $INSTANCE_PID)"
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
