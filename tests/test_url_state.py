"""Links reopen the same view: URL state is codes, the same in both languages; old label-form links
open the view they meant; a value that matches nothing gets a visible notice and the default view."""

import pytest
from page_top import page_title
from streamlit.testing.v1 import AppTest

from gwr.app import url_state
from gwr.paths import ROOT

# Every page with every filter set to a non-default value, as codes. Free text (q) is not a code.
VIEWS = {
    "data": {"sector": "enterprises,trade", "year": "2022", "kind": "actual", "restated": "1"},
    "years": {"sector": "enterprises", "unlike": "1"},
    "sectors": {"sector": "rural", "cluster": "direction_hydrogen_storage"},
    "share_of_city": {"sector": "trade,enterprises"},
    "report": {"fact": "2022-gdp", "section": "5"},
}
FREE_TEXT = {"q", "sql"}


def url_notices(at: AppTest) -> list[str]:
    return [w.value for w in at.warning if "默认视图" in w.value or "default view" in w.value]


def run_page(page: str, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / f"{page}.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def shown(at: AppTest, page: str) -> list:
    """What the view shows, independent of language: fact ids, bar values or the chosen cluster."""
    if page == "data":
        return sorted(at.dataframe[0].value["fact_id"])
    if page == "years":
        return sorted(link.split("&lang=")[0] for link in at.dataframe[0].value["link"])
    if page == "sectors":
        return [at.selectbox(key="sector").value, at.selectbox(key="cluster").value, len(at.get("plotly_chart"))]
    if page == "report":
        return [at.selectbox(key="section").value, at.query_params["fact"]]
    return sorted(at.dataframe[0].value["metric"].index)


@pytest.mark.parametrize("page", list(VIEWS))
def test_url_holds_codes_and_opens_the_same_view_in_both_languages(page):
    views = {}
    for lang in ("zh", "en"):
        at = run_page(page, lang=lang, **VIEWS[page])
        assert not at.exception and not url_notices(at), url_notices(at)
        params = {key: at.query_params[key] for key in at.query_params}
        for key, value in params.items():
            values = value if isinstance(value, list) else [value]
            assert key in FREE_TEXT or all(url_state.CODE.fullmatch(v) for v in values), (key, value)
        for key, value in VIEWS[page].items():
            assert params.get(key) in (value, [value]), (key, params)  # the view kept every filter
        views[lang] = shown(at, page)
    assert views["zh"] == views["en"]
    assert views["zh"]


def value_of(at: AppTest, key: str):
    widgets = [w for kind in ("selectbox", "multiselect") for w in at.get(kind) if w.key == key]
    return widgets[0].value


LEGACY = [
    # page, URL parameters, widget key, the value it must open with
    ("sectors", {"sector": "Economy (6)"}, "sector", "economy"),
    ("sectors", {"sector": "Economy (5)"}, "sector", "economy"),  # a count that has since changed
    ("sectors", {"sector": "经济总量（6个数字）"}, "sector", "economy"),
    ("years", {"lang": "English", "sector": "市场主体"}, "sector", "enterprises"),
    ("years", {"lang": "en", "sector": "enterprises"}, "sector", "enterprises"),
    ("data", {"lang": "en", "sector": "trade"}, "sector", ["trade"]),
    ("data", {"sectors": "Trade", "years": "2022"}, "sector", ["trade"]),  # old parameter names
    ("share_of_city", {"sectors": "外贸开放"}, "sector", ["trade"]),
]


@pytest.mark.parametrize(("page", "params", "key", "expected"), LEGACY)
def test_old_links_open_the_view_they_meant(page, params, key, expected):
    at = run_page(page, **params)
    assert not at.exception and not url_notices(at)
    assert value_of(at, key) == expected
    assert at.query_params[key] in (url_state.encode(expected), [url_state.encode(expected)])


def test_language_from_old_and_new_links():
    assert page_title(run_page("years", lang="English")) == "2022 results → 2023 targets"
    assert page_title(run_page("years", lang="en")) == "2022 results → 2023 targets"
    assert page_title(run_page("years", lang="中文")) == "2022年实绩 → 2023年目标"


@pytest.mark.parametrize(
    ("page", "params", "key", "default"),
    [
        ("years", {"sector": "nonsense"}, "sector", None),
        ("sectors", {"sector": "Economics (6)"}, "sector", None),
        ("data", {"sector": "trade,bogus"}, "sector", ["trade"]),
        ("years", {"unlike": "maybe"}, "unlike", None),
    ],
)
def test_a_value_that_matches_nothing_is_named_and_the_default_view_is_shown(page, params, key, default):
    at = run_page(page, lang="en", **params)
    assert not at.exception
    (warning,) = url_notices(at)
    bad = params[key].split(",")[-1]
    assert f"{key}={bad}" in warning
    if default is not None:
        assert value_of(at, key) == default


def test_url_state_matching_is_pure():
    reading = url_state.match(["Economy (6)", "bogus", "trade"], ["economy", "trade"], lambda c, lang: c.title())
    assert reading.values == ("economy", "trade") and reading.unknown == ("bogus",)
    assert url_state.language(["English"]) == "en" and url_state.language(["zh"]) == "zh"
    assert url_state.encode(["a", "b"]) == "a,b" and url_state.encode(True) == "1" and url_state.encode([]) is None


def test_a_selector_with_no_choice_shows_its_all_label_in_the_visitors_language():
    """Streamlit draws a None value as "no choice" with a placeholder; it must say 全部 / All, not
    Streamlit's own "Choose an option"."""
    for lang, label in (("zh", "全部"), ("en", "All")):
        sector = run_page("years", lang=lang).selectbox(key="sector")
        assert sector.value is None and sector.proto.placeholder == label
