"""Every number of the report is a captured figure or a listed non-figure."""

from jianxi.coverage import uncovered
from jianxi.report import load, tokens
from jianxi.validation import read_tables

NUMBERS_IN_REPORT = 282


def test_report_has_the_numbers_we_counted():
    assert len(tokens(load().squashed)) == NUMBERS_IN_REPORT


def test_nothing_is_left_over():
    tables, problems = read_tables()
    assert not problems
    assert [str(u) for u in uncovered(load(), tables["facts"], tables["non_figures"])] == []


def test_removing_a_fact_leaves_its_number_uncovered():
    tables, _ = read_tables()
    facts = tables["facts"]
    gdp = facts[facts["quote"].str.contains("713亿元")]
    left = uncovered(load(), facts.drop(gdp.index), tables["non_figures"])
    assert [u.token.text for u in left] == ["713"]
    assert left[0].line == 46


def test_a_non_figure_covers_only_its_own_number():
    tables, _ = read_tables()
    non_figures = tables["non_figures"]
    years = non_figures[non_figures["number"] == "2022"]
    left = uncovered(load(), tables["facts"], non_figures.drop(years.index))
    assert left and all(u.token.text == "2022" for u in left)
