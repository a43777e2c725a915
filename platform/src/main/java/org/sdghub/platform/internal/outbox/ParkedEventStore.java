package org.sdghub.platform.internal.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;
import org.sdghub.platform.ParkedEvent;
import org.sdghub.platform.ParkedEvents;

/** The parked rows of the {@code outbox} table, read and handed back to the relay. */
@ApplicationScoped
public class ParkedEventStore implements ParkedEvents {

  private static final String COLUMNS =
      "id, event_id, type, topic, aggregate_id, sequence, octet_length(payload) AS bytes,"
          + " attempts, last_error, created_at, parked_at";
  private static final String PAGE =
      "SELECT " + COLUMNS + " FROM outbox WHERE parked_at IS NOT NULL ORDER BY id LIMIT ? OFFSET ?";
  private static final String ONE =
      "SELECT " + COLUMNS + " FROM outbox WHERE parked_at IS NOT NULL AND id = ?";
  private static final String COUNT = "SELECT count(*) FROM outbox WHERE parked_at IS NOT NULL";
  private static final String UNPARK =
      "UPDATE outbox SET parked_at = NULL, attempts = 0 WHERE parked_at IS NOT NULL";
  // The relays LISTEN on the channel the insert trigger uses: a replayed row is sent at once.
  private static final String WAKE_RELAYS = "SELECT pg_notify('" + OutboxSignals.CHANNEL + "', '')";

  private final AgroalDataSource dataSource;

  ParkedEventStore(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Page<ParkedEvent> list(PageRequest request) {
    try (Connection connection = dataSource.getConnection()) {
      List<ParkedEvent> items = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(PAGE)) {
        select.setInt(1, request.size());
        select.setLong(2, request.offset());
        try (ResultSet result = select.executeQuery()) {
          while (result.next()) {
            items.add(read(result));
          }
        }
      }
      try (Statement count = connection.createStatement();
          ResultSet result = count.executeQuery(COUNT)) {
        result.next();
        return Page.of(items, request, result.getLong(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the parked outbox rows", e);
    }
  }

  @Override
  public Optional<ParkedEvent> find(long id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(ONE)) {
      select.setLong(1, id);
      try (ResultSet result = select.executeQuery()) {
        return result.next() ? Optional.of(read(result)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read parked outbox row " + id, e);
    }
  }

  @Override
  public void replay(long id) {
    if (unpark(UNPARK + " AND id = ?", id) == 0) {
      throw new NoSuchElementException("No parked outbox row " + id);
    }
  }

  @Override
  public int replayAll() {
    return unpark(UNPARK, null);
  }

  private int unpark(String sql, Long id) {
    try (Connection connection = dataSource.getConnection()) {
      int unparked;
      try (PreparedStatement update = connection.prepareStatement(sql)) {
        if (id != null) {
          update.setLong(1, id);
        }
        unparked = update.executeUpdate();
      }
      if (unparked > 0) {
        try (Statement wake = connection.createStatement()) {
          wake.execute(WAKE_RELAYS);
        }
      }
      return unparked;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not hand parked outbox rows back to the relay", e);
    }
  }

  private static ParkedEvent read(ResultSet result) throws SQLException {
    return new ParkedEvent(
        result.getLong("id"),
        result.getString("event_id"),
        result.getString("type"),
        result.getString("topic"),
        result.getString("aggregate_id"),
        result.getLong("sequence"),
        result.getInt("bytes"),
        result.getInt("attempts"),
        result.getString("last_error"),
        result.getObject("created_at", OffsetDateTime.class),
        result.getObject("parked_at", OffsetDateTime.class));
  }
}
