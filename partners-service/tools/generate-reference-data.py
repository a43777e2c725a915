#!/usr/bin/env python3
"""Generates the compact code lists in src/main/resources/reference/ from their published sources.

Run once when a source is updated, from the module directory, and commit the output:
  python3 tools/generate-reference-data.py <shared reference folder>/iati /usr/share/iso-codes/json
The service reads only the generated files; it never reads the sources at run time.
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/main/resources/reference"


def iati_items(path):
    for item in ET.parse(path).getroot().find("codelist-items"):
        yield item.get("status") or "active", item.findtext("code").strip(), item.findtext("name/narrative").strip()


def write(name, header, rows):
    lines = ["# " + header] + ["\t".join(row) for row in rows]
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(rows)} codes")


def main(iati_dir, iso_dir):
    iati_dir, iso_dir = Path(iati_dir), Path(iso_dir)
    # Withdrawn registration agencies are left out: no new identifier may be drawn from them.
    agencies = sorted(
        (code, name)
        for status, code, name in iati_items(iati_dir / "OrganisationRegistrationAgency.xml")
        if status == "active")
    write("iati-organisation-registration-agency.tsv", "code\tname (active entries only)", agencies)
    types = [(code, name) for _, code, name in iati_items(iati_dir / "OrganisationType.xml")]
    write("iati-organisation-type.tsv", "code\tname", types)
    countries = sorted(
        (c["alpha_2"], c["name"]) for c in json.loads((iso_dir / "iso_3166-1.json").read_text())["3166-1"])
    write("iso-3166-1-alpha-2.tsv", "alpha-2 code\tname", countries)


if __name__ == "__main__":
    main(*sys.argv[1:3])
