#!/usr/bin/env bash
# Sets up and serves Quotewise on SQLite with the sample article loaded: http://127.0.0.1:8000/docs
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh requirements.lock
export QUOTEWISE_OPEN_ACCESS="${QUOTEWISE_OPEN_ACCESS:-true}"  # development mode unless you set API keys
python -m app migrate
python -m app seed
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"  # fewer glibc arenas: less memory per process
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}"  # one BLAS thread per analysis worker: processes use the cores
exec python -m app serve --host "${QUOTEWISE_HOST:-127.0.0.1}" --port "${QUOTEWISE_PORT:-8000}"
