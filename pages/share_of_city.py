"""Share of city: every figure with a stated share of Luoyang, and the implied city totals."""

import streamlit as st

from gwr import charts, i18n
from gwr.app import display, frame, picker, results, tables, widgets
from gwr.store.queries import SQL

lang = frame.page("share_title", "share_caption")
report = picker.current()

available = sorted({row["sector"] for row in results.records(SQL.city_shares)})
chosen = widgets.multiselect(
    st, i18n.t("sector", lang), "sector", available,
    format_func=lambda s: i18n.sector_name(s, lang), label_of=i18n.sector_name, aliases=("sectors",),
)  # fmt: skip
selected = tuple(chosen) or None
shown = results.records(SQL.city_shares, sectors=selected)
if not shown:
    st.info(i18n.t("no_rows", lang))
else:
    fig = results.figure(charts.city_shares, SQL.city_shares, lang, sectors=selected)
    display.show_chart(fig, f"{report.slug}-{report.reviews_year}-share-of-city-{lang}", "city_shares", lang)

table = results.table(
    tables.implied_city_totals, SQL.implied_city_totals, lang, keep={"fact_id": [r["fact_id"] for r in shown]}
)
labels = {
    "metric": i18n.t("indicator", lang),
    "district": report.words(lang)["place"],
    "share": i18n.t("share_short", lang),
    "implied": i18n.t("implied_total", lang),
    "published": i18n.t("published_total", lang),
    "check": i18n.t("published_check", lang),
    "source": i18n.t("source_type_title", lang),
    "source_url": st.column_config.LinkColumn(i18n.t("source_link", lang), display_text="↗"),
    "link": st.column_config.LinkColumn(i18n.t("open_in_report", lang), display_text="↗"),
}
display.fact_table(table, labels, lang, "implied", i18n.t("implied_totals", lang), i18n.t("implied_caption", lang))

frame.heading(i18n.t("claimed_ranks", lang), i18n.t("claimed_ranks_caption", lang))
ranks = results.table(tables.claimed_ranks, SQL.claimed_ranks, lang, keep={"sector": chosen} if chosen else None)
display.dataframe(
    ranks,
    {
        "metric": i18n.t("indicator", lang),
        "claim": i18n.t("the_report_says", lang),
        "year": i18n.t("year", lang),
        "kind": i18n.t("kind", lang),
        "quote": i18n.t("quote", lang),
    },
)

# Where published sources put the district's GDP elsewhere than the report's rank (only a report whose
# city's published figures the reference table holds).
if results.records(SQL.rank_disputes):
    frame.heading(i18n.t("gdp_sources", lang))
    gdp = results.table(tables.district_gdp_sources, SQL.district_gdp_sources, lang)
    display.dataframe(
        gdp,
        {
            "area": i18n.t("area", lang),
            "gdp": i18n.t("gdp", lang),
            "claim": i18n.t("report_claim", lang),
            "source_type": i18n.t("source_type", lang),
            "source_title": i18n.t("source_title", lang),
            "source_quote": i18n.t("quote", lang),
        },
    )
    st.warning(report.text("gdp_disagree", lang))
