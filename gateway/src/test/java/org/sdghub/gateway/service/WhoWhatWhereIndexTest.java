package org.sdghub.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.domain.WhoWhatWhereCube;
import org.sdghub.gateway.domain.WhoWhatWhereDimension;
import org.sdghub.gateway.domain.WhoWhatWhereGroup;
import org.sdghub.gateway.domain.WhoWhatWhereQuery;
import org.sdghub.gateway.repository.WhoWhatWhereQueries;
import org.sdghub.gateway.support.CraftedEvents;
import org.sdghub.gateway.support.Region;
import org.sdghub.gateway.support.ThreeW;
import org.sdghub.platform.PageRequest;
import org.sdghub.platform.testing.EventSender;

/**
 * The in-memory index answers every grouping and filter exactly as PostgreSQL does over the same
 * read model, and is never behind it: a change that the ungrouped 3W shows is in the grouped answer
 * of the very next request.
 */
@QuarkusTest
class WhoWhatWhereIndexTest {

  private static final List<String> KINDS =
      List.of("un-entity", "donor-government", "national-government", "ngo");
  private static final List<String> ROLES =
      List.of("accountable", "implementing", "funding", "extending");
  private static final List<String> STATUSES =
      List.of("pipeline", "implementation", "finalisation", "closed", "suspended");
  private static final List<String> TARGETS =
      List.of("6.1", "6.4", "6.5", "2.1", "3.8", "4.1", "13.1", "17.9");
  private static final Map<String, List<String>> AREAS =
      Map.of(
          "KZ", List.of("KZ-43", "KZ-10", "KZ-75"),
          "UZ", List.of("UZ-QR", "UZ-TK", "UZ-SA"),
          "TJ", List.of("TJ-GB", "TJ-KT"),
          "AF", List.of("AF-KAB", "AF-BAL"));

  @Inject WhoWhatWhereIndex index;
  @Inject WhoWhatWhereQueries queries;
  @Inject AgroalDataSource dataSource;

  @Test
  void answersEveryGroupingAndFilterAsPostgreSqlDoes() throws SQLException {
    Random random = new Random(20261203);
    List<UUID> organisations = new ArrayList<>();
    List<UUID> projects = new ArrayList<>();
    try (EventSender sender = EventSender.toApplicationBroker()) {
      for (int i = 0; i < 12; i++) {
        UUID id = UUID.randomUUID();
        organisations.add(id);
        sender.send(
            CraftedEvents.PARTNERS, CraftedEvents.organisation(id, 0, KINDS.get(i % KINDS.size())));
      }
      for (int i = 0; i < 60; i++) {
        UUID id = UUID.randomUUID();
        projects.add(id);
        sender.send(CraftedEvents.PROJECTS, randomProject(random, id, organisations));
      }
    }
    awaitUntil(Duration.ofSeconds(60), () -> known(projects) == projects.size());

    List<WhoWhatWhereQuery> questions = new ArrayList<>();
    List<WhoWhatWhereDimension> dims = List.of(WhoWhatWhereDimension.values());
    for (int a = 0; a < dims.size(); a++) {
      questions.add(query(List.of(dims.get(a)), Map.of()));
      for (int b = a + 1; b < dims.size(); b++) {
        questions.add(query(List.of(dims.get(a), dims.get(b)), Map.of()));
      }
    }
    List<WhoWhatWhereDimension> countryGoal =
        List.of(WhoWhatWhereDimension.COUNTRY, WhoWhatWhereDimension.SDG_GOAL);
    questions.add(query(countryGoal, Map.of("country", List.of("KZ", "UZ"))));
    questions.add(query(countryGoal, Map.of("adminArea", List.of("UZ-QR"))));
    questions.add(query(countryGoal, Map.of("sdgTarget", List.of("6.4", "13.1"))));
    questions.add(query(countryGoal, Map.of("orgKind", List.of("ngo"))));
    questions.add(query(countryGoal, Map.of("orgType", List.of("21"))));
    questions.add(query(countryGoal, Map.of("role", List.of("funding"))));
    questions.add(query(countryGoal, Map.of("status", List.of("implementation", "pipeline"))));
    questions.add(
        query(countryGoal, Map.of("organisation", List.of(organisations.get(3).toString()))));
    questions.add(query(countryGoal, Map.of("activeOn", List.of("2025-06-01"))));
    questions.add(query(countryGoal, Map.of("activeFrom", List.of("2027-01-01"))));
    questions.add(query(countryGoal, Map.of("activeTo", List.of("2023-12-31"))));
    questions.add(query(List.of(WhoWhatWhereDimension.YEAR), Map.of("sdgGoal", List.of("6"))));

    awaitUntil(Duration.ofSeconds(30), () -> index.groups(questions.get(0)).isPresent());
    for (WhoWhatWhereQuery question : questions) {
      assertSameAnswer(question);
    }
    for (String sort :
        List.of(
            "startDate", "startDate,desc", "endDate", "endDate,desc", "status", "updatedAt,desc")) {
      for (WhoWhatWhereQuery question :
          questions.subList(questions.size() - 12, questions.size())) {
        assertSamePage(
            question.ungrouped(), PageRequest.of("0", "7", sort, WhoWhatWhereService.SORTABLE));
        assertSamePage(
            question.ungrouped(), PageRequest.of("2", "7", sort, WhoWhatWhereService.SORTABLE));
      }
    }
  }

  /** A page of projects from memory equals PostgreSQL's, ties and nulls included. */
  private void assertSamePage(WhoWhatWhereQuery question, PageRequest page) {
    for (int attempt = 0; ; attempt++) {
      List<UUID> before = queries.projectIds(question, page);
      long total = queries.countProjects(question);
      Optional<WhoWhatWhereCube.Matching> fromMemory = index.projects(question, page);
      List<UUID> after = queries.projectIds(question, page);
      if (before.equals(after) || attempt == 5) {
        assertTrue(fromMemory.isPresent(), "the index answers sorted by " + page.order());
        assertEquals(after, fromMemory.get().ids(), "sorted by " + page.order());
        assertEquals(total, fromMemory.get().total(), "total sorted by " + page.order());
        return;
      }
    }
  }

  @Test
  void aChangeTheUngroupedViewShowsIsInTheNextGroupedAnswer() {
    UUID agency = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    WhoWhatWhereQuery byTarget =
        new WhoWhatWhereQuery(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(agency),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            null,
            List.of(WhoWhatWhereDimension.SDG_TARGET));
    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(CraftedEvents.PARTNERS, CraftedEvents.organisation(agency, 0, "ngo"));
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project("created", project, 0, agency, "pipeline", List.of("6.4")));
    }
    ThreeW.awaitAnswer(Map.of("organisation", agency.toString()), a -> a.getInt("total") == 1);
    assertEquals(List.of("6.4"), targetsOf(index.groups(byTarget)));

    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project(
              "updated", project, 1, agency, "implementation", List.of("2.1", "7.2")));
    }
    ThreeW.awaitAnswer(
        Map.of("organisation", agency.toString()),
        a -> a.getList("items[0].sdgTargets").size() == 2);
    assertEquals(List.of("2.1", "7.2"), targetsOf(index.groups(byTarget)));
  }

  private static List<Object> targetsOf(Optional<List<WhoWhatWhereGroup>> groups) {
    assertTrue(groups.isPresent(), "the index answers once it has caught up");
    return groups.get().stream().map(g -> g.key().get("sdgTarget")).toList();
  }

  /** Compares while the read model holds still (other tests' events may still be arriving). */
  private void assertSameAnswer(WhoWhatWhereQuery question) {
    for (int attempt = 0; ; attempt++) {
      List<WhoWhatWhereGroup> before = queries.groups(question);
      Optional<List<WhoWhatWhereGroup>> fromMemory = index.groups(question);
      List<WhoWhatWhereGroup> after = queries.groups(question);
      if (before.equals(after) || attempt == 5) {
        assertTrue(fromMemory.isPresent(), "the index answers " + question.groupBy());
        assertEquals(after, fromMemory.get(), "grouped by " + question.groupBy());
        return;
      }
    }
  }

  private static WhoWhatWhereQuery query(
      List<WhoWhatWhereDimension> groupBy, Map<String, List<String>> filters) {
    List<String> none = List.of();
    return new WhoWhatWhereQuery(
        filters.getOrDefault("country", none),
        filters.getOrDefault("adminArea", none),
        filters.getOrDefault("sdgGoal", none).stream().map(Integer::valueOf).toList(),
        filters.getOrDefault("sdgTarget", none),
        filters.getOrDefault("organisation", none).stream().map(UUID::fromString).toList(),
        filters.getOrDefault("orgKind", none),
        filters.getOrDefault("orgType", none),
        filters.getOrDefault("role", none),
        filters.getOrDefault("status", none),
        date(filters, "activeOn"),
        date(filters, "activeFrom"),
        date(filters, "activeTo"),
        groupBy);
  }

  private static LocalDate date(Map<String, List<String>> filters, String name) {
    return filters.containsKey(name) ? LocalDate.parse(filters.get(name).get(0)) : null;
  }

  /** A project with random places, targets, participants, status, dates and budget. */
  private static org.sdghub.platform.ReceivedEvent randomProject(
      Random random, UUID id, List<UUID> organisations) {
    UUID accountable = organisations.get(random.nextInt(organisations.size()));
    List<String> countries = new ArrayList<>(AREAS.keySet().stream().sorted().toList());
    java.util.Collections.shuffle(countries, random);
    List<String> mine = countries.subList(0, 1 + random.nextInt(2));
    List<String> targets = new ArrayList<>(TARGETS);
    java.util.Collections.shuffle(targets, random);
    List<String> chosen = targets.subList(0, 1 + random.nextInt(3));
    String status = STATUSES.get(random.nextInt(STATUSES.size()));
    return CraftedEvents.project(
        "created",
        id,
        0,
        accountable,
        status,
        List.copyOf(chosen),
        state -> {
          List<Object> recipients = new ArrayList<>();
          List<Object> locations = new ArrayList<>();
          int first = mine.size() == 1 ? 100 : 30 + random.nextInt(41);
          for (int c = 0; c < mine.size(); c++) {
            String country = mine.get(c);
            recipients.add(
                Region.map("country", country, "percentage", c == 0 ? first : 100 - first));
            List<String> areas = AREAS.get(country);
            int count = random.nextInt(3);
            for (int a = 0; a < count; a++) {
              locations.add(Region.map("country", country, "adminArea", areas.get(a)));
            }
          }
          state.put("recipientCountries", recipients);
          state.put("locations", locations);
          List<Object> participants = new ArrayList<>();
          participants.add(
              Region.map("organisationId", accountable.toString(), "role", "accountable"));
          for (int p = 0; p < random.nextInt(3); p++) {
            participants.add(
                Region.map(
                    "organisationId",
                    organisations.get(random.nextInt(organisations.size())).toString(),
                    "role",
                    ROLES.get(1 + random.nextInt(ROLES.size() - 1))));
          }
          state.put("participatingOrganisations", participants);
          LocalDate start = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1500));
          Map<String, Object> dates = Region.map("plannedStart", start.toString());
          if (random.nextInt(4) > 0) {
            dates.put("plannedEnd", start.plusDays(200 + random.nextInt(1500)).toString());
          }
          state.put("dates", dates);
          state.put(
              "budget",
              random.nextInt(5) == 0
                  ? Region.map("amount", "750000.00", "currency", "EUR")
                  : Region.map(
                      "amount", (100_000 + random.nextInt(5_000_000)) + ".25", "currency", "USD"));
        });
  }

  private interface Condition {
    boolean holds() throws Exception;
  }

  private static void awaitUntil(Duration wait, Condition condition) {
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      while (!condition.holds()) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("Not so after " + wait);
        }
        Thread.sleep(100);
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private long known(List<UUID> projects) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT count(*) FROM www_project WHERE id = ANY(?)")) {
      statement.setArray(1, connection.createArrayOf("uuid", projects.toArray()));
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
