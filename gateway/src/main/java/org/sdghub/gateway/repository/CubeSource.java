package org.sdghub.gateway.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.sdghub.gateway.domain.WhoWhatWhereCube;

/**
 * What the in-memory who-what-where index is read from: the rows of {@code www_row} (all of them,
 * or some projects'), the organisations' kinds and types, and the change feed, which says which
 * projects and organisations an applied event touched.
 */
@ApplicationScoped
public class CubeSource {

  /**
   * How far the read model has got: the last change-feed entry and the last time any event was
   * applied, read in one statement (so one snapshot).
   */
  public record Mark(long feedId, Instant appliedAt) {}

  /**
   * A change-feed entry: its id, type, subject and, for funding events, the project (of a
   * transaction) or the currency (of an exchange rate).
   */
  public record Touch(long id, String type, String subject, String projectId, String currency) {}

  /** An organisation's kind and type. */
  public record Organisation(UUID id, String kind, String type) {}

  private static final String ROWS =
      "SELECT r.project_id, r.country, r.admin_area, r.sdg_goal, r.sdg_target,"
          + " r.organisation_id, r.role, r.status, r.start_date, r.end_date, r.budget_usd,"
          + " r.committed_usd, r.disbursed_usd, p.title->>'en' AS title, p.status AS p_status,"
          + " p.start_date AS p_start, p.end_date AS p_end, p.updated_at FROM www_row r"
          + " JOIN www_project p ON p.id = r.project_id WHERE NOT p.deleted";

  private final AgroalDataSource dataSource;

  CubeSource(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Mark mark() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT (SELECT coalesce(max(id), 0) FROM change_feed) AS feed_id,"
                    + " (SELECT max(last_applied_at) FROM read_model_position) AS applied_at")) {
      rows.next();
      return new Mark(rows.getLong("feed_id"), Jdbc.instant(rows, "applied_at"));
    } catch (SQLException e) {
      throw Jdbc.failed("say how far it has got", e);
    }
  }

  /** Every project's rows, project by project, read {@code fetchSize} rows at a time. */
  public void allRows(int fetchSize, BiConsumer<UUID, List<WhoWhatWhereCube.Row>> each) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement statement =
          connection.prepareStatement(ROWS + " ORDER BY r.project_id, r.id")) {
        statement.setFetchSize(fetchSize);
        try (ResultSet rows = statement.executeQuery()) {
          UUID current = null;
          List<WhoWhatWhereCube.Row> slice = new ArrayList<>();
          while (rows.next()) {
            UUID project = Jdbc.uuid(rows, "project_id");
            if (!project.equals(current)) {
              if (current != null) {
                each.accept(current, slice);
              }
              current = project;
              slice = new ArrayList<>();
            }
            slice.add(row(rows));
          }
          if (current != null) {
            each.accept(current, slice);
          }
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw Jdbc.failed("be read into the index", e);
    }
  }

  /** These projects' rows; a project without rows (deleted, or gone) maps to an empty list. */
  public Map<UUID, List<WhoWhatWhereCube.Row>> rowsOf(Collection<UUID> projects) {
    Map<UUID, List<WhoWhatWhereCube.Row>> result = new HashMap<>();
    projects.forEach(p -> result.put(p, new ArrayList<>()));
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(ROWS + " AND r.project_id = ANY(?) ORDER BY r.id")) {
      Jdbc.bind(connection, statement, List.of(List.copyOf(projects)));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          result.get(Jdbc.uuid(rows, "project_id")).add(row(rows));
        }
      }
    } catch (SQLException e) {
      throw Jdbc.failed("be read into the index", e);
    }
    return result;
  }

  /** The kinds and types of these organisations, or of all when {@code ids} is null. */
  public List<Organisation> organisations(Collection<UUID> ids) {
    String sql = "SELECT id, kind, type FROM www_organisation";
    List<Organisation> result = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(ids == null ? sql : sql + " WHERE id = ANY(?)")) {
      if (ids != null) {
        Jdbc.bind(connection, statement, List.of(List.copyOf(ids)));
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          result.add(
              new Organisation(
                  Jdbc.uuid(rows, "id"), rows.getString("kind"), rows.getString("type")));
        }
      }
    } catch (SQLException e) {
      throw Jdbc.failed("be read into the index", e);
    }
    return result;
  }

  /** Up to {@code limit} change-feed entries after {@code after}, in order. */
  public List<Touch> touchedAfter(long after, int limit) {
    List<Touch> result = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT id, type, subject, data->>'projectId' AS project_id,"
                    + " data->>'currency' AS currency FROM change_feed"
                    + " WHERE id > ? ORDER BY id LIMIT ?")) {
      statement.setLong(1, after);
      statement.setInt(2, limit);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          result.add(
              new Touch(
                  rows.getLong("id"),
                  rows.getString("type"),
                  rows.getString("subject"),
                  rows.getString("project_id"),
                  rows.getString("currency")));
        }
      }
    } catch (SQLException e) {
      throw Jdbc.failed("say what changed", e);
    }
    return result;
  }

  /** The projects whose budget is in one of these currencies (a rate of it may convert them). */
  public List<UUID> projectsBudgetedIn(Collection<String> currencies) {
    List<UUID> result = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT id FROM www_project WHERE budget_currency = ANY(?) AND NOT deleted")) {
      Jdbc.bind(connection, statement, List.of(List.copyOf(currencies)));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          result.add(Jdbc.uuid(rows, "id"));
        }
      }
    } catch (SQLException e) {
      throw Jdbc.failed("say which budgets a rate converts", e);
    }
    return result;
  }

  private static WhoWhatWhereCube.Row row(ResultSet rows) throws SQLException {
    return new WhoWhatWhereCube.Row(
        rows.getString("country"),
        rows.getString("admin_area"),
        Jdbc.integer(rows, "sdg_goal"),
        rows.getString("sdg_target"),
        Jdbc.uuid(rows, "organisation_id"),
        rows.getString("role"),
        rows.getString("status"),
        Jdbc.date(rows, "start_date"),
        Jdbc.date(rows, "end_date"),
        Jdbc.money(rows, "budget_usd"),
        Jdbc.money(rows, "committed_usd"),
        Jdbc.money(rows, "disbursed_usd"),
        rows.getString("title"),
        rows.getString("p_status"),
        Jdbc.date(rows, "p_start"),
        Jdbc.date(rows, "p_end"),
        Jdbc.instant(rows, "updated_at"));
  }
}
