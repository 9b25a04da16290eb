"""data/README.md documents every table and column of the descriptor, with the same types and the
same meanings in English and in Chinese."""

import re

from gwr.data import package
from gwr.paths import DATA_README

HEADING = re.compile(r"^## (\w+) — `([^`]+)`$", re.MULTILINE)
ROW = re.compile(r"^\| `(\w+)` \| (\w+) \|", re.MULTILINE)
# | `column` | type | meaning (constraints) | 说明（constraints） |
BILINGUAL_ROW = re.compile(r"^\| `(\w+)` \| \w+ \| (.+) \| (.+) \|$", re.MULTILINE)


def sections() -> dict[str, tuple[str, str]]:
    """Each documented table: its path and the text of its section."""
    text = DATA_README.read_text(encoding="utf-8")
    headings = list(HEADING.finditer(text))
    found = {}
    for current, following in zip(headings, [*headings[1:], None], strict=True):
        end = following.start() if following else len(text)
        found[current.group(1)] = (current.group(2), text[current.end() : end])
    return found


def documented_tables() -> dict[str, tuple[str, dict[str, str]]]:
    return {name: (path, dict(ROW.findall(body))) for name, (path, body) in sections().items()}


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


def test_every_table_is_described_in_both_languages():
    documented = sections()
    for res in package.descriptor()["resources"]:
        body = documented[res["name"]][1]
        assert res["description"] in body, f"{res['name']}: the English description differs"
        assert f"**{res['title_zh']}**：{res['description_zh']}" in body, f"{res['name']}: the Chinese differs"


def test_every_column_has_the_descriptors_meaning_in_both_languages():
    documented = sections()
    for res in package.descriptor()["resources"]:
        rows = {name: (en, zh) for name, en, zh in BILINGUAL_ROW.findall(documented[res["name"]][1])}
        for field in res["schema"]["fields"]:
            assert field["name"] in rows, f"{res['name']}.{field['name']} has no row with meaning and 说明"
            english, chinese = rows[field["name"]]
            assert english.startswith(field["description"]), f"{res['name']}.{field['name']}: meaning differs"
            assert chinese.startswith(field["description_zh"]), f"{res['name']}.{field['name']}: 说明 differs"


def test_descriptor_records_the_source_hash():
    import hashlib

    source = package.descriptor()["sources"][0]
    digest = hashlib.sha256((package.DATA_DIR / source["path"]).read_bytes()).hexdigest()
    assert source["sha256"] == digest
    assert source["date"] == "2023-02-21"
    assert "涧西区人民政府" in source["issuer"]
