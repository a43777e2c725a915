#!/usr/bin/env python3
"""Writes the local stack's demo funding (src/main/resources/demo/funding.json).

Deterministic: the same demo projects always give the same file (a fixed seed, the projects'
reference date, no clock). Run it after generate_demo_projects.py:

    python3 deploy/local-stack/tools/generate_demo_funding.py

Every transaction is made up: commitments and disbursements from each demo project's funder to its
accountable organisation, in the funder's currency, expenditure reported by that organisation, a
third of the disbursements also reported by the receiver as incoming funds (the same flow seen from
both sides, which the funding summaries count once), pledges on a few projects still in the
pipeline, and a few projects clearly underfunded (a small share of the budget committed).
"""

import json
import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from generate_demo_projects import AS_OF, DEMO, NO_MINOR_UNIT, PER_USD

SEED = 4217
FUNDED = {"implementation", "finalisation", "closed", "suspended"}
# Development banks lending in Kazakhstan commit part of their loans in tenge.
LOCAL_LENDERS = {"ADB", "EBRD"}
FUNDER_CURRENCY = {"JICA": "JPY", "GIZ": "EUR", "KfW": "EUR", "EU-INTPA": "EUR", "EBRD": "EUR",
                   "SDC": "CHF", "KOICA": "KRW", "FCDO": "GBP"}
NOTE_EN = "SDG Hub demo transaction, not a real flow of money."
NOTE_RU = "Демонстрационная операция SDG Hub, а не реальное движение средств."
WHAT = {
    "outgoing-commitment": ("Commitment", "Обязательство"),
    "disbursement": ("Disbursement, tranche {n}", "Выплата, транш {n}"),
    "incoming-funds": ("Funds received, tranche {n}", "Получение средств, транш {n}"),
    "expenditure": ("Expenditure", "Расходы"),
    "outgoing-pledge": ("Pledge", "Объявленный взнос"),
}


def first(project, role):
    return next((p["organisation"] for p in project["participatingOrganisations"]
                 if p["role"] == role), None)


def start_of(project):
    dates = project["dates"]
    return date.fromisoformat(dates.get("actualStart") or dates["plannedStart"])


def end_of(project):
    dates = project["dates"]
    return date.fromisoformat(dates.get("actualEnd") or dates["plannedEnd"])


def money(usd, currency):
    amount = Decimal(usd) * Decimal(str(PER_USD[currency]))
    step = Decimal("1000") if currency in NO_MINOR_UNIT else Decimal("100.00")
    return str((amount / step).quantize(Decimal("1"), ROUND_HALF_UP) * step)


class Funding:
    def __init__(self, projects):
        self.rnd = random.Random(SEED)
        self.projects = projects
        self.transactions = []

    def add(self, project, kind, provider, receiver, usd, currency, when, n=1):
        en, ru = WHAT[kind]
        self.transactions.append({
            "key": "demo-funding-%04d" % (len(self.transactions) + 1),
            "project": project["iatiIdentifier"],
            "type": kind,
            "provider": provider,
            "receiver": receiver,
            "amount": money(usd, currency),
            "currency": currency,
            "valueDate": when.isoformat(),
            "description": {"en": en.format(n=n) + ". " + NOTE_EN,
                            "ru": ru.format(n=n) + ". " + NOTE_RU},
        })

    def currency(self, project, funder):
        countries = {c["country"] for c in project["recipientCountries"]}
        if funder in LOCAL_LENDERS and countries == {"KZ"}:
            return "KZT"
        return FUNDER_CURRENCY.get(funder, "USD")

    def budget_usd(self, project):
        budget = project["budget"]
        return Decimal(budget["amount"]) / Decimal(str(PER_USD[budget["currency"]]))

    def fund(self, project, index):
        funder, receiver = first(project, "funding"), first(project, "accountable")
        currency = self.currency(project, funder)
        underfunded = index % 9 == 4
        share = self.rnd.uniform(0.10, 0.30) if underfunded else self.rnd.uniform(0.70, 1.0)
        committed = self.budget_usd(project) * Decimal(str(round(share, 3)))
        start = min(start_of(project), AS_OF)
        self.add(project, "outgoing-commitment", funder, receiver, committed, currency, start)
        last = min(end_of(project), AS_OF)
        paid = Decimal("0.95") if project["status"] == "closed" else Decimal(
            str(round(self.rnd.uniform(0.3, 0.8), 2)))
        tranches = self.rnd.randint(1, 3)
        both_sides = index % 3 == 0
        for n in range(1, tranches + 1):
            when = start + timedelta(days=(last - start).days * n // (tranches + 1))
            tranche = committed * paid / tranches
            self.add(project, "disbursement", funder, receiver, tranche, currency, when, n)
            if both_sides:
                seen = when + timedelta(days=self.rnd.randint(0, 3))
                self.add(project, "incoming-funds", funder, receiver, tranche, currency, seen, n)
        if project["status"] in {"closed", "finalisation"}:
            spent = committed * paid * Decimal("0.9")
            self.add(project, "expenditure", receiver, None, spent, currency, last)

    def pledge(self, project):
        funder, receiver = first(project, "funding"), first(project, "accountable")
        usd = self.budget_usd(project) * Decimal("0.5")
        when = min(date.fromisoformat(project["dates"]["plannedStart"]), AS_OF)
        self.add(project, "outgoing-pledge", funder, receiver, usd, self.currency(project, funder),
                 when)

    def build(self):
        eligible = [p for p in self.projects if "budget" in p and first(p, "funding")]
        funded = [p for p in eligible if p["status"] in FUNDED]
        # About two thirds of all demo projects get money; the rest show as unfunded.
        chosen = funded[: round(len(self.projects) * 2 / 3)]
        for index, project in enumerate(chosen):
            self.fund(project, index)
        for project in [p for p in eligible if p["status"] == "pipeline"][:8]:
            self.pledge(project)
        return self.transactions


def main():
    projects = json.loads((DEMO / "projects.json").read_text(encoding="utf-8"))["projects"]
    transactions = Funding(projects).build()
    document = {
        "demo": True,
        "notice": "DEMO DATA for the local stack only: made-up transactions on the demo projects,"
                  " written by tools/generate_demo_funding.py; not real flows of money.",
        "transactions": transactions,
    }
    out = DEMO / "funding.json"
    out.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote %d transactions to %s" % (len(transactions), out))


if __name__ == "__main__":
    main()
