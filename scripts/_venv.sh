# Sourced by the other scripts: makes .venv and installs the given hash-pinned lock file into it, once per lock.
# Usage: source scripts/_venv.sh requirements.lock
set -euo pipefail
LOCK_FILE="$1"
PYTHON="${PYTHON:-python3}"
VENV="${QUOTEWISE_VENV:-.venv}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
    echo "Quotewise needs Python 3.11; set PYTHON=/path/to/python3.11" >&2
    exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
STAMP="$VENV/.installed-$(basename "$LOCK_FILE")-$(sha256sum "$LOCK_FILE" | cut -c1-16)"
if [ ! -f "$STAMP" ]; then
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r "$LOCK_FILE"
    touch "$STAMP"
fi
export PATH="$(cd "$VENV" && pwd)/bin:$PATH"
