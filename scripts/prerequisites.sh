#!/usr/bin/env bash
# Installs what TechMarket needs on a fresh Debian machine that has the .NET SDK:
# the PostgreSQL server binaries (the platform and the tests run a private cluster with them), and ps.
set -euo pipefail

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  exit 1
fi

packages=()
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  packages+=(postgresql postgresql-contrib)
fi
if ! command -v ps >/dev/null 2>&1; then
  packages+=(procps) # scripts/test.sh finds the processes a run started with ps
fi

if [ "${1:-}" = "--browser" ]; then
  if [ ! -x /usr/bin/chromium ]; then packages+=(chromium); fi
  if ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then packages+=(fonts-noto-cjk); fi
fi

if ((${#packages[@]})); then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "Installing ${packages[*]} (apt-get)..."
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
fi
