"""Entry point and frame: page config, the language switch, navigation, and the source footer."""

import streamlit as st

from jianxi import i18n, ui

st.set_page_config(
    page_title="涧西区2023年政府工作报告数据 · Jianxi report data",
    page_icon=":material/bar_chart:",  # an emoji would load Streamlit's emoji catalogue at start (35 ms)
    layout="wide",
    initial_sidebar_state="collapsed" if ui.briefing() else "auto",
)
ui.apply_briefing_style()

lang = ui.language_switch()
pages = [
    st.Page("pages/overview.py", title=i18n.t("page_overview", lang), icon=":material/dashboard:", default=True),
    st.Page(
        "pages/share_of_city.py",
        title=i18n.t("page_share", lang),
        icon=":material/pie_chart:",
        url_path="share_of_city",
    ),
    st.Page("pages/years.py", title=i18n.t("page_years", lang), icon=":material/compare_arrows:", url_path="years"),
    st.Page("pages/sectors.py", title=i18n.t("page_sectors", lang), icon=":material/category:", url_path="sectors"),
    st.Page("pages/data.py", title=i18n.t("page_data", lang), icon=":material/table:", url_path="data"),
    st.Page("pages/sql.py", title="SQL", icon=":material/terminal:", url_path="sql"),
    st.Page("pages/report.py", title=i18n.t("page_report", lang), icon=":material/description:", url_path="report"),
]
st.navigation(pages, position="hidden" if ui.briefing() else "sidebar").run()
ui.link_to_view(lang)  # after the page ran, so the link holds every filter it set
ui.footer(lang)
