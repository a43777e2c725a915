package org.sdghub.projects.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.testing.ScratchDatabase;
import org.sdghub.projects.api.ProjectView;
import org.sdghub.projects.domain.Confirmation;
import org.sdghub.projects.domain.ProjectContent;
import org.sdghub.projects.service.ProjectJson;

/**
 * Each migration on rows as the previous version wrote them: a scratch database is migrated to the
 * version before, given rows in that version's shape, then migrated to the latest, and the rows are
 * read back as the service reads them.
 */
@QuarkusTest
class MigrationTest {

  private static final String REPORTER = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String MINISTRY = "0b9e6a52-3f0e-4a8e-9a57-1f2d3c4b5a69";

  @Inject AgroalDataSource dataSource;
  @Inject ProjectJson json;

  private ScratchDatabase database;

  @BeforeEach
  void scratchDatabase() throws SQLException {
    database = ScratchDatabase.create(dataSource);
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    database.close();
  }

  @Test
  void projectsWrittenBeforeAnswersGetEditorsAndTheirListingsAnswers() throws Exception {
    database.migrateTo("3");
    UUID id = UUID.randomUUID();
    try (Connection c = database.connect()) {
      insert(c, id, "XM-1-A", V3_CONTENT, v3Document(id));
    }

    database.migrateToLatest();

    try (Connection c = database.connect();
        PreparedStatement select =
            c.prepareStatement("SELECT content, document, version FROM project WHERE id = ?")) {
      select.setObject(1, id);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        ProjectContent content = json.read(row.getString(1), ProjectContent.class);
        assertEquals(List.of(), content.editors());
        assertEquals(
            List.of(Confirmation.CONFIRMED, Confirmation.UNCONFIRMED),
            content.participatingOrganisations().stream()
                .map(ProjectContent.Participation::confirmation)
                .toList());
        ProjectView document = json.read(row.getString(2), ProjectView.class);
        assertEquals(List.of(), document.editors());
        assertEquals(List.of(), document.sdgGoalTags(), "V9: no goal tags");
        assertEquals(List.of(), document.budgets(), "V8: no budgets per period");
        assertEquals(
            List.of("confirmed", "unconfirmed"),
            document.participatingOrganisations().stream().map(p -> p.confirmation()).toList());
        JsonNode raw = json.tree(row.getString(2));
        assertEquals("Aral Sea basin", raw.at("/title/en").asText(), "the rest is kept");
        assertEquals(4L, row.getLong(3), "the version does not change");
      }
    }
  }

  @Test
  void storedIdentifiersLoseTheCharactersIatiForbidsUnlessThatMakesTwins() throws Exception {
    database.migrateTo("4");
    UUID slashed = UUID.randomUUID();
    UUID twinOne = UUID.randomUUID();
    UUID twinTwo = UUID.randomUUID();
    UUID clashing = UUID.randomUUID();
    UUID clean = UUID.randomUUID();
    try (Connection c = database.connect()) {
      insert(c, slashed, "XM-9/A&B", "{\"iatiIdentifier\": \"XM-9/A&B\"}", doc("XM-9/A&B"));
      insert(c, twinOne, "XM-8/B", "{\"iatiIdentifier\": \"XM-8/B\"}", doc("XM-8/B"));
      insert(c, twinTwo, "XM-8?B", "{\"iatiIdentifier\": \"XM-8?B\"}", doc("XM-8?B"));
      insert(c, clean, "XM-7-C", "{\"iatiIdentifier\": \"XM-7-C\"}", doc("XM-7-C"));
      insert(c, clashing, "XM-7|C", "{\"iatiIdentifier\": \"XM-7|C\"}", doc("XM-7|C"));
    }

    database.migrateToLatest();

    assertEquals("XM-9-A-B|XM-9-A-B|XM-9-A-B|XM-9-A-B", identifiers(slashed));
    assertEquals("XM-8/B|XM-8/B|XM-8/B|XM-8/B", identifiers(twinOne), "kept: two would clash");
    assertEquals("XM-8?B|XM-8?B|XM-8?B|XM-8?B", identifiers(twinTwo));
    assertEquals("XM-7|C|XM-7|C|XM-7|C|XM-7|C", identifiers(clashing), "kept: another has it");
    assertEquals("XM-7-C|XM-7-C|XM-7-C|XM-7-C", identifiers(clean));
  }

  @Test
  void projectsStoredUnderFormerAreaCodesGetTheCurrentOnes() throws Exception {
    database.migrateTo("5");
    UUID former = UUID.randomUUID();
    UUID current = UUID.randomUUID();
    String locations =
        "[{\"country\": \"KZ\", \"adminArea\": \"KZ-KZY\", \"name\": \"Aralsk\"},"
            + " {\"country\": \"KZ\", \"adminArea\": \"KZ-43\", \"name\": null},"
            + " {\"country\": \"KZ\", \"adminArea\": \"KZ-VOS\", \"name\": null}]";
    try (Connection c = database.connect()) {
      insert(
          c,
          former,
          "XM-6-A",
          "{\"locations\": " + locations + "}",
          "{\"locations\": " + locations + "}");
      insert(c, current, "XM-6-B", "{\"locations\": []}", "{\"locations\": []}");
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "UPDATE project SET admin_areas = '{KZ-KZY,KZ-43,KZ-VOS}' WHERE id = '" + former + "'");
      }
    }

    database.migrateToLatest();

    try (Connection c = database.connect();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT array_to_string(admin_areas, ','),"
                    + " (SELECT string_agg(l ->> 'adminArea', ',') FROM"
                    + " jsonb_array_elements(content -> 'locations') l),"
                    + " (SELECT string_agg(l ->> 'adminArea', ',') FROM"
                    + " jsonb_array_elements(document -> 'locations') l),"
                    + " content -> 'locations' -> 0 ->> 'name'"
                    + " FROM project WHERE id = ?")) {
      select.setObject(1, former);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        assertEquals("KZ-43,KZ-63", row.getString(1), "one region, not two");
        assertEquals("KZ-43,KZ-43,KZ-63", row.getString(2));
        assertEquals("KZ-43,KZ-43,KZ-63", row.getString(3));
        assertEquals("Aralsk", row.getString(4), "the rest of the location is kept");
      }
    }
  }

  @Test
  void storedTotalsTakeTheirCurrencysDecimalsAndProjectsGetNoBudgetsPerPeriod() throws Exception {
    database.migrateTo("7");
    UUID yen = UUID.randomUUID();
    UUID odd = UUID.randomUUID();
    UUID dinar = UUID.randomUUID();
    UUID dollar = UUID.randomUUID();
    try (Connection c = database.connect()) {
      insert(c, yen, "XM-5-A", budget("1000.00", "JPY", false), budget("1000.00", "JPY", true));
      insert(c, odd, "XM-5-B", budget("10.50", "JPY", false), budget("10.50", "JPY", true));
      insert(c, dinar, "XM-5-C", budget("12.10", "KWD", false), budget("12.10", "KWD", true));
      insert(c, dollar, "XM-5-D", budget("7.00", "USD", false), budget("7.00", "USD", true));
    }

    database.migrateToLatest();

    assertEquals("1000|1000|[]", budgetOf(yen));
    assertEquals("10.50|10.50|[]", budgetOf(odd), "kept: it has more decimals than yen have");
    assertEquals("12.100|12.100|[]", budgetOf(dinar));
    assertEquals("7.00|7.00|[]", budgetOf(dollar));
  }

  @Test
  void storedResultsGetNoFurtherBaselinesNorPeriods() throws Exception {
    database.migrateTo("10");
    UUID id = UUID.randomUUID();
    String results = "{\"results\": [{\"unit\": \"ha\"}]}";
    try (Connection c = database.connect()) {
      insert(c, id, "XM-4-A", results, results);
    }

    database.migrateToLatest();

    try (Connection c = database.connect();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT (content -> 'results' -> 0)::text, (document -> 'results' -> 0)::text"
                    + " FROM project WHERE id = ?")) {
      select.setObject(1, id);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        for (int column = 1; column <= 2; column++) {
          JsonNode result = json.tree(row.getString(column));
          assertEquals("ha", result.path("unit").asText(), "the rest is kept");
          assertEquals(0, result.path("baselines").size());
          assertEquals(0, result.path("periods").size());
          assertEquals(true, result.path("baselines").isArray());
          assertEquals(true, result.has("type") && result.path("type").isNull());
        }
      }
    }
  }

  private static String budget(String amount, String currency, boolean asText) {
    return "{\"budget\": {\"amount\": "
        + (asText ? "\"" + amount + "\"" : amount)
        + ", \"currency\": \""
        + currency
        + "\"}}";
  }

  private String budgetOf(UUID id) throws SQLException {
    try (Connection c = database.connect();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT (content #>> '{budget,amount}') || '|' || (document #>> '{budget,amount}')"
                    + " || '|' || (content -> 'budgets')::text FROM project WHERE id = ?")) {
      select.setObject(1, id);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }

  private String identifiers(UUID id) throws SQLException {
    try (Connection c = database.connect();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT iati_identifier || '|' || iati_identifier_key || '|'"
                    + " || (content ->> 'iatiIdentifier') || '|' || (document ->> 'iatiIdentifier')"
                    + " FROM project WHERE id = ?")) {
      select.setObject(1, id);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }

  private static String doc(String identifier) {
    return "{\"iatiIdentifier\": \"" + identifier + "\", \"title\": {\"en\": \"T\"}}";
  }

  private static void insert(
      Connection c, UUID id, String identifier, String content, String document)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO project (id, iati_identifier, iati_identifier_key,"
                + " reporting_organisation_id, status, planned_start, active_start,"
                + " active_end, countries, admin_areas, sdg_targets, sdg_goals,"
                + " organisation_roles, content, document, version, created_at, updated_at)"
                + " VALUES (?, ?, upper(?), ?::uuid, 'IMPLEMENTATION', '2024-01-01',"
                + " '2024-01-01', '2027-12-31', '{KZ}', '{KZ-43}', '{6.4}', '{6}', '{}',"
                + " ?::jsonb, ?::jsonb, 4, now(), now())")) {
      insert.setObject(1, id);
      insert.setString(2, identifier);
      insert.setString(3, identifier);
      insert.setString(4, REPORTER);
      insert.setString(5, content);
      insert.setString(6, document);
      insert.executeUpdate();
    }
  }

  // A project's content and document exactly as the previous version stored them: participants
  // without answers, no editors.
  private static final String V3_CONTENT =
      """
      {"iatiIdentifier": "XM-1-A", "reportingOrganisationId": "%s",
       "title": {"en": "Aral Sea basin"}, "description": null, "status": "IMPLEMENTATION",
       "dates": {"plannedStart": "2024-01-01", "plannedEnd": "2027-12-31",
                 "actualStart": null, "actualEnd": null},
       "sdgTargets": ["6.4"], "sectors": [],
       "recipientCountries": [{"country": "KZ", "percentage": 100}],
       "locations": [{"country": "KZ", "adminArea": "KZ-43", "name": null, "point": null}],
       "participatingOrganisations": [
         {"organisationId": "%s", "role": "IMPLEMENTING"},
         {"organisationId": "%s", "role": "ACCOUNTABLE"}],
       "budget": null, "results": []}
      """
          .formatted(REPORTER, REPORTER, MINISTRY);

  private static String v3Document(UUID id) {
    return """
        {"id": "%s", "iatiIdentifier": "XM-1-A", "reportingOrganisationId": "%s",
         "title": {"en": "Aral Sea basin"}, "description": null, "status": "implementation",
         "dates": {"plannedStart": "2024-01-01", "plannedEnd": "2027-12-31",
                   "actualStart": null, "actualEnd": null},
         "sdgTargets": ["6.4"], "sdgGoals": [6], "sectors": [],
         "recipientCountries": [{"country": "KZ", "percentage": 100}],
         "locations": [{"country": "KZ", "adminArea": "KZ-43", "name": null, "point": null}],
         "participatingOrganisations": [
           {"organisationId": "%s", "role": "implementing", "name": null, "archived": false},
           {"organisationId": "%s", "role": "accountable", "name": null, "archived": false}],
         "budget": null, "results": [], "version": 4,
         "createdAt": "2025-03-01T09:30:00Z", "updatedAt": "2025-04-11T14:02:17Z"}
        """
        .formatted(id, REPORTER, REPORTER, MINISTRY);
  }
}
