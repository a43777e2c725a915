package org.sdghub.projects;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid project bodies, unique per call (identifier, titles), reported by and accountable to the
 * given organisation; change the returned map to vary one field.
 */
public final class Projects {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Projects() {}

  /** A fresh project in Kazakhstan and Uzbekistan on water efficiency (SDG 6 and 13). */
  public static Map<String, Object> valid(Organisations.Known reporting) {
    String token = token();
    Map<String, Object> project = new LinkedHashMap<>();
    project.put("iatiIdentifier", reporting.identifier() + "-" + token.toUpperCase());
    project.put("reportingOrganisationId", reporting.id().toString());
    project.put("title", map("en", "Water efficiency " + token, "ru", "Водные ресурсы " + token));
    project.put("description", map("en", "Drip irrigation in the lower Syr Darya " + token));
    project.put(
        "dates",
        map("plannedStart", "2024-01-01", "plannedEnd", "2027-12-31", "actualStart", "2024-03-01"));
    project.put("sdgTargets", new ArrayList<>(List.of("6.4", "13.1")));
    project.put("sectors", new ArrayList<>(List.of("14010")));
    project.put(
        "recipientCountries",
        new ArrayList<>(
            List.of(
                map("country", "KZ", "percentage", 60), map("country", "UZ", "percentage", 40))));
    project.put(
        "locations",
        new ArrayList<>(
            List.of(
                map(
                    "country",
                    "KZ",
                    "adminArea",
                    "KZ-43",
                    "name",
                    "Aralsk",
                    "point",
                    map("lat", 46.80, "lon", 61.67)))));
    project.put(
        "participatingOrganisations",
        new ArrayList<>(
            List.of(map("organisationId", reporting.id().toString(), "role", "accountable"))));
    project.put("budget", map("amount", "2500000.00", "currency", "USD"));
    return project;
  }

  /** A valid result measured by an SDG indicator. */
  public static Map<String, Object> result() {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("title", map("en", "Water productivity"));
    result.put("indicator", map("sdgIndicator", "6.4.1"));
    result.put("unit", "USD/m3");
    result.put("baseline", map("year", 2023, "value", 1.8));
    result.put("target", map("year", 2027, "value", 2.4));
    result.put(
        "actuals",
        new ArrayList<>(
            List.of(map("periodStart", "2024-01-01", "periodEnd", "2024-12-31", "value", 1.95))));
    return result;
  }

  /** A nested object of a body, to change one of its members. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> part(Map<String, Object> body, String name) {
    return (Map<String, Object>) body.get(name);
  }

  /** An element of a list of objects in a body, to change one of its members. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> element(Map<String, Object> body, String name, int index) {
    return ((List<Map<String, Object>>) body.get(name)).get(index);
  }

  /** A mutable map of alternating keys and values. */
  public static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** Ten random lower-case Latin letters. */
  public static String token() {
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      token.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return token.toString();
  }
}
