#!/usr/bin/env bash
# Install what the tests need (once: Python packages, Debian's Chromium and HAProxy) and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh requirements-dev.txt

scripts/debian_package.sh /usr/bin/chromium chromium   # the browser tests drive Debian's Chromium
scripts/debian_package.sh /usr/sbin/haproxy haproxy     # the load-balancer test runs HAProxy on loopback

# axe-core for the accessibility checks, pinned in tests/browser/axe/package-lock.json, installed on this machine
# and injected into the page by the tests (the browser never fetches it).
if [ ! -f tests/browser/axe/node_modules/axe-core/axe.min.js ]; then
  scripts/debian_package.sh npm npm
  npm ci --prefix tests/browser/axe --no-audit --no-fund --silent
fi

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== pytest"
.venv/bin/python -m pytest "$@"
