"""2022 → 2023: results against targets, growth-rate targets, and the report's own target checks."""

import streamlit as st

from jianxi import charts, formatting, i18n, ui

lang = ui.page(
    ("2022年实绩 → 2023年目标", "2022 results → 2023 targets"),
    (
        "同一指标既有2022年实绩、又有2023年目标的，并列比较。标 † 的两年口径不同（例如新增数与总量、户与部），不可直接比较。",
        "Indicators with both a 2022 result and a 2023 target. Pairs marked † are not like for like (e.g. new "
        "registrations vs a total, households vs elevators) and must not be read as a change.",
    ),
)

sectors = ui.query("year_pairs")["sector"].unique().tolist()
sector = st.selectbox(
    i18n.t("sector", lang),
    options=[None, *sorted(sectors)],
    format_func=lambda s: i18n.t("all", lang) if s is None else i18n.sector_name(s, lang),
    key="sector",
    bind="query-params",
)
pairs = ui.query("year_pairs", sector=sector)
if pairs.empty:
    st.info(i18n.t("no_rows", lang))
else:
    name = f"jianxi-2022-vs-2023-{sector or 'all'}-{lang}"
    ui.show_chart(ui.figure("year_pairs", "year_pairs", lang, sector=sector), name, "year_pairs", lang)
    table = pairs.assign(
        metric=[i18n.metric(r, lang) + (charts.PAIR_NOTE_MARK if isinstance(r["pair_note"], str) else "")
                for _, r in pairs.iterrows()],
        figure_2022=[formatting.pair_side(r, 2022, lang) for _, r in pairs.iterrows()],
        figure_2023=[formatting.pair_side(r, 2023, lang) for _, r in pairs.iterrows()],
        change=[formatting.percent(c) if c == c else "—" for c in pairs["change_pct"]],
        pair_note=pairs["pair_note"].fillna(""),
        link=[ui.report_url(f, lang) for f in pairs["fact_2023"]],
    )  # fmt: skip
    labels = {
        "metric": "指标" if lang == "zh" else "Indicator",
        "figure_2022": "2022年实绩" if lang == "zh" else "2022 result",
        "figure_2023": "2023年目标" if lang == "zh" else "2023 target",
        "change": "变化" if lang == "zh" else "Change",
        "pair_note": i18n.t("pair_note", lang),
        "link": st.column_config.LinkColumn(i18n.t("open_in_report", lang), display_text="↗"),
    }
    st.dataframe(table[[*labels]], hide_index=True, column_config=labels, width="stretch")

st.subheader("2023年增速目标" if lang == "zh" else "Growth-rate targets for 2023")
targets = ui.figure("growth_targets", "growth_targets_2023", lang)
ui.show_chart(targets, f"jianxi-2023-growth-targets-{lang}", "years_growth", lang)

st.subheader("2022年目标完成情况" if lang == "zh" else "2022 targets met")
completion = ui.figure("target_completion", "target_vs_result_2022", lang)
ui.show_chart(completion, f"jianxi-2022-target-completion-{lang}", "completion", lang)
