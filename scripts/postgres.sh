# shellcheck shell=bash
# A private PostgreSQL cluster (Debian's postgresql binaries) on 127.0.0.1:$CONTINUUM_DB_PORT,
# data in $CONTINUUM_STATE_DIR/pgdata, owned by the postgres user.

pg_paths() {
  PG_DATA="$CONTINUUM_STATE_DIR/pgdata"
  PG_SOCKET_DIR="$CONTINUUM_STATE_DIR/pgsocket"
  PG_LOG="$LOG_DIR/postgres.log"
  PG_BIN=""
  local d
  # Newest installed major version (Debian installs them side by side).
  for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V); do
    [[ -x $d/pg_ctl && -x $d/initdb ]] && PG_BIN=$d
  done
}

as_postgres() { runuser -u postgres -- "$@"; }

pg_running() { [[ -n $PG_BIN ]] && as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }

# Runs psql as the postgres superuser over the cluster's socket; extra args are passed on.
pg_admin_psql() {
  as_postgres "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKET_DIR" -p "$CONTINUUM_DB_PORT" -d postgres "$@"
}

pg_provision() {
  pg_paths
  if [[ -z $PG_BIN ]]; then
    apt_install postgresql
    pg_paths
    [[ -n $PG_BIN ]] || die "postgresql installed, but no /usr/lib/postgresql/*/bin/pg_ctl found"
  fi
  as_postgres test -x "$CONTINUUM_STATE_DIR" \
    || die "the postgres user cannot enter $CONTINUUM_STATE_DIR: choose another CONTINUUM_STATE_DIR"

  if [[ ! -s $PG_DATA/PG_VERSION ]]; then
    say "creating PostgreSQL cluster in $PG_DATA ($PG_BIN)"
    rm -rf "$PG_DATA"
    install -d -o postgres -g postgres -m 700 "$PG_DATA"
    as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --data-checksums \
      --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >/dev/null \
      || die "initdb failed"
  fi
  install -d -o postgres -g postgres -m 755 "$PG_SOCKET_DIR"

  if pg_running; then
    say "PostgreSQL already running on 127.0.0.1:$CONTINUUM_DB_PORT ($PG_DATA)"
  else
    port_in_use "$CONTINUUM_DB_PORT" && die "port $CONTINUUM_DB_PORT is taken by another process (set CONTINUUM_DB_PORT)"
    touch "$PG_LOG" && chown postgres:postgres "$PG_LOG"
    say "starting PostgreSQL on 127.0.0.1:$CONTINUUM_DB_PORT"
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 \
      -o "-p $CONTINUUM_DB_PORT -c listen_addresses=127.0.0.1 -k $PG_SOCKET_DIR" start >/dev/null \
      || { tail -n 30 "$PG_LOG" >&2; die "PostgreSQL did not start (log: $PG_LOG)"; }
    head -n 1 "$PG_DATA/postmaster.pid" >"$(pid_file postgres)"
    mark_started postgres
  fi

  # Role and databases: created when missing; the password follows the configuration.
  pg_admin_psql -v user="$CONTINUUM_DB_USER" -v pw="$CONTINUUM_DB_PASSWORD" \
    -v db="$CONTINUUM_DB_NAME" -v testdb="$CONTINUUM_TEST_DB_NAME" <<'SQL' || die "could not create role/databases"
SELECT format('CREATE ROLE %I LOGIN', :'user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', :'user', :'pw') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', d, :'user')
  FROM unnest(ARRAY[:'db', :'testdb']) AS d
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d) \gexec
SQL
}

# Drops and recreates the test database, so every test run starts from an empty schema.
pg_recreate_test_db() { pg_recreate_db "$CONTINUUM_TEST_DB_NAME"; }

# Drops and recreates database NAME, owned by the application's user.
pg_recreate_db() {
  say "recreating database $1"
  pg_admin_psql -v user="$CONTINUUM_DB_USER" -v db="$1" <<'SQL' || die "could not recreate $1"
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'db') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'user') \gexec
SQL
}

# psql as the application's user on database NAME (over TCP, like the app); more psql arguments
# follow the name.
pg_app_psql() {
  local db=$1; shift
  PGPASSWORD=$CONTINUUM_DB_PASSWORD "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 \
    -p "$CONTINUUM_DB_PORT" -U "$CONTINUUM_DB_USER" -d "$db" "$@"
}

# Stops the cluster in our data directory (it is continuum's own, whoever started it).
pg_stop() {
  pg_paths
  if pg_running; then
    say "stopping PostgreSQL"
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t "$CONTINUUM_STOP_TIMEOUT" stop >/dev/null \
      || as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null \
      || warn "PostgreSQL did not stop"
  fi
  rm -f "$(pid_file postgres)"
}

pg_status() {
  pg_paths
  if pg_running; then
    printf '%-11s running  pid %-8s 127.0.0.1:%s  (%s)\n' postgres "$(head -n 1 "$PG_DATA/postmaster.pid")" \
      "$CONTINUUM_DB_PORT" "$PG_DATA"
  else
    printf '%-11s stopped\n' postgres
  fi
}
