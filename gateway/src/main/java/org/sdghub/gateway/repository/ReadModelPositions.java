package org.sdghub.gateway.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Reads the time of the last applied event per topic ({@code read_model_position}). */
@ApplicationScoped
public class ReadModelPositions {

  private final AgroalDataSource dataSource;

  ReadModelPositions(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Map<String, Instant> lastEventTimes() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT topic, last_event_time FROM read_model_position");
        ResultSet rows = statement.executeQuery()) {
      Map<String, Instant> times = new HashMap<>();
      while (rows.next()) {
        times.put(rows.getString("topic"), Jdbc.instant(rows, "last_event_time"));
      }
      return times;
    } catch (SQLException e) {
      throw Jdbc.failed("read its positions", e);
    }
  }
}
