"""Both languages: every English text column has its Chinese translation, in Chinese; every Chinese
name or title an English page shows has our English for it, in English; and the descriptor's texts are
given in both.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from gwr.data import package
from gwr.data.package import Problem, csv_line

# English text columns and their Chinese translations, by table.
TRANSLATIONS = {
    "facts": (("pair_note", "pair_note_zh"), ("note", "note_zh")),
    "claims": (("note", "note_zh"),),
    "indicators": (("note", "note_zh"),),
}
# Chinese names and titles and our English for them, by table (the English pages show the English).
ENGLISH = {
    "city_totals_reference": (("area", "area_en"), ("source_title", "source_title_en")),
    "reports": (
        ("issuer_zh", "issuer_en"),
        ("place_zh", "place_en"),
        ("parent_zh", "parent_en"),
        ("meeting_zh", "meeting_en"),
    ),
    "indicators": (("name_zh", "name_en"),),
}
# Chinese an English text may keep: in brackets or quotation marks, beside its English.
BRACKETED = re.compile(r"“[^”]*”|\([^()]*\)|（[^（）]*）")
CJK = re.compile(r"[\u3400-\u9fff]")
CJK_WORD = re.compile(r"[\u3400-\u9fff]{2,}")
LATIN_LETTER = re.compile(r"[A-Za-z]")
# Slugs, column and file names (2022-gdp, city_rank, clusters.csv) stay as they are in Chinese text.
IDENTIFIER = re.compile(r"[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+")


def _chinese_problem(text: str, english: str) -> str | None:
    """Why a Chinese translation is not one, or None: it must not be the English copied; outside
    identifiers its Chinese characters must outnumber its Latin letters (the English notes quote the
    report's Chinese terms, so a few Chinese characters do not make a translation); and it keeps,
    as written, every Chinese word the English quotes."""
    if text.strip() == english.strip():
        return f"is a copy of the English, not a translation: {text[:40]}…"
    plain = IDENTIFIER.sub("", text)
    chinese, latin = len(CJK.findall(plain)), len(LATIN_LETTER.findall(plain))
    if chinese == 0:
        return f"has no Chinese characters: {text[:40]}…"
    if chinese <= latin:
        return f"is not written in Chinese ({chinese} Chinese characters, {latin} Latin letters): {text[:40]}…"
    lost = [word for word in CJK_WORD.findall(english) if word not in text]
    if lost:
        return f"leaves out {lost[0]!r}, which the English quotes: keep the report's words as written"
    return None


def translation_problems(frame: pd.DataFrame, pairs: tuple[tuple[str, str], ...], file: str) -> list[Problem]:
    """Each English text has its Chinese translation, and each translation its English text."""
    problems = []
    for english, chinese in pairs:
        for i, (en, zh) in frame[[english, chinese]].iterrows():
            if pd.notna(en) and pd.isna(zh):
                problems.append(Problem(file, csv_line(i), chinese, f"is empty, but {english} has text: translate it"))
            elif pd.isna(en) and pd.notna(zh):
                problems.append(Problem(file, csv_line(i), chinese, f"has text, but {english} is empty"))
            elif pd.notna(zh) and (why := _chinese_problem(zh, en)):
                problems.append(Problem(file, csv_line(i), chinese, why))
    return problems


def english_problems(frame: pd.DataFrame, pairs: tuple[tuple[str, str], ...], file: str) -> list[Problem]:
    """Each Chinese name or title has its English, written in English: not the Chinese copied, and
    no Chinese characters outside brackets or quotation marks."""
    problems = []
    for chinese, english in pairs:
        for i, (zh, en) in frame[[chinese, english]].iterrows():
            if pd.notna(zh) and pd.isna(en):
                problems.append(Problem(file, csv_line(i), english, f"is empty, but {chinese} has text: translate it"))
            elif pd.notna(en) and en.strip() == str(zh).strip():
                problems.append(Problem(file, csv_line(i), english, f"is a copy of {chinese}, not a translation"))
            elif pd.notna(en) and CJK.search(BRACKETED.sub("", en)):
                problems.append(Problem(file, csv_line(i), english, f"has Chinese outside brackets: {en[:40]}"))
    return problems


def descriptor_text_problems(data_dir: Path) -> list[Problem]:
    """The data dictionary is in both languages: every resource has a Chinese title and
    description, every field a Chinese description."""
    problems, file = [], "data/datapackage.json"
    for res in package.descriptor(data_dir)["resources"]:
        texts = [(res["name"], key, res) for key in ("title", "description")]
        texts += [(f"{res['name']}.{f['name']}", "description", f) for f in res["schema"]["fields"]]
        for where, key, entry in texts:
            english, chinese = entry.get(key), entry.get(f"{key}_zh")
            if not english:
                problems.append(Problem(file, None, where, f"has no {key}"))
            if not chinese:
                problems.append(Problem(file, None, where, f"has no {key}_zh: give the {key} in Chinese"))
            elif not CJK.search(chinese):
                problems.append(Problem(file, None, where, f"{key}_zh has no Chinese characters: {chinese[:40]}"))
    return problems
