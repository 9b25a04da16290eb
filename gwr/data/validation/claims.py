"""The rules of a claim (claims.csv): each type of claim names what it needs (a rank its scope, a
superlative its word, a structure its parts), in its quote.
"""

from __future__ import annotations

import pandas as pd

from gwr.data.package import Problem, csv_line
from gwr.data.report import (
    SUPERLATIVE_WORDS,
    Report,
    squash,
    word_ranks,
    word_tokens,
    word_values,
)
from gwr.data.validation import figures, quotes

CLAIM_NEEDS = {
    "rank": ("rank", "scope"),
    "first": ("rank", "scope"),
    "grade": ("grade",),
    "quantity_words": ("value", "unit"),
    "zero": ("value", "unit"),
    "multiple": ("value", "unit"),
    "full_coverage": ("value", "unit"),
    "implied_share": ("value", "unit", "fact_id", "city_share_pct"),
    "superlative": ("rank", "scope"),
    "direction": (),
}


SCOPE_WORDS = {"city": "全市", "province": "全省", "country": "全国"}
# Words that name the parts a plan or a definition is organised by: a count of them is context, never a
# target (data/README.md, "Counts of a plan's parts").
STRUCTURE_WORDS = ("方面", "方向", "类", "板块", "领域", "产业集群")


def _claim_type_problems(row: pd.Series, words: str, file: str, line: int) -> list[Problem]:
    """The rules of a claim type beyond the columns it needs: a superlative holds a 最 word and the word
    of its scope; a first is in time, so a 最 word makes it a superlative; a direction states no number
    and is a target; a count of the parts a plan is organised by is not a target."""
    claim_type, problems = row["claim_type"], []
    superlatives = [w for w in SUPERLATIVE_WORDS if w in words]
    if claim_type == "superlative":
        if not superlatives:
            problems.append(
                Problem(
                    file, line, "words_zh", f"{row['words_zh']!r} holds no superlative ({', '.join(SUPERLATIVE_WORDS)})"
                )
            )
        if pd.notna(row["scope"]) and SCOPE_WORDS[row["scope"]] not in words:
            problems.append(
                Problem(
                    file,
                    line,
                    "scope",
                    f"{row['scope']}, but {row['words_zh']!r} does not say {SCOPE_WORDS[row['scope']]}",
                )
            )
    elif claim_type == "first" and superlatives:
        problems.append(
            Problem(
                file,
                line,
                "claim_type",
                f"first, but {superlatives[0]} is first by size or degree, not in time: superlative",
            )
        )
    if claim_type == "direction":
        for column in ("value", "unit", "rank", "grade"):
            if pd.notna(row[column]):
                problems.append(Problem(file, line, column, "has a value, but a direction claim states no number"))
        if word_tokens(words):
            problems.append(
                Problem(file, line, "words_zh", f"{row['words_zh']!r} holds a numeral: a direction states no number")
            )
        if row["kind"] != "target":
            problems.append(Problem(file, line, "kind", f"{row['kind']}, but a direction claim is a target"))
    structure = [w for w in STRUCTURE_WORDS if w in words]
    if claim_type == "quantity_words" and structure and row["kind"] == "target":
        problems.append(
            Problem(
                file,
                line,
                "kind",
                f"target, but {row['words_zh']!r} counts the {structure[0]} a plan is organised by: that is context",
            )
        )
    return problems


def claim_problems(claims: pd.DataFrame, facts: pd.DataFrame | None, report: Report, file: str) -> list[Problem]:
    """A claim without a digit: its quote, section and kind as for facts; its words in the quote, and
    its value or rank the reading of those words; the columns its type needs."""
    problems = quotes.in_report(report, file, claims, "quote")
    known_sections = set(report.section_names)
    fact_values = facts.set_index("fact_id")["value"] if facts is not None else pd.Series(dtype=float)
    for i, row in claims.iterrows():
        line = csv_line(i)
        quote, words = squash(row["quote"]), squash(row["words_zh"])
        problems += quotes.locator_problems(row, report.find_all(quote), report, known_sections, file, line)
        problems += quotes.qualifier_word_problems(row, quote, file, line)
        if words not in quote:
            problems.append(Problem(file, line, "words_zh", f"{row['words_zh']!r} is not in the quote"))
        for column in CLAIM_NEEDS[row["claim_type"]]:
            if pd.isna(row[column]):
                problems.append(Problem(file, line, column, f"is empty, but a {row['claim_type']} claim needs it"))
        problems += _claim_type_problems(row, words, file, line)
        if pd.notna(row["value"]) and not any(figures.close(row["value"], v) for v in word_values(words)):
            problems.append(
                Problem(
                    file,
                    line,
                    "value",
                    f"{row['value']:g} is not what {row['words_zh']!r} says ({sorted(word_values(words))})",
                )
            )
        if pd.notna(row["rank"]) and int(row["rank"]) not in word_ranks(words):
            problems.append(Problem(file, line, "rank", f"{row['rank']} is not the place {row['words_zh']!r} states"))
        if pd.notna(row["grade"]) and squash(row["grade"]) not in words:
            problems.append(Problem(file, line, "grade", f"{row['grade']!r} is not in words_zh"))
        if row["claim_type"] == "implied_share" and pd.notna(row["city_share_pct"]) and row["fact_id"] in fact_values:
            expected = fact_values[row["fact_id"]] / row["value"] * 100
            if not figures.close(row["city_share_pct"], expected):
                problems.append(
                    Problem(
                        file,
                        line,
                        "city_share_pct",
                        f"{row['city_share_pct']:g} ≠ {fact_values[row['fact_id']]:g} ÷ {row['value']:g} × 100 = {expected:g}",
                    )
                )
    return problems
