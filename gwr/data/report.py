"""The report text: whitespace-free search, number tokens and the section outline.

The PDF extraction broke lines mid-sentence and put spaces around numbers, so every
comparison with the report is made on text with all whitespace removed ("squashed").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from gwr.data import outline as outline_rules
from gwr.data import package
from gwr.paths import REPORT_TEXT

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
# A first place: 首位 … 首创, and “零”的突破 (a breakthrough from zero: the first in its field).
_ORDINAL_WORDS = {"首位": 1, "首家": 1, "首个": 1, "首笔": 1, "首单": 1, "首创": 1, "“零”的突破": 1}
# Superlatives: first by size, speed or degree, not in time (全国最大, 审批最快).
SUPERLATIVE_WORDS = ("最大", "最快", "最短", "最高")
_WHITESPACE = re.compile(r"\s+")
_PART_ONE_HEADING = re.compile(r"^一年来，我们(.+?)，(.+?)[。，]$")
_PART_THREE_HEADING = re.compile(r"^（[一二三四五六七八九]）.+$")
_GLOSSARY_TERM = re.compile(r"^([^：，。]{1,30})：")

PART_ONE = "一、2022年工作回顾"
PART_TWO = "二、2023年目标任务"
PART_THREE = "三、2023年重点工作安排"
GLOSSARY = "名词解释"
GLOSSARY_TITLE = "《政府工作报告》名词解释"
FRONT_MATTER = "封面与导言"
PAGE_MARKER = re.compile(r"^—(\d+)—$")

# Paragraphs. The extraction kept the PDF's lines but not its paragraph indents or blank lines, so a
# paragraph is recognised by its shape: a line after one that ends a sentence starts a new paragraph
# when that line stopped short of the full width (the paragraph ended) or when it is itself two
# characters short (the first line's indent). Widths count a CJK character as 2 and ignore the
# spaces the extraction put around numbers; a full line is 56 wide.
_SENTENCE_END = "。！？："
_ENDED_SHORT = 50  # at most this wide: the line ended its paragraph
_INDENTED = range(46, 55)  # this wide after a sentence end: an indented first line
# A heading line is short; a longer line that begins like one (一年来，我们…, （一）…) is a paragraph
# that opens with its heading, as a text written a paragraph a line has them.
_HEADING_MAX = 60
# A text whose typical line is wider than a printed line (a paragraph a line, as a draft writes it).
_PARAGRAPH_PER_LINE = 120
_ITEM = re.compile(r"(?:(?<=^)|(?<=[。；！]))(?:[一二三四五六七八九十]是|一方面|另一方面)")
ITEM_NUMBERS = {"一方面": 1, "另一方面": 2}
_NUMERALS = "一二三四五六七八九十"


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
    """Cardinal readings of a claim's words: its numerals (not ordinals), a numeral before 亿 or 万 also
    as a count of that unit (千亿 → 1000), and the quantity words 翻番/倍增 (×2), 全覆盖 (100 %), 唯一 (1),
    未发生 (0)."""
    values = {v for w, v in _WORD_VALUES.items() if w in words}
    for token in word_tokens(words):
        if not token.text.startswith("第") and (value := numeral_value(token.text)) is not None:
            values.add(value)
        if token.text[-1] in "亿万" and (scaled := numeral_value(token.text[:-1])) is not None:
            values.add(scaled)  # 千亿元 is 1000 of 亿元
    return values


def word_ranks(words: str) -> set[int]:
    """Ordinal readings of a claim's words: 第一 → 1; 首位, 首家, 首个, 首笔, 首单, 首创, “零”的突破 → 1
    (首批, a first batch, is not a place); a superlative (最大, 最快 …) → 1."""
    ranks = {r for w, r in _ORDINAL_WORDS.items() if w in words}
    ranks |= {1 for w in SUPERLATIVE_WORDS if w in words}
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
class Locator:
    """Where a clause stands in the report's own outline: the part (一, 二, 三, the glossary, the front
    matter), the heading within it, the paragraph under that heading, and the enumerated item
    (一是, 二是 …) of the paragraph when it has them.

    Part 三's headings are printed （一）…（九）; part 一's nine 一年来 headings are printed without a
    number, so they are counted in reading order. Glossary entries are named by their term.
    """

    part: str  # 一, 二, 三, 名词解释 or 封面与导言
    heading: int | None  # 1-based heading within the part; None for the part's opening paragraphs
    heading_title: str | None  # the heading's words (the glossary term for a glossary entry)
    paragraph: int  # 1-based, under the heading (or the part's opening)
    item: str | None  # 一是, 二是 … when the paragraph enumerates

    @property
    def code(self) -> str:
        """The compact form stored in the tables: 一（二）第1段·三是, 二、第3段, 名词解释：天使贷."""
        if self.part == GLOSSARY:
            head = f"{GLOSSARY}：{self.heading_title}"
            return head if self.paragraph == 1 else f"{head}，第{self.paragraph}段"
        if self.part == FRONT_MATTER:
            return f"导言第{self.paragraph}段"
        heading = f"（{_numeral(self.heading)}）" if self.heading else "、"
        item = f"·{self.item}" if self.item else ""
        return f"{self.part}{heading}第{self.paragraph}段{item}"

    def label(self, lang: str) -> str:
        """The locator for a reader: the code in Chinese; Part 1, §(2), para. 1, item 3 in English."""
        if lang == "zh":
            return self.code
        if self.part == GLOSSARY:
            head = f"Glossary, entry {self.heading_title}"
            return head if self.paragraph == 1 else f"{head}, para. {self.paragraph}"
        if self.part == FRONT_MATTER:
            return f"Opening, para. {self.paragraph}"
        parts = [f"Part {_NUMERALS.index(self.part) + 1}"]
        if self.heading:
            parts.append(f"§({self.heading})")
        parts.append(f"para. {self.paragraph}")
        if self.item:
            parts.append(f"item {ITEM_NUMBERS.get(self.item) or _NUMERALS.index(self.item[0]) + 1}")
        return ", ".join(parts)


def _numeral(number: int) -> str:
    return _NUMERALS[number - 1] if number <= 10 else f"十{_NUMERALS[number - 11]}"


_CODE = re.compile(
    r"^(?:(?P<part>[一二三四五六七八九十])(?:（(?P<heading>[一二三四五六七八九十]+)）|、)第(?P<para>\d+)段(?:·(?P<item>[一二三四五六七八九十]是|一方面|另一方面))?"
    r"|导言第(?P<front>\d+)段"
    r"|名词解释：(?P<term>.+?)(?:，第(?P<gpara>\d+)段)?)$"
)


def parse_locator(code: str) -> Locator | None:
    """The Locator a stored code stands for (the heading's words are not in the code); None if it is no code."""
    match = _CODE.match(code or "")
    if not match:
        return None
    if match["term"]:
        return Locator(GLOSSARY, None, match["term"], int(match["gpara"] or 1), None)
    if match["front"]:
        return Locator(FRONT_MATTER, None, None, int(match["front"]), None)
    heading = _NUMERALS.index(match["heading"]) + 1 if match["heading"] and len(match["heading"]) == 1 else None
    if match["heading"] and heading is None:
        heading = 10 + _NUMERALS.index(match["heading"][-1]) + 1
    return Locator(match["part"], heading, None, int(match["para"]), match["item"])


def locator_label(code: str, lang: str) -> str:
    """A stored locator code as a reader's label in the language (the code itself if it is no code)."""
    locator = parse_locator(code)
    return locator.label(lang) if locator else code


@dataclass(frozen=True)
class Report:
    raw: str
    squashed: str
    line_of_offset: tuple[int, ...]  # squashed offset -> 1-based raw line
    sections: tuple[Section, ...]
    paragraph_starts: tuple[int, ...] = ()  # squashed offset where each paragraph begins
    heading_spans: tuple[tuple[int, int], ...] = ()  # squashed (start, end) of each heading line

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

    def section_index(self, offset: int) -> int:
        """Index in section_names of the section holding an offset (0: the front matter)."""
        return bisect_right([s.start for s in self.sections], offset)

    def section_span(self, name: str) -> tuple[int, int]:
        """(start, end) squashed offsets of a section of the outline."""
        index = self.section_names.index(name)
        start = 0 if index == 0 else self.sections[index - 1].start
        end = self.sections[index].start if index < len(self.sections) else len(self.squashed)
        return start, end

    def paragraph_span(self, offset: int) -> tuple[int, int]:
        """(start, end) squashed offsets of the paragraph holding an offset."""
        index = bisect_right(self.paragraph_starts, offset) - 1
        start = self.paragraph_starts[max(index, 0)]
        ends = [s for s, _ in self.heading_spans if s > start]
        if index + 1 < len(self.paragraph_starts):
            ends.append(self.paragraph_starts[index + 1])
        return start, min(ends, default=len(self.squashed))

    def occurrence(self, quote: str, section: str | None = None) -> int | None:
        """Offset of a quote: its first occurrence in the named section, else its first anywhere."""
        offsets = self.find_all(quote)
        in_section = [o for o in offsets if section is None or self.section_at(o) == section]
        return (in_section or offsets or [None])[0]

    def locate(self, quote: str, section: str | None = None) -> Locator | None:
        """The Locator of a quote (its occurrence in `section` when given); None if it is not in the text."""
        offset = self.occurrence(quote, section)
        return None if offset is None else self.locator_at(offset)

    def locator_at(self, offset: int) -> Locator:
        index = self.section_index(offset)
        name = self.section_names[index]
        start, _ = self.section_span(name)
        paragraph_start, _ = self.paragraph_span(offset)
        paragraph = sum(1 for p in self.paragraph_starts if start <= p <= paragraph_start) or 1
        if name == FRONT_MATTER:
            return Locator(FRONT_MATTER, None, None, paragraph, None)
        part_name, _, heading_title = name.partition(" / ")
        if part_name == GLOSSARY:
            return Locator(GLOSSARY, None, heading_title, paragraph, None)
        heading = None
        if heading_title:
            siblings = [s.name for s in self.sections if s.name.startswith(f"{part_name} / ")]
            printed = re.match(r"^（([一二三四五六七八九十])）", heading_title)
            heading = _NUMERALS.index(printed[1]) + 1 if printed else siblings.index(name) + 1
        items = list(_ITEM.finditer(self.squashed[paragraph_start : offset + 1]))
        item = items[-1][0] if items else None
        return Locator(part_name.split("、")[0], heading, heading_title or None, paragraph, item)


def _outline(lines: list[str]) -> list[tuple[str, int]]:
    """(section name, 0-based line index) of each heading, in reading order, by the genre's rules
    (gwr.data.outline): each part (一、…), the unnumbered 一年来，我们… headings of a review part, the
    （一）… headings of any part (the words before the first 。 when the heading leads its paragraph),
    and the glossary's terms."""
    outline: list[tuple[str, int]] = []
    part, review = None, False
    for index, raw_line in enumerate(lines):
        line = raw_line.strip()
        squashed = squash(line)
        if squashed and outline_rules.is_part_heading(squashed):
            part, review = squashed, outline_rules.is_review(squashed)
            outline.append((part, index))
        elif squashed.startswith(GLOSSARY_TITLE) or (
            len(squashed) <= 20 and any(w in squashed for w in outline_rules.GLOSSARY_WORDS) and part is not None
        ):
            part = GLOSSARY
        elif part == GLOSSARY:
            if match := _GLOSSARY_TERM.match(line):
                outline.append((f"{GLOSSARY} / {squash(match.group(1))}", index))
        elif part and review and len(squashed) <= _HEADING_MAX and (match := _PART_ONE_HEADING.match(line)):
            outline.append((f"{part} / {match.group(2)}", index))
        elif part and outline_rules.is_section_heading(squashed):
            outline.append((f"{part} / {line.split('。')[0]}", index))
    return outline


def _width(line: str) -> int:
    return sum(0 if c == " " else 2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in line.strip())


def _paragraph_lines(lines: list[str], heading_lines: set[int], entry_lines: set[int]) -> list[int]:
    """0-based indexes of the lines that begin a paragraph (see _ENDED_SHORT and _INDENTED); each
    glossary entry (entry_lines) begins one."""
    starts, previous = [], None
    widths = sorted(_width(line) for line in lines if line.strip())
    if widths and widths[len(widths) // 2] > _PARAGRAPH_PER_LINE:  # a text written a paragraph a line
        return [i for i, line in enumerate(lines) if line.strip() and i not in heading_lines]
    for index, raw_line in enumerate(lines):
        line = raw_line.strip()
        if not line or PAGE_MARKER.match(squash(line)):
            continue
        if index in heading_lines:
            previous = None
            continue
        ends_sentence = previous is not None and previous.strip()[-1] in _SENTENCE_END
        indented_or_after_short = previous is not None and (
            _width(previous) <= _ENDED_SHORT or _width(line) in _INDENTED
        )
        if previous is None or index in entry_lines or (ends_sentence and indented_or_after_short):
            starts.append(index)
        previous = line
    return starts


def load() -> Report:
    """The shipped report."""
    return load_from(REPORT_TEXT)


def text_path(folder: Path) -> Path:
    """The text of the report a package holds: its descriptor's first source (source/report.txt in a
    further report's package, the shipped text in data/)."""
    return folder / package.descriptor(folder)["sources"][0]["path"]


def of_package(folder: Path) -> Report:
    """The report text of a package (gwr.data.loading.package_folder), read once per path."""
    return load_from(text_path(folder))


@cache
def load_from(path: Path) -> Report:
    raw = path.read_text(encoding="utf-8")
    lines = raw.split("\n")
    line_of_offset: list[int] = []
    line_start_offsets: list[int] = []
    for number, line in enumerate(lines, start=1):
        line_start_offsets.append(len(line_of_offset))
        line_of_offset.extend([number] * len(squash(line)))
    outline = _outline(lines)
    sections = tuple(Section(name, line_start_offsets[index], index + 1) for name, index in outline)
    heading_lines = {index for name, index in outline if not name.startswith(GLOSSARY)}
    heading_lines |= {i for i, line in enumerate(lines) if line.strip() == GLOSSARY_TITLE}
    entry_lines = {index for name, index in outline if name.startswith(GLOSSARY)}
    paragraph_starts = tuple(line_start_offsets[i] for i in _paragraph_lines(lines, heading_lines, entry_lines))
    heading_spans = tuple(
        (line_start_offsets[i], line_start_offsets[i] + len(squash(lines[i]))) for i in sorted(heading_lines)
    )
    return Report(raw, squash(raw), tuple(line_of_offset), sections, paragraph_starts, heading_spans)
