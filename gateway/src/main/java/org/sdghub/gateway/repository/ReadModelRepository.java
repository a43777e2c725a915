package org.sdghub.gateway.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sdghub.gateway.domain.ProjectMoney;
import org.sdghub.gateway.domain.ReadModelOrganisation;
import org.sdghub.gateway.domain.ReadModelProject;
import org.sdghub.gateway.domain.UsdConversion;
import org.sdghub.gateway.domain.WhoWhatWhereRow;

/**
 * Writes the who-what-where read model's state tables ({@code www_organisation}, {@code
 * www_project}, {@code www_row}, {@code read_model_position}; the money's are {@link
 * FundingReadModel}'s). Every method must run inside the caller's transaction (the inbox's, or a
 * rebuild's): the connection joins it.
 */
@ApplicationScoped
public class ReadModelRepository {

  private static final String UPSERT_ORGANISATION =
      "INSERT INTO www_organisation (id, version, name_en, names, acronym, type, kind, archived,"
          + " updated_at) VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
          + " version = excluded.version, name_en = excluded.name_en, names = excluded.names,"
          + " acronym = excluded.acronym, type = excluded.type, kind = excluded.kind,"
          + " archived = excluded.archived, updated_at = excluded.updated_at"
          + " WHERE www_organisation.version < excluded.version";
  private static final String UPSERT_PROJECT =
      "INSERT INTO www_project (id, version, deleted, iati_identifier, reporting_organisation_id,"
          + " title, status, start_date, end_date, budget_amount, budget_currency, budget_date,"
          + " budget_usd, budget_rate, budget_rate_date, budget_rate_source, committed_usd,"
          + " disbursed_usd, updated_at) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version, deleted ="
          + " excluded.deleted, iati_identifier = excluded.iati_identifier,"
          + " reporting_organisation_id = excluded.reporting_organisation_id, title ="
          + " excluded.title, status = excluded.status, start_date = excluded.start_date,"
          + " end_date = excluded.end_date, budget_amount = excluded.budget_amount,"
          + " budget_currency = excluded.budget_currency, budget_date = excluded.budget_date,"
          + " budget_usd = excluded.budget_usd, budget_rate = excluded.budget_rate,"
          + " budget_rate_date = excluded.budget_rate_date, budget_rate_source ="
          + " excluded.budget_rate_source, committed_usd = excluded.committed_usd, disbursed_usd ="
          + " excluded.disbursed_usd, updated_at = excluded.updated_at"
          + " WHERE www_project.version < excluded.version"
          // A row inserted rather than updated has no deleting transaction yet.
          + " RETURNING xmax = 0 AS inserted";
  private static final String INSERT_ROW =
      "INSERT INTO www_row (project_id, country, admin_area, location_name, lat, lon, sdg_goal,"
          + " sdg_target, organisation_id, role, confirmation, status, start_date, end_date,"
          + " country_share, budget_usd, committed_usd, disbursed_usd) VALUES (?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String POSITION =
      "INSERT INTO read_model_position (topic, last_event_time, last_applied_at, applied_events)"
          + " VALUES (?, ?, now(), ?) ON CONFLICT (topic) DO UPDATE SET last_event_time ="
          + " greatest(read_model_position.last_event_time, excluded.last_event_time),"
          + " last_applied_at = now(), applied_events = read_model_position.applied_events"
          + " + excluded.applied_events";

  /** Per topic, the newest event time applied in this transaction and how many were applied. */
  private static final class Positions {
    private final Map<String, Instant> newest = new TreeMap<>();
    private final Map<String, Long> applied = new HashMap<>();

    void note(String topic, Instant eventTime) {
      newest.merge(topic, eventTime, (a, b) -> a.isAfter(b) ? a : b);
      applied.merge(topic, 1L, Long::sum);
    }
  }

  private static final Object POSITIONS = new Object();

  private final AgroalDataSource dataSource;
  private final ObjectMapper mapper;
  private final OncePerTransaction once;

  ReadModelRepository(AgroalDataSource dataSource, ObjectMapper mapper, OncePerTransaction once) {
    this.dataSource = dataSource;
    this.mapper = mapper;
    this.once = once;
  }

  /** Keeps the organisation's state if it is newer than the one held; true if it did. */
  public boolean saveIfNewer(ReadModelOrganisation o) {
    return update(
            UPSERT_ORGANISATION,
            List.of(o.id(), o.version(), o.englishName(), json(o.names())),
            Arrays.asList(o.acronym(), o.type(), o.kind(), o.archived(), o.updatedAt()))
        == 1;
  }

  /**
   * Replaces the project's state, its money and its rows if its version is newer than the one held
   * (deleted ones included); true if it did.
   */
  public boolean saveIfNewer(ReadModelProject p, ProjectMoney money, List<WhoWhatWhereRow> rows) {
    UsdConversion budget = money.budget();
    List<Object> values =
        Arrays.asList(
            p.id(),
            p.version(),
            p.deleted(),
            p.iatiIdentifier(),
            p.reportingOrganisationId(),
            json(p.title()),
            p.status(),
            p.start(),
            p.end(),
            p.budgetAmount(),
            p.budgetCurrency(),
            p.budgetDate(),
            money.budgetUsd(),
            budget == null ? null : budget.unitsPerUsd(),
            budget == null ? null : budget.rateDate(),
            budget == null ? null : budget.source(),
            money.committedUsd(),
            money.disbursedUsd(),
            p.updatedAt());
    try (Connection connection = dataSource.getConnection()) {
      Boolean inserted;
      try (PreparedStatement statement = connection.prepareStatement(UPSERT_PROJECT)) {
        Jdbc.bind(connection, statement, values);
        try (ResultSet result = statement.executeQuery()) {
          inserted = result.next() ? result.getBoolean("inserted") : null;
        }
      }
      if (inserted == null) {
        return false;
      }
      if (!inserted) {
        try (PreparedStatement delete =
            connection.prepareStatement("DELETE FROM www_row WHERE project_id = ?")) {
          delete.setObject(1, p.id());
          delete.executeUpdate();
        }
      }
      insertRows(connection, rows);
      return true;
    } catch (SQLException e) {
      throw Jdbc.failed("be written", e);
    }
  }

  /**
   * Notes that an event of the topic, of this time, was applied; written once per transaction, just
   * before it commits.
   */
  public void recordPosition(String topic, Instant eventTime) {
    once.get(POSITIONS, Positions::new, this::writePositions).note(topic, eventTime);
  }

  private void writePositions(Positions positions) {
    for (Map.Entry<String, Instant> topic : positions.newest.entrySet()) {
      update(
          POSITION,
          List.of(topic.getKey(), topic.getValue(), positions.applied.get(topic.getKey())),
          List.of());
    }
  }

  /**
   * Empties the state tables for a rebuild, first locking them against the inbox's writes until the
   * transaction ends (readers still see the previous state until it commits).
   */
  public void clearForRebuild() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "LOCK TABLE www_organisation, www_project, www_row, www_transaction,"
              + " www_exchange_rate, read_model_position IN EXCLUSIVE MODE");
      statement.execute("DELETE FROM www_row");
      statement.execute("DELETE FROM www_project");
      statement.execute("DELETE FROM www_organisation");
      statement.execute("DELETE FROM www_transaction");
      statement.execute("DELETE FROM www_exchange_rate");
      statement.execute("DELETE FROM read_model_position");
    } catch (SQLException e) {
      throw Jdbc.failed("be cleared", e);
    }
  }

  private void insertRows(Connection connection, List<WhoWhatWhereRow> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(INSERT_ROW)) {
      for (WhoWhatWhereRow r : rows) {
        Jdbc.bind(connection, statement, values(r));
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  private static List<Object> values(WhoWhatWhereRow r) {
    return Arrays.asList(
        r.projectId(),
        r.country(),
        r.adminArea(),
        r.locationName(),
        r.lat(),
        r.lon(),
        r.sdgGoal(),
        r.sdgTarget(),
        r.organisationId(),
        r.role(),
        r.confirmation(),
        r.status(),
        r.start(),
        r.end(),
        r.countryShare(),
        r.budgetUsd(),
        r.committedUsd(),
        r.disbursedUsd());
  }

  private int update(String sql, List<?> first, List<?> rest) {
    List<Object> values = new ArrayList<>(first);
    values.addAll(rest);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      Jdbc.bind(connection, statement, values);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw Jdbc.failed("be written", e);
    }
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not writable as JSON", e);
    }
  }
}
