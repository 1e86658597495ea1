#!/usr/bin/env bash
# Runs every test: builds the solution, runs each test project (the integration tests start their own
# throwaway PostgreSQL clusters), and ends with one line: "N passed, N failed[, N skipped]".
#
# The run cannot be green by accident: a failed build, a project that leaves no results or runs no test, a test
# that hangs (TECHMARKET_TEST_HANG_TIMEOUT per test, default 5m) or a project that does not finish
# (TECHMARKET_TEST_PROJECT_TIMEOUT, default 30m), and a project that leaves a process running all fail it.
# Whatever the tests start lives under one directory of this run; however the run ends (passed, failed, Ctrl-C,
# SIGTERM) the trap stops the clusters and server processes it started and removes that directory, and touches
# nothing of another run beside it. TECHMARKET_TEST_FILTER passes a --filter to every project while iterating;
# TECHMARKET_TEST_RESULTS moves the TRX files out of TestResults/.
# shellcheck disable=SC2317 # cleanup, interrupted and stop_child run from traps
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/prerequisites.sh" --browser || { echo "0 passed, 1 failed"; exit 1; }
cd "$root" || exit 1
# shellcheck source=scripts/test-run-processes.sh
source "$root/scripts/test-run-processes.sh"

hang_timeout="${TECHMARKET_TEST_HANG_TIMEOUT:-5m}"
project_timeout="${TECHMARKET_TEST_PROJECT_TIMEOUT:-30m}"
filter="${TECHMARKET_TEST_FILTER:-}"
results="${TECHMARKET_TEST_RESULTS:-$root/TestResults}"
passed=0 failed=0 skipped=0 status=0 child="" finished="" run_dir=""

summary() {
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  local line="$passed passed, $failed failed"
  if [ "$skipped" -gt 0 ]; then line="$line, $skipped skipped"; fi
  echo "$line"
}

# Runs however the script ends; a second Ctrl-C does not cut it short.
cleanup() {
  trap '' INT TERM
  trap - EXIT
  if [ -n "$child" ]; then stop_child; fi
  if [ -n "$run_dir" ]; then
    stop_run_processes
    rm -rf "$run_dir"
  fi
  if [ -z "$finished" ]; then summary; fi
}

interrupted() {
  echo
  echo "Interrupted by SIG$1: stopping what this run started and removing $run_dir."
  status=1
  exit "$2"
}

trap cleanup EXIT
trap 'interrupted INT 130' INT
trap 'interrupted TERM 143' TERM

# The command in_background is waiting for (the build, or a project's test run): SIGTERM, SIGKILL after 20 s.
stop_child() {
  kill -TERM "$child" 2>/dev/null
  for ((tick = 0; tick < 80; tick++)); do kill -0 "$child" 2>/dev/null || return 0; sleep 0.25; done
  kill -KILL "$child" 2>/dev/null
}

# Bash runs a trap only between foreground commands; in the background, `wait` returns as soon as a signal comes.
in_background() {
  "$@" &
  child=$!
  wait "$child"
  local code=$?
  child=""
  return "$code"
}

# Adds one project's counters from its TRX file ($2: the exit code of its run); a missing file or a run of zero
# tests fails the run.
count_results() {
  local name="$1" trx="$results/$1.trx" counters total executed
  if [ ! -f "$trx" ]; then
    echo "$name produced no results (the test host crashed or never started)."
    status=1
    return
  fi

  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  if [ -z "$counters" ]; then
    echo "$name wrote results without counters (the run was cut short)."
    status=1
    return
  fi

  attribute() { sed -E "s/.* $1=\"([0-9]+)\".*/\1/" <<<"$counters"; }
  total="$(attribute total)"; executed="$(attribute executed)"
  passed=$((passed + $(attribute passed)))
  failed=$((failed + $(attribute failed) + $(attribute error) + $(attribute timeout) + $(attribute aborted)))
  skipped=$((skipped + total - executed))
  if [ "$executed" -eq 0 ] && [ "$2" -eq 0 ]; then
    echo "$name ran no tests."
    status=1
  elif [ "$executed" -eq 0 ]; then
    echo "$name stopped before any test finished."
  fi
}

# The failed tests of every project with the start of their message (up to 6 lines), just above the summary.
recap_failures() {
  local trx
  for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    awk '
      function text(s) {
        gsub(/&#x[dD];/, "", s); gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&apos;/, "\047", s)
        gsub(/&amp;/, "\\&", s); return s
      }
      /<UnitTestResult / && /outcome="Failed"/ { match($0, /testName="[^"]*"/); name = substr($0, RSTART + 10, RLENGTH - 11); wanted = 1 }
      wanted && /<Message>/ { sub(/.*<Message>/, ""); print "  " text(name); lines = 0; inside = 1 }
      inside {
        last = sub(/<\/Message>.*/, "")
        if (lines++ < 6) print "      " text($0)
        if (last) { inside = 0; wanted = 0 }
      }
    ' "$trx"
  done
  # The web app's Vitest suite: the failed test cases of its JUnit report.
  [ -f web/test-results/vitest.xml ] && awk '
    /<testcase / { match($0, / name="[^"]*"/); name = substr($0, RSTART + 7, RLENGTH - 8); gsub(/&gt;/, ">", name) }
    /<failure / { match($0, /message="[^"]*/); print "  web: " name; print "      " substr($0, RSTART + 9, RLENGTH - 9) }
  ' web/test-results/vitest.xml
  return 0
}

run_dir="$(mktemp -d "${TMPDIR:-/tmp}/techmarket-tests-run-XXXXXXXX")" || exit 1
chmod 755 "$run_dir" # as root the clusters run as the postgres user, which must reach them
echo "Test run directory: $run_dir"
rm -rf "$results"
mkdir -p "$results"

if ! in_background dotnet build TechMarket.sln -c Release -nologo -v quiet; then
  echo "The build failed."
  status=1
  exit 1
fi

# The web app: built into web/dist (the web tests in tests/TechMarket.WebTests serve it), linted (counted as one
# failure when it finds anything), then its Vitest suite, counted from its JUnit report like a project.
if in_background "$root/scripts/build-web.sh"; then
  if ! in_background env -C web npm run lint --silent; then
    echo "The web app's lint found problems (cd web && npm run lint)."
    failed=$((failed + 1))
    status=1
  fi
  rm -f web/test-results/vitest.xml
  in_background env -C web timeout --kill-after=30s "$project_timeout" npx vitest run || status=1
  if [ -f web/test-results/vitest.xml ]; then
    suites="$(grep -o '<testsuites [^>]*>' web/test-results/vitest.xml | head -n 1)"
    web_total="$(sed -E 's/.* tests="([0-9]+)".*/\1/' <<<"$suites")"
    web_failed=$(($(sed -E 's/.* failures="([0-9]+)".*/\1/' <<<"$suites") + $(sed -E 's/.* errors="([0-9]+)".*/\1/' <<<"$suites")))
    web_skipped="$(grep -c '<skipped' web/test-results/vitest.xml)"
    passed=$((passed + web_total - web_failed - web_skipped)); failed=$((failed + web_failed)); skipped=$((skipped + web_skipped))
    if [ "$web_total" -eq 0 ]; then echo "The web app's Vitest suite ran no tests."; status=1; fi
  else
    echo "The web app's Vitest suite produced no results."
    status=1
  fi
else
  echo "The web app did not build."
  status=1
fi

for project in tests/*/*.csproj; do
  name="$(basename "$project" .csproj)"
  arguments=(test "$project" -c Release --no-build --nologo
    --blame-hang-timeout "$hang_timeout" --blame-hang-dump-type none
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$results")
  if [ -n "$filter" ]; then arguments+=(--filter "$filter"); fi
  # The marker reaches every process the tests start; no MSBuild node outlives the project with it. The test hosts
  # append their server errors to one file per project, kept with the results (the run directory is removed).
  server_errors="$results/$name-server-errors.log"
  in_background env TECHMARKET_TEST_RUN_DIR="$run_dir" TECHMARKET_TEST_SERVER_ERRORS="$server_errors" MSBUILDDISABLENODEREUSE=1 \
    timeout --kill-after=30s "$project_timeout" dotnet "${arguments[@]}"
  code=$?
  if [ -s "$server_errors" ]; then echo "$name: the test servers logged errors to $server_errors"; fi
  case $code in
    0) ;;
    124) echo "$name did not finish within $project_timeout."; status=1 ;;
    *) status=1 ;;
  esac
  count_results "$name" "$code"

  for ((tick = 0; tick < 40; tick++)); do [ -z "$(run_processes)" ] && break; sleep 0.25; done
  if [ -n "$(run_processes)" ]; then
    echo "$name left processes running; stopping them:"
    describe_run_processes
    stop_run_processes
    status=1
  fi
done

if [ "$failed" -gt 0 ]; then
  echo "Failed tests:"
  recap_failures
fi
summary
finished=1
if [ "$status" -ne 0 ] || [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
exit 0
