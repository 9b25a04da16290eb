"""The bound and the stretch word read from a report's words, for every wording class.

The sentences in WORDS are made up in the style of a government work report (not quoted from any
report); the words are what a curator records in qualifier_zh for them.
"""

import pytest

from gwr.rules import wording
from gwr.rules.wording import Bound

# (made-up sentence, qualifier_zh, bound, stretch)
WORDS = [
    ("全年实现地区生产总值120亿元", None, Bound.POINT, ""),
    ("惠及群众约3万人", "约", Bound.APPROX, ""),
    ("带动就业1200余人", "余", Bound.APPROX, ""),
    ("粮食播种面积稳定在5万亩左右", "左右", Bound.APPROX, ""),
    ("地区生产总值增长6%以上", "以上", Bound.AT_LEAST, ""),
    ("研发投入强度不低于2.5%", "不低于", Bound.AT_LEAST, ""),
    ("新增就业不少于3000人", "不少于", Bound.AT_LEAST, ""),
    ("市场主体总数超过2万户", "超过", Bound.MORE_THAN, ""),
    ("限上企业营业收入突破100亿元", "突破", Bound.MORE_THAN, ""),
    ("城镇调查失业率控制在5.5%以内", "控制在…以内", Bound.AT_MOST, ""),
    ("单位生产总值能耗下降不超过3%", "不超过", Bound.AT_MOST, ""),
    ("力争引进亿元以上项目20个", "力争", Bound.POINT, "力争"),
    ("力争进出口总额达到30亿元以上", "力争…达到…以上", Bound.AT_LEAST, "力争"),
    ("力争基金规模超过10亿元", "力争…超过", Bound.MORE_THAN, "力争"),
    ("争取上级资金5亿元以上", "争取…以上", Bound.AT_LEAST, "争取"),
    ("确保全年安全生产事故不超过2起", "确保…不超过", Bound.AT_MOST, "确保"),
    ("努力实现居民收入增长7%左右", "努力…左右", Bound.APPROX, "努力"),
]


@pytest.mark.parametrize(("sentence", "words", "bound", "stretch"), WORDS)
def test_bound_and_stretch(sentence, words, bound, stretch):
    for part in filter(None, (words or "").split("…")):
        assert part in sentence  # the words are the sentence's own
    assert wording.bound_of(words) is bound
    assert wording.stretch_of(words) == stretch


def test_signs_keep_at_least_and_more_than_apart():
    assert wording.sign("at_least") == "≥ " and wording.sign("more_than") == "> "
    assert wording.sign("at_most") == "≤ " and wording.sign("point") == "" and wording.sign("unknown") == ""


def test_bound_word_is_the_word_that_sets_the_bound():
    assert wording.bound_word("力争…超过") == "超过"
    assert wording.bound_word("达到…以上") == "以上"
    assert wording.bound_word("累计") == ""


def test_a_figure_with_a_high_end_is_a_range_whatever_its_words():
    assert wording.bound_of("控制在", 7.0) == wording.Bound.RANGE  # 控制在6%—7%: both ends are stated
    assert wording.bound_of("控制在", float("nan")) == wording.Bound.AT_MOST
    assert wording.bound_of("控制在") == wording.Bound.AT_MOST
