"""The validation cache: a start whose files passed before skips the rules, and only then.

A changed or broken file after a cached good run is validated again and its problem reported; the
tables from the cache are the tables the validation produced, column types included."""

import pandas as pd
import pytest

from gwr.data import package, validation
from gwr.data.package import DataError
from gwr.store import db
from gwr.store.cache import CACHE_SETTING, fingerprint

FACTS = "jianxi_2022_2023.csv"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_SETTING, str(folder))
    return folder


def forbid_validation(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("validated again, though the files did not change")

    monkeypatch.setattr(validation, "check", refuse)


def test_a_valid_package_is_kept_and_served_unchanged(data_copy, cache, monkeypatch):
    checked, problems = validation.check(data_copy)
    assert problems == []
    problems = validation.check_cached(data_copy)[1]
    assert problems == [] and (cache / fingerprint(data_copy) / "valid.json").exists()
    forbid_validation(monkeypatch)
    again, problems = validation.check_cached(data_copy)
    assert problems == [] and set(again) == set(checked)
    for name, frame in checked.items():
        pd.testing.assert_frame_equal(again[name], frame)
        assert list(again[name].dtypes) == list(frame.dtypes)


def test_a_broken_copy_after_a_cached_good_run_is_still_caught(data_copy, cache):
    assert validation.check_cached(data_copy)[1] == []
    path = data_copy / FACTS
    frame = package.read_text_table(path)
    frame.loc[3, "value"] = "七"
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    problems = validation.check_cached(data_copy)[1]
    assert any(f"data/{FACTS}:5" in str(p) and "'七' is not a number" in str(p) for p in problems), problems
    assert [str(p) for p in problems] == [str(p) for p in validation.validate(data_copy)]
    assert validation.check_cached(data_copy)[1], "a broken package is never kept as valid"
    with pytest.raises(DataError):
        db.build(data_copy)


def test_a_changed_report_text_is_caught_after_a_cached_good_run(data_copy, cache):
    assert validation.check_cached(data_copy)[1] == []
    source = data_copy / package.descriptor(data_copy)["sources"][0]["path"]
    source.write_text(source.read_text(encoding="utf-8") + "\n多一句。\n", encoding="utf-8")
    problems = validation.check_cached(data_copy)[1]
    assert any("the report text was changed" in str(p) for p in problems), problems


def test_an_unreadable_cache_entry_means_validating_again(data_copy, cache):
    assert validation.check_cached(data_copy)[1] == []
    entry = cache / fingerprint(data_copy)
    (entry / "facts.parquet").write_bytes(b"not parquet")
    (entry / "valid.json").write_text("{")
    tables, problems = validation.check_cached(data_copy)
    assert problems == [] and len(tables["facts"]) > 0


def test_the_fingerprint_follows_every_file(data_copy):
    before = fingerprint(data_copy)
    (data_copy / "README.md").write_text((data_copy / "README.md").read_text(encoding="utf-8") + " ")
    assert fingerprint(data_copy) != before
