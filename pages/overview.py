"""Overview: headline 2022 figures, the 2023 growth targets, what the report is and how to cite it."""

import streamlit as st

from gwr import formatting, i18n
from gwr.app import ui
from gwr.rules import counts

lang = ui.page("overview_title", "overview_caption", lead="purpose", section="headline_results")

headline = ui.records("headline_figures")
disputed = {row["fact_id"] for row in ui.records("rank_disputes")}
place = ui.cards()
for row in headline:
    notes = [formatting.share(row["city_share_pct"], lang), formatting.rank(row["city_rank"], lang)]
    if row["fact_id"] in disputed:
        notes.append(i18n.t("rank_disputed", lang).format(url=ui.page_url("share_of_city", lang)))
    notes.append(f"[{i18n.t('sentence_link', lang)} ↗]({ui.report_url(row['fact_id'], lang)})")
    ui.card(place, i18n.metric(row, lang), formatting.figure(row, lang), f"“{row['quote']}”", notes)

# The chart's own title (inside the image) heads this section.
ui.show_chart(
    ui.figure("growth_targets", "growth_targets_2023", lang),
    f"jianxi-2023-growth-targets-{lang}",
    "growth_targets",
    lang,
)

if (about := ui.expander(i18n.t("about_data", lang), "about_data")) is not None:
    with about:
        facts = ui.query("facts_filtered")
        st.markdown(i18n.t("about_data_text", lang).format(summary=counts.summary(facts, lang)))
        sectors = ui.query("sectors")
        st.dataframe(
            sectors.assign(sector=[i18n.sector_name(s, lang) for s in sectors["sector"]]),
            hide_index=True,
            column_config={
                "sector": i18n.t("sector", lang),
                "rows": i18n.t("rows", lang),
                "figures": i18n.t("distinct_figures", lang),
                "actual_2022": i18n.t("results_2022", lang),
                "target_2023": i18n.t("targets_2023", lang),
            },
        )

ui.cite_dataset(lang)
