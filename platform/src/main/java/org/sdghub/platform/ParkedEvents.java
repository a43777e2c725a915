package org.sdghub.platform;

import java.util.Optional;

/**
 * Lists the outbox rows the relay parked and hands them back to it once their cause is fixed (the
 * broker's size limit raised, say); needs the platform's outbox table (Flyway location {@code
 * db/platform}). A replayed row is published by the relay's next batch, after the rows it let
 * through: consumers skip it if their copy of its aggregate is already newer (events carry the full
 * state).
 */
public interface ParkedEvents {

  /** A page of the parked rows, oldest first. */
  Page<ParkedEvent> list(PageRequest request);

  /** One parked row. */
  Optional<ParkedEvent> find(long id);

  /**
   * Hands one parked row back to the relay, with its attempts counted from zero.
   *
   * @throws java.util.NoSuchElementException if no row of this id is parked
   */
  void replay(long id);

  /** Hands every parked row back to the relay; returns how many. */
  int replayAll();
}
