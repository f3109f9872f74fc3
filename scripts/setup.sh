#!/usr/bin/env bash
# One-command set-up on a fresh Debian machine: browser for the end-to-end
# tests, the CJK font the chart PNGs are drawn with, npm dependencies (which
# bring the pinned Node 22), then the site.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
PACKAGES=()
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then PACKAGES+=(chromium); fi
# Noto Sans CJK: the build draws every chart as a PNG with it and stops without it
# (scripts/build-site/charts/fonts.ts), unless POLICY_CJK_FONT names another font.
if [ -z "${POLICY_CJK_FONT:-}" ] && [ ! -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ]; then PACKAGES+=(fonts-noto-cjk); fi
if [ ${#PACKAGES[@]} -gt 0 ]; then
  echo "[setup] installing Debian's ${PACKAGES[*]}"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${PACKAGES[@]}" >/dev/null
fi

# `npm install`, not `npm ci`: the registry mirror CI can reach omits the
# other platforms' optional binaries (@astrojs/compiler-binding-*, @pagefind/*),
# so the lockfile cannot list them and `npm ci` rejects it as out of sync.
# `npm install` still honours every version the lockfile pins.
echo "[setup] npm install"
npm install --no-audit --no-fund
echo "[setup] npm run build"
npm run build
