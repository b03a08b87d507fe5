#!/usr/bin/env bash
# Install what the app needs (once) and start it on http://localhost:8501 (PORT to change it).
# REPLICAS=N (N > 1) starts N processes behind HAProxy with sticky sessions, installing Debian's haproxy if missing:
#   REPLICAS=2 scripts/start.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh requirements.txt
if [ "${REPLICAS:-1}" -gt 1 ]; then
  scripts/debian_package.sh /usr/sbin/haproxy haproxy
  exec .venv/bin/python scripts/cluster.py --replicas "$REPLICAS" --port "${PORT:-8501}"
fi
exec .venv/bin/python scripts/serve.py --server.port "${PORT:-8501}"
