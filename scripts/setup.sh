#!/usr/bin/env bash
# One-command set-up on a fresh Debian machine: browser for the end-to-end
# tests, npm dependencies (which bring the pinned Node 22), then the site.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "[setup] installing Debian's chromium for the browser tests"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null
fi

# `npm install`, not `npm ci`: the registry mirror CI can reach omits the
# other platforms' optional binaries (@astrojs/compiler-binding-*, @pagefind/*),
# so the lockfile cannot list them and `npm ci` rejects it as out of sync.
# `npm install` still honours every version the lockfile pins.
echo "[setup] npm install"
npm install --no-audit --no-fund
echo "[setup] npm run build"
npm run build
