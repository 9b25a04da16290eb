"""Overview: headline 2022 figures, the 2023 growth targets, what the report is and how to cite it."""

import streamlit as st

from gwr import charts, formatting, i18n
from gwr.app import cite, display, frame, picker, results, widgets
from gwr.rules import counts
from gwr.store.queries import SQL

lang = frame.page("overview_title", "overview_caption", lead="purpose", section="headline_results")
report = picker.current()

headline = results.records(SQL.headline_figures)
disputed = {row["fact_id"] for row in results.records(SQL.rank_disputes)}
place = display.cards()
for row in headline:
    notes = [formatting.share(row["city_share_pct"], lang), formatting.rank(row["city_rank"], lang)]
    if row["fact_id"] in disputed:
        notes.append(i18n.t("rank_disputed", lang).format(url=frame.page_url("share_of_city", lang)))
    notes.append(f"[{i18n.t('sentence_link', lang)} ↗]({frame.report_url(row['fact_id'], lang, row['report_id'])})")
    display.card(place, i18n.metric(row, lang), formatting.figure(row, lang), f"“{row['quote']}”", notes)

# The chart's own title (inside the image) heads this section.
display.show_chart(
    results.figure(charts.growth_targets, SQL.growth_targets_2023, lang),
    f"{report.slug}-{report.targets_year}-growth-targets-{lang}",
    "growth_targets",
    lang,
    listed=False,
)

if (about := widgets.expander(i18n.t("about_data", lang), "about_data")) is not None:
    with about:
        facts = results.query(SQL.facts_filtered)
        st.markdown(i18n.t("about_data_text", lang).format(summary=counts.summary(facts, lang)))
        sectors = results.query(SQL.sectors)
        st.dataframe(
            sectors.assign(sector=[i18n.sector_name(s, lang) for s in sectors["sector"]]),
            hide_index=True,
            column_config={
                "sector": i18n.t("sector", lang),
                "rows": i18n.t("rows", lang),
                "figures": i18n.t("distinct_figures", lang),
                "actual_2022": report.text("results_2022", lang),
                "target_2023": report.text("targets_2023", lang),
            },
        )

cite.cite_dataset(lang)
