package org.sdghub.platform.testing.http;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Test-only look into the tables, to assert side effects (or their absence). */
@ApplicationScoped
public class Rows {

  private final AgroalDataSource dataSource;

  Rows(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  long widgetsIn(String batch) throws SQLException {
    return count("SELECT count(*) FROM test_widget WHERE batch = ?", batch);
  }

  long storedResponses(UUID organisation, String key) throws SQLException {
    return count(
        "SELECT count(*) FROM idempotency_key WHERE organisation_id = ? AND idempotency_key = ?",
        organisation,
        key);
  }

  void expire(UUID organisation, String key) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE idempotency_key SET expires_at = now() - interval '1 second'"
                    + " WHERE organisation_id = ? AND idempotency_key = ?")) {
      s.setObject(1, organisation);
      s.setString(2, key);
      s.executeUpdate();
    }
  }

  private long count(String sql, Object... params) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
