"""The floor for `bench.load`: the least a Streamlit page with a chart can cost per run.

One page, one Plotly chart of constant data, one selectbox bound to the URL. `bench.load` serves it
beside the app, under the same load, so the app's cost per page run reads as a multiple of this.
"""

import plotly.graph_objects as go
import streamlit as st

st.set_page_config(page_title="floor", layout="wide")
st.title("floor")
choice = st.selectbox("series", ["a", "b", "c"], key="series", bind="query-params")
scale = {"a": 1, "b": 2, "c": 3}[choice]
fig = go.Figure(go.Bar(x=list(range(12)), y=[v * scale for v in range(12)], text=[str(v) for v in range(12)]))
fig.update_layout(title="constant chart", height=500)
st.plotly_chart(fig, theme=None, key="chart")
