# shellcheck shell=bash
# Shared helpers for ./continuum: messages, configuration, pid files, ports, packages, waiting.

if [[ -t 1 ]]; then
  say() { printf '\033[1m[continuum]\033[0m %s\n' "$*"; }
else
  say() { printf '[continuum] %s\n' "$*"; }
fi
warn() { printf '[continuum] WARNING: %s\n' "$*" >&2; }
die()  { printf '[continuum] ERROR: %s\n' "$*" >&2; exit 1; }

# Loads config/continuum.env (environment variables win) and exports every CONTINUUM_* variable.
load_config() {
  # shellcheck source=config/continuum.env
  . "$CONTINUUM_HOME/config/continuum.env"
  local v
  for v in $(compgen -v CONTINUUM_); do export "${v?}"; done

  case "$CONTINUUM_STATE_DIR" in
    /*) ;;
    *) die "CONTINUUM_STATE_DIR must be an absolute path: $CONTINUUM_STATE_DIR" ;;
  esac
  case "$CONTINUUM_STATE_DIR/" in
    /root/*|*/target/*) die "CONTINUUM_STATE_DIR=$CONTINUUM_STATE_DIR: must not be under /root or a target/ directory" ;;
  esac
  RUN_DIR="$CONTINUUM_STATE_DIR/run"
  LOG_DIR="$CONTINUUM_STATE_DIR/logs"
  mkdir -p "$RUN_DIR" "$LOG_DIR" "$CONTINUUM_STATE_DIR/downloads"
  chmod 755 "$CONTINUUM_STATE_DIR" "$LOG_DIR"
}

# --- processes started by this invocation (stopped by its trap) -------------------------------
STARTED=()
mark_started() { STARTED+=("$1"); }
started_here() { local s; for s in "${STARTED[@]}"; do [[ $s == "$1" ]] && return 0; done; return 1; }

# --- pid files ---------------------------------------------------------------------------------
pid_file() { echo "$RUN_DIR/$1.pid"; }

# Prints the pid recorded for NAME if that process is alive and its command line contains MARKER.
live_pid() {
  local name=$1 marker=$2 f pid
  f=$(pid_file "$name")
  [[ -s $f ]] || return 1
  pid=$(<"$f")
  [[ $pid =~ ^[0-9]+$ ]] && [[ -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$marker" || return 1
  echo "$pid"
}

# Starts a command detached from the terminal (own session, so Ctrl-C reaches only ./continuum,
# which then stops it gracefully); stdout+stderr go to LOG. Sets STARTED_PID and NAME's pid file.
# Not to be called in a $(...) subshell: ./continuum run must be the parent to `wait` for it.
start_detached() {
  local name=$1 log=$2; shift 2
  local f i; f=$(pid_file "$name")
  rm -f "$f"
  if [[ -f $log ]]; then mv -f "$log" "$log.1"; fi
  # The inner shell writes its own pid, then execs: the pid is the server's, whatever setsid does.
  # shellcheck disable=SC2016 # $$, $0 and $@ belong to the inner shell
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$f" "$@" </dev/null >"$log" 2>&1 &
  for ((i = 0; i < 50; i++)); do [[ -s $f ]] && break; sleep 0.1; done
  # shellcheck disable=SC2034 # read by the callers
  STARTED_PID=$(<"$f")
}

# Stops NAME's process group (start_detached made the pid a session and group leader): SIGTERM,
# then SIGKILL after CONTINUUM_STOP_TIMEOUT seconds.
stop_pid() {
  local name=$1 marker=$2 pid i
  if pid=$(live_pid "$name" "$marker"); then
    say "stopping $name (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < CONTINUUM_STOP_TIMEOUT * 10; i++)); do
      kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null; then
      warn "$name did not stop within ${CONTINUUM_STOP_TIMEOUT} s: killing it"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$(pid_file "$name")"
}

# --- ports, HTTP -------------------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_status() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true; }

# Waits until URL answers 200 while PID lives. Returns 1 on timeout or when the process died.
wait_for_http() {
  local url=$1 pid=$2 timeout=$3 start=$SECONDS
  while ((SECONDS - start < timeout)); do
    [[ $(http_status "$url") == 200 ]] && return 0
    kill -0 "$pid" 2>/dev/null || { warn "process $pid exited"; return 1; }
    sleep 1
  done
  warn "no 200 from $url after ${timeout} s"
  return 1
}

# --- packages ----------------------------------------------------------------------------------
APT_UPDATED=
apt_install() {
  [[ $(id -u) == 0 ]] || die "need root to install: $* (run as root or install them yourself)"
  say "installing Debian packages: $*"
  if [[ -z $APT_UPDATED ]]; then
    apt-get update -qq || die "apt-get update failed"
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null || die "apt-get install $* failed"
}

# Installs the small tools the scripts rely on when a fresh machine lacks them.
ensure_tools() {
  local missing=()
  command -v curl >/dev/null || missing+=(curl)
  command -v unzip >/dev/null || missing+=(unzip)
  ((${#missing[@]} == 0)) || apt_install "${missing[@]}"
}

ensure_chromium() {
  if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
    apt_install chromium chromium-driver
  fi
}

# --- Java --------------------------------------------------------------------------------------
# Prints the newest JDK home under /usr/lib/jvm with a major version >= MIN, or nothing.
newest_jdk() {
  local min=$1 best="" best_major=0 dir ver major
  for dir in /usr/lib/jvm/*/; do
    dir=${dir%/}
    [[ -L $dir || ! -x $dir/bin/java ]] && continue
    ver=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$dir/release" 2>/dev/null)
    [[ -n $ver ]] || ver=$("$dir/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
    major=${ver%%.*}
    [[ $major =~ ^[0-9]+$ ]] || continue
    if ((major >= min && major > best_major)); then best=$dir; best_major=$major; fi
  done
  echo "$best"
}
