package org.sdghub.platform.internal.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.sdghub.platform.EventHandler;
import org.sdghub.platform.ReceivedEvent;

/**
 * The inbox rule for one event, in the caller's transaction: a seen id is skipped, an unknown type
 * is logged and recorded (not as applied: once a handler for the type is deployed, replaying the
 * topic applies it, or finds it stale), an event not newer than its aggregate's last one is
 * recorded as stale, any other is applied by its handler and recorded. The check and the effect
 * commit together.
 */
@ApplicationScoped
public class InboxProcessor {

  private static final Logger LOG = Logger.getLogger(InboxProcessor.class);

  private final InboxTables tables;
  private final HandlerRegistry handlers;

  InboxProcessor(InboxTables tables, HandlerRegistry handlers) {
    this.tables = tables;
    this.handlers = handlers;
  }

  /** Processes the event; an exception from its handler propagates and must roll back. */
  @Transactional(Transactional.TxType.MANDATORY)
  @ActivateRequestContext
  public InboxOutcome process(ReceivedEvent event) {
    try {
      return processChecked(event);
    } catch (SQLException e) {
      throw new IllegalStateException("The inbox tables could not be read or written", e);
    }
  }

  private InboxOutcome processChecked(ReceivedEvent event) throws SQLException {
    Optional<EventHandler> handler = handlers.handlerOf(event.type());
    InboxOutcome expected = handler.isPresent() ? InboxOutcome.APPLIED : InboxOutcome.UNKNOWN_TYPE;
    InboxTables.Delivery delivery = tables.recordDelivery(event, expected, handler.isPresent());
    boolean advanced = delivery == InboxTables.Delivery.FIRST_ADVANCED;
    if (delivery == InboxTables.Delivery.SEEN) {
      // Seen before as of a type without a handler: now that it has one, a replay applies it.
      boolean skippedBefore = handler.isPresent() && tables.takeUpSkipped(event);
      if (!skippedBefore) {
        LOG.debugf("Skipped event %s from %s: already received", event.id(), event.source());
        return InboxOutcome.DUPLICATE;
      }
      LOG.infof(
          "Taking up event %s from %s, skipped before as its type %s had no handler",
          event.id(), event.source(), event.type());
      advanced = tables.advance(event);
    }
    if (handler.isEmpty()) {
      LOG.infof(
          "Skipped event %s from %s: no handler for its type %s",
          event.id(), event.source(), event.type());
      return InboxOutcome.UNKNOWN_TYPE;
    }
    if (!advanced) {
      tables.setOutcome(event, InboxOutcome.STALE);
      LOG.debugf(
          "Ignored event %s: %s %s is already past sequence %d",
          event.id(), event.source(), event.subject(), event.sequence());
      return InboxOutcome.STALE;
    }
    handler.get().apply(event);
    return InboxOutcome.APPLIED;
  }
}
