package org.sdghub.gateway.repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Small JDBC helpers for the read model's hand-written SQL: binding and reading nullable values.
 */
final class Jdbc {

  private Jdbc() {}

  /** Binds each value by its Java type; lists bind as SQL arrays of their element's type. */
  static void bind(Connection connection, PreparedStatement statement, List<?> values)
      throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      bindOne(connection, statement, i + 1, values.get(i));
    }
  }

  private static void bindOne(Connection connection, PreparedStatement statement, int at, Object v)
      throws SQLException {
    if (v == null) {
      statement.setNull(at, Types.OTHER);
    } else if (v instanceof LocalDate date) {
      statement.setDate(at, Date.valueOf(date));
    } else if (v instanceof Instant instant) {
      statement.setTimestamp(at, Timestamp.from(instant));
    } else if (v instanceof List<?> list) {
      statement.setArray(at, connection.createArrayOf(arrayType(list), list.toArray()));
    } else {
      statement.setObject(at, v);
    }
  }

  private static String arrayType(List<?> list) {
    if (list.isEmpty()) {
      return "text";
    }
    Object first = list.get(0);
    if (first instanceof Integer) {
      return "integer";
    }
    return first instanceof UUID ? "uuid" : "text";
  }

  static LocalDate date(ResultSet rows, String column) throws SQLException {
    Date value = rows.getDate(column);
    return value == null ? null : value.toLocalDate();
  }

  static Instant instant(ResultSet rows, String column) throws SQLException {
    Timestamp value = rows.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  static UUID uuid(ResultSet rows, String column) throws SQLException {
    return rows.getObject(column, UUID.class);
  }

  static Integer integer(ResultSet rows, String column) throws SQLException {
    int value = rows.getInt(column);
    return rows.wasNull() ? null : value;
  }

  static Double decimal(ResultSet rows, String column) throws SQLException {
    double value = rows.getDouble(column);
    return rows.wasNull() ? null : value;
  }

  static BigDecimal money(ResultSet rows, String column) throws SQLException {
    return rows.getBigDecimal(column);
  }

  /** Reads one row of a result. */
  interface RowReader {
    void read(ResultSet rows) throws SQLException;
  }

  /** Runs a statement with these values in the caller's transaction; the rows it changed. */
  static int update(DataSource dataSource, String sql, List<?> values) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(connection, statement, values);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw failed("be written", e);
    }
  }

  /** Runs a query with these values and hands each row to {@code reader}. */
  static void query(DataSource dataSource, String sql, List<?> values, RowReader reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(connection, statement, values);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    } catch (SQLException e) {
      throw failed("be queried", e);
    }
  }

  static IllegalStateException failed(String what, SQLException e) {
    return new IllegalStateException("The read model could not " + what, e);
  }
}
