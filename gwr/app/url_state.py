"""A page's state in its URL as stable codes: ?lang=en&sector=economy&years=2022,2023.

Codes mean the same in every language and survive a relabel or a changed count, so a copied link
reopens the same view. Links made before codes (?sector=Economy (6), ?sector=市场主体,
?lang=English) still open the view they meant: a value is matched as a code first, then as a label
in either language with any count in brackets removed. A value that matches nothing is reported, so
the page can say so and fall back to its default view; it never silently opens another view.

Pure functions, no Streamlit here (gwr.app.ui binds them to st.query_params).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

from gwr import i18n
from gwr.paths import SHIPPED_REPORT_ID

# "Economy (6)", "经济总量（6个数字）", "Investment · 20 figures": a count after the label.
COUNT_SUFFIX = re.compile(r"\s*(?:[（(][^()（）]*\d[^()（）]*[)）]|·\s*\d+.*)\s*$")
CODE = re.compile(r"[a-z0-9_,.-]+")
TRUE = "1"


@dataclass(frozen=True)
class Reading:
    """What the URL says for one parameter: the value(s) it matched, and what matched nothing."""

    values: tuple
    unknown: tuple[str, ...] = ()


def tokens(raw: Iterable[str]) -> list[str]:
    """The values of a parameter, whether repeated (?a=x&a=y) or comma-separated (?a=x,y)."""
    return [part.strip() for item in raw for part in str(item).split(",") if part.strip()]


def match(raw: Iterable[str], options: Sequence, label: Callable[[object, str], str] | None = None) -> Reading:
    """Each URL value as one of `options`: by its code, else by its label in either language."""
    by_code = {str(option).lower(): option for option in options}
    by_label = {}
    if label is not None:
        for option in options:
            for lang in i18n.LANGUAGES:
                by_label[_plain(label(option, lang))] = option
    values, unknown = [], []
    for token in tokens(raw):
        found = by_code.get(token.lower(), by_label.get(_plain(token)))
        if found is None:
            unknown.append(token)
        elif found not in values:
            values.append(found)
    return Reading(tuple(values), tuple(unknown))


def _plain(text: str) -> str:
    return COUNT_SUFFIX.sub("", str(text)).strip().casefold()


def language(raw: Iterable[str]) -> str | None:
    """zh or en from ?lang=zh|en, or from the old label form ?lang=English / ?lang=中文."""
    reading = match(raw, list(i18n.LANGUAGES), lambda code, _lang: i18n.LANGUAGES[code])
    return reading.values[0] if reading.values else None


def encode(value) -> str | None:
    """The URL form of a value: codes joined by commas, 1 for a switch that is on; None for 'absent'."""
    if value is None or value is False or value == [] or value == ():
        return None
    if value is True:
        return TRUE
    if isinstance(value, list | tuple):
        return ",".join(str(v) for v in value)
    return str(value)


REPORT_PAGE = "report"


def page_url(page_path: str, lang: str, **params) -> str:
    """A relative link to another page of the app in the visitor's language."""
    return f"{page_path}?{urlencode({**params, i18n.KEY: lang})}"


def report_url(fact_id: str, lang: str, report_id: str | None = None) -> str:
    """The report page opened at a figure's clause, in the figure's report (`report_id`; the shipped
    report's links name none, as before the picker)."""
    chosen = {} if report_id in (None, SHIPPED_REPORT_ID) else {"report": report_id}
    return page_url(REPORT_PAGE, lang, fact=fact_id, **chosen)
