"""Targets → results: for the chosen report's place, each year's targets beside the results the next
report claims, judged by bounds only (gwr.rules.ledger); the reports' own statements about their targets."""

import streamlit as st

from gwr import charts, i18n
from gwr.app import display, frame, picker, results, tables, widgets
from gwr.charts.ledger import charted
from gwr.rules import ledger
from gwr.store.queries import SQL

lang = frame.page("ledger_title", "ledger_caption")
report = picker.current()
reports = picker.registered()
rows = results.table(tables.ledger_rows, SQL.ledger, lang)
statements = results.table(tables.ledger_statements, SQL.ledger_statements, lang)


def name(report_id: str | None, year: int) -> str:
    """A report of the place by its label, or the year's report as not loaded."""
    return (
        reports[report_id].label(lang)
        if report_id in reports
        else i18n.t("ledger_report_missing", lang).format(year=year)
    )


def counts_line(verdicts) -> str:
    counted = verdicts.value_counts()
    parts = [f"{i18n.t(ledger.label_key(v), lang)} {counted[v]}" for v in ledger.Verdict if v in counted]
    return i18n.t("ledger_summary", lang).format(n=int(counted.sum()), counts=" · ".join(parts))


columns = {
    "metric": st.column_config.TextColumn(i18n.t("indicator", lang), width="medium"),
    "target": i18n.t("ledger_target", lang),
    "result": i18n.t("ledger_result", lang),
    "verdict_text": i18n.t("ledger_verdict", lang),
    "distance": i18n.t("ledger_distance", lang),
    "why": st.column_config.TextColumn(i18n.t("ledger_note", lang), width="large"),
    "target_link": st.column_config.LinkColumn(i18n.t("ledger_target_link", lang), display_text="↗"),
    "result_link": st.column_config.LinkColumn(i18n.t("ledger_result_link", lang), display_text="↗"),
}
# The year the report shown reviews (its results against the targets before them) first, then the year it
# targets, then the place's other years, newest first.
years = sorted(
    {int(year) for year in (*rows.frame["ledger_year"], *statements.frame["ledger_year"])},
    key=lambda year: (year != report.reviews_year, year != report.targets_year, -year),
)
for year in years:
    of_year = rows.frame[rows.frame["ledger_year"] == year]
    earlier = next(
        (rid for rid, r in reports.items() if r.admin_code == report.admin_code and r.targets_year == year), None
    )
    later = next(
        (rid for rid, r in reports.items() if r.admin_code == report.admin_code and r.reviews_year == year), None
    )
    sources = (name(earlier, year), name(later, year + 1))  # the two reports, as the heading and chart name them
    named = {"year": year, "target_report": sources[0], "result_report": sources[1]}
    frame.heading(i18n.t("ledger_year", lang).format(**named), i18n.t("ledger_year_caption", lang).format(**named))
    if later is None:
        st.info(i18n.t("ledger_no_later", lang).format(year=year, next=year + 1))
    if earlier is None:
        st.info(i18n.t("ledger_no_earlier", lang).format(year=year, next=year + 1))
    targeted = of_year[of_year["target_fact"].notna()]
    if len(charted(rows.frame, year)):
        fig = results.figure(charts.rate_targets, SQL.ledger, year, sources, lang)
        display.show_chart(fig, f"{report.slug}-{year}-targets-and-results-{lang}", f"ledger_{year}", lang)
    if len(targeted):
        st.markdown(counts_line(targeted["verdict"]))
        shown = results.table(tables.ledger_rows, SQL.ledger, lang, keep={"ledger_year": (year,), "unpaired": (False,)})
        display.dataframe(shown, columns, key=f"ledger_{year}")
    said = results.table(tables.ledger_statements, SQL.ledger_statements, lang, keep={"ledger_year": (year,)})
    if len(said):
        frame.heading(
            i18n.t("ledger_statements", lang).format(year=year, next=year + 1),
            i18n.t("ledger_statements_caption", lang),
            level=3,
        )
        display.dataframe(
            said,
            {
                "metric": st.column_config.TextColumn(i18n.t("indicator", lang), width="medium"),
                "statement": i18n.t("ledger_statement", lang),
                "quote": st.column_config.TextColumn(i18n.t("quote", lang), width="large"),
                "link": st.column_config.LinkColumn(i18n.t("open_in_report", lang), display_text="↗"),
            },
            key=f"ledger_statements_{year}",
        )
    unpaired = of_year[of_year["target_fact"].isna()]
    label = i18n.t("ledger_unpaired", lang).format(year=year, next=year + 1, n=len(unpaired))
    if len(unpaired) and (section := widgets.expander(label, f"unpaired_{year}")) is not None:
        with section:
            loose = results.table(
                tables.ledger_rows, SQL.ledger, lang, keep={"ledger_year": (year,), "unpaired": (True,)}
            )
            display.dataframe(loose, {key: columns[key] for key in ("metric", "result", "verdict_text", "result_link")})
    if not len(of_year) and not len(said):
        st.info(i18n.t("ledger_empty", lang))
