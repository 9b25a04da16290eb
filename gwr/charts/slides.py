"""Figures as many sessions share them, and as slides: every text scaled by one factor, a citation line."""

from __future__ import annotations

import plotly.graph_objects as go
from plotly.basedatatypes import BaseFigure

from gwr.charts.wrap import escape

SLIDE_HEIGHT = 860  # px a slide gives the figure (1600×900 less the page's padding)
SLIDE_SCALE = (0.8, 1.6)  # text grows at most this much on a slide, and shrinks at most this much


class SharedFigure:
    """A built figure that many sessions draw and nobody changes (`gwr.app.results.figure` keeps one per input),
    held as the dict Streamlit sends: made from a built figure, or from that dict as a start kept it.

    Streamlit asks a figure for `to_dict()` on every draw, and plotly makes that dict anew each time (a
    deep copy of every trace and of the layout): here it is made once. The figure object (`figure`) is
    made only when something reads more than the dict (a citation's title, a slide): made from a
    kept dict, plotly checks every property, 0.2 s of a cold start whose first page never needs it.
    Read it, never change it; change a copy (`for_slide` makes one)."""

    def __init__(self, fig: go.Figure | dict):
        self._figure = fig if isinstance(fig, go.Figure) else None
        self._dict = fig.to_dict() if isinstance(fig, go.Figure) else fig
        self.drawn = _Drawn(self._dict)  # what st.plotly_chart takes

    def to_dict(self) -> dict:
        return self._dict

    @property
    def figure(self) -> go.Figure:
        if self._figure is None:
            self._figure = go.Figure(self._dict)
        return self._figure


class _Drawn(BaseFigure):
    """A SharedFigure as st.plotly_chart takes it: plotly.tools reads a BaseFigure by its to_dict() and
    checks no further, where a dict would be checked property by property on every draw. Nothing but
    to_dict() is ever asked of it, so plotly's own constructor is not run."""

    def __init__(self, as_dict: dict):
        self._as_dict = as_dict

    def to_dict(self) -> dict:
        return self._as_dict


def for_slide(fig: go.Figure, cite_line: str, height: int | None = None) -> go.Figure:
    """A copy of a built figure for a slide or a briefing image: every text (title, subtitle, axes,
    ticks, legend, value labels, the source line) scaled by one factor, so they keep their
    proportions; the title a slide gives it, which names the district and the filter (style.slide_title,
    kept in its meta); a one-line citation under the source line; sized by its container when `height`
    is None. The factor fits the figure's rows into a 16:9 slide: a short chart grows, a tall one shrinks."""
    slide = go.Figure(fig)
    meta = fig.layout.meta
    if isinstance(meta, dict) and meta.get("slide_title"):
        slide.layout.title.text = escape(meta["slide_title"])
    built = fig.layout.height or 450
    scale = min(SLIDE_SCALE[1], max(SLIDE_SCALE[0], SLIDE_HEIGHT / built))
    layout = slide.layout
    margin = layout.margin
    slide.update_layout(
        font_size=(layout.font.size or 13) * scale,
        title_font_size=(layout.title.font.size or 20) * scale,
        title_subtitle_font_size=(layout.title.subtitle.font.size or 12) * scale,
        margin={"l": (margin.l or 10) * scale, "r": (margin.r or 40) * scale, "t": (margin.t or 70) * scale,
                "b": (margin.b or 80) * scale + 22 * scale},
        height=height,
        autosize=height is None,
    )  # fmt: skip
    for trace in slide.data:
        if getattr(trace, "textfont", None) is not None and trace.textfont.size:
            trace.textfont.size = trace.textfont.size * scale
        marker = trace.marker.to_plotly_json() if trace.type == "scatter" else {}
        for key in ("size", "standoff"):  # a mark backed off by half its size stays so
            if isinstance(marker.get(key), int | float):
                trace.marker[key] = marker[key] * scale
    for note in slide.layout.annotations:
        note.font.size = (note.font.size or 12) * scale
        note.yshift = (note.yshift or 0) * scale
    source = slide.layout.annotations[-1] if slide.layout.annotations else None
    slide.add_annotation(
        text=escape(cite_line), xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top",
        yshift=(source.yshift if source else -62 * scale) - 18 * scale, showarrow=False,
        font={"size": 11 * scale, "color": "#6b6b6b"},
    )  # fmt: skip
    return slide


def image_config(filename: str) -> dict:
    """Plotly config for st.plotly_chart: the modebar's camera saves a 2× PNG under a meaningful name."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "scale": 2, "filename": filename},
        # The camera alone: each modebar button is a tab stop, eight a chart with Plotly's set.
        "modeBarButtons": [["toImage"]],
    }
