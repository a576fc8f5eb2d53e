# shellcheck shell=bash
# Keycloak (dev mode, H2 in its data/ directory) with the demo realm keycloak/continuum-realm.json,
# on 127.0.0.1:$CONTINUUM_KEYCLOAK_PORT. The distribution comes from Maven Central via ~/.m2.

kc_paths() {
  KC_HOME="$CONTINUUM_STATE_DIR/keycloak-$CONTINUUM_KEYCLOAK_VERSION"
  KC_LOG="$LOG_DIR/keycloak.log"
  KC_REALM_SRC="$CONTINUUM_HOME/keycloak/continuum-realm.json"
  KC_REALM_SHA="$KC_HOME/data/continuum-realm.sha256"
  KC_WELL_KNOWN="$CONTINUUM_KEYCLOAK_URL/realms/continuum/.well-known/openid-configuration"
}

kc_install() {
  [[ -x $KC_HOME/bin/kc.sh ]] && return 0
  local artifact="org.keycloak:keycloak-quarkus-dist:$CONTINUUM_KEYCLOAK_VERSION:zip"
  local downloads="$CONTINUUM_STATE_DIR/downloads"
  local zip="$downloads/keycloak-quarkus-dist-$CONTINUUM_KEYCLOAK_VERSION.zip"
  if [[ ! -s $zip ]]; then
    say "fetching $artifact (Maven Central, cached in ~/.m2)"
    # Outside the project directory, so Maven does not run the goal once per module.
    if ! (cd "$downloads" && mvn -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="$artifact" -DoutputDirectory="$downloads") >"$LOG_DIR/keycloak-download.log" 2>&1; then
      tail -n 30 "$LOG_DIR/keycloak-download.log" >&2
      die "could not fetch $artifact (log: $LOG_DIR/keycloak-download.log)"
    fi
  fi
  say "unpacking Keycloak $CONTINUUM_KEYCLOAK_VERSION into $KC_HOME"
  local tmp="$CONTINUUM_STATE_DIR/.keycloak-unpack"
  rm -rf "$tmp"
  unzip -q "$zip" -d "$tmp" || die "could not unpack $zip"
  mv "$tmp/keycloak-$CONTINUUM_KEYCLOAK_VERSION" "$KC_HOME" || die "unexpected layout in $zip"
  rm -rf "$tmp"
}

kc_provision() {
  kc_paths
  local sha pid
  sha=$(sha256sum "$KC_REALM_SRC" | cut -d' ' -f1)

  if pid=$(live_pid keycloak keycloak); then
    if [[ $sha == "$(cat "$KC_REALM_SHA" 2>/dev/null)" ]]; then
      say "Keycloak already running on $CONTINUUM_KEYCLOAK_URL (pid $pid)"
      return 0
    fi
    say "the realm file changed: restarting Keycloak to re-import it"
    stop_pid keycloak keycloak
  fi
  port_in_use "$CONTINUUM_KEYCLOAK_PORT" \
    && die "port $CONTINUUM_KEYCLOAK_PORT is taken by a process continuum did not start (set CONTINUUM_KEYCLOAK_PORT)"

  kc_install
  # --import-realm skips a realm that exists: a changed realm file needs a fresh database.
  if [[ $sha != "$(cat "$KC_REALM_SHA" 2>/dev/null)" ]]; then
    [[ -d $KC_HOME/data/h2 ]] && say "the realm file changed: wiping Keycloak's database"
    rm -rf "$KC_HOME/data/h2" "$KC_REALM_SHA"
  fi
  mkdir -p "$KC_HOME/data/import"
  cp "$KC_REALM_SRC" "$KC_HOME/data/import/continuum-realm.json"

  local jdk; jdk=$(newest_jdk 21)
  [[ -n $jdk ]] || jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  say "starting Keycloak $CONTINUUM_KEYCLOAK_VERSION on 127.0.0.1:$CONTINUUM_KEYCLOAK_PORT (Java: $jdk)"
  local t0=$SECONDS
  start_detached keycloak "$KC_LOG" env JAVA_HOME="$jdk" \
    KC_BOOTSTRAP_ADMIN_USERNAME="$CONTINUUM_KEYCLOAK_ADMIN_USER" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="$CONTINUUM_KEYCLOAK_ADMIN_PASSWORD" \
    "$KC_HOME/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port="$CONTINUUM_KEYCLOAK_PORT" --hostname-strict=false \
    --health-enabled=true --http-management-health-enabled=false \
    --import-realm
  pid=$STARTED_PID
  mark_started keycloak
  if ! wait_for_http "$KC_WELL_KNOWN" "$pid" "$CONTINUUM_KEYCLOAK_START_TIMEOUT"; then
    tail -n 40 "$KC_LOG" >&2
    stop_pid keycloak keycloak
    die "Keycloak did not become ready (log: $KC_LOG)"
  fi
  echo "$sha" >"$KC_REALM_SHA"
  say "Keycloak ready in $((SECONDS - t0)) s"
}

kc_stop() { stop_pid keycloak keycloak; }

kc_status() {
  local pid
  if pid=$(live_pid keycloak keycloak); then
    printf '%-11s running  pid %-8s 127.0.0.1:%s  (%s)\n' keycloak "$pid" "$CONTINUUM_KEYCLOAK_PORT" \
      "$CONTINUUM_KEYCLOAK_URL/admin"
  else
    printf '%-11s stopped\n' keycloak
  fi
}
