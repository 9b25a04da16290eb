"""Share of city: every figure with a stated share of Luoyang, and the implied city totals."""

import streamlit as st

from jianxi import formatting, i18n, implied_totals, ui

lang = ui.page("share_title", "share_caption")

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

st.subheader(i18n.t("implied_totals", lang))
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
    "metric": i18n.t("indicator", lang),
    "district": i18n.t("jianxi", lang),
    "share": i18n.t("share_short", lang),
    "implied": i18n.t("implied_total", lang),
    "published": i18n.t("published_total", lang),
    "check": i18n.t("published_check", lang),
    "source": i18n.t("source_type_title", lang),
    "source_url": st.column_config.LinkColumn(i18n.t("source_link", lang), display_text="↗"),
    "link": st.column_config.LinkColumn(i18n.t("open_in_report", lang), display_text="↗"),
}
ui.fact_table(table, labels, lang, "implied")
st.caption(i18n.t("implied_caption", lang))

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

st.subheader(i18n.t("gdp_sources", lang))
gdp = ui.query("district_gdp_sources")
st.dataframe(
    gdp.assign(gdp=[formatting.figure(r, lang) for _, r in gdp.iterrows()])[
        ["area", "gdp", "claim", "source_type", "source_title", "source_quote"]
    ],
    hide_index=True,
    width="stretch",
    placeholder="—",
    column_config={
        "area": i18n.t("area", lang),
        "gdp": i18n.t("gdp", lang),
        "claim": i18n.t("report_claim", lang),
        "source_type": i18n.t("source_type", lang),
        "source_title": i18n.t("source_title", lang),
        "source_quote": i18n.t("quote", lang),
    },
)
st.warning(i18n.t("gdp_disagree", lang))
