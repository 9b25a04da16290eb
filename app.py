"""Entry point: the dashboard arrives with the next issue; for now it shows the data is valid."""

import streamlit as st

from jianxi.validation import read_tables

st.set_page_config(page_title="涧西区2023年政府工作报告数据 · Jianxi report explorer", layout="wide")
st.title("涧西区2023年政府工作报告数据 / Jianxi District 2023 Government Work Report as data")
tables, problems = read_tables()
if problems:
    st.error("\n".join(str(p) for p in problems))
else:
    st.dataframe(tables["facts"], hide_index=True)
