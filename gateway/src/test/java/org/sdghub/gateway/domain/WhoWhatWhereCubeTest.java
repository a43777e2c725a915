package org.sdghub.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The in-memory index counts as the SQL does: a project once per group however many of its rows
 * fall in it, each organisation once, each country's share of money once; filters and years as the
 * read model's columns say. (Its agreement with PostgreSQL on real data is {@code
 * WhoWhatWhereIndexTest}'s.)
 */
class WhoWhatWhereCubeTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final UUID UNDP = UUID.fromString("00000000-0000-4000-8000-000000000001");
  private static final UUID MINISTRY = UUID.fromString("00000000-0000-4000-8000-000000000002");
  private static final UUID EU = UUID.fromString("00000000-0000-4000-8000-000000000003");

  private final WhoWhatWhereCube cube = new WhoWhatWhereCube();

  private static WhoWhatWhereCube.Row row(
      String country, String area, String target, UUID org, String role, String budget) {
    return new WhoWhatWhereCube.Row(
        country,
        area,
        target == null ? null : Integer.valueOf(target.substring(0, target.indexOf('.'))),
        target,
        org,
        role,
        "implementation",
        LocalDate.of(2024, 3, 1),
        LocalDate.of(2026, 6, 30),
        budget == null ? null : new BigDecimal(budget),
        null,
        null,
        "Water " + country,
        "implementation",
        LocalDate.of(2024, 3, 1),
        LocalDate.of(2026, 6, 30),
        java.time.Instant.parse("2026-01-01T00:00:00Z"));
  }

  private static WhoWhatWhereQuery by(WhoWhatWhereDimension... dims) {
    return query(List.of(), null, dims);
  }

  private static WhoWhatWhereQuery query(
      List<String> kinds, LocalDate activeOn, WhoWhatWhereDimension... dims) {
    return new WhoWhatWhereQuery(
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        kinds,
        List.of(),
        List.of(),
        List.of(),
        activeOn,
        null,
        null,
        List.of(dims));
  }

  private static Map<String, Object> key(Object... pairs) {
    Map<String, Object> key = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      key.put((String) pairs[i], pairs[i + 1]);
    }
    return key;
  }

  /** A water project in two areas of Kazakhstan, two targets, two organisations: 8 rows. */
  private void waterInKazakhstan(UUID id) {
    List<WhoWhatWhereCube.Row> rows = new ArrayList<>();
    for (String area : List.of("KZ-43", "KZ-10")) {
      for (String target : List.of("6.4", "6.1")) {
        rows.add(row("KZ", area, target, UNDP, "accountable", "1000000.00"));
        rows.add(row("KZ", area, target, MINISTRY, "implementing", "1000000.00"));
      }
    }
    cube.replace(id, rows);
  }

  @Test
  void aProjectAndItsMoneyCountOnceInAGroupHoweverManyOfItsRowsFallInIt() {
    waterInKazakhstan(UUID.randomUUID());
    cube.organisation(UNDP, "un-entity", "40");
    cube.organisation(MINISTRY, "national-government", "10");

    List<WhoWhatWhereGroup> groups =
        cube.groups(by(WhoWhatWhereDimension.COUNTRY, WhoWhatWhereDimension.SDG_GOAL), TODAY);

    assertEquals(1, groups.size());
    WhoWhatWhereGroup group = groups.get(0);
    assertEquals(key("country", "KZ", "sdgGoal", 6), group.key());
    assertEquals(1, group.projects());
    assertEquals(2, group.organisations());
    assertEquals(new BigDecimal("1000000.00"), group.budgetUsd());
    assertEquals(8, cube.rows());
  }

  @Test
  void eachCountrysShareIsAddedOnceWhenTheGroupSpansCountries() {
    waterInKazakhstan(UUID.randomUUID());
    UUID regional = UUID.randomUUID();
    cube.replace(
        regional,
        List.of(
            row("KZ", null, "6.4", EU, "funding", "300000.00"),
            row("KZ", null, "6.4", UNDP, "accountable", "300000.00"),
            row("UZ", "UZ-QR", "6.4", EU, "funding", "200000.00"),
            row("UZ", "UZ-QR", "6.4", UNDP, "accountable", "200000.00"),
            row("UZ", "UZ-QR", "6.5", UNDP, "accountable", "200000.00")));
    cube.replace(UUID.randomUUID(), List.of(row("TJ", "TJ-GB", "6.4", UNDP, "accountable", null)));

    List<WhoWhatWhereGroup> byGoal = cube.groups(by(WhoWhatWhereDimension.SDG_GOAL), TODAY);
    assertEquals(1, byGoal.size());
    assertEquals(3, byGoal.get(0).projects());
    assertEquals(3, byGoal.get(0).organisations());
    assertEquals(new BigDecimal("1500000.00"), byGoal.get(0).budgetUsd());
    assertEquals(1, byGoal.get(0).projectsWithoutUsdBudget());

    List<WhoWhatWhereGroup> byTarget = cube.groups(by(WhoWhatWhereDimension.SDG_TARGET), TODAY);
    assertEquals(key("sdgTarget", "6.4"), byTarget.get(0).key());
    assertEquals(3, byTarget.get(0).projects());
    assertEquals(new BigDecimal("1500000.00"), byTarget.get(0).budgetUsd());
    // 6.1 and 6.5 have one project each: ordered by key after the larger group.
    assertEquals(key("sdgTarget", "6.1"), byTarget.get(1).key());
    assertEquals(key("sdgTarget", "6.5"), byTarget.get(2).key());
    assertEquals(new BigDecimal("200000.00"), byTarget.get(2).budgetUsd());
  }

  @Test
  void nullKeysSortLastAndAreaLessRowsFormTheirOwnGroup() {
    waterInKazakhstan(UUID.randomUUID());
    waterInKazakhstan(UUID.randomUUID());
    cube.replace(UUID.randomUUID(), List.of(row("KZ", null, "6.4", UNDP, "accountable", "5.00")));

    List<WhoWhatWhereGroup> groups = cube.groups(by(WhoWhatWhereDimension.ADMIN_AREA), TODAY);

    assertEquals(List.of("KZ-10", "KZ-43"), List.of(area(groups, 0), area(groups, 1)));
    assertNull(groups.get(2).key().get("adminArea"));
    assertEquals(1, groups.get(2).projects());
  }

  private static Object area(List<WhoWhatWhereGroup> groups, int i) {
    return groups.get(i).key().get("adminArea");
  }

  @Test
  void filtersByTheOrganisationsKindAsItIsNowAndByTheDay() {
    waterInKazakhstan(UUID.randomUUID());
    cube.organisation(UNDP, "un-entity", "40");
    cube.organisation(MINISTRY, "national-government", "10");

    WhoWhatWhereQuery government =
        query(List.of("national-government"), null, WhoWhatWhereDimension.ORG_KIND);
    assertEquals(
        key("orgKind", "national-government"), cube.groups(government, TODAY).get(0).key());
    assertEquals(1, cube.groups(government, TODAY).get(0).organisations());

    cube.organisation(MINISTRY, "ngo", "22");
    assertEquals(List.of(), cube.groups(government, TODAY));

    WhoWhatWhereQuery afterItsEnd =
        query(List.of(), LocalDate.of(2026, 7, 1), WhoWhatWhereDimension.COUNTRY);
    assertEquals(List.of(), cube.groups(afterItsEnd, TODAY));
    WhoWhatWhereQuery during =
        query(List.of(), LocalDate.of(2025, 1, 1), WhoWhatWhereDimension.COUNTRY);
    assertEquals(1, cube.groups(during, TODAY).get(0).projects());
  }

  @Test
  void aProjectCountsInEachYearItIsActive() {
    waterInKazakhstan(UUID.randomUUID());

    List<WhoWhatWhereGroup> years = cube.groups(by(WhoWhatWhereDimension.YEAR), TODAY);

    assertEquals(List.of(2024, 2025, 2026), years.stream().map(g -> g.key().get("year")).toList());
    years.forEach(g -> assertEquals(new BigDecimal("1000000.00"), g.budgetUsd()));
  }

  @Test
  void replacingAProjectsRowsForgetsTheOldOnesAndNoRowsRemovesIt() {
    UUID id = UUID.randomUUID();
    waterInKazakhstan(id);
    cube.replace(id, List.of(row("KG", "KG-C", "2.1", UNDP, "accountable", "10.00")));

    List<WhoWhatWhereGroup> groups = cube.groups(by(WhoWhatWhereDimension.COUNTRY), TODAY);
    assertEquals(1, groups.size());
    assertEquals(key("country", "KG"), groups.get(0).key());
    assertEquals(1, cube.rows());

    cube.replace(id, List.of());
    assertEquals(List.of(), cube.groups(by(WhoWhatWhereDimension.COUNTRY), TODAY));
    assertEquals(0, cube.projects());
  }
}
