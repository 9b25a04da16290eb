"""Every path the project uses, built from this file's location, never the working directory."""

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT = PACKAGE_DIR.parent
DATA_DIR = ROOT / "data"
QUERIES_DIR = ROOT / "queries"
DESCRIPTOR = DATA_DIR / "datapackage.json"
DATA_README = DATA_DIR / "README.md"
# Further reports' packages, one folder a report and one below it a version: reports/<report_id>/<version>/.
REPORTS_DIR = DATA_DIR / "reports"
# The report this repository ships (data/reports.csv's first row): what every page shows unless told.
SHIPPED_REPORT_ID = "luoyang-jianxi-2023"
REPORT_TEXT = DATA_DIR / "source" / "jianxi_2023_government_work_report.txt"
# The page icon, drawn by the browser from the page itself (a :material/…: icon is fetched from Google).
FAVICON = PACKAGE_DIR / "app" / "assets" / "favicon.svg"


def data_dir() -> Path:
    """The data folder the app serves: the shipped one, or JIANXI_DATA_DIR (tests point it at broken copies)."""
    return Path(os.environ.get("JIANXI_DATA_DIR", DATA_DIR))


def reports_dir() -> Path:
    """Where the app finds further reports' packages: data/reports, or GWR_REPORTS_DIR (tests)."""
    return Path(os.environ.get("GWR_REPORTS_DIR", REPORTS_DIR))
