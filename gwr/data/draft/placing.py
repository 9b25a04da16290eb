"""Where a candidate stands says what it is: kind, year and period.

A review part gives the year reviewed's results, a targets part the target year's targets, a five-year
part a period, the glossary context (or a target it restates). A clause that names its year (2022年达到
500亿元), a plan (“十四五”) or a deadline (到2025年) says more than its part. A text without an outline (a
news passage) is read sentence by sentence: a year named, then the cue words of targets (预期目标, 力争,
今年, 年内 …) and of results (去年, 一年来, 同比 …); such a candidate is always marked unsure.
"""

from __future__ import annotations

import re

from gwr.data.draft.document import Document, PartKind, part_year
from gwr.data.draft.records import Candidate, Years, clause, sentence

TARGET_CUES = ("预期目标", "目标是", "目标为", "力争", "确保", "争取", "计划", "今年", "年内", "将", "要")
RESULT_CUES = ("去年", "上年", "过去一年", "一年来", "同比", "比上年")
BY_YEAR = re.compile(r"到(20\d\d)年")  # 到2025年 … 达到: the year a target is for
YEAR_NAMED = re.compile(r"(?<!\d)20\d\d年(?!\d{0,2}月)")
PERIOD_PLAN = re.compile(r"“?十([三四五六])五”?")
PLAN_FIRST_YEAR = {"三": 2016, "四": 2021, "五": 2026, "六": 2031}


def place(drafter, candidate: Candidate, head: str) -> None:
    """kind, year and period from the part the number stands in, or from the words around it."""
    text, start = drafter.doc.text, candidate.number_start
    kind = drafter.doc.kind_at(start)
    part = drafter.doc.part_at(start)
    stated = part_year(part.title) if part else None
    reviews = drafter.years.reviews or (stated if kind == PartKind.REVIEW else None)
    targets = drafter.years.targets or (stated if kind == PartKind.TARGETS else None)
    sentence_start, sentence_end = sentence(text, start)
    own = text[clause(text, start, candidate.number_end)[0] : start]  # the number's own clause
    year_here = re.findall(r"(?<!\d)(20\d\d)年(?!\d{0,2}月)", own) or re.findall(
        r"(?<!\d)(20\d\d)年(?!\d{0,2}月)", head
    )
    if kind in (PartKind.REVIEW, PartKind.PERIOD_REVIEW):
        candidate.kind, candidate.year = "actual", stated or reviews
    elif kind in (PartKind.TARGETS, PartKind.PERIOD_TARGETS):
        candidate.kind, candidate.year = "target", stated or targets
    elif kind == PartKind.GLOSSARY:
        candidate.kind, candidate.year = "context", targets
        if _restates_target(drafter.doc, candidate):
            candidate.kind = "target"
            candidate.unsure.append("a glossary entry that restates a target of the report")
    elif kind == PartKind.FRONT:
        candidate.kind, candidate.year = "context", targets
        candidate.unsure.append("stands before the report's first part")
    else:
        _kind_from_words(drafter.years, candidate, text[sentence_start:sentence_end], head)
    by_year = BY_YEAR.search(text[sentence_start : candidate.number_start])
    if kind == PartKind.PERIOD_REVIEW and reviews:
        candidate.period, candidate.year = f"{reviews - 4}-{reviews}", reviews
        candidate.unsure.append(f"a five-year review: read as the period {candidate.period}")
    elif kind == PartKind.PERIOD_TARGETS and targets:
        end = int(by_year[1]) if by_year else targets + 4
        candidate.period, candidate.year = f"{targets}-{end}", end
        candidate.unsure.append(f"a five-year plan: read as the period {candidate.period}")
    if (plan := PERIOD_PLAN.search(own)) or (not YEAR_NAMED.search(own) and (plan := PERIOD_PLAN.search(head))):
        first = PLAN_FIRST_YEAR[plan[1]]
        candidate.period, candidate.year = f"{first}-{first + 4}", first + 4
        candidate.kind = "target" if candidate.kind != "actual" else "actual"
    elif by_year and candidate.kind != "actual" and not candidate.period and not YEAR_NAMED.search(own):
        candidate.year = int(by_year[1])
        candidate.kind = "target"
    elif year_here and candidate.kind != "actual":
        named = int(year_here[-1])
        if named != candidate.year:
            candidate.year = named
            if candidate.kind == "context":
                candidate.kind = "target"
    elif candidate.kind == "context" and candidate.stretch:
        candidate.kind = "target"
    if "累计" in own:
        candidate.unsure.append("累计: a cumulative figure, over a period its clause may not state")
    if candidate.measure == "capacity":
        candidate.kind = "context"
    if candidate.year is None:
        candidate.unsure.append("the year is not stated and the report's year is unknown (give --year)")


def _restates_target(doc: Document, candidate: Candidate) -> bool:
    """Whether a clause of the glossary stands, word for word, in a targets part too."""
    quote = doc.text[candidate.quote_start : candidate.quote_end]
    at = doc.text.find(quote)
    while at != -1:
        if doc.kind_at(at) in (PartKind.TARGETS, PartKind.PERIOD_TARGETS):
            return True
        at = doc.text.find(quote, at + 1)
    return False


def _kind_from_words(years: Years, candidate: Candidate, sentence: str, head: str) -> None:
    """No outline: results and targets told apart by the words of the sentence."""
    reviews, targets = years.reviews, years.targets
    named = [
        int(y) for y in re.findall(r"(?<!\d)(20\d\d)年(?!\d{0,2}月\d)", sentence[: sentence.find(head) + len(head)])
    ]
    named = named or [int(y) for y in re.findall(r"(?<!\d)(20\d\d)年", sentence)]
    if (
        any(cue in sentence for cue in ("预期目标", "目标是", "目标为"))
        or candidate.stretch
        or (named and targets and named[-1] >= targets)
    ):
        candidate.kind = "target"
    elif (named and reviews and named[-1] <= reviews) or any(cue in sentence for cue in RESULT_CUES):
        candidate.kind = "actual"
    elif any(cue in sentence[: sentence.find(head) + len(head)] for cue in TARGET_CUES):
        candidate.kind = "target"
    else:
        candidate.kind = "actual"
        candidate.unsure.append("no outline and no cue word: read as a result")
    if named:
        candidate.year = named[-1]
    else:
        candidate.year = targets if candidate.kind == "target" else reviews
    candidate.unsure.append("no outline: kind read from the words around")
