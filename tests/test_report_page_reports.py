"""The Report page shows the report the picker chose (?report=<id>): that report's text, its outline and
sections named in English, its figures marked, ?fact= landing on its clause, search over its words; a
figure of another report is said not to be in it; the glossary only where the report has one.

The further reports are the MADE UP districts (tests/made_up_reports.py), served beside the shipped one."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from made_up_reports import EAST_2024
from streamlit.testing.v1 import AppTest

from gwr import i18n
from gwr.app import report_sections
from gwr.data import report
from gwr.data.loading import package_folder
from gwr.data.validation import read_tables
from gwr.paths import DATA_DIR, ROOT

FACT_CLAUSE = "全区实现地区生产总值286.0亿元，占全市的60.5%"  # its figure is looked up by this quote
FIRST_PART_WORDS = "外贸进出口总额12.3亿元"  # in part 一, the section the page opens on
SHIPPED_FACT = "2022-gdp"
SEARCHED = "新增市场主体3200户"  # made-up words, in no other report
PART_NAMES = {  # the made-up report's sections as the section list names them
    "zh": ["封面与导言", "一、2023年工作回顾", "二、2024年工作安排"],
    "en": ["Opening", "Part 1: 2023年工作回顾", "Part 2: 2024年工作安排"],
}
# A made-up text with headings in a part and a glossary, for the names of another report's sections.
HEADED_TEXT = """（虚构示例：MADE UP for tests.）
各位代表：
一、过去五年工作回顾
过去五年，全区地区生产总值年均增长6%。
二、2025年重点工作
（一）坚持项目为王
新开工项目30个。
（二）优化营商环境
新增市场主体1000户。
名词解释
链长制：由领导担任产业链链长的工作机制。
"""
HEADED_NAMES_EN = [
    "Opening",
    "Part 1: 过去五年工作回顾",
    "Part 2: 2025年重点工作",
    "Part 2, §(1) (坚持项目为王)",
    "Part 2, §(2) (优化营商环境)",
    "Glossary: 链长制",
]


@pytest.fixture(scope="module")
def facts(made_up_reports) -> pd.DataFrame:
    """The made-up report's facts, as its package holds them."""
    tables, problems = read_tables(package_folder(EAST_2024, DATA_DIR, made_up_reports))
    assert problems == []
    return tables["facts"]


@pytest.fixture(scope="module")
def fact(facts) -> str:
    """The id of the figure whose clause is FACT_CLAUSE."""
    (found,) = facts.loc[facts["quote"] == FACT_CLAUSE, "fact_id"]
    return found


def run_report_page(lang: str, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / "report.py"), default_timeout=60)
    at.query_params["report"] = EAST_2024
    at.query_params["lang"] = lang
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def shown_html(at: AppTest) -> str:
    return "".join(element.proto.body for element in at.get("html"))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_page_shows_the_chosen_reports_text_and_its_sections(served_reports, facts, lang):
    at = run_report_page(lang)
    assert not at.exception, at.exception[0].value if at.exception else ""
    assert not at.error and not at.warning, [w.value for w in at.warning]
    html = shown_html(at)
    assert FIRST_PART_WORDS in html
    assert "一年来，我们" not in html  # nothing of the shipped text
    marked = {fact_id for title in re.findall(r'<mark[^>]* title="([^"]+)"', html) for fact_id in title.split(", ")}
    assert marked and marked <= set(facts["fact_id"])  # the report's own figures are marked, no other's
    section = at.selectbox(key="section")
    assert section.value == 1 and section.options == PART_NAMES[lang]
    assert not at.expander  # the glossary table holds the shipped report's terms only


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_figure_of_the_report_lands_on_its_clause(served_reports, fact, lang):
    at = run_report_page(lang, fact=fact)
    assert not at.exception and not at.error and not at.warning, [w.value for w in at.warning]
    html = shown_html(at)
    assert 'id="selected-clause"' in html and html.count('data-selected="1"') == 2
    selected = html.split('id="selected-clause"', 1)[1].split("</mark>", 1)[0]
    assert selected.endswith(FACT_CLAUSE)
    assert at.selectbox(key="section").value == 1


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_figure_of_another_report_is_not_in_this_one(served_reports, lang):
    at = run_report_page(lang, fact=SHIPPED_FACT)
    assert not at.exception and not at.error
    expected = i18n.t("no_such_figure", lang).format(id=f"`{SHIPPED_FACT}`")
    assert [warning.value for warning in at.warning] == [expected]
    assert FIRST_PART_WORDS in shown_html(at)  # the report itself still shown


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_search_finds_the_reports_own_words(served_reports, lang):
    at = run_report_page(lang, q=SEARCHED)
    assert not at.exception and not at.error
    assert any(m.value == f"**{i18n.count(1, 'match', lang)}**" for m in at.markdown)
    assert any(SEARCHED in element.proto.body and "<mark" in element.proto.body for element in at.get("html"))
    at = run_report_page(lang, q="天使贷")  # a term of the shipped report's glossary: not this report's
    assert any(m.value == f"**{i18n.count(0, 'match', lang)}**" for m in at.markdown)


def test_the_shipped_report_keeps_its_glossary_beside_further_reports(served_reports):
    at = AppTest.from_file(str(ROOT / "pages" / "report.py"), default_timeout=60)
    at.query_params["lang"] = "en"
    at.run()
    assert not at.exception and not at.error
    assert [expander.label for expander in at.expander] == [i18n.t("glossary", "en")]
    assert at.selectbox(key="section").options[1] == "Part 1: review of 2022"


def test_another_reports_sections_are_named_by_its_own_outline(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(HEADED_TEXT, encoding="utf-8")
    names = report.load_from(path).section_names
    assert [report_sections.name(names, i, "en", {}) for i in range(len(names))] == HEADED_NAMES_EN
    assert [report_sections.name(names, i, "zh", {}) for i in range(len(names))] == names
