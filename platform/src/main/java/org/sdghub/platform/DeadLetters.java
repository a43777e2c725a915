package org.sdghub.platform;

import java.util.List;
import java.util.Optional;

/**
 * Lists the events the inbox consumer parked after repeated failures, and replays them once their
 * cause is fixed; needs the platform's inbox tables (Flyway location {@code db/platform}).
 */
public interface DeadLetters {

  /** What a replay of every dead letter did. */
  record Replayed(int replayed, int failedAgain) {}

  /** Every parked event, oldest first. */
  List<DeadLetter> list();

  /** A page of the parked events, oldest first, with how many there are. */
  Page<DeadLetter> list(PageRequest request);

  /** One parked event. */
  Optional<DeadLetter> find(long id);

  /**
   * Applies the parked event again through the inbox (so an event meanwhile superseded by a newer
   * one is recorded as stale, not applied) and removes it on success.
   *
   * @return true if it went through and was removed; false if it failed again and stays parked with
   *     the new error and one more attempt
   * @throws java.util.NoSuchElementException if there is no such dead letter
   */
  boolean replay(long id);

  /**
   * Replays every dead letter, oldest first, each as {@link #replay} does in a transaction of its
   * own: those that fail again stay parked, and the others are still replayed.
   */
  Replayed replayAll();
}
