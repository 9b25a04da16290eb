"""A report's text in, its candidate figures and listed non-figures out, as tables.

`draft_text` runs the genre's rules (`document` rebuilds paragraphs and the outline, `figures` reads
every number) and returns the two tables a draft package holds; `years_of` says which years the text
reviews and targets, from the caller, the title or the outline.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from gwr.data.draft import codebook, document, figures
from gwr.data.draft.document import Document, PartKind
from gwr.data.draft.records import Years
from gwr.data.package import plain_number
from gwr.paths import DATA_DIR

CANDIDATE_COLUMNS = [
    "candidate_id", "status", "value", "value_high", "unit", "bound", "stretch", "qualifier_zh", "measure",
    "kind", "year", "period", "indicator", "indicator_wording", "sector", "city_share_pct", "city_rank", "numeral",
    "quote", "locator", "start", "end", "number_start", "number_end", "line", "unsure", "why_unsure",
    "note", "note_zh", "pair_note", "pair_note_zh",
]  # fmt: skip
# What the curator writes and the rules cannot: a note on the figure, a note on how it pairs with another
# year's figure of its indicator, each in English and in Chinese (the curated tables' columns).
NOTE_COLUMNS = ("note", "note_zh", "pair_note", "pair_note_zh")
NON_FIGURE_COLUMNS = ["number", "context", "reason", "start", "end", "line", "unsure", "why_unsure"]
# A candidate's status as the curator goes: proposed by the drafter, then accepted, edited or rejected.
STATUSES = ("proposed", "accepted", "edited", "rejected")


class NoFigures(ValueError):
    """The text holds no figure of the genre."""


@dataclass(frozen=True)
class Draft:
    document: Document
    years: Years
    candidates: pd.DataFrame
    non_figures: pd.DataFrame


def years_of(doc: Document, year: int | None = None) -> Years:
    """The year targeted (delivered) and the year reviewed: from `year` when given, else the title's date
    (2023年2月21日在…), else the parts' headings (2022年工作回顾); unknown when none says."""
    delivered = year or document.delivered_year(doc.text)
    if delivered:
        return Years(delivered - 1, delivered)
    reviews = targets = None
    for heading in doc.headings:
        stated = document.part_year(heading.title)
        if heading.level == 1 and stated and heading.kind == PartKind.REVIEW:
            reviews = reviews or stated
        if heading.level == 1 and stated and heading.kind == PartKind.TARGETS:
            targets = targets or stated
    if reviews and not targets:
        targets = reviews + 1
    if targets and not reviews:
        reviews = targets - 1
    return Years(reviews, targets)


def draft_text(text: str, paragraphs_native: bool = False, year: int | None = None, data_dir: Path = DATA_DIR) -> Draft:
    """Candidates and non-figures of a report's text; NoFigures when it holds no figure of the genre."""
    doc = document.build(text, paragraphs_native)
    years = years_of(doc, year)
    candidates, non_figures = figures.Drafter(doc, years, data_dir).run()
    if not any(not c.numeral for c in candidates):
        raise NoFigures("no figure of a government work report: no number with a unit (亿元, 个, %)")
    rows = []
    for number, c in enumerate(candidates, start=1):
        rows.append(
            {
                "candidate_id": f"c{number:04d}",
                "status": "proposed",
                "value": plain_number(c.value),
                "value_high": plain_number(c.value_high),
                "unit": c.unit,
                "bound": c.bound,
                "stretch": c.stretch,
                "qualifier_zh": c.qualifier_zh,
                "measure": c.measure,
                "kind": c.kind,
                "year": "" if c.year is None else str(c.year),
                "period": c.period,
                "indicator": c.indicator,
                "indicator_wording": c.indicator_wording,
                "sector": codebook.sector(c.indicator, data_dir),
                "city_share_pct": plain_number(c.city_share_pct),
                "city_rank": "" if c.city_rank is None else str(c.city_rank),
                "numeral": "1" if c.numeral else "0",
                "quote": doc.text[c.quote_start : c.quote_end],
                "locator": doc.locator_at(c.number_start),
                "start": str(c.quote_start),
                "end": str(c.quote_end),
                "number_start": str(c.number_start),
                "number_end": str(c.number_end),
                "line": str(doc.line_at(c.number_start)),
                "unsure": "1" if c.unsure else "0",
                "why_unsure": "; ".join(dict.fromkeys(c.unsure)),
                **dict.fromkeys(NOTE_COLUMNS, ""),
            }
        )
    listed = [
        {
            "number": n.number,
            "context": n.context,
            "reason": n.reason,
            "start": "" if n.start is None else str(n.start),
            "end": "" if n.end is None else str(n.end),
            "line": "" if n.line is None else str(n.line),
            "unsure": "1" if n.unsure else "0",
            "why_unsure": n.unsure,
        }
        for n in non_figures
    ]
    return Draft(
        doc,
        years,
        pd.DataFrame(rows, columns=CANDIDATE_COLUMNS, dtype=str),
        pd.DataFrame(listed, columns=NON_FIGURE_COLUMNS, dtype=str),
    )
