package org.sdghub.gateway.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.sdghub.gateway.domain.WhoWhatWhereDimension;
import org.sdghub.gateway.domain.WhoWhatWhereEntry;
import org.sdghub.gateway.domain.WhoWhatWhereGroup;
import org.sdghub.gateway.domain.WhoWhatWhereQuery;
import org.sdghub.platform.PageRequest;

/**
 * Answers who-what-where queries in PostgreSQL. Grouped measures count distinct projects and
 * organisations per group, and add each (project, recipient country) share of money once per group:
 * the first of its rows in the group carries it (a window numbering the rows of each group, project
 * and country), the others add nothing.
 */
@ApplicationScoped
public class WhoWhatWhereQueries {

  /** Sort fields of the project listing, by API name, to columns of its inner select. */
  public static final Map<String, String> SORTABLE =
      Map.of(
          "title", "title",
          "startDate", "start_date",
          "endDate", "end_date",
          "status", "status",
          "updatedAt", "updated_at");

  private static final String ENTRY_COLUMNS =
      "SELECT r.project_id, p.iati_identifier, p.title->>'en' AS title,"
          + " p.reporting_organisation_id, r.organisation_id, o.name_en, o.acronym, o.type, o.kind,"
          + " r.role, r.confirmation, r.sdg_goal, r.sdg_target, r.country, r.admin_area, r.location_name, r.lat,"
          + " r.lon, r.status, r.start_date, r.end_date, r.budget_usd, r.committed_usd,"
          + " r.disbursed_usd, p.budget_amount, p.budget_currency, p.budget_usd AS"
          + " project_budget_usd, p.budget_rate, p.budget_rate_date, p.budget_rate_source";

  private final AgroalDataSource dataSource;

  WhoWhatWhereQueries(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The groups of a query with one or two groupBy dimensions, largest first. */
  public List<WhoWhatWhereGroup> groups(WhoWhatWhereQuery query) {
    List<WhoWhatWhereDimension> dims = query.groupBy();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < dims.size(); i++) {
      keys.add(WhoWhatWhereSql.column(dims.get(i)) + " AS d" + i);
    }
    String partition = String.join(", ", dims.stream().map(WhoWhatWhereSql::column).toList());
    String groupKeys =
        String.join(
            ", ", java.util.stream.IntStream.range(0, dims.size()).mapToObj(i -> "d" + i).toList());
    WhoWhatWhereSql filter = WhoWhatWhereSql.of(query);
    String sql =
        "SELECT "
            + groupKeys
            + ", count(DISTINCT project_id) AS projects,"
            + " count(DISTINCT organisation_id) AS organisations,"
            + WhoWhatWhereSql.MONEY
            + ","
            + " count(DISTINCT project_id) FILTER (WHERE budget_usd IS NULL) AS without_usd"
            + " FROM (SELECT "
            + String.join(", ", keys)
            + ", r.project_id, r.organisation_id,"
            + WhoWhatWhereSql.moneyColumns(partition)
            + WhoWhatWhereSql.FROM
            + (dims.contains(WhoWhatWhereDimension.YEAR) ? WhoWhatWhereSql.YEARS : "")
            + filter.where
            + ") f GROUP BY "
            + groupKeys
            + " ORDER BY projects DESC, "
            + groupKeys;
    List<WhoWhatWhereGroup> groups = new ArrayList<>();
    query(sql, filter.values, rows -> groups.add(group(rows, dims)));
    return groups;
  }

  /** The ids of one page of matching projects, in the request's order. */
  public List<UUID> projectIds(WhoWhatWhereQuery query, PageRequest page) {
    WhoWhatWhereSql filter = WhoWhatWhereSql.of(query);
    String sql =
        "SELECT id FROM (SELECT DISTINCT p.id AS id, p.title->>'en' AS title, p.start_date,"
            + " p.end_date, p.status, p.updated_at"
            + WhoWhatWhereSql.FROM
            + filter.where
            + ") m ORDER BY "
            + page.orderBy()
            + " LIMIT "
            + page.size()
            + " OFFSET "
            + page.offset();
    List<UUID> ids = new ArrayList<>();
    query(sql, filter.values, rows -> ids.add(Jdbc.uuid(rows, "id")));
    return ids;
  }

  /** How many projects match. */
  public long countProjects(WhoWhatWhereQuery query) {
    WhoWhatWhereSql filter = WhoWhatWhereSql.of(query);
    long[] total = {0};
    query(
        "SELECT count(DISTINCT r.project_id) AS total" + WhoWhatWhereSql.FROM + filter.where,
        filter.values,
        rows -> total[0] = rows.getLong("total"));
    return total[0];
  }

  /** The matching rows of these projects. */
  public List<WhoWhatWhereEntry> entriesOf(WhoWhatWhereQuery query, List<UUID> projects) {
    WhoWhatWhereSql filter = WhoWhatWhereSql.of(query);
    List<Object> values = new ArrayList<>(filter.values);
    values.add(projects);
    List<WhoWhatWhereEntry> entries = new ArrayList<>();
    query(
        ENTRY_COLUMNS
            + WhoWhatWhereSql.FROM
            + filter.where
            + " AND r.project_id = ANY(?)"
            + " ORDER BY r.id",
        values,
        rows -> entries.add(entry(rows)));
    return entries;
  }

  /**
   * Hands every matching row to {@code each}, reading {@code fetchSize} at a time with a cursor
   * (memory stays flat however many rows match). Must not run inside a JTA transaction.
   */
  public void stream(WhoWhatWhereQuery query, int fetchSize, Consumer<WhoWhatWhereEntry> each) {
    WhoWhatWhereSql filter = WhoWhatWhereSql.of(query);
    String sql =
        ENTRY_COLUMNS + WhoWhatWhereSql.FROM + filter.where + " ORDER BY p.iati_identifier, r.id";
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setFetchSize(fetchSize);
        Jdbc.bind(connection, statement, filter.values);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            each.accept(entry(rows));
          }
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw Jdbc.failed("be exported", e);
    }
  }

  private interface RowReader {
    void read(ResultSet rows) throws SQLException;
  }

  private void query(String sql, List<Object> values, RowReader reader) {
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

  private static WhoWhatWhereGroup group(ResultSet rows, List<WhoWhatWhereDimension> dims)
      throws SQLException {
    Map<String, Object> key = new LinkedHashMap<>();
    for (int i = 0; i < dims.size(); i++) {
      Object value = rows.getObject("d" + i);
      key.put(
          dims.get(i).apiName(),
          value instanceof UUID || value == null
              ? value
              : value instanceof Number n ? n.intValue() : value.toString());
    }
    return new WhoWhatWhereGroup(
        key,
        rows.getLong("projects"),
        rows.getLong("organisations"),
        rows.getBigDecimal("budget_usd"),
        rows.getBigDecimal("committed_usd"),
        rows.getBigDecimal("disbursed_usd"),
        rows.getBigDecimal("gap_usd"),
        rows.getLong("without_usd"));
  }

  private static WhoWhatWhereEntry entry(ResultSet rows) throws SQLException {
    return new WhoWhatWhereEntry(
        Jdbc.uuid(rows, "project_id"),
        rows.getString("iati_identifier"),
        rows.getString("title"),
        Jdbc.uuid(rows, "reporting_organisation_id"),
        Jdbc.uuid(rows, "organisation_id"),
        rows.getString("name_en"),
        rows.getString("acronym"),
        rows.getString("type"),
        rows.getString("kind"),
        rows.getString("role"),
        rows.getString("confirmation"),
        Jdbc.integer(rows, "sdg_goal"),
        rows.getString("sdg_target"),
        rows.getString("country"),
        rows.getString("admin_area"),
        rows.getString("location_name"),
        Jdbc.decimal(rows, "lat"),
        Jdbc.decimal(rows, "lon"),
        rows.getString("status"),
        Jdbc.date(rows, "start_date"),
        Jdbc.date(rows, "end_date"),
        rows.getBigDecimal("budget_usd"),
        rows.getBigDecimal("committed_usd"),
        rows.getBigDecimal("disbursed_usd"),
        budget(rows));
  }

  private static WhoWhatWhereEntry.Budget budget(ResultSet rows) throws SQLException {
    BigDecimal amount = rows.getBigDecimal("budget_amount");
    BigDecimal rate = rows.getBigDecimal("budget_rate");
    return amount == null
        ? null
        : new WhoWhatWhereEntry.Budget(
            amount,
            rows.getString("budget_currency"),
            rows.getBigDecimal("project_budget_usd"),
            rate,
            Jdbc.date(rows, "budget_rate_date"),
            rows.getString("budget_rate_source"));
  }
}
