"""A report the app serves, as its register row (data/reports.csv, and each package's) describes it.

Pages, chart titles, source lines, file names and citations say which report they show through one
`Report`: its place and city, who delivered it, when, and the years it reviews and targets. The
catalog's texts name them as fields ({place}, {parent}, {issuer}, {meeting}, {delivered}, {reviewed},
{targeted}), filled by `Report.text`; nothing says 2022 or 涧西区 unless the report shown does.

Pure: no Streamlit, no database (gwr.app.picker reads the register and draws the picker).
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date

from gwr import i18n
from gwr.paths import DATA_DIR, SHIPPED_REPORT_ID

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Report:
    report_id: str
    issuer_zh: str
    issuer_en: str
    place_zh: str
    place_en: str
    admin_code: str
    admin_level: str
    parent_zh: str
    parent_en: str
    parent_code: str
    meeting_zh: str
    meeting_en: str
    delivered: str  # ISO date
    reviews_year: int
    targets_year: int
    version: str  # of the package that holds its rows

    @classmethod
    def from_row(cls, row: Mapping) -> Report:
        """The register row (reports.csv's columns; extra ones are ignored)."""
        values = {field.name: row[field.name] for field in fields(cls)}
        values["delivered"] = str(values["delivered"])[:10]
        for name in ("reviews_year", "targets_year"):
            values[name] = int(values[name])
        for name in ("admin_code", "parent_code"):
            values[name] = str(values[name])
        return cls(**values)

    def delivered_text(self, lang: str) -> str:
        day = date.fromisoformat(self.delivered)
        return (
            f"{day.year}年{day.month}月{day.day}日" if lang == "zh" else f"{day.day} {MONTHS[day.month - 1]} {day.year}"
        )

    def words(self, lang: str) -> dict[str, str | int]:
        """The fields catalog texts name, in one language."""
        zh = lang == "zh"
        return {
            "place": self.place_zh if zh else self.place_en,
            "parent": self.parent_zh if zh else self.parent_en,
            "issuer": self.issuer_zh if zh else self.issuer_en,
            "meeting": self.meeting_zh if zh else self.meeting_en,
            "delivered": self.delivered_text(lang),
            "reviewed": self.reviews_year,
            "targeted": self.targets_year,
            "year": int(self.delivered[:4]),
        }

    def text(self, key: str, lang: str, **values) -> str:
        """A catalog text with this report's fields (and `values`) filled in."""
        return i18n.t(key, lang).format(**self.words(lang), **values)

    def label(self, lang: str) -> str:
        """How the picker and tables name the report: place, year delivered (涧西区 2023年报告)."""
        return self.text("report_label", lang)

    def file_stem(self) -> str:
        """The start of a download's name: place, the two years, the package version
        (luoyang-jianxi_2022_2023_v3.1.0)."""
        return f"{self.slug}_{self.reviews_year}_{self.targets_year}_v{self.version}"

    @property
    def slug(self) -> str:
        """The start of a file name for this report's charts and downloads: its id without the year
        (luoyang-jianxi), the years following in the name itself."""
        return re.sub(r"-\d{4}$", "", self.report_id)


@functools.cache
def shipped() -> Report:
    """The report this repository ships (data/reports.csv's row of SHIPPED_REPORT_ID), read without the
    database: for the exports and tests that draw its charts outside the app."""
    with (DATA_DIR / "reports.csv").open(encoding="utf-8", newline="") as file:
        row = next(row for row in csv.DictReader(file) if row["report_id"] == SHIPPED_REPORT_ID)
    return Report.from_row(row)
