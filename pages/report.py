"""Report: a figure's clause first (?fact=<fact_id>), then the text by section with every captured figure
marked; search over the text, the metrics' names and the glossary. The text, its figures and its
outline are those of the report shown (gwr.app.picker)."""

import streamlit as st

from gwr import formatting, i18n, paths
from gwr.app import cite, frame, highlight, picker, report_sections, results, widgets
from gwr.data import report
from gwr.store.queries import SQL

lang = frame.page("report_title", "report_caption")

shown = picker.current()
text = report.of_package(picker.package_folder(shown))
facts = results.records(SQL.report_figures)
clauses = [(fact["fact_id"], fact["quote"]) for fact in facts]

# 1. The selected figure, where the visitor lands: its clause among its neighbouring sentences.
fact_id = st.query_params.get("fact")
row = results.fact_row(fact_id) if fact_id else None
if fact_id and row is None:
    st.warning(i18n.t("no_such_figure", lang).format(id=frame.echo(fact_id)))
elif row is not None:
    offset = text.occurrence(row["quote"], row["section"])
    with st.container(border=True):
        st.caption(f"{i18n.t('selected_in_report', lang)} · `{row['fact_id']}`")
        st.markdown(f"**{i18n.metric(row, lang)}** · {formatting.figure(row, lang)}")
        if offset is not None:  # a valid package's quotes are all in its text
            st.html(highlight.context_html(text, offset, row["quote"], row["fact_id"], clauses))
        st.caption(
            f"{i18n.t('locator', lang)}: {report.locator_label(row['locator'], lang)} · {row['section']}",
            help=i18n.t("locator_help", lang),
        )
        cite.cite_figure(row["fact_id"], row["locator"], lang, "report")

# 2. Search: the Chinese text, the metrics' names in both languages, the glossary. The glossary table
# holds the shipped report's terms only (queries/glossary.sql takes no report id): no other report has one.
glossary = results.query(SQL.glossary) if shown.report_id == paths.SHIPPED_REPORT_ID else None
search = widgets.text(st, i18n.t("search", lang), "q", max_chars=50, help=i18n.t("search_help", lang))
if search.strip():
    hits = highlight.search(text, search, results.query(SQL.report_figures), glossary, lang)
    st.markdown(f"**{i18n.count(len(hits), 'match', lang)}**")
    for hit in hits:
        label = f" · {hit.label}" if hit.label else ""
        st.caption(f"{i18n.t('hit_' + hit.kind, lang)}{label} · {hit.section}")
        st.html(highlight.marked_html(hit.sentence, [("search", hit.mark)]))

# 3. The section, headings as headings, the selected clause standing out.
names = text.section_names
terms_en = dict(zip(glossary["term_zh"], glossary["term_en"], strict=True)) if glossary is not None else {}
default_section = row["section"] if row is not None else names[min(1, len(names) - 1)]  # the first part
# The section is in the URL by its number in the outline (?section=3); an old link's section name still works.
number = widgets.select(
    st,
    i18n.t("section_label", lang),
    "section",
    list(range(len(names))),
    format_func=lambda index: report_sections.name(names, index, lang, terms_en),
    default=names.index(default_section) if default_section in names else 0,
    label_of=lambda index, _lang: names[index],
)
section = names[number]
st.html(highlight.section_html(text, section, clauses, selected=fact_id))

expanded = section.startswith(report.GLOSSARY)
terms = widgets.expander(i18n.t("glossary", lang), "glossary", expanded=expanded) if glossary is not None else None
if terms is not None:
    with terms:
        columns = list(dict.fromkeys(["term_zh", f"term_{lang}", f"definition_{lang}"]))  # the Chinese term always
        st.dataframe(glossary[columns], hide_index=True, width="stretch")
