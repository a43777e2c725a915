#!/usr/bin/env python3
"""Generates projects-service's reference data in src/main/resources/reference/ from its sources.

Run once when a source is updated, from the module directory, review the diff and commit the output:
  python3 tools/generate-reference-data.py <shared reference folder> [<iso-codes json> [<locale>]]
The shared reference folder holds sdg/<lang>/global_*.yml and iati/*.xml; iso-codes defaults to the
Debian package's standard locations, /usr/share/iso-codes/json and /usr/share/locale. The service
reads only the generated files, never the sources. The country boundaries come from a separate
script, generate-boundaries.mjs.

Needs PyYAML (python3-yaml) for the SDG translations, whose titles span several lines.
"""
import gettext
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

from geography_facts import AREAS, COUNTRIES, COUNTRY_NAMES_RU, COUNTS

OUT = Path(__file__).resolve().parent.parent / "src/main/resources/reference"
LANGUAGES = ["en", "ru", "kk", "ky", "tg", "tk"]
SPACES = re.compile(r"\s+")
TARGET_PART = re.compile(r"^(\d+|[a-z])$")
# Not money a project is budgeted in: ISO 4217's codes for testing and for "no currency".
NOT_BUDGET_CURRENCIES = {"XTS", "XXX"}


def text(value):
    return SPACES.sub(" ", str(value)).strip()


def write(name, header, key, rows):
    """Writes {header..., key: [rows]} with one row per line, so that diffs stay readable."""
    head = json.dumps(header, ensure_ascii=False)[:-1]
    body = ",\n".join("  " + json.dumps(row, ensure_ascii=False) for row in rows)
    separator = ", " if header else ""
    (OUT / name).write_text(f'{head}{separator}"{key}": [\n{body}\n]}}\n', encoding="utf-8")
    print(f"{name}: {len(rows)} {key}")


# --- SDG goals, targets and indicators


def sdg_titles(sdg_dir, kind):
    """{key: {lang: title}} for one file kind (goals, targets, indicators) across the languages."""
    titles = {}
    for lang in LANGUAGES:
        with open(sdg_dir / lang / f"global_{kind}.yml", encoding="utf-8") as source:
            for key, value in yaml.safe_load(source).items():
                titles.setdefault(key, {})[lang] = text(value)
    for key, by_lang in titles.items():
        missing = [lang for lang in LANGUAGES if not by_lang.get(lang)]
        if missing:
            raise SystemExit(f"{kind} {key}: no text in {missing}")
    return titles


def target_order(code):
    """Numbered targets first, then lettered ones, as the UN lists them: 6.1 … 6.6, 6.a, 6.b."""
    goal, part = code.split(".")
    return (int(goal), 0 if part.isdigit() else 1, int(part) if part.isdigit() else part)


def sdg(sdg_dir):
    goal_texts = sdg_titles(sdg_dir, "goals")
    goals = [
        {"number": n, "title": goal_texts[f"{n}-title"], "shortTitle": goal_texts[f"{n}-short"]}
        for n in range(1, 18)
    ]
    targets = []
    for key, title in sdg_titles(sdg_dir, "targets").items():
        goal, part, _ = key.split("-")
        assert TARGET_PART.match(part), key
        targets.append({"code": f"{goal}.{part}", "goal": int(goal), "title": title})
    targets.sort(key=lambda t: target_order(t["code"]))
    indicators = []
    for key, title in sdg_titles(sdg_dir, "indicators").items():
        goal, part, number, _ = key.split("-")
        target = f"{goal}.{part}"
        indicators.append(
            {"code": f"{target}.{number}", "target": target, "goal": int(goal), "title": title})
    indicators.sort(key=lambda i: (target_order(i["target"]), int(i["code"].split(".")[2])))
    known_targets = {t["code"] for t in targets}
    orphans = [i["code"] for i in indicators if i["target"] not in known_targets]
    if orphans:
        raise SystemExit(f"indicators of unknown targets: {orphans}")
    source = "open-sdg/sdg-translations, global_{goals,targets,indicators}.yml (MIT; texts by the UN)"
    write("sdg-goals.json", {"source": source}, "goals", goals)
    write("sdg-targets.json", {"source": source}, "targets", targets)
    write("sdg-indicators.json", {"source": source}, "indicators", indicators)


# --- Countries and their first-level areas


def geography(iso_dir, locale_dir):
    countries_ru = gettext.translation("iso_3166-1", locale_dir, languages=["ru"])
    areas_ru = gettext.translation("iso_3166-2", locale_dir, languages=["ru"])
    iso_countries = {
        c["alpha_2"]: c for c in json.loads((iso_dir / "iso_3166-1.json").read_text())["3166-1"]}
    listed = {
        a["code"]: a for a in json.loads((iso_dir / "iso_3166-2.json").read_text())["3166-2"]
        if a["code"][:2] in COUNTRIES}

    countries = []
    for code, (lat, lon) in COUNTRIES.items():
        en = iso_countries[code]["name"]
        ru = COUNTRY_NAMES_RU.get(code) or countries_ru.gettext(en)
        countries.append({"code": code, "name": {"en": en, "ru": ru}, "centroid": point(lat, lon)})

    claimed = set()
    areas = []
    for code, former, en, ru, lat, lon in AREAS:
        if former is None and code in listed:
            former_code, iso_name = None, listed[code]["name"]
        elif former is not None:
            former_code, iso_name = former, listed[former]["name"]
        else:
            former_code, iso_name = None, None  # created after the package's list
        claimed.add(former_code or code)
        if ru is None:
            ru = areas_ru.gettext(iso_name)
            if ru == iso_name:
                raise SystemExit(f"{code}: no Russian name in the catalogue; give one in the facts")
        area = {"code": code, "country": code[:2], "name": {"en": en, "ru": ru},
                "centroid": point(lat, lon)}
        if former_code:
            area["formerCodes"] = [former_code]
        areas.append(area)

    unclaimed = sorted(set(listed) - claimed)
    if unclaimed:
        raise SystemExit(f"iso-codes lists areas the facts do not cover: {unclaimed}")
    for country, expected in COUNTS.items():
        actual = sum(1 for a in areas if a["country"] == country)
        if actual != expected:
            raise SystemExit(f"{country}: {actual} areas, expected {expected}")
    write("countries.json", {}, "countries", countries)
    write("admin-areas.json", {}, "areas", areas)


def point(lat, lon):
    return {"lat": lat, "lon": lon}


# --- IATI and ISO code lists


def iati_items(path):
    for item in ET.parse(path).getroot().find("codelist-items"):
        status = item.get("status") or "active"
        name = text(item.findtext("name/narrative"))
        description = item.findtext("description/narrative")
        yield status, text(item.findtext("code")), name, text(description) if description else None


def lifecycle_list(path):
    """ActivityStatus and OrganisationRole, whose entries the API names by a word of their name."""
    rows = []
    for status, code, name, description in iati_items(path):
        value = name.split("/")[0].lower()
        rows.append({"code": code, "value": value, "name": {"en": name}, "description": description})
    return rows


def codelists(iati_dir, iso_dir, locale_dir):
    statuses = lifecycle_list(iati_dir / "ActivityStatus.xml")
    roles = lifecycle_list(iati_dir / "OrganisationRole.xml")
    expected = {"pipeline", "implementation", "finalisation", "closed", "cancelled", "suspended"}
    assert {s["value"] for s in statuses} == expected, statuses
    assert [r["value"] for r in roles] == ["funding", "accountable", "extending", "implementing"]
    # Withdrawn purpose codes stay in old reports but are not for new projects.
    sectors = [
        {"code": code, "value": code, "name": {"en": name}, "description": description}
        for status, code, name, description in iati_items(iati_dir / "Sector.xml")
        if status == "active"]
    currency_ru = gettext.translation("iso_4217", locale_dir, languages=["ru"])
    currencies = []
    for c in json.loads((iso_dir / "iso_4217.json").read_text())["4217"]:
        if c["alpha_3"] in NOT_BUDGET_CURRENCIES:
            continue
        name = {"en": c["name"]}
        if currency_ru.gettext(c["name"]) != c["name"]:
            name["ru"] = currency_ru.gettext(c["name"])
        currencies.append({"code": c["alpha_3"], "value": c["alpha_3"], "name": name,
                           "description": None})
    currencies.sort(key=lambda c: c["code"])
    for name, rows in [("activity-status", statuses), ("organisation-role", roles),
                       ("sector", sectors), ("currency", currencies)]:
        write(f"codelist-{name}.json", {}, "entries", rows)


def main(shared, iso_dir="/usr/share/iso-codes/json", locale_dir="/usr/share/locale"):
    shared, iso_dir = Path(shared), Path(iso_dir)
    sdg(shared / "sdg")
    geography(iso_dir, locale_dir)
    codelists(shared / "iati", iso_dir, locale_dir)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    main(*sys.argv[1:4])
