"""Data text in both languages: every English note has its Chinese (pair_note_zh, note_zh), the
data dictionary has a Chinese title and description for every table and column, and each rule of
the validator catches a deliberately broken copy."""

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from gwr.data import package
from gwr.data.validation import validate

FACTS = "jianxi_2022_2023.csv"
CLAIMS = "claims.csv"
CJK = re.compile(r"[\u3400-\u9fff]")

# Rows with an English note, each translated (data as shipped).
TRANSLATED_ROWS = {(FACTS, "pair_note_zh"): 55, (FACTS, "note_zh"): 9, (CLAIMS, "note_zh"): 36}
# The translated columns come last, so the positions of the older columns do not move.
LAST_COLUMNS = {"facts": ["pair_note_zh", "note_zh"], "claims": ["note_zh"]}
# Spot checks: a translation keeps the report's words as written.
EXAMPLES = {
    (FACTS, "2022-tech-smes-new", "pair_note_zh"): (
        "2022年统计全年新入库的科技型中小企业；2023年目标写作“科技型中小企业达到950家”，"
        "未说明统计的是新入库企业还是全部入库企业"
    ),
    (FACTS, "2022-major-projects-count", "pair_note_zh"): (
        "2022年：“25425”专项行动计划下的406个区级重大项目，该计划的名词解释谋划400个项目；"
        "2023年目标统计的是“37425”专项行动计划下的重点项目"
    ),
    (CLAIMS, "2022-major-production-safety-accidents", "note_zh"): (
        "只是“重特大”一类事故为零；较小的事故不在这一说法之内。"
    ),
}
ZH_HEADERS = ["列名", "类型", "说明"]


def table(data_dir: Path, file: str) -> pd.DataFrame:
    return package.read_text_table(data_dir / file)


def edit(data_dir: Path, file: str, row: int, column: str, value: str) -> int:
    """Set one cell of a table; return the CSV line the row is on."""
    frame = table(data_dir, file)
    frame.loc[row, column] = value
    frame.to_csv(data_dir / file, index=False, encoding="utf-8", lineterminator="\n")
    return row + 2


def row_where(data_dir: Path, file: str, column: str, filled: bool) -> int:
    frame = table(data_dir, file)
    return int(frame.index[(frame[column] != "") == filled][0])


def frame_key(file: str) -> str:
    return "fact_id" if file == FACTS else "claim_id"


def assert_reported(data_dir: Path, *fragments: str) -> None:
    found = [str(p) for p in validate(data_dir)]
    assert any(all(f in m for f in fragments) for m in found), f"no problem mentions {fragments}: {found}"


def edit_descriptor(data_dir: Path, change) -> None:
    path = data_dir / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    change(descriptor)
    path.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# The shipped data


@pytest.mark.parametrize(("file", "column"), TRANSLATED_ROWS)
def test_every_english_note_is_translated(file, column):
    frame = table(package.DATA_DIR, file)
    english = column.removesuffix("_zh")
    assert ((frame[english] != "") == (frame[column] != "")).all()
    assert (frame[column] != "").sum() == TRANSLATED_ROWS[(file, column)]


@pytest.mark.parametrize(("file", "row_id", "column"), EXAMPLES)
def test_example_translations(file, row_id, column):
    frame = table(package.DATA_DIR, file).set_index(frame_key(file))
    assert frame.loc[row_id, column] == EXAMPLES[(file, row_id, column)]


@pytest.mark.parametrize("name", LAST_COLUMNS)
def test_translations_are_the_last_columns(name):
    res = package.resource(name)
    header = list(table(package.DATA_DIR, res["path"]).columns)
    assert header == package.field_names(name)
    assert header[-len(LAST_COLUMNS[name]) :] == LAST_COLUMNS[name]


def test_every_table_and_column_is_described_in_both_languages():
    for res in package.descriptor()["resources"]:
        for key in ("title", "description"):
            assert res[key] and not CJK.fullmatch(res[key][:1]), f"{res['name']}.{key} is not English"
            assert CJK.search(res[f"{key}_zh"]), f"{res['name']}.{key}_zh is not Chinese"
        for field in res["schema"]["fields"]:
            assert field["description"], f"{res['name']}.{field['name']} has no description"
            assert CJK.search(field["description_zh"]), f"{res['name']}.{field['name']} has no Chinese description"


@pytest.mark.parametrize("name", package.resource_names())
def test_fields_table_in_chinese(name):
    fields = package.resource(name)["schema"]["fields"]
    chinese = package.fields_table(name, "zh")
    assert list(chinese.columns) == ZH_HEADERS
    assert list(chinese["列名"]) == [f["name"] for f in fields]
    assert list(chinese["说明"]) == [f["description_zh"] for f in fields]
    assert chinese["说明"].map(lambda text: bool(CJK.search(text))).all()


def test_fields_table_in_english_by_default():
    english = package.fields_table("facts")
    assert list(english.columns) == ["name", "type", "description"]
    assert english.equals(package.fields_table("facts", "en"))
    assert english.set_index("name").loc["pair_note", "description"].startswith("How rows of one indicator")


def test_resource_text():
    facts = package.resource("facts")
    assert package.resource_text(facts, "title", "zh") == facts["title_zh"] == "报告中的数据"
    assert package.resource_text(facts, "title", "en") == facts["title"] == "Figures of the report"
    assert package.resource_text(facts, "description", "zh") == facts["description_zh"]
    with pytest.raises(ValueError, match="language"):
        package.resource_text(facts, "title", "fr")


# Broken copies: each rule catches its case


REFERENCE = "city_totals_reference.csv"
# Our English for the Chinese names and titles of the published totals (data as shipped).
AREAS_EN = {"洛阳市": "Luoyang", "涧西区": "Jianxi District", "洛龙区": "Luolong District"}


def test_every_chinese_name_of_a_published_total_has_our_english():
    frame = table(package.DATA_DIR, REFERENCE)
    assert dict(zip(frame["area"], frame["area_en"], strict=True)) == AREAS_EN
    assert (frame["source_title_en"] != "").all() and not frame["source_title_en"].str.contains(CJK).any()
    assert not frame["source_title"].str.contains("[A-Za-z]{2,}").any()  # the Chinese title is all Chinese
    assert package.field_names("city_totals_reference")[-2:] == ["area_en", "source_title_en"]


def test_english_name_that_copies_the_chinese(data_copy):
    line = edit(data_copy, REFERENCE, 0, "area_en", "洛阳市")
    assert_reported(data_copy, f"data/{REFERENCE}:{line}", "[area_en]", "is a copy of area")


def test_english_title_with_chinese_outside_brackets(data_copy):
    line = edit(data_copy, REFERENCE, 6, "source_title_en", "洛龙区 plan for 2023")
    assert_reported(data_copy, f"data/{REFERENCE}:{line}", "[source_title_en]", "Chinese outside brackets")
    line = edit(data_copy, REFERENCE, 6, "source_title_en", "Luolong District's plan (洛龙区)")
    assert not [p for p in validate(data_copy) if "source_title_en" in str(p)]


def test_english_note_without_its_translation(data_copy):
    row = row_where(data_copy, FACTS, "pair_note", filled=True)
    line = edit(data_copy, FACTS, row, "pair_note_zh", "")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[pair_note_zh]", "pair_note has text")


def test_fact_note_without_its_translation(data_copy):
    row = row_where(data_copy, FACTS, "note", filled=True)
    line = edit(data_copy, FACTS, row, "note_zh", "")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[note_zh]", "note has text")


def test_translation_without_english_note(data_copy):
    row = row_where(data_copy, CLAIMS, "note", filled=False)
    line = edit(data_copy, CLAIMS, row, "note_zh", "只有排名。")
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[note_zh]", "note is empty")


def test_pair_note_translation_without_english(data_copy):
    row = row_where(data_copy, FACTS, "pair_note", filled=False)
    line = edit(data_copy, FACTS, row, "pair_note_zh", "口径不同。")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[pair_note_zh]", "pair_note is empty")


def test_translation_without_chinese_characters(data_copy):
    row = row_where(data_copy, FACTS, "pair_note", filled=True)
    line = edit(data_copy, FACTS, row, "pair_note_zh", "2022 is a level; 2023 is a growth rate")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[pair_note_zh]", "has no Chinese characters")


def test_translation_that_copies_the_english(data_copy):
    row = row_where(data_copy, CLAIMS, "note", filled=True)
    line = edit(data_copy, CLAIMS, row, "note_zh", table(data_copy, CLAIMS).loc[row, "note"])
    assert_reported(data_copy, f"data/{CLAIMS}:{line}", "[note_zh]", "copy of the English")


def test_translation_mostly_in_english(data_copy):
    frame = table(data_copy, FACTS)
    row = int(frame.index[frame["fact_id"] == "2022-tech-smes-new"][0])
    line = edit(data_copy, FACTS, row, "pair_note_zh", "2022年 counts 新入库 firms; 2023 says 科技型中小企业达到950家")
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[pair_note_zh]", "not written in Chinese")


def test_translation_that_loses_the_reports_words(data_copy):
    frame = table(data_copy, FACTS)
    row = int(frame.index[frame["fact_id"] == "2022-tech-smes-new"][0])
    reworded = frame.loc[row, "pair_note_zh"].replace("新入库", "新登记")
    line = edit(data_copy, FACTS, row, "pair_note_zh", reworded)
    assert_reported(data_copy, f"data/{FACTS}:{line}", "[pair_note_zh]", "leaves out '新入库'")


def test_missing_translated_column(data_copy):
    frame = table(data_copy, CLAIMS).drop(columns=["note_zh"])
    frame.to_csv(data_copy / CLAIMS, index=False, encoding="utf-8", lineterminator="\n")
    assert_reported(data_copy, f"data/{CLAIMS}", "[note_zh]", "missing column")


def test_resource_without_chinese_title(data_copy):
    edit_descriptor(data_copy, lambda d: d["resources"][0].pop("title_zh"))
    assert_reported(data_copy, "data/datapackage.json", "[facts]", "no title_zh")


def test_resource_description_zh_in_english(data_copy):
    def change(descriptor):
        units = descriptor["resources"][2]
        units["description_zh"] = units["description"]

    edit_descriptor(data_copy, change)
    assert_reported(data_copy, "data/datapackage.json", "[units]", "description_zh has no Chinese characters")


def test_field_without_chinese_description(data_copy):
    edit_descriptor(data_copy, lambda d: d["resources"][2]["schema"]["fields"][3].pop("description_zh"))
    assert_reported(data_copy, "data/datapackage.json", "[units.factor]", "no description_zh")
