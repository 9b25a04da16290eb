"""The report register (data/reports.csv): the Jianxi row as recorded, every fact and claim naming a
report of it, and the validator's rules, each caught on a deliberately broken copy."""

import hashlib
from pathlib import Path

import pytest
from test_validation import set_cell

from gwr.data import package
from gwr.data.validation import validate

REGISTER = "reports.csv"
FACTS = "jianxi_2022_2023.csv"
CLAIMS = "claims.csv"
SOURCE = "source/jianxi_2023_government_work_report.txt"
SHA256 = "0863f5fa3fe3f71236c80dadf2d5f949981b16934346976a915f625869301064"
JIANXI = {
    "report_id": "luoyang-jianxi-2023",
    "issuer_zh": "涧西区人民政府",
    "issuer_en": "Jianxi District People's Government",
    "place_zh": "涧西区",
    "place_en": "Jianxi District",
    "admin_code": "410305",
    "admin_level": "district",
    "parent_zh": "洛阳市",
    "parent_en": "Luoyang",
    "parent_code": "410300",
    "meeting_zh": "涧西区第十六届人民代表大会第三次会议",
    "meeting_en": "Third Session of the 16th People's Congress of Jianxi District",
    "delivered": "2023-02-21",
    "reviews_year": "2022",
    "targets_year": "2023",
    "source_path": SOURCE,
    "source_sha256": SHA256,
    "source_url": "not recorded",
    "retrieved": "not recorded",
    "source_kind": "not_recorded",
    "version": "3.1.0",
}


def messages(data_dir: Path) -> list[str]:
    return [str(p) for p in validate(data_dir)]


def test_jianxi_as_registered():
    frame = package.read_text_table(package.DATA_DIR / REGISTER)
    assert frame.to_dict("records") == [JIANXI]
    assert list(frame.columns) == package.field_names("reports")


def test_register_agrees_with_the_descriptor_and_the_text():
    source = package.descriptor()["sources"][0]
    assert (source["path"], source["sha256"]) == (SOURCE, SHA256)
    assert hashlib.sha256((package.DATA_DIR / SOURCE).read_bytes()).hexdigest() == SHA256
    assert package.descriptor()["version"] == JIANXI["version"]


@pytest.mark.parametrize("file", [FACTS, CLAIMS])
def test_every_row_names_its_report_first(file):
    frame = package.read_text_table(package.DATA_DIR / file)
    assert frame.columns[0] == "report_id"
    assert set(frame["report_id"]) == {JIANXI["report_id"]}


@pytest.mark.parametrize("file", [FACTS, CLAIMS])
def test_unknown_report(data_copy, file):
    line = set_cell(data_copy, file, 4, "report_id", "luoyang-jianxi-2024")
    assert f"data/{file}:{line} [report_id]: 'luoyang-jianxi-2024' is not a report_id of reports" in messages(data_copy)


def test_missing_report(data_copy):
    set_cell(data_copy, FACTS, 0, "report_id", "")
    assert f"data/{FACTS}:2 [report_id]: is empty, but a value is required" in messages(data_copy)


def test_sha256_that_is_not_the_texts(data_copy):
    set_cell(data_copy, REGISTER, 0, "source_sha256", "0" * 64)
    found = messages(data_copy)
    assert (
        f"data/{REGISTER}:2 [source_sha256]: 000000000000… is not the SHA-256 of data/{SOURCE} ({SHA256[:12]}…)"
    ) in found
    assert (
        f"data/{REGISTER}:2 [source_sha256]: differs from the SHA-256 datapackage.json's sources give ({SHA256[:12]}…)"
        in found
    )


def test_source_not_in_the_descriptor(data_copy):
    copy = data_copy / "source" / "copy.txt"
    copy.write_bytes((data_copy / SOURCE).read_bytes())
    set_cell(data_copy, REGISTER, 0, "source_path", "source/copy.txt")
    assert f"data/{REGISTER}:2 [source_path]: is not among the sources of datapackage.json" in messages(data_copy)


def test_source_file_missing(data_copy):
    set_cell(data_copy, REGISTER, 0, "source_path", "source/nowhere.txt")
    assert f"data/{REGISTER}:2 [source_path]: data/source/nowhere.txt does not exist" in messages(data_copy)


def test_admin_level_outside_vocabulary(data_copy):
    set_cell(data_copy, REGISTER, 0, "admin_level", "town")
    assert f"data/{REGISTER}:2 [admin_level]: 'town' must be one of: province, city, county, district" in messages(
        data_copy
    )


def test_admin_level_that_the_code_does_not_have(data_copy):
    set_cell(data_copy, REGISTER, 0, "admin_level", "city")
    assert f"data/{REGISTER}:2 [admin_code]: 410305 is not the code of a city" in messages(data_copy)


@pytest.mark.parametrize("code", ["41035", "4103050", "41O305"])
def test_admin_code_that_is_not_six_digits(data_copy, code):
    set_cell(data_copy, REGISTER, 0, "admin_code", code)
    assert f"data/{REGISTER}:2 [admin_code]: '{code}' must match the pattern ^\\d{{6}}$" in messages(data_copy)


@pytest.mark.parametrize(("parent", "message"), [("", "is empty: a district belongs to a larger area"),
                                                  ("420300", "420300 cannot be the parent of 410305")])  # fmt: skip
def test_parent_of_the_place(data_copy, parent, message):
    set_cell(data_copy, REGISTER, 0, "parent_code", parent)
    assert f"data/{REGISTER}:2 [parent_code]: {message}" in messages(data_copy)


def test_source_kind_of_a_source_not_recorded(data_copy):
    set_cell(data_copy, REGISTER, 0, "source_kind", "government_site")
    expected = f"data/{REGISTER}:2 [source_kind]: must be 'not_recorded': source_url is 'not recorded'"
    assert expected in messages(data_copy)


def test_recorded_source_needs_its_kind(data_copy):
    set_cell(data_copy, REGISTER, 0, "source_url", "https://www.lyjx.gov.cn/")
    set_cell(data_copy, REGISTER, 0, "retrieved", "2023-03-01")
    expected = f"data/{REGISTER}:2 [source_kind]: is not_recorded, but source_url is recorded: say who published it"
    assert expected in messages(data_copy)


def test_recorded_source_needs_its_date(data_copy):
    set_cell(data_copy, REGISTER, 0, "source_url", "https://www.lyjx.gov.cn/")
    set_cell(data_copy, REGISTER, 0, "source_kind", "government_site")
    expected = f"data/{REGISTER}:2 [retrieved]: is not recorded, but source_url is: give the date it was retrieved"
    assert expected in messages(data_copy)


def test_source_url_that_is_no_address(data_copy):
    set_cell(data_copy, REGISTER, 0, "source_url", "unknown")
    assert any(m.startswith(f"data/{REGISTER}:2 [source_url]: 'unknown' must match") for m in messages(data_copy))


def test_targets_year_that_is_not_the_year_delivered(data_copy):
    set_cell(data_copy, REGISTER, 0, "targets_year", "2022")
    found = messages(data_copy)
    assert f"data/{REGISTER}:2 [targets_year]: must be 2023, the year the report was delivered" in found
    assert f"data/{REGISTER}:2 [reviews_year]: must be before targets_year" in found


def test_delivered_that_is_no_date(data_copy):
    set_cell(data_copy, REGISTER, 0, "delivered", "2023-02-30")
    assert f"data/{REGISTER}:2 [delivered]: '2023-02-30' is not a date" in messages(data_copy)


def test_version_later_than_the_package(data_copy):
    set_cell(data_copy, REGISTER, 0, "version", "3.2.0")
    assert f"data/{REGISTER}:2 [version]: 3.2.0 is later than the package's 3.1.0" in messages(data_copy)


def test_duplicate_report(data_copy):
    path = data_copy / REGISTER
    frame = package.read_text_table(path)
    frame.loc[1] = frame.loc[0]
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    found = messages(data_copy)
    assert any(
        m.startswith(f"data/{REGISTER}:3 [report_id]: 'luoyang-jianxi-2023' appears more than once") for m in found
    )
