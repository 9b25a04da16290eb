"""Every number of a report read as a candidate figure or a listed non-figure, by the genre's rules.

A figure in a 政府工作报告 is a number with its unit (713亿元, 406个, 8%), the words that bound it
(约, 超过, 以上, 左右, 余), the word that stretches it (力争, 争取, 确保, 努力), what it measures
(增长8% is a growth rate; 占比, 率, 强度 a ratio; 设计产能 a capacity) and where it stands: a review
part gives the year reviewed's results, a targets part the target year's targets. A share of the city
(占全市的47%) and a rank (全市第一) belong to the figure before them. A number that is not a figure
says why: a year, a date, an ordinal (第40届), a plan's name (“25425”), a time limit (3天内), a class
threshold (10亿元以上项目), a technical term (5G).

Each candidate quotes its clause verbatim (text[start:end] of the rebuilt text) and says when the
rules were unsure, and why. The bound and the stretch word come from `gwr.rules.wording`, the rule
the curated tables are checked by.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gwr.data.draft import codebook, units
from gwr.data.draft.document import Document, PartKind, part_year
from gwr.data.report import NUMERAL_WORD, numeral_value
from gwr.rules import wording

NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?(?:/\d+)?")
CLAUSE_END = "，；。！？：\n"
SENTENCE_END = "；。！？\n"
RANGE_JOIN = re.compile(r"^(%?)(?:—|－|-|–|~|～|至|到)(\d+(?:\.\d+)?)")
BEFORE_BOUND = (  # a word right before the number, longest first
    ("不超过", "不超过"),
    ("不高于", "不超过"),
    ("控制在", "控制在"),
    ("不低于", "不低于"),
    ("不少于", "不少于"),
    ("至少", "不少于"),
    ("超过", "超过"),
    ("突破", "突破"),
    ("大约", "约"),
    ("将近", "近"),
    ("接近", "近"),
    ("超", "超"),
    ("逾", "超过"),
    ("约", "约"),
    ("近", "近"),
)
AFTER_BOUND = ("及以上", "以上", "以内", "以下", "左右", "上下")
INFIX_APPROX = ("余", "多")
# A rate of change: the words right before the number say how it moved (增长8%, 增速为8%, 下降了3%).
GROWTH_END = re.compile(
    r"(?:增长率?|增速|增幅|提高|提升|下降|降低|增加|减少|上涨|涨幅|回落|降幅)(?:了|为|达到|达|到|分别为|分别)?$"
)
CAPACITY_WORDS = ("设计产能", "年产能", "年产", "产能", "年处理", "装机容量", "年吞吐")
SHARE = re.compile(r"占(全市|全省|全国|全区|全县|市|省)([^，；。！？]{0,10}?)(?:的|比重|比例)?$")
RANK = re.compile(
    r"(?:居|位居|稳居|位列|排名|排在|保持|为|列)?全市(?:第([一二三四五六七八九十\d]+)位?|首位)"
)
THRESHOLD_NOUNS = ("项目", "企业", "工程", "客商", "园区", "楼宇", "产业集群")
PLAN_QUOTE = re.compile(r"“[\d+\-A-Za-z×*·]+”")
TARGET_CUES = ("预期目标", "目标是", "目标为", "力争", "确保", "争取", "计划", "今年", "年内", "将", "要")
RESULT_CUES = ("去年", "上年", "过去一年", "一年来", "同比", "比上年")
BY_YEAR = re.compile(r"到(20\d\d)年")  # 到2025年 … 达到: the year a target is for
YEAR_NAMED = re.compile(r"(?<!\d)20\d\d年(?!\d{0,2}月)")
PERIOD_PLAN = re.compile(r"“?十([三四五六])五”?")
IDIOM = "idiom"
# Verbs that a parallel clause repeats right before its number (…达到2000亿元，2022年达到500亿元).
PARALLEL_VERBS = ("达到", "实现", "突破", "超过", "完成", "增长")
# Political formulas every report of the genre repeats: names, never quantities.
FORMULAS = ("八项规定", "两个确立", "两个维护", "四个意识", "四个自信", "四个全面", "五位一体", "两个毫不动摇", "三个务必",
            "一带一路", "三新一高", "两个大局", "两个结合")  # fmt: skip
# A figure before this one in the clause (9家、…46家): the words that name this one come after it.
PREVIOUS_FIGURE = re.compile(r"\d+(?:\.\d+)?(?:余|多)?[^\d、，；。]{0,4}?(?:、|和|及)")
AFTER_WINDOW = re.compile(r"[^，；。、\d\n]{0,30}")
GROWTH_ONLY = re.compile(r"(?:同比|比上年|逆势|分别|均|年均|累计)*(?:增长|增速|增幅|提高|下降|上涨)(?:了|为|达)?")
LISTED = re.compile(r"(?:\d+(?:\.\d+)?%?(?:、|和))+$")


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
    subject: str = ""
    city_share_pct: float | None = None
    city_rank: int | None = None
    unit_end: int = 0  # where the unit (and 以上, 左右 …) ends
    numeral: bool = False  # written in Chinese numerals (两支, 三大) or a quantity word (翻番)
    unsure: list[str] = field(default_factory=list)

    @property
    def bound(self) -> str:
        return "range" if self.value_high is not None else wording.bound_of(self.qualifier_zh).value

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


def _clause(text: str, at: int, end: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, at) for c in CLAUSE_END) + 1
    stops = [i for c in CLAUSE_END if (i := text.find(c, end)) != -1]
    return start, min(stops, default=len(text))


def _sentence(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, at) for c in SENTENCE_END) + 1
    stops = [i for c in SENTENCE_END if (i := text.find(c, at)) != -1]
    return start, min(stops, default=len(text))


def _inside_quotes(text: str, at: int) -> bool:
    """Whether `at` stands inside “…” (a name or slogan)."""
    opened = text.rfind("“", 0, at)
    return opened != -1 and text.rfind("”", 0, at) < opened and text.find("”", at) != -1


class Drafter:
    """Reads one Document; `run()` returns its candidates and non-figures."""

    def __init__(self, doc: Document, years: Years, data_dir=None):
        self.doc, self.years = doc, years
        self.data_dir = data_dir or units.DATA_DIR
        self.candidates: list[Candidate] = []
        self.non_figures: list[NonFigure] = []
        self.covered: list[tuple[int, int]] = []  # spans of numbers accounted for (ranks, ranges)

    # --- numbers in digits -------------------------------------------------------------------
    def run(self) -> tuple[list[Candidate], list[NonFigure]]:
        for line, text in self.doc.dropped:
            self.non_figures.append(NonFigure(re.sub(r"\D", "", text), None, None, "page_number", text, line=line))
        skip_until = -1
        for match in NUMBER.finditer(self.doc.text):
            if match.start() < skip_until:
                continue
            skip_until = self._digit(match)
        self._shares_and_ranks()
        self._numerals()
        self.candidates.sort(key=lambda c: (c.number_start, c.indicator))
        self.non_figures.sort(key=lambda n: (n.start if n.start is not None else -1))
        return self.candidates, self.non_figures

    def _non(self, match_text: str, start: int, end: int, reason: str, unsure: str = "") -> None:
        context = self.doc.text[max(start - 8, 0) : end + 8].replace("\n", "")
        self.non_figures.append(NonFigure(match_text, start, end, reason, context, unsure, self.doc.line_at(start)))

    def _digit(self, match: re.Match) -> int:
        """Classify one number in digits; returns the offset up to which later numbers are consumed."""
        text, start, end = self.doc.text, match.start(), match.end()
        token = match.group()
        after = text[end : end + 12]
        before = text[max(start - 12, 0) : start]
        reason = self._not_a_figure(token, start, end, before, after)
        if reason:
            self._non(token, start, end, reason)
            return end
        value = _value(token)
        cursor, value_high, high_end = end, None, end
        if ranged := RANGE_JOIN.match(after):
            value_high, high_end = float(ranged[2]), end + ranged.end()
            cursor = high_end
        infix = next((w for w in INFIX_APPROX if text.startswith(w, cursor)), "")
        unit = units.unit_at(text, cursor + len(infix), self.data_dir)
        if not unit and text.startswith("大", cursor):  # 6大板块: six sectors
            cursor += 1
            unit = units.unit_at(text, cursor, self.data_dir) or "个"
        if "/" in token:  # 3/4 of the city's total reads as 75 %
            unit, value = units.PERCENT, round(value * 100, 6)
        if not unit and ranged and ranged[1]:
            unit = units.PERCENT
        if not unit:
            unit, borrowed = self._borrowed_unit(end)
            if not borrowed:
                self._non(token, start, end, "no_unit", "a number with no unit after it: a name, a code or a count the rules do not read")
                return end
        unit_end = cursor + len(infix) + len(unit) if unit and text.startswith(unit, cursor + len(infix)) else cursor
        if self._threshold(unit, unit_end):
            self._non(token, start, end, "threshold")
            return end
        if text.startswith("内", unit_end) and units.dimension(unit, self.data_dir) == "time":  # 3天内, 1个月内
            self._non(token, start, end, "time_limit")
            return end
        clause_start, clause_end = _clause(text, start, unit_end)
        if (parallel := self._parallel_start(text[clause_start:start], start)) is not None:
            clause_start = parallel
        head = text[clause_start:start]
        qualifier = self._qualifier(head, text, infix, unit_end, start)
        measure = self._measure(unit, head)
        candidate = Candidate(
            value, unit, measure, clause_start, clause_end, start, high_end if ranged else end,
            qualifier_zh=qualifier, value_high=value_high, unit_end=unit_end,
        )
        if unit not in units.curated(self.data_dir):
            candidate.unsure.append(f"unit {unit} is not in units.csv yet")
        self._place(candidate, head)
        self._indicators(candidate, head, unit_end)
        return cursor if ranged else end

    def _not_a_figure(self, token: str, start: int, end: int, before: str, after: str) -> str:
        text = self.doc.text
        previous = text[start - 1] if start else ""
        following = after[:1]
        if re.fullmatch(r"(19[4-9]\d|20\d\d)", token) and (
            after.startswith(("年", "—", "-", "～", "~", "至")) and not after.startswith(("年产", "年均", "年处理"))
        ):
            return "year"
        if re.fullmatch(r"\d{1,2}", token) and (
            (after.startswith(("月份", "日", "号")) and (previous in "年月" or after.startswith("月份")))
            or (after.startswith("月") and not previous.isdigit() and previous in "年，、至到—-")
            or (after.startswith("月") and before.endswith("年"))
        ):
            return "date"
        if re.fullmatch(r"\d{1,2}", token) and after.startswith(("月", "日")) and not after.startswith("月均"):
            return "date"
        if previous == "第" or after.startswith(("届", "次会议", "期", "号文", "版")):
            return "ordinal"
        if (following.isascii() and following.isalpha()) or (previous.isascii() and previous.isalpha()):
            return "technical_term"
        if after.startswith(("号", "路", "栋楼", "号楼", "号线")):
            return "proper_name"
        if after.startswith("英寸"):
            return "technical_term"
        if _inside_quotes(text, start):
            quoted = text[text.rfind("“", 0, start) : text.find("”", start) + 1]
            if PLAN_QUOTE.fullmatch(quoted) or (re.fullmatch(r"“[^”]*\d[^”]*”", quoted) and not units.unit_at(text, end)):
                return "plan_name"
        if PLAN_QUOTE.match(text[max(text.rfind("“", 0, start), 0) :]) and _inside_quotes(text, start):
            return "plan_name"
        if after.startswith(("+", "＋")) or previous in "+＋":
            return "formula"
        return ""

    def _threshold(self, unit: str, unit_end: int) -> bool:
        """A size that names a class of things (10亿元以上项目, 超10亿元项目), not a figure: a unit of
        size followed by a noun, or any unit followed by 以上 or 级 and a noun."""
        text = self.doc.text
        rest = text[unit_end:]
        for joint in ("及以上", "以上的", "以上", "级的", "级"):
            if rest.startswith(joint) and rest[len(joint) :].startswith(THRESHOLD_NOUNS):
                return True
        size = units.dimension(unit, self.data_dir) not in ("count", "registrations", "people", "person_times")
        return unit != units.PERCENT and size and rest.startswith(THRESHOLD_NOUNS)

    def _borrowed_unit(self, end: int) -> tuple[str, bool]:
        """A number listed before another (9、10个) takes the next one's unit."""
        text = self.doc.text
        listed = re.match(r"(?:、|和|及|或)(\d+(?:\.\d+)?)", text[end : end + 12])
        if not listed:
            return "", False
        unit = units.unit_at(text, end + listed.end(), self.data_dir)
        return unit, bool(unit)

    def _qualifier(self, head: str, text: str, infix: str, unit_end: int, start: int) -> str:
        """The report's own words that bound or stretch the number, as qualifier_zh writes them."""
        parts = []
        kind = self.doc.kind_at(start)
        stretch = next((w for w in wording.STRETCH_WORDS if w in head), "")
        if stretch and kind not in (PartKind.REVIEW, PartKind.PERIOD_REVIEW):
            parts.append(stretch)
        bound_before = next((word for found, word in BEFORE_BOUND if head.endswith(found)), "")
        if bound_before:
            parts.append(bound_before)
        elif head.endswith(("达到", "达")):
            parts.append("达到")
        if infix:
            parts.append(infix)
        bound_after = next((w for w in AFTER_BOUND if text.startswith(w, unit_end)), "")
        if bound_after:
            parts.append("以上" if bound_after == "及以上" else bound_after)
        return "…".join(parts)

    def _parallel_start(self, head: str, start: int) -> int | None:
        """Where the clause before begins, when it holds a stretch word that this parallel clause leaves
        out: 力争“十四五”时期投资总额达到2000亿元，2022年达到500亿元 (the same verb, 达到, right before the
        number in both); the quote then holds both clauses, and so the stretch word. A clause with a verb
        of its own (…建成投用，新增5所…) takes nothing over. None when there is no such clause."""
        verb = next((v for v in PARALLEL_VERBS if head.endswith(v)), "")
        text = self.doc.text
        clause_start = start - len(head)
        sentence_start = _sentence(text, start)[0]
        if not verb or clause_start - 1 <= sentence_start or text[clause_start - 1] != "，":
            return None
        previous_start = max(text.rfind("，", sentence_start, clause_start - 1) + 1, sentence_start)
        previous = text[previous_start : clause_start - 1]
        carries = any(w in previous for w in wording.STRETCH_WORDS) and re.search(verb + r"\d", previous)
        return previous_start if carries else None

    def _measure(self, unit: str, head: str) -> str:
        """capacity (设计产能5万台), growth_rate (增长8%, 增速为8%), ratio (其他 %: 占比, 率, 强度), or level."""
        if any(word in head[-6:] for word in CAPACITY_WORDS):
            return "capacity"
        if unit in (units.PERCENT, "‰", "个百分点", "百分点"):
            near = LISTED.sub("", head)  # 分别增长5.0%、6.8%: the words before the list
            return "growth_rate" if GROWTH_END.search(near) else "ratio"
        return "level"

    # --- where a number stands -----------------------------------------------------------------
    def _place(self, candidate: Candidate, head: str) -> None:
        """kind, year and period from the part the number stands in, or from the words around it."""
        start = candidate.number_start
        kind = self.doc.kind_at(start)
        part = self.doc.part_at(start)
        stated = part_year(part.title) if part else None
        reviews = self.years.reviews or (stated if kind == PartKind.REVIEW else None)
        targets = self.years.targets or (stated if kind == PartKind.TARGETS else None)
        sentence_start, sentence_end = _sentence(self.doc.text, start)
        sentence = self.doc.text[sentence_start:sentence_end]
        own = self.doc.text[_clause(self.doc.text, start, candidate.number_end)[0] : start]  # the number's own clause
        year_here = re.findall(r"(?<!\d)(20\d\d)年(?!\d{0,2}月)", own) or re.findall(
            r"(?<!\d)(20\d\d)年(?!\d{0,2}月)", head
        )
        if kind in (PartKind.REVIEW, PartKind.PERIOD_REVIEW):
            candidate.kind, candidate.year = "actual", stated or reviews
        elif kind in (PartKind.TARGETS, PartKind.PERIOD_TARGETS):
            candidate.kind, candidate.year = "target", stated or targets
        elif kind == PartKind.GLOSSARY:
            candidate.kind, candidate.year = "context", targets
            if self._restates_target(candidate):
                candidate.kind = "target"
                candidate.unsure.append("a glossary entry that restates a target of the report")
        elif kind == PartKind.FRONT:
            candidate.kind, candidate.year = "context", targets
            candidate.unsure.append("stands before the report's first part")
        else:
            self._kind_from_words(candidate, sentence, head)
        by_year = BY_YEAR.search(self.doc.text[sentence_start : candidate.number_start])
        if kind == PartKind.PERIOD_REVIEW and reviews:
            candidate.period, candidate.year = f"{reviews - 4}-{reviews}", reviews
            candidate.unsure.append(f"a five-year review: read as the period {candidate.period}")
        elif kind == PartKind.PERIOD_TARGETS and targets:
            end = int(by_year[1]) if by_year else targets + 4
            candidate.period, candidate.year = f"{targets}-{end}", end
            candidate.unsure.append(f"a five-year plan: read as the period {candidate.period}")
        if (plan := PERIOD_PLAN.search(own)) or (not YEAR_NAMED.search(own) and (plan := PERIOD_PLAN.search(head))):
            first = {"三": 2016, "四": 2021, "五": 2026, "六": 2031}[plan[1]]
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
        if candidate.measure == "capacity":
            candidate.kind = "context"
        if candidate.year is None:
            candidate.unsure.append("the year is not stated and the report's year is unknown (give --year)")

    def _restates_target(self, candidate: Candidate) -> bool:
        """Whether a clause of the glossary stands, word for word, in a targets part too."""
        quote = self.doc.text[candidate.quote_start : candidate.quote_end]
        at = self.doc.text.find(quote)
        while at != -1:
            if self.doc.kind_at(at) in (PartKind.TARGETS, PartKind.PERIOD_TARGETS):
                return True
            at = self.doc.text.find(quote, at + 1)
        return False

    def _kind_from_words(self, candidate: Candidate, sentence: str, head: str) -> None:
        """No outline: results and targets told apart by the words of the sentence."""
        reviews, targets = self.years.reviews, self.years.targets
        named = [int(y) for y in re.findall(r"(?<!\d)(20\d\d)年(?!\d{0,2}月\d)", sentence[: sentence.find(head) + len(head)])]
        named = named or [int(y) for y in re.findall(r"(?<!\d)(20\d\d)年", sentence)]
        if any(cue in sentence for cue in ("预期目标", "目标是", "目标为")) or candidate.stretch or (named and targets and named[-1] >= targets):
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

    # --- what a number measures ----------------------------------------------------------------
    def _indicators(self, candidate: Candidate, head: str, unit_end: int) -> None:
        """Guess the indicator; a list of subjects before one number (A、B、C增长8%) gives one candidate each.

        The words looked at: the clause before the number, from the figure before it if any (9家、省级…
        中小企业46家), and the words after the unit up to the next punctuation or number (13家企业入选…);
        the nearest fitting wording wins, the longest on a tie. A clause that names nothing looks back
        through its sentence; a growth rate with no subject of its own (，增长6.2%) is the rate of the
        figure before it."""
        dimension = units.dimension(candidate.unit, self.data_dir)
        subject = re.sub(r"^(?:其中|全年|全区|全县|全市|累计|共|分别|同时)+", "", head)
        listed = re.split(r"[、和及与]", re.sub(r"(?:均|分别|都|同比|比上年|增长|达到|实现|为|的)+$", "", subject))
        if len(listed) > 1 and (found := codebook.all_in(listed, candidate.measure, dimension, self.data_dir)):
            for wording_found in found:
                copy = Candidate(**{**candidate.__dict__, "unsure": list(candidate.unsure)})
                copy.indicator, copy.indicator_wording = wording_found.indicator, wording_found.text
                self.candidates.append(copy)
            return
        text = self.doc.text
        before = PREVIOUS_FIGURE.split(head)[-1]
        after = AFTER_WINDOW.match(text, unit_end)[0]
        found = codebook.guess(before, after, candidate.measure, dimension, self.data_dir)
        sentence_start = _sentence(text, candidate.number_start)[0]
        if found is None and candidate.measure == "growth_rate" and GROWTH_ONLY.fullmatch(head):
            previous = [c for c in self.candidates if sentence_start <= c.number_start < candidate.number_start]
            if previous and previous[-1].indicator:
                candidate.indicator, candidate.indicator_wording = previous[-1].indicator, previous[-1].indicator_wording
                self.candidates.append(candidate)
                return
        if found is None and sentence_start < candidate.quote_start:
            earlier = PREVIOUS_FIGURE.split(text[sentence_start : candidate.quote_start])[-1]
            found = codebook.guess(earlier, "", candidate.measure, dimension, self.data_dir)
        if found:
            candidate.indicator, candidate.indicator_wording = found.indicator, found.text
            if dimension and found.dimension != dimension and candidate.measure == "level" and found.dimension.startswith("money"):
                candidate.unsure.append(f"{candidate.unit} is another currency than the codebook's for {found.indicator}")
        self.candidates.append(candidate)

    # --- shares and ranks that qualify the figure before them ----------------------------------
    def _shares_and_ranks(self) -> None:
        text = self.doc.text
        kept = []
        for candidate in self.candidates:
            head = text[candidate.quote_start : candidate.number_start]
            share = SHARE.search(head) if candidate.unit == units.PERCENT else None
            if share is None and candidate.unit == units.PERCENT and kept and kept[-1][1]:
                share = re.search(r"、$", head) and kept[-1][1]  # 64%、33%: the list goes on
            if not share or (share is not True and share[1] not in ("全市", "市")):
                kept.append((candidate, None))
                continue
            owners = [
                c for c, s in kept
                if s is None and c.unit != units.PERCENT and c.city_share_pct is None
                and _sentence(text, c.number_start) == _sentence(text, candidate.number_start)
            ]
            if not owners:
                candidate.city_share_pct = candidate.value
                kept.append((candidate, share))
                continue
            respectively = "分别" in head
            shares_in_list = 1
            owner = owners[-1]
            if respectively:
                group = [c for c, s in kept if s is not None and s is not None and c.city_share_pct is not None]
                shares_in_list = len(re.findall(r"\d+(?:\.\d+)?%", text[candidate.number_start : _sentence(text, candidate.number_start)[1]]))
                owner = owners[-shares_in_list] if len(owners) >= shares_in_list else owners[0]
                del group
            elif kept and kept[-1][1] is not None and owner.city_share_pct is not None:
                owner = owners[-1]
            owner.city_share_pct = candidate.value
            owner.quote_end = max(owner.quote_end, candidate.quote_end)
            self.covered.append((candidate.number_start, candidate.number_end))
            kept.append((candidate, share))
        self.candidates = [c for c, s in kept if s is None or (c.city_share_pct == c.value and not any(
            cs == (c.number_start, c.number_end) for cs in self.covered))]
        for match in RANK.finditer(text):
            number = match[1]
            rank = 1 if number is None else (int(number) if number.isdigit() else numeral_value(number))
            before = [c for c in self.candidates if c.number_end <= match.start()
                      and _sentence(text, c.number_start) == _sentence(text, match.start())]
            if not before or rank is None:
                continue
            levels = [c for c in before if c.unit != units.PERCENT]
            rate = any(w in text[_clause(text, match.start(), match.end())[0] : match.start()] for w in ("增速", "增幅", "增长"))
            owners = [before[-1] if rate or not levels else levels[-1]]
            if "均" in text[before[-1].number_end : match.start()] and len(before) > 1:
                shared = [c for c in before if c.city_share_pct is not None]
                owners = shared or owners
            for owner in owners:
                owner.city_rank = int(rank)
                owner.quote_end = max(owner.quote_end, _clause(text, match.start(), match.end())[1])
            self.covered.append((match.start(), match.end()))

    # --- numerals and quantity words --------------------------------------------------------------
    def _numerals(self) -> None:
        text = self.doc.text
        digits = [(c.number_start, c.number_end) for c in self.candidates]
        digits += [(n.start, n.end) for n in self.non_figures if n.start is not None]
        for match in NUMERAL_WORD.finditer(text):
            start, end, word = match.start(), match.end(), match.group()
            if any(s <= start and end <= e for s, e in self.covered):
                continue
            if any(s < end and start < e for s, e in digits):
                continue
            if any(c.number_end <= start and end <= c.unit_end for c in self.candidates):
                self._non(word, start, end, "unit")  # 百 of 个百分点, 万 of a unit the rules split
                continue
            reason, candidate = self._numeral(word, start, end)
            if candidate:
                self.candidates.append(candidate)
            else:
                self._non(word, start, end, reason)

    def _numeral(self, word: str, start: int, end: int) -> tuple[str, Candidate | None]:
        text = self.doc.text
        after, before = text[end : end + 6], text[max(start - 6, 0) : start]
        paragraph_start = self.doc.paragraph_span(start)[0]
        if start == paragraph_start and (after.startswith("、") or self.doc.is_heading(start)):
            return "outline", None
        if text[start - 1 : start] in "（(" and after.startswith(("）", ")")):
            return "outline", None
        if after.startswith("是") or word in ("一方面", "另一方面") or (after.startswith("方面") and before.endswith("另")):
            return "outline", None
        if word.startswith("第") or after.startswith(("届", "次会议", "次全会", "次党代会", "次全体会议", "期")):
            return "ordinal", None
        if before.endswith("党的") and after.startswith("大"):  # 党的二十大: the 20th Party Congress
            return "ordinal", None
        if after.startswith(("个方面工作", "方面工作")):  # the report's own plan: 九个方面工作
            return "outline", None
        if word in ("一", "一一") and before.endswith("唯"):  # 为全市唯一, 唯一一家: the only one
            unit = units.unit_at(text, end, self.data_dir) or "个"
            return self._word_candidate(1.0, unit, "level", start, end, "唯一")
        if any(text.startswith(formula, start - k) for formula in FORMULAS for k in range(len(formula))):
            return "formula", None
        if PERIOD_PLAN.fullmatch(word) or word in ("十三五", "十四五", "十五五"):
            return "plan_name", None
        if _inside_quotes(text, start):
            return "plan_name", None
        if word in ("一", "两") and before.endswith("翻") and after.startswith("番"):  # 翻一番 ×2, 翻两番 ×4
            return self._word_candidate(2.0 ** numeral_value(word), "倍", "level", start, end, f"翻{word}番")
        if word in ("翻番", "倍增"):
            return self._word_candidate(2.0, "倍", "level", start, end, word)
        if word == "全覆盖":
            return self._word_candidate(100.0, units.PERCENT, "ratio", start, end, word)
        if word.startswith("首"):
            return "first", None
        value = numeral_value(word)
        if value is None or value == 1 or (word.startswith("一") and len(word) == 1):
            return IDIOM, None
        unit = units.unit_at(text, end, self.data_dir) or ("个" if after.startswith("国") else "")
        if after.startswith("大") and not after.startswith(("大会", "大力", "大学", "大道", "大厦", "大街", "大型")):
            return self._word_candidate(value, "个", "level", start, end + 1, word, structure=True)
        if (unit and unit not in ("年", "月", "天", "方")) or (unit == "年" and before.endswith("每")):
            # 千亩温棚, 万亩菊花: a scale in words right before a noun describes a project: context.
            scale = units.dimension(unit, self.data_dir) == "area" and not re.match(r"[，。；、的]", text[end + len(unit) : end + len(unit) + 1])
            return self._word_candidate(value, unit, "level", start, end + len(unit), word, structure=scale)
        return IDIOM, None

    def _word_candidate(
        self, value: float, unit: str, measure: str, start: int, end: int, word: str, structure: bool = False
    ) -> tuple[str, Candidate]:
        clause_start, clause_end = _clause(self.doc.text, start, end)
        candidate = Candidate(value, unit, measure, clause_start, clause_end, start, end, numeral=True)
        candidate.unsure.append(f"written in words ({word}): curate as a claim (claims.csv) or a non-figure")
        head = self.doc.text[clause_start:start]
        candidate.qualifier_zh = self._qualifier(head, self.doc.text, "", end, start)
        self._place(candidate, head)
        if structure:
            candidate.kind = "context"
            candidate.unsure.append("a count in words that describes (三大…, 千亩…): read as context, not a target")
        candidate.indicator = ""
        return "", candidate


def _value(token: str) -> float:
    if "/" in token:
        numerator, denominator = token.split("/")
        return float(numerator) / float(denominator)
    return float(token.replace(",", ""))
