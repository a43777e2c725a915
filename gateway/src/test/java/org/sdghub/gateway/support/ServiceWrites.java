package org.sdghub.gateway.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdghub.embedded.EmbeddedServers;

/**
 * What the services behind the gateway have written, as far as a test needs to tell "nothing":
 * every write of theirs adds an outbox row, so the newest row of each service's outbox.
 */
public final class ServiceWrites {

  private static final List<String> DATABASES = List.of("partners", "projects", "funding");

  private ServiceWrites() {}

  /** The newest outbox row of each service, by database. */
  public static Map<String, Long> newest() throws SQLException {
    Map<String, Long> newest = new LinkedHashMap<>();
    var postgres = EmbeddedServers.shared().postgres();
    for (String database : DATABASES) {
      try (Connection c = postgres.connect(database);
          ResultSet rs =
              c.createStatement().executeQuery("SELECT coalesce(max(id), 0) FROM outbox")) {
        rs.next();
        newest.put(database, rs.getLong(1));
      }
    }
    return newest;
  }

  /** The rows this query finds in the database, each as its columns joined by commas. */
  public static List<String> query(String database, String sql) throws SQLException {
    List<String> rows = new java.util.ArrayList<>();
    try (Connection c = EmbeddedServers.shared().postgres().connect(database);
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? "," : "").append(rs.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
