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


# Every select and multiselect a page draws at first, with a value set by its link.
SELECTORS = {
    "data": ({"sector": "trade,finance", "year": "2022", "kind": "actual", "wording": "approx"}, ("multiselect",)),
    "share_of_city": ({"sector": "trade,enterprises"}, ("multiselect",)),
    "sectors": ({"sector": "rural", "cluster": "direction_hydrogen_storage"}, ("selectbox",)),
    "years": ({"sector": "enterprises"}, ("selectbox",)),
}


def chosen_labels(at: AppTest, kinds: tuple[str, ...]) -> dict[str, list[str]]:
    """What each selector tells the browser to show as chosen, when it tells it anything."""
    shown = {}
    for kind in kinds:
        for widget in at.get(kind):
            if widget.proto.set_value:
                raw = widget.proto.raw_values if kind == "multiselect" else [widget.proto.raw_value]
                shown[widget.key] = list(raw)
    return shown


@pytest.mark.parametrize("page", list(SELECTORS))
def test_a_language_switch_shows_the_chosen_options_in_the_new_language(page):
    """Streamlit keeps a select's value in the browser as labels and resends it only when the value
    changes; the value (codes) does not change with the language, so the widget must send it again with
    the new labels, or the chips stay in the old language."""
    params, kinds = SELECTORS[page]
    at = run_page(page, lang="en", **params)
    english = chosen_labels(at, kinds)
    assert set(english) == set(params)
    at.query_params["lang"] = "zh"
    at.run()
    chinese = chosen_labels(at, kinds)
    assert set(chinese) == set(english), chinese  # every chosen label sent again
    for key, labels in chinese.items():
        widget = next(w for kind in kinds for w in at.get(kind) if w.key == key)
        assert labels and all(label in widget.proto.options for label in labels), (key, labels)
        assert labels != english[key], key
    at.run()  # no change: nothing is sent again
    assert chosen_labels(at, kinds) == {}


def test_a_multiselect_has_no_select_all_row():
    """No "Select all" row: its words are Streamlit's own English, and an empty choice already means all."""
    at = run_page("data", lang="zh")
    assert all(widget.proto.select_all == 0 for widget in at.multiselect)


def open_through_app(page: str | None = None, **params) -> AppTest:
    """The whole app (router and frame), at `page` with `params` in its URL."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    return follow(at, page, **params) if page else at


def follow(at: AppTest, page: str, **params) -> AppTest:
    """A link to `page` inside the session: a sidebar link has no query (the frame adds ?lang=)."""
    at.query_params.clear()
    for key, value in params.items():
        at.query_params[key] = value
    return at.switch_page(f"pages/{page}.py").run()


def figure_ids(at: AppTest) -> set:
    return set(at.dataframe[0].value["fact_id"])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_filters_come_back_with_the_page_through_the_sidebar(lang):
    at = open_through_app("data", lang=lang, sector="trade,finance", year="2022")
    narrowed = figure_ids(at)
    follow(at, "overview", lang=lang)
    assert not at.exception
    follow(at, "data", lang=lang)  # the sidebar link: no filters in it
    assert at.multiselect(key="sector").value == ["trade", "finance"]
    assert at.multiselect(key="year").value == [2022]
    assert at.query_params["sector"] in ("trade,finance", ["trade,finance"])  # the URL says so again
    assert at.query_params["year"] in ("2022", ["2022"])
    assert figure_ids(at) == narrowed
    assert not url_notices(at)


def test_a_link_that_names_filters_opens_what_it_names():
    at = open_through_app("data", lang="en", sector="trade,finance")
    follow(at, "overview", lang="en")
    follow(at, "data", lang="en", kind="target")
    assert at.multiselect(key="sector").value == [] and at.multiselect(key="kind").value == ["target"]
    assert "sector" not in at.query_params


def test_a_bare_link_in_a_new_session_opens_the_default_view():
    at = open_through_app("data", lang="en", sector="trade,finance")
    assert at.multiselect(key="sector").value == ["trade", "finance"]
    fresh = open_through_app("data", lang="en")
    assert fresh.multiselect(key="sector").value == [] and "sector" not in fresh.query_params


def test_a_cleared_filter_stays_cleared_when_the_page_comes_back():
    at = open_through_app("data", lang="en", sector="trade")
    at.multiselect(key="sector").set_value([]).run()
    assert "sector" not in at.query_params
    follow(at, "overview", lang="en")
    follow(at, "data", lang="en")
    assert at.multiselect(key="sector").value == [] and "sector" not in at.query_params
