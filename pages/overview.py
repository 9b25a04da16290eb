"""Overview: headline 2022 figures, the 2023 growth targets, what the report is and how to cite it."""

import streamlit as st

from jianxi import citation, counts, formatting, i18n, ui

lang = ui.page(
    i18n.TEXT["app_title"],
    (
        "涧西区人民政府区长王耀光于2023年2月21日在区第十六届人民代表大会第三次会议上所作报告：回顾2022年，部署2023年。",
        "Delivered by District Mayor Wang Yaoguang to the 3rd session of the 16th Jianxi District People's Congress "
        "on 21 February 2023: a review of 2022 and the targets for 2023.",
    ),
)

st.markdown(i18n.t("purpose", lang))

st.subheader("2022年主要成绩" if lang == "zh" else "Headline results of 2022")
headline = ui.query("headline_figures")
disputed = set(ui.query("rank_disputes")["fact_id"])
for start in range(0, len(headline), 4):
    for column, (_, row) in zip(st.columns(4), headline.iloc[start : start + 4].iterrows(), strict=False):
        notes = [formatting.share(row["city_share_pct"], lang), formatting.rank(row["city_rank"], lang)]
        if row["fact_id"] in disputed:
            notes.append(i18n.t("rank_disputed", lang).format(url=ui.page_url("share_of_city", lang)))
        notes.append(f"[{i18n.t('sentence_link', lang)} ↗]({ui.report_url(row['fact_id'], lang)})")
        ui.card(column, i18n.metric(row, lang), formatting.figure(row, lang), f"“{row['quote']}”", notes)

st.subheader("2023年主要预期目标" if lang == "zh" else "Main targets for 2023")
ui.show_chart(
    ui.figure("growth_targets", "growth_targets_2023", lang),
    f"jianxi-2023-growth-targets-{lang}",
    "growth_targets",
    lang,
)

with st.expander("关于本报告与数据" if lang == "zh" else "About the report and the data", expanded=False):
    facts = ui.query("facts_filtered")
    if lang == "zh":
        st.markdown(
            f"报告正文与名词解释中的每个数字都整理为一行数据（{counts.summary(facts, lang)}），"
            "保留原文单位与“以上、约、力争”等限定词，并附原文语句，可在“报告原文”页逐句核对。"
        )
    else:
        st.markdown(
            f"Every figure of the report and its glossary is a row of data ({counts.summary(facts, lang)}), "
            "with the report's own unit and qualifiers (以上, 约, 力争 …) and the clause it comes from; "
            "check any of them on the Report page."
        )
    sectors = counts.by_sector(facts)
    st.dataframe(
        sectors.assign(sector=[i18n.sector_name(s, lang) for s in sectors["sector"]]),
        hide_index=True,
        column_config={
            "sector": i18n.t("sector", lang),
            "rows": "行" if lang == "zh" else "Rows",
            "figures": "不重复的数字" if lang == "zh" else "Distinct figures",
            "actual_2022": "2022年实绩" if lang == "zh" else "2022 results",
            "target_2023": "2023年目标" if lang == "zh" else "2023 targets",
        },
    )

with st.expander(i18n.t("cite_data", lang), expanded=False):
    st.markdown("**GB/T 7714**")
    st.code(f"{citation.data('gbt7714')}\n{citation.report('gbt7714')}", language=None, wrap_lines=True)
    st.markdown("**APA**")
    st.code(f"{citation.data('apa')}\n{citation.report('apa')}", language=None, wrap_lines=True)
