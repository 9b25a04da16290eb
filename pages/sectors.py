"""Sectors: all figures of a sector for both years, charts grouped by unit; or an industry cluster."""

import streamlit as st

from jianxi import charts, counts, formatting, i18n, ui

lang = ui.page(("领域与产业集群", "Sectors and industry clusters"))

facts = ui.query("facts_filtered")
per_sector = counts.by_sector(facts).set_index("sector")
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
in_sector = facts[facts["sector"] == sector]
summary = counts.summary(in_sector, lang)
if counts.restatements(in_sector):
    summary += i18n.t("reason_separator", lang) + i18n.t("restatements_left_out", lang).format(
        n=counts.restatements(in_sector)
    )
st.caption(summary)
figures = ui.query("sector_figures", sector=sector)
for unit in charts.unit_groups(figures):
    fig = ui.figure("sector_unit_bars", "sector_figures", unit, sector, lang, sector=sector)
    ui.show_chart(fig, f"jianxi-{sector}-{unit}-{lang}", f"sector_{unit}", lang)

with st.expander("本领域全部数字" if lang == "zh" else "All figures of this sector", expanded=False):
    table = figures.assign(
        metric=[i18n.metric(r, lang) for _, r in figures.iterrows()],
        figure=[formatting.figure(r, lang) for _, r in figures.iterrows()],
        kind=[i18n.kind_name(k, lang) for k in figures["kind"]],
        link=[ui.report_url(f, lang) for f in figures["fact_id"]],
    )
    labels = {
        "year": i18n.t("year", lang),
        "kind": i18n.t("kind", lang),
        "metric": "指标" if lang == "zh" else "Figure",
        "figure": "数值" if lang == "zh" else "Value",
        "quote": i18n.t("quote", lang),
        "pair_note": i18n.t("pair_note", lang),
        "link": st.column_config.LinkColumn(i18n.t("open_in_report", lang), display_text="↗"),
    }
    st.dataframe(table[[*labels]], hide_index=True, column_config=labels, width="stretch")

st.divider()
st.subheader("产业集群与“风口”方向" if lang == "zh" else "Industry clusters and 风口 (tailwind) directions")
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
info = clusters.set_index("cluster_id").loc[cluster]
st.markdown(f"**{info['name_zh']}** · {info['name_en']}")
if isinstance(info["focus_zh"], str):
    st.caption(info["focus_zh"] if lang == "zh" else info["focus_en"])
members = ui.query("cluster_members", cluster_id=cluster)
if members.empty:
    st.info(
        "报告未将具体企业或项目归入该方向。"
        if lang == "zh"
        else "The report assigns no named enterprise or project to it."
    )
else:
    types = {
        "park": ("产业园", "Industrial park"),
        "lead_enterprise": ("龙头企业", "Lead enterprise"),
        "enterprise": ("企业", "Enterprise"),
        "project": ("项目", "Project"),
        "institution": ("机构", "Institution"),
    }
    table = members.assign(
        member_type=[types[m][0 if lang == "zh" else 1] for m in members["member_type"]],
        name=[r["name_zh"] if lang == "zh" else f"{r['name_en']} ({r['name_zh']})" for _, r in members.iterrows()],
        figure=[
            formatting.zh(r["value"], r["unit"], r["qualifier_zh"])
            if r["value"] == r["value"]
            else formatting.claim({**r, "value": r["claim_value"], "unit": r["claim_unit"]}, lang)
            if isinstance(r["words_zh"], str)
            else ""
            for _, r in members.iterrows()
        ],
    )
    labels = {
        "member_type": "类型" if lang == "zh" else "Type",
        "name": "名称" if lang == "zh" else "Name",
        "figure": "报告数字" if lang == "zh" else "Figure in the report",
        "quote": i18n.t("quote", lang),
    }
    st.dataframe(table[[*labels]], hide_index=True, column_config=labels, width="stretch")
