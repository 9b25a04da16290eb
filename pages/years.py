"""2022 → 2023: results against targets, growth-rate targets, and the report's own target checks."""

import streamlit as st

from gwr import charts, i18n
from gwr.app import display, frame, picker, results, tables, widgets
from gwr.store.queries import SQL

lang = frame.page("years_title", "years_caption")
report = picker.current()

sector = widgets.select(
    st,
    i18n.t("sector", lang),
    "sector",
    [None, *sorted({row["sector"] for row in results.records(SQL.year_pairs)})],
    format_func=lambda s: i18n.t("all", lang) if s is None else i18n.sector_name(s, lang),
    label_of=i18n.sector_name,
)
pairs = results.table(tables.year_pairs, SQL.year_pairs, lang, sector=sector)
unlike_count = int((~pairs.frame["like_for_like"]).sum())
unlike = widgets.toggle(
    st,
    i18n.t("show_unlike", lang).format(n=i18n.count(unlike_count, "pair", lang)),
    "unlike",
    disabled=not unlike_count,
)
shown = (
    pairs
    if unlike
    else results.table(tables.year_pairs, SQL.year_pairs, lang, keep={"like_for_like": (True,)}, sector=sector)
)
if shown.empty:
    st.info(i18n.t("no_rows", lang))
else:
    name = f"{report.slug}-{report.reviews_year}-vs-{report.targets_year}-{sector or 'all'}{'-with-unlike' if unlike else ''}-{lang}"
    fig = results.figure(charts.year_pairs, SQL.year_pairs, lang, unlike, sector=sector)
    display.show_chart(fig, name, "year_pairs", lang)
    labels = {
        "metric": st.column_config.TextColumn(i18n.t("indicator", lang), width="large"),
        "figure_2022": report.text("result_2022", lang),
        "figure_2023": report.text("target_2023", lang),
        "change": st.column_config.TextColumn(i18n.t("change", lang), width="large"),
        **({"pair_note": st.column_config.TextColumn(i18n.t("pair_note", lang), width="large")} if unlike else {}),
        "link": st.column_config.LinkColumn(i18n.t("open_in_report", lang), display_text="↗"),
    }
    display.fact_table(shown, labels, lang, "pairs", None, i18n.t("comparison_rule", lang))

frame.heading(report.text("word_targets", lang), report.text("word_targets_caption", lang))
words = results.table(tables.word_targets, SQL.word_targets_2023, lang, keep={"sector": (sector,)} if sector else None)
if words.empty:
    st.info(i18n.t("no_rows", lang))
else:
    display.dataframe(
        words,
        {
            "metric": st.column_config.TextColumn(i18n.t("indicator", lang), width="large"),
            "side_2022": report.text("result_2022", lang),
            "side_2023": report.text("target_2023", lang),
            "quote_2023": i18n.t("quote", lang),
        },
    )

# Each chart's own title (inside the image) heads its section.
targets = results.figure(charts.growth_targets, SQL.growth_targets_2023, lang)
display.show_chart(
    targets, f"{report.slug}-{report.targets_year}-growth-targets-{lang}", "years_growth", lang, listed=False
)

# What the chart cannot tell, by what is loaded: the report before this one (the ledger has its targets),
# and this report's growth results, for the year it reviews, of the indicators it sets growth targets for.
earlier = any(
    r.admin_code == report.admin_code and r.targets_year == report.reviews_year for r in picker.registered().values()
)
sides = [
    results.query(SQL.facts_filtered, years=(year,), kinds=(kind,))
    for kind, year in (("actual", report.reviews_year), ("target", report.targets_year))
]
grown = [set(side.loc[side["measure"] == "growth_rate", "indicator"]) for side in sides]
growth = bool(grown[0] & grown[1])
note = "targets_see_ledger" if earlier else "targets_not_loaded" if growth else "targets_cannot_tell"
completion = results.figure(charts.target_completion, SQL.target_vs_result_2022, lang, note)
display.show_chart(completion, f"{report.slug}-{report.reviews_year}-target-completion-{lang}", "completion", lang)
display.dataframe(
    results.table(tables.target_checks, SQL.target_vs_result_2022, lang),
    {
        "metric": st.column_config.TextColumn(i18n.t("indicator", lang), width="large"),
        "ratio": i18n.t("check_ratio", lang),
        "basis": st.column_config.TextColumn(i18n.t("check_basis", lang), width="medium"),
        "result": report.text("result_2022", lang),
        "target": report.text("target_2022", lang),
        "link": st.column_config.LinkColumn(i18n.t("open_in_report", lang), display_text="↗"),
    },
)
