"""Share of city: every figure with a stated share of Luoyang, and the implied city totals."""

import streamlit as st

from jianxi import formatting, i18n, ui

lang = ui.page(
    ("占全市比重", "Jianxi's share of Luoyang"),
    (
        "报告写明“占全市……%”的数字。推算全市总量 = 区数值 ÷ 比重；与公开的全市总量对照，可检验报告数字。",
        "Figures for which the report states a share of the city total. Implied city total = district value ÷ share; "
        "set against published city totals, it cross-checks the report.",
    ),
)

shares = ui.query("city_shares")
available = sorted(shares["sector"].unique())
chosen = st.multiselect(
    i18n.t("sector", lang),
    options=available,
    format_func=lambda s: i18n.sector_name(s, lang),
    key="sectors",
    bind="query-params",
    placeholder=i18n.t("all", lang),
)
selected = tuple(chosen) or None
shown = ui.query("city_shares", sectors=selected)
if shown.empty:
    st.info(i18n.t("no_rows", lang))
else:
    fig = ui.figure("city_shares", "city_shares", lang, sectors=selected)
    ui.show_chart(fig, f"jianxi-2022-share-of-luoyang-{lang}", "city_shares", lang)

st.subheader("推算全市总量与公开数据" if lang == "zh" else "Implied city totals against published totals")
totals = ui.query("implied_city_totals")
totals = totals[totals["fact_id"].isin(shown["fact_id"])]
no_figure = i18n.t("no_published", lang)
table = totals.assign(
    metric=[i18n.metric(r, lang) for _, r in totals.iterrows()],
    district=[f"{formatting.number(r['value'])} {r['unit']}" for _, r in totals.iterrows()],
    share=[f"{formatting.number(s)}%" for s in totals["city_share_pct"]],
    implied=[
        f"{'≥' if r['qualifier'] == 'at_least' else ''}{r['implied_city_total']:.1f} {r['unit']}"
        for _, r in totals.iterrows()
    ],
    published=[
        f"{formatting.number(r['published_total'])} {r['published_unit']}" if r["published_total"] == r["published_total"]
        else no_figure
        for _, r in totals.iterrows()
    ],
    ratio=[f"{r:.3f}" if r == r else "—" for r in totals["ratio"]],
    link=[ui.report_url(f, lang) for f in totals["fact_id"]],
    source=[
        f"{r['source_type']} · {r['source_title']}" if isinstance(r["source_type"], str) else "—"
        for _, r in totals.iterrows()
    ],
)  # fmt: skip
labels = {
    "metric": "指标" if lang == "zh" else "Figure",
    "district": "涧西区" if lang == "zh" else "Jianxi",
    "share": "占全市" if lang == "zh" else "Share",
    "implied": "推算全市总量" if lang == "zh" else "Implied city total",
    "published": "公开的全市总量" if lang == "zh" else "Published city total",
    "ratio": "推算 ÷ 公开" if lang == "zh" else "Implied ÷ published",
    "source": "来源（类型）" if lang == "zh" else "Source (type)",
    "source_url": st.column_config.LinkColumn("来源链接" if lang == "zh" else "Source link", display_text="↗"),
    "link": st.column_config.LinkColumn(i18n.t("open_in_report", lang), display_text="↗"),
}
st.dataframe(table[[*labels]], hide_index=True, column_config=labels, width="stretch")
st.caption(
    "“超过”类数字的推算值为下限。来源类型：official 为政府网站，secondary 为引用统计局数据的汇编。"
    if lang == "zh"
    else "For figures stated as “more than”, the implied total is a lower bound. Source type: official = a "
    "government website; secondary = a compilation citing the Luoyang statistics bureau."
)

st.subheader("区县GDP：来源之间的分歧" if lang == "zh" else "District GDP: the sources disagree")
gdp = ui.query("district_gdp_sources")
st.dataframe(
    gdp[["area", "value", "unit", "claim", "source_type", "source_title", "source_quote"]],
    hide_index=True,
    width="stretch",
    column_config={
        "area": "地区" if lang == "zh" else "Area",
        "value": st.column_config.NumberColumn("GDP", format="%.2f"),
        "unit": "单位" if lang == "zh" else "Unit",
        "claim": "报告表述" if lang == "zh" else "Report's claim",
        "source_type": "来源类型" if lang == "zh" else "Source type",
        "source_title": "来源" if lang == "zh" else "Source",
        "source_quote": "原文" if lang == "zh" else "Quote",
    },
)
st.warning(
    "报告称涧西区GDP“总量稳居全市第一”；上表中的公开来源对区县GDP及排名说法不一，不能同时成立。此处并列各来源，不作裁定。"
    if lang == "zh"
    else "The report says Jianxi's GDP ranks first in the city; the published sources above disagree on district GDP "
    "and on which district ranks first, and cannot all hold. We show them side by side without resolving it."
)
