package org.sdghub.projects.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a participating organisation stands on its listing in a project. The reporting
 * organisation's own listings are confirmed by its report; any other starts unconfirmed until that
 * organisation answers (or, for a funding listing, records a transaction of its own on the
 * project). A declined listing stays visible but is not counted as that organisation's work.
 */
public enum Confirmation {
  CONFIRMED,
  UNCONFIRMED,
  DECLINED;

  /** Every API name, for messages. */
  public static final List<String> NAMES =
      Arrays.stream(values()).map(Confirmation::apiName).toList();

  /** The name in the API and in events: {@code confirmed}. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The state an API name stands for, if any. */
  public static Optional<Confirmation> fromApiName(String name) {
    return Arrays.stream(values()).filter(c -> c.apiName().equals(name)).findFirst();
  }
}
