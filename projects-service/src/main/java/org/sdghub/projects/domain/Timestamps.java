package org.sdghub.projects.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current instant at the precision PostgreSQL stores, so that what is returned is kept. */
public final class Timestamps {

  private Timestamps() {}

  /** Now, truncated to microseconds. */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
