"""Compare: one indicator across the loaded reports (places and years), in each report's own unit and
wording, side by side only where the base unit is the same; the districts' shares of one city with
their sum."""

import streamlit as st

from gwr import charts, i18n
from gwr.app import display, frame, picker, results, tables, widgets
from gwr.store.queries import SQL

lang = frame.page("compare_title", "compare_caption")
if len(picker.registered()) < 2:
    st.info(i18n.t("compare_one_report", lang))

options = {row["indicator"]: row for row in results.records(SQL.compare_indicators)}


def option_label(code: str | None, language: str = lang) -> str:
    row = options[code]
    return i18n.t("compare_indicator_option", language).format(name=i18n.name(row, language), reports=row["reports"])


indicator = widgets.select(
    st, i18n.t("compare_indicator", lang), "indicator", list(options), format_func=option_label,
    default="gdp" if "gdp" in options else next(iter(options)),
    label_of=lambda code, language: i18n.name(options[code], language),
)  # fmt: skip
shown = results.table(tables.compare_rows, SQL.compare_indicator, lang, indicator=indicator)
columns = {
    "place": st.column_config.TextColumn(i18n.t("compare_place", lang), width="medium"),
    "figure": i18n.t("figure", lang),
    "year_kind": i18n.t("compare_year_kind", lang),
    "report": i18n.t("compare_report", lang),
    "share": i18n.t("compare_share", lang),
    "quote": st.column_config.TextColumn(i18n.t("quote", lang), width="large"),
    "link": st.column_config.LinkColumn(i18n.t("open_in_report", lang), display_text="↗"),
}
for group in dict.fromkeys(shown.frame["group"]):
    measure, unit = group.split("|")
    frame.heading(
        i18n.t("compare_group", lang).format(measure=i18n.measure_name(measure, lang).capitalize(), unit=unit),
        i18n.t("compare_group_caption", lang),
    )
    part = results.table(
        tables.compare_rows, SQL.compare_indicator, lang, keep={"group": (group,)}, indicator=indicator
    )
    display.dataframe(part, columns)

shares = results.records(SQL.compare_shares, indicator=indicator)
if shares:
    frame.heading(None)
    fig = results.figure(charts.share_sums, SQL.compare_shares, indicator, lang, indicator=indicator)
    display.show_chart(fig, f"share-sums-{indicator}-{lang}", "share_sums", lang)
    st.caption(i18n.t("compare_shares_caption", lang))
else:
    st.info(i18n.t("compare_no_shares", lang))
