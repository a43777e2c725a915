package org.sdghub.platform.internal.inbox;

/**
 * What the inbox did with a received event; all but {@link #DUPLICATE} are recorded with its id.
 */
public enum InboxOutcome {
  /** Its handler applied it. */
  APPLIED("applied"),
  /** Its sequence was not newer than the aggregate's: recorded as seen, not applied. */
  STALE("stale"),
  /** No handler takes its type: logged with its id, recorded, not applied. */
  UNKNOWN_TYPE("unknown-type"),
  /** Its id was already recorded: only the delivery was counted. */
  DUPLICATE(null);

  private final String column;

  InboxOutcome(String column) {
    this.column = column;
  }

  /** The value in {@code inbox_event.outcome}. */
  public String column() {
    return column;
  }
}
