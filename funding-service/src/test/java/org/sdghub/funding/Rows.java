package org.sdghub.funding;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** A look into the tables, to assert side effects (or their absence) beside the HTTP answers. */
@ApplicationScoped
public class Rows {

  private final AgroalDataSource dataSource;

  Rows(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** How many transactions are on the project. */
  public long transactionsOn(UUID project) {
    return count("SELECT count(*) FROM funding_transaction WHERE project_id = ?", project);
  }

  /** How many disbursements on the project are not withdrawn. */
  public int activeDisbursementsOn(UUID project) {
    return (int)
        count(
            "SELECT count(*) FROM funding_transaction WHERE project_id = ? AND type_code = '3'"
                + " AND NOT withdrawn",
            project);
  }

  /** How many outbox rows name an aggregate whose event data mentions the project. */
  public long outboxRowsAbout(UUID project) {
    return count("SELECT count(*) FROM outbox WHERE payload::text LIKE ?", "%" + project + "%");
  }

  /** How many history rows the transaction has. */
  public long historyRowsOf(String id) {
    return count(
        "SELECT count(*) FROM transaction_revision WHERE transaction_id = ?", UUID.fromString(id));
  }

  /** How many exchange rates are held for the currency on dates of this year. */
  public long ratesIn(String currency, int year) {
    return count(
        "SELECT count(*) FROM exchange_rate WHERE currency = ? AND extract(year FROM rate_date) = ?",
        currency,
        year);
  }

  private long count(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run " + sql, e);
    }
  }
}
