package org.sdghub.projects;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** A look into the tables, to assert side effects (or their absence) beside the HTTP answers. */
@ApplicationScoped
public class Rows {

  private final AgroalDataSource dataSource;

  Rows(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** How many projects have this IATI identifier, whatever its letter case. */
  public long projectsWithIdentifier(String iatiIdentifier) {
    return count(
        "SELECT count(*) FROM project WHERE iati_identifier_key = upper(?)", iatiIdentifier);
  }

  /** The stored state of a project that changes with any write: "version|updated_at|content". */
  public Optional<String> stateOf(String id) {
    return single(
        "SELECT version || '|' || updated_at || '|' || content::text FROM project WHERE id = ?",
        UUID.fromString(id));
  }

  /** The stored version of a project. */
  public Optional<Long> versionOf(String id) {
    return single("SELECT version FROM project WHERE id = ?", UUID.fromString(id))
        .map(Long::parseLong);
  }

  /** How many outbox rows are about this project. */
  public long outboxRowsOf(String id) {
    return count("SELECT count(*) FROM outbox WHERE aggregate_id = ?", id);
  }

  /** What the inbox made of the event ({@code applied}, {@code stale}…), once it took it. */
  public Optional<String> inboxOutcomeOf(String eventId) {
    return single("SELECT outcome FROM inbox_event WHERE event_id = ?", eventId);
  }

  /** How many history rows the project has. */
  public long historyRowsOf(String id) {
    return count("SELECT count(*) FROM project_history WHERE project_id = ?", UUID.fromString(id));
  }

  /**
   * Changes the project's English title and version straight in its row, as another instance would
   * commit a change: the database announces it to every instance.
   */
  public void retitleElsewhere(String id, String english) {
    update(
        "UPDATE project SET document = jsonb_set(jsonb_set(document, '{title,en}', to_jsonb(?::text)),"
            + " '{version}', to_jsonb(version + 1)), version = version + 1 WHERE id = ?",
        english,
        UUID.fromString(id));
  }

  /**
   * Like {@link #retitleElsewhere}, but with the triggers off, so that nobody hears of it: what a
   * listener misses while it is disconnected.
   */
  public void retitleUnannounced(String id, String english) {
    // Only letters and digits go into the block: DO takes no parameters.
    if (!english.matches("[A-Za-z0-9 ]+")) {
      throw new IllegalArgumentException(english);
    }
    update(
        "DO $$ BEGIN PERFORM set_config('session_replication_role', 'replica', true);"
            + " UPDATE project SET document = jsonb_set(jsonb_set(document, '{title,en}',"
            + " to_jsonb('"
            + english
            + "'::text)), '{version}', to_jsonb(version + 1)), version = version + 1"
            + " WHERE id = '"
            + UUID.fromString(id)
            + "'; END $$");
  }

  /**
   * Runs {@code work} with the project table's change announcements off, so that only what the
   * instance that writes does itself can keep its reads current.
   */
  public void unannounced(Runnable work) {
    update("ALTER TABLE project DISABLE TRIGGER project_changed");
    try {
      work.run();
    } finally {
      update("ALTER TABLE project ENABLE TRIGGER project_changed");
    }
  }

  /** Deletes the project's row (and nothing else), as another instance would commit it. */
  public void deleteElsewhere(String id) {
    update("DELETE FROM project WHERE id = ?", UUID.fromString(id));
  }

  /** Ends the database backends of connections with this application name; answers how many. */
  public long terminateBackendsOf(String applicationName) {
    return count(
        // In the select list, so that only the named backends are ended (WHERE has no order).
        "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
            + " WHERE application_name = ?",
        applicationName);
  }

  /** The process ids of the database backends of connections with this application name. */
  public Optional<String> backendsOf(String applicationName) {
    return single(
        "SELECT string_agg(pid::text, ',' ORDER BY pid) FROM pg_stat_activity"
            + " WHERE application_name = ?",
        applicationName);
  }

  private void update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run " + sql, e);
    }
  }

  private long count(String sql, Object... params) {
    return single(sql, params).map(Long::parseLong).orElseThrow();
  }

  private Optional<String> single(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run " + sql, e);
    }
  }
}
