"""The named SQL queries of queries/*.sql, with the metadata of their header comments.

Each file holds one statement, preceded by a header of `-- key: value` lines:

    -- title_zh: …            -- title_en: …
    -- description_zh: …      -- description_en: …
    -- params: sector, year   (named parameters, bound as $sector, $year; may be empty)
    -- columns: a, b, c       (the columns the result has, in order)
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from gwr.paths import QUERIES_DIR


class SQL(StrEnum):
    """Every query of queries/*.sql, by its file name: code names a query by a member
    (`results.table(tables.year_pairs, SQL.year_pairs, …)`), so an editor's "go to definition" and a
    rename reach it, and a misspelt name fails on import, not on a page. tests/test_queries.py checks
    that the members are exactly the files."""

    city_shares = "city_shares"
    claimed_ranks = "claimed_ranks"
    claims = "claims"
    cluster_members = "cluster_members"
    clusters = "clusters"
    compare_indicator = "compare_indicator"
    compare_indicators = "compare_indicators"
    compare_shares = "compare_shares"
    district_gdp_sources = "district_gdp_sources"
    facts_filtered = "facts_filtered"
    glossary = "glossary"
    growth_targets_2023 = "growth_targets_2023"
    headline_figures = "headline_figures"
    implied_city_totals = "implied_city_totals"
    ledger = "ledger"
    ledger_statements = "ledger_statements"
    rank_disputes = "rank_disputes"
    report_figures = "report_figures"
    reports = "reports"
    sector_figures = "sector_figures"
    sectors = "sectors"
    target_vs_result_2022 = "target_vs_result_2022"
    word_targets_2023 = "word_targets_2023"
    year_pairs = "year_pairs"


REQUIRED_KEYS = ("title_zh", "title_en", "description_zh", "description_en", "params", "columns")


@dataclass(frozen=True)
class Query:
    name: str
    sql: str
    title: dict[str, str]
    description: dict[str, str]
    params: tuple[str, ...]
    columns: tuple[str, ...]


def _split(value: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in value.split(",") if item.strip())


def parse(name: str, text: str) -> Query:
    header: dict[str, str] = {}
    body = []
    for line in text.splitlines():
        if not body and line.startswith("--"):
            key, _, value = line[2:].partition(":")
            header[key.strip()] = value.strip()
        elif body or line.strip():
            body.append(line)
    missing = [key for key in REQUIRED_KEYS if key not in header]
    if missing:
        raise ValueError(f"queries/{name}.sql: header lacks {', '.join(missing)}")
    return Query(
        name=name,
        sql="\n".join(body).strip().rstrip(";"),
        title={"zh": header["title_zh"], "en": header["title_en"]},
        description={"zh": header["description_zh"], "en": header["description_en"]},
        params=_split(header["params"]),
        columns=_split(header["columns"]),
    )


@cache
def load_all(folder: Path = QUERIES_DIR) -> dict[str, Query]:
    return {path.stem: parse(path.stem, path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.sql"))}


def get(name: str) -> Query:
    return load_all()[name]
