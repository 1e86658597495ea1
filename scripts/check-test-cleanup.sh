#!/usr/bin/env bash
# Proves that scripts/test.sh leaves nothing behind when it is killed. Starts a run of the database tests (they start
# PostgreSQL clusters and real server processes), waits until a cluster and a server process of that run are up,
# kills the run, then checks that none of the processes it had started is left and that its directory is gone.
# The processes are found here without the run's marker (its process tree, the clusters' lock files, the servers'
# working directories), so the check does not take the trap's own way of finding them on trust.
#   scripts/check-test-cleanup.sh [TERM|INT]
#     TERM (default): SIGTERM to the script, as a CI runner stops a job;
#     INT: SIGINT to the run's whole process group, as Ctrl-C in a terminal does.
set -uo pipefail
signal="${1:-TERM}"
case "$signal" in TERM | INT) ;; *) echo "usage: $0 [TERM|INT]" >&2; exit 2 ;; esac
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/techmarket-cleanup-check-XXXXXXXX")"
log="$work/test.log"
: >"$log" # read below before the run's own redirection may have created it

# Job control: the run gets a process group of its own to send SIGINT to, and does not start with SIGINT ignored
# (as background jobs of a shell without job control do).
set -m
TECHMARKET_TEST_FILTER="FullyQualifiedName~TechMarket.IntegrationTests.Database" TECHMARKET_TEST_RESULTS="$work/results" \
  "$root/scripts/test.sh" >"$log" 2>&1 &
run=$!
set +m

fail() {
  echo "Cleanup check (SIG$signal) failed: $1"
  echo "--- the end of the run's output ($log):"
  tail -n 30 "$log"
  kill -KILL -- "-$run" 2>/dev/null
  exit 1
}

# "pid:start time" of a live process (the start time tells a reused pid apart), nothing when it is gone.
identity() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }" # the fields after "pid (comm) ": state is the first, the start time the 20th
  [ "${stat%% *}" != Z ] && echo "$1:$(cut -d' ' -f20 <<<"$stat")"
}
descendants() { ps -e -o pid= -o ppid= | awk -v root="$1" '{ parent[$1] = $2 } END {
  keep[root] = 1; do { grew = 0; for (p in parent) if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; grew = 1 } } while (grew)
  for (p in keep) if (p in parent) print p }'; }
postmasters() {
  local lock pid
  while IFS= read -r lock; do
    pid="$(head -n 1 "$lock" 2>/dev/null)"
    [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = postgres ] && echo "$pid"
  done < <(find "$dir" -name postmaster.pid 2>/dev/null)
}
servers() {
  local entry
  for entry in /proc/[0-9]*; do
    case "$(readlink "$entry/cwd" 2>/dev/null)" in
      "$dir"/*) tr '\0' ' ' <"$entry/cmdline" 2>/dev/null | grep -q 'TechMarket.Server.dll' && echo "${entry#/proc/}" ;;
    esac
  done
}

deadline=$((SECONDS + 1800)) # a cold build comes first (14 minutes seen on a machine loaded 30 on 2 cores)
dir=""
until [ -n "$dir" ]; do
  dir="$(sed -n 's/^Test run directory: //p' "$log")"
  identity "$run" >/dev/null || fail "the run ended before naming its directory."
  [ "$SECONDS" -lt "$deadline" ] || fail "the run named no directory."
  sleep 0.5
done

until [ -n "$(postmasters)" ] && [ -n "$(servers)" ]; do
  identity "$run" >/dev/null || fail "the run ended before a cluster and a server process were up together."
  [ "$SECONDS" -lt "$deadline" ] || fail "no cluster and server process were up together."
  sleep 0.25
done

clusters="$(postmasters)"
server_pids="$(servers)"
seen=()
for pid in $(descendants "$run") $(for p in $clusters $server_pids; do descendants "$p"; done); do
  id="$(identity "$pid")" && seen+=("$id")
done
mapfile -t seen < <(printf '%s\n' "${seen[@]}" | sort -u)

killed_at=$SECONDS
if [ "$signal" = INT ]; then kill -INT -- "-$run"; else kill -TERM "$run"; fi
for ((tick = 0; tick < 480; tick++)); do identity "$run" >/dev/null || break; sleep 0.25; done
identity "$run" >/dev/null && fail "the run did not end within two minutes of SIG$signal."
wait "$run"
code=$?
took=$((SECONDS - killed_at))

left=()
for id in "${seen[@]}"; do
  [ "$(identity "${id%%:*}")" = "$id" ] && left+=("${id%%:*} $(tr '\0' ' ' <"/proc/${id%%:*}/cmdline" 2>/dev/null | cut -c1-100)")
done
marked="$(grep -lzxF -- "TECHMARKET_TEST_RUN_DIR=$dir" /proc/[0-9]*/environ 2>/dev/null)"
last="$(tail -n 1 "$log")"

[ "${#left[@]}" -eq 0 ] || fail "$(printf 'still running:\n'; printf '  %s\n' "${left[@]}")"
[ -z "$marked" ] || fail "processes with the run's marker still running: $marked"
[ ! -e "$dir" ] || fail "$dir is still there."
[ "$code" -ne 0 ] || fail "the killed run exited with 0."
[[ "$last" =~ ^[0-9]+\ passed,\ [1-9][0-9]*\ failed ]] || fail "the killed run's last line is not a failing summary: $last"

echo "Cleanup check (SIG$signal): killed a run with $(wc -w <<<"$clusters") cluster(s), $(wc -w <<<"$server_pids") server process(es)" \
  "and ${#seen[@]} processes in all; ${took}s later none is left, $dir is gone, and the run exited $code with \"$last\"."
rm -rf "$work"
