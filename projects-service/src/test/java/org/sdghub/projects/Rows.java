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

  /** How many history rows the project has. */
  public long historyRowsOf(String id) {
    return count("SELECT count(*) FROM project_history WHERE project_id = ?", UUID.fromString(id));
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
