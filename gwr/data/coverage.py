"""Coverage: every number of the report is a captured figure, a claim or a listed non-figure.

Two kinds of token are checked. Digit numbers (713, 1.4, 3/4) are covered by a fact whose quote
holds the token and whose value reads it, or by a non-figure row. Chinese numerals and quantity
words (两, 千, 第一, 翻番, 全覆盖 …) are covered by a claim whose quote holds the token inside the
claim's own words, by a fact whose city_rank the token states (全市第一 → 1), or by a non-figure row.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from gwr.data.report import Report, Token, squash, tokens, word_ranks, word_tokens


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


def _word_spans(report: Report, quote: str, words: str) -> list[tuple[int, int]]:
    """Where a claim's words stand inside each occurrence of its quote."""
    quote, words = squash(quote), squash(words)
    spans = []
    for start in report.find_all(quote):
        at = quote.find(words)
        while at != -1:
            spans.append((start + at, start + at + len(words)))
            at = quote.find(words, at + 1)
    return spans


def _leftovers(report: Report, found: list[Token], covered) -> list[Uncovered]:
    left = []
    for token in found:
        if not covered(token):
            context = report.squashed[max(0, token.start - 12) : token.end + 12]
            left.append(Uncovered(token, report.line_at(token.start), context))
    return left


def _non_figure_spans(report: Report, non_figures: pd.DataFrame) -> list[tuple[list[tuple[int, int]], str]]:
    return [(_spans(report, row.context), row.number) for row in non_figures.itertuples()]


def uncovered(report: Report, facts: pd.DataFrame, non_figures: pd.DataFrame) -> list[Uncovered]:
    """Digit numbers of the report that no fact row and no non-figure row accounts for."""
    by_facts = []
    for row in facts.itertuples():
        values = {v for v in (row.value, row.value_high, row.value_base, row.city_share_pct) if pd.notna(v)}
        by_facts.append((_spans(report, row.quote), values))
    by_non_figures = _non_figure_spans(report, non_figures)

    def covered(token: Token) -> bool:
        return any(
            _inside(token, spans) and _captures(token, report.squashed, values) for spans, values in by_facts
        ) or any(_inside(token, spans) and token.text == number for spans, number in by_non_figures)

    return _leftovers(report, tokens(report.squashed), covered)


def uncovered_words(
    report: Report, facts: pd.DataFrame, claims: pd.DataFrame, non_figures: pd.DataFrame
) -> list[Uncovered]:
    """Chinese numerals and quantity words of the report that no claim, no fact rank and no
    non-figure row accounts for."""
    by_claims = [_word_spans(report, row.quote, row.words_zh) for row in claims.itertuples()]
    ranked = facts[facts["city_rank"].notna()]
    by_ranks = [(_spans(report, row.quote), int(row.city_rank)) for row in ranked.itertuples()]
    by_non_figures = _non_figure_spans(report, non_figures)

    def covered(token: Token) -> bool:
        return (
            any(_inside(token, spans) for spans in by_claims)
            or any(_inside(token, spans) and rank in word_ranks(token.text) for spans, rank in by_ranks)
            or any(_inside(token, spans) and token.text == number for spans, number in by_non_figures)
        )

    return _leftovers(report, word_tokens(report.squashed), covered)
