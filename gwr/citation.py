"""How to cite a figure, a chart and the data package: GB/T 7714-2015 and APA 7 text, BibTeX and RIS.

Three things are cited, each in the visitor's language:

- a *figure*: the report is the primary source, with the locator of the figure's clause (where a
  page would go), and the data package with its version;
- a *chart*: a contribution to the data package ([DB/OL] ... // ... in GB/T 7714; [Chart] in APA);
- the *data package* itself: GB/T 7714 [DB/OL] with version, publisher, year, access date and URL;
  APA 7's data set form (publisher left out where it is the author, as APA asks).

Where the package has no public address, each style's form for a work without one is used, and is
complete as it stands: GB/T 7714 [DB] without 引用日期 and 获取和访问路径 (both belong to an online
resource), APA without the URL, BibTeX without `url` and `urldate`, RIS without `UR` and `Y2`.

The report is a Chinese document, so its GB/T 7714 entry stays Chinese in both languages (the
standard records a work in its own language); APA gives its Chinese title followed by an English
translation in square brackets. Nothing here invents a URL: the package's public URL is a setting
(see README) and the report's original URL is whatever the descriptor records.

Pure functions over the descriptor and their arguments (the access date is an argument), so the
tests can compare them with written examples.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from gwr.data import package
from gwr.data.report import Locator

URL_SETTING = "JIANXI_PUBLIC_URL"
NOT_RECORDED = "not recorded"
REPORT_TYPE = "政府工作报告"  # the kind of document (BibTeX's `type`); its title is the descriptor's
_WORDS = {
    "zh": {
        "version_gbt": "{version}版",
        "version_apa": "版本 {version}",
        "data_set": "数据集",
        "chart": "图表",
    },
    "en": {
        "version_gbt": "Version {version}",
        "version_apa": "Version {version}",
        "data_set": "Data set",
        "chart": "Chart",
    },
}
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class Citation:
    """One thing cited, in every form the app offers."""

    gbt7714: str
    apa: str
    bibtex: str
    ris: str


def public_url(environ: dict | None = None) -> str | None:
    """The app's public address from the one setting, JIANXI_PUBLIC_URL, without a trailing slash;
    None when it is unset or is not an http(s) address."""
    value = (os.environ if environ is None else environ).get(URL_SETTING, "").strip()
    return value.rstrip("/") if re.match(r"^https?://[^\s]+$", value) else None


def page_url(base: str | None, page: str, **params) -> str | None:
    """The public address of a page of the app (None when the public URL is unset)."""
    if not base:
        return None
    query = f"?{urlencode(params)}" if params else ""
    return f"{base}/{page}{query}"


def _word(key: str, lang: str, **values) -> str:
    return _WORDS["zh" if lang == "zh" else "en"][key].format(**values)


def _source() -> dict:
    return package.descriptor()["sources"][0]


def _recorded(url: str | None) -> str | None:
    return url if url and url != NOT_RECORDED and re.match(r"^https?://", url) else None


def _party(role: str, lang: str) -> str:
    """The data package's author or publisher, as the descriptor's contributors name it."""
    entry = next(c for c in package.descriptor()["contributors"] if c["role"] == role)
    return entry["title_zh"] if lang == "zh" else entry["title"]


def _dataset_title(lang: str) -> str:
    descriptor = package.descriptor()
    return descriptor["title_zh"] if lang == "zh" else descriptor["title_en"]


def _released() -> date:
    return date.fromisoformat(package.descriptor()["created"])


def _version() -> str:
    return package.descriptor()["version"]


# ---- GB/T 7714-2015 -------------------------------------------------------------------------------


def _gbt_kind(url: str | None) -> str:
    """[DB/OL] for the package online at `url`; [DB] where it has no public address."""
    return "DB/OL" if url else "DB"


def _gbt_tail(lang: str, accessed: date, url: str | None) -> str:
    """出版者, 出版年[引用日期]. 获取和访问路径, or 出版者, 出版年. without a URL (引用日期 and 获取和访问路径
    belong to an online resource). The place is left out: the package has none."""
    published = f"{_party('publisher', lang)}, {_released().year}"
    return f"{published}[{accessed.isoformat()}]. {url}" if url else f"{published}."


def gbt_dataset(lang: str, accessed: date, url: str | None) -> str:
    return (
        f"{_party('author', lang)}. {_dataset_title(lang)}[{_gbt_kind(url)}]. "
        f"{_word('version_gbt', lang, version=_version())}. {_gbt_tail(lang, accessed, url)}"
    )


def gbt_chart(title: str, lang: str, accessed: date, url: str | None) -> str:
    """A chart as a contribution to the data package: 析出题名[DB/OL]//整体题名. 版本. …"""
    return (
        f"{_party('author', lang)}. {title}[{_gbt_kind(url)}]//{_party('author', lang)}. {_dataset_title(lang)}. "
        f"{_word('version_gbt', lang, version=_version())}. {_gbt_tail(lang, accessed, url)}"
    )


def gbt_report(locator: Locator | None = None, accessed: date | None = None) -> str:
    """The report as a report [R] (or [R/OL] with its URL when the descriptor records one); the
    locator stands where the standard puts the cited page."""
    source = _source()
    url = _recorded(source.get("url"))
    where = f": {locator.code}" if locator else ""
    head = (
        f"{source['issuer_zh']}. {source['main_title']}: {source['subtitle']}[{'R/OL' if url else 'R'}]. "
        f"{source['place_zh']}: {source['issuer_zh']}, {source['date'][:4]}{where}"
    )
    if url:
        return f"{head}[{(accessed or date.today()).isoformat()}]. {url}"
    return f"{head}."


# ---- APA 7 ----------------------------------------------------------------------------------------


def _apa_link(url: str | None) -> str:
    """APA ends an entry with its URL; an entry without one ends at its last element."""
    return f" {url}" if url else ""


def apa_dataset(lang: str, url: str | None) -> str:
    return (
        f"{_party('author', lang)}. ({_released().year}). {_dataset_title(lang)} "
        f"({_word('version_apa', lang, version=_version())}) [{_word('data_set', lang)}].{_apa_link(url)}"
    )


def apa_chart(title: str, lang: str, url: str | None) -> str:
    return (
        f"{_party('author', lang)}. ({_released().year}). {title} [{_word('chart', lang)}]. "
        f"{_dataset_title(lang)} ({_word('version_apa', lang, version=_version())}).{_apa_link(url)}"
    )


def apa_report(lang: str) -> str:
    """The report's reference entry: the publisher is the author, so APA leaves it out."""
    source = _source()
    day = date.fromisoformat(source["date"])
    title = f"{source['main_title']}: {source['subtitle']}"
    tail = _apa_link(_recorded(source.get("url")))
    if lang == "zh":
        return f"{source['issuer_zh']}. ({day.year}年{day.month}月{day.day}日). {title}.{tail}"
    return (
        f"{source['issuer_en']}. ({day.year}, {_MONTHS[day.month - 1]} {day.day}). {title} "
        f"[{source['title_en']}].{tail}"
    )


def apa_in_text(locator: Locator, lang: str) -> str:
    """The in-text citation of a figure: the report with the locator, then the data package."""
    source = _source()
    released = _released().year
    if lang == "zh":
        return f"（{source['issuer_zh']}，{source['date'][:4]}，{locator.code}；{_party('author', lang)}，{released}）"
    return f"({source['issuer_en']}, {source['date'][:4]}, {locator.label('en')}; {_party('author', lang)}, {released})"


# ---- BibTeX and RIS -------------------------------------------------------------------------------

_BIBTEX_SPECIALS = re.compile(r"([%&#_$])")


def _bib(value: str) -> str:
    return _BIBTEX_SPECIALS.sub(r"\\\1", value).replace("{", "(").replace("}", ")")


def _bibtex_entry(kind: str, key: str, fields: list[tuple[str, str | None]]) -> str:
    lines = [f"@{kind}{{{key},"]
    lines += [f"  {name} = {{{value}}}," for name, value in fields if value]
    return "\n".join(lines) + "\n}\n"


def _ris_entry(fields: list[tuple[str, str | None]]) -> str:
    return "".join(f"{tag}  - {value}\n" for tag, value in fields if value) + "ER  - \n"


def _language(lang: str) -> str:
    return "chinese" if lang == "zh" else "english"


def _bibtex_dataset(lang: str, accessed: date, url: str | None, *, key: str, title: str, note: str | None) -> str:
    return _bibtex_entry(
        "dataset",
        key,
        [
            ("author", f"{{{_bib(_party('author', lang))}}}"),
            ("title", f"{{{_bib(title)}}}"),
            ("year", str(_released().year)),
            ("version", _version()),
            ("publisher", _bib(_party("publisher", lang))),
            ("url", url),
            ("urldate", accessed.isoformat() if url else None),
            ("note", _bib(note) if note else None),
            ("language", _language(lang)),
        ],
    )


def _ris_dataset(lang: str, accessed: date, url: str | None, *, title: str, container: str | None) -> str:
    return _ris_entry(
        [
            ("TY", "DATA"),
            ("AU", _party("author", lang)),
            ("TI", title),
            ("T2", container),
            ("PY", str(_released().year)),
            ("ET", _version()),
            ("PB", _party("publisher", lang)),
            ("UR", url),
            ("Y2", accessed.strftime("%Y/%m/%d") if url else None),
            ("LA", lang),
        ]
    )


def _bibtex_report(locator: Locator | None, accessed: date) -> str:
    source = _source()
    url = _recorded(source.get("url"))
    return _bibtex_entry(
        "techreport",
        "jianxi_government_2023_work_report",
        [
            ("author", f"{{{source['issuer_zh']}}}"),
            ("title", f"{{{source['main_title']}: {source['subtitle']}}}"),
            ("institution", source["issuer_zh"]),
            ("address", source["place_zh"]),
            ("type", REPORT_TYPE),
            ("year", source["date"][:4]),
            ("month", str(int(source["date"][5:7]))),
            ("date", source["date"]),
            ("url", url),
            ("urldate", accessed.isoformat() if url else None),
            ("note", locator.code if locator else None),
            ("language", "chinese"),
        ],
    )


def _ris_report(locator: Locator | None, accessed: date) -> str:
    source = _source()
    url = _recorded(source.get("url"))
    return _ris_entry(
        [
            ("TY", "RPRT"),
            ("AU", source["issuer_zh"]),
            ("TI", f"{source['main_title']}: {source['subtitle']}"),
            ("PY", source["date"][:4]),
            ("DA", source["date"].replace("-", "/")),
            ("CY", source["place_zh"]),
            ("PB", source["issuer_zh"]),
            ("UR", url),
            ("Y2", accessed.strftime("%Y/%m/%d") if url else None),
            ("N1", locator.code if locator else None),
            ("LA", "zh"),
        ]
    )


# ---- The three things cited -----------------------------------------------------------------------

DATASET_KEY = "jianxi_report_data"


def dataset(lang: str, accessed: date, url: str | None) -> Citation:
    """The data package; `url` is its public address (None when unset)."""
    title = _dataset_title(lang)
    return Citation(
        gbt7714=gbt_dataset(lang, accessed, url),
        apa=apa_dataset(lang, url),
        bibtex=_bibtex_dataset(lang, accessed, url, key=DATASET_KEY, title=title, note=None),
        ris=_ris_dataset(lang, accessed, url, title=title, container=None),
    )


def chart(title: str, lang: str, accessed: date, url: str | None) -> Citation:
    """A chart of the app, by its title in the visitor's language; `url` is its page's public address."""
    container = f"{_dataset_title(lang)}, {_word('version_apa', lang, version=_version())}"
    key = f"{DATASET_KEY}_chart_{hashlib.sha1(title.encode()).hexdigest()[:8]}"
    return Citation(
        gbt7714=gbt_chart(title, lang, accessed, url),
        apa=apa_chart(title, lang, url),
        bibtex=_bibtex_dataset(lang, accessed, url, key=key, title=title, note=container),
        ris=_ris_dataset(lang, accessed, url, title=title, container=container),
    )


def figure(locator: Locator, lang: str, accessed: date, url: str | None) -> Citation:
    """A figure of the report: the report at the clause's locator, and the data package it was taken
    from; `url` is the data package's public address."""
    return Citation(
        gbt7714=f"[1] {gbt_report(locator, accessed)}\n[2] {gbt_dataset(lang, accessed, url)}",
        apa=f"{apa_in_text(locator, lang)}\n\n{apa_report(lang)}\n{apa_dataset(lang, url)}",
        bibtex=_bibtex_report(locator, accessed) + "\n" + dataset(lang, accessed, url).bibtex,
        ris=_ris_report(locator, accessed) + dataset(lang, accessed, url).ris,
    )


# ---- Older callers (the overview's "how to cite" and the briefing sheet) --------------------------


def report(style: str, lang: str = "zh") -> str:
    """The report's reference entry alone."""
    return gbt_report() if style == "gbt7714" else apa_report(lang)


def data(style: str, chart_title: str | None = None, lang: str = "zh", accessed: date | None = None) -> str:
    """The data package's (or a chart's) entry in one style, at the public URL setting."""
    accessed = accessed or date.today()
    url = public_url()
    cited = chart(chart_title, lang, accessed, url) if chart_title else dataset(lang, accessed, url)
    return cited.gbt7714 if style == "gbt7714" else cited.apa
