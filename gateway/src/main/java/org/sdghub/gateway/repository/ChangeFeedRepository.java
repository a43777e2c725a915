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
import java.util.Arrays;
import java.util.List;
import org.sdghub.gateway.domain.ChangeFeedEntry;
import org.sdghub.gateway.domain.ChangeFeedFilter;
import org.sdghub.gateway.domain.ChangeFeedTags;

/**
 * The gateway's stored, ordered log of public events ({@code change_feed}). Appends take a
 * transaction-scoped advisory lock so that positions are given and committed in one order: a reader
 * that has seen position n never later finds a smaller one appear.
 */
@ApplicationScoped
public class ChangeFeedRepository {

  private static final long APPEND_LOCK = 0x5d9_c4a9_6e_f33dL;
  private static final String APPEND =
      "INSERT INTO change_feed (id, event_id, source, type, subject, time, data, countries,"
          + " admin_areas, sdg_goals, sdg_targets, organisations, statuses) SELECT"
          + " coalesce(max(id), 0) + 1, ?, ?, ?, ?, ?, ?::jsonb, ?::text[], ?::text[], ?::integer[], ?::text[], ?::uuid[], ?::text[]"
          + " FROM change_feed"
          + " ON CONFLICT (source, event_id) DO NOTHING";

  private static final Object LOCKED = new Object();

  private final AgroalDataSource dataSource;
  private final OncePerTransaction once;

  ChangeFeedRepository(AgroalDataSource dataSource, OncePerTransaction once) {
    this.dataSource = dataSource;
    this.once = once;
  }

  /**
   * Appends an event; must run inside the transaction that applies it. The lock is taken with the
   * transaction's first append and held until it ends.
   */
  public void append(
      String eventId,
      String source,
      String type,
      String subject,
      Instant time,
      String data,
      ChangeFeedTags tags) {
    List<Object> values =
        Arrays.asList(
            eventId,
            source,
            type,
            subject,
            time,
            data,
            tags.countries(),
            tags.adminAreas(),
            tags.sdgGoals(),
            tags.sdgTargets(),
            tags.organisations(),
            tags.statuses());
    try (Connection connection = dataSource.getConnection()) {
      if (once.first(LOCKED)) {
        try (Statement lock = connection.createStatement()) {
          lock.execute("SELECT pg_advisory_xact_lock(" + APPEND_LOCK + ")");
        }
      }
      try (PreparedStatement statement = connection.prepareStatement(APPEND)) {
        Jdbc.bind(connection, statement, values);
        statement.executeUpdate();
      }
    } catch (SQLException e) {
      throw Jdbc.failed("append to the change feed", e);
    }
  }

  /**
   * Up to {@code limit} entries after position {@code after} matching the filter, oldest first,
   * recorded after {@code notBefore} (the retention window).
   */
  public List<ChangeFeedEntry> after(
      long after, ChangeFeedFilter filter, Instant notBefore, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, event_id, source, type, subject, time, data::text AS data FROM change_feed"
                + " WHERE id > ? AND recorded_at >= ?");
    List<Object> values = new ArrayList<>(List.of(after, notBefore));
    appendFilter(filter, sql, values);
    sql.append(" ORDER BY id LIMIT ").append(limit);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      Jdbc.bind(connection, statement, values);
      List<ChangeFeedEntry> entries = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          entries.add(entry(rows));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw Jdbc.failed("read the change feed", e);
    }
  }

  /** The newest position, 0 when the feed is empty. */
  public long head() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT coalesce(max(id), 0) FROM change_feed")) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw Jdbc.failed("read the change feed's head", e);
    }
  }

  /** Deletes what was recorded before the retention window; returns how many. */
  public int purgeBefore(Instant cutoff) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("DELETE FROM change_feed WHERE recorded_at < ?")) {
      Jdbc.bind(connection, statement, List.of(cutoff));
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw Jdbc.failed("purge the change feed", e);
    }
  }

  private static ChangeFeedEntry entry(ResultSet rows) throws SQLException {
    return new ChangeFeedEntry(
        rows.getLong("id"),
        rows.getString("event_id"),
        rows.getString("source"),
        rows.getString("type"),
        rows.getString("subject"),
        Jdbc.instant(rows, "time"),
        rows.getString("data"));
  }

  private static void appendFilter(
      ChangeFeedFilter filter, StringBuilder sql, List<Object> values) {
    if (!filter.types().isEmpty()) {
      sql.append(" AND type = ANY(?)");
      values.add(filter.types());
    }
    overlap(sql, values, "countries", "text", filter.countries());
    overlap(sql, values, "admin_areas", "text", filter.adminAreas());
    overlap(sql, values, "sdg_goals", "integer", filter.sdgGoals());
    overlap(sql, values, "sdg_targets", "text", filter.sdgTargets());
    overlap(sql, values, "organisations", "uuid", filter.organisations());
    overlap(sql, values, "statuses", "text", filter.statuses());
  }

  private static void overlap(
      StringBuilder sql, List<Object> values, String column, String type, List<?> wanted) {
    if (!wanted.isEmpty()) {
      sql.append(" AND ").append(column).append(" && ?::").append(type).append("[]");
      values.add(wanted);
    }
  }
}
