package org.sdghub.platform;

import java.util.Set;

/**
 * Applies received events of some types to a consuming service's state; implement it as a CDI bean
 * and the platform's inbox consumer calls it (needs {@code sdghub.events.consumer.group-id} and
 * {@code sdghub.events.consumer.topics}).
 *
 * <p>{@link #apply} runs inside the inbox's transaction, once per event id and only for an event
 * newer than the aggregate's last applied sequence: it needs no checks of its own for duplicates or
 * order. An exception rolls the transaction back; the event is retried and, if it keeps failing,
 * parked in the dead-letter table (see {@link DeadLetters}).
 */
public interface EventHandler {

  /** The event types this handler applies; one type has at most one handler. */
  Set<String> types();

  /** Applies the event to the service's state, in the caller's transaction. */
  void apply(ReceivedEvent event);
}
