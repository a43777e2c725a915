package org.sdghub.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo projects are well formed by the projects API's rules (projects-service README). */
class DemoProjectTest {

  private static final Map<String, Set<String>> AREAS =
      Map.of(
          "KZ",
          codes("KZ", "10 11 15 19 23 27 31 33 35 39 43 47 55 59 61 62 63 71 75 79"),
          "KG",
          codes("KG", "B C GB GO J N O T Y"),
          "TJ",
          codes("TJ", "DU GB KT RA SU"),
          "TM",
          codes("TM", "A B D L M S"),
          "UZ",
          codes("UZ", "AN BU FA JI NG NW QA QR SA SI SU TK TO XO"),
          "AF",
          codes(
              "AF",
              "BAL BAM BDG BDS BGL DAY FRA FYB GHA GHO HEL HER JOW KAB KAN KAP KDZ KHO KNR LAG"
                  + " LOG NAN NIM NUR PAN PAR PIA PKA SAM SAR TAK URU WAR ZAB"));

  /** Latitude and longitude bounds of each country: a point outside is surely misplaced. */
  private static final Map<String, double[]> BOUNDS =
      Map.of(
          "KZ", new double[] {40.5, 55.5, 46.5, 87.4},
          "KG", new double[] {39.2, 43.3, 69.2, 80.3},
          "TJ", new double[] {36.6, 41.1, 67.3, 75.2},
          "TM", new double[] {35.1, 42.8, 52.4, 66.7},
          "UZ", new double[] {37.1, 45.6, 55.9, 73.2},
          "AF", new double[] {29.3, 38.5, 60.5, 74.9});

  private static final Set<String> STATUSES =
      Set.of("pipeline", "implementation", "finalisation", "closed", "cancelled", "suspended");
  private static final Set<String> ROLES =
      Set.of("funding", "accountable", "extending", "implementing");
  private static final Set<String> CURRENCIES =
      Set.of("USD", "EUR", "GBP", "CHF", "JPY", "KRW", "KZT", "UZS", "KGS", "TJS", "TMT");
  private static final Pattern TARGET = Pattern.compile("([1-9]|1[0-7])\\.([1-9][0-9]?|[a-z])");
  private static final Pattern INDICATOR =
      Pattern.compile("([1-9]|1[0-7])\\.([1-9][0-9]?|[a-z])\\.[1-9]");
  private static final Pattern AMOUNT = Pattern.compile("[1-9][0-9]*(\\.[0-9]{2})?");

  private static List<DemoProject> projects;
  private static Map<String, DemoOrganisation> organisations;

  @BeforeAll
  static void read() throws IOException {
    projects = DemoProject.readAll();
    organisations = new HashMap<>();
    DemoOrganisation.readAll().forEach(o -> organisations.put(o.key(), o));
  }

  @Test
  void thereAreAboutOneHundredAndFiftyWithUniqueDemoIdentifiers() {
    assertTrue(projects.size() >= 140 && projects.size() <= 200, "count " + projects.size());
    Set<String> identifiers = new HashSet<>();
    for (DemoProject project : projects) {
      assertTrue(identifiers.add(project.identifier()), "twice: " + project.identifier());
      assertTrue(project.identifier().contains("DEMO-"), project.identifier());
    }
  }

  @Test
  void everyIdentifierStartsWithItsReportingOrganisationsIdentifierWhenItHasOne() {
    for (DemoProject project : projects) {
      String reporting = project.project().path("reportingOrganisation").asText();
      String prefix = organisations.get(reporting).identifier();
      if (prefix != null) {
        assertTrue(project.identifier().startsWith(prefix + "-"), project.identifier());
      }
    }
  }

  @Test
  void everyProjectSaysItIsDemoDataInEnglishAndRussian() {
    for (DemoProject project : projects) {
      JsonNode text = project.project();
      assertFalse(text.path("title").path("en").asText().isBlank(), project.identifier());
      assertFalse(text.path("title").path("ru").asText().isBlank(), project.identifier());
      assertTrue(
          text.path("description").path("en").asText().contains("SDG Hub demo record"),
          project.identifier());
      assertTrue(
          text.path("description").path("ru").asText().contains("Демонстрационная запись"),
          project.identifier());
    }
  }

  @Test
  void recipientCountriesAreOfTheSixAndTheirPercentagesSumTo100() {
    for (DemoProject project : projects) {
      int sum = 0;
      Set<String> seen = new HashSet<>();
      for (JsonNode recipient : project.project().path("recipientCountries")) {
        String country = recipient.path("country").asText();
        assertTrue(AREAS.containsKey(country), project.identifier() + ": " + country);
        assertTrue(seen.add(country), project.identifier() + ": " + country + " twice");
        assertTrue(recipient.path("percentage").asInt() > 0, project.identifier());
        sum += recipient.path("percentage").asInt();
      }
      assertEquals(100, sum, project.identifier());
    }
  }

  @Test
  void endsAreNotBeforeStartsAndDatesFitTheStatus() {
    for (DemoProject project : projects) {
      String status = project.project().path("status").asText();
      assertTrue(STATUSES.contains(status), project.identifier() + ": " + status);
      JsonNode dates = project.project().path("dates");
      LocalDate plannedStart = date(dates, "plannedStart");
      assertNotNull(plannedStart, project.identifier());
      assertFalse(date(dates, "plannedEnd").isBefore(plannedStart), project.identifier());
      LocalDate actualStart = date(dates, "actualStart");
      LocalDate actualEnd = date(dates, "actualEnd");
      if (actualStart != null && actualEnd != null) {
        assertFalse(actualEnd.isBefore(actualStart), project.identifier());
      }
      boolean started = !status.equals("pipeline") && !status.equals("cancelled");
      assertEquals(started, actualStart != null, project.identifier() + " " + status);
      assertEquals(status.equals("closed"), actualEnd != null, project.identifier());
    }
  }

  @Test
  void locationsAreInTheirCountriesAreasAndBounds() {
    for (DemoProject project : projects) {
      Set<String> recipients = new HashSet<>();
      project
          .project()
          .path("recipientCountries")
          .forEach(r -> recipients.add(r.path("country").asText()));
      for (JsonNode location : project.project().path("locations")) {
        String country = location.path("country").asText();
        String area = location.path("adminArea").asText();
        assertTrue(recipients.contains(country), project.identifier() + ": " + country);
        assertTrue(AREAS.get(country).contains(area), project.identifier() + ": " + area);
        JsonNode point = location.path("point");
        if (!point.isMissingNode()) {
          double[] bounds = BOUNDS.get(country);
          double lat = point.path("lat").asDouble();
          double lon = point.path("lon").asDouble();
          assertTrue(
              lat > bounds[0] && lat < bounds[1] && lon > bounds[2] && lon < bounds[3],
              project.identifier() + ": " + point + " is not in " + country);
        }
      }
    }
  }

  @Test
  void everyOrganisationIsADemoOrganisationAndOneIsAccountableAndReports() {
    for (DemoProject project : projects) {
      Set<String> accountable = new HashSet<>();
      Set<String> named = new HashSet<>();
      for (JsonNode participant : project.project().path("participatingOrganisations")) {
        String key = participant.path("organisation").asText();
        String role = participant.path("role").asText();
        assertTrue(organisations.containsKey(key), project.identifier() + ": " + key);
        assertTrue(ROLES.contains(role), project.identifier() + ": " + role);
        assertTrue(named.add(key), project.identifier() + ": " + key + " twice");
        if (role.equals("accountable")) {
          accountable.add(key);
        }
      }
      assertFalse(accountable.isEmpty(), project.identifier() + " has no accountable");
      String reporting = project.project().path("reportingOrganisation").asText();
      assertTrue(accountable.contains(reporting), project.identifier() + ": " + reporting);
    }
  }

  @Test
  void afghanistansProjectsNameNoGovernmentBody() {
    for (DemoProject project : projects) {
      boolean inAfghanistan =
          project.project().path("recipientCountries").findValuesAsText("country").contains("AF");
      for (String key : project.organisationKeys()) {
        DemoOrganisation organisation = organisations.get(key);
        boolean national =
            organisation.profile().path("kind").asText().equals("national-government");
        assertFalse(inAfghanistan && national, project.identifier() + ": " + key);
      }
    }
  }

  @Test
  void sdgTargetsSectorsAndBudgetsUseTheirCodes() {
    for (DemoProject project : projects) {
      JsonNode body = project.project();
      assertFalse(body.path("sdgTargets").isEmpty(), project.identifier());
      body.path("sdgTargets")
          .forEach(t -> assertTrue(TARGET.matcher(t.asText()).matches(), project.identifier()));
      body.path("sectors")
          .forEach(s -> assertTrue(s.asText().matches("[0-9]{5}"), project.identifier()));
      JsonNode budget = body.path("budget");
      if (!budget.isMissingNode()) {
        String currency = budget.path("currency").asText();
        String amount = budget.path("amount").asText();
        assertTrue(CURRENCIES.contains(currency), project.identifier() + ": " + currency);
        assertTrue(AMOUNT.matcher(amount).matches(), project.identifier() + ": " + amount);
        assertEquals(
            Set.of("JPY", "KRW").contains(currency), !amount.contains("."), project.identifier());
        assertTrue(new BigDecimal(amount).signum() > 0, project.identifier());
      }
    }
  }

  @Test
  void resultsHaveOneIndicatorAndOrderedPeriods() {
    int withResults = 0;
    for (DemoProject project : projects) {
      withResults += project.results().isEmpty() ? 0 : 1;
      for (JsonNode result : project.results()) {
        JsonNode indicator = result.path("indicator");
        assertEquals(1, indicator.size(), project.identifier());
        if (indicator.has("sdgIndicator")) {
          String code = indicator.path("sdgIndicator").asText();
          assertTrue(INDICATOR.matcher(code).matches(), project.identifier() + ": " + code);
        }
        assertFalse(result.path("title").path("en").asText().isBlank(), project.identifier());
        for (JsonNode actual : result.path("actuals")) {
          assertFalse(
              date(actual, "periodEnd").isBefore(date(actual, "periodStart")),
              project.identifier());
        }
      }
    }
    assertTrue(withResults >= 20, "projects with results: " + withResults);
  }

  @Test
  void someProjectsGenuinelyOverlap() {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < projects.size(); i++) {
      for (int j = i + 1; j < projects.size(); j++) {
        if (overlap(projects.get(i), projects.get(j))) {
          pairs.add(projects.get(i).identifier() + " / " + projects.get(j).identifier());
        }
      }
    }
    assertTrue(pairs.size() >= 3, "overlapping pairs: " + pairs);
  }

  /** Same SDG target, same area, dates that overlap, different accountable organisations. */
  private static boolean overlap(DemoProject a, DemoProject b) {
    Set<String> targets = new HashSet<>();
    a.project().path("sdgTargets").forEach(t -> targets.add(t.asText()));
    Set<String> shared = new HashSet<>();
    b.project().path("sdgTargets").forEach(t -> shared.add(t.asText()));
    shared.retainAll(targets);
    Set<String> areas = new HashSet<>(a.project().findValuesAsText("adminArea"));
    areas.retainAll(b.project().findValuesAsText("adminArea"));
    return !shared.isEmpty()
        && !areas.isEmpty()
        && !accountable(a).equals(accountable(b))
        && !end(a).isBefore(start(b))
        && !end(b).isBefore(start(a));
  }

  private static String accountable(DemoProject project) {
    return project.project().path("reportingOrganisation").asText();
  }

  private static LocalDate start(DemoProject project) {
    return date(project.project().path("dates"), "plannedStart");
  }

  private static LocalDate end(DemoProject project) {
    return date(project.project().path("dates"), "plannedEnd");
  }

  private static LocalDate date(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? LocalDate.parse(value.asText()) : null;
  }

  private static Set<String> codes(String country, String suffixes) {
    Set<String> codes = new HashSet<>();
    for (String suffix : suffixes.split(" ")) {
      codes.add(country + "-" + suffix);
    }
    return Set.copyOf(codes);
  }
}
