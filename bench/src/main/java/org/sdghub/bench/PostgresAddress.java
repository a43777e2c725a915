package org.sdghub.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Host, port and database of a PostgreSQL JDBC URL, for tools that take them apart (pgbench).
 *
 * @param host host name or address
 * @param port TCP port, 5432 when the URL names none
 * @param database database name
 */
record PostgresAddress(String host, int port, String database) {

  private static final Pattern URL =
      Pattern.compile("jdbc:postgresql://([^/:?,\\[\\]]+)(?::(\\d+))?/([^?]*)(?:\\?.*)?");

  /** Reads a single-host URL such as {@code jdbc:postgresql://127.0.0.1:5432/bench}. */
  static PostgresAddress of(String jdbcUrl) {
    Matcher m = URL.matcher(jdbcUrl);
    if (!m.matches() || m.group(3).isEmpty()) {
      throw new IllegalArgumentException(
          "pgbench needs a single-host URL jdbc:postgresql://host[:port]/database, not " + jdbcUrl);
    }
    int port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
    return new PostgresAddress(m.group(1), port, m.group(3));
  }
}
