#!/usr/bin/env bash
# The benchmark in one command: pgbench's single-row INSERT limit, then authenticated need submits and
# sealed-bid submissions through the real server, on the same throwaway PostgreSQL cluster, at the same concurrency.
#
#   bench/run.sh [--concurrency 8] [--seconds 20] [--warmup 5] [--profile]
#   bench/run.sh --web [--runs 5]     the web app's cold first loads in Chromium (docs/PERFORMANCE.md, bench-web block)
#   bench/run.sh --realtime [--clients 1000] [--documents 100000] [--rounds 20] [--keep DIR] [--server-env NAME=value]...
#                                    match pushes to 1,000 SignalR clients, search p95 over 100,000 documents, memory
#   bench/run.sh --ranking [--documents 100000] [--passes 3] [--keep DIR] [--allocations]
#                                    the matcher's ranking and the search in-process over the same synthetic index (prints only)
#                                    (--allocations: what the last pass allocates, by type, sampled)
#   bench/run.sh --statistics [--events 1000000]   the statistics cube at scale (docs/PERFORMANCE.md, bench-statistics block)
#
# Prints the figures and their ratios, and writes them into docs/PERFORMANCE.md (not with --profile).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

have_postgres() {
  compgen -G "/usr/lib/postgresql/*/bin/pgbench" >/dev/null && compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}

if ! have_postgres; then
  echo "Installing PostgreSQL (server binaries and pgbench)..."
  as_root=()
  [[ $(id -u) -eq 0 ]] || as_root=(sudo)
  "${as_root[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y postgresql postgresql-contrib
fi

if ! command -v dotnet >/dev/null; then
  echo "The .NET SDK named in global.json is needed: https://dot.net/download" >&2
  exit 1
fi

if [[ " $* " == *" --web "* ]]; then
  # The web app's first loads: Debian's Chromium (and CJK fonts) and a current web/dist.
  "$root/scripts/prerequisites.sh" --browser
  "$root/scripts/build-web.sh"
fi

dotnet build "$root/bench/TechMarket.Bench/TechMarket.Bench.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly
exec dotnet "$root/bench/TechMarket.Bench/bin/Release/net10.0/TechMarket.Bench.dll" --repo "$root" "$@"
