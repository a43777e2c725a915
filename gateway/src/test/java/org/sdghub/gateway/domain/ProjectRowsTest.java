package org.sdghub.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.domain.ReadModelProject.Participation;
import org.sdghub.gateway.domain.ReadModelProject.Place;
import org.sdghub.gateway.domain.ReadModelProject.RecipientShare;

/** How a project's state becomes its 3W rows, and how two profiles overlap. */
class ProjectRowsTest {

  private static final UUID AGENCY = UUID.fromString("00000000-0000-4000-8000-000000000001");
  private static final UUID DONOR = UUID.fromString("00000000-0000-4000-8000-000000000002");

  private static ReadModelProject project(String currency, boolean deleted, List<Integer> goals) {
    return project(
        currency,
        deleted,
        goals,
        List.of(
            new Participation(AGENCY, "accountable", "confirmed"),
            new Participation(DONOR, "funding", "unconfirmed")));
  }

  private static ReadModelProject project(
      String currency, boolean deleted, List<Integer> goals, List<Participation> participants) {
    return new ReadModelProject(
        UUID.randomUUID(),
        1,
        deleted,
        "XM-1",
        AGENCY,
        Map.of("en", "P"),
        "implementation",
        LocalDate.of(2024, 1, 1),
        null,
        List.of("6.4", "6.5"),
        goals,
        List.of(
            new RecipientShare("KZ", new BigDecimal("66.67")),
            new RecipientShare("UZ", new BigDecimal("33.33"))),
        List.of(
            new Place("KZ", "KZ-43", "Aralsk", 46.8, 61.67),
            new Place("KZ", "KZ-11", null, null, null)),
        participants,
        new BigDecimal("1000.00"),
        currency,
        LocalDate.of(2024, 1, 1),
        Instant.parse("2025-01-01T00:00:00Z"));
  }

  private static final ProjectMoney MONEY =
      new ProjectMoney(
          UsdConversion.identity(new BigDecimal("1000.00"), LocalDate.of(2024, 1, 1)),
          new BigDecimal("300.00"),
          new BigDecimal("0"));

  private static final ProjectMoney NO_RATE =
      new ProjectMoney(null, BigDecimal.ZERO, BigDecimal.ZERO);

  @Test
  void rowsArePlacesTimesTargetsTimesParticipantsWithTheCountrysShareOfTheMoney() {
    List<WhoWhatWhereRow> rows = ProjectRows.of(project("USD", false, List.of(6)), MONEY);
    // (KZ-43, KZ-11, UZ) x (6.4, 6.5) x (accountable, funding)
    assertEquals(12, rows.size());
    WhoWhatWhereRow uzbekistan =
        rows.stream().filter(r -> r.country().equals("UZ")).findFirst().orElseThrow();
    assertNull(uzbekistan.adminArea());
    assertEquals(new BigDecimal("333.30"), uzbekistan.budgetUsd());
    assertTrue(
        rows.stream()
            .filter(r -> r.country().equals("KZ"))
            .allMatch(r -> r.budgetUsd().equals(new BigDecimal("666.70"))));
    assertEquals(new BigDecimal("99.99"), uzbekistan.committedUsd());
    assertTrue(
        rows.stream()
            .filter(r -> r.country().equals("KZ"))
            .allMatch(r -> r.committedUsd().equals(new BigDecimal("200.01"))));
    assertTrue(rows.stream().allMatch(r -> r.disbursedUsd().signum() == 0));
  }

  @Test
  void rowsCarryEachListingsAnswerAndADeclinedListingHasNone() {
    List<WhoWhatWhereRow> rows =
        ProjectRows.of(
            project(
                "USD",
                false,
                List.of(6),
                List.of(
                    new Participation(AGENCY, "accountable", "confirmed"),
                    new Participation(DONOR, "funding", "declined"))),
            MONEY);
    // (KZ-43, KZ-11, UZ) x (6.4, 6.5) x (accountable): the donor declined its listing.
    assertEquals(6, rows.size());
    assertTrue(rows.stream().allMatch(r -> AGENCY.equals(r.organisationId())));
    assertTrue(rows.stream().allMatch(r -> "confirmed".equals(r.confirmation())));
    assertEquals(
        2,
        ProjectRows.of(project("USD", false, List.of(6)), MONEY).stream()
            .map(WhoWhatWhereRow::confirmation)
            .distinct()
            .count());
  }

  @Test
  void aProjectWhoseEveryListingWasDeclinedKeepsItsRowsWithoutAnOrganisation() {
    List<WhoWhatWhereRow> rows =
        ProjectRows.of(
            project(
                "USD", false, List.of(6), List.of(new Participation(DONOR, "funding", "declined"))),
            MONEY);
    assertEquals(6, rows.size());
    assertTrue(rows.stream().allMatch(r -> r.organisationId() == null && r.role() == null));
    assertEquals(new BigDecimal("333.30"), rows.get(rows.size() - 1).budgetUsd());
  }

  @Test
  void aGoalWithoutAnyOfItsTargetsGetsRowsWithoutATarget() {
    List<WhoWhatWhereRow> rows = ProjectRows.of(project("USD", false, List.of(6, 13)), MONEY);
    assertEquals(6, rows.stream().filter(r -> r.sdgGoal() == 13 && r.sdgTarget() == null).count());
  }

  @Test
  void aBudgetNoRateConvertsHasNoUsdOnItsRowsAndADeletedProjectHasNoRows() {
    assertTrue(
        ProjectRows.of(project("EUR", false, List.of(6)), NO_RATE).stream()
            .allMatch(r -> r.budgetUsd() == null && r.committedUsd().signum() == 0));
    assertEquals(List.of(), ProjectRows.of(project("USD", true, List.of(6)), MONEY));
  }

  @Test
  void profilesOverlapOnlyWithATargetAnAreaAndDaysInCommonAndNoAccountableOrganisation() {
    ProjectProfile one = profile(UUID.randomUUID(), "2024-01-01", "2024-12-31", "KZ-43");
    ProjectProfile two = profile(UUID.randomUUID(), "2024-12-01", "2025-12-31", "KZ-43");
    LocalDate today = LocalDate.of(2025, 6, 1);
    Optional<Overlap> overlap = Overlap.of(one, two, today);
    assertEquals(31, overlap.orElseThrow().overlapDays());
    assertEquals(
        overlap.get().fingerprint(), Overlap.of(two, one, today).orElseThrow().fingerprint());
    assertTrue(
        Overlap.of(one, profile(UUID.randomUUID(), "2025-01-01", null, "KZ-43"), today).isEmpty());
    assertTrue(
        Overlap.of(one, profile(UUID.randomUUID(), "2024-01-01", null, "KZ-11"), today).isEmpty());
    assertTrue(
        Overlap.of(
                one,
                profile(one.accountable().iterator().next(), "2024-01-01", null, "KZ-43"),
                today)
            .isEmpty());
  }

  private static ProjectProfile profile(UUID accountable, String start, String end, String area) {
    return new ProjectProfile(
        UUID.randomUUID(),
        "P",
        java.util.Set.of("6.4"),
        java.util.Set.of(area),
        java.util.Set.of(accountable),
        java.util.Set.of(),
        LocalDate.parse(start),
        end == null ? null : LocalDate.parse(end));
  }
}
