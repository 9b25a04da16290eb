"""The report picker: which report every page shows, as ?report=<report_id> in the URL.

The register's reports (the shipped one and every package loaded beside it) are the options; the
shipped report is the default and is not written in the URL, so a link made before the picker opens
what it opened then. With one report loaded no picker is drawn and the app looks as it did.

The chosen report is what every named query of a page binds as $report_id (gwr.app.results), so
counts, tables, charts, citations and downloads follow it. Like the language, the choice outlives a
page change: the sidebar's state while it is drawn, the URL, else the report last shown.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from gwr import i18n, paths
from gwr.app import frame, url_state, widgets
from gwr.paths import SHIPPED_REPORT_ID
from gwr.reports import Report
from gwr.store.queries import SQL

KEY = "report"  # the URL parameter and the sidebar widget's key
CHOSEN = "_report"  # UI state: the report last shown, for when the picker's own state is lost
_WARNED = "_report_warned"  # UI state: the unknown value this visit was already told about


# The register's rows last read (shared, read-only), their reports by id, and the picker's options by
# language: (ids, labels, label by id), made once, not on every run (with 500 reports, labelling each on
# every run was most of what a page run cost beyond Jianxi's alone).
_READ: list = [None, {}, {}]


def registered() -> dict[str, Report]:
    """Every report loaded, by id, in the register's order (city, place, then date). The rows are the
    shared result of the `reports` query (kept for the next start, so a first page needs no database);
    they are made Reports once for as long as that result stands."""
    from gwr.app import results

    rows = results.records(SQL.reports)
    if _READ[0] is not rows:
        _READ[:] = [rows, {row["report_id"]: Report.from_row(row) for row in rows}, {}]
    return _READ[1]


def _options(lang: str) -> tuple[list[str], tuple[str, ...], dict[str, str]]:
    """The picker's options in one language: the ids, their labels, and the label of each id."""
    reports = registered()
    if (made := _READ[2].get(lang)) is None:
        labels = {rid: report.label(lang) for rid, report in reports.items()}
        made = _READ[2][lang] = (list(labels), tuple(labels.values()), labels)
    return made


def package_folder(report: Report) -> Path:
    """The folder of the package the report's rows come from (its text, descriptor and tables): the
    shipped data folder, or the latest version of the report's own package."""
    from gwr.data import loading  # with pandas, which a first page drawn from kept results does without

    return loading.package_folder(report.report_id, paths.data_dir(), paths.reports_dir())


def _from_url() -> tuple[str | None, tuple[str, ...]]:
    reading = url_state.match(st.query_params.get_all(KEY), list(registered()))
    return (reading.values[0] if reading.values else None), reading.unknown


def current() -> Report:
    """The report this run shows: the picker's value when drawn, else ?report=, else the report last
    shown, else the shipped report. A value of ?report= that names no loaded report is told once, and
    the shipped report shown."""
    reports = registered()
    chosen = st.session_state.get(KEY)
    if chosen not in reports:
        from_url, unknown = _from_url()
        if unknown and st.session_state.get(_WARNED) != unknown:
            st.session_state[_WARNED] = unknown
            setting = frame.echo(f"{KEY}={', '.join(unknown)}")
            st.warning(i18n.t("url_unknown", frame.language()).format(setting=setting))
        chosen = from_url or st.session_state.get(CHOSEN)
    chosen = chosen if chosen in reports else SHIPPED_REPORT_ID
    st.session_state[CHOSEN] = chosen
    return reports[chosen]


def picker(lang: str) -> Report:
    """The sidebar's report picker when more than one report is loaded; the report shown, its id in
    the URL unless it is the shipped one."""
    reports = registered()
    report = current()
    if len(reports) > 1:
        if st.session_state.get(KEY) != report.report_id:
            st.session_state[KEY] = report.report_id
        ids, labels, label_of = _options(lang)
        widgets.relabel(KEY, labels)
        st.sidebar.selectbox(i18n.t("report_picker", lang), ids, format_func=label_of.__getitem__, key=KEY)
        report = reports[st.session_state[KEY]]
        st.session_state[CHOSEN] = report.report_id
    if report.report_id == SHIPPED_REPORT_ID:
        st.query_params.pop(KEY, None)
    else:
        frame.to_url(KEY, report.report_id)
    return report
