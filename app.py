"""Entry point and frame: page config, the language switch, navigation, and the source footer."""

import streamlit as st

from gwr.app import frame, picker, widgets
from gwr.paths import FAVICON

st.set_page_config(
    page_title="涧西区2023年政府工作报告数据 · Jianxi report data",
    # Our own SVG, sent inline: a :material/…: icon is fetched from fonts.gstatic.com (blocked in mainland
    # China, and each visitor's address handed to a third party); an emoji loads Streamlit's emoji catalogue.
    page_icon=FAVICON,
    layout="wide",
    initial_sidebar_state="collapsed" if frame.briefing() else "auto",
)
frame.page_style()

lang = frame.language_switch()
report = picker.picker(lang)
# script, title (catalog key), icon, URL path (None: the default page, at the root)
PAGES = (
    ("pages/overview.py", "page_overview", ":material/dashboard:", None),
    ("pages/share_of_city.py", "page_share", ":material/pie_chart:", "share_of_city"),
    ("pages/years.py", "page_years", ":material/compare_arrows:", "years"),
    ("pages/ledger.py", "page_ledger", ":material/fact_check:", "ledger"),
    ("pages/compare.py", "page_compare", ":material/stacked_bar_chart:", "compare"),
    ("pages/sectors.py", "page_sectors", ":material/category:", "sectors"),
    ("pages/data.py", "page_data", ":material/table:", "data"),
    ("pages/sql.py", "page_sql", ":material/terminal:", "sql"),
    ("pages/report.py", "page_report", ":material/description:", "report"),
)
pages = frame.pages(PAGES, lang, report)
st.navigation(pages, position="hidden" if frame.briefing() else "sidebar").run()
frame.slide_end(lang)  # a slide the page could not draw says so
widgets.link_to_view(lang)  # after the page ran, so the link holds every filter it set
frame.footer(lang, picker.current())
frame.behaviours()
