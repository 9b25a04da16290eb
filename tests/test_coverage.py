"""Every number of the report, in digits or in Chinese numerals and quantity words, is a captured
figure, a claim, a fact's rank or a listed non-figure."""

from typer.testing import CliRunner

from gwr.data.cli import app
from gwr.data.coverage import uncovered, uncovered_words
from gwr.data.report import load, numeral_value, tokens, word_tokens
from gwr.data.validation import read_tables

NUMBERS_IN_REPORT = 282
NUMERAL_WORDS_IN_REPORT = 391


def test_report_has_the_numbers_we_counted():
    assert len(tokens(load().squashed)) == NUMBERS_IN_REPORT


def test_report_has_the_numeral_words_we_counted():
    assert len(word_tokens(load().squashed)) == NUMERAL_WORDS_IN_REPORT


def test_nothing_is_left_over():
    tables, problems = read_tables()
    assert not problems
    assert [str(u) for u in uncovered(load(), tables["facts"], tables["non_figures"])] == []


def test_no_numeral_word_is_left_over():
    tables, _ = read_tables()
    left = uncovered_words(load(), tables["facts"], tables["claims"], tables["non_figures"])
    assert [str(u) for u in left] == []


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


def test_removing_a_claim_leaves_its_words_uncovered():
    tables, _ = read_tables()
    claims = tables["claims"]
    qflp = claims[claims["words_zh"] == "两支"]
    left = uncovered_words(load(), tables["facts"], claims.drop(qflp.index), tables["non_figures"])
    assert [u.token.text for u in left] == ["两"]
    assert "两支QFLP" in left[0].context


def test_a_fact_rank_covers_its_first_place():
    tables, _ = read_tables()
    facts = tables["facts"].copy()
    facts.loc[facts["fact_id"] == "2022-gdp", "city_rank"] = None
    left = uncovered_words(load(), facts, tables["claims"], tables["non_figures"])
    assert [u.token.text for u in left] == ["第一"]
    assert left[0].line == 48


def test_a_numeral_non_figure_covers_only_its_own_word():
    tables, _ = read_tables()
    non_figures = tables["non_figures"]
    list_items = non_figures[non_figures["context"] == "一是"]
    left = uncovered_words(load(), tables["facts"], tables["claims"], non_figures.drop(list_items.index))
    assert left and all(u.token.text == "一" and "一是" in u.context for u in left)


def test_numeral_tokens_leave_out_digit_units_and_retail():
    assert [t.text for t in word_tokens("惠及群众1.4万人，社会消费品零售总额，万亩菊花")] == ["万"]


def test_numeral_values():
    cases = {"两": 2, "千": 1000, "万": 10_000, "二十": 20, "十一": 11, "千万": 10_000_000, "百亿": 1e10}
    assert {text: numeral_value(text) for text in cases} == cases
    assert numeral_value("十四五") is None and numeral_value("双双") is None


def test_cli_reports_both_kinds_of_number():
    result = CliRunner().invoke(app, ["coverage"])
    assert result.exit_code == 0, result.output
    assert f"{NUMBERS_IN_REPORT} of {NUMBERS_IN_REPORT} digit numbers covered; 0 left over." in result.output
    assert (
        f"{NUMERAL_WORDS_IN_REPORT} of {NUMERAL_WORDS_IN_REPORT} Chinese numerals and quantity words covered"
        in result.output
    )
