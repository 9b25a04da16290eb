"""Every slide a link can ask for (issue 23): each chart key of each page, for every sector the page
can filter by and in both languages, gives either that chart alone, with points to draw, or the message
that names the chart and links back; never a blank page. The app runs as a visitor's browser has it
(app.py's navigation, so the message app.py adds after the page is there), through Streamlit's AppTest."""

import json

import pytest
from streamlit.testing.v1 import AppTest

from gwr import charts, i18n
from gwr.paths import ROOT
from gwr.store import db
from gwr.store.queries import SQL

SECTORS = list(i18n.SECTORS)
# page script: its chart keys, and whether it filters by sector (None: no filter)
PAGES = {
    "pages/overview.py": (["growth_targets"], [None]),
    "pages/share_of_city.py": (["city_shares"], [None, *SECTORS]),
    "pages/years.py": (["year_pairs", "years_growth", "completion"], [None, *SECTORS]),
    # The Sectors page offers the sectors that hold figures (another gets the notice and the default view).
    "pages/sectors.py": ([f"sector_{dimension}" for dimension in i18n.DIMENSIONS], list(db.run(SQL.sectors)["sector"])),
}
CASES = [(script, sector) for script, (_keys, sectors) in PAGES.items() for sector in sectors]


def slide(script: str, key: str, sector: str | None, lang: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update({"briefing": "1", "chart": key, "lang": lang, **({"sector": sector} if sector else {})})
    at.switch_page(script)
    return at.run()


def points(chart) -> int:
    """The points a drawn chart has (its figure as Streamlit sends it)."""
    return sum(len(trace.get("y") or trace.get("x") or ()) for trace in json.loads(chart.proto.spec)["data"])


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("script", "sector"), CASES)
def test_every_slide_is_its_chart_or_says_why_not(script, sector, lang):
    keys, _sectors = PAGES[script]
    drawn = set()
    for key in [*keys, "no_such_chart"]:
        at = slide(script, key, sector, lang)
        assert not at.exception, (key, at.exception)
        shown = at.get("plotly_chart")
        missing = [info.value for info in at.info if f"`{key}`" in info.value]
        if key == "no_such_chart":
            assert not shown and missing, key
            continue
        assert len(shown) + len(missing) == 1, (key, len(shown), missing)  # the chart alone, or the message
        if shown:
            assert points(shown[0]) > 0, key
            drawn.add(key)
        else:
            assert missing[0].startswith(i18n.t("slide_missing", lang).split("{chart}")[0])
    if script == "pages/sectors.py":  # a slide for each dimension the sector charts, and only those
        charted = charts.sector_groups(db.run(SQL.sector_figures, sector=sector))[0]
        assert drawn == {f"sector_{dimension}" for dimension in charted}
    else:
        assert drawn, f"no slide of {script} draws for sector {sector}"
