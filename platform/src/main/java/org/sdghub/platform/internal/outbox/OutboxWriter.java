package org.sdghub.platform.internal.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.sdghub.platform.DomainEvent;
import org.sdghub.platform.EventSchemas;
import org.sdghub.platform.Outbox;
import org.sdghub.platform.internal.events.CloudEventCodec;
import org.sdghub.platform.internal.events.EventsConfig;

/**
 * Writes outbox rows with plain JDBC on the data source that Hibernate uses too, so the row joins
 * the caller's JTA transaction and commits or rolls back with the state change.
 */
@ApplicationScoped
public class OutboxWriter implements Outbox {

  private static final String INSERT =
      "INSERT INTO outbox (event_id, aggregate_id, type, topic, sequence, payload)"
          + " VALUES (?, ?, ?, ?, ?, ?)";

  private final TransactionManager transactions;
  private final AgroalDataSource dataSource;
  private final ObjectMapper mapper;
  private final EventsConfig config;

  OutboxWriter(
      TransactionManager transactions,
      AgroalDataSource dataSource,
      ObjectMapper mapper,
      EventsConfig config) {
    this.transactions = transactions;
    this.dataSource = dataSource;
    this.mapper = mapper;
    this.config = config;
  }

  @Override
  public UUID append(DomainEvent event) {
    String topic =
        config
            .topic()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "sdghub.events.topic is not set: this service publishes no events"));
    return append(topic, event);
  }

  /** Appends an event for another topic than the service's own (the platform's tests use it). */
  public UUID append(String topic, DomainEvent event) {
    requireActiveTransaction();
    UUID id = UUID.randomUUID();
    CloudEvent cloudEvent =
        CloudEventCodec.envelope(event, id, config.source(), CloudEventCodec.now(), mapper);
    if (config.validateOnAppend()) {
      requireValid(event.type(), cloudEvent);
    }
    insert(topic, event, id, CloudEventCodec.encode(cloudEvent));
    return id;
  }

  private void requireActiveTransaction() {
    int status;
    try {
      status = transactions.getStatus();
    } catch (SystemException e) {
      throw new IllegalStateException("Cannot tell whether a transaction is active", e);
    }
    if (status != Status.STATUS_ACTIVE) {
      throw new IllegalStateException(
          "Outbox.append needs the active transaction of the state change it reports (call it"
              + " from a @Transactional service method); transaction status is "
              + status);
    }
  }

  private static void requireValid(String type, CloudEvent event) {
    List<String> violations = EventSchemas.violations(type, CloudEventCodec.dataOf(event));
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException(
          "The data of this " + type + " event does not match its schema: " + violations);
    }
  }

  private void insert(String topic, DomainEvent event, UUID id, byte[] payload) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setObject(1, id);
      insert.setString(2, event.aggregateId());
      insert.setString(3, event.type());
      insert.setString(4, topic);
      insert.setLong(5, event.sequence());
      insert.setString(6, new String(payload, StandardCharsets.UTF_8));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write the outbox row of " + event.type(), e);
    }
  }
}
