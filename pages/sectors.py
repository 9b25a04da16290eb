"""Sectors: all figures of a sector for both years, charts grouped by unit; or an industry cluster."""

import streamlit as st

from jianxi import charts, counts, i18n, ui

lang = ui.page("sectors_title")

per_sector = ui.query("sectors").set_index("sector")
sector = ui.select(
    st,
    i18n.t("sector", lang),
    "sector",
    per_sector.index.tolist(),
    format_func=lambda s: i18n.t("sector_option", lang).format(
        name=i18n.sector_name(s, lang), figures=per_sector.loc[s, "figures"]
    ),
    default=per_sector.index[0],
    label_of=i18n.sector_name,
)
in_sector = ui.query("facts_filtered", sectors=(sector,))  # computed once per sector, shared
summary = counts.summary(in_sector, lang)
if counts.restatements(in_sector):
    summary += i18n.t("reason_separator", lang) + i18n.t("restatements_left_out", lang).format(
        n=counts.restatements(in_sector)
    )
st.caption(summary)
figures = ui.query("sector_figures", sector=sector)
charted, standalone = charts.sector_groups(figures)
table = ui.table("sector_figures", "sector_figures", lang, sector=sector)
for dimension in charted:
    fig = ui.figure("sector_dimension", "sector_figures", dimension, sector, lang, sector=sector)
    ui.show_chart(fig, f"jianxi-{sector}-{dimension}-{lang}", f"sector_{dimension}", lang)
if not standalone.empty:
    st.markdown(f"**{i18n.t('standalone_figures', lang)}**")
    st.caption(i18n.t("standalone_caption", lang))
    ui.fact_table(
        table[table["fact_id"].isin(standalone["fact_id"])],
        {
            "metric": st.column_config.TextColumn(i18n.t("indicator", lang), width="large"),
            "year": i18n.t("year", lang),
            "kind": i18n.t("kind", lang),
            "figure": i18n.t("figure", lang),
            "quote": i18n.t("quote", lang),
        },
        lang,
        "standalone",
    )

if (every := ui.expander(i18n.t("sector_figures", lang), "sector_figures")) is not None:
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
        st.dataframe(table[[*labels]], hide_index=True, column_config=labels, width="stretch", placeholder="—")

st.divider()
st.subheader(i18n.t("clusters", lang))
clusters = ui.query("clusters")
names = clusters.set_index("cluster_id")
cluster = ui.select(
    st,
    i18n.t("cluster", lang),
    "cluster",
    names.index.tolist(),
    format_func=lambda c: i18n.name(names.loc[c], lang),
    default=names.index[0],
    label_of=lambda c, language: i18n.name(names.loc[c], language),
)
info = names.loc[cluster]
st.markdown(f"**{i18n.proper_name(info, lang)}**")
if isinstance(info["focus_zh"], str):
    st.caption(i18n.field(info, "focus", lang))
if ui.query("cluster_members", cluster_id=cluster).empty:
    st.info(i18n.t("no_members", lang))
else:
    table = ui.table("cluster_members", "cluster_members", lang, cluster_id=cluster)
    labels = {
        "member_type": i18n.t("member_type", lang),
        "name": i18n.t("member_name", lang),
        "figure": i18n.t("figure_in_report", lang),
        "quote": i18n.t("quote", lang),
    }
    st.dataframe(table[[*labels]], hide_index=True, column_config=labels, width="stretch")
