"""Every rule the data package must satisfy, each failure located by file, line and column: `check`
runs them all, `check_cached` keeps a valid package's result for the next start.

One module per kind of rule: schema (files, types, foreign keys), quotes (clauses and locators in the
report), figures (facts and non-figures), claims, translations, register (reports.csv), codebook
(indicators.csv); the cluster tables' rules are here.
"""

from __future__ import annotations

import functools
import hashlib
import json
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from gwr.data import package
from gwr.data.package import Problem, csv_line
from gwr.data.report import Report, load_from, squash
from gwr.data.validation import claims, codebook, figures, quotes, register, schema, translations
from gwr.data.validation.schema import read_tables
from gwr.paths import DATA_DIR
from gwr.store.cache import cache_dir, fingerprint

__all__ = ["check", "check_cached", "keep", "kept", "read_tables", "validate"]


def _cluster_problems(tables: dict[str, pd.DataFrame], report: Report, data_dir: Path) -> list[Problem]:
    """Every quote, name and focus of the cluster tables is in the report, and each quote names its row."""
    problems = []
    for name, columns in (("clusters", ("quote", "name_zh", "focus_zh")), ("cluster_members", ("quote", "name_zh"))):
        if name not in tables:
            continue
        frame, file = tables[name], package.display_path(name, data_dir)
        for column in columns:
            problems += quotes.in_report(report, file, frame, column)
        for i, row in frame.iterrows():
            if squash(row["name_zh"]) not in squash(row["quote"]):
                problems.append(Problem(file, csv_line(i), "quote", f"does not name {row['name_zh']!r}"))
    return problems


def check(data_dir: Path = DATA_DIR, report: Report | None = None) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """The typed tables of the package and every problem with them; no problems means valid."""
    problems = schema.source_problems(data_dir) + schema.accepted_problems(data_dir)
    if problems:
        return {}, problems
    report = report or load_from(data_dir / package.descriptor(data_dir)["sources"][0]["path"])
    tables, problems = read_tables(data_dir)
    shared = shared_tables(data_dir)  # validated where they live; read here for keys and units
    problems += translations.descriptor_text_problems(data_dir)
    problems += schema.foreign_key_problems({**shared, **tables}, data_dir)
    for name, pairs in translations.TRANSLATIONS.items():
        if name in tables:
            problems += translations.translation_problems(tables[name], pairs, package.display_path(name, data_dir))
    for name, pairs in translations.ENGLISH.items():
        if name in tables:
            problems += translations.english_problems(tables[name], pairs, package.display_path(name, data_dir))
    if "facts" in tables:
        problems += figures.fact_problems(
            tables["facts"], tables.get("units", shared.get("units")), report, package.display_path("facts", data_dir)
        )
    if "claims" in tables:
        problems += claims.claim_problems(
            tables["claims"], tables.get("facts"), report, package.display_path("claims", data_dir)
        )
    if "reports" in tables:
        problems += register.register_problems(tables["reports"], data_dir, package.display_path("reports", data_dir))
    if "indicators" in tables:
        problems += codebook.codebook_problems(
            tables["indicators"], tables.get("units"), package.display_path("indicators", data_dir)
        )
    if "facts" in tables and (indicators := tables.get("indicators", shared.get("indicators"))) is not None:
        problems += codebook.fact_unit_problems(tables["facts"], indicators, package.display_path("facts", data_dir))
    if "non_figures" in tables:
        problems += figures.non_figure_problems(
            tables["non_figures"], report, package.display_path("non_figures", data_dir)
        )
    for column in ("definition_zh", "term_zh"):
        if "glossary" in tables:
            problems += quotes.in_report(report, package.display_path("glossary", data_dir), tables["glossary"], column)
    problems += _cluster_problems(tables, report, data_dir)
    return tables, problems


def shared_tables(data_dir: Path) -> dict[str, pd.DataFrame]:
    """The tables a report package reads from the shipped data folder (its descriptor's "shared": the
    units and the indicator codebook, one for every report)."""
    names = package.descriptor(data_dir).get("shared", [])
    if not names:
        return {}
    shipped = _shipped_tables(_digest_of_tables(DATA_DIR))
    return {name: shipped[name].copy(deep=False) for name in names if name in shipped}


def _digest_of_tables(data_dir: Path) -> str:
    """SHA-256 of what `read_tables(data_dir)` reads: the descriptor and every table's file."""
    digest = hashlib.sha256((data_dir / "datapackage.json").read_bytes())
    for res in package.descriptor(data_dir)["resources"]:
        path = data_dir / res["path"]
        digest.update(b"\0" + (path.read_bytes() if path.is_file() else b"missing"))
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def _shipped_tables(digest: str) -> dict[str, pd.DataFrame]:
    """The shipped tables, read and typed once for as long as their files are the same (`digest`): every
    report package reads them, and typing them again for each package was more than half of validating
    one (0.31 s a made-up package before, 0.12 s after). Callers get shallow copies: pandas'
    copy-on-write keeps these unchanged."""
    return read_tables(DATA_DIR)[0]


def validate(data_dir: Path = DATA_DIR) -> list[Problem]:
    """Every problem with the data package; an empty list means it is valid."""
    return check(data_dir)[1]


def check_cached(data_dir: Path = DATA_DIR, key: str | None = None) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """`check(data_dir)`, answered from the cache when these exact files passed it before.

    Only a valid package is kept (its typed tables as Parquet, which keeps every column's type), under
    the fingerprint of its files and rules (`key`, when the caller has computed it already); a changed,
    broken or missing file has another fingerprint, so it is validated again, and its problems are
    reported, never cached."""
    entry = cache_dir() / (key or fingerprint(data_dir))
    names = package.resource_names(data_dir)
    if (tables := kept(entry, names)) is not None:
        return tables, []
    tables, problems = check(data_dir)
    if not problems:
        keep(entry, tables, names)
    return tables, problems


def kept(entry: Path, names: list[str]) -> dict[str, pd.DataFrame] | None:
    """The tables `keep` wrote in the cache entry `entry`, or None if there is none (or it is unreadable)."""
    try:
        if json.loads((entry / "valid.json").read_text()) == {"tables": names}:
            return {name: pd.read_parquet(entry / f"{name}.parquet") for name in names}
    except (OSError, ValueError):
        pass  # no entry yet, or an unreadable one: the caller validates
    return None


def keep(entry: Path, tables: dict[str, pd.DataFrame], names: list[str]) -> None:
    """Keep valid tables as the cache entry `entry` (a folder in `cache_dir()`, named for what the tables
    came from). Write the entry beside its final place, then rename it there: a reader sees all of it or none."""
    try:
        scratch = Path(tempfile.mkdtemp(prefix=f".{entry.name}-", dir=entry.parent))
        for name in names:
            tables[name].to_parquet(scratch / f"{name}.parquet")
        (scratch / "valid.json").write_text(json.dumps({"tables": names}))
        try:
            scratch.rename(entry)
        except OSError:  # another process kept the same entry first
            shutil.rmtree(scratch, ignore_errors=True)
    except OSError:
        pass  # a read-only or full disk only costs the next start a validation
