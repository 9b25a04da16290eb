"""Text laid out for a chart, which Plotly cannot wrap: Chinese broken by characters (no line starts with a closing mark), other
text by words, row names in as many lines as they need; English names with straight quotes.
"""

from __future__ import annotations

import html
import re
import textwrap
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


def escape(text: str) -> str:
    """Text for a figure's title, labels and hover, where Plotly reads HTML: as html.escape, but a double
    quote as &#34;, since Plotly decodes numeric entities and only a few named ones (not &quot;)."""
    return html.escape(text).replace("&quot;", "&#34;")


def chinese(text: str) -> bool:
    """Whether a text is Chinese, to be broken by characters: a third of its letters or more are CJK (an
    English name that quotes a Chinese word in brackets is broken by words)."""
    letters = [c for c in text if not c.isspace()]
    return len(CJK.findall(text)) * 3 >= len(letters) > 0


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
    if chinese(text):
        return break_cjk(text, width_cjk)
    return textwrap.wrap(text, width_latin)


def wrap_label(text: str, width_latin: int = 34, width_cjk: int = 20) -> list[str]:
    """A metric name in lines, English parentheticals dropped (the hover has the full name)."""
    return wrap_text(text if chinese(text) else re.sub(r"\s*\([^)]*\)", "", text), width_latin, width_cjk)


# Curly quotes, double or single, or a run of spaces. The fonts draw “ ” as wide as a Chinese
# character, so inside English they read as "  “Angel loans”   provided".
QUOTED = re.compile(r"“([^“”]*)”|‘([^‘’]*)’")
SPACES = re.compile(r"\s{2,}")


def label_text(text: str, lang: str) -> str:
    """Text as a chart draws it in a language: quotes around words in the language's own marks (the
    catalog's quote_marks: “Angel loans” → "Angel loans" in English, unchanged in Chinese), one space
    between words. Quotes around Chinese keep their marks: a Chinese word quoted in English fits them."""
    marks = i18n.t("quote_marks", lang)

    def requote(match: re.Match) -> str:
        double, single = match.group(1), match.group(2)
        inner = double if double is not None else single
        if CJK.search(inner):
            return match.group(0)
        opening, closing = marks[:2] if double is not None else marks[2:]
        return f"{opening}{inner.strip()}{closing}"

    return SPACES.sub(" ", QUOTED.sub(requote, text)).strip()


def metric(row: pd.Series | dict, lang: str) -> str:
    """A figure's metric name as every chart draws it (row label, hover): the data's, in `label_text`."""
    return label_text(i18n.metric(row, lang), lang)


def axis_label(row: pd.Series, lang: str, prefix: str = "", compact: bool = False) -> str:
    """A metric name wrapped for an axis (or, `compact`, to the width of a phone, above its row), in
    as many lines as it needs: a slide or a saved image has no hover to give what a cut would hide."""
    lines = wrap_label(prefix + metric(row, lang), *(PHONE_LABEL if compact else (34, 20)))
    return "<br>".join(escape(line) for line in lines)


def line_count(labels: list[str]) -> int:
    """The most lines a row label of `labels` (lines joined by <br>) takes; 1 for none."""
    return max((label.count("<br>") + 1 for label in labels), default=1)


PHONE_LABEL = (40, 24)  # wrap widths (Latin, CJK characters) of a row label at 12 px on a phone (gwr.charts.phone)


def width_px(text: str) -> float:
    """About how wide a text is at 12 px: CJK characters are square, Latin ones about 0.6 em."""
    return sum(12 if ord(c) > 0x2E80 else 7 for c in text)
