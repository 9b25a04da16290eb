"""The report text: whitespace-free search, number tokens and the section outline.

The PDF extraction broke lines mid-sentence and put spaces around numbers, so every
comparison with the report is made on text with all whitespace removed ("squashed").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jianxi.paths import REPORT_TEXT

NUMBER = re.compile(r"\d+(?:\.\d+)?(?:/\d+)?")
# Chinese numerals and quantity words: a run of numeral characters (with 第 for an ordinal and a
# trailing 亿 as in 百亿级), 倍增, 翻番, 全覆盖, and the 首 words of a first place (首位, 首家, 首个,
# 首笔, 首单, 首创) or a first batch (首批). A run right after a digit is the unit of a digit number
# (1.4万); 零 in 零售 (retail) is not a numeral.
NUMERAL_WORD = re.compile(
    r"(?<![\d.])第?(?:[一二三四五六七八九十百千万两双]|零(?!售))+亿?|倍增|翻番|全覆盖|首[位家个笔单创批]"
)
_DIGIT_CHARS = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "双": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_LARGE_UNITS = {"万": 10_000, "亿": 100_000_000}
_WORD_VALUES = {"翻番": 2.0, "倍增": 2.0, "全覆盖": 100.0, "唯一": 1.0, "未发生": 0.0}
_ORDINAL_WORDS = {"首位": 1, "首家": 1, "首个": 1, "首笔": 1, "首单": 1, "首创": 1}
_WHITESPACE = re.compile(r"\s+")
_PART_ONE_HEADING = re.compile(r"^一年来，我们(.+?)，(.+?)[。，]$")
_PART_THREE_HEADING = re.compile(r"^（[一二三四五六七八九]）.+$")
_GLOSSARY_TERM = re.compile(r"^([^：，。]{1,30})：")

PART_ONE = "一、2022年工作回顾"
PART_TWO = "二、2023年目标任务"
PART_THREE = "三、2023年重点工作安排"
GLOSSARY = "名词解释"
FRONT_MATTER = "封面与导言"


def squash(text: str) -> str:
    """Remove every whitespace character."""
    return _WHITESPACE.sub("", text)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    def readings(self, squashed: str) -> set[float]:
        """Numeric readings of the token in its text: 3/4 reads as 75 (a percentage); a number
        before 万 or 亿 also reads at full size (1.4万 → 14000)."""
        if "/" in self.text:
            numerator, denominator = self.text.split("/")
            return {round(float(numerator) / float(denominator) * 100, 6)}
        readings = {float(self.text)}
        scale = {"万": 1e4, "亿": 1e8}.get(squashed[self.end : self.end + 1])
        if scale:
            readings.add(round(float(self.text) * scale, 6))
        return readings


def tokens(squashed: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in NUMBER.finditer(squashed)]


def word_tokens(squashed: str) -> list[Token]:
    """Chinese numerals and quantity words (see NUMERAL_WORD)."""
    return [Token(m.start(), m.end(), m.group()) for m in NUMERAL_WORD.finditer(squashed)]


def numeral_value(text: str) -> float | None:
    """The number a run of Chinese numerals writes (两 → 2, 千万 → 10000000, 二十 → 20), or None
    when the run is not one number (十四五, 一一, 双双)."""
    total, section, digit = 0, 0, None
    for char in text:
        if char in _DIGIT_CHARS:
            if digit is not None:
                return None
            digit = _DIGIT_CHARS[char]
        elif char in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[char]
            digit = None
        elif char in _LARGE_UNITS:
            total += ((section + (digit or 0)) or 1) * _LARGE_UNITS[char]
            section, digit = 0, None
        else:
            return None
    return float(total + section + (digit or 0))


def word_values(words: str) -> set[float]:
    """Cardinal readings of a claim's words: its numerals (not ordinals) and the quantity words
    翻番/倍增 (×2), 全覆盖 (100 %), 唯一 (1), 未发生 (0)."""
    values = {v for w, v in _WORD_VALUES.items() if w in words}
    for token in word_tokens(words):
        if not token.text.startswith("第") and (value := numeral_value(token.text)) is not None:
            values.add(value)
    return values


def word_ranks(words: str) -> set[int]:
    """Ordinal readings of a claim's words: 第一 → 1; 首位, 首家, 首个, 首笔, 首单, 首创 → 1 (首批, a
    first batch, is not a place)."""
    ranks = {r for w, r in _ORDINAL_WORDS.items() if w in words}
    for token in word_tokens(words):
        if token.text.startswith("第") and (value := numeral_value(token.text[1:])) is not None:
            ranks.add(int(value))
    return ranks


def number_values(squashed: str) -> set[float]:
    """Every numeric reading of the numbers in a piece of squashed text, including 万/亿 scaling."""
    return {value for token in tokens(squashed) for value in token.readings(squashed)}


@dataclass(frozen=True)
class Section:
    name: str
    start: int  # offset in the squashed text
    line: int  # 1-based line in the shipped text


@dataclass(frozen=True)
class Report:
    raw: str
    squashed: str
    line_of_offset: tuple[int, ...]  # squashed offset -> 1-based raw line
    sections: tuple[Section, ...]

    def find_all(self, fragment: str) -> list[int]:
        """Offsets (squashed) of every occurrence of a fragment, compared without whitespace."""
        needle = squash(fragment)
        if not needle:
            return []
        found, at = [], self.squashed.find(needle)
        while at != -1:
            found.append(at)
            at = self.squashed.find(needle, at + 1)
        return found

    def section_at(self, offset: int) -> str:
        starts = [s.start for s in self.sections]
        index = bisect_right(starts, offset) - 1
        return self.sections[index].name if index >= 0 else FRONT_MATTER

    def line_at(self, offset: int) -> int:
        return self.line_of_offset[min(offset, len(self.line_of_offset) - 1)]

    @property
    def section_names(self) -> list[str]:
        return [FRONT_MATTER] + [s.name for s in self.sections]


def _outline(lines: list[str]) -> list[tuple[str, int]]:
    """(section name, 0-based line index) of each heading, in reading order."""
    outline: list[tuple[str, int]] = []
    part = None
    for index, raw_line in enumerate(lines):
        line = raw_line.strip()
        if line.replace(" ", "") in (PART_ONE, PART_TWO, PART_THREE):
            part = line.replace(" ", "")
            outline.append((part, index))
        elif line.startswith("《政府工作报告》名词解释"):
            part = GLOSSARY
        elif part == PART_ONE and (match := _PART_ONE_HEADING.match(line)):
            outline.append((f"{PART_ONE} / {match.group(2)}", index))
        elif part == PART_THREE and _PART_THREE_HEADING.match(line):
            outline.append((f"{PART_THREE} / {line}", index))
        elif part == GLOSSARY and (match := _GLOSSARY_TERM.match(line)):
            outline.append((f"{GLOSSARY} / {squash(match.group(1))}", index))
    return outline


def load() -> Report:
    """The shipped report."""
    return load_from(REPORT_TEXT)


@cache
def load_from(path: Path) -> Report:
    raw = path.read_text(encoding="utf-8")
    lines = raw.split("\n")
    line_of_offset: list[int] = []
    line_start_offsets: list[int] = []
    for number, line in enumerate(lines, start=1):
        line_start_offsets.append(len(line_of_offset))
        line_of_offset.extend([number] * len(squash(line)))
    sections = tuple(Section(name, line_start_offsets[index], index + 1) for name, index in _outline(lines))
    return Report(raw, squash(raw), tuple(line_of_offset), sections)
