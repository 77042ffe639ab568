"""Which pipeline analysed an article: the spaCy model and its version plus a digest of this package's code and word
lists. The archive re-analysis skips the articles already analysed with the current one."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

NLP_DIR = Path(__file__).resolve().parent
SOURCE_SUFFIXES = frozenset({".py", ".txt", ".tsv", ".json"})


@lru_cache
def _sources_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in NLP_DIR.rglob("*") if p.is_file() and p.suffix in SOURCE_SUFFIXES):
        digest.update(path.relative_to(NLP_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def pipeline_version(*, model_name: str, model_version: str) -> str:
    """Changes whenever the pipeline's code, word lists or spaCy model change."""
    digest = hashlib.sha256(f"{model_name}=={model_version}\n{_sources_digest()}".encode()).hexdigest()
    return f"{model_name}-{model_version}-{digest[:16]}"[:64]


@lru_cache
def installed_pipeline_version(model_name: str) -> str:
    """The version of the pipeline built on the installed package `model_name`, read without loading the model."""
    try:
        model_version = metadata.version(model_name)
    except metadata.PackageNotFoundError:  # a pipeline loaded from a path
        model_version = "0"
    return pipeline_version(model_name=model_name, model_version=model_version)
