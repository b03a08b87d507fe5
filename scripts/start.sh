#!/usr/bin/env bash
# Install what the app needs (once) and start it on http://localhost:8501.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh requirements.txt
exec .venv/bin/python scripts/serve.py --server.port "${PORT:-8501}"
