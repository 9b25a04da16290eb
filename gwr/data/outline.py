"""The outline of a government work report, by the genre's rules: parts, their headings, what each part
is about.

A part heading is a short line 一、… standing alone; a heading within a part is （一）…, alone or leading
its paragraph's first sentence; the glossary is headed 名词解释. What a part is about follows from its
heading's words: a review part says 回顾, 过去一年, 工作总结 …; a targets part says 目标, 任务, 安排,
重点工作 …; 五年, 十三五, 十四五 make either a period. Both the curated report (gwr.data.report) and a
draft (gwr.data.draft.document) read their outlines by these rules.
"""

from __future__ import annotations

import re
from enum import StrEnum

NUMERALS = "一二三四五六七八九十"
PART_HEADING = re.compile(rf"^([{NUMERALS}]{{1,3}})、(.{{1,40}})$")
SECTION_HEADING = re.compile(rf"^[（(]([{NUMERALS}]{{1,3}})[）)](.{{1,60}})$")


class PartKind(StrEnum):
    """What a part of a report is about, which sets the kind and year of the figures in it."""

    FRONT = "front"  # title, date, the opening words: before the first part
    REVIEW = "review"  # the year reviewed: results
    PERIOD_REVIEW = "period_review"  # 过去五年, 十三五 …: results over a period
    TARGETS = "targets"  # the target year: targets and plans
    PERIOD_TARGETS = "period_targets"  # 今后五年, 十四五 …: targets over a period
    GLOSSARY = "glossary"  # 名词解释: definitions
    UNKNOWN = "unknown"  # no outline, or a part the words do not tell: read each sentence's own words


REVIEW_WORDS = ("回顾", "过去一年", "工作总结", "一年来", "主要工作", "工作成效", "取得的成绩")
PERIOD_WORDS = ("五年", "十三五", "十四五", "十五五")
TARGET_WORDS = ("目标", "任务", "安排", "重点工作", "工作部署", "今年", "总体要求", "主要工作建议", "自身建设")
GLOSSARY_WORDS = ("名词解释", "名词注释", "注释")


def classify_part(title: str) -> PartKind:
    """A part heading's subject by its words: 2022年工作回顾 → review; 2023年目标任务 → targets."""
    if any(word in title for word in GLOSSARY_WORDS):
        return PartKind.GLOSSARY
    period = any(word in title for word in PERIOD_WORDS)
    if any(word in title for word in REVIEW_WORDS) or "过去" in title:
        return PartKind.PERIOD_REVIEW if period and "过去一年" not in title else PartKind.REVIEW
    if any(word in title for word in TARGET_WORDS) or "今后" in title:
        return PartKind.PERIOD_TARGETS if period else PartKind.TARGETS
    return PartKind.UNKNOWN


def numeral_number(text: str) -> int | None:
    """一 → 1, 十二 → 12 (headings' numbers)."""
    if not text or any(c not in NUMERALS for c in text):
        return None
    if text == "十":
        return 10
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (NUMERALS.index(tens) + 1 if tens else 1) * 10 + (NUMERALS.index(ones) + 1 if ones else 0)
    return NUMERALS.index(text) + 1 if len(text) == 1 else None


def is_part_heading(line: str) -> bool:
    """A part heading (一、2024年工作回顾): short, alone on its line, not a sentence."""
    return bool(PART_HEADING.match(line)) and len(line) <= 40 and line[-1] not in "。；，、"


def is_review(title: str) -> bool:
    return classify_part(title) in (PartKind.REVIEW, PartKind.PERIOD_REVIEW)


def is_section_heading(line: str) -> bool:
    """A heading within a part on a line of its own ((一)坚持项目为王): short, and no sentence ends inside it
    (a line （一）坚持项目为王。力争… is a paragraph that opens with its heading)."""
    return (
        bool(SECTION_HEADING.match(line))
        and len(line) <= 60
        and line[-1] not in "，、"
        and not any(c in line[:-1] for c in "。；！？")
    )
