"""The Report page's sections as its section list names them: in Chinese the report's own headings; in
English where each stands (Part 1, §(2), as the locators say) with the report's heading beside it in
brackets, and a glossary entry by our English for its term.

A part is named by our English for its title where we have one (the shipped report's three parts),
else by the report's own title: Part 1: 2024年工作回顾."""

from __future__ import annotations

import re

from gwr import i18n
from gwr.data import outline, report

PARTS = (report.PART_ONE, report.PART_TWO, report.PART_THREE)
NUMBERED = re.compile(r"^（[一二三四五六七八九]）")  # part 三 prints its headings' numbers


def name(names: list[str], index: int, lang: str, terms_en: dict[str, str]) -> str:
    """Section `index` of the outline `names` (report.Report.section_names, the front matter first)."""
    section = names[index]
    if lang == "zh":
        return section
    if index == 0:
        return i18n.t("section_opening", lang)
    part, _, heading = section.partition(" / ")
    if part == report.GLOSSARY:
        term = terms_en.get(heading, heading)
        key = "section_glossary" if term != heading else "section_glossary_term"  # RCEP, 5G+XR
        return i18n.t(key, lang).format(term=term, heading=heading)
    number, title = _part(part, lang)
    if not heading:
        return i18n.t("section_part", lang).format(part=number, title=title)
    place = sum(1 for other in names[:index] if other.startswith(f"{part} / ")) + 1
    return i18n.t("section_heading", lang).format(part=number, heading_number=place, heading=NUMBERED.sub("", heading))


def _part(part: str, lang: str) -> tuple[int | str, str]:
    """A part heading's number (一、 → 1) and its title: our English for the shipped report's parts, the
    report's own words for any other (a heading without a readable number keeps its own)."""
    if part in PARTS:
        number = PARTS.index(part) + 1
        return number, i18n.t(f"report_part_{number}", lang)
    numeral, _, title = part.partition("、")
    number = outline.numeral_number(numeral)
    return (number, title) if number is not None and title else (numeral, title or part)
