"""Text laid out for a chart, which Plotly cannot wrap: Chinese broken by characters (no line starts with a closing mark), other
text by words, row names cut to a few lines.
"""

from __future__ import annotations

import re
import textwrap
from html import escape
from typing import TYPE_CHECKING

from gwr import i18n

if TYPE_CHECKING:
    import pandas as pd


# 避头尾: no line may start with closing punctuation or end with opening punctuation.
NO_LINE_START = set("、，。；：！？）》」』”’·")
NO_LINE_END = set("（《「『“‘")
# A run of Latin letters and digits ("2023", "5G", "3.5%") is one unbreakable token, and a space
# goes with what follows it.
TOKEN = re.compile(r"\s*(?:[A-Za-z0-9][A-Za-z0-9.,%+-]*|\S)|\s+")
CJK = re.compile(r"[\u2e80-\u9fff\uff00-\uffef]")


def break_cjk(text: str, width: int) -> list[str]:
    """Chinese text in lines of about `width` characters, breaking between any two characters except
    inside a run of Latin letters or digits, or where a line would start with 、，。）》 … or end
    with （《 … (the punctuation moves with its word)."""
    lines, line = [], ""
    for token in TOKEN.findall(text):
        if line.strip() and len(line) + len(token) > width and token.lstrip()[:1] not in NO_LINE_START:
            carried = ""
            while line and line[-1] in NO_LINE_END:
                carried, line = line[-1] + carried, line[:-1]
            lines.append(line.rstrip())
            line = carried
            token = token if line else token.lstrip()
        line += token
    return [*lines, line] if line else lines


def wrap_text(text: str, width_latin: int, width_cjk: int) -> list[str]:
    """Text in lines: by characters where it holds Chinese (with the line-breaking rules above), else by words."""
    if CJK.search(text):
        return break_cjk(text, width_cjk)
    return textwrap.wrap(text, width_latin)


def wrap_label(text: str, width_latin: int = 34, width_cjk: int = 20) -> list[str]:
    """A metric name in lines, English parentheticals dropped (the hover has the full name)."""
    return wrap_text(text if CJK.search(text) else re.sub(r"\s*\([^)]*\)", "", text), width_latin, width_cjk)


def axis_label(row: pd.Series, lang: str, prefix: str = "", compact: bool = False) -> str:
    """A metric name short enough for an axis, at most two wrapped lines (or, `compact`, three lines
    the width of a phone, above its row); the hover has the full name."""
    lines = wrap_label(prefix + i18n.metric(row, lang), *(PHONE_LABEL if compact else (34, 20)))
    most = 3 if compact else 2
    width = max((len(line) for line in lines), default=0)
    if len(lines) > most:
        lines = [*lines[: most - 1], lines[most - 1][: width - 1] + "…"]
    return "<br>".join(escape(line) for line in lines)


PHONE_LABEL = (40, 24)  # wrap widths (Latin, CJK characters) of a row label at 12 px on a phone (gwr.charts.phone)


def width_px(text: str) -> float:
    """About how wide a text is at 12 px: CJK characters are square, Latin ones about 0.6 em."""
    return sum(12 if ord(c) > 0x2E80 else 7 for c in text)
