#!/usr/bin/env bash
# Builds the web app into web/dist (npm ci + vite build), which the server serves at /. Skipped when nothing in
# web/ changed since the last build: a hash of the sources is kept in web/dist/.build-stamp.
#   scripts/build-web.sh [--force]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
web="$root/web"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Node.js 20.19+ with npm is needed to build the web app: https://nodejs.org/en/download" >&2
  exit 1
fi

stamp="$web/dist/.build-stamp"
hash="$(cd "$web" && find . \( -path ./node_modules -o -path ./dist -o -path ./test-results \) -prune -o -type f ! -name '*.tsbuildinfo' -print \
  | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -d' ' -f1)"
if [ "${1:-}" != "--force" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ] && [ -d "$web/node_modules" ]; then
  echo "The web app is up to date (web/dist)."
  exit 0
fi

echo "Building the web app (npm ci, vite build)..."
cd "$web"
npm ci --no-audit --no-fund --loglevel=error
npm run build --silent
echo "$hash" > "$stamp"
