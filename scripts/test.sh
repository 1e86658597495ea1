#!/usr/bin/env bash
# Runs every test: builds the solution, runs each test project (the integration tests start their own
# throwaway PostgreSQL clusters), and ends with one line: "N passed, N failed[, N skipped]".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/prerequisites.sh" || { echo "0 passed, 1 failed"; exit 1; }
cd "$root"

results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

if ! dotnet build TechMarket.sln -c Release -nologo -v quiet; then
  echo "The build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
for project in tests/*/*.csproj; do
  name="$(basename "$project" .csproj)"
  if ! dotnet test "$project" -c Release --no-build --nologo \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$results"; then
    status=1
  fi
  if [ ! -f "$results/$name.trx" ]; then
    echo "$name produced no results (the test host crashed?)."
    status=1
  fi
done

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  attribute() { sed -E "s/.* $1=\"([0-9]+)\".*/\1/" <<<"$counters"; }
  total="$(attribute total)"; executed="$(attribute executed)"
  passed=$((passed + $(attribute passed)))
  failed=$((failed + $(attribute failed) + $(attribute error) + $(attribute timeout) + $(attribute aborted)))
  skipped=$((skipped + total - executed))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
summary="$passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then summary="$summary, $skipped skipped"; fi
echo "$summary"
if [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
exit 0
