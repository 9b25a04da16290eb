"""Every report the app serves (gwr.data.loading.all_tables): the shipped tables with each MADE-UP
package's rows joined in (bench.fixtures), the same tables whether validated now or read back from the
cache; a changed package validated again and reported with its path; an id used by two reports refused;
and a broken or refused set never kept."""

import shutil

import pandas as pd
import pytest

from bench.fixtures import build_one
from gwr.data import validation
from gwr.data.loading import JOINED, all_tables, package_folder, packages
from gwr.paths import DATA_DIR, SHIPPED_REPORT_ID
from gwr.store.cache import CACHE_SETTING

MADE_UP = 3  # packages


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    reports = tmp_path_factory.mktemp("made-up") / "reports"
    for index in range(MADE_UP):
        build_one(index, reports, 25)
    return reports


@pytest.fixture
def reports(built, tmp_path):
    """A private copy of the made-up packages, which a test may change."""
    return shutil.copytree(built, tmp_path / "reports")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_SETTING, str(folder))
    return folder


def one_by_one(reports):
    """The tables as all_tables first made them: each package validated and its rows added in turn."""
    tables, problems = validation.check(DATA_DIR)
    assert problems == []
    for folder in packages(reports):
        found, problems = validation.check(folder)
        assert problems == []
        for name in JOINED:
            tables[name] = pd.concat([tables[name], found[name]], ignore_index=True)
    return tables


def validated(monkeypatch) -> list:
    """Every folder `check` validates from now on."""
    seen, check = [], validation.check

    def counted(data_dir, *args, **kwargs):
        seen.append(data_dir)
        return check(data_dir, *args, **kwargs)

    monkeypatch.setattr(validation, "check", counted)
    return seen


def test_the_tables_are_the_same_validated_and_read_back(reports, cache, monkeypatch):
    expected = one_by_one(reports)
    first, problems = all_tables(DATA_DIR, reports)
    assert problems == [] and len(list(cache.glob("joined-*"))) == 1
    seen = validated(monkeypatch)
    again, problems = all_tables(DATA_DIR, reports)
    assert problems == [] and seen == []
    for tables in (first, again):
        assert set(tables) == set(expected)
        for name, frame in expected.items():
            pd.testing.assert_frame_equal(tables[name], frame)
            assert list(tables[name].dtypes) == list(frame.dtypes)
    made_up = {folder.parent.name for folder in packages(reports)}
    assert len(made_up) == MADE_UP
    assert first["reports"]["report_id"].tolist() == [SHIPPED_REPORT_ID, *sorted(made_up)]
    assert set(first["facts"]["report_id"]) == {SHIPPED_REPORT_ID, *made_up}


def test_a_changed_package_is_validated_again_and_reported_with_its_path(reports, cache, monkeypatch):
    assert all_tables(DATA_DIR, reports)[1] == []
    broken = packages(reports)[1]
    facts = broken / "jianxi_2022_2023.csv"
    facts.write_text(facts.read_text(encoding="utf-8").replace("\n", "\n ", 1), encoding="utf-8")
    seen = validated(monkeypatch)
    tables, problems = all_tables(DATA_DIR, reports)
    assert seen == [broken], "only the changed package is validated again"
    assert problems and all(str(broken) in str(problem) for problem in problems), problems
    assert broken.parent.name not in set(tables["facts"]["report_id"])
    assert all_tables(DATA_DIR, reports)[1] == problems, "a broken package is never kept as valid"
    assert len(list(cache.glob("joined-*"))) == 1


def test_a_new_package_is_validated_and_joined(reports, cache, monkeypatch):
    latest = packages(reports)[-1]
    aside = shutil.move(latest.parent, reports.parent / latest.parent.name)
    assert all_tables(DATA_DIR, reports)[1] == []
    shutil.move(aside, reports / latest.parent.name)
    seen = validated(monkeypatch)
    tables, problems = all_tables(DATA_DIR, reports)
    assert problems == [] and seen == [latest]
    assert latest.parent.name in set(tables["reports"]["report_id"])


def test_an_id_used_by_two_reports_is_refused_and_never_kept(reports, cache):
    original = packages(reports)[0]
    shutil.copytree(original, reports / "zz-a-copy" / "1.0.0")
    problems = all_tables(DATA_DIR, reports)[1]
    said = {(p.file, p.column, p.message) for p in problems}
    assert (str(reports), "report_id", f"{original.parent.name!r} is used by two reports") in said
    assert any(column == "fact_id" and "is used by two reports" in message for _, column, message in said)
    assert not list(cache.glob("joined-*"))
    assert all_tables(DATA_DIR, reports)[1] == problems


def test_the_shipped_tables_are_typed_once_for_every_package_while_unchanged(built, data_copy, monkeypatch):
    """Each report package reads the shipped units and codebook (its descriptor's "shared"); they are read
    and typed once, and again only when their files change."""
    monkeypatch.setattr(validation, "DATA_DIR", data_copy)
    validation._shipped_tables.cache_clear()
    read, read_tables = [], validation.read_tables

    def counted(data_dir):
        read.append(data_dir)
        return read_tables(data_dir)

    monkeypatch.setattr(validation, "read_tables", counted)
    for folder in packages(built):
        assert set(validation.shared_tables(folder)) == {"units", "indicators"}
    assert read == [data_copy]
    units = data_copy / "units.csv"
    frame = pd.read_csv(units, dtype=str, keep_default_na=False)
    frame.loc[0, "unit_en"] = "changed"
    frame.to_csv(units, index=False, lineterminator="\n")
    shared = validation.shared_tables(packages(built)[0])
    assert read == [data_copy, data_copy] and shared["units"].loc[0, "unit_en"] == "changed"
    validation._shipped_tables.cache_clear()


def test_a_reports_package_folder_is_its_latest_version_and_the_shipped_one_the_data_folder(reports):
    """package_folder looks in the report's own folder only; it answers as a scan of every package would."""
    made_up = packages(reports)[1]
    newer = shutil.copytree(made_up, made_up.parent / "1.0.10")
    shutil.copytree(made_up, made_up.parent / "1.0.9")
    (made_up.parent / "2.0.0").mkdir()  # no datapackage.json: not a version
    assert package_folder(made_up.parent.name, DATA_DIR, reports) == newer
    for report_id in (made_up.parent.name, SHIPPED_REPORT_ID, "no-such-report", "..", ".", ""):
        scanned = next((folder for folder in packages(reports) if folder.parent.name == report_id), DATA_DIR)
        assert package_folder(report_id, DATA_DIR, reports) == scanned, report_id
    assert package_folder(made_up.parent.name, DATA_DIR, reports / "missing") == DATA_DIR
