"""The ledger's rule: a year's target beside the result the next report states, for every bound pair.

Facts are built in code (`fact`): rates in % unless a case says otherwise. The figures are made up in
the style of a work report (目标增长6%以上, 控制在5.5%以内), not quoted from one.
"""

import math

import pandas as pd
import pytest

from gwr import i18n
from gwr.rules import ledger
from gwr.rules.ledger import Entry, Verdict
from gwr.rules.wording import Bound

# The catalog entries distance_text asks for, as proposed for gwr/i18n.py.
TEXT = {
    "ledger_points": ("{n}个百分点", "{n} pp"),
    "ledger_distance_range": ("{low}至{high}", "{low} to {high}"),
}


@pytest.fixture(autouse=True)
def catalog(monkeypatch):
    for key, pair in TEXT.items():
        monkeypatch.setitem(i18n.TEXT, key, pair)


def fact(value, bound="point", *, high=None, unit_base="%", measure="growth_rate", scale=1.0, **extra):
    """A fact row as the ledger reads it; `scale` turns the report's unit into the base unit (亿元: 1e8).
    A figure with a high end is a range, as wording.bound_of reads it."""
    if high is not None:
        bound = "range"
    return {
        "value": value,
        "value_high": math.nan if high is None else high,
        "value_base": value * scale,
        "unit_base": unit_base,
        "measure": measure,
        "bound": bound,
        "stretch": "",
        "qualifier_zh": None,
        "pair_note": None,
        "pair_note_zh": None,
        **extra,
    }


def judge(target, result, loaded=True):
    return ledger.judge(target, result, later_report_loaded=loaded)


# (target, result, verdict)
BOUND_PAIRS = [
    # a point target: the result must reach it
    (fact(6), fact(6), Verdict.MET),
    (fact(6), fact(6.5), Verdict.MET),
    (fact(6), fact(5.9), Verdict.NOT_MET),
    (fact(6), fact(5, "at_least"), Verdict.UNDECIDED),  # 以上5 against 6
    (fact(6), fact(6, "at_least"), Verdict.MET),
    (fact(6), fact(5.9, "more_than"), Verdict.UNDECIDED),
    (fact(6), fact(6, "more_than"), Verdict.MET),
    (fact(6), fact(5, "at_most"), Verdict.NOT_MET),
    (fact(6), fact(7, "at_most"), Verdict.UNDECIDED),
    (fact(6), fact(6.5, "approx"), Verdict.UNDECIDED),  # 约 states no tolerance
    # at_least (以上): the number itself meets it
    (fact(6, "at_least"), fact(6), Verdict.MET),
    (fact(6, "at_least"), fact(5.99), Verdict.NOT_MET),
    (fact(6, "at_least"), fact(7, "approx"), Verdict.UNDECIDED),  # a target 以上 against a result 约
    (fact(6, "at_least"), fact(6, "more_than"), Verdict.MET),
    (fact(6, "at_least"), fact(6, "at_most"), Verdict.UNDECIDED),  # only 6 itself meets it
    (fact(6, "at_least"), fact(5.9, "at_most"), Verdict.NOT_MET),
    # more_than (超过): the number itself does not
    (fact(6, "more_than"), fact(6), Verdict.NOT_MET),
    (fact(6, "more_than"), fact(6.1), Verdict.MET),
    (fact(6, "more_than"), fact(6, "at_least"), Verdict.UNDECIDED),  # 6 fails, anything above passes
    (fact(6, "more_than"), fact(6, "more_than"), Verdict.MET),
    (fact(6, "more_than"), fact(6, "at_most"), Verdict.NOT_MET),
    (fact(6, "more_than"), fact(5, "approx"), Verdict.UNDECIDED),
    # ranges on the result's side
    (fact(6), fact(6, high=7), Verdict.MET),
    (fact(6), fact(5, high=7), Verdict.UNDECIDED),
    (fact(6), fact(4, high=5), Verdict.NOT_MET),
    (fact(6, "more_than"), fact(6, high=7), Verdict.UNDECIDED),
    (fact(6, "more_than"), fact(5, high=6), Verdict.NOT_MET),
    # ranges on the target's side: the low end must be reached
    (fact(8, high=9), fact(8.5), Verdict.MET),
    (fact(8, high=9), fact(8), Verdict.MET),
    (fact(8, high=9), fact(9.5), Verdict.MET),
    (fact(8, high=9), fact(7.9), Verdict.NOT_MET),
    (fact(8, high=9), fact(8, high=10), Verdict.MET),
    (fact(8, high=9), fact(7, high=8), Verdict.UNDECIDED),
    (fact(8, high=9), fact(6, high=7), Verdict.NOT_MET),
    # at_most (控制在…以内): the result must not pass it
    (fact(5.5, "at_most"), fact(5.2), Verdict.MET),
    (fact(5.5, "at_most"), fact(5.5), Verdict.MET),
    (fact(5.5, "at_most"), fact(5.6), Verdict.NOT_MET),
    (fact(5.5, "at_most"), fact(5, "at_most"), Verdict.MET),
    (fact(5.5, "at_most"), fact(6, "at_most"), Verdict.UNDECIDED),
    (fact(5.5, "at_most"), fact(5, "at_least"), Verdict.UNDECIDED),
    (fact(5.5, "at_most"), fact(5.5, "at_least"), Verdict.UNDECIDED),  # only 5.5 itself stays within
    (fact(5.5, "at_most"), fact(5.6, "at_least"), Verdict.NOT_MET),
    (fact(5.5, "at_most"), fact(5.5, "more_than"), Verdict.NOT_MET),
    (fact(5.5, "at_most"), fact(5, high=5.4), Verdict.MET),
    (fact(5.5, "at_most"), fact(5, high=6), Verdict.UNDECIDED),
    (fact(5.5, "at_most"), fact(5.6, high=6), Verdict.NOT_MET),
    (fact(5.5, "at_most"), fact(5, "approx"), Verdict.UNDECIDED),
    # floating point: 6.1 + 0.1 is 6.199999999999999, and still 6.2
    (fact(6.2), fact(6.1 + 0.1), Verdict.MET),
    (fact(0.1 + 0.2), fact(0.3), Verdict.MET),
    (fact(6.1 + 0.1, "at_most"), fact(6.2), Verdict.MET),
    (fact(6.2, "more_than"), fact(6.1 + 0.1), Verdict.NOT_MET),
    (fact(6.2), fact(6.19), Verdict.NOT_MET),  # the tolerance is not a hundredth
    # levels, in base units: 亿元 targets and results
    (fact(50, "at_least", unit_base="元", measure="level", scale=1e8), fact(52, unit_base="元", measure="level", scale=1e8), Verdict.MET),
    (fact(6.5, unit_base="元", measure="level", scale=1e8), fact(5, high=7, unit_base="元", measure="level", scale=1e8), Verdict.UNDECIDED),  # the high end is 7亿元, not 7元
    (fact(6, high=7, unit_base="元", measure="level", scale=1e8), fact(6.5, unit_base="元", measure="level", scale=1e8), Verdict.MET),
]  # fmt: skip


@pytest.mark.parametrize(("target", "result", "verdict"), BOUND_PAIRS)
def test_verdict_from_bounds(target, result, verdict):
    entry = judge(target, result)
    assert entry.verdict is verdict
    assert entry.distance is not None
    assert (entry.reason == "") is (verdict is not Verdict.UNDECIDED)


def test_undecided_says_why():
    assert judge(fact(6, "at_least"), fact(7, "approx")).reason == "ledger_reason_approx_result"
    assert judge(fact(6), fact(5, "at_least")).reason == "ledger_reason_overlap"


def test_open_and_closed_ends():
    """超过6 is not met by 6; 6以上 is."""
    assert judge(fact(6, "more_than"), fact(6)).verdict is Verdict.NOT_MET
    assert judge(fact(6, "at_least"), fact(6)).verdict is Verdict.MET


def test_unemployment_held_within_its_ceiling():
    """城镇调查失业率控制在5.5%以内: 5.2 stays within it, 5.6 does not."""
    ceiling = fact(5.5, "at_most", measure="ratio", qualifier_zh="控制在…以内")
    assert judge(ceiling, fact(5.2, measure="ratio")).verdict is Verdict.MET
    assert judge(ceiling, fact(5.6, measure="ratio")).verdict is Verdict.NOT_MET


@pytest.mark.parametrize("result", [fact(6.5), fact(5.5), fact(7, "at_least"), fact(6, "approx")])
def test_an_approximate_target_gets_no_verdict_but_a_distance(result):
    entry = judge(fact(6, "approx", qualifier_zh="左右"), result)
    assert entry.verdict is Verdict.NO_VERDICT
    assert entry.reason == "ledger_reason_approx_target"
    assert entry.distance == pytest.approx(result["value"] - 6)
    assert entry.distance_bound is Bound.APPROX
    assert not entry.just_met


@pytest.mark.parametrize(
    ("result", "loaded", "verdict"),
    [
        (None, False, Verdict.NOT_YET_REPORTED),
        (None, True, Verdict.RESULT_NOT_STATED),
    ],
)
def test_a_missing_result(result, loaded, verdict):
    entry = judge(fact(6), result, loaded)
    assert entry == Entry(verdict)
    assert entry.distance is None


@pytest.mark.parametrize("loaded", [False, True])
def test_a_missing_target(loaded):
    assert judge(None, fact(6), loaded) == Entry(Verdict.TARGET_NOT_STATED)


def test_neither_side_is_a_mistake():
    with pytest.raises(ValueError):
        judge(None, None)


# (target, result, reason)
UNLIKE = [
    # a level in 亿元 against a growth rate in %
    (fact(6, "at_least"), fact(713, unit_base="元", measure="level", scale=1e8), "ledger_reason_unit"),
    (fact(400, unit_base="个", measure="level"), fact(406, unit_base="家", measure="level"), "ledger_reason_unit"),
    (fact(2.5, measure="ratio"), fact(2.6, measure="growth_rate"), "ledger_reason_measure"),
    (fact(6), fact(6.5, pair_note="2022 counts key projects; 2023 major projects"), "ledger_reason_definition"),
    (fact(6, pair_note="scope changed"), fact(6.5), "ledger_reason_definition"),
    (fact(6), fact(6.5, pair_note_zh="口径调整"), "ledger_reason_definition"),
    (fact(6, "approx"), fact(6.5, measure="ratio"), "ledger_reason_measure"),  # before the approximate target
]


@pytest.mark.parametrize(("target", "result", "reason"), UNLIKE)
def test_not_comparable(target, result, reason):
    entry = judge(target, result)
    assert entry == Entry(Verdict.NOT_COMPARABLE, reason=reason)


def test_a_blank_pair_note_is_no_note():
    assert judge(fact(6), fact(6.5, pair_note="  ")).verdict is Verdict.MET


# (target, result, distance, distance_high, distance_bound)
DISTANCES = [
    (fact(6), fact(6.3), 0.3, None, Bound.POINT),
    (fact(6, "at_least"), fact(7, "at_least"), 1.0, None, Bound.AT_LEAST),
    (fact(6), fact(6.5, "more_than"), 0.5, None, Bound.MORE_THAN),
    (fact(5.5, "at_most"), fact(5, "at_most"), -0.5, None, Bound.AT_MOST),
    (fact(6), fact(6.5, high=8.5), 0.5, 2.5, Bound.RANGE),
    (fact(8, high=9), fact(8.5), 0.5, None, Bound.POINT),  # from the target's low end
    (fact(6, "approx"), fact(5.5), -0.5, None, Bound.APPROX),
    (fact(6), fact(5.5, "approx"), -0.5, None, Bound.APPROX),
    (fact(6, "approx"), fact(6.5, high=7), 0.5, 1.0, Bound.APPROX),
    (fact(6, unit_base="元", measure="level", scale=1e8), fact(7.2, unit_base="元", measure="level", scale=1e8), 1.2e8, None, Bound.POINT),
    (fact(6, unit_base="元", measure="level", scale=1e8), fact(5, high=8, unit_base="元", measure="level", scale=1e8), -1e8, 2e8, Bound.RANGE),
]  # fmt: skip


@pytest.mark.parametrize(("target", "result", "distance", "high", "bound"), DISTANCES)
def test_distance(target, result, distance, high, bound):
    entry = judge(target, result)
    assert entry.distance == pytest.approx(distance)
    assert entry.distance_high == (None if high is None else pytest.approx(high))
    assert entry.distance_bound is bound


# (target, result, just_met)
JUST_MET = [
    (fact(6), fact(6.1), True),  # 0.1 pp (0.0999… in binary)
    (fact(6.1), fact(6.2), True),  # 0.1 pp (0.1000…05 in binary)
    (fact(6), fact(6), True),
    (fact(6), fact(6.11), False),
    (fact(6, "at_least"), fact(6.05), True),
    (fact(6, "more_than"), fact(6.1), True),
    (fact(5.5, "at_most"), fact(5.4), True),  # within a ceiling by 0.1
    (fact(5.5, "at_most"), fact(5.39), False),
    (fact(6), fact(6.05, "at_least"), False),  # met, but the distance is only ≥
    (fact(6), fact(5.95), False),  # not met
    (fact(6, "approx"), fact(6.05), False),  # no verdict
    (fact(600, unit_base="家", measure="level"), fact(600.05, unit_base="家", measure="level"), False),  # rates only
]


@pytest.mark.parametrize(("target", "result", "just_met"), JUST_MET)
def test_just_met(target, result, just_met):
    entry = judge(target, result)
    assert entry.just_met is just_met
    assert entry.reason == "" or entry.verdict is not Verdict.MET  # a note, never a reason


@pytest.mark.parametrize("stretch", ["力争", "争取", "确保", "努力"])
@pytest.mark.parametrize(
    ("target", "result"),
    [(fact(6), fact(5.9)), (fact(6, "at_least"), fact(6.1)), (fact(6, "more_than"), fact(6, "at_least"))],
)
def test_the_stretch_word_never_changes_the_verdict(stretch, target, result):
    plain = judge(target, result)
    stretched = judge({**target, "stretch": stretch, "qualifier_zh": stretch}, result)
    assert stretched == plain


# (entry, unit_base, zh, en)
TEXTS = [
    (Entry(Verdict.MET, 0.3, None, Bound.POINT), "%", "+0.3个百分点", "+0.3 pp"),
    (Entry(Verdict.MET, 6.2 - 6.1, None, Bound.POINT), "%", "+0.1个百分点", "+0.1 pp"),
    (Entry(Verdict.MET, 1.0, None, Bound.AT_LEAST), "%", "≥ +1个百分点", "≥ +1 pp"),
    (Entry(Verdict.MET, 0.5, None, Bound.MORE_THAN), "%", "> +0.5个百分点", "> +0.5 pp"),
    (Entry(Verdict.MET, -0.5, None, Bound.AT_MOST), "%", "≤ −0.5个百分点", "≤ −0.5 pp"),
    (Entry(Verdict.NO_VERDICT, -0.5, None, Bound.APPROX), "%", "≈ −0.5个百分点", "≈ −0.5 pp"),
    (Entry(Verdict.MET, 0.5, 2.5, Bound.RANGE), "%", "+0.5至+2.5个百分点", "+0.5 to +2.5 pp"),
    (Entry(Verdict.UNDECIDED, -1.0, 1.0, Bound.RANGE), "%", "−1至+1个百分点", "−1 to +1 pp"),
    (Entry(Verdict.MET, 0.0, None, Bound.POINT), "%", "0个百分点", "0 pp"),
    (Entry(Verdict.MET, 1.2e9, None, Bound.POINT), "元", "+12亿元", "+¥1.2 bn"),
    (Entry(Verdict.UNDECIDED, -5e7, 1.5e8, Bound.RANGE), "元", "−0.5至+1.5亿元", "−¥50 m to +¥150 m"),
    (Entry(Verdict.NOT_MET, -30.0, None, Bound.POINT), "家", "−30家", "−30 firms"),
    (Entry(Verdict.NOT_COMPARABLE, reason="ledger_reason_unit"), "%", "—", "—"),
    (Entry(Verdict.NOT_YET_REPORTED), "%", "—", "—"),
]


@pytest.mark.parametrize(("entry", "unit_base", "zh", "en"), TEXTS)
def test_distance_text(entry, unit_base, zh, en):
    assert ledger.distance_text(entry, unit_base, "zh") == zh
    assert ledger.distance_text(entry, unit_base, "en") == en


def test_distance_text_of_a_judged_pair():
    entry = judge(fact(6, "at_least"), fact(7, "at_least"))
    assert ledger.distance_text(entry, "%", "en") == "≥ +1 pp"


def test_label_keys():
    assert ledger.label_key(Verdict.NOT_MET) == "ledger_verdict_not_met"
    assert ledger.label_key("met") == "ledger_verdict_met"
    assert len({ledger.label_key(v) for v in Verdict}) == len(Verdict)


def _prefixed(prefix, side, fact_id):
    if side is None:
        return {f"{prefix}fact": None, **{f"{prefix}{k}": None for k in fact(0)}}
    return {f"{prefix}fact": fact_id, **{f"{prefix}{k}": v for k, v in side.items()}}


FRAME = [
    # (target, result, later_report_loaded, verdict, distance, bound, reason, just_met)
    (fact(6, "at_least"), fact(6.1), True, "met", 0.1, "point", "", True),
    (fact(5.5, "at_most"), fact(5.6), True, "not_met", 0.1, "point", "", False),
    (fact(6), fact(5, "at_least"), True, "undecided", -1.0, "at_least", "ledger_reason_overlap", False),
    (fact(6, "approx"), fact(6.5), True, "no_verdict", 0.5, "approx", "ledger_reason_approx_target", False),
    (fact(6), None, False, "not_yet_reported", None, None, "", False),
    (fact(6), None, True, "result_not_stated", None, None, "", False),
    (None, fact(6), True, "target_not_stated", None, None, "", False),
    (fact(6), fact(713, unit_base="元", measure="level"), True, "not_comparable", None, None, "ledger_reason_unit", False),
]  # fmt: skip


def test_assess_a_frame():
    rows = [
        {
            "indicator": f"i{n}",
            **_prefixed("target_", target, f"t{n}"),
            **_prefixed("result_", result, f"r{n}"),
            "later_report_loaded": loaded,
        }
        for n, (target, result, loaded, *_) in enumerate(FRAME)
    ]
    frame = pd.DataFrame(rows)
    frame.loc[frame["target_fact"].isna(), "target_value_base"] = float("nan")  # a missing side is NaN in a join
    out = ledger.assess(frame)
    assert list(out["indicator"]) == [f"i{n}" for n in range(len(FRAME))]  # rows kept, in order
    assert list(out["verdict"]) == [row[3] for row in FRAME]
    assert list(out["reason"]) == [row[6] for row in FRAME]
    assert list(out["just_met"]) == [row[7] for row in FRAME]
    assert [None if pd.isna(b) else b for b in out["distance_bound"]] == [row[5] for row in FRAME]
    for got, (*_, distance, _bound, _reason, _just) in zip(out["distance"], FRAME, strict=True):
        assert (distance is None and pd.isna(got)) or got == pytest.approx(distance)
    assert out["distance_high"].isna().all()
