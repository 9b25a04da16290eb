"""A report's text as paragraphs and an outline, rebuilt from whatever layout it arrived in.

Text extracted from a PDF keeps the printed lines: sentences break mid-line, page numbers stand on
lines of their own (— 28 —, - 3 -, 第3页) and the extraction puts spaces around numbers. A Word or
HTML copy has real paragraphs. Either way the result is one paragraph a line, whitespace removed
between Chinese characters, and an outline of parts (一、…) and headings (（一）…) with what each
part is about: the review of a year (results), the year's targets and plans, a five-year period,
the glossary, or the front matter.

The rules are the genre's, not one report's: a part heading is a short line 一、…; a review part
says 回顾, 过去一年, 工作总结 …; a targets part says 目标, 任务, 安排, 重点工作 ….
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import pairwise

from gwr.data.outline import (
    GLOSSARY_WORDS,
    NUMERALS,
    PART_HEADING,
    SECTION_HEADING,
    PartKind,
    classify_part,
    is_part_heading,
    is_section_heading,
    numeral_number,
)

PAGE_LINE = re.compile(r"^[—\-–－_\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*/\s*\d{1,4})?[—\-–－_\s]*$")
_SENTENCE_END = "。！？：；”」…"
_KEEP_SPACE = re.compile(r"[A-Za-z0-9]")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９％", "0123456789%")
_FULL_WIDTH_POINT = re.compile(r"(?<=\d)．(?=\d)")
_SPACES = re.compile(r"[ \t\u3000\xa0]+")
YEAR = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d)年")
DELIVERED = re.compile(
    r"(?<!\d)(20\d\d)年\s*(\d{1,2})月\s*(\d{1,2})日\s*在|(?<!\d)(20\d\d)年[^，。\n]{0,12}政府工作报告"
)


@dataclass(frozen=True)
class Heading:
    start: int  # offset in Document.text of the heading's paragraph
    level: int  # 1: a part (一、…); 2: a heading in it (（一）…); a glossary term is 2 as well
    number: int | None  # its printed number, None when unnumbered
    title: str
    kind: PartKind  # for a part; a heading takes its part's


@dataclass(frozen=True)
class Document:
    """The report as paragraphs (one a line of `text`) with its outline and the lines it dropped."""

    text: str
    paragraph_starts: tuple[int, ...]
    headings: tuple[Heading, ...]
    dropped: tuple[tuple[int, str], ...] = ()  # (1-based source line, text) of page-number lines
    source_lines: tuple[int, ...] = field(default=(), repr=False)  # 1-based source line of each paragraph

    def paragraph_at(self, offset: int) -> int:
        """0-based index of the paragraph holding an offset."""
        return max(bisect_right(self.paragraph_starts, offset) - 1, 0)

    def paragraph_span(self, offset: int) -> tuple[int, int]:
        index = self.paragraph_at(offset)
        start = self.paragraph_starts[index]
        end = self.paragraph_starts[index + 1] - 1 if index + 1 < len(self.paragraph_starts) else len(self.text)
        return start, end

    def line_at(self, offset: int) -> int:
        """The 1-based line of the source the offset's paragraph began on."""
        return self.source_lines[self.paragraph_at(offset)] if self.source_lines else self.paragraph_at(offset) + 1

    def part_at(self, offset: int) -> Heading | None:
        parts = [h for h in self.headings if h.level == 1 and h.start <= offset]
        return parts[-1] if parts else None

    def heading_at(self, offset: int) -> Heading | None:
        """The level-2 heading an offset stands under, within its part."""
        part = self.part_at(offset)
        inside = [
            h for h in self.headings if h.level == 2 and h.start <= offset and (part is None or h.start > part.start)
        ]
        return inside[-1] if inside else None

    def kind_at(self, offset: int) -> PartKind:
        part = self.part_at(offset)
        if part is None:
            return PartKind.FRONT if any(h.level == 1 for h in self.headings) else PartKind.UNKNOWN
        return part.kind

    def is_heading(self, offset: int) -> bool:
        start = self.paragraph_starts[self.paragraph_at(offset)]
        return any(h.start == start for h in self.headings)

    def locator_at(self, offset: int) -> str:
        """Where an offset stands, in the form the curated tables use: 一（二）第1段, 二、第3段, 导言第2段,
        名词解释：天使贷; 第5段 when the text has no outline."""
        paragraph = self.paragraph_at(offset)
        part, heading = self.part_at(offset), self.heading_at(offset)
        anchor = heading or part
        if anchor is None:
            has_parts = any(h.level == 1 for h in self.headings)
            return f"导言第{paragraph + 1}段" if has_parts else f"第{paragraph + 1}段"
        count = paragraph - self.paragraph_at(anchor.start)
        if part is not None and part.kind == PartKind.GLOSSARY:
            term = heading.title if heading else part.title
            return f"名词解释：{term}" + (f"，第{count}段" if heading and count > 1 else "")
        part_code = _numeral(part.number) if part and part.number else "？"
        head = f"（{_numeral(heading.number)}）" if heading and heading.number else ("（）" if heading else "、")
        if heading and not heading.number:
            siblings = [h for h in self.headings if h.level == 2 and part and h.start > part.start]
            siblings = [h for h in siblings if self.part_at(h.start) == part]
            head = f"（{_numeral(siblings.index(heading) + 1)}）"
        return f"{part_code}{head}第{max(count, 1)}段"


def _numeral(number: int) -> str:
    if number <= 10:
        return NUMERALS[number - 1]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else NUMERALS[tens - 1]) + "十" + (NUMERALS[ones - 1] if ones else "")


def width(line: str) -> int:
    """A line's printed width: a CJK character counts 2, spaces nothing."""
    return sum(0 if c.isspace() else 2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in line)


def tidy(text: str) -> str:
    """Whitespace removed, except a single space between two Latin letters or digits (5G XR, Tech Park);
    full-width digits and signs of numbers (６．５％, as Word and web copies often write them) in ASCII."""
    text = _FULL_WIDTH_POINT.sub(".", text.translate(_FULL_WIDTH))
    pieces = _SPACES.split(text.strip())
    out = pieces[0] if pieces else ""
    for piece in pieces[1:]:
        if (
            out
            and piece
            and _KEEP_SPACE.match(out[-1])
            and _KEEP_SPACE.match(piece[0])
            and (out[-1].isalpha() or piece[0].isalpha())
        ):
            out += " "
        out += piece
    return out


def _heading_line(line: str) -> bool:
    squashed = tidy(line)
    if len(squashed) <= 20 and any(word in squashed for word in GLOSSARY_WORDS) and squashed[-1] not in "，、。":
        return True
    return is_part_heading(squashed) or is_section_heading(squashed)


def _paragraphs_from_layout(lines: list[str]) -> tuple[list[str], list[int], list[tuple[int, str]]]:
    """Layout lines (a PDF's) joined into paragraphs. A line starts a new paragraph when it is a
    heading, follows a heading, or follows a line that ended a sentence short of the full width; blank
    lines count as breaks only when they are rare (some extractions put one after every line)."""
    numbered = list(enumerate(lines, start=1))
    dropped = [(n, line.strip()) for n, line in numbered if line.strip() and PAGE_LINE.match(line.strip())]
    dropped_lines = {n for n, _ in dropped}
    content = [(n, line) for n, line in numbered if n not in dropped_lines]
    nonblank = [line for _, line in content if line.strip()]
    blanks_between = sum(1 for (_, a), (_, b) in pairwise(content) if a.strip() and not b.strip())
    blanks_break = bool(nonblank) and blanks_between < 0.3 * len(nonblank)
    widths = sorted(width(line) for line in nonblank)
    full = widths[int(len(widths) * 0.8)] if widths else 0
    paragraphs: list[str] = []
    starts: list[int] = []
    previous: str | None = None
    for number, raw in content:
        line = raw.strip()
        if not line:
            if blanks_break:
                previous = None
            continue
        heading = _heading_line(line)
        # A paragraph ended on the line before when that line ended a sentence and stopped short of the
        # full width, or when this line is itself short by an indent of one or two characters.
        ended = (
            previous is not None
            and tidy(previous)[-1:] in _SENTENCE_END
            and (width(previous) < 0.9 * full or full - 10 <= width(line) <= full - 2)
        )
        if previous is None or heading or ended or _heading_line(previous):
            paragraphs.append(tidy(line))
            starts.append(number)
        else:
            joined = tidy(paragraphs[-1] + " " + line)
            paragraphs[-1] = joined
        previous = line
    return paragraphs, starts, dropped


def build(text: str, paragraphs_native: bool = False) -> Document:
    """The Document of a text: layout lines rebuilt into paragraphs unless they already are."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if paragraphs_native:
        dropped = [
            (n, line.strip()) for n, line in enumerate(lines, 1) if line.strip() and PAGE_LINE.match(line.strip())
        ]
        paragraphs, source_lines = [], []
        for number, line in enumerate(lines, 1):
            if not line.strip() or (number, line.strip()) in dropped:
                continue
            # A copy that breaks its paragraphs mid-sentence (a <br> or a <p> a printed line) is joined up.
            if (
                paragraphs
                and paragraphs[-1][-1] not in _SENTENCE_END + "！"
                and not _heading_line(paragraphs[-1])
                and not _heading_line(line)
            ):
                paragraphs[-1] = tidy(paragraphs[-1] + " " + line)
                continue
            paragraphs.append(tidy(line))
            source_lines.append(number)
    else:
        paragraphs, source_lines, dropped = _paragraphs_from_layout(lines)
    starts, offset = [], 0
    for paragraph in paragraphs:
        starts.append(offset)
        offset += len(paragraph) + 1
    headings = _outline(paragraphs, starts)
    return Document("\n".join(paragraphs), tuple(starts), tuple(headings), tuple(dropped), tuple(source_lines))


def _outline(paragraphs: list[str], starts: list[int]) -> list[Heading]:
    headings: list[Heading] = []
    part: Heading | None = None
    for paragraph, start in zip(paragraphs, starts, strict=True):
        if match := PART_HEADING.match(paragraph):
            if paragraph[-1] in "。；" or len(paragraph) > 40:
                continue
            part = Heading(start, 1, numeral_number(match[1]), match[2], classify_part(match[2]))
            headings.append(part)
        elif any(word in paragraph for word in GLOSSARY_WORDS) and len(paragraph) <= 20:
            part = Heading(start, 1, None, paragraph, PartKind.GLOSSARY)
            headings.append(part)
        elif (match := SECTION_HEADING.match(paragraph.split("。")[0])) and part is not None:
            # （一）坚持项目为王。 alone on its line, or leading its paragraph's first sentence.
            headings.append(Heading(start, 2, numeral_number(match[1]), match[2], part.kind))
        elif (
            part is not None
            and part.kind == PartKind.GLOSSARY
            and (term := re.match(r"^([^：，。]{1,30})：", paragraph))
        ):
            headings.append(Heading(start, 2, None, term[1], PartKind.GLOSSARY))
    return headings


def delivered_year(text: str) -> int | None:
    """The year a report was delivered, from its title or its date line (2023年2月21日在…), else None."""
    match = DELIVERED.search(text[:2000])
    if not match:
        return None
    return int(match[1] or match[4])


def part_year(title: str) -> int | None:
    """The year a part heading names (2022年工作回顾 → 2022), else None."""
    match = YEAR.search(title)
    return int(match[1]) if match else None
