"""Streamlit pieces every page shares: language, data access with clear errors, charts, links, footer.

Pages call these; nothing here holds data in session state (only the widgets' own UI state).
"""

from __future__ import annotations

import atexit
import copy
import json
import re
import shutil
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import urlencode, urlsplit

import plotly.graph_objects as go
import streamlit as st

from gwr import charts, citation, formatting, i18n, paths
from gwr.app import arrow_bytes, url_state
from gwr.data import package, report
from gwr.data.package import DataError
from gwr.store import cache, memo

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

# pandas, pyarrow and DuckDB (gwr.store.db, .tables, .counts) are imported where a result is computed, not
# here: the first page of a start draws from kept results (gwr.store.cache) without them, which is most of
# a cold start's time (0.6 of 1.5 s).

page_url, report_url = url_state.page_url, url_state.report_url  # the pages' links, pure


def ensure_frame() -> None:
    """Send a deep link that is the server's first request through app.py.

    While no session has called st.navigation yet, Streamlit treats the pages/ folder the legacy
    way and runs a requested page alone, without the frame (language switch, navigation, footer).
    Clearing that flag and rerunning lets app.py route the same URL.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def page(
    title: str, caption: str | None = None, *, lead: str | None = None, section: str | None = None, **values
) -> str:
    """Start a page: send a first-request deep link through the frame, then draw its top in the
    visitor's language and return it: the title, the caption (catalog keys; `values` fill the
    caption's fields), a `lead` paragraph and the heading of a first `section` (catalog keys).

    They are one element, which also carries the page style: every element is a websocket message
    with its own cost to a busy instance (docs/benchmarks.md). The caption is catalog text and counts,
    no visitor text, so the style can ride in it."""
    ensure_frame()
    lang = language()
    lines = _heading_lines(i18n.t(title, lang), i18n.t(caption, lang).format(**values) if caption else None, level=1)
    lines += [i18n.t(lead, lang)] if lead else []
    lines += _heading_lines(i18n.t(section, lang)) if section else []
    st.markdown("\n\n".join([*lines, PAGE_CSS]), unsafe_allow_html=True)
    return lang


def _heading_lines(text: str | None, *notes: str, level: int = 3) -> list[str]:
    """A heading (level 1–3, or 0: a bold line) and its notes in a caption's small grey type, as lines
    of Markdown."""
    heading = [f"{'#' * level} {text}" if level else f"**{text}**"] if text else []
    return heading + [f":small[:gray[{note}]]" for note in notes if note]


def heading(text: str | None, *notes: str, level: int = 3, rule: bool = False) -> None:
    """A heading (level 3: a subheader's size; 0: a bold line) with its notes under it, after a
    horizontal rule if `rule`, as one element: a divider, a subheader and a caption were one message
    each on every run."""
    st.markdown("\n\n".join(["---"] * rule + _heading_lines(text, *notes, level=level)))


CHOSEN = "_language"  # UI state: the language last shown, for when the switch's own state is lost


def language() -> str:
    """The visitor's language: the sidebar switch when the frame drew it, else ?lang= in the URL
    (zh|en; the old label form ?lang=English still works), else the language last shown."""
    value = st.session_state.get(i18n.KEY)
    if value in i18n.LANGUAGES:
        return value
    chosen = st.session_state.get(CHOSEN)
    return url_state.language(st.query_params.get_all(i18n.KEY)) or chosen or i18n.DEFAULT


def language_switch() -> str:
    """The frame's language switch; its code is always in the URL, so every link carries it.

    On a phone Streamlit unmounts the collapsed sidebar after a tap on a page link, and the switch's
    state goes with it while the new page's URL has no ?lang=; the language last shown carries over."""
    if st.session_state.get(i18n.KEY) not in i18n.LANGUAGES:
        st.session_state[i18n.KEY] = language()
    st.sidebar.segmented_control(
        i18n.t("language", i18n.DEFAULT),
        options=list(i18n.LANGUAGES),
        format_func=_switch_label,
        key=i18n.KEY,
        required=True,
    )
    lang = st.session_state[CHOSEN] = language()
    _to_url(i18n.KEY, lang)
    return lang


def _to_url(key: str, value: str) -> None:
    """?key=value in the URL. Streamlit sends the browser the whole query string on every assignment,
    even of the value already there (a message on every run), so only a change is assigned."""
    if st.query_params.get_all(key) != [value]:
        st.query_params[key] = value


def _switch_label(code: str) -> str:
    """A language's name on its button, after a space the button does not show: Streamlit looks for an
    emoji at the start of a label that is not ASCII, which loads its catalogue of emoji (0.13 s of a
    cold start, then a regular-expression search on every run); a label starting with a space skips it."""
    return f" {i18n.LANGUAGES[code]}"


@memo.shared(8)
def _pages(specs: tuple, lang: str) -> tuple[st.Page, ...]:
    return tuple(
        st.Page(script, title=i18n.t(title, lang), icon=icon, url_path=url_path, default=url_path is None)
        for script, title, icon, url_path in specs
    )


def pages(specs: tuple, lang: str) -> list[st.Page]:
    """The navigation's pages ((script, title key, icon, URL path or None for the default page), …).

    Making seven st.Page objects resolved their paths on disk every run (1.5 ms, 7 % of a page run);
    they are made once per language and each run gets copies, since st.navigation marks the copy
    it returns as the one page this run may call."""
    return [copy.copy(page) for page in _pages(specs, lang)]


# --- widgets whose state lives in the URL, as codes (gwr.app.url_state) ---------------------------


def _restore(key: str, read, aliases: tuple[str, ...] = ()) -> None:
    """Before a URL-bound widget is drawn for the first time in a session, take its value from the
    URL (its key, or an older name of it in `aliases`); a value that matches nothing is named in a
    notice and the default view is shown."""
    if key in st.session_state:
        return
    raw = [value for name in (key, *aliases) for value in st.query_params.get_all(name)]
    for name in aliases:
        st.query_params.pop(name, None)
    value, unknown = read(raw)
    st.session_state[key] = value
    if unknown:
        shown = escape_markdown(", ".join(unknown)[:80])
        st.warning(i18n.t("url_unknown", language()).format(name=key, value=shown))


def _publish(key: str, default) -> None:
    """The widget's value as codes in the URL; absent when it is the default."""
    value = st.session_state.get(key)
    encoded = url_state.encode(value)
    if encoded is None or value == default:
        st.query_params.pop(key, None)
    else:
        _to_url(key, encoded)


def select(container, label: str, key: str, options: list, format_func, default=None, label_of=None):
    """A selectbox bound to ?key=<code>; `label_of(option, lang)` lets old label-form links match."""

    def read(raw):
        reading = url_state.match(raw, options, label_of)
        return (reading.values[0] if reading.values else default), reading.unknown

    _restore(key, read)
    if st.session_state[key] not in options:
        st.session_state[key] = default
    # Streamlit shows a None value as "no choice" with its placeholder, so None's own label goes there.
    placeholder = format_func(None) if None in options else None
    value = container.selectbox(label, options=options, format_func=format_func, key=key, placeholder=placeholder)
    _publish(key, default)
    return value


def multiselect(
    container, label: str, key: str, options: list, format_func, label_of=None, aliases: tuple[str, ...] = (), **kwargs
) -> list:
    """A multiselect bound to ?key=<code>,<code>; empty means every option (no filter)."""

    def read(raw):
        reading = url_state.match(raw, options, label_of)
        return list(reading.values), reading.unknown

    _restore(key, read, aliases)
    value = container.multiselect(
        label, options=options, format_func=format_func, key=key, placeholder=i18n.t("all", language()), **kwargs
    )
    _publish(key, [])
    return value


def toggle(container, label: str, key: str, **kwargs) -> bool:
    """A switch bound to ?key=1 (off when absent)."""

    def read(raw):
        found = url_state.tokens(raw)[:1]
        unknown = tuple(v for v in found if v.lower() not in ("1", "true", "0", "false"))
        return bool(found) and found[0].lower() in ("1", "true"), unknown

    _restore(key, read)
    value = container.toggle(label, key=key, **kwargs)
    _publish(key, False)
    return value


def text(container, label: str, key: str, max_chars: int, **kwargs) -> str:
    """A text input bound to ?key=<text> (free text, not a code)."""
    _restore(key, lambda raw: ((raw[0][:max_chars] if raw else ""), ()))
    value = container.text_input(label, key=key, max_chars=max_chars, **kwargs)
    _publish(key, "")
    return value


def expander(label: str, key: str, expanded: bool = False):
    """An expander whose content is built and sent only while it is open (opening it reruns the
    page): the container to fill, or None while closed. Tables behind a closed expander cost a
    page run their conversion to Arrow on every run otherwise."""
    section = st.expander(label, expanded=expanded, key=f"expander_{key}", on_change="rerun")
    return section if section.open else None


def link_to_view(lang: str) -> None:
    """A copyable link that reopens the current view (every state of it is in the URL, as codes);
    in the sidebar, so not in briefing view, which hides it."""
    if briefing():
        return
    query = urlencode(st.query_params.to_dict())
    base = (st.context.url or "").split("?")[0]
    popover = st.sidebar.popover(i18n.t("copy_link", lang), icon=":material/link:", key="copy_link", on_change="rerun")
    if popover.open:  # built only while open, like the citations
        with popover:
            st.caption(i18n.t("copy_link_help", lang))
            st.code(f"{base}?{query}", language=None, wrap_lines=True)


# Enough to stop links, images, autolinks, emphasis, code, LaTeX and Streamlit's :colour[] directives.
MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]<>:~$#])")


def escape_markdown(text: str) -> str:
    """Text from a visitor (a URL, their SQL echoed in an error) shown literally, never as links or markup."""
    return MARKDOWN_SPECIALS.sub(r"\\\1", text)


def show_data_error(problems: list, lang: str) -> None:
    st.error(i18n.t("data_error", lang))
    st.markdown(i18n.t("data_error_help", lang))
    st.code("\n".join(str(p) for p in problems), language=None)


def _or_explain(compute):
    """compute(); on invalid data, explain which file and rule instead, then stop the page."""
    try:
        return compute()
    except DataError as error:
        show_data_error(error.problems, language())
        st.stop()
        raise  # unreachable: st.stop() ends the script run


def query(name: str, **params) -> pd.DataFrame:
    """The result of a named query (cached as data)."""
    from gwr.store import db

    return _or_explain(lambda: db.run(name, **params))


# Metric cards wrap long labels and values instead of cutting them off ("26,000 peo…").
PAGE_CSS = """
<style>
[data-testid="stMetricLabel"] *, [data-testid="stMetricValue"] * {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
}
[data-testid="stMetricValue"] { font-size: 1.75rem; line-height: 1.25; }
/* The headline cards (cards()): four to a row, two on a phone, a row's cards as tall as the tallest;
   a card's notes are muted lines that wrap, not a change's pill. */
.st-key-cards { display: grid !important; grid-template-columns: repeat(4, minmax(0, 1fr)); }
.st-key-cards > *, .st-key-cards [data-testid="stMetric"], .st-key-cards [data-testid="stMetric"] > div { height: 100%; }
.st-key-cards [data-testid="stMetricDelta"] { background: none !important; padding: 0 !important; flex: 1 1 auto !important; }
.st-key-cards [data-testid="stMetricDelta"] * {
  white-space: pre-line !important; overflow: visible !important; text-overflow: clip !important;
}
/* Phones: a smaller page title, and the cards two to a row, so the first chart is on the first or
   second screen. */
@media (max-width: 640px) {
  h1 { font-size: 1.9rem !important; }
  [data-testid="stMetricValue"] { font-size: 1.3rem; }
  .st-key-cards { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.5rem !important; }
}
</style>
"""


def cards():
    """The place for a page's cards (`card`): one container, laid out by PAGE_CSS as a grid of four to
    a row (two on a phone) whose rows are as tall as their tallest card. Columns of bordered boxes cost
    three elements a card (column, metric, caption) on every run; this costs one."""
    return st.container(horizontal=True, gap="small", key="cards")


def card(place, label: str, value: str, help_text: str, notes: list[str]) -> None:
    """A card in `cards()`: the figure as a bordered metric, its notes (claims, links) under the value
    in the muted line a metric keeps for a change, with no arrow and no colour: a note is not a change."""
    place.metric(
        label, value, delta="\n".join(filter(None, notes)) or None, delta_color="off", delta_arrow="off",
        help=help_text, border=True,
    )  # fmt: skip


def fact_link(fact_id: str, lang: str) -> None:
    st.markdown(f"[{i18n.t('open_in_report', lang)} ↗]({report_url(fact_id, lang)})")


BRIEFING_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"] { display: none !important; }
html { font-size: 20px; }
.block-container { padding-top: 1.5rem !important; max-width: 96% !important; }
/* No widgets and no tables on a slide: only titles, cards and charts. */
[data-testid="stElementContainer"]:has(input, textarea, [role="switch"], [data-testid="stDataFrame"],
  [data-testid="stDownloadButton"], [data-testid="stPopover"], [data-testid="stButton"]),
[data-testid="stExpander"], [data-testid="stDivider"] { display: none !important; }
</style>
"""
# ?briefing=1&chart=<key>: that chart alone, filling the window (Plotly sizes itself to its box).
SLIDE_CSS = """
<style>
[data-testid="stMain"] [data-testid="stElementContainer"]:not(:has([data-testid="stPlotlyChart"])),
[data-testid="stMain"] [data-testid="stLayoutWrapper"]:not(:has([data-testid="stPlotlyChart"])),
[data-testid="stMain"] [data-testid="stHorizontalBlock"]:not(:has([data-testid="stPlotlyChart"])),
[data-testid="stMain"] h1 { display: none !important; }
.block-container { padding: 0.5rem 1rem !important; max-width: 100% !important; }
[data-testid="stPlotlyChart"], [data-testid="stPlotlyChart"] > div, .js-plotly-plot, .plot-container,
.svg-container { height: calc(100vh - 1rem) !important; width: 100% !important; }
</style>
"""
CHART = "chart"  # the query parameter naming the one chart a slide shows


def briefing() -> bool:
    """Whether the page is in briefing view (?briefing=1): no chrome, larger type, for clean screenshots."""
    return st.query_params.get("briefing") == "1"


def slide_chart() -> str | None:
    """The chart key of a one-chart slide (?briefing=1&chart=<key>), if any."""
    return st.query_params.get(CHART) if briefing() else None


def apply_briefing_style() -> None:
    if briefing():
        st.html(BRIEFING_CSS)  # constants: no data or visitor text
    if slide_chart():
        st.html(SLIDE_CSS)


@st.cache_resource(show_spinner=False)
def public_url() -> str | None:
    """The app's public address: JIANXI_PUBLIC_URL from Streamlit's secrets or the environment; None when
    unset. Read once per process (a deployment sets it before the app starts)."""
    configured = st.secrets.get(citation.URL_SETTING) if st.secrets.load_if_toml_exists() else None
    return citation.public_url({citation.URL_SETTING: configured} if configured else None)


def current_page_url() -> str | None:
    """The public address of the page the visitor is on, with its query (None when the URL is unset)."""
    path = urlsplit(st.context.url or "").path.strip("/") if st.context.url else ""
    return citation.page_url(public_url(), path, **st.query_params.to_dict())


def cite_popover(label: str, cite, lang: str, key: str, file_stem: str, notes=()) -> None:
    """A popover with the GB/T 7714 and APA text to copy and BibTeX and RIS files to download.

    Its content is built and sent only while it is open (opening it reruns the page): a page with
    thirteen charts would otherwise send about 120 citation elements on every run. `cite()` makes
    the citation.Citation."""
    popover = st.popover(label, key=f"cite_{key}", on_change="rerun")
    if not popover.open:
        return
    cited = cite()
    with popover:
        for note in notes:
            st.caption(note)
        st.markdown(f"**{i18n.t('style_gbt', lang)}**")
        st.code(cited.gbt7714, language=None, wrap_lines=True)
        st.markdown(f"**{i18n.t('style_apa', lang)}**")
        st.code(cited.apa, language=None, wrap_lines=True)
        left, right = st.columns(2)
        left.download_button(
            i18n.t("download_bibtex", lang), cited.bibtex, f"{file_stem}.bib", "application/x-bibtex", key=f"bib_{key}"
        )
        right.download_button(
            i18n.t("download_ris", lang),
            cited.ris,
            f"{file_stem}.ris",
            "application/x-research-info-systems",
            key=f"ris_{key}",
        )
        st.caption(i18n.t("reference_managers", lang))


def cite_chart(shared: charts.SharedFigure, lang: str, key: str) -> None:
    def cite():
        return citation.chart(charts.title_of(shared.figure), lang, date.today(), current_page_url())

    cite_popover(i18n.t("cite_chart", lang), cite, lang, key, f"jianxi-chart-{key}")


def cite_dataset(lang: str, key: str = "dataset") -> None:
    """Cite the dataset (not in briefing view, which shows no controls)."""
    if briefing():
        return
    cite_popover(
        i18n.t("cite_dataset", lang), lambda: citation.dataset(lang, date.today(), public_url()), lang, key,
        "jianxi-report-data",
    )  # fmt: skip


def cite_figure(fact_id: str, locator_code: str, lang: str, key: str) -> None:
    """Cite this figure: the report at the figure's locator, and the data set and its version."""
    locator = report.parse_locator(locator_code)
    if locator is None:
        return
    notes = (i18n.t("figure_cites_report", lang), i18n.t("apa_in_text_note", lang))
    cite_popover(
        i18n.t("cite_figure", lang), lambda: citation.figure(locator, lang, date.today(), public_url()), lang,
        f"figure_{key}_{fact_id}", f"jianxi-{fact_id}", notes,
    )  # fmt: skip


POINT = "point"  # the query parameter holding a chart's selected figure


def _fact_ids(fig: go.Figure) -> set[str]:
    return {row[0] for trace in fig.data if trace.customdata is not None for row in trace.customdata if len(row)}


def _key(params: dict) -> tuple:
    """Keyword arguments as a hashable, order-free key for a shared result."""
    return tuple(sorted(params.items()))


@memo.shared()
def _figure(builder: str, query_name: str, args: tuple, params: tuple, compact: bool) -> charts.SharedFigure:
    def build() -> charts.SharedFigure:
        from gwr.store import db

        extra = {"compact": True} if compact else {}
        return charts.SharedFigure(getattr(charts, builder)(db.run(query_name, **dict(params)), *args, **extra))

    name = "-".join(["figure", builder, query_name, *map(str, args), "compact" * compact])
    return _kept_if_whole(params, name, build, _figure_json, _figure_from_json)


def _kept_if_whole(params: tuple, name: str, compute, dump, load):
    """compute(); for a whole query (no parameters: not a visitor's choice of rows, so a bounded set)
    also kept for the next start (gwr.store.cache.result)."""
    return cache.result(paths.data_dir(), name, compute, dump, load) if not params else compute()


def _figure_json(fig: charts.SharedFigure) -> str:
    import plotly.io

    return plotly.io.to_json(fig.to_dict(), validate=False)


def _figure_from_json(text: str) -> charts.SharedFigure:
    return charts.SharedFigure(json.loads(text))


# A phone's browser says so in its user agent (Android and iOS browsers, WeChat's in-app browser:
# "Mobile"; iPad Safari asks for the desktop site and gets it). Streamlit does not tell the server
# the window's width, and the figure's layout is decided on the server.
PHONE_AGENT = re.compile(r"Mobile|Android|iPhone|iPod|MicroMessenger", re.IGNORECASE)


def phone() -> bool:
    """Whether the visitor is on a phone, so charts are drawn in their phone layout (not in briefing
    view, which is for a slide)."""
    agent = st.context.headers.get("User-Agent", "") if st.context.headers else ""
    return bool(PHONE_AGENT.search(agent)) and not briefing()


def figure(builder: str, query_name: str, *args, **params) -> charts.SharedFigure:
    """charts.<builder>(result of the named query, *args), in its phone layout on a phone; built once
    per distinct input and shared: building a figure costs far more than drawing one. Treat the
    result as read-only."""
    return _or_explain(lambda: _figure(builder, query_name, args, _key(params), phone()))


class Shown:
    """A table as a page shows it, made once and shared by every session (`table`): `frame` to read
    (read-only), and the same rows as Arrow for st.dataframe, which sends a pyarrow table as it is.
    Converting a pandas frame to Arrow, and filtering it, on every draw took milliseconds a table."""

    def __init__(self, frame: pd.DataFrame):
        import pyarrow as pa

        self.frame = frame.reset_index(drop=True)
        self._arrow = pa.Table.from_pandas(self.frame, preserve_index=False)
        self._columns: dict[tuple[str, ...], pa.Table] = {}

    def __len__(self) -> int:
        return len(self.frame)

    @property
    def empty(self) -> bool:
        return self.frame.empty

    def arrow(self, columns) -> pa.Table:
        """These columns, in this order (no copy): the same table object on every draw, its Arrow IPC
        bytes written once (gwr.app.arrow_bytes)."""
        key = tuple(columns)
        if (table := self._columns.get(key)) is None:
            table = self._columns[key] = arrow_bytes.written_once(self._arrow.select(list(key)))
        return table


def _kept(frame: pd.DataFrame, column: str, values: tuple) -> pd.Series:
    """Rows whose `column` is one of `values`; None among them stands for a missing value."""
    kept = frame[column].isin([v for v in values if v is not None])
    return kept | frame[column].isna() if None in values else kept


@memo.shared()  # at most 512: a visitor can ask for many filter combinations (a table is ~0.3 MB)
def _table(builder: str, query_name: str, lang: str, args: tuple, params: tuple, keep: tuple) -> Shown:
    from gwr.app import tables
    from gwr.store import db

    frame = getattr(tables, builder)(db.run(query_name, **dict(params)), lang, *args)
    for column, values in keep:
        frame = frame[_kept(frame, column, values)]
    return Shown(frame)


def table(builder: str, query_name: str, lang: str, *args, keep: dict | None = None, **params) -> Shown:
    """tables.<builder>(result of the named query, lang, *args), with only the rows whose columns hold
    one of the values `keep` names for them ({"sector": ("industry",)}; None stands for missing): the
    table a page shows, made once per input and shared."""
    kept = tuple(sorted((column, tuple(sorted(set(values), key=repr))) for column, values in (keep or {}).items()))
    return _or_explain(lambda: _table(builder, query_name, lang, args, _key(params), kept))


@memo.shared()
def _records(query_name: str, params: tuple) -> tuple[dict, ...]:
    def compute() -> tuple[dict, ...]:
        from gwr.store import db

        return tuple(db.run(query_name, **dict(params)).to_dict("records"))

    return _kept_if_whole(params, f"records-{query_name}", compute, json.dumps, lambda text: tuple(json.loads(text)))


def records(query_name: str, **params) -> tuple[dict, ...]:
    """The rows of a named query's result as dicts, made once per parameters and shared (read-only):
    for pages that read rows one by one or look a row up."""
    return _or_explain(lambda: _records(query_name, _key(params)))


@memo.shared()
def _kinds_by_year() -> tuple:
    from gwr.app import tables
    from gwr.store import db

    return tables.kinds_by_year(db.run("facts_filtered"))


def fact_row(fact_id: str) -> dict | None:
    """A figure's row of the report_figures query (shared, read-only), or None if there is none."""
    return next((row for row in records("report_figures") if row["fact_id"] == fact_id), None)


def kinds_by_year() -> tuple[tuple[int, tuple[str, ...]], ...]:
    """What kinds of figure each year of the data holds (tables.kinds_by_year of every fact)."""
    return _or_explain(_kinds_by_year)


@memo.shared()
def _sector_groups(sector: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    from gwr.store import db

    charted, standalone = charts.sector_groups(db.run("sector_figures", sector=sector))
    return tuple(charted), tuple(standalone["fact_id"])


def sector_groups(sector: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A sector's charted dimensions and the fact_ids of its figures that stand alone (charts.sector_groups)."""
    return _or_explain(lambda: _sector_groups(sector))


@memo.shared()
def _count(query_name: str, params: tuple) -> tuple[int, int]:
    from gwr.rules import counts
    from gwr.store import db

    facts = db.run(query_name, **dict(params))
    return len(facts), counts.figures(facts)


def count(query_name: str, **params) -> tuple[int, int]:
    """The rows of a named query over the facts, and the figures among them (gwr.rules.counts)."""
    return _or_explain(lambda: _count(query_name, _key(params)))


@memo.shared()
def fields_table(name: str, lang: str) -> Shown:
    """A table's columns, types and meanings in one language (package.fields_table), shared."""
    return Shown(package.fields_table(name, lang))


def dataframe(shown: Shown, column_config: dict, **kwargs):
    """st.dataframe of a shared table: the columns column_config names, in its order, as built."""
    return st.dataframe(
        shown.arrow(column_config), hide_index=True, width="stretch", column_config=column_config, placeholder="—",
        **kwargs,
    )  # fmt: skip


def show_chart(shared: charts.SharedFigure, filename: str, key: str, lang: str) -> None:
    """Draw a figure as built (theme=None), with the 2× PNG button and a citation. A clicked point's
    figure goes into the URL (?point=<fact_id>) and is shown above the chart, where the visitor looks.
    In briefing view it is drawn as a slide (charts.for_slide), with no controls."""
    slide, alone = briefing(), slide_chart()  # read from the URL once
    drawn = shared.drawn
    if slide:
        if alone not in (None, key):
            return  # a one-chart slide of another chart
        cite_line = citation.dataset(lang, date.today(), public_url()).apa  # the title is right above it
        drawn = charts.for_slide(shared.figure, cite_line, height=None if alone else charts.SLIDE_HEIGHT)
    elif point := _chart_point(shared, key):
        show_fact(point, lang, key)
    st.plotly_chart(
        drawn,
        theme=None,
        config={
            **charts.image_config(filename),
            "responsive": True,
            # A phone has no hover: a tap would open the modebar over the title, and a phone saves
            # images by screenshot.
            "displayModeBar": False if slide or phone() else "hover",
        },
        height="stretch" if alone else "content",
        on_select="rerun",
        selection_mode="points",
        key=key,
    )
    if not slide:
        cite_chart(shared, lang, key)


def _selection(key: str) -> dict:
    """What the visitor selected in a chart or table, read from its state before it is drawn: what it
    selects is drawn above it without a placeholder sent on every run for the rare run that has one."""
    state = st.session_state.get(key)
    return (state.get("selection") if state else None) or {}


def _chart_point(shared: charts.SharedFigure, key: str) -> str | None:
    """The fact_id a chart's selection shows: its clicked point (a new click goes into the URL), or the
    URL's ?point= when that is one of this chart's points and nothing is clicked."""
    points = _selection(key).get("points") or []
    clicked = points[0]["customdata"][0] if points and points[0].get("customdata") else None
    last_key = f"_last_point_{key}"  # UI state: the point this chart last reported, to tell a new click
    if clicked and clicked != st.session_state.get(last_key):
        _to_url(POINT, clicked)
    st.session_state[last_key] = clicked
    point = st.query_params.get(POINT)
    return point if point and (clicked == point or (not clicked and point in _fact_ids(shared.figure))) else None


def show_fact(fact_id: str, lang: str, key: str = "point") -> None:
    """A figure where the visitor is looking: its name and value, its clause, where the report says it,
    how to cite it and a link to the clause in the report."""
    row = fact_row(fact_id)
    if row is None:
        return
    with st.container(border=True):
        st.caption(f"{i18n.t('selected_point', lang)} · `{fact_id}`")
        st.markdown(f"**{i18n.metric(row, lang)}** · {formatting.figure(row, lang)}")
        st.text(f"“{row['quote']}”")
        st.caption(
            f"{i18n.t('locator', lang)}: {report.locator_label(row['locator'], lang)} · {row['section']}",
            help=i18n.t("locator_help", lang),
        )
        left, right = st.columns([1, 2], vertical_alignment="center")
        with left:
            cite_figure(fact_id, row["locator"], lang, key)
        with right:
            fact_link(fact_id, lang)


def fact_table(
    shown: Shown, column_config: dict, lang: str, key: str, title: str | None = None, *notes: str, level: int = 3
) -> None:
    """A table of figures (columns as column_config orders them; its frame keeps their fact_id) where
    selecting a row shows that figure above the table: its clause, locator, citation and link. Its
    title and notes (`heading`) and the hint to select a row are one element above it."""
    heading(title, *notes, i18n.t("select_row_to_cite", lang), level=level)
    rows = _selection(key).get("rows") or []
    if rows and rows[0] < len(shown):
        show_fact(shown.frame["fact_id"].iat[rows[0]], lang, key)
    dataframe(shown, column_config, on_select="rerun", selection_mode="single-row", key=key)


def footer(lang: str) -> None:
    """The source line, under a rule except on a slide, as one element (a divider and a caption were
    two on every run)."""
    rule = "" if briefing() else "---\n\n"
    st.caption(
        f"{rule}{i18n.t('source', lang)} · {i18n.t('licence', lang)} · {i18n.t('data_version', lang)} {charts.DATA_VERSION}"
    )


@st.cache_resource(show_spinner=False)
def _sql_pool():
    from gwr import paths
    from gwr.data.validation import check_cached
    from gwr.sql import sandbox

    tables, problems = check_cached(paths.data_dir())
    if problems:
        raise DataError(problems)
    db_file = sandbox.build_database_file(tables)
    pool = sandbox.Pool(db_file, set(tables))
    atexit.register(shutil.rmtree, db_file.parent, ignore_errors=True)
    atexit.register(pool.close)  # runs first: stop the workers, then remove their database file
    return pool


def sql_pool():
    """The shared pool of SQL workers, started on first use."""
    return _or_explain(_sql_pool)
