"""Numbers written in words: a count in numerals (两支, 三大, 千亩), a multiple (翻番, 翻一番, 倍增), full
coverage (全覆盖), the only one (唯一); everything else in numerals is the report's outline (一、, 一是),
an ordinal (第十六届, 党的二十大), a plan's name (“十四五”, a quoted “三个一批”), a formula every report
repeats (八项规定), a first place (首家) or an idiom (一年来, 一体化). A count in words is always marked
unsure: it may belong in claims.csv, or be no figure at all.
"""

from __future__ import annotations

import re

from gwr.data.draft import placing, units
from gwr.data.draft.records import Candidate, clause, inside_quotes
from gwr.data.report import NUMERAL_WORD, numeral_value

IDIOM = "idiom"
# Political formulas every report of the genre repeats: names, never quantities.
FORMULAS = ("八项规定", "两个确立", "两个维护", "四个意识", "四个自信", "四个全面", "五位一体", "两个毫不动摇", "三个务必",
            "一带一路", "三新一高", "两个大局", "两个结合")  # fmt: skip


def read(drafter) -> None:
    text = drafter.doc.text
    digits = [(c.number_start, c.number_end) for c in drafter.candidates]
    digits += [(n.start, n.end) for n in drafter.non_figures if n.start is not None]
    for match in NUMERAL_WORD.finditer(text):
        start, end, word = match.start(), match.end(), match.group()
        if any(s <= start and end <= e for s, e in drafter.covered):
            continue
        if any(s < end and start < e for s, e in digits):
            continue
        if any(c.number_end <= start and end <= c.unit_end for c in drafter.candidates):
            drafter.non(word, start, end, "unit")  # 百 of 个百分点, 万 of a unit the rules split
            continue
        reason, candidate = _numeral(drafter, word, start, end)
        if candidate:
            drafter.candidates.append(candidate)
        else:
            drafter.non(word, start, end, reason)


def _numeral(drafter, word: str, start: int, end: int) -> tuple[str, Candidate | None]:
    text = drafter.doc.text
    after, before = text[end : end + 6], text[max(start - 6, 0) : start]
    paragraph_start = drafter.doc.paragraph_span(start)[0]
    if start == paragraph_start and (after.startswith("、") or drafter.doc.is_heading(start)):
        return "outline", None
    if text[start - 1 : start] in "（(" and after.startswith(("）", ")")):
        return "outline", None
    if after.startswith("是") or word in ("一方面", "另一方面") or (after.startswith("方面") and before.endswith("另")):
        return "outline", None
    if "〇" in text[max(start - 1, 0) : end + 1] or (after.startswith("年") and "〇" in before):
        return "year", None  # 二〇二五年
    if after.startswith(("月", "日", "季度")) and not after.startswith("月均"):
        return "date", None  # 一月十日, 一季度, 前三季度
    if word.startswith("第") or after.startswith(("届", "次会议", "次全会", "次党代会", "次全体会议", "期")):
        return "ordinal", None
    if after.startswith(("年行动", "年攻坚", "年计划")):
        return "plan_name", None  # 三年行动计划
    if before.endswith("党的") and after.startswith("大"):  # 党的二十大: the 20th Party Congress
        return "ordinal", None
    if after.startswith(("个方面工作", "方面工作")):  # the report's own plan: 九个方面工作
        return "outline", None
    if word in ("一", "一一") and before.endswith("唯"):  # 为全市唯一, 唯一一家: the only one
        unit = units.unit_at(text, end, drafter.data_dir) or "个"
        return _word_candidate(drafter, 1.0, unit, "level", start, end, "唯一")
    if any(text.startswith(formula, start - k) for formula in FORMULAS for k in range(len(formula))):
        return "formula", None
    if placing.PERIOD_PLAN.fullmatch(word) or word in ("十三五", "十四五", "十五五"):
        return "plan_name", None
    if inside_quotes(text, start):
        return "plan_name", None
    if word in ("一", "两") and before.endswith("翻") and after.startswith("番"):  # 翻一番 ×2, 翻两番 ×4
        return _word_candidate(drafter, 2.0 ** numeral_value(word), "倍", "level", start, end, f"翻{word}番")
    if word in ("翻番", "倍增"):
        return _word_candidate(drafter, 2.0, "倍", "level", start, end, word)
    if word == "全覆盖":
        return _word_candidate(drafter, 100.0, units.PERCENT, "ratio", start, end, word)
    if word.startswith("首"):
        return "first", None
    if (
        before.endswith("每")
        and word in ("十", "百", "千", "万", "十万", "百万")
        and after.startswith(("人", "户", "名"))
    ):
        return "definition", None  # 每万人发明专利拥有量: per 10,000 people, a rate's base
    if after.startswith("级") or (
        word.endswith(("亿", "万")) and after.startswith("元") and drafter.threshold("元", end + 1)
    ):
        return "threshold", None  # 百亿级产业集群, 超千万元村
    scale = word[-1] if word.endswith(("亿", "万")) and len(word) > 1 else ""  # 千亿元: 1000 × 亿元
    value = numeral_value(word[: len(word) - len(scale)])
    if value is None or value == 1 or (word.startswith("一") and len(word) == 1):
        return IDIOM, None
    unit = units.unit_at(text, end, drafter.data_dir) or ("个" if after.startswith("国") else "")
    if scale and unit:
        unit = units.unit_at(scale + unit, 0, drafter.data_dir) or unit
    if after.startswith("大") and not after.startswith(("大会", "大力", "大学", "大道", "大厦", "大街", "大型")):
        return _word_candidate(drafter, value, "个", "level", start, end + 1, word, structure=True)
    if (unit and unit not in ("年", "月", "天", "方")) or (unit == "年" and before.endswith("每")):
        # 千亩温棚, 万亩菊花: a scale in words right before a noun describes a project: context.
        scale = units.dimension(unit, drafter.data_dir) == "area" and not re.match(
            r"[，。；、的]", text[end + len(unit) : end + len(unit) + 1]
        )
        return _word_candidate(drafter, value, unit, "level", start, end + len(unit), word, structure=scale)
    return IDIOM, None


def _word_candidate(
    drafter, value: float, unit: str, measure: str, start: int, end: int, word: str, structure: bool = False
) -> tuple[str, Candidate]:
    clause_start, clause_end = clause(drafter.doc.text, start, end)
    candidate = Candidate(value, unit, measure, clause_start, clause_end, start, end, numeral=True)
    candidate.unsure.append(f"written in words ({word}): curate as a claim (claims.csv) or a non-figure")
    head = drafter.doc.text[clause_start:start]
    candidate.qualifier_zh = drafter._qualifier(head, drafter.doc.text, "", end, start)
    placing.place(drafter, candidate, head)
    if structure:
        candidate.kind = "context"
        candidate.unsure.append("a count in words that describes (三大…, 千亩…): read as context, not a target")
    candidate.indicator = ""
    return "", candidate
