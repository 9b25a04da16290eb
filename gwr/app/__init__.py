"""The pieces every page of the Streamlit app shares; the pages themselves are in pages/."""
