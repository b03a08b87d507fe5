#!/usr/bin/env bash
# Install what the tests need (once: Python packages, Debian's Chromium for the browser tests) and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh requirements-dev.txt

if [ ! -x /usr/bin/chromium ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

# axe-core for the accessibility checks, pinned in tests/browser/axe/package-lock.json, installed on this machine
# and injected into the page by the tests (the browser never fetches it).
if [ ! -f tests/browser/axe/node_modules/axe-core/axe.min.js ]; then
  if ! command -v npm >/dev/null 2>&1; then
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq npm >/dev/null
  fi
  npm ci --prefix tests/browser/axe --no-audit --no-fund --silent
fi

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== pytest"
.venv/bin/python -m pytest "$@"
