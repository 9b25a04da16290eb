"""How to cite a figure, a chart and the data package: GB/T 7714-2015 and APA 7 text, BibTeX and RIS.

Three things are cited, each in the visitor's language, for the report shown:

- a *figure*: the report is the primary source, with the locator of the figure's clause (where a
  page would go), and the data package with its version;
- a *chart*: a contribution to the data package ([DB/OL] ... // ... in GB/T 7714; [Chart] in APA);
- the *data package* itself: GB/T 7714 [DB/OL] with version, publisher, year, access date and URL;
  APA 7's data set form (publisher left out where it is the author, as APA asks).

What is cited is a `Work`: the report (its issuer, title, place, date and URL where one is recorded)
and the package its rows come from (title, version, release), built by `work_of` from the package's
descriptor, the shipped package's (our project, the author and publisher of every package) and the
report's register row, which names what a built package's descriptor leaves out (its subtitle, the
English title, the place). Every function takes it as `work=`; without one it cites the shipped report.

Where the package has no public address, each style's form for a work without one is used, and is
complete as it stands: GB/T 7714 [DB] without 引用日期 and 获取和访问路径 (both belong to an online
resource), APA without the URL, BibTeX without `url` and `urldate`, RIS without `UR` and `Y2`.

The report is a Chinese document, so its GB/T 7714 entry stays Chinese in both languages (the
standard records a work in its own language); APA gives its Chinese title followed by an English
translation in square brackets. Nothing here invents a URL: the package's public URL is a setting
(see README) and the report's original URL is whatever its package records; a value not recorded is
left out, never printed.

Pure functions over their arguments (the access date is one), so the tests can compare them with
written examples.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from gwr import reports
from gwr.data import package
from gwr.data.report import Locator
from gwr.paths import SHIPPED_REPORT_ID

URL_SETTING = "JIANXI_PUBLIC_URL"
NOT_RECORDED = "not recorded"
REPORT_TYPE = "政府工作报告"  # the kind of document (BibTeX's `type`), and a built package's title's end
# The shipped report's BibTeX keys, as they have always been; a further report's are made from its id.
SHIPPED_KEYS = ("jianxi_government_2023_work_report", "jianxi_report_data")
DATASET_KEY = SHIPPED_KEYS[1]
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
_MISSING = {"", "nan", "none", "nat", "<na>", NOT_RECORDED}


@dataclass(frozen=True)
class Citation:
    """One thing cited, in every form the app offers."""

    gbt7714: str
    apa: str
    bibtex: str
    ris: str


@dataclass(frozen=True)
class Source:
    """The report cited: its issuer, title (题名 and 其他题名信息), English title, place of publication,
    date and, only where one is recorded, URL."""

    issuer_zh: str
    issuer_en: str
    title: str
    subtitle: str | None
    title_en: str | None
    place_zh: str
    delivered: date
    url: str | None
    key: str  # its BibTeX key

    @property
    def full_title(self) -> str:
        return f"{self.title}: {self.subtitle}" if self.subtitle else self.title


@dataclass(frozen=True)
class DataSet:
    """The data package a report's rows come from, by our project."""

    title_zh: str
    title_en: str
    version: str
    released: date
    author: tuple[str, str]  # Chinese, English
    publisher: tuple[str, str]
    key: str  # its BibTeX key

    def title(self, lang: str) -> str:
        return self.title_zh if lang == "zh" else self.title_en


@dataclass(frozen=True)
class Work:
    """What a citation names: a report and the package of its rows."""

    source: Source
    data: DataSet


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


# ---- What is cited --------------------------------------------------------------------------------


def _given(value) -> str | None:
    """A recorded value as text; None for one not recorded (None, NaN, blank, "not recorded")."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return None if text.lower() in _MISSING else text


def _recorded(url) -> str | None:
    url = _given(url)
    return url if url and re.match(r"^https?://", url) else None


def _seat(report: reports.Report) -> str:
    """Where a government's documents are published (GB/T 7714's 出版地) when its package records no
    place: a district's government sits in its city, a county's or a city's in itself."""
    parent = _given(report.parent_zh)
    return parent if report.admin_level == "district" and parent else report.place_zh


def _titles(source: dict, report: reports.Report) -> tuple[str, str | None, str | None]:
    """题名, 其他题名信息 and the English title: as the descriptor records them (the shipped one does),
    else the register's: place, year and 政府工作报告, delivered at its meeting (the genre's subtitle)."""
    recorded = _given(source.get("main_title")) or _given(source.get("title"))
    title, _, subtitle = (recorded or "").partition("——")
    title = title or f"{report.place_zh}{report.targets_year}年{REPORT_TYPE}"
    day = date.fromisoformat(report.delivered)
    meeting_zh, meeting_en = _given(report.meeting_zh), _given(report.meeting_en)
    subtitle = (
        _given(source.get("subtitle"))
        or _given(subtitle)
        or (f"{report.delivered_text('zh')}在{meeting_zh}上" if meeting_zh else None)
    )
    english = f"{report.place_en} {report.targets_year} government work report"
    if meeting_en:
        english += f": Delivered at the {meeting_en} on {day.day} {_MONTHS[day.month - 1]} {day.year}"
    return title, subtitle, _given(source.get("title_en")) or english


def _keys(report_id: str) -> tuple[str, str]:
    if report_id == SHIPPED_REPORT_ID:
        return SHIPPED_KEYS
    stem = re.sub(r"\W+", "_", report_id)
    return f"{stem}_work_report", f"{stem}_data"


def work_of(report: reports.Report, descriptor: dict, project: dict) -> Work:
    """What to cite for `report`: `descriptor` is its package's (the shipped one's or a built one's),
    `project` the shipped package's, whose contributors (our project) author and publish every package
    and whose release date stands for a built package that records none."""
    source = (descriptor.get("sources") or [{}])[0]
    title, subtitle, title_en = _titles(source, report)
    report_key, data_key = _keys(report.report_id)
    contributors = descriptor.get("contributors") or project["contributors"]

    def party(role: str) -> tuple[str, str]:
        entry = next(c for c in contributors if c["role"] == role)
        return entry["title_zh"], entry["title"]

    cited = Source(
        issuer_zh=_given(source.get("issuer_zh")) or report.issuer_zh,
        issuer_en=_given(source.get("issuer_en")) or report.issuer_en,
        title=title,
        subtitle=subtitle,
        title_en=title_en,
        place_zh=_given(source.get("place_zh")) or _seat(report),
        delivered=date.fromisoformat((_given(source.get("date")) or report.delivered)[:10]),
        url=_recorded(source.get("url")),
        key=report_key,
    )
    data = DataSet(
        title_zh=descriptor["title_zh"],
        title_en=descriptor["title_en"],
        version=_given(descriptor.get("version")) or report.version,
        released=date.fromisoformat(_given(descriptor.get("created")) or project["created"]),
        author=party("author"),
        publisher=party("publisher"),
        key=data_key,
    )
    return Work(cited, data)


def shipped() -> Work:
    """The shipped report and package (read each time: tests change the descriptor they read)."""
    return work_of(reports.shipped(), package.descriptor(), package.descriptor())


def _word(key: str, lang: str, **values) -> str:
    return _WORDS["zh" if lang == "zh" else "en"][key].format(**values)


def _zh(lang: str) -> bool:
    return lang == "zh"


def _author(data: DataSet, lang: str) -> str:
    return data.author[0 if _zh(lang) else 1]


def _publisher(data: DataSet, lang: str) -> str:
    return data.publisher[0 if _zh(lang) else 1]


# ---- GB/T 7714-2015 -------------------------------------------------------------------------------


def _gbt_kind(url: str | None) -> str:
    """[DB/OL] for the package online at `url`; [DB] where it has no public address."""
    return "DB/OL" if url else "DB"


def _gbt_tail(data: DataSet, lang: str, accessed: date, url: str | None) -> str:
    """出版者, 出版年[引用日期]. 获取和访问路径, or 出版者, 出版年. without a URL (引用日期 and 获取和访问路径
    belong to an online resource). The place is left out: the package has none."""
    published = f"{_publisher(data, lang)}, {data.released.year}"
    return f"{published}[{accessed.isoformat()}]. {url}" if url else f"{published}."


def gbt_dataset(lang: str, accessed: date, url: str | None, *, work: Work | None = None) -> str:
    data = (work or shipped()).data
    return (
        f"{_author(data, lang)}. {data.title(lang)}[{_gbt_kind(url)}]. "
        f"{_word('version_gbt', lang, version=data.version)}. {_gbt_tail(data, lang, accessed, url)}"
    )


def gbt_chart(title: str, lang: str, accessed: date, url: str | None, *, work: Work | None = None) -> str:
    """A chart as a contribution to the data package: 析出题名[DB/OL]//整体题名. 版本. …"""
    data = (work or shipped()).data
    author = _author(data, lang)
    return (
        f"{author}. {title}[{_gbt_kind(url)}]//{author}. {data.title(lang)}. "
        f"{_word('version_gbt', lang, version=data.version)}. {_gbt_tail(data, lang, accessed, url)}"
    )


def gbt_report(locator: Locator | None = None, accessed: date | None = None, *, work: Work | None = None) -> str:
    """The report as a report [R] (or [R/OL] with its URL when its package records one); the locator
    stands where the standard puts the cited page."""
    source = (work or shipped()).source
    where = f": {locator.code}" if locator else ""
    head = (
        f"{source.issuer_zh}. {source.full_title}[{'R/OL' if source.url else 'R'}]. "
        f"{source.place_zh}: {source.issuer_zh}, {source.delivered.year}{where}"
    )
    if source.url:
        return f"{head}[{(accessed or date.today()).isoformat()}]. {source.url}"
    return f"{head}."


# ---- APA 7 ----------------------------------------------------------------------------------------


def _apa_link(url: str | None) -> str:
    """APA ends an entry with its URL; an entry without one ends at its last element."""
    return f" {url}" if url else ""


def apa_dataset(lang: str, url: str | None, *, work: Work | None = None) -> str:
    data = (work or shipped()).data
    return (
        f"{_author(data, lang)}. ({data.released.year}). {data.title(lang)} "
        f"({_word('version_apa', lang, version=data.version)}) [{_word('data_set', lang)}].{_apa_link(url)}"
    )


def apa_chart(title: str, lang: str, url: str | None, *, work: Work | None = None) -> str:
    data = (work or shipped()).data
    return (
        f"{_author(data, lang)}. ({data.released.year}). {title} [{_word('chart', lang)}]. "
        f"{data.title(lang)} ({_word('version_apa', lang, version=data.version)}).{_apa_link(url)}"
    )


def apa_report(lang: str, *, work: Work | None = None) -> str:
    """The report's reference entry: the publisher is the author, so APA leaves it out."""
    source = (work or shipped()).source
    day, tail = source.delivered, _apa_link(source.url)
    if _zh(lang):
        return f"{source.issuer_zh}. ({day.year}年{day.month}月{day.day}日). {source.full_title}.{tail}"
    translated = f" [{source.title_en}]" if source.title_en else ""
    return (
        f"{source.issuer_en}. ({day.year}, {_MONTHS[day.month - 1]} {day.day}). {source.full_title}{translated}.{tail}"
    )


def apa_in_text(locator: Locator, lang: str, *, work: Work | None = None) -> str:
    """The in-text citation of a figure: the report with the locator, then the data package."""
    work = work or shipped()
    source, data = work.source, work.data
    year, released = source.delivered.year, data.released.year
    if _zh(lang):
        return f"（{source.issuer_zh}，{year}，{locator.code}；{_author(data, lang)}，{released}）"
    return f"({source.issuer_en}, {year}, {locator.label('en')}; {_author(data, lang)}, {released})"


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
    return "chinese" if _zh(lang) else "english"


def _bibtex_dataset(
    data: DataSet, lang: str, accessed: date, url: str | None, *, key: str, title: str, note: str | None
) -> str:
    return _bibtex_entry(
        "dataset",
        key,
        [
            ("author", f"{{{_bib(_author(data, lang))}}}"),
            ("title", f"{{{_bib(title)}}}"),
            ("year", str(data.released.year)),
            ("version", _bib(data.version)),
            ("publisher", _bib(_publisher(data, lang))),
            ("url", url),
            ("urldate", accessed.isoformat() if url else None),
            ("note", _bib(note) if note else None),
            ("language", _language(lang)),
        ],
    )


def _ris_dataset(
    data: DataSet, lang: str, accessed: date, url: str | None, *, title: str, container: str | None
) -> str:
    return _ris_entry(
        [
            ("TY", "DATA"),
            ("AU", _author(data, lang)),
            ("TI", title),
            ("T2", container),
            ("PY", str(data.released.year)),
            ("ET", data.version),
            ("PB", _publisher(data, lang)),
            ("UR", url),
            ("Y2", accessed.strftime("%Y/%m/%d") if url else None),
            ("LA", lang),
        ]
    )


def _bibtex_report(source: Source, locator: Locator | None, accessed: date) -> str:
    day = source.delivered
    return _bibtex_entry(
        "techreport",
        source.key,
        [
            ("author", f"{{{_bib(source.issuer_zh)}}}"),
            ("title", f"{{{_bib(source.full_title)}}}"),
            ("institution", _bib(source.issuer_zh)),
            ("address", _bib(source.place_zh)),
            ("type", REPORT_TYPE),
            ("year", str(day.year)),
            ("month", str(day.month)),
            ("date", day.isoformat()),
            ("url", source.url),
            ("urldate", accessed.isoformat() if source.url else None),
            ("note", _bib(locator.code) if locator else None),
            ("language", "chinese"),
        ],
    )


def _ris_report(source: Source, locator: Locator | None, accessed: date) -> str:
    return _ris_entry(
        [
            ("TY", "RPRT"),
            ("AU", source.issuer_zh),
            ("TI", source.full_title),
            ("PY", str(source.delivered.year)),
            ("DA", source.delivered.strftime("%Y/%m/%d")),
            ("CY", source.place_zh),
            ("PB", source.issuer_zh),
            ("UR", source.url),
            ("Y2", accessed.strftime("%Y/%m/%d") if source.url else None),
            ("N1", locator.code if locator else None),
            ("LA", "zh"),
        ]
    )


# ---- The three things cited -----------------------------------------------------------------------


def dataset(lang: str, accessed: date, url: str | None, *, work: Work | None = None) -> Citation:
    """The data package; `url` is its public address (None when unset)."""
    work = work or shipped()
    data = work.data
    title = data.title(lang)
    return Citation(
        gbt7714=gbt_dataset(lang, accessed, url, work=work),
        apa=apa_dataset(lang, url, work=work),
        bibtex=_bibtex_dataset(data, lang, accessed, url, key=data.key, title=title, note=None),
        ris=_ris_dataset(data, lang, accessed, url, title=title, container=None),
    )


def chart(title: str, lang: str, accessed: date, url: str | None, *, work: Work | None = None) -> Citation:
    """A chart of the app, by its title in the visitor's language; `url` is its page's public address."""
    work = work or shipped()
    data = work.data
    container = f"{data.title(lang)}, {_word('version_apa', lang, version=data.version)}"
    key = f"{data.key}_chart_{hashlib.sha1(title.encode()).hexdigest()[:8]}"
    return Citation(
        gbt7714=gbt_chart(title, lang, accessed, url, work=work),
        apa=apa_chart(title, lang, url, work=work),
        bibtex=_bibtex_dataset(data, lang, accessed, url, key=key, title=title, note=container),
        ris=_ris_dataset(data, lang, accessed, url, title=title, container=container),
    )


def figure(locator: Locator, lang: str, accessed: date, url: str | None, *, work: Work | None = None) -> Citation:
    """A figure of the report: the report at the clause's locator, and the data package it was taken
    from; `url` is the data package's public address."""
    work = work or shipped()
    data = dataset(lang, accessed, url, work=work)
    return Citation(
        gbt7714=f"[1] {gbt_report(locator, accessed, work=work)}\n[2] {data.gbt7714}",
        apa=f"{apa_in_text(locator, lang, work=work)}\n\n{apa_report(lang, work=work)}\n{data.apa}",
        bibtex=_bibtex_report(work.source, locator, accessed) + "\n" + data.bibtex,
        ris=_ris_report(work.source, locator, accessed) + data.ris,
    )


# ---- Older callers (the overview's "how to cite" and the briefing sheet) --------------------------


def report(style: str, lang: str = "zh", *, work: Work | None = None) -> str:
    """The report's reference entry alone."""
    return gbt_report(work=work) if style == "gbt7714" else apa_report(lang, work=work)


def data(
    style: str,
    chart_title: str | None = None,
    lang: str = "zh",
    accessed: date | None = None,
    *,
    work: Work | None = None,
) -> str:
    """The data package's (or a chart's) entry in one style, at the public URL setting."""
    accessed = accessed or date.today()
    url = public_url()
    cited = (
        chart(chart_title, lang, accessed, url, work=work) if chart_title else dataset(lang, accessed, url, work=work)
    )
    return cited.gbt7714 if style == "gbt7714" else cited.apa
