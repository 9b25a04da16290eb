"""Quick self-check for a curation fragment (temporary helper for curators).

Usage: python data/_parts/check_part.py data/_parts/X.facts.csv
Checks each quote (whitespace removed) is in the report and that value or
city_share_pct appears among the quote's numbers (3/4 counts as 75).
"""
import csv
import re
import sys
from pathlib import Path

REPORT = Path(__file__).resolve().parents[1] / "source" / "jianxi_2023_government_work_report.txt"
text = re.sub(r"\s+", "", REPORT.read_text(encoding="utf-8"))
NUM = re.compile(r"\d+(?:\.\d+)?(?:/\d+)?")


def nums(s):
    out = set()
    for m in NUM.finditer(s):
        tok = m.group()
        if "/" in tok:
            a, b = tok.split("/")
            out.add(round(float(a) / float(b) * 100, 6))
        else:
            out.add(float(tok))
    return out


bad = 0
ids = set()
with open(sys.argv[1], encoding="utf-8", newline="") as fh:
    for i, row in enumerate(csv.DictReader(fh), start=2):
        q = re.sub(r"\s+", "", row["quote"])
        if row["fact_id"] in ids:
            print(f"line {i}: duplicate fact_id {row['fact_id']}"); bad += 1
        ids.add(row["fact_id"])
        if q not in text:
            print(f"line {i}: quote not in report: {row['quote']}"); bad += 1
        found = nums(q)
        if float(row["value"]) not in found:
            print(f"line {i}: value {row['value']} not among quote numbers {sorted(found)}"); bad += 1
        if row.get("city_share_pct") and float(row["city_share_pct"]) not in found:
            print(f"line {i}: city_share_pct {row['city_share_pct']} not in quote"); bad += 1
print("OK" if not bad else f"{bad} problem(s)")
