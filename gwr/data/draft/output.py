"""The draft package on disk: candidates, non-figures, the register row, the text they point into.

```
<out>/datapackage.json   status "draft"; the tables' columns, types and vocabularies
<out>/candidates.csv     one row per candidate figure (status: proposed, accepted, edited, rejected)
<out>/non_figures.csv    every other number of the text, with its reason
<out>/report.csv         the register row, as far as the text states it
<out>/source/<name>.txt  the text as paragraphs, one a line: every offset points into it
```

A package is written whole or not at all: into a scratch folder beside `<out>`, renamed into place at
the end. An `<out>` that holds files already is never written over (a curator's work is in it).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from gwr.data.draft import drafting, register
from gwr.data.draft.reading import Source
from gwr.rules.wording import STRETCH_WORDS

DESCRIPTOR = "datapackage.json"
CANDIDATES = "candidates.csv"
NON_FIGURES = "non_figures.csv"
REPORT = "report.csv"
NUMBER_TYPES = {"value": "number", "value_high": "number", "city_share_pct": "number", "year": "integer",
                "city_rank": "integer", "start": "integer", "end": "integer", "number_start": "integer",
                "number_end": "integer", "line": "integer", "numeral": "integer", "unsure": "integer",
                "reviews_year": "integer", "targets_year": "integer"}  # fmt: skip
CONSTRAINTS = {
    ("candidates", "candidate_id"): {"required": True, "unique": True, "pattern": r"^c\d{4,}$"},
    ("candidates", "status"): {"required": True, "enum": list(drafting.STATUSES)},
    ("candidates", "bound"): {
        "required": True,
        "enum": ["point", "approx", "at_least", "more_than", "at_most", "range"],
    },
    ("candidates", "stretch"): {"enum": list(STRETCH_WORDS)},
    ("candidates", "measure"): {"required": True, "enum": ["level", "growth_rate", "ratio", "capacity"]},
    ("candidates", "kind"): {"required": True, "enum": ["actual", "target", "context"]},
    ("candidates", "unit"): {"required": True},
    ("candidates", "quote"): {"required": True},
    ("candidates", "start"): {"required": True, "minimum": 0},
    ("candidates", "end"): {"required": True, "minimum": 0},
    ("candidates", "number_start"): {"required": True, "minimum": 0},
    ("candidates", "number_end"): {"required": True, "minimum": 0},
    ("candidates", "city_share_pct"): {"exclusiveMinimum": 0, "maximum": 100},
    ("candidates", "city_rank"): {"minimum": 1},
    ("candidates", "numeral"): {"required": True, "minimum": 0, "maximum": 1},
    ("candidates", "unsure"): {"required": True, "minimum": 0, "maximum": 1},
    ("non_figures", "number"): {"required": True},
    ("non_figures", "reason"): {"required": True},
    ("report", "admin_level"): {"enum": ["province", "city", "county", "district"]},
    ("report", "delivered"): {"pattern": r"^\d{4}-\d{2}-\d{2}$"},
}
# What each column of the draft's tables means (the draft's own data dictionary, in its datapackage.json).
FIELD_DESCRIPTIONS = {
    "candidate_id": "The candidate's id in this draft, in reading order (c0001 …).",
    "status": "proposed by the rules; accepted, edited or rejected by the curator.",
    "value": "The number as the report writes it (its low end for a range).",
    "value_high": "The high end of a range (9 in 8%—9%); empty otherwise.",
    "unit": "The unit written after the number (亿元, 个, %); one not in data/units.csv is marked unsure.",
    "bound": "point, approx, at_least, more_than, at_most or range: from qualifier_zh (gwr.rules.wording).",
    "stretch": "力争, 争取, 确保 or 努力 when the clause sets the figure as a stretch goal; empty otherwise.",
    "qualifier_zh": "The report's own words that bound or stretch the number, … where the number stands.",
    "measure": "level, growth_rate (增长8%), ratio (占比, 率) or capacity (设计产能).",
    "kind": "actual (a result), target or context, from the part of the report it stands in.",
    "year": "The year the figure is for: the year reviewed, the target year, or one its clause names.",
    "period": "A multi-year period (2021-2025) for 十四五 or a five-year part; empty otherwise.",
    "indicator": "The codebook's indicator its words name (data/indicators.csv); empty when none fits.",
    "indicator_wording": "The codebook's wording found next to the number.",
    "sector": "The indicator's sector in the codebook.",
    "city_share_pct": "A share of the city (占全市的47%) stated for the figure.",
    "city_rank": "A rank in the city (全市第一) stated for the figure.",
    "numeral": "1 when the number is written in words (两支, 翻番), 0 in digits.",
    "quote": "The clause, verbatim: the text between start and end.",
    "locator": "Where it stands: part, heading and paragraph (一（二）第1段), or the paragraph alone.",
    "start": "Offset of the quote in the text (source/<name>.txt).",
    "end": "Offset where the quote ends.",
    "number_start": "Offset of the number itself.",
    "number_end": "Offset where the number (both ends of a range) ends.",
    "line": "The source file's line the paragraph began on.",
    "unsure": "1 when the rules were unsure of the candidate; why_unsure says why.",
    "why_unsure": "Why the rules were unsure (or, once rejected, the curator's reason).",
    "note": "The curator's note on the figure (English).",
    "note_zh": "The same note in Chinese.",
    "pair_note": "How the figure differs from another year's figure of its indicator (English).",
    "pair_note_zh": "The same in Chinese.",
    "number": "The number or numeral as written.",
    "context": "The words around it.",
    "reason": "Why it is no figure: year, date, ordinal, outline, plan_name, formula, threshold, time_limit, …",
}
NON_FIGURE_DESCRIPTIONS = {
    "start": "Offset of the number in the text; empty for a page-number line the text leaves out.",
    "end": "Offset where the number ends.",
    "line": "The source file's line it stands on.",
    "unsure": "1 when the rules were unsure of the reason.",
    "why_unsure": "Why they were unsure.",
}
DESCRIPTIONS = {
    "candidates": "Every candidate figure of the text, as the drafting rules read it; a curator accepts, edits or rejects each.",
    "non_figures": "Every other number and numeral of the text, with the reason it is not a figure.",
    "report": "The report's register row, as far as its text states it; the curator fills the rest.",
}


class OutputExists(FileExistsError):
    """The output folder holds files already."""


def _field(table: str, name: str) -> dict:
    field = {"name": name, "type": NUMBER_TYPES.get(name, "string")}
    described = {**FIELD_DESCRIPTIONS, **NON_FIGURE_DESCRIPTIONS} if table == "non_figures" else FIELD_DESCRIPTIONS
    if table != "report" and name in described:
        field["description"] = described[name]
    constraints = CONSTRAINTS.get((table, name), {})
    if constraints:
        field["constraints"] = constraints
    return field


def descriptor(source: Source, text_path: str, text_sha256: str) -> dict:
    tables = {
        "candidates": drafting.CANDIDATE_COLUMNS,
        "non_figures": drafting.NON_FIGURE_COLUMNS,
        "report": register.COLUMNS,
    }
    return {
        "name": f"draft-{source.sha256[:12]}",
        "status": "draft",
        "resources": [
            {
                "name": name,
                "path": {"candidates": CANDIDATES, "non_figures": NON_FIGURES, "report": REPORT}[name],
                "description": DESCRIPTIONS[name],
                "schema": {"fields": [_field(name, column) for column in columns]},
            }
            for name, columns in tables.items()
        ],
        "sources": [
            {
                "path": text_path,
                "sha256": text_sha256,
                "note": "The text as paragraphs, one a line, rebuilt from the original; every offset points into it.",
                "original": {
                    "name": source.path.name,
                    "kind": source.kind,
                    "sha256": source.sha256,
                    "pages": source.pages,
                },
            }
        ],
    }


def check_writable(out: Path) -> None:
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise OutputExists(
            f"{out} exists and is not an empty folder: a draft is never written over one (it may hold a "
            "curator's work). Give a new folder."
        )


def write(draft: drafting.Draft, source: Source, out: Path) -> list[str]:
    """Write the draft package to `out` (whole or not at all); returns what the curator must still supply."""
    check_writable(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        text_path = f"source/{source.path.stem}.txt"
        text_bytes = (draft.document.text + "\n").encode("utf-8")
        text_sha256 = hashlib.sha256(text_bytes).hexdigest()
        (scratch / "source").mkdir()
        (scratch / text_path).write_bytes(text_bytes)
        row, todo = register.guess(draft.document.text, draft.years, text_path, text_sha256)
        draft.candidates.to_csv(scratch / CANDIDATES, index=False, encoding="utf-8", lineterminator="\n")
        draft.non_figures.to_csv(scratch / NON_FIGURES, index=False, encoding="utf-8", lineterminator="\n")
        pd.DataFrame([row], columns=register.COLUMNS).to_csv(
            scratch / REPORT, index=False, encoding="utf-8", lineterminator="\n"
        )
        (scratch / DESCRIPTOR).write_text(
            json.dumps(descriptor(source, text_path, text_sha256), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
        if out.exists():
            out.rmdir()
        scratch.rename(out)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    return todo
