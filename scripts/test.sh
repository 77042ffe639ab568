#!/usr/bin/env bash
# Installs what the tests need and runs the whole suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh requirements-test.lock
exec python -m pytest "$@"
