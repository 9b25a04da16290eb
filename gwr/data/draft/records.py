"""What the drafting rules produce, and where a number stands in its text.

A candidate figure and a listed non-figure, with their places in the rebuilt text (Document.text); the
years a report speaks of; the clause and the sentence around an offset; whether it stands in “…”.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gwr.rules import wording

CLAUSE_END = "，；。！？：\n"
SENTENCE_END = "；。！？\n"


@dataclass
class Candidate:
    value: float | None
    unit: str
    measure: str
    quote_start: int  # the clause in Document.text
    quote_end: int
    number_start: int  # the number itself (both ends of a range)
    number_end: int
    qualifier_zh: str = ""
    value_high: float | None = None
    kind: str = ""
    year: int | None = None
    period: str = ""
    indicator: str = ""
    indicator_wording: str = ""
    city_share_pct: float | None = None
    city_rank: int | None = None
    unit_end: int = 0  # where the unit (and 以上, 左右 …) ends
    numeral: bool = False  # written in Chinese numerals (两支, 三大) or a quantity word (翻番)
    unsure: list[str] = field(default_factory=list)

    @property
    def bound(self) -> str:
        return wording.bound_of(self.qualifier_zh, self.value_high).value

    @property
    def stretch(self) -> str:
        return wording.stretch_of(self.qualifier_zh)


@dataclass(frozen=True)
class NonFigure:
    number: str
    start: int | None  # in Document.text; None for a dropped page-number line
    end: int | None
    reason: str
    context: str
    unsure: str = ""
    line: int | None = None  # 1-based line of the source


@dataclass(frozen=True)
class Years:
    """The years a report speaks of: the one it reviews and the one it targets (either may be unknown)."""

    reviews: int | None
    targets: int | None


def clause(text: str, at: int, end: int) -> tuple[int, int]:
    """(start, end) of the clause around text[at:end]: from the last ，；。！？： before it to the next."""
    start = max(text.rfind(c, 0, at) for c in CLAUSE_END) + 1
    stops = [i for c in CLAUSE_END if (i := text.find(c, end)) != -1]
    return start, min(stops, default=len(text))


def sentence(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the sentence around an offset: from the last ；。！？ before it to the next."""
    start = max(text.rfind(c, 0, at) for c in SENTENCE_END) + 1
    stops = [i for c in SENTENCE_END if (i := text.find(c, at)) != -1]
    return start, min(stops, default=len(text))


def inside_quotes(text: str, at: int) -> bool:
    """Whether `at` stands inside “…” (a name or slogan)."""
    opened = text.rfind("“", 0, at)
    return opened != -1 and text.rfind("”", 0, at) < opened and text.find("”", at) != -1
