"""Citations on screen: a figure, a chart, the data set; each a popover built only while open.

Each cites the report shown (gwr.app.picker) and the package its rows come from; the downloads are
named by the report (its file_stem: place, years and package version)."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

import streamlit as st

from gwr import charts, citation, i18n, paths
from gwr.app import frame, picker
from gwr.data import package, report


@st.cache_resource(show_spinner=False)
def public_url() -> str | None:
    """The app's public address: JIANXI_PUBLIC_URL from Streamlit's secrets or the environment; None when
    unset. Read once per process (a deployment sets it before the app starts)."""
    configured = st.secrets.get(citation.URL_SETTING) if st.secrets.load_if_toml_exists() else None
    return citation.public_url({citation.URL_SETTING: configured} if configured else None)


def current_page_url() -> str | None:
    """The public address of the page the visitor is on, with its query (None when the URL is unset)."""
    path = urlsplit(st.context.url or "").path.strip("/") if st.context.url else ""
    return citation.page_url(public_url(), path, **st.query_params.to_dict())


def work() -> citation.Work:
    """What this run's citations name: the report shown, and the package its rows come from (the shipped
    package's contributors, our project, author and publish it)."""
    shown = picker.current()
    return citation.work_of(
        shown, package.descriptor(picker.package_folder(shown)), package.descriptor(paths.data_dir())
    )


def dataset_apa(lang: str) -> str:
    """The data set's APA entry for the report shown, at the public URL: the line under a slide's chart."""
    return citation.dataset(lang, date.today(), public_url(), work=work()).apa


def cite_popover(label: str, cite, lang: str, key: str, file_stem: str, notes=()) -> None:
    """A popover with the GB/T 7714 and APA text to copy and BibTeX and RIS files to download.

    Its content is built and sent only while it is open (opening it reruns the page): a page with
    thirteen charts would otherwise send about 120 citation elements on every run. `cite()` makes
    the citation.Citation."""
    popover = st.popover(label, key=f"cite_{key}", on_change="rerun")
    if not popover.open:
        return
    cited = cite()
    with popover:
        for note in notes:
            st.caption(note)
        st.markdown(f"**{i18n.t('style_gbt', lang)}**")
        st.code(cited.gbt7714, language=None, wrap_lines=True)
        st.markdown(f"**{i18n.t('style_apa', lang)}**")
        st.code(cited.apa, language=None, wrap_lines=True)
        left, right = st.columns(2)
        left.download_button(
            i18n.t("download_bibtex", lang), cited.bibtex, f"{file_stem}.bib", "application/x-bibtex", key=f"bib_{key}"
        )
        right.download_button(
            i18n.t("download_ris", lang),
            cited.ris,
            f"{file_stem}.ris",
            "application/x-research-info-systems",
            key=f"ris_{key}",
        )
        st.caption(i18n.t("reference_managers", lang))


def cite_chart(shared: charts.SharedFigure, lang: str, key: str) -> None:
    def cite():
        return citation.chart(charts.title_of(shared.figure), lang, date.today(), current_page_url(), work=work())

    cite_popover(i18n.t("cite_chart", lang), cite, lang, key, f"{picker.current().file_stem()}_chart-{key}")


def cite_dataset(lang: str, key: str = "dataset") -> None:
    """Cite the dataset (not in briefing view, which shows no controls)."""
    if frame.briefing():
        return
    cite_popover(
        i18n.t("cite_dataset", lang), lambda: citation.dataset(lang, date.today(), public_url(), work=work()), lang,
        key, f"{picker.current().file_stem()}_data",
    )  # fmt: skip


def cite_figure(fact_id: str, locator_code: str, lang: str, key: str) -> None:
    """Cite this figure: the report at the figure's locator, and the data set and its version."""
    locator = report.parse_locator(locator_code)
    if locator is None:
        return
    notes = (i18n.t("figure_cites_report", lang), i18n.t("apa_in_text_note", lang))
    cite_popover(
        i18n.t("cite_figure", lang),
        lambda: citation.figure(locator, lang, date.today(), public_url(), work=work()), lang,
        f"figure_{key}_{fact_id}", f"{picker.current().file_stem()}_{fact_id}", notes,
    )  # fmt: skip
