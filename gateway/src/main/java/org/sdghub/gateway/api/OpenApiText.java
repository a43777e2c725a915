package org.sdghub.gateway.api;

/** The longer OpenAPI descriptions of the who-what-where endpoints. */
final class OpenApiText {

  private OpenApiText() {}

  static final String WHO_WHAT_WHERE =
      "The read model holds one row per project × place (each location, or the recipient country"
          + " when the project names no location there) × SDG target × participating organisation"
          + " and role. Filters (`country`, `adminArea`, `sdgGoal`, `sdgTarget`, `organisation`,"
          + " `orgKind`, `orgType`, `role`, `status`: comma-separated lists; `activeOn`, or"
          + " `activeFrom`/`activeTo` for projects active at some time in the period; an open end"
          + " is still active) select rows; a project matches when one of its rows does.\n\n"
          + "**Grouped** (`groupBy` = one or two of country, adminArea, sdgGoal, sdgTarget,"
          + " organisation, orgKind, role, status, year): per group, `projects` counts distinct"
          + " projects and `organisations` distinct organisations, so a project under several"
          + " targets, areas or roles counts once in a group. Money is never added twice: each"
          + " project's USD amounts are split by its recipient-country percentages, and a group adds"
          + " each (project, country) share once, however many of its rows fall in the group."
          + " Across groups of one dimension the shares may repeat (a project in two areas of one"
          + " country counts its country share in each area; one in two SDG goals in each goal), so"
          + " totals of groups are not the region's total. `year` puts a project in every calendar"
          + " year from its start to its end (or this year).\n\n"
          + "**Money** (USD, from funding-service's events): `budgetUsd` is the project's budget,"
          + " in USD as it is, in another currency converted at funding-service's exchange rate of"
          + " the budget's date (the planned start, else the actual start) or the nearest earlier"
          + " one at most 31 days before; without such a rate it is null (the project's `budget`"
          + " shows its amount and currency, and a group counts it in `projectsWithoutUsdBudget`)"
          + " until the rate arrives. `committedUsd` adds the project's outgoing (IATI type 2) and"
          + " incoming (11) commitments; `disbursedUsd` its disbursements (3) and incoming funds"
          + " (1); expenditure (4) and pledges (12, 13) are in neither; withdrawn transactions"
          + " count nowhere. A flow both sides report (the provider's 2 or 3 and the receiver's 11"
          + " or 1 with the same provider, receiver, amount and currency, value dates at most 14"
          + " days apart) counts once, at the provider's USD value: the same figures as"
          + " `/api/v1/funding/projects/{id}`. Without transactions both are 0. `gapUsd` = budget"
          + " − committed; a group adds the gaps of its projects with a USD budget only.\n\n"
          + "**Listed** (no `groupBy`): a page (`page`, `size`, `sort` = title, startDate,"
          + " endDate, status or updatedAt) of matching projects with who does what where in"
          + " each, from their matching rows.\n\n"
          + "**Exported** (`format=csv|geojson|json`, or `Accept: text/csv` /"
          + " `application/geo+json`): every matching row, streamed (not paged). CSV has a header"
          + " row, then the HXL hashtag row (`#org+name`, `#org+type`, `#sector+sdg+target`,"
          + " `#country+code`, `#adm1+code`, `#adm1+name`, `#status`, `#date+start`, `#date+end`,"
          + " `#value+funding+usd`, `#value+committed+usd`, `#value+spent+usd` (disbursed),"
          + " `#value+gap+usd`…); a row's money is its project's times its country's share; GeoJSON has one Point feature per row at the location's point,"
          + " else its area's centre, else the country's, with the CSV's columns as properties. With"
          + " `groupBy`, CSV holds the groups (dimensions, then measures, with their HXL row);"
          + " GeoJSON needs rows, so `groupBy` is refused there.\n\n"
          + "Every answer says how current it is: `asOf` (the time of the last applied event) and"
          + " each topic's `lag` in messages (JSON), and the header `X-Read-Model-As-Of`.";

  static final String REBUILD =
      "Empties the read model and replays the consumed topics from their beginning, in one"
          + " transaction: readers see the previous state until the rebuilt one commits, and the"
          + " result is the same as the one kept event by event. The change feed of"
          + " `/api/v1/events` is a log and is kept as it is. Coordinators only.";

  static final String OVERLAPS =
      "Active projects (pipeline, implementation, finalisation) whose accountable organisations"
          + " differ (none in common), that share at least one SDG target and one first-level"
          + " area, over overlapping dates (an open end runs to today). Each pair has its reasons"
          + " and a score from 0 to 1: 0.4 × shared targets ÷ all their targets, 0.3 × shared"
          + " areas ÷ all their areas, 0.2 × days of overlap ÷ the shorter project's days, 0.1"
          + " when a funder funds both (a funding participant, or the provider of a commitment,"
          + " disbursement, incoming funds or pledge on it not withdrawn); highest first. Filters as in who-what-where choose the"
          + " pairs with at least one matching project. `clusters` are the groups of projects"
          + " linked by the matching pairs. A pair marked reviewed carries its review while the"
          + " reasons stay what they were.";

  static final String GAPS =
      "`items`: SDG targets × places with no active project: the targets of `sdgTarget` (else"
          + " every target an active project covers somewhere, narrowed by `sdgGoal`) × the areas"
          + " (`level=area`, default: of `adminArea`, else of `country`, else all) or countries"
          + " (`level=country`). `fundingGaps`: among the active projects matching the 3W filters,"
          + " the 10 places (`areas`: first-level areas, or the country for a project naming no area"
          + " there; countries with `level=country`) and the 10 `projects` with the largest positive"
          + " gap (USD budget − committed), each with its budget, committed and disbursed USD, money"
          + " shared and counted as in the grouped who-what-where (each project's country share"
          + " once per place).";
}
