#!/usr/bin/env python3
"""Writes the IATI code lists funding-service validates against, from the IATI 2.03 XML files.

Usage: tools/generate-reference-data.py <directory holding the IATI XML code lists>
Writes src/main/resources/reference/codelist-*.json (one entry per line, for reviewable diffs).
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/main/resources/reference"
LISTS = {
    "TransactionType": "codelist-transaction-type.json",
    "FinanceType": "codelist-finance-type.json",
    "AidType": "codelist-aid-type.json",
    "FlowType": "codelist-flow-type.json",
    "Currency": "codelist-currency.json",
}


def entries(path):
    for item in ET.parse(path).getroot().iter("codelist-item"):
        if item.get("status", "active") != "active":
            continue
        code = item.findtext("code").strip()
        name = next(
            (n.text.strip() for n in item.iter("narrative")
             if n.get("{http://www.w3.org/XML/1998/namespace}lang") in (None, "en")),
            code,
        )
        yield {"code": code, "value": re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"),
               "name": name}


def main(source):
    for list_name, file_name in LISTS.items():
        rows = list(entries(Path(source) / f"{list_name}.xml"))
        lines = ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in rows)
        (OUT / file_name).write_text('{"entries": [\n' + lines + "\n]}\n", encoding="utf-8")
        print(file_name, len(rows))


if __name__ == "__main__":
    main(sys.argv[1])
