#!/usr/bin/env python3
"""One-off conversion of the project's former calendar data (shared/calendar/cn-statutory-days.json:
years.<Y>.holidays / .workdays as [date, name] pairs) into the holiday-cn layout, one file per year
(src/main/resources/io/consortia/calendar/holiday-cn/<Y>.json) plus years.txt, the list the module
reads. holiday-cn names an adjusted working day after its holiday ("春节", isOffDay false), so the
"补班" suffix is dropped. Usage: tools/convert-legacy.py LEGACY.json OUTDIR"""
import json
import sys
from pathlib import Path

legacy = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
out = Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
years = []
for year, lists in sorted(legacy["years"].items(), key=lambda kv: int(kv[0])):
    days = [{"name": n, "date": d, "isOffDay": True} for d, n in lists.get("holidays", [])]
    days += [{"name": n.removesuffix("补班"), "date": d, "isOffDay": False} for d, n in lists.get("workdays", [])]
    days.sort(key=lambda x: x["date"])
    doc = {
        "$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
        "year": int(year),
        "papers": [],
        "days": days,
    }
    (out / f"{year}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=4) + "\n", encoding="utf-8")
    years.append(year)
(out / "years.txt").write_text("".join(f"{y}.json\n" for y in years), encoding="utf-8")
print(f"{len(years)} years: {years[0]}-{years[-1]}")
