"""The yardstick for the page benchmark: a minimal Streamlit page holding one small plotly chart."""

import plotly.graph_objects as go
import streamlit as st

st.title("Minimal page")
st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[1, 3, 2])))
