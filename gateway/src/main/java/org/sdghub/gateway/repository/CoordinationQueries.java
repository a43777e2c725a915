package org.sdghub.gateway.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sdghub.gateway.domain.OverlapReview;
import org.sdghub.gateway.domain.ProjectProfile;
import org.sdghub.gateway.domain.WhoWhatWhereQuery;

/**
 * The read model as coordination reads it: active projects' profiles, which (target, place)
 * combinations active projects cover, and the reviews of overlapping pairs ({@code
 * overlap_review}).
 */
@ApplicationScoped
public class CoordinationQueries {

  /**
   * The IATI transaction types whose provider funds the project: incoming funds, disbursements,
   * commitments and pledges (not expenditure, whose provider is the project's own agency).
   */
  public static final List<String> FUNDING_TYPES = List.of("1", "2", "3", "11", "12", "13");

  /** The statuses of a project that is going on or about to (IATI 1 to 3). */
  public static final List<String> ACTIVE = List.of("pipeline", "implementation", "finalisation");

  private static final String PROFILES =
      "SELECT r.project_id, p.title->>'en' AS title, p.start_date, p.end_date,"
          + " array_agg(DISTINCT r.sdg_target) FILTER (WHERE r.sdg_target IS NOT NULL) AS targets,"
          + " array_agg(DISTINCT r.admin_area) FILTER (WHERE r.admin_area IS NOT NULL) AS areas,"
          + " array_agg(DISTINCT r.organisation_id::text) FILTER (WHERE r.role = 'accountable')"
          + " AS accountable, array_agg(DISTINCT r.organisation_id::text) FILTER (WHERE r.role ="
          + " 'funding') AS funders, (SELECT array_agg(DISTINCT t.provider_organisation_id::text)"
          + " FROM www_transaction t WHERE t.project_id = r.project_id AND t.status = 'active' AND"
          + " t.type_code = ANY(?)) AS providers"
          + WhoWhatWhereSql.FROM
          + " WHERE NOT p.deleted AND p.status = ANY(?)"
          + " GROUP BY r.project_id, p.title, p.start_date, p.end_date";

  private final AgroalDataSource dataSource;

  CoordinationQueries(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * The profiles of all active projects, from all their rows; its funders are its funding
   * participants and the providers of its transactions that fund it (not withdrawn).
   */
  public List<ProjectProfile> activeProfiles() {
    List<ProjectProfile> profiles = new ArrayList<>();
    query(PROFILES, List.of(FUNDING_TYPES, ACTIVE), rows -> profiles.add(profile(rows)));
    return profiles;
  }

  /** The active projects with a row matching the query. */
  public Set<UUID> matchingActive(WhoWhatWhereQuery query) {
    WhoWhatWhereSql filter = WhoWhatWhereSql.of(query);
    List<Object> values = new ArrayList<>(filter.values);
    values.add(ACTIVE);
    Set<UUID> ids = new HashSet<>();
    query(
        "SELECT DISTINCT r.project_id"
            + WhoWhatWhereSql.FROM
            + filter.where
            + " AND p.status = ANY(?)",
        values,
        rows -> ids.add(Jdbc.uuid(rows, "project_id")));
    return ids;
  }

  /** "target|place" for every SDG target and place (area, or country) an active row covers. */
  public Set<String> covered(boolean byCountry) {
    String place = byCountry ? "r.country" : "r.admin_area";
    Set<String> covered = new HashSet<>();
    query(
        "SELECT DISTINCT r.sdg_target, "
            + place
            + " AS place"
            + WhoWhatWhereSql.FROM
            + " WHERE NOT p.deleted AND p.status = ANY(?) AND r.sdg_target IS NOT NULL AND "
            + place
            + " IS NOT NULL",
        List.of(ACTIVE),
        rows -> covered.add(rows.getString("sdg_target") + "|" + rows.getString("place")));
    return covered;
  }

  /** Every stored review by "a|b". */
  public Map<String, OverlapReview> reviews() {
    Map<String, OverlapReview> reviews = new HashMap<>();
    query(
        "SELECT * FROM overlap_review",
        List.of(),
        rows ->
            reviews.put(
                rows.getString("project_a") + "|" + rows.getString("project_b"),
                new OverlapReview(
                    rows.getString("verdict"),
                    rows.getString("note"),
                    rows.getString("reviewed_by"),
                    Jdbc.instant(rows, "reviewed_at"),
                    rows.getString("reasons_fingerprint"))));
    return reviews;
  }

  /** Stores (or replaces) the review of the pair a &lt; b. */
  public void saveReview(UUID a, UUID b, OverlapReview review) {
    String sql =
        "INSERT INTO overlap_review (project_a, project_b, verdict, note,"
            + " reasons_fingerprint, reviewed_by, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (project_a, project_b) DO UPDATE SET verdict = excluded.verdict, note ="
            + " excluded.note, reasons_fingerprint = excluded.reasons_fingerprint, reviewed_by ="
            + " excluded.reviewed_by, reviewed_at = excluded.reviewed_at";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      Jdbc.bind(
          connection,
          statement,
          Arrays.asList(
              a,
              b,
              review.verdict(),
              review.note(),
              review.fingerprint(),
              review.reviewedBy(),
              review.reviewedAt()));
      statement.executeUpdate();
    } catch (SQLException e) {
      throw Jdbc.failed("store a review", e);
    }
  }

  private static ProjectProfile profile(ResultSet rows) throws SQLException {
    return new ProjectProfile(
        Jdbc.uuid(rows, "project_id"),
        rows.getString("title"),
        strings(rows.getArray("targets")),
        strings(rows.getArray("areas")),
        uuids(rows.getArray("accountable")),
        funders(rows),
        Jdbc.date(rows, "start_date"),
        Jdbc.date(rows, "end_date"));
  }

  private static Set<UUID> funders(ResultSet rows) throws SQLException {
    Set<UUID> funders = uuids(rows.getArray("funders"));
    funders.addAll(uuids(rows.getArray("providers")));
    return funders;
  }

  private static Set<String> strings(Array array) throws SQLException {
    return array == null ? Set.of() : Set.of((String[]) array.getArray());
  }

  private static Set<UUID> uuids(Array array) throws SQLException {
    Set<UUID> ids = new HashSet<>();
    for (String id : strings(array)) {
      ids.add(UUID.fromString(id));
    }
    return ids;
  }

  private interface RowReader {
    void read(ResultSet rows) throws SQLException;
  }

  private void query(String sql, List<?> values, RowReader reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      Jdbc.bind(connection, statement, values);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    } catch (SQLException e) {
      throw Jdbc.failed("be queried", e);
    }
  }
}
