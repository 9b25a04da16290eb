"""data/README.md documents every table and column of the descriptor, with the same types."""

import re

from jianxi import package
from jianxi.paths import DATA_README

HEADING = re.compile(r"^## (\w+) — `([^`]+)`$", re.MULTILINE)
ROW = re.compile(r"^\| `(\w+)` \| (\w+) \|", re.MULTILINE)


def documented_tables() -> dict[str, tuple[str, dict[str, str]]]:
    text = DATA_README.read_text(encoding="utf-8")
    headings = list(HEADING.finditer(text))
    tables = {}
    for current, following in zip(headings, [*headings[1:], None], strict=True):
        body = text[current.end() : following.start() if following else len(text)]
        tables[current.group(1)] = (current.group(2), dict(ROW.findall(body)))
    return tables


def test_every_table_is_documented_with_its_path():
    documented = documented_tables()
    for res in package.descriptor()["resources"]:
        assert res["name"] in documented, f"{res['name']} has no section in data/README.md"
        assert documented[res["name"]][0] == res["path"]


def test_no_undeclared_table_is_documented():
    assert set(documented_tables()) == set(package.resource_names())


def test_every_column_is_documented_with_its_type():
    documented = documented_tables()
    for res in package.descriptor()["resources"]:
        declared = {f["name"]: f["type"] for f in res["schema"]["fields"]}
        assert documented[res["name"]][1] == declared, f"columns of {res['name']} differ"


def test_descriptor_records_the_source_hash():
    import hashlib

    source = package.descriptor()["sources"][0]
    digest = hashlib.sha256((package.DATA_DIR / source["path"]).read_bytes()).hexdigest()
    assert source["sha256"] == digest
    assert source["date"] == "2023-02-21"
    assert "涧西区人民政府" in source["issuer"]
