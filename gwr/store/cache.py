"""What one start keeps for the next, each thing under the fingerprint of the files it came from.

Two things are kept in the cache folder: the validated tables (`gwr.data.validation.check_cached`) and
the results of whole queries that a page drew, rows and figures (`result`). A changed data file, rule
or module has another fingerprint, so an old entry never answers for it. A result is kept only after
it was computed from tables that passed validation, so one kept under a fingerprint also says that
those exact files passed. With them a first page draws without loading pandas or DuckDB, which a
cold start otherwise spends most of its time importing.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
from importlib.metadata import version
from pathlib import Path

from gwr import paths
from gwr.paths import DATA_DIR, PACKAGE_DIR, QUERIES_DIR

CACHE_SETTING = "JIANXI_CACHE_DIR"
# The rules live in these modules (paths under the package): a change to any of them validates again.
RULE_MODULES = ("data/validation", "data/package.py", "data/report.py", "data/outline.py", "rules/wording.py")


def cache_dir() -> Path:
    """Where starts keep things: JIANXI_CACHE_DIR, else ~/.cache/jianxi, else the temp folder."""
    configured = os.environ.get(CACHE_SETTING)
    candidates = [Path(configured)] if configured else []
    candidates += [Path.home() / ".cache" / "jianxi", Path(tempfile.gettempdir()) / f"jianxi-cache-{os.getuid()}"]
    for folder in candidates:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if os.access(folder, os.W_OK):
                return folder
        except OSError:
            continue
    return candidates[-1]


def _digest(digest, files, root: Path) -> None:
    for path in sorted(files):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")


def fingerprint(data_dir: Path = DATA_DIR) -> str:
    """SHA-256 over every file of the data folder (path and bytes), the rule modules and the library
    versions that read and type the tables: equal fingerprints, equal verdict and equal tables."""
    digest = hashlib.sha256()
    _digest(digest, (p for p in data_dir.rglob("*") if p.is_file()), data_dir)
    digest.update(_rules())
    return digest.hexdigest()


@functools.cache  # the rules a process runs do not change under it (as `_code`)
def _rules() -> bytes:
    """The rule modules' bytes and the versions of the libraries that read and type the tables, read once
    a process: importlib's version() parses the package's METADATA on every call (about 1.2 ms, twice a
    fingerprint, once for each of 500 report packages)."""
    parts = []
    for name in RULE_MODULES:
        path = PACKAGE_DIR / name
        parts += [module.read_bytes() for module in (sorted(path.rglob("*.py")) if path.is_dir() else [path])]
    parts.append(f"pandas {version('pandas')} pyarrow {version('pyarrow')}".encode())
    return b"".join(parts)


@functools.cache  # the code a process runs does not change under it
def _code() -> str:
    """SHA-256 of every module and query, and the libraries that compute and draw results."""
    digest = hashlib.sha256()
    _digest(digest, PACKAGE_DIR.rglob("*.py"), PACKAGE_DIR)
    _digest(digest, QUERIES_DIR.glob("*.sql"), QUERIES_DIR)
    digest.update(" ".join(f"{name} {version(name)}" for name in ("duckdb", "plotly")).encode())
    return digest.hexdigest()


def results_dir(data_dir: Path) -> Path:
    """The folder of results kept for this data (its fingerprint) and this code."""
    reports = paths.reports_dir()
    further = (
        "" if reports.resolve().is_relative_to(data_dir.resolve()) or not reports.is_dir() else fingerprint(reports)
    )
    key = hashlib.sha256(f"{fingerprint(data_dir)} {further} {_code()}".encode()).hexdigest()
    return cache_dir() / f"results-{key}"


def result(data_dir: Path, name: str, compute, dump, load):
    """compute(), kept as the text dump(result) under `name` for later starts with the same data and
    code, which get load(text) instead. A result that cannot be read or written is computed again."""
    folder = results_dir(data_dir)
    path = folder / f"{name}.json"
    try:
        return load(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass  # not kept yet, or unreadable: compute it
    value = compute()  # raises DataError on an invalid package: nothing is kept
    try:
        folder.mkdir(parents=True, exist_ok=True)
        scratch = folder / f".{name}.{os.getpid()}.tmp"
        scratch.write_text(dump(value), encoding="utf-8")
        scratch.replace(path)  # a reader sees all of it or none
    except (OSError, TypeError, ValueError):
        pass  # a read-only or full disk, or a value JSON cannot hold, only costs the next start the computation
    return value
