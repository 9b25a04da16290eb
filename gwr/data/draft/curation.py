"""A curator's work on a draft: accept, edit or reject its candidates, then build the report's package.

Every change is checked before it is written (a value that is no number, a kind outside the vocabulary
is refused, the file stays as it was) and written whole (a scratch file renamed over the old one). After
each change the draft's checks run again and their messages are printed, `file:line [column]: message`.

`build` turns a draft whose every candidate is decided into a report package of the same tables and
rules as the shipped one: facts from accepted figures, claims from accepted numerals, non-figures from
the listed numbers and the rejected candidates, the register row, the text. It is written to
`<into>/<report_id>/<version>/` and validated there before it is kept; an accepted version is never
written over (a correction is a new version).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from hashlib import sha256
from pathlib import Path

import pandas as pd

from gwr.data import package
from gwr.data.coverage import uncovered, uncovered_words
from gwr.data.draft import checks, drafting, output
from gwr.data.draft.figures import NUMBER
from gwr.data.package import Problem, csv_line
from gwr.data.report import NUMERAL_WORD, load_from, squash
from gwr.data.validation import check
from gwr.data.validation.schema import frame_problems
from gwr.paths import DATA_DIR
from gwr.rules import wording

# What a curator may change; the bound and the stretch word follow from qualifier_zh (the one rule),
# the quote from start and end.
EDITABLE = (
    "value", "value_high", "unit", "qualifier_zh", "measure", "kind", "year", "period", "indicator", "sector",
    "city_share_pct", "city_rank", "start", "end", *drafting.NOTE_COLUMNS,
)  # fmt: skip
REPORT_FIELDS_REQUIRED = (
    "report_id", "issuer_zh", "issuer_en", "place_zh", "place_en", "admin_code", "admin_level", "meeting_zh",
    "meeting_en", "delivered", "reviews_year", "targets_year",
)  # fmt: skip
PER_REPORT = ("reports", "facts", "claims", "non_figures")  # a report package's own tables
SHARED = ("units", "indicators")  # tables every package reads from the shipped data folder
NON_FIGURE_REASONS = {"no_unit": "other", "first": "other"}
CLAIM_TYPES = {"翻番": "multiple", "倍增": "multiple", "全覆盖": "full_coverage"}


class CurationError(ValueError):
    """A change or a build that cannot be made; carries the problems that say why."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Draft:
    folder: Path
    candidates: pd.DataFrame  # as text, as on disk
    text: str

    @property
    def file(self) -> str:
        return f"{str(self.folder).rstrip('/')}/{output.CANDIDATES}"


def load(folder: Path) -> Draft:
    _, problems = checks.check(folder)
    fatal = [p for p in problems if p.file.endswith((output.DESCRIPTOR, ".txt"))]
    if fatal:
        raise CurationError(fatal)
    source = json.loads((folder / output.DESCRIPTOR).read_text(encoding="utf-8"))["sources"][0]
    text = (folder / source["path"]).read_text(encoding="utf-8").removesuffix("\n")
    return Draft(folder, package.read_text_table(folder / output.CANDIDATES), text)


def select(draft: Draft, ids: str) -> list[int]:
    """Rows named by `ids`: c0001,c0003 · c0001-c0010 · all · sure (proposed and not unsure)."""
    frame = draft.candidates
    if ids == "all":
        return list(frame.index)
    if ids == "sure":
        return list(frame.index[(frame["status"] == "proposed") & (frame["unsure"] == "0")])
    rows, known = [], dict(zip(frame["candidate_id"], frame.index, strict=True))
    for part in ids.split(","):
        first, _, last = part.strip().partition("-")
        names = [first] if not last else [f"c{n:04d}" for n in range(int(first[1:]), int(last[1:]) + 1)]
        for name in names:
            if name not in known:
                raise CurationError(
                    [Problem(draft.file, None, "candidate_id", f"{name!r} is no candidate of this draft")]
                )
            rows.append(known[name])
    return rows


def _save(draft: Draft, frame: pd.DataFrame) -> list[Problem]:
    """Refuse a frame that breaks the draft's schema; else write it whole and return the checks' messages."""
    broken = frame_problems("candidates", frame, draft.file, draft.folder)
    if broken:
        raise CurationError(broken)
    handle, scratch = tempfile.mkstemp(prefix=".candidates-", suffix=".csv", dir=draft.folder)
    os.close(handle)
    frame.to_csv(scratch, index=False, encoding="utf-8", lineterminator="\n")
    os.replace(scratch, draft.folder / output.CANDIDATES)
    return checks.check(draft.folder)[1]


def decide(draft: Draft, ids: str, status: str, reason: str = "") -> list[Problem]:
    """Mark candidates accepted or rejected (a rejection may say why, in why_unsure)."""
    frame = draft.candidates.copy()
    rows = select(draft, ids)
    frame.loc[rows, "status"] = status
    if reason:
        frame.loc[rows, "why_unsure"] = reason
    return _save(draft, frame)


def edit(draft: Draft, candidate_id: str, changes: dict[str, str]) -> list[Problem]:
    """Change a candidate's fields (EDITABLE); it becomes 'edited'."""
    frame = draft.candidates.copy()
    (row,) = select(draft, candidate_id)
    for column, value in changes.items():
        if column not in EDITABLE:
            raise CurationError(
                [Problem(draft.file, csv_line(row), column, f"cannot be edited; edit one of {', '.join(EDITABLE)}")]
            )
        frame.loc[row, column] = value
    start, end = int(frame.loc[row, "start"]), int(frame.loc[row, "end"])
    frame.loc[row, "quote"] = draft.text[start:end]
    qualifier = frame.loc[row, "qualifier_zh"]
    frame.loc[row, "bound"] = "range" if frame.loc[row, "value_high"] else wording.bound_of(qualifier).value
    frame.loc[row, "stretch"] = wording.stretch_of(qualifier)
    frame.loc[row, "status"] = "edited"
    return _save(draft, frame)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _row_id(year: str, report_id: str, name: str, taken: list[str]) -> str:
    """2024-luoyang-yanshi-2025-gdp: the year, the report and the indicator, so ids stay unique beside every
    other report's, a place's consecutive reports too (the 2025 report's 2024 result, the 2024 report's
    2024 target); -2, -3 … for a second figure of one indicator."""
    stem = f"{year}-{_slug(report_id)}-{_slug(name)}"
    found, suffix = stem, 2
    while found in taken:
        found, suffix = f"{stem}-{suffix}", suffix + 1
    return found


def _register_row(folder: Path, report_id: str, version: str) -> tuple[dict[str, str], list[Problem]]:
    row = package.read_text_table(folder / output.REPORT).iloc[0].to_dict()
    row["report_id"] = report_id or row["report_id"]
    row["version"] = version
    file = f"{str(folder).rstrip('/')}/{output.REPORT}"
    missing = [
        Problem(file, 2, column, "is empty: fill it in before the build")
        for column in REPORT_FIELDS_REQUIRED
        if not row[column]
    ]
    return row, missing


def _codebook(data_dir: Path) -> pd.DataFrame:
    return package.read_text_table(data_dir / "indicators.csv").set_index("indicator")


def _fact_rows(accepted: pd.DataFrame, text: str, report, codebook: pd.DataFrame, units: pd.DataFrame, report_id: str):
    """Facts rows (the shipped descriptor's columns) and, for each, the candidate's line in candidates.csv."""
    rows, lines, first_of = [], [], {}
    for index, c in accepted.iterrows():
        offset = len(squash(text[: int(c["number_start"])]))
        section = report.section_at(offset)
        entry = codebook.loc[c["indicator"]]
        base = float(c["value"]) * float(units.loc[c["unit"], "factor"])
        fact_id = _row_id(c["year"], report_id, c["indicator"], [r["fact_id"] for r in rows])
        key = (c["indicator"], c["year"], c["kind"], c["measure"])
        rows.append(
            {
                "report_id": report_id, "fact_id": fact_id, "indicator": c["indicator"], "year": c["year"],
                "period": c["period"], "kind": c["kind"], "section": section,
                "locator": (report.locate(c["quote"], section) or report.locator_at(offset)).code,
                "sector": c["sector"] or entry.get("sector", ""), "metric_zh": c["indicator_wording"] or entry["name_zh"],
                "metric_en": entry["name_en"], "value": c["value"], "value_high": c["value_high"], "unit": c["unit"],
                "value_base": package.plain_number(base), "unit_base": units.loc[c["unit"], "unit_base"],
                "measure": c["measure"], "bound": c["bound"], "stretch": c["stretch"], "qualifier_zh": c["qualifier_zh"],
                "city_share_pct": c["city_share_pct"], "city_rank": c["city_rank"], "quote": squash(c["quote"]),
                "restates": first_of.get(key, ""),
                **{column: c[column] for column in drafting.NOTE_COLUMNS},
            }
        )  # fmt: skip
        first_of.setdefault(key, fact_id)
        lines.append(csv_line(index))
    return rows, lines


def _claim_rows(accepted: pd.DataFrame, text: str, report, codebook: pd.DataFrame, report_id: str):
    rows, lines = [], []
    for index, c in accepted.iterrows():
        offset = len(squash(text[: int(c["number_start"])]))
        section = report.section_at(offset)
        start = int(c["number_start"])
        start -= text[start - 1 : start] in ("唯", "翻")  # 唯一, 翻一番: the words say what the numeral means
        words = text[start : int(c["number_end"])]
        entry = codebook.loc[c["indicator"]]
        claim_id = _row_id(c["year"], report_id, f"{c['indicator']}-words", [r["claim_id"] for r in rows])
        rows.append(
            {
                "report_id": report_id, "claim_id": claim_id, "indicator": c["indicator"], "year": c["year"],
                "kind": c["kind"], "section": section,
                "locator": (report.locate(c["quote"], section) or report.locator_at(offset)).code,
                "sector": c["sector"] or entry.get("sector", ""), "claim_type": CLAIM_TYPES.get(words, "quantity_words"),
                "metric_zh": c["indicator_wording"] or entry["name_zh"], "metric_en": entry["name_en"], "words_zh": words,
                "value": c["value"], "unit": c["unit"], "stretch": c["stretch"], "qualifier_zh": c["qualifier_zh"],
                "quote": squash(c["quote"]), "note": c["note"], "note_zh": c["note_zh"],
            }
        )  # fmt: skip
        lines.append(csv_line(index))
    return rows, lines


def _non_figure_rows(folder: Path, rejected: pd.DataFrame) -> list[dict]:
    listed = package.read_text_table(folder / output.NON_FIGURES)
    rows = [
        {
            "number": n["number"].replace(",", ""),
            "context": n["context"],
            "reason": NON_FIGURE_REASONS.get(n["reason"], n["reason"]),
            "note": n["why_unsure"] or f"Listed by the drafting rules ({n['reason']}).",
        }
        for _, n in listed.iterrows()
        if n["start"]  # a page-number line is not in the package's text
    ]
    for _, c in rejected.iterrows():
        written = c["quote"][int(c["number_start"]) - int(c["start"]) : int(c["number_end"]) - int(c["start"])]
        rows.append(
            {
                "number": (NUMBER.match(written) or NUMERAL_WORD.match(written))[0].replace(",", ""),
                "context": c["quote"],
                "reason": "other",
                "note": f"Rejected by the curator: {c['why_unsure'] or 'not a figure'}.",
            }
        )
    # One row covers every place a number stands in the same words.
    return list({(row["number"], row["context"]): row for row in reversed(rows)}.values())[::-1]


def _descriptor(row: dict, text_path: str, text_sha256: str, data_dir: Path) -> dict:
    shipped = package.descriptor(data_dir)
    return {
        "name": row["report_id"],
        "title": f"{row['place_en']} {row['targets_year']} Government Work Report as data ({row['place_zh']}{row['targets_year']}年政府工作报告数据)",
        "title_zh": f"{row['place_zh']}{row['targets_year']}年政府工作报告数据",
        "title_en": f"{row['place_en']} {row['targets_year']} Government Work Report as data",
        "version": row["version"],
        "created": date.today().isoformat(),
        "contributors": shipped["contributors"],
        "shared": list(SHARED),
        "licenses": shipped["licenses"],
        "sources": [
            {
                "title": f"{row['place_zh']}{row['targets_year']}年政府工作报告",
                "issuer_zh": row["issuer_zh"], "issuer_en": row["issuer_en"], "date": row["delivered"],
                "url": row["source_url"], "path": text_path, "sha256": text_sha256,
                "note": "The report's text as paragraphs, one a line, as the drafting tool rebuilt it.",
            }
        ],
        "resources": [r for r in shipped["resources"] if r["name"] in PER_REPORT],
    }  # fmt: skip


def _map_problems(problems: list[Problem], draft: Draft, lines: dict[str, list[int]]) -> list[Problem]:
    """Problems of the built tables, pointed back at the candidates they came from where they can be."""
    mapped = []
    for p in problems:
        table = next((name for name in lines if p.file.endswith(package_paths()[name])), None)
        if table and p.line:
            mapped.append(Problem(draft.file, lines[table][p.line - 2], p.column, f"{p.message} (in {table})"))
        else:
            mapped.append(p)
    return mapped


def package_paths() -> dict[str, str]:
    return {name: package.resource(name)["path"] for name in PER_REPORT}


def _decided(draft: Draft, report_id: str, version: str) -> dict[str, str]:
    """The register row of a draft ready to build; CurationError with every reason it is not."""
    frame = draft.candidates
    problems = list(checks.check(draft.folder)[1])
    undecided = int((frame["status"] == "proposed").sum())
    if undecided:
        problems.append(
            Problem(draft.file, None, "status", f"{undecided} candidate(s) still proposed: accept, edit or reject each")
        )
    row, missing = _register_row(draft.folder, report_id, version)
    if problems + missing:
        raise CurationError(problems + missing)
    return row


def _write(scratch: Path, draft: Draft, row: dict[str, str], data_dir: Path) -> tuple[object, dict[str, list[int]]]:
    """Write the package's text, tables and descriptor (with each table's SHA-256) to scratch; the
    package's Report and, for facts and claims, the candidates.csv line of each row."""
    text_path = "source/report.txt"
    (scratch / "source").mkdir()
    (scratch / text_path).write_text(draft.text + "\n", encoding="utf-8")
    text_sha256 = sha256((scratch / text_path).read_bytes()).hexdigest()
    row.update(source_path=text_path, source_sha256=text_sha256)
    report = load_from(scratch / text_path)
    codebook = _codebook(data_dir)
    units = package.read_text_table(data_dir / "units.csv").set_index("unit")
    frame = draft.candidates
    kept = frame[frame["status"].isin(checks.ACCEPTED)]
    facts, fact_lines = _fact_rows(kept[kept["numeral"] == "0"], draft.text, report, codebook, units, row["report_id"])
    claims, claim_lines = _claim_rows(kept[kept["numeral"] == "1"], draft.text, report, codebook, row["report_id"])
    rejected = frame[frame["status"] == "rejected"]
    tables = {
        "reports": [row],
        "facts": facts,
        "claims": claims,
        "non_figures": _non_figure_rows(draft.folder, rejected),
    }
    descriptor = _descriptor(row, text_path, text_sha256, data_dir)
    for resource in descriptor["resources"]:
        columns = [f["name"] for f in resource["schema"]["fields"]]
        pd.DataFrame(tables[resource["name"]], columns=columns).to_csv(
            scratch / resource["path"], index=False, encoding="utf-8", lineterminator="\n"
        )
    descriptor["files"] = {
        r["path"]: sha256((scratch / r["path"]).read_bytes()).hexdigest() for r in descriptor["resources"]
    }
    (scratch / "datapackage.json").write_text(
        json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return report, {"facts": fact_lines, "claims": claim_lines}


def _package_problems(scratch: Path, report, file: str) -> list[Problem]:
    """The full validator's problems with the written package, then the coverage check's (named by the
    draft's file: the package is not kept)."""
    built, problems = check(scratch)
    if problems:
        return problems
    left = [*uncovered(report, built["facts"], built["non_figures"]),
            *uncovered_words(report, built["facts"], built["claims"], built["non_figures"])]  # fmt: skip
    return [Problem(file, None, None, f"not covered in the package: {item}") for item in left]


def build(folder: Path, report_id: str, into: Path, version: str = "1.0.0", data_dir: Path = DATA_DIR) -> Path:
    """The report package of a fully decided draft, validated, at <into>/<report_id>/<version>/."""
    draft = load(folder)
    row = _decided(draft, report_id, version)
    target = into / row["report_id"] / version
    if target.exists():
        raise CurationError(
            [
                Problem(
                    str(target), None, None, "exists: an accepted version is never written over; build a new --version"
                )
            ]
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{version}-", dir=target.parent))
    try:
        report, lines = _write(scratch, draft, row, data_dir)
        if problems := _package_problems(scratch, report, draft.file):
            raise CurationError(_map_problems(problems, draft, lines))
        scratch.rename(target)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    return target
