"""A draft against a curated package of the same text: which candidates are curated figures.

A curated fact is anchored where its value stands in its quote (every occurrence, on the text with
whitespace removed); a candidate where its number stands. A candidate and a fact at the same place
are a pair (one to one, the same indicator first); a pair is *right* when value, unit, bound, kind and
year all agree. A claim written in words is anchored at its words (市十大, 两支) the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from gwr.data.report import Report, squash, tokens, word_tokens

KEY = ("value", "unit", "bound", "kind", "year")


@dataclass(frozen=True)
class Pair:
    candidate: int  # index in the candidates frame
    row: int  # index in the curated frame
    right: bool  # value, unit, bound, kind and year agree
    fields: tuple[str, ...]  # the ones that differ


def _close(a, b) -> bool:
    try:
        return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))
    except (TypeError, ValueError):
        return str(a or "") == str(b or "")


def _text(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def candidate_places(candidates: pd.DataFrame, report: Report, squashed_text: str) -> list[int | None]:
    """The squashed-report offset of each candidate's number: its quote found in the report, the
    occurrence nearest where the number stands in the draft's own text."""
    places = []
    for _, row in candidates.iterrows():
        quote = squash(row["quote"])
        inside = len(squash(squashed_text[int(row["start"]) : int(row["number_start"])]))
        estimate = len(squash(squashed_text[: int(row["number_start"])]))
        found = report.find_all(quote)
        places.append(min((at + inside for at in found), key=lambda p: abs(p - estimate)) if found else None)
    return places


def fact_anchors(facts: pd.DataFrame, report: Report) -> list[set[int]]:
    """Where each fact's value (or the share it states) stands: token offsets inside its quote."""
    anchors = []
    for _, row in facts.iterrows():
        quote = squash(row["quote"])
        values = [float(row["value"])]
        found = set()
        for start in report.find_all(quote):
            for token in tokens(quote):
                if any(_close(r, v) for r in token.readings(quote) for v in values):
                    found.add(start + token.start)
        anchors.append(found)
    return anchors


def claim_anchors(claims: pd.DataFrame, report: Report) -> list[set[int]]:
    """Where each claim's words stand: the offsets of the numerals and quantity words inside them."""
    anchors = []
    for _, row in claims.iterrows():
        quote, words = squash(row["quote"]), squash(row["words_zh"])
        found = set()
        for start in report.find_all(quote):
            at = quote.find(words)
            while at != -1:
                found |= {start + at + t.start for t in word_tokens(words)}
                at = quote.find(words, at + 1)
        anchors.append(found)
    return anchors


def pairs(
    candidates: pd.DataFrame, places: list[int | None], curated: pd.DataFrame, anchors: list[set[int]]
) -> list[Pair]:
    """One-to-one pairs of candidates and curated rows at the same place, rows in order; for each row
    the candidate of the same indicator first, then the one that agrees on most of KEY."""
    used: set[int] = set()
    found = []
    for row_index, (_, row) in enumerate(curated.iterrows()):
        options = [i for i, place in enumerate(places) if place in anchors[row_index] and i not in used]
        if not options:
            continue

        def differing(i: int, row=row) -> tuple[str, ...]:
            candidate = candidates.iloc[i]
            return tuple(k for k in KEY if not _close(candidate[k], _text(row[k])))

        best = min(
            options,
            key=lambda i: (candidates.iloc[i]["indicator"] != _text(row.get("indicator")), len(differing(i))),
        )
        used.add(best)
        diff = differing(best)
        found.append(Pair(best, row_index, not diff, diff))
    return found
