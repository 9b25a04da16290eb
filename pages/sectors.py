"""Sectors: all figures of a sector for both years, charts grouped by unit; or an industry cluster."""

import streamlit as st

from gwr import charts, i18n
from gwr.app import display, frame, picker, results, tables, widgets
from gwr.paths import SHIPPED_REPORT_ID
from gwr.rules import counts
from gwr.store.queries import SQL

lang = frame.page("sectors_title")

per_sector = {row["sector"]: row["figures"] for row in results.records(SQL.sectors)}  # most figures first
sector = widgets.select(
    st,
    i18n.t("sector", lang),
    "sector",
    list(per_sector),
    format_func=lambda s: i18n.t("sector_option", lang).format(
        name=i18n.sector_name(s, lang), figures=i18n.count(per_sector[s], "figure", lang)
    ),
    default=next(iter(per_sector)),
    label_of=i18n.sector_name,
)
rows, figures = results.count(SQL.facts_filtered, sectors=(sector,))
summary = counts.describe(rows, figures, lang)
if rows > figures:
    summary += i18n.t("reason_separator", lang) + i18n.t("restatements_left_out", lang).format(
        n=i18n.count(rows - figures, "restatement", lang)
    )
st.caption(summary)
charted, standalone = results.sector_groups(sector)
for dimension in charted:
    fig = results.figure(charts.sector_dimension, SQL.sector_figures, dimension, sector, lang, sector=sector)
    display.show_chart(fig, f"{picker.current().slug}-{sector}-{dimension}-{lang}", f"sector_{dimension}", lang)
if standalone:
    display.fact_table(
        results.table(tables.sector_figures, SQL.sector_figures, lang, keep={"fact_id": standalone}, sector=sector),
        {
            "metric": st.column_config.TextColumn(i18n.t("indicator", lang), width="large"),
            "year": i18n.t("year", lang),
            "kind": i18n.t("kind", lang),
            "figure": i18n.t("figure", lang),
            "quote": i18n.t("quote", lang),
        },
        lang,
        "standalone",
        i18n.t("standalone_figures", lang),
        i18n.t("standalone_caption", lang),
        level=0,
    )

if (every := widgets.expander(i18n.t("sector_figures", lang), "sector_figures")) is not None:
    with every:
        labels = {
            "year": i18n.t("year", lang),
            "kind": i18n.t("kind", lang),
            "metric": i18n.t("indicator", lang),
            "figure": i18n.t("figure", lang),
            "quote": i18n.t("quote", lang),
            "pair_note": i18n.t("pair_note", lang),
            "link": st.column_config.LinkColumn(i18n.t("open_in_report", lang), display_text="↗"),
        }
        display.dataframe(results.table(tables.sector_figures, SQL.sector_figures, lang, sector=sector), labels)

# Industry clusters and their members are curated for the shipped report only (the clusters table has no
# report_id): another report's page has no such section.
if picker.current().report_id == SHIPPED_REPORT_ID:
    frame.heading(i18n.t("clusters", lang), rule=True)
    clusters = {row["cluster_id"]: row for row in results.records(SQL.clusters)}
    cluster = widgets.select(
        st,
        i18n.t("cluster", lang),
        "cluster",
        list(clusters),
        format_func=lambda c: i18n.name(clusters[c], lang),
        default=next(iter(clusters)),
        label_of=lambda c, language: i18n.name(clusters[c], language),
    )
    info = clusters[cluster]
    frame.heading(
        i18n.proper_name(info, lang),
        i18n.field(info, "focus", lang) if isinstance(info["focus_zh"], str) else "",
        level=0,
    )
    members = results.table(tables.cluster_members, SQL.cluster_members, lang, cluster_id=cluster)
    if members.empty:
        st.info(i18n.t("no_members", lang))
    else:
        labels = {
            "member_type": i18n.t("member_type", lang),
            "name": i18n.t("member_name", lang),
            "figure": i18n.t("figure_in_report", lang),
            "quote": i18n.t("quote", lang),
        }
        display.dataframe(members, labels)
