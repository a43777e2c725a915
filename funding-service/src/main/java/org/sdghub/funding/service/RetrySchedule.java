package org.sdghub.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.sdghub.funding.config.WebhooksConfig;

/**
 * When a failed message is tried again: the configured schedule with jitter, or later if the
 * receiver's Retry-After asks for it (up to a bound); never once the schedule is used up.
 */
@ApplicationScoped
public class RetrySchedule {

  private final List<Duration> pauses;
  private final double jitter;
  private final Duration retryAfterMax;

  RetrySchedule(WebhooksConfig config) {
    this.pauses = List.copyOf(config.retrySchedule());
    this.jitter = config.jitter();
    this.retryAfterMax = config.retryAfterMax();
  }

  /** The pause before the next attempt after {@code attemptsMade} attempts; empty: give up. */
  public Optional<Duration> next(int attemptsMade, String retryAfter) {
    if (attemptsMade >= pauses.size()) {
      return Optional.empty();
    }
    Duration pause = jittered(pauses.get(attemptsMade));
    Duration asked = retryAfter(retryAfter).map(this::bounded).orElse(Duration.ZERO);
    return Optional.of(asked.compareTo(pause) > 0 ? asked : pause);
  }

  private Duration jittered(Duration pause) {
    double factor = 1 + (jitter == 0 ? 0 : ThreadLocalRandom.current().nextDouble(-jitter, jitter));
    return Duration.ofMillis(Math.round(pause.toMillis() * factor));
  }

  private Duration bounded(Duration asked) {
    return asked.compareTo(retryAfterMax) > 0 ? retryAfterMax : asked;
  }

  /** Retry-After as seconds or as an HTTP date (RFC 9110); empty if absent or unreadable. */
  static Optional<Duration> retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    if (trimmed.matches("[0-9]{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration until = Duration.between(ZonedDateTime.now(at.getZone()), at);
      return Optional.of(until.isNegative() ? Duration.ZERO : until);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
