"""Share of city: every figure with a stated share of Luoyang, and the implied city totals."""

import streamlit as st

from jianxi import formatting, i18n, implied_totals, ui

lang = ui.page(
    ("占全市比重", "Jianxi's share of Luoyang"),
    (
        "报告写明“占全市……%”的数字（比重与排名均为报告自述）。推算全市总量 = 区数值 ÷ 比重；与公开的全市总量对照，可检验报告数字。",
        "Figures for which the report states a share of the city total (shares and ranks are the report's own claims). Implied city total = district value ÷ share; "
        "set against published city totals, it cross-checks the report.",
    ),
)

shares = ui.query("city_shares")
available = sorted(shares["sector"].unique())
chosen = ui.multiselect(
    st, i18n.t("sector", lang), "sector", available,
    format_func=lambda s: i18n.sector_name(s, lang), label_of=i18n.sector_name, aliases=("sectors",),
)  # fmt: skip
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
table = totals.assign(
    metric=[i18n.metric(r, lang) for _, r in totals.iterrows()],
    district=[formatting.figure(r, lang) for _, r in totals.iterrows()],
    share=[formatting.share(s, lang) for s in totals["city_share_pct"]],
    implied=[implied_totals.text(r, lang) for _, r in totals.iterrows()],
    published=[implied_totals.published_text(r, lang) for _, r in totals.iterrows()],
    check=[implied_totals.check(r, lang) for _, r in totals.iterrows()],
    link=[ui.report_url(f, lang) for f in totals["fact_id"]],
    source=[
        f"{r['source_type']} · {r['source_title']}" if isinstance(r["source_type"], str) else "—"
        for _, r in totals.iterrows()
    ],
)  # fmt: skip
labels = {
    "metric": "指标" if lang == "zh" else "Figure",
    "district": "涧西区" if lang == "zh" else "Jianxi",
    "share": "占全市（报告称）" if lang == "zh" else "Share (report)",
    "implied": "推算全市总量（按所述精度的范围）"
    if lang == "zh"
    else "Implied city total (range the stated precision allows)",
    "published": "公开的全市总量" if lang == "zh" else "Published city total",
    "check": "公开值是否在范围内" if lang == "zh" else "Published within range?",
    "source": "来源（类型）" if lang == "zh" else "Source (type)",
    "source_url": st.column_config.LinkColumn("来源链接" if lang == "zh" else "Source link", display_text="↗"),
    "link": st.column_config.LinkColumn(i18n.t("open_in_report", lang), display_text="↗"),
}
st.dataframe(table[[*labels]], hide_index=True, column_config=labels, width="stretch", placeholder="—")
st.caption(
    "比重与数值都是四舍五入后的数字（如 64% 可为 63.5%–64.5%），所以推算的全市总量是一个范围；企业等计数取整数。"
    "“超过”类数字的推算值为下限。来源类型：official 为政府网站，secondary 为引用统计局数据的汇编。"
    if lang == "zh"
    else "Shares and values are rounded as written (64% may be 63.5%–64.5%), so the implied city total is a range; "
    "counts of firms and teams are whole numbers. For figures stated as “more than”, it is a lower bound. Source "
    "type: official = a government website; secondary = a compilation citing the Luoyang statistics bureau."
)

st.subheader(i18n.t("claimed_ranks", lang))
st.caption(i18n.t("claimed_ranks_caption", lang))
ranks = ui.query("claimed_ranks")
ranks = ranks[ranks["sector"].isin(chosen)] if chosen else ranks
st.dataframe(
    ranks.assign(
        metric=[i18n.metric(r, lang) for _, r in ranks.iterrows()],
        claim=[formatting.claim(r, lang) for _, r in ranks.iterrows()],
        year=[str(y) for y in ranks["year"]],
        kind=[i18n.kind_name(k, lang) for k in ranks["kind"]],
    )[["metric", "claim", "year", "kind", "quote"]],
    hide_index=True,
    width="stretch",
    placeholder="—",
    column_config={
        "metric": i18n.t("indicator", lang),
        "claim": i18n.t("the_report_says", lang),
        "year": i18n.t("year", lang),
        "kind": i18n.t("kind", lang),
        "quote": i18n.t("quote", lang),
    },
)

st.subheader("区县GDP：来源之间的分歧" if lang == "zh" else "District GDP: the sources disagree")
gdp = ui.query("district_gdp_sources")
st.dataframe(
    gdp[["area", "value", "unit", "claim", "source_type", "source_title", "source_quote"]],
    hide_index=True,
    width="stretch",
    placeholder="—",
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
