"""How pages show figures: charts with their point selected, tables whose rows can be cited, cards."""

from __future__ import annotations

import html
import re

import plotly.graph_objects as go
import streamlit as st

from gwr import charts, formatting, i18n
from gwr.app import cite, frame, picker, results, widgets
from gwr.data import report
from gwr.reports import Report


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
    st.markdown(f"[{i18n.t('open_in_report', lang)} ↗]({frame.report_url(fact_id, lang, picker.current().report_id)})")


POINT = "point"  # the query parameter holding a chart's selected figure


def _fact_ids(fig: go.Figure) -> set[str]:
    return {row[0] for trace in fig.data if trace.customdata is not None for row in trace.customdata if len(row)}


def dataframe(shown: results.Shown, column_config: dict, **kwargs):
    """st.dataframe of a shared table: the columns column_config names, in its order, as built. On a
    phone, `rows` instead: a grid as wide as a desktop shows a phone its first column only."""
    if frame.phone():
        return rows(shown, column_config)
    return st.dataframe(
        shown.arrow(column_config), hide_index=True, width="stretch", column_config=column_config, placeholder="—",
        **kwargs,
    )  # fmt: skip


# What each chart shows, in one sentence of the catalog, by its key on the page (sector charts:
# sector_<dimension>).
ALT = {
    "year_pairs": "alt_year_pairs",
    "growth_targets": "alt_growth_targets",
    "years_growth": "alt_growth_targets",
    "completion": "alt_target_completion",
    "city_shares": "alt_city_shares",
    "share_sums": "alt_share_sums",
    "ledger_": "alt_ledger",
    "sector_": "alt_sector",
}
TAGS = re.compile(r"<[^>]+>")
CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"  # Chinese characters and full-width punctuation
WIDE_GAP = re.compile(f"(?<=[{CJK}]) (?=[{CJK}])")  # a line break's space inside Chinese text


def _plain(text: str) -> str:
    """Plotly label text as read aloud: line breaks as spaces (none inside Chinese), no tags, entities
    decoded."""
    return WIDE_GAP.sub("", " ".join(html.unescape(TAGS.sub(" ", text)).split()))


def chart_rows(figure: dict) -> list[tuple[str, str]]:
    """The figures a chart draws, once each in the order drawn: (indicator, figure as labelled), from
    the customdata every builder gives its points ([fact_id, indicator, figure, …])."""
    rows: dict[str, tuple[str, str]] = {}
    for trace in figure.get("data", ()):
        for point in trace.get("customdata") or ():
            if len(point) >= 3 and point[0] and point[0] not in rows:
                rows[point[0]] = (_plain(str(point[1])), _plain(str(point[2])))
    return list(rows.values())


def alt_text(figure: dict, key: str, lang: str, report: Report) -> str:
    """A chart's accessible name: its title, then one sentence of what it shows and how many figures."""
    title = (figure.get("layout", {}).get("title") or {}).get("text") or ""
    # A key is a chart's, or starts with a family's prefix (sector_<dimension>, ledger_<year>).
    alt_key = ALT.get(key) or next((v for k, v in ALT.items() if k.endswith("_") and key.startswith(k)), ALT["sector_"])
    summary = report.text(alt_key, lang, n=len({name for name, _ in chart_rows(figure)}))  # indicators
    return f"{_plain(title)}{i18n.t('sentence_end', lang)}{summary}" if title else summary


def _label(config) -> str:
    return config["label"] if isinstance(config, dict) else config


def _is_link(config) -> bool:
    return isinstance(config, dict) and (config.get("type_config") or {}).get("type") == "link"


# What a phone's row shows after its first two columns (the indicator, the figure), where a table has
# them: when and what the figure is, what the report says of it, and a pair's other side and change.
# The rest (the clause, notes, codes) is a tap away, in the linked sentence.
PHONE_COLUMNS = (
    "year", "kind", "share", "rank", "claim", "figure_2023", "change", "implied", "published",
    "side_2022", "side_2023", "basis", "result", "target", "verdict_text", "distance", "why", "statement", "year_kind", "report",
)  # fmt: skip
# A second column that is the row's figure reads without its label (the figure, the district's share …).
VALUE_COLUMNS = ("figure", "figure_2022", "gdp", "district", "ratio", "name")


def row_lines(shown: results.Shown, column_config: dict, lang: str) -> list[str]:
    """A table as a phone reads it, one paragraph of Markdown a row: the first column in bold (what the
    row is: the indicator); the second as it stands where it is the figure (with its unit and
    wording: VALUE_COLUMNS), else as "label: value", as is each further column of PHONE_COLUMNS; a
    link column as a link; empty cells are left out."""
    columns = list(column_config)
    out = []
    for record in shown.frame[columns].to_dict("records"):
        parts = []
        for index, column in enumerate(columns):
            value, config = record[column], column_config[column]
            if value is None or value == "" or (isinstance(value, float) and value != value):
                continue
            text = frame.escape_markdown(" ".join(str(value).split()))
            if _is_link(config):  # the link to the report's sentence is named as on the cards: "sentence ↗"
                parts.append(f"[{i18n.t('sentence_link', lang) if column == 'link' else _label(config)} ↗]({value})")
            elif index == 0:
                parts.append(f"**{text}**")
            elif index == 1 and column in VALUE_COLUMNS:
                parts.append(text)
            elif index == 1 or column in PHONE_COLUMNS:
                parts.append(
                    i18n.t("label_value", lang).format(label=frame.escape_markdown(_label(config)), value=text)
                )
        if parts:
            out.append(parts[0] + ("  \n" + " · ".join(parts[1:]) if parts[1:] else ""))
    return out


def rows(shown: results.Shown, column_config: dict) -> None:
    """A table as a phone's list of rows (row_lines), one element: no data grid to load, and every
    row's figure on the first screen."""
    if lines := row_lines(shown, column_config, frame.language()):  # no rows: the page says so
        st.markdown("\n\n".join(lines))


def show_chart(shared: charts.SharedFigure, filename: str, key: str, lang: str, *, listed: bool = True) -> None:
    """Draw a figure as built (theme=None), with the 2× PNG button and a citation. A clicked point's
    figure goes into the URL (?point=<fact_id>) and is shown above the chart, where the visitor looks.
    In briefing view it is drawn as a slide (charts.for_slide), with no controls.

    Its accessible name is `alt_text`; a chart whose figures no table on its page lists (`listed`
    False) gets them as a list under it, built only while opened."""
    slide, alone = frame.briefing(), frame.slide_chart()  # read from the URL once
    drawn = shared.drawn
    if slide:
        if alone not in (None, key):
            return  # a one-chart slide of another chart
        if alone:
            frame.slide_drawn()
        cite_line = cite.dataset_apa(lang)  # the title is right above it
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
            "displayModeBar": False if slide or frame.phone() else "hover",
        },
        height="stretch" if alone else "content",
        on_select="rerun",
        selection_mode="points",
        key=key,
        alt=alt_text(shared.to_dict(), key, lang, picker.current()),
    )
    if not slide and not listed:
        _chart_data(shared.to_dict(), key, lang)
    if not slide:
        with st.container(horizontal=True, gap="small", vertical_alignment="center"):
            cite.cite_chart(shared, lang, key)
            st.markdown(
                f"[{i18n.t('slide_link', lang)} ↗]({frame.view_url(briefing='1', chart=key)})",
                help=i18n.t("slide_link_help", lang), width="content",
            )  # fmt: skip


def _chart_data(figure: dict, key: str, lang: str) -> None:
    """The figures a chart draws, as a list a screen reader reads and a visitor can copy."""
    if (section := widgets.expander(i18n.t("chart_data", lang), f"data_{key}")) is not None:
        lines = (
            f"- {frame.escape_markdown(name)}: {frame.escape_markdown(value)}" for name, value in chart_rows(figure)
        )
        section.markdown("\n".join(lines))


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
        frame.to_url(POINT, clicked)
    st.session_state[last_key] = clicked
    point = st.query_params.get(POINT)
    return point if point and (clicked == point or (not clicked and point in _fact_ids(shared.figure))) else None


def show_fact(fact_id: str, lang: str, key: str = "point") -> None:
    """A figure where the visitor is looking: its name and value, its clause, where the report says it,
    how to cite it and a link to the clause in the report."""
    row = results.fact_row(fact_id)
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
            cite.cite_figure(fact_id, row["locator"], lang, key)
        with right:
            fact_link(fact_id, lang)


def fact_table(
    shown: results.Shown,
    column_config: dict,
    lang: str,
    key: str,
    title: str | None = None,
    *notes: str,
    level: int = 2,
) -> None:
    """A table of figures (columns as column_config orders them; its frame keeps their fact_id) where
    selecting a row shows that figure above the table: its clause, locator, citation and link. Its
    title and notes (`heading`) and the hint to select a row are one element above it."""
    if frame.phone():  # rows with their links to the report, where each is cited
        frame.heading(title, *notes, level=level)
        rows(shown, column_config)
        return
    frame.heading(title, *notes, i18n.t("select_row_to_cite", lang), level=level)
    selected = _selection(key).get("rows") or []
    if selected and selected[0] < len(shown):
        show_fact(shown.frame["fact_id"].iat[selected[0]], lang, key)
    dataframe(shown, column_config, on_select="rerun", selection_mode="single-row", key=key)
