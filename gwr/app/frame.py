"""The frame every page shares: its top, the language, headings, briefing view and the source footer.

Pages call these; nothing here holds data in session state (only the widgets' own UI state).
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING
from urllib.parse import urlencode, urlsplit

import streamlit as st

from gwr import i18n
from gwr.app import internals, url_state
from gwr.store import memo

if TYPE_CHECKING:
    from gwr.reports import Report

page_url, report_url = url_state.page_url, url_state.report_url  # the pages' links, pure


def page(
    title: str, caption: str | None = None, *, lead: str | None = None, section: str | None = None, **values
) -> str:
    """Start a page: send a first-request deep link through the frame, then draw its top in the
    visitor's language and return it: the title, the caption (catalog keys; `values` fill the
    caption's fields), a `lead` paragraph and the heading of a first `section` (catalog keys).

    They are one element: every element is a websocket message with its own cost to a busy instance
    (docs/benchmarks.md). The page style comes from the frame (`page_style`)."""
    from gwr.app import picker  # it reads the register through gwr.app.results, which imports this module

    internals.route_through_frame()
    st.session_state.pop(_SLIDE_DRAWN, None)  # a run that stopped early left its note behind
    lang = language()
    report = picker.current()  # texts name the report shown ({place}, {reviewed} …: gwr.reports)
    lines = _heading_lines(report.text(title, lang), report.text(caption, lang, **values) if caption else None, level=1)
    lines += [report.text(lead, lang)] if lead else []
    lines += _heading_lines(report.text(section, lang)) if section else []
    st.markdown("\n\n".join(lines))
    return lang


def _heading_lines(text: str | None, *notes: str, level: int = 2) -> list[str]:
    """A heading (level 1–3, or 0: a bold line) and its notes in a caption's small grey type, as lines
    of Markdown."""
    heading = [f"{'#' * level} {text}" if level else f"**{text}**"] if text else []
    return heading + [f":small[:gray[{note}]]" for note in notes if note]


def heading(text: str | None, *notes: str, level: int = 2, rule: bool = False) -> None:
    """A heading (level 2, the level under the page's title, at a subheader's size by PAGE_CSS; 0: a
    bold line) with its notes under it, after a horizontal rule if `rule`, as one element: a divider,
    a subheader and a caption were one message each on every run."""
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
    to_url(i18n.KEY, lang)
    return lang


def to_url(key: str, value: str) -> None:
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
def _pages(specs: tuple, lang: str, report: Report) -> tuple[st.Page, ...]:
    return tuple(
        st.Page(script, title=report.text(title, lang), icon=icon, url_path=url_path, default=url_path is None)
        for script, title, icon, url_path in specs
    )


def pages(specs: tuple, lang: str, report: Report) -> list[st.Page]:
    """The navigation's pages ((script, title key, icon, URL path or None for the default page), …), with
    titles that name the report's years where they do.

    Making seven st.Page objects resolved their paths on disk every run (1.5 ms, 7 % of a page run);
    they are made once per language and each run gets copies, since st.navigation marks the copy
    it returns as the one page this run may call."""
    return [copy.copy(page) for page in _pages(specs, lang, report)]


# Enough to stop links, images, emphasis, code, LaTeX and Streamlit's :colour[] directives.
MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]<>:~$#])")
ECHO_LIMIT = 80  # characters of a visitor's value a notice quotes


def escape_markdown(text: str) -> str:
    """Text from a visitor (their SQL echoed in an error) shown literally, never as markup. Bare
    addresses in it still become links: Streamlit's Markdown finds them in the text after escapes
    are read (GitHub's autolinks). A value from a link, which someone else may have written, goes
    through `echo`."""
    return MARKDOWN_SPECIALS.sub(r"\\\1", text)


def echo(value: str, limit: int = ECHO_LIMIT) -> str:
    """A value from the URL as a notice quotes it: on one line, cut to `limit` characters with "…",
    as a code span, the one place Markdown leaves text alone: no link, image, markup or HTML, and no
    autolink of a bare address or an e-mail, so a crafted link cannot put someone else's link on our
    page. The span's fence is longer than any run of backticks in the value."""
    flat = " ".join(value.split())
    flat = flat if len(flat) <= limit else flat[: limit - 1] + "…"
    fence = "`" * (1 + max((len(run) for run in re.findall(r"`+", flat)), default=0))
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def show_data_error(problems: list, lang: str) -> None:
    st.error(i18n.t("data_error", lang))
    st.markdown(i18n.t("data_error_help", lang))
    st.code("\n".join(str(p) for p in problems), language=None)


# Metric cards wrap long labels and values instead of cutting them off ("26,000 peo…").
PAGE_CSS = """
<style>
[data-testid="stMetricLabel"] *, [data-testid="stMetricValue"] * {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
}
[data-testid="stMetricValue"] { font-size: 1.75rem; line-height: 1.25; }
/* Sections are h2 under the page's h1 (a screen reader's outline has no gap), at a subheader's size. */
[data-testid="stMain"] h2 { font-size: 1.5rem; padding-top: 0.75rem; }
/* Small grey text at 4.5:1 or more on white (WCAG AA): Streamlit draws captions at 60% opacity,
   2.6–3.9:1. */
[data-testid="stCaptionContainer"] { opacity: 1 !important; color: #5F6066 !important; }
/* A touch screen has no hover: the copy button of "Copy link to this view" (a code block's) shows. */
@media (hover: none) {
  [data-testid="stCode"] [data-testid="stElementToolbarButton"], [data-testid="stCode"] [data-testid="stElementToolbarButton"] * {
    visibility: visible !important; opacity: 1 !important;
  }
}
/* A visible focus ring on the page links (Streamlit's is faint). */
[data-testid="stSidebarNav"] a:focus-visible { outline: 2px solid #36608D; outline-offset: 2px; border-radius: 0.5rem; }
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
  /* A row of filters (st.container(key="filters")): each the phone's width, so its chips are whole. */
  .st-key-filters > * { width: 100% !important; max-width: 100% !important; flex: 1 1 100% !important; }
}
</style>
"""


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
[data-testid="stMain"] [data-testid="stElementContainer"]:not(:has([data-testid="stPlotlyChart"], .st-key-slide_message)):not(.st-key-slide_message *),
[data-testid="stMain"] [data-testid="stLayoutWrapper"]:not(:has([data-testid="stPlotlyChart"], .st-key-slide_message)):not(.st-key-slide_message *),
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


def view_url(**changes: str | None) -> str:
    """This page's address on this host with its query, with `changes` made (None removes a
    parameter): for links between views of one page, such as its slides."""
    path = urlsplit(st.context.url).path if st.context.url else "/"
    params = {**st.query_params.to_dict(), **changes}
    query = urlencode({key: value for key, value in params.items() if value is not None})
    return f"{path}?{query}" if query else path


_SLIDE_DRAWN = "_slide_drawn"  # UI state: whether this run drew the chart its slide asks for


def slide_drawn() -> None:
    """Note that this run drew the slide's chart (gwr.app.display.show_chart)."""
    st.session_state[_SLIDE_DRAWN] = True


def slide_end(lang: str) -> None:
    """After the page ran: a slide whose chart the page did not draw (an unknown key, or a chart with
    no rows for these filters) says so, names the chart and links back to the page with its filters,
    instead of a blank page."""
    key = slide_chart()
    if key and not st.session_state.pop(_SLIDE_DRAWN, False):
        with st.container(key="slide_message"):
            st.info(i18n.t("slide_missing", lang).format(chart=echo(key)))
            # A Markdown link, not st.page_link: a page link to the page itself reran it without
            # changing the address bar, which kept saying briefing=1.
            st.markdown(f"[{i18n.t('slide_back', lang)}]({view_url(briefing=None, chart=None)})")


def page_style() -> None:
    """The app's style, and a briefing's or a slide's on top, as one element of style alone (Streamlit
    gives it no space on the page). Constants, no data or visitor text. Not in a Markdown element: raw
    HTML in Markdown costs every visitor's first page another 50 kB of Streamlit's JavaScript
    (rehype-raw), where st.html's code is loaded anyway (`behaviours`)."""
    st.html("".join([PAGE_CSS, BRIEFING_CSS * briefing(), SLIDE_CSS * bool(slide_chart())]))


# A phone's browser says so in its user agent (Android and iOS browsers, WeChat's in-app browser:
# "Mobile"; iPad Safari asks for the desktop site and gets it). Streamlit does not tell the server
# the window's width, and the figure's layout is decided on the server.
PHONE_AGENT = re.compile(r"Mobile|Android|iPhone|iPod|MicroMessenger", re.IGNORECASE)


def phone() -> bool:
    """Whether the visitor is on a phone, so charts are drawn in their phone layout (not in briefing
    view, which is for a slide)."""
    agent = st.context.headers.get("User-Agent", "") if st.context.headers else ""
    return bool(PHONE_AGENT.search(agent)) and not briefing()


# Two behaviours Streamlit has no setting for (issue 23); constant code, no data in it.
# - Links between our pages open in the tab they are in: Streamlit opens every Markdown link and every
#   table's link column in a new tab, and in WeChat a new tab is a second web view. A click on a link to
#   this host (not one with Ctrl, ⌘ or Shift, which asks for a new tab) and the tables' links
#   (window.open) load in place; links to other hosts still open apart.
# - On a phone, where the sidebar lies over the page, a tap on the language switch closes it, as a tap
#   on a page link does (Streamlit closes it only for page links).
APP_SCRIPT = """<script>
if (!window.gwrSameTab) {
  window.gwrSameTab = true;
  document.addEventListener("click", (event) => {
    const overlaid = window.innerWidth < 768;
    if (!overlaid || !event.target.closest('[data-testid="stSidebar"] [data-testid="stButtonGroup"] button')) return;
    setTimeout(() => {
      const close = document.querySelector('[data-testid="stSidebarCollapseButton"] button');
      if (close) close.click();
    }, 300);
  }, true);
  const here = (href) => { try { const url = new URL(href, location.href); return url.origin === location.origin ? url : null; } catch { return null; } };
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("a[href][target=_blank]");
    const url = link && here(link.getAttribute("href"));
    if (!url || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    location.assign(url.href);
  }, true);
  const open = window.open;
  window.open = function (href, ...rest) {
    const url = href && here(String(href));
    if (url) { location.assign(url.href); return null; }
    return open.call(window, href, ...rest);
  };
}
</script>"""


def behaviours() -> None:
    """APP_SCRIPT: links to our own pages in the same tab, the sidebar closed after a switch on a
    phone; after the footer, where the element's empty line does not show."""
    st.html(APP_SCRIPT, unsafe_allow_javascript=True)


def footer(lang: str, report: Report) -> None:
    """The source line of the report shown, under a rule except on a slide, as one element (a divider and
    a caption were two on every run)."""
    rule = "" if briefing() else "---\n\n"
    st.caption(
        f"{rule}{report.text('source', lang)} · {i18n.t('licence', lang)} · {i18n.t('data_version', lang)} {report.version}"
    )
