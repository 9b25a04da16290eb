"""Guessing a figure's indicator from the indicator codebook's local wordings.

A report names what it measures in its own words (规上工业增加值, 规模以上工业增加值). The codebook
(`data/indicators.csv`) lists, for each indicator, the wordings that mean it. The guess is the longest
wording that stands in the words around the number and whose dimension fits the number's unit (money
for 亿元, a count for 家); a growth rate fits any indicator with a level, a ratio only an indicator that
is a percentage. Nothing is guessed when no wording fits: a wrong join is worse than none.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from gwr.data import package
from gwr.paths import DATA_DIR

CODEBOOK = "indicators.csv"
# Dimensions that count things: a count in 个 fits an indicator counted in 家 or 项.
COUNTS = {"count", "registrations"}
PEOPLE = {"people", "person_times"}


@dataclass(frozen=True)
class Wording:
    text: str
    indicator: str
    dimension: str
    measure: str


@cache
def wordings(data_dir: Path = DATA_DIR) -> tuple[Wording, ...]:
    """Every wording of the codebook, longest first (an empty tuple when there is no codebook)."""
    path = data_dir / CODEBOOK
    if not path.exists():
        return ()
    table = package.read_text_table(path)
    found = [
        Wording(text.strip(), row["indicator"], row["dimension"], row["measure"])
        for _, row in table.iterrows()
        for text in row["wordings_zh"].split("|")
        if text.strip()
    ]
    return tuple(sorted(found, key=lambda w: len(w.text), reverse=True))


def fits(wording: Wording, measure: str, dimension: str) -> bool:
    """Whether an indicator can be measured by a number of this measure and unit dimension."""
    if measure == "growth_rate":
        return wording.measure != "ratio" or wording.dimension == "percent"
    if measure == "ratio" or dimension in ("percent", "percentage_points"):
        return wording.dimension == "percent"
    if not dimension or not wording.dimension:
        return True
    if dimension in COUNTS and wording.dimension in COUNTS:
        return True
    if dimension in PEOPLE and wording.dimension in PEOPLE:
        return True
    if dimension.startswith("money") and wording.dimension.startswith("money"):
        return True  # 亿美元 for an indicator the codebook keeps in 元: the same thing, another currency
    return dimension == wording.dimension


def guess(before: str, after: str, measure: str, dimension: str, data_dir: Path = DATA_DIR) -> Wording | None:
    """The indicator the words before a number and just after its unit name: the fitting wording
    nearest the number (counted from the end of `before` or the start of `after`), the longest on a tie;
    None when none fits."""
    best: tuple[int, int, Wording] | None = None
    for wording in wordings(data_dir):
        if not fits(wording, measure, dimension):
            continue
        distances = []
        if (at := before.rfind(wording.text)) != -1:
            distances.append(len(before) - (at + len(wording.text)))
        if (at := after.find(wording.text)) != -1:
            distances.append(at)
        if distances:
            key = (min(distances), -len(wording.text))
            if best is None or key < best[:2]:
                best = (*key, wording)
    return best[2] if best else None


def all_in(subjects: list[str], measure: str, dimension: str, data_dir: Path = DATA_DIR) -> list[Wording] | None:
    """The indicator of each of several listed subjects (地区生产总值、人均GDP…增长8%), or None unless
    every subject ends in a fitting wording."""
    found = []
    for subject in subjects:
        match = next((w for w in wordings(data_dir) if subject.endswith(w.text) and fits(w, measure, dimension)), None)
        if match is None:
            return None
        found.append(match)
    return found if len({w.indicator for w in found}) == len(found) else None


@cache
def _sectors(data_dir: Path) -> dict[str, str]:
    path = data_dir / CODEBOOK
    if not path.exists():
        return {}
    table = package.read_text_table(path)
    return dict(zip(table["indicator"], table["sector"], strict=True)) if "sector" in table else {}


def sector(indicator: str, data_dir: Path = DATA_DIR) -> str:
    """The sector the codebook files an indicator under ('' when none or unknown)."""
    return _sectors(data_dir).get(indicator, "")
