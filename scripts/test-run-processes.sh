# shellcheck shell=bash
# Sourced by scripts/test.sh: finds and stops what one test run started. Everything the tests start lives under the
# run's own directory and inherits its marker (TECHMARKET_TEST_RUN_DIR=<that directory>) in its environment: the
# test hosts, the server processes some tests start, runuser/pg_ctl and the PostgreSQL postmasters. PostgreSQL's own
# children overwrite their environment (set_ps_display), so they are found as descendants of a marked process.
# Another run has another directory, so nothing here ever touches it.

# The pids of this run's processes, one a line: marked ones and all their descendants.
run_processes() {
  local marked
  [ -n "${run_dir:-}" ] || return 0
  marked="$(grep -lzxF -- "TECHMARKET_TEST_RUN_DIR=$run_dir" /proc/[0-9]*/environ 2>/dev/null | cut -d/ -f3 | tr '\n' ' ')"
  [ -n "$marked" ] || return 0
  ps -e -o pid= -o ppid= | awk -v marked="$marked" -v self="$$" '
    BEGIN { n = split(marked, m, " "); for (i = 1; i <= n; i++) keep[m[i]] = 1 }
    { parent[$1] = $2 }
    END {
      do { grew = 0; for (p in parent) if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; grew = 1 } } while (grew)
      for (p in keep) if ((p in parent) && p != self) print p
    }'
}

# "pid command" of each process of this run, for messages.
describe_run_processes() {
  local pid
  for pid in $(run_processes | sort -n); do
    printf '  %s %s\n' "$pid" "$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-120 | sed 's/ *$//')"
  done
}

# Asks each PostgreSQL cluster under the run's directory for a fast shutdown (it ends its own backends), when the
# process its lock file names is a postmaster on that very directory (a stale lock file may name a reused pid).
stop_run_clusters() {
  local lock pid data
  [ -n "${run_dir:-}" ] || return 0
  while IFS= read -r lock; do
    data="$(dirname "$lock")"
    pid="$(head -n 1 "$lock" 2>/dev/null)"
    [[ "$pid" =~ ^[0-9]+$ ]] || continue
    if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = postgres ] \
        && tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | grep -qxF -- "$data"; then
      kill -INT "$pid" 2>/dev/null
    fi
  done < <(find "$run_dir" -name postmaster.pid 2>/dev/null)
}

# Stops every process of this run: clusters by fast shutdown, the rest by SIGTERM, whatever is left after
# 20 seconds by SIGKILL. Returns once none is left.
stop_run_processes() {
  local pids tick
  stop_run_clusters
  pids="$(run_processes)"
  [ -n "$pids" ] || return 0
  # shellcheck disable=SC2086 # one pid a word
  kill -TERM $pids 2>/dev/null
  for ((tick = 0; tick < 80; tick++)); do
    pids="$(run_processes)"
    [ -n "$pids" ] || return 0
    sleep 0.25
  done
  # shellcheck disable=SC2086
  kill -KILL $pids 2>/dev/null
  for ((tick = 0; tick < 40; tick++)); do
    [ -n "$(run_processes)" ] || return 0
    sleep 0.25
  done
}
