"""One definition of a count: every figure count a page shows is counts.figures() of the data it
shows, for the default views and for each sector; the canned SQL agrees with it."""

import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from gwr import i18n
from gwr.paths import DATA_DIR, ROOT
from gwr.rules import counts
from gwr.store import db

FACTS = pd.read_csv(DATA_DIR / "jianxi_2022_2023.csv", encoding="utf-8")
SECTORS = sorted(FACTS["sector"].unique())


def run_page(page: str, opened: tuple[str, ...] = (), **params) -> AppTest:
    """Run a page with the URL's query `params`; the expanders and popovers keyed in `opened` are open."""
    at = AppTest.from_file(str(ROOT / "pages" / f"{page}.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    for key in opened:
        at.session_state[key] = True
    return at.run()


def texts(at: AppTest) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption])


def test_a_figure_is_a_row_that_restates_nothing():
    assert counts.figures(FACTS) == len(FACTS) - FACTS["restates"].notna().sum()
    assert 0 < counts.restatements(FACTS) < len(FACTS)
    assert counts.summary(FACTS, "en") == f"{len(FACTS)} rows, {counts.figures(FACTS)} distinct figures"


def test_the_canned_sector_query_counts_as_the_function_does():
    from_sql = db.execute(db.build(), "sectors").drop(columns="report_id").set_index("sector").sort_index()
    from_function = counts.by_sector(FACTS).set_index("sector").sort_index()
    pd.testing.assert_frame_equal(from_sql, from_function, check_dtype=False)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_overview_and_sql_pages_state_the_count_of_the_data(lang):
    expected = counts.summary(FACTS, lang)
    assert not run_page("overview", lang=lang).dataframe  # a closed expander sends nothing
    overview = run_page("overview", opened=("expander_about_data",), lang=lang)
    assert expected in texts(overview)
    table = overview.dataframe[0].value
    assert table["figures"].sum() == counts.figures(FACTS) and table["rows"].sum() == len(FACTS)
    assert expected in texts(run_page("sql", opened=("expander_sql_tables",), lang=lang))


def test_data_page_counts_the_rows_it_shows():
    at = run_page("data", lang="en")
    shown = at.dataframe[0].value
    assert f"**{counts.summary(FACTS[FACTS['restates'].isna()], 'en')}**" in texts(at)
    assert len(shown) == counts.figures(FACTS)
    at.toggle(key="restated").set_value(True).run()
    assert len(at.dataframe[0].value) == len(FACTS)
    assert f"**{counts.summary(FACTS, 'en')}**" in texts(at)


@pytest.mark.parametrize("sector", SECTORS)
def test_sectors_page_selector_and_caption_count_as_the_data(sector):
    at = run_page("sectors", lang="en")
    at.selectbox(key="sector").set_value(sector).run()
    in_sector = FACTS[FACTS["sector"] == sector]
    selector = at.selectbox(key="sector")
    label = selector.format_func(sector)
    assert label == f"{i18n.sector_name(sector, 'en')} ({counts.figures(in_sector)} figures)"
    assert any(c.value.startswith(counts.summary(in_sector, "en")) for c in at.caption)
    # The data page filtered to the sector shows the same number of figures.
    data = run_page("data", lang="en")
    data.multiselect(key="sector").set_value([sector]).run()
    assert len(data.dataframe[0].value) == counts.figures(in_sector)
    numbers = re.findall(r"\d+", label)
    assert int(numbers[-1]) == counts.figures(in_sector)
