"""Numbers keep the report's unit and qualifier words."""

import pytest

from gwr import formatting

CASES_ZH = [
    (450, "家", "超过", "超过450家"),
    (13, "万人", "约", "约13万人"),
    (8, "%", "以上", "8%以上"),
    (6600, "名", "余", "6600余名"),
    (55, "亿元", "力争…以上", "力争55亿元以上"),
    (5.5, "%", "达到…以上", "5.5%以上"),
    (1.4, "万人", None, "1.4万人"),
]


@pytest.mark.parametrize(("value", "unit", "words", "expected"), CASES_ZH)
def test_zh(value, unit, words, expected):
    assert formatting.zh(value, unit, words) == expected


def test_en_scales_yuan_and_keeps_qualifier():
    assert formatting.en(6e9, "元", "at_least") == "≥ ¥6 bn"
    assert formatting.en(46720000, "美元") == "US$46.72 m"
    assert formatting.en(130000, "人", "approx") == "≈ 130,000 people"
    assert formatting.en(8, "%", "at_least") == "≥ 8%"


def test_number_drops_float_noise():
    assert formatting.number(713.0) == "713" and formatting.number(1.40) == "1.4"


def test_missing_is_pandas_notion_of_a_missing_cell_without_needing_pandas():
    import numpy as np
    import pandas as pd

    for value in (None, float("nan"), np.nan, np.float64("nan"), pd.NA, pd.NaT):
        assert formatting.missing(value), value
    for value in (0, 0.0, "", "以上", np.int64(3), 1.5, pd.Timestamp("2023-02-21")):
        assert not formatting.missing(value), value


def test_en_tells_more_than_from_at_least_and_names_the_stretch_goal():
    assert formatting.en(450, "家", "more_than") == "> 450 firms"
    assert formatting.en(5.5e9, "元", "at_least", stretch="力争") == "≥ ¥5.5 bn · stretch goal (力争)"
    assert formatting.en(3, "所", "point", stretch="争取") == "3 schools · stretch goal (争取)"
    assert formatting.en(3, "%", "at_most") == "≤ 3%"


WORDING_CASES = [
    ({"bound": "more_than", "stretch": "力争", "qualifier_zh": "力争…超过"}, "不含本数的下限（超过） · 力争",
     "more than (超过) · stretch goal (力争)"),
    ({"bound": "at_least", "stretch": None, "qualifier_zh": "达到…以上"}, "含本数的下限（以上）", "at least (以上)"),
    ({"bound": "point", "stretch": "争取", "qualifier_zh": "争取"}, "确数 · 争取", "as stated · stretch goal (争取)"),
    ({"bound": "point", "stretch": None, "qualifier_zh": None}, "确数", "as stated"),
]  # fmt: skip


@pytest.mark.parametrize(("row", "zh", "en"), WORDING_CASES)
def test_wording_text(row, zh, en):
    assert formatting.wording_text(row, "zh") == zh
    assert formatting.wording_text(row, "en") == en


def test_zh_keeps_every_bound_word_where_the_report_puts_it():
    """Made-up wordings of the genre: an upper bound's 以内 stands after the number, 控制在 and 突破 before."""
    assert formatting.zh(5.5, "%", "控制在…以内") == "控制在5.5%以内"
    assert formatting.zh(100, "亿元", "突破") == "突破100亿元"
    assert formatting.zh(3, "%", "不超过") == "不超过3%"
    assert formatting.zh(2, "起", "确保…以下") == "确保2起以下"
    assert formatting.zh(2300, "人", "多") == "2300多人"
    assert formatting.zh(3, "%", "上下") == "3%上下"


RANGES = [  # made-up ranges of the genre: (row, zh, en)
    ({"value": 8.0, "value_high": 10.0, "unit": "%", "value_base": 8.0, "unit_base": "%", "bound": "range"},
     "8—10%", "8% to 10%"),
    ({"value": 6.0, "value_high": 7.0, "unit": "亿元", "value_base": 6e8, "unit_base": "元", "bound": "range",
      "qualifier_zh": "力争", "stretch": "力争"},
     "力争6—7亿元", "¥600 m to ¥700 m · stretch goal (力争)"),
]  # fmt: skip


@pytest.mark.parametrize(("row", "zh", "en"), RANGES)
def test_a_range_gives_both_ends(row, zh, en):
    assert formatting.figure(row, "zh") == zh
    assert formatting.figure(row, "en") == en
