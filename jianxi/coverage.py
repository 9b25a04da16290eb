"""Coverage: every number in the report is a captured figure or a listed non-figure."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from jianxi.report import Report, Token, squash, tokens


@dataclass(frozen=True)
class Uncovered:
    token: Token
    line: int
    context: str

    def __str__(self) -> str:
        return f"report line {self.line}: {self.token.text!r} in …{self.context}…"


def _spans(report: Report, fragment: str) -> list[tuple[int, int]]:
    length = len(squash(fragment))
    return [(start, start + length) for start in report.find_all(fragment)]


def _inside(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(start <= token.start and token.end <= end for start, end in spans)


def _captures(token: Token, squashed: str, values: set[float]) -> bool:
    readings = token.readings(squashed)
    return any(abs(r - v) <= 1e-9 * max(1.0, abs(v)) for r in readings for v in values)


def uncovered(report: Report, facts: pd.DataFrame, non_figures: pd.DataFrame) -> list[Uncovered]:
    """Numbers of the report that no fact row and no non-figure row accounts for."""
    claims: list[tuple[list[tuple[int, int]], set[float] | None, str | None]] = []
    for row in facts.itertuples():
        values = {v for v in (row.value, row.value_base, row.city_share_pct) if pd.notna(v)}
        claims.append((_spans(report, row.quote), values, None))
    for row in non_figures.itertuples():
        claims.append((_spans(report, row.context), None, row.number))
    left = []
    for token in tokens(report.squashed):
        covered = any(
            _inside(token, spans)
            and (token.text == number if values is None else _captures(token, report.squashed, values))
            for spans, values, number in claims
        )
        if not covered:
            context = report.squashed[max(0, token.start - 12) : token.end + 12]
            left.append(Uncovered(token, report.line_at(token.start), context))
    return left
