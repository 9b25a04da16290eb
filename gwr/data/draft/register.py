"""A report's register row (data/reports.csv), read from its own front matter where the genre states it.

The title page of a 政府工作报告 names the issuer (涧西区人民政府), the meeting (涧西区第十六届人民代表大会
第三次会议) and the date (2023年2月21日). What the text does not say (the administrative code, the parent,
where the copy came from) stays empty or "not recorded" for the curator to fill; nothing is invented.
"""

from __future__ import annotations

import re

from gwr.data.draft.records import Years

NOT_RECORDED = "not recorded"
COLUMNS = [
    "report_id", "issuer_zh", "issuer_en", "place_zh", "place_en", "admin_code", "admin_level", "parent_zh",
    "parent_en", "parent_code", "meeting_zh", "meeting_en", "delivered", "reviews_year", "targets_year",
    "source_path", "source_sha256", "source_url", "retrieved", "source_kind", "version",
]  # fmt: skip
_ISSUER = re.compile(r"人民政府")
_MEETING = re.compile(r"第[一二三四五六七八九十]+届人民代表大会第[一二三四五六七八九十]+次(?:全体)?会议")
_NAME_STOPS = re.compile(r"^.*(?:[上在于的，。、：；）)\s—]|会议)")
SUFFIXES = ("自治县", "自治州", "自治旗", "新区", "区", "县", "旗", "市", "州", "盟", "省")
_DATE = re.compile(r"(20\d\d)年\s*(\d{1,2})月\s*(\d{1,2})日")
LEVELS = (
    ("自治县", "county"),
    ("县", "county"),
    ("旗", "county"),
    ("区", "district"),
    ("市", "city"),
    ("州", "city"),
    ("盟", "city"),
    ("省", "province"),
)


def _name_before(text: str, end: int) -> str:
    """The place name that ends at `end` (…在涧西区 → 涧西区): the Chinese characters before it, cut after
    the last word that cannot be part of a name."""
    name = _NAME_STOPS.sub("", text[max(end - 14, 0) : end])
    return name if name.endswith(SUFFIXES) else ""


def _split_parent(name: str) -> tuple[str, str]:
    """洛阳市涧西区 → (洛阳市, 涧西区); a name with one level → ('', name)."""
    for at in range(len(name) - 2, 0, -1):
        if name[:at].endswith(("市", "省", "州", "盟")) and name[at:].endswith(SUFFIXES) and len(name[:at]) >= 2:
            return name[:at], name[at:]
    return "", name


def guess(text: str, years: Years, source_path: str, sha256: str) -> tuple[dict[str, str], list[str]]:
    """The register row the front matter supports, and what the curator must still supply."""
    head = text[:3000]
    row = dict.fromkeys(COLUMNS, "")
    todo = ["report_id", "issuer_en", "place_en", "admin_code", "parent_code", "meeting_en"]
    names = [_name_before(head, m.start()) for m in _ISSUER.finditer(head)]
    if name := next((n for n in names if n), ""):
        parent, place = _split_parent(name)
        row["issuer_zh"], row["place_zh"], row["parent_zh"] = f"{place}人民政府", place, parent
        row["admin_level"] = next(level for suffix, level in LEVELS if place.endswith(suffix))
        todo += [] if parent else ["parent_zh", "parent_en"]
    else:
        todo += ["issuer_zh", "place_zh", "admin_level", "parent_zh", "parent_en"]
    if meeting := _MEETING.search(head):
        row["meeting_zh"] = _name_before(head, meeting.start()) + meeting[0]
    else:
        todo.append("meeting_zh")
    if date := _DATE.search(head):
        row["delivered"] = f"{date[1]}-{int(date[2]):02d}-{int(date[3]):02d}"
    else:
        todo.append("delivered")
    row["reviews_year"] = "" if years.reviews is None else str(years.reviews)
    row["targets_year"] = "" if years.targets is None else str(years.targets)
    row.update(
        source_path=source_path, source_sha256=sha256, source_url=NOT_RECORDED, retrieved=NOT_RECORDED,
        source_kind="not_recorded", version="draft",
    )  # fmt: skip
    return row, todo
