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

from gwr.data.draft import codebook, numerals, placing, units
from gwr.data.draft.document import Document, PartKind
from gwr.data.draft.records import Candidate, NonFigure, Years, clause, inside_quotes, sentence
from gwr.data.report import numeral_value
from gwr.rules import wording

NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?(?:/\d+)?")
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
# A bound or stretch word between the verb and its number (增长约10%, 增长超过5%, 下降近3%).
WORDS_BEFORE_NUMBER = re.compile(r"(?:约|近|超过|突破|超|不低于|不少于|不超过|控制在|力争|争取|确保)+$")
PERCENTAGE_POINTS = ("个百分点", "百分点")
FALL = re.compile(r"(?:下降|降低|减少|回落|降幅)(?:了|为|达到|达|到|分别为|分别)?$")
CAPACITY_WORDS = ("设计产能", "年产能", "年产", "产能", "年处理", "装机容量", "年吞吐")
SHARE = re.compile(r"占(全市|全省|全国|全区|全县|市|省)([^，；。！？]{0,10}?)(?:的|比重|比例)?$")
RANK = re.compile(r"(?:居|位居|稳居|位列|排名|排在|保持|为|列)?全市(?:第([一二三四五六七八九十\d]+)位?|首位)")
THRESHOLD_NOUNS = ("项目", "企业", "工程", "客商", "园区", "楼宇", "产业集群", "村", "社区", "乡镇")
YEAR = re.compile(r"19[4-9]\d|20\d\d")
YEAR_UNITS = ("年产", "年均", "年处理")
DAY_OR_MONTH = re.compile(r"\d{1,2}")
MONTH_RANGE = re.compile(r"[—\-–~～至到]\d{1,2}月")
ROUND_THE_CLOCK = ("小时自助", "小时服务", "小时营业", "小时值守", "小时在线", "小时不打烊", "小时便民")
PLAN_QUOTE = re.compile(r"“[\d+\-A-Za-z×*·]+”")
# Verbs that a parallel clause repeats right before its number (…达到2000亿元，2022年达到500亿元).
PARALLEL_VERBS = ("达到", "实现", "突破", "超过", "完成", "增长")
# A figure before this one in the clause (9家、…46家): the words that name this one come after it.
PREVIOUS_FIGURE = re.compile(r"\d+(?:\.\d+)?(?:余|多)?[^\d、，；。]{0,4}?(?:、|和|及)")
AFTER_WINDOW = re.compile(r"[^，；。、\d\n]{0,30}")
GROWTH_ONLY = re.compile(r"(?:同比|比上年|逆势|分别|均|年均|累计)*(?:增长|增速|增幅|提高|下降|上涨)(?:了|为|达)?")
LISTED = re.compile(r"(?:\d+(?:\.\d+)?%?(?:、|和))+$")


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
        numerals.read(self)
        self.candidates.sort(key=lambda c: (c.number_start, c.indicator))
        self.non_figures.sort(key=lambda n: n.start if n.start is not None else -1)
        return self.candidates, self.non_figures

    def non(self, match_text: str, start: int, end: int, reason: str, unsure: str = "") -> None:
        context = self.doc.text[max(start - 8, 0) : end + 8].replace("\n", "")
        self.non_figures.append(NonFigure(match_text, start, end, reason, context, unsure, self.doc.line_at(start)))

    def _digit(self, match: re.Match) -> int:
        """Classify one number in digits; returns the offset up to which later numbers are consumed."""
        text, start, end = self.doc.text, match.start(), match.end()
        token = match.group()
        after = text[end : end + 12]
        reason = self._not_a_figure(token, start, end, after)
        if reason:
            self.non(token, start, end, reason)
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
                self.non(
                    token,
                    start,
                    end,
                    "no_unit",
                    "a number with no unit after it: a name, a code or a count the rules do not read",
                )
                return end
        unit_end = cursor + len(infix) + len(unit) if unit and text.startswith(unit, cursor + len(infix)) else cursor
        if self.threshold(unit, unit_end):
            self.non(token, start, end, "threshold")
            return end
        if text.startswith("内", unit_end) and units.dimension(unit, self.data_dir) == "time":  # 3天内, 1个月内
            self.non(token, start, end, "time_limit")
            return end
        clause_start, clause_end = clause(text, start, unit_end)
        if (parallel := self._parallel_start(text[clause_start:start], start)) is not None:
            clause_start = parallel
        head = text[clause_start:start]
        qualifier = self._qualifier(head, text, infix, unit_end, start)
        measure = self._measure(unit, head)
        candidate = Candidate(
            value,
            unit,
            measure,
            clause_start,
            clause_end,
            start,
            high_end if ranged else end,
            qualifier_zh=qualifier,
            value_high=value_high,
            unit_end=unit_end,
        )
        if unit not in units.curated(self.data_dir):
            candidate.unsure.append(f"unit {unit} is not in units.csv yet")
        if unit in PERCENTAGE_POINTS:
            candidate.unsure.append(
                "percentage points (个百分点): a change of a ratio or a gap to another, not a level"
            )
        if measure == "growth_rate" and FALL.search(LISTED.sub("", head)):
            candidate.unsure.append("a fall (下降3%): the value is the size of the fall, not a signed rate")
        placing.place(self, candidate, head)
        self._indicators(candidate, head, unit_end)
        return cursor if ranged else end

    def _not_a_figure(self, token: str, start: int, end: int, after: str) -> str:
        """The reason a number in digits is no figure, by what stands around it; '' for a figure."""
        text = self.doc.text
        previous = text[start - 1] if start else ""
        if (
            YEAR.fullmatch(token)
            and after.startswith(("年", "—", "-", "～", "~", "至"))
            and not after.startswith(YEAR_UNITS)
        ):
            return "year"  # 2022年, 2021—2025 (but 2000年产: a figure)
        if DAY_OR_MONTH.fullmatch(token) and (
            (after.startswith(("月", "日")) and not after.startswith("月均"))
            or (after.startswith("号") and previous in "年月")
        ):
            return "date"  # 5月份, 21日, 3月底, 12月29号
        if previous == "第" or after.startswith(("届", "次会议", "期", "号文", "版")):
            return "ordinal"
        if (
            (after[:1].isascii() and after[:1].isalpha())
            or (previous.isascii() and previous.isalpha())
            or after.startswith("英寸")
        ):
            return "technical_term"  # 5G, P3, 8英寸
        if after.startswith(("号", "路", "栋楼", "号楼", "号线", "热线")):
            return "proper_name"  # 22号街坊, 地铁3号线, 12345热线
        if DAY_OR_MONTH.fullmatch(token) and MONTH_RANGE.match(after):
            return "date"  # 1—11月
        if after.startswith(ROUND_THE_CLOCK):
            return "technical_term"  # 24小时自助服务站
        if inside_quotes(text, start):
            quoted = text[text.rfind("“", 0, start) : text.find("”", start) + 1]
            if PLAN_QUOTE.fullmatch(quoted) or not units.unit_at(text, end):
                return "plan_name"  # “25425”, “1+6”, “3111”工程
        if after.startswith(("+", "＋")) or previous in "+＋":
            return "formula"
        return ""

    def threshold(self, unit: str, unit_end: int) -> bool:
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
        sentence_start = sentence(text, start)[0]
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
        if unit in PERCENTAGE_POINTS:  # 提高1.2个百分点: a change of a ratio, in its own points
            return "ratio"
        if unit in (units.PERCENT, "‰"):
            near = WORDS_BEFORE_NUMBER.sub("", LISTED.sub("", head))  # 分别增长5.0%、6.8%; 增长约10%
            return "growth_rate" if GROWTH_END.search(near) else "ratio"
        return "level"

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
        sentence_start = sentence(text, candidate.number_start)[0]
        if found is None and candidate.measure == "growth_rate" and GROWTH_ONLY.fullmatch(head):
            previous = [c for c in self.candidates if sentence_start <= c.number_start < candidate.number_start]
            if previous and previous[-1].indicator:
                candidate.indicator, candidate.indicator_wording = (
                    previous[-1].indicator,
                    previous[-1].indicator_wording,
                )
                self.candidates.append(candidate)
                return
        if found is None and sentence_start < candidate.quote_start:
            earlier = PREVIOUS_FIGURE.split(text[sentence_start : candidate.quote_start])[-1]
            found = codebook.guess(earlier, "", candidate.measure, dimension, self.data_dir)
        if found:
            candidate.indicator, candidate.indicator_wording = found.indicator, found.text
            if (
                dimension
                and found.dimension != dimension
                and candidate.measure == "level"
                and found.dimension.startswith("money")
            ):
                candidate.unsure.append(
                    f"{candidate.unit} is another currency than the codebook's for {found.indicator}"
                )
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
                c
                for c, s in kept
                if s is None
                and c.unit != units.PERCENT
                and c.city_share_pct is None
                and sentence(text, c.number_start) == sentence(text, candidate.number_start)
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
                shares_in_list = len(
                    re.findall(
                        r"\d+(?:\.\d+)?%", text[candidate.number_start : sentence(text, candidate.number_start)[1]]
                    )
                )
                owner = owners[-shares_in_list] if len(owners) >= shares_in_list else owners[0]
                del group
            elif kept and kept[-1][1] is not None and owner.city_share_pct is not None:
                owner = owners[-1]
            owner.city_share_pct = candidate.value
            owner.quote_end = max(owner.quote_end, candidate.quote_end)
            self.covered.append((candidate.number_start, candidate.number_end))
            kept.append((candidate, share))
        self.candidates = [
            c
            for c, s in kept
            if s is None
            or (c.city_share_pct == c.value and not any(cs == (c.number_start, c.number_end) for cs in self.covered))
        ]
        for match in RANK.finditer(text):
            number = match[1]
            rank = 1 if number is None else (int(number) if number.isdigit() else numeral_value(number))
            before = [
                c
                for c in self.candidates
                if c.number_end <= match.start() and sentence(text, c.number_start) == sentence(text, match.start())
            ]
            if not before or rank is None:
                continue
            levels = [c for c in before if c.unit != units.PERCENT]
            rate = any(
                w in text[clause(text, match.start(), match.end())[0] : match.start()] for w in ("增速", "增幅", "增长")
            )
            owners = [before[-1] if rate or not levels else levels[-1]]
            if "均" in text[before[-1].number_end : match.start()] and len(before) > 1:
                shared = [c for c in before if c.city_share_pct is not None]
                owners = shared or owners
            for owner in owners:
                owner.city_rank = int(rank)
                owner.quote_end = max(owner.quote_end, clause(text, match.start(), match.end())[1])
            self.covered.append((match.start(), match.end()))


def _value(token: str) -> float:
    if "/" in token:
        numerator, denominator = token.split("/")
        return float(numerator) / float(denominator)
    return float(token.replace(",", ""))
