#!/usr/bin/env bash
# Runs the TechMarket platform locally: a private PostgreSQL cluster under .data/ (created on first start,
# reused afterwards), demo data, the web app (built into web/dist when web/ changed), and the server on
# http://localhost:5080. Ctrl+C stops both.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/prerequisites.sh"
cd "$root"

"$root/scripts/build-web.sh"
echo "Building TechMarket..."
dotnet build src/TechMarket.Server -c Release -nologo -v quiet

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
# The node's process environment (README, "Configuration"): glibc's malloc arenas capped at two.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
export EmbeddedPostgres__DataDirectory="${EmbeddedPostgres__DataDirectory:-$root/.data/postgres}"
exec dotnet run --project src/TechMarket.Server -c Release --no-build --no-launch-profile \
  --urls "${TECHMARKET_URLS:-http://localhost:5080}"
