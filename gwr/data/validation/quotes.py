"""Quotes and locators: every quoted clause is in the report, where its locator says, and keeps the
qualifier words (以上, 约, 力争 …) its row's bound and stretch say.
"""

from __future__ import annotations

import pandas as pd

from gwr.data.outline import is_review
from gwr.data.package import Problem, csv_line
from gwr.data.report import (
    Report,
    squash,
)
from gwr.rules import wording


def in_report(report: Report, file: str, frame: pd.DataFrame, column: str) -> list[Problem]:
    """A problem for every text of `column` that the report does not hold."""
    return [
        Problem(file, csv_line(i), column, f"not found in the report (compared without whitespace): {text[:40]}…")
        for i, text in frame[column].items()
        if pd.notna(text) and not report.find_all(text)
    ]


def locator_problems(
    row: pd.Series, offsets: list[int], report: Report, known_sections: set[str], file: str, line: int
) -> list[Problem]:
    """The row's section holds its quote, and its kind agrees with the part: results (actual) are
    reported in part 一 only, and nothing in part 一 is a target."""
    problems = []
    if row["section"] not in known_sections:
        problems.append(Problem(file, line, "section", f"{row['section']!r} is not a section of the report's outline"))
    elif offsets and row["section"] not in {report.section_at(o) for o in offsets}:
        problems.append(
            Problem(
                file,
                line,
                "section",
                f"the quote stands under {report.section_at(offsets[0])!r}, not {row['section']!r}",
            )
        )
    problems += _paragraph_locator_problems(row, offsets, report, file, line)
    part = row["section"].split(" / ")[0]
    in_review = is_review(part)
    if row["kind"] == "actual" and not in_review:
        problems.append(
            Problem(
                file,
                line,
                "kind",
                f"'actual' is a result of the year reviewed, but the row stands in {row['section']!r}",
            )
        )
    if row["kind"] == "target" and in_review:
        problems.append(Problem(file, line, "kind", f"'target' in {part}, which reports results"))
    return problems


def _paragraph_locator_problems(
    row: pd.Series, offsets: list[int], report: Report, file: str, line: int
) -> list[Problem]:
    """The quote stands inside one paragraph, and the row's locator is the one the text gives for it
    (python -m gwr.data derive refills it)."""
    in_section = [o for o in offsets if report.section_at(o) == row["section"]]
    if not in_section:
        return []  # reported as a quote or section problem
    offset = in_section[0]
    problems = []
    if offset + len(squash(row["quote"])) > report.paragraph_span(offset)[1]:
        problems.append(Problem(file, line, "quote", "runs across a paragraph break of the report"))
    expected = report.locator_at(offset).code
    if row.get("locator") != expected:
        problems.append(
            Problem(
                file,
                line,
                "locator",
                f"{row.get('locator')!r} is not where the quote stands: {expected!r} (run python -m gwr.data derive)",
            )
        )
    return problems


def qualifier_word_problems(row: pd.Series, quote: str, file: str, line: int) -> list[Problem]:
    """The report's words must stand in the quote, and the stretch word (and for a fact the bound) must
    be what those words say (gwr.rules.wording)."""
    words = row["qualifier_zh"] if pd.notna(row["qualifier_zh"]) else ""
    problems = [
        Problem(file, line, "qualifier_zh", f"{part!r} is not in the quote")
        for part in filter(None, words.split("…"))
        if part not in quote
    ]
    expected = {"stretch": wording.stretch_of(words)}
    if "bound" in row.index:
        expected["bound"] = wording.bound_of(words, row.get("value_high")).value
    for column, value in expected.items():
        stated = row[column] if pd.notna(row[column]) else ""
        if stated != value:
            says = f"say {value!r}" if value else "hold no such word"
            problems.append(
                Problem(
                    file, line, column, f"{stated!r} does not agree with the qualifier words {words!r}, which {says}"
                )
            )
    return problems
