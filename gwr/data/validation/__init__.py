"""Every rule the data package must satisfy, each failure located by file, line and column.

The schema part (columns, types, vocabularies, ranges, uniqueness) comes from pandera schemas
built from the descriptor; the rules that tie tables to each other and to the report text are
below.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from gwr.data import package
from gwr.data.package import Problem, csv_line
from gwr.data.report import (
    PART_ONE,
    SUPERLATIVE_WORDS,
    Report,
    load_from,
    number_values,
    squash,
    tokens,
    word_ranks,
    word_tokens,
    word_values,
)
from gwr.paths import DATA_DIR
from gwr.rules import wording
from gwr.store.cache import cache_dir, fingerprint

PERCENT_MEASURES = ("growth_rate", "ratio")
RELATIVE_TOLERANCE = 1e-9
# English text columns and their Chinese translations, by table.
TRANSLATIONS = {"facts": (("pair_note", "pair_note_zh"), ("note", "note_zh")), "claims": (("note", "note_zh"),)}
CJK = re.compile(r"[\u3400-\u9fff]")
CJK_WORD = re.compile(r"[\u3400-\u9fff]{2,}")
LATIN_LETTER = re.compile(r"[A-Za-z]")
# Slugs, column and file names (2022-gdp, city_rank, clusters.csv) stay as they are in Chinese text.
IDENTIFIER = re.compile(r"[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+")


def _plain(failure: pd.Series, file: str) -> Problem | None:
    check, column, case, index = (failure[k] for k in ("check", "column", "failure_case", "index"))
    line = None if index is None or pd.isna(index) else csv_line(int(index))
    if check == "column_in_schema":
        return Problem(file, None, str(case), "unknown column: it is not declared in datapackage.json")
    if check == "column_in_dataframe":
        return Problem(file, None, str(case), "missing column: datapackage.json requires it")
    if check.startswith("coerce_dtype"):
        kind = "a whole number" if "Int" in check else "a number"
        return Problem(file, line, column, f"{case!r} is not {kind}")
    if check == "not_nullable":
        return Problem(file, line, column, "is empty, but a value is required")
    if check == "field_uniqueness":
        return Problem(file, line, column, f"{case!r} appears more than once; it must be unique")
    if check.startswith("dtype(") or line is None:
        return None  # repeats a coercion failure reported above
    return Problem(file, line, column, f"{case!r} {check}")


def _schema_problems(
    name: str, frame: pd.DataFrame, file: str, data_dir: Path
) -> tuple[pd.DataFrame | None, list[Problem]]:
    import pandera.errors  # here, not at the top: a start whose data validated before never needs it

    try:
        return package.typed(name, frame, data_dir), []
    except pandera.errors.SchemaErrors as errors:
        cases = errors.failure_cases.sort_values("index", na_position="first", key=lambda s: s.astype(float))
        problems = [p for _, failure in cases.iterrows() if (p := _plain(failure, file))]
        return None, list(dict.fromkeys(problems))


def read_tables(data_dir: Path = DATA_DIR) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """Every table of the package, typed; and the problems that kept any from loading."""
    tables, problems = {}, []
    for res in package.descriptor(data_dir)["resources"]:
        path = data_dir / res["path"]
        file = package.display_path(res["name"], data_dir)
        if not path.exists():
            problems.append(Problem(file, None, None, "file not found"))
            continue
        try:
            raw = package.read_text_table(path)
        except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as error:
            problems.append(Problem(file, None, None, f"cannot be read as UTF-8 CSV: {error}"))
            continue
        frame, found = _schema_problems(res["name"], raw, file, data_dir)
        problems += found
        if frame is not None:
            tables[res["name"]] = frame
    return tables, problems


def _source_problems(data_dir: Path) -> list[Problem]:
    source = package.descriptor(data_dir)["sources"][0]
    path = data_dir / source["path"]
    if not path.exists():
        return [Problem(f"data/{source['path']}", None, None, "the report text is missing")]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != source["sha256"]:
        return [
            Problem(
                f"data/{source['path']}",
                None,
                None,
                f"SHA-256 {digest[:12]}… differs from datapackage.json ({source['sha256'][:12]}…): "
                "the report text was changed",
            )
        ]
    return []


def _foreign_key_problems(tables: dict[str, pd.DataFrame], data_dir: Path) -> list[Problem]:
    problems = []
    for res in package.descriptor(data_dir)["resources"]:
        frame = tables.get(res["name"])
        for key in res["schema"].get("foreignKeys", []):
            (column,), ref = key["fields"], key["reference"]
            target = tables.get(ref["resource"] or res["name"])
            if frame is None or target is None:
                continue
            allowed = set(target[ref["fields"][0]].dropna())
            target_name, target_field = ref["resource"] or res["name"], ref["fields"][0]
            article = "an" if target_field[0] in "aeio" else "a"  # "an indicator", but "a unit"
            for index, value in frame[column].items():
                if pd.notna(value) and value not in allowed:
                    problems.append(
                        Problem(
                            package.display_path(res["name"], data_dir),
                            csv_line(index),
                            column,
                            f"{value!r} is not {article} {target_field} of {target_name}",
                        )
                    )
    return problems


def _in_report(report: Report, file: str, frame: pd.DataFrame, column: str) -> list[Problem]:
    return [
        Problem(file, csv_line(i), column, f"not found in the report (compared without whitespace): {text[:40]}…")
        for i, text in frame[column].items()
        if pd.notna(text) and not report.find_all(text)
    ]


def _locator_problems(
    row: pd.Series, offsets: list[int], report: Report, known_sections: set[str], file: str, line: int
) -> list[Problem]:
    """The row's section holds its quote, and its kind agrees with the part: results (actual) are
    reported in part 一 only, and nothing in part 一 is a target."""
    problems = []
    if row["section"] not in known_sections:
        problems.append(Problem(file, line, "section", f"{row['section']!r} is not a section of the report's outline"))
    elif offsets and row["section"] not in {report.section_at(o) for o in offsets}:
        problems.append(
            Problem(
                file,
                line,
                "section",
                f"the quote stands under {report.section_at(offsets[0])!r}, not {row['section']!r}",
            )
        )
    problems += _paragraph_locator_problems(row, offsets, report, file, line)
    in_part_one = row["section"].startswith(PART_ONE)
    if row["kind"] == "actual" and not in_part_one:
        problems.append(
            Problem(file, line, "kind", f"'actual' is a result of 2022, but the row stands in {row['section']!r}")
        )
    if row["kind"] == "target" and in_part_one:
        problems.append(Problem(file, line, "kind", "'target' in part 一, which reports results"))
    return problems


def _paragraph_locator_problems(
    row: pd.Series, offsets: list[int], report: Report, file: str, line: int
) -> list[Problem]:
    """The quote stands inside one paragraph, and the row's locator is the one the text gives for it
    (python -m gwr.data derive refills it)."""
    in_section = [o for o in offsets if report.section_at(o) == row["section"]]
    if not in_section:
        return []  # reported as a quote or section problem
    offset = in_section[0]
    problems = []
    if offset + len(squash(row["quote"])) > report.paragraph_span(offset)[1]:
        problems.append(Problem(file, line, "quote", "runs across a paragraph break of the report"))
    expected = report.locator_at(offset).code
    if row.get("locator") != expected:
        problems.append(
            Problem(
                file,
                line,
                "locator",
                f"{row.get('locator')!r} is not where the quote stands: {expected!r} (run python -m gwr.data derive)",
            )
        )
    return problems


def _qualifier_word_problems(row: pd.Series, quote: str, file: str, line: int) -> list[Problem]:
    """The report's words must stand in the quote, and the stretch word (and for a fact the bound) must
    be what those words say (gwr.rules.wording)."""
    words = row["qualifier_zh"] if pd.notna(row["qualifier_zh"]) else ""
    problems = [
        Problem(file, line, "qualifier_zh", f"{part!r} is not in the quote")
        for part in filter(None, words.split("…"))
        if part not in quote
    ]
    expected = {"stretch": wording.stretch_of(words)}
    if "bound" in row.index:
        expected["bound"] = wording.bound_of(words).value
    for column, value in expected.items():
        stated = row[column] if pd.notna(row[column]) else ""
        if stated != value:
            says = f"say {value!r}" if value else "hold no such word"
            problems.append(
                Problem(
                    file, line, column, f"{stated!r} does not agree with the qualifier words {words!r}, which {says}"
                )
            )
    return problems


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=RELATIVE_TOLERANCE, abs_tol=1e-9)


def _fact_problems(facts: pd.DataFrame, units: pd.DataFrame | None, report: Report, file: str) -> list[Problem]:
    problems = _in_report(report, file, facts, "quote")
    known_sections = set(report.section_names)
    unit_table = units.set_index("unit") if units is not None else None
    for i, row in facts.iterrows():
        line = csv_line(i)
        quote = squash(row["quote"])
        offsets = report.find_all(quote)
        found = number_values(quote)
        problems += _locator_problems(row, offsets, report, known_sections, file, line)
        if not any(_close(row["value"], v) for v in found):
            problems.append(Problem(file, line, "value", f"{row['value']:g} does not appear in its quote"))
        share = row["city_share_pct"]
        if pd.notna(share) and not any(_close(share, v) for v in found):
            problems.append(Problem(file, line, "city_share_pct", f"{share:g} does not appear in its quote"))
        if row["measure"] in PERCENT_MEASURES and row["unit"] != "%":
            problems.append(Problem(file, line, "unit", f"a {row['measure']} must be in %, not {row['unit']!r}"))
        problems += _qualifier_word_problems(row, quote, file, line)
        if unit_table is not None and row["unit"] in unit_table.index:
            unit = unit_table.loc[row["unit"]]
            if row["unit_base"] != unit["unit_base"]:
                problems.append(
                    Problem(file, line, "unit_base", f"must be {unit['unit_base']!r} for unit {row['unit']!r}")
                )
            expected = row["value"] * unit["factor"]
            if not _close(row["value_base"], expected):
                problems.append(
                    Problem(
                        file,
                        line,
                        "value_base",
                        f"{row['value_base']:g} ≠ {row['value']:g} {row['unit']} = {expected:g} {unit['unit_base']}",
                    )
                )
    first_statements = facts[facts["restates"].isna()]
    repeated = first_statements.duplicated(["indicator", "year", "kind", "measure"], keep=False)
    for i in first_statements.index[repeated]:
        row = facts.loc[i]
        problems.append(
            Problem(
                file,
                csv_line(i),
                "indicator",
                f"two rows state {row['indicator']!r} {row['year']} {row['kind']} {row['measure']}: indicator, year, "
                "kind and measure must identify a figure (a repeat names its first statement in restates)",
            )
        )
    for indicator, group in facts.groupby("indicator"):
        if group["unit_base"].nunique() > 1:
            for i in group.index[group["pair_note"].isna()]:
                problems.append(
                    Problem(
                        file,
                        csv_line(i),
                        "pair_note",
                        f"indicator {indicator!r} mixes units {sorted(group['unit_base'].unique())}: "
                        "explain the difference in pair_note",
                    )
                )
    return problems


def _non_figure_problems(non_figures: pd.DataFrame, report: Report, file: str) -> list[Problem]:
    problems = _in_report(report, file, non_figures, "context")
    for i, row in non_figures.iterrows():
        context = squash(row["context"])
        found = {t.text for t in tokens(context)} | {t.text for t in word_tokens(context)}
        if row["number"] not in found:
            problems.append(Problem(file, csv_line(i), "number", f"{row['number']!r} is not a number in its context"))
        elif context == row["number"]:
            problems.append(
                Problem(
                    file,
                    csv_line(i),
                    "context",
                    "is the number alone: give the words around it, so it covers only what it means",
                )
            )
    for i in non_figures.index[non_figures.duplicated(["number", "context"])]:
        problems.append(
            Problem(file, csv_line(i), "context", f"{non_figures.loc[i, 'number']!r} with this context is listed twice")
        )
    return problems


CLAIM_NEEDS = {
    "rank": ("rank", "scope"),
    "first": ("rank", "scope"),
    "grade": ("grade",),
    "quantity_words": ("value", "unit"),
    "zero": ("value", "unit"),
    "multiple": ("value", "unit"),
    "full_coverage": ("value", "unit"),
    "implied_share": ("value", "unit", "fact_id", "city_share_pct"),
    "superlative": ("rank", "scope"),
    "direction": (),
}
SCOPE_WORDS = {"city": "全市", "province": "全省", "country": "全国"}
# Words that name the parts a plan or a definition is organised by: a count of them is context, never a
# target (data/README.md, "Counts of a plan's parts").
STRUCTURE_WORDS = ("方面", "方向", "类", "板块", "领域", "产业集群")


def _claim_type_problems(row: pd.Series, words: str, file: str, line: int) -> list[Problem]:
    """The rules of a claim type beyond the columns it needs: a superlative holds a 最 word and the word
    of its scope; a first is in time, so a 最 word makes it a superlative; a direction states no number
    and is a target; a count of the parts a plan is organised by is not a target."""
    claim_type, problems = row["claim_type"], []
    superlatives = [w for w in SUPERLATIVE_WORDS if w in words]
    if claim_type == "superlative":
        if not superlatives:
            problems.append(
                Problem(
                    file, line, "words_zh", f"{row['words_zh']!r} holds no superlative ({', '.join(SUPERLATIVE_WORDS)})"
                )
            )
        if pd.notna(row["scope"]) and SCOPE_WORDS[row["scope"]] not in words:
            problems.append(
                Problem(
                    file,
                    line,
                    "scope",
                    f"{row['scope']}, but {row['words_zh']!r} does not say {SCOPE_WORDS[row['scope']]}",
                )
            )
    elif claim_type == "first" and superlatives:
        problems.append(
            Problem(
                file,
                line,
                "claim_type",
                f"first, but {superlatives[0]} is first by size or degree, not in time: superlative",
            )
        )
    if claim_type == "direction":
        for column in ("value", "unit", "rank", "grade"):
            if pd.notna(row[column]):
                problems.append(Problem(file, line, column, "has a value, but a direction claim states no number"))
        if word_tokens(words):
            problems.append(
                Problem(file, line, "words_zh", f"{row['words_zh']!r} holds a numeral: a direction states no number")
            )
        if row["kind"] != "target":
            problems.append(Problem(file, line, "kind", f"{row['kind']}, but a direction claim is a target"))
    structure = [w for w in STRUCTURE_WORDS if w in words]
    if claim_type == "quantity_words" and structure and row["kind"] == "target":
        problems.append(
            Problem(
                file,
                line,
                "kind",
                f"target, but {row['words_zh']!r} counts the {structure[0]} a plan is organised by: that is context",
            )
        )
    return problems


def _claim_problems(claims: pd.DataFrame, facts: pd.DataFrame | None, report: Report, file: str) -> list[Problem]:
    """A claim without a digit: its quote, section and kind as for facts; its words in the quote, and
    its value or rank the reading of those words; the columns its type needs."""
    problems = _in_report(report, file, claims, "quote")
    known_sections = set(report.section_names)
    fact_values = facts.set_index("fact_id")["value"] if facts is not None else pd.Series(dtype=float)
    for i, row in claims.iterrows():
        line = csv_line(i)
        quote, words = squash(row["quote"]), squash(row["words_zh"])
        problems += _locator_problems(row, report.find_all(quote), report, known_sections, file, line)
        problems += _qualifier_word_problems(row, quote, file, line)
        if words not in quote:
            problems.append(Problem(file, line, "words_zh", f"{row['words_zh']!r} is not in the quote"))
        for column in CLAIM_NEEDS[row["claim_type"]]:
            if pd.isna(row[column]):
                problems.append(Problem(file, line, column, f"is empty, but a {row['claim_type']} claim needs it"))
        problems += _claim_type_problems(row, words, file, line)
        if pd.notna(row["value"]) and not any(_close(row["value"], v) for v in word_values(words)):
            problems.append(
                Problem(
                    file,
                    line,
                    "value",
                    f"{row['value']:g} is not what {row['words_zh']!r} says ({sorted(word_values(words))})",
                )
            )
        if pd.notna(row["rank"]) and int(row["rank"]) not in word_ranks(words):
            problems.append(Problem(file, line, "rank", f"{row['rank']} is not the place {row['words_zh']!r} states"))
        if pd.notna(row["grade"]) and squash(row["grade"]) not in words:
            problems.append(Problem(file, line, "grade", f"{row['grade']!r} is not in words_zh"))
        if row["claim_type"] == "implied_share" and pd.notna(row["city_share_pct"]) and row["fact_id"] in fact_values:
            expected = fact_values[row["fact_id"]] / row["value"] * 100
            if not _close(row["city_share_pct"], expected):
                problems.append(
                    Problem(
                        file,
                        line,
                        "city_share_pct",
                        f"{row['city_share_pct']:g} ≠ {fact_values[row['fact_id']]:g} ÷ {row['value']:g} × 100 = {expected:g}",
                    )
                )
    return problems


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


def _translation_problems(frame: pd.DataFrame, pairs: tuple[tuple[str, str], ...], file: str) -> list[Problem]:
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


def _descriptor_text_problems(data_dir: Path) -> list[Problem]:
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


def _cluster_problems(tables: dict[str, pd.DataFrame], report: Report, data_dir: Path) -> list[Problem]:
    """Every quote, name and focus of the cluster tables is in the report, and each quote names its row."""
    problems = []
    for name, columns in (("clusters", ("quote", "name_zh", "focus_zh")), ("cluster_members", ("quote", "name_zh"))):
        if name not in tables:
            continue
        frame, file = tables[name], package.display_path(name, data_dir)
        for column in columns:
            problems += _in_report(report, file, frame, column)
        for i, row in frame.iterrows():
            if squash(row["name_zh"]) not in squash(row["quote"]):
                problems.append(Problem(file, csv_line(i), "quote", f"does not name {row['name_zh']!r}"))
    return problems


def check(data_dir: Path = DATA_DIR, report: Report | None = None) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """The typed tables of the package and every problem with them; no problems means valid."""
    problems = _source_problems(data_dir)
    if problems:
        return {}, problems
    report = report or load_from(data_dir / package.descriptor(data_dir)["sources"][0]["path"])
    tables, problems = read_tables(data_dir)
    problems += _descriptor_text_problems(data_dir)
    problems += _foreign_key_problems(tables, data_dir)
    for name, pairs in TRANSLATIONS.items():
        if name in tables:
            problems += _translation_problems(tables[name], pairs, package.display_path(name, data_dir))
    if "facts" in tables:
        problems += _fact_problems(
            tables["facts"], tables.get("units"), report, package.display_path("facts", data_dir)
        )
    if "claims" in tables:
        problems += _claim_problems(
            tables["claims"], tables.get("facts"), report, package.display_path("claims", data_dir)
        )
    if "non_figures" in tables:
        problems += _non_figure_problems(tables["non_figures"], report, package.display_path("non_figures", data_dir))
    for column in ("definition_zh", "term_zh"):
        if "glossary" in tables:
            problems += _in_report(report, package.display_path("glossary", data_dir), tables["glossary"], column)
    problems += _cluster_problems(tables, report, data_dir)
    return tables, problems


def validate(data_dir: Path = DATA_DIR) -> list[Problem]:
    """Every problem with the data package; an empty list means it is valid."""
    return check(data_dir)[1]


# --- a valid package's result, kept for the next start (where and under what key: gwr.store.cache) ---


def check_cached(data_dir: Path = DATA_DIR) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """`check(data_dir)`, answered from the cache when these exact files passed it before.

    Only a valid package is kept (its typed tables as Parquet, which keeps every column's type), under
    the fingerprint of its files and rules; a changed, broken or missing file has another fingerprint,
    so it is validated again, and its problems are reported, never cached."""
    key = fingerprint(data_dir)
    entry = cache_dir() / key
    names = package.resource_names(data_dir)
    try:
        if json.loads((entry / "valid.json").read_text()) == {"tables": names}:
            return {name: pd.read_parquet(entry / f"{name}.parquet") for name in names}, []
    except (OSError, ValueError):
        pass  # no entry yet, or an unreadable one: validate
    tables, problems = check(data_dir)
    if not problems:
        _keep(entry, tables, names)
    return tables, problems


def _keep(entry: Path, tables: dict[str, pd.DataFrame], names: list[str]) -> None:
    """Write the entry beside its final place, then rename it there: a reader sees all of it or none."""
    try:
        scratch = Path(tempfile.mkdtemp(prefix=f".{entry.name}-", dir=entry.parent))
        for name in names:
            tables[name].to_parquet(scratch / f"{name}.parquet")
        (scratch / "valid.json").write_text(json.dumps({"tables": names}))
        try:
            scratch.rename(entry)
        except OSError:  # another process kept the same entry first
            shutil.rmtree(scratch, ignore_errors=True)
    except OSError:
        pass  # a read-only or full disk only costs the next start a validation
