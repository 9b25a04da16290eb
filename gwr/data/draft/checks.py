"""The rules a draft package must satisfy before a curator works on it, and after every change.

Each problem is `file:line [column]: message`, like the curated package's. The rules:

- the tables have the declared columns, types and vocabularies (the draft's own datapackage.json);
- the text is the one the draft was made from (SHA-256);
- each candidate's quote is the text between its offsets, holds its number, and its value (its high end,
  its city share) is a number of the quote; its bound and stretch word are what its qualifier words say
  (`gwr.rules.wording`; a range is a value with a high end);
- coverage: every number and numeral of the text is a candidate's, or part of one (its share, its
  rank), or a listed non-figure;
- a candidate the curator accepted or edited names an indicator of the codebook and a unit of units.csv.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd

from gwr.data import package
from gwr.data.draft import codebook, output
from gwr.data.draft.figures import NUMBER
from gwr.data.package import Problem, csv_line
from gwr.data.report import NUMERAL_WORD, number_values, numeral_value, squash, word_values
from gwr.data.validation.schema import read_tables
from gwr.paths import DATA_DIR
from gwr.rules import wording

ACCEPTED = ("accepted", "edited")


def _relabel(problems: list[Problem], folder: str) -> list[Problem]:
    """Problems name the draft's files by the folder given, not data/."""
    return [Problem(p.file.replace("data/", f"{folder}/", 1), p.line, p.column, p.message) for p in problems]


def _text(draft_dir: Path, folder: str) -> tuple[str | None, list[Problem]]:
    try:
        source = json.loads((draft_dir / output.DESCRIPTOR).read_text(encoding="utf-8"))["sources"][0]
    except (OSError, ValueError, KeyError, IndexError) as error:
        return None, [Problem(f"{folder}/{output.DESCRIPTOR}", None, None, f"cannot be read: {error}")]
    path = draft_dir / source["path"]
    if not path.exists():
        return None, [Problem(f"{folder}/{source['path']}", None, None, "the text is missing")]
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != source["sha256"]:
        return None, [
            Problem(
                f"{folder}/{source['path']}", None, None, "SHA-256 differs from datapackage.json: the text was changed"
            )
        ]
    return data.decode("utf-8").removesuffix("\n"), []


def _float(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def candidate_problems(candidates: pd.DataFrame, text: str, file: str, data_dir: Path = DATA_DIR) -> list[Problem]:
    problems = []
    indicators = {w.indicator for w in codebook.wordings(data_dir)}
    known_units = set(package.read_text_table(data_dir / "units.csv")["unit"])
    for i, row in candidates.iterrows():
        line = csv_line(i)
        start, end = int(row["start"]), int(row["end"])
        if text[start:end] != row["quote"]:
            problems.append(Problem(file, line, "quote", f"is not the text between offsets {start} and {end}"))
            continue
        if not (start <= int(row["number_start"]) < int(row["number_end"]) <= end):
            problems.append(Problem(file, line, "number_start", "the number does not stand inside the quote"))
        found = number_values(squash(row["quote"])) | {round(v * 100, 6) for v in number_values(squash(row["quote"]))}
        found |= word_values(row["quote"])
        found |= {2.0, 4.0, 100.0, 1.0, 0.0} if row["numeral"] == 1 else set()  # 翻番, 翻两番, 全覆盖, 唯一, 未发生
        for column in ("value", "value_high", "city_share_pct"):
            value = _float(row[column])
            if value is not None and not any(abs(value - v) <= 1e-9 * max(1.0, abs(v)) for v in found):
                problems.append(Problem(file, line, column, f"{value:g} is not a number of its quote"))
        qualifier = row["qualifier_zh"] if isinstance(row["qualifier_zh"], str) else ""
        expected_bound = "range" if _float(row["value_high"]) is not None else wording.bound_of(qualifier).value
        if row["bound"] != expected_bound:
            problems.append(Problem(file, line, "bound", f"must be {expected_bound} for the words {qualifier!r}"))
        stretch = row["stretch"] if isinstance(row["stretch"], str) else ""
        if stretch != wording.stretch_of(qualifier):
            problems.append(
                Problem(file, line, "stretch", f"must be {wording.stretch_of(qualifier)!r} for the words {qualifier!r}")
            )
        for part in (p for p in qualifier.split("…") if p and p not in ("—", "-", "至", "～", "~")):
            if part not in row["quote"]:
                problems.append(Problem(file, line, "qualifier_zh", f"{part!r} is not in the quote"))
        if row["status"] in ACCEPTED:
            if not isinstance(row["indicator"], str) or row["indicator"] not in indicators:
                problems.append(
                    Problem(
                        file,
                        line,
                        "indicator",
                        f"{row['indicator']!r} is not an indicator of the codebook (data/indicators.csv); add it there or name another",
                    )
                )
            if row["unit"] not in known_units:
                problems.append(
                    Problem(file, line, "unit", f"{row['unit']!r} is not in data/units.csv; add it there first")
                )
    return problems


def coverage_problems(candidates: pd.DataFrame, non_figures: pd.DataFrame, text: str, file: str) -> list[Problem]:
    """Every number and numeral of the text is a candidate's number, part of a candidate (its share or
    rank, in its quote), or a listed non-figure at its place."""
    spans = [(int(r["number_start"]), int(r["number_end"])) for _, r in candidates.iterrows()]
    listed = {(int(r["start"]), int(r["end"])) for _, r in non_figures.iterrows() if pd.notna(r["start"])}
    quotes = [(int(r["start"]), int(r["end"]), r) for _, r in candidates.iterrows()]
    problems = []
    for pattern in (NUMBER, NUMERAL_WORD):
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            if any(s <= start and end <= e for s, e in spans) or (start, end) in listed:
                continue
            if any(s <= start and end <= e for s, e in listed):
                continue
            if _part_of_candidate(match.group(), start, end, quotes):
                continue
            context = text[max(start - 10, 0) : end + 10].replace("\n", " ")
            problems.append(
                Problem(
                    file,
                    None,
                    None,
                    f"{match.group()!r} at offset {start} (…{context}…) is neither a candidate nor a listed non-figure",
                )
            )
    return problems


def _part_of_candidate(token: str, start: int, end: int, quotes) -> bool:
    for quote_start, quote_end, row in quotes:
        if not (quote_start <= start and end <= quote_end):
            continue
        share, rank = _float(row["city_share_pct"]), _float(row["city_rank"])
        if share is not None and _reads(token, share):
            return True
        if rank is not None and (numeral_value(token.removeprefix("第")) == rank or token.startswith("首")):
            return True
    return False


def _reads(token: str, value: float) -> bool:
    try:
        if "/" in token:
            a, b = token.split("/")
            return abs(float(a) / float(b) * 100 - value) < 1e-6
        return abs(float(token.replace(",", "")) - value) < 1e-9 * max(1.0, value)
    except ValueError:
        return False


def check(draft_dir: Path, data_dir: Path = DATA_DIR) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """The draft's typed tables and every problem with them; no problems means a valid draft."""
    folder = str(draft_dir).rstrip("/")
    if not (draft_dir / output.DESCRIPTOR).exists():
        return {}, [Problem(f"{folder}/{output.DESCRIPTOR}", None, None, "not found: this is not a draft package")]
    text, problems = _text(draft_dir, folder)
    if problems:
        return {}, problems
    tables, problems = read_tables(draft_dir)
    problems = _relabel(problems, folder)
    if "candidates" in tables:
        file = f"{folder}/{output.CANDIDATES}"
        problems += candidate_problems(tables["candidates"], text, file, data_dir)
        if "non_figures" in tables:
            problems += coverage_problems(tables["candidates"], tables["non_figures"], text, file)
    return tables, problems
