"""Report: the text by section with every captured figure marked; any figure's clause in context."""

import streamlit as st

from jianxi import formatting, highlight, i18n, report, ui

lang = ui.page("report_title", "report_caption")

text = report.load()
facts = ui.query("report_figures")
clauses = list(zip(facts["fact_id"], facts["quote"], strict=True))

fact_id = st.query_params.get("fact")
selected = facts[facts["fact_id"] == fact_id]
if fact_id and selected.empty:
    shown_id = ui.escape_markdown(fact_id[:80])
    st.warning(f"没有编号为 “{shown_id}” 的数字。" if lang == "zh" else f"There is no figure with the id “{shown_id}”.")
elif fact_id:
    row = selected.iloc[0]
    offset = text.find_all(row["quote"])[0]
    with st.container(border=True):
        st.markdown(f"**{i18n.metric(row, lang)}** · {formatting.zh(row['value'], row['unit'], row['qualifier_zh'])}")
        st.caption(f"`{row['fact_id']}` · {row['section']} · {'第' if lang == 'zh' else 'line '}"
                   f"{text.line_at(offset)}{' 行' if lang == 'zh' else ''}")  # fmt: skip

search = st.text_input(i18n.t("search", lang), key="q", bind="query-params", max_chars=50)
if search.strip():
    needle = report.squash(search)
    hits = highlight.sentences_with(text, needle)
    st.markdown(f"**{len(hits)}** {'处' if lang == 'zh' else 'sentences'}")
    for section, sentence in hits:
        st.caption(section)
        st.html(highlight.marked_html(sentence, [("search", needle)]))

names = text.section_names
default_section = selected.iloc[0]["section"] if not selected.empty else names[1]
section = st.selectbox(
    "章节" if lang == "zh" else "Section",
    options=names,
    index=names.index(default_section) if default_section in names else 0,
    key="section",
    bind="query-params",
)
st.html(highlight.marked_html(highlight.section_text(text, section), clauses, selected=fact_id))

with st.expander("名词解释" if lang == "zh" else "Glossary", expanded=section.startswith(report.GLOSSARY)):
    glossary = ui.query("glossary")
    columns = ["term_zh", "definition_zh"] if lang == "zh" else ["term_zh", "term_en", "definition_en"]
    st.dataframe(glossary[columns], hide_index=True, width="stretch")
