package org.sdghub.projects.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A project's phase, the IATI ActivityStatus code list, named in the API by its lower-case name;
 * which phase may follow which is decided here.
 */
public enum ActivityStatus {
  /** Being scoped or planned. */
  PIPELINE("1"),
  /** Being implemented. */
  IMPLEMENTATION("2"),
  /** Physical activity is complete or the final disbursement has been made. */
  FINALISATION("3"),
  /** Complete: physical activity and final disbursement. */
  CLOSED("4"),
  /** Cancelled. */
  CANCELLED("5"),
  /** Temporarily suspended. */
  SUSPENDED("6");

  /** Every API name, in code order, for messages. */
  public static final List<String> NAMES = Arrays.stream(values()).map(s -> s.apiName()).toList();

  private final String iatiCode;

  ActivityStatus(String iatiCode) {
    this.iatiCode = iatiCode;
  }

  /** The IATI ActivityStatus code, 1 to 6. */
  public String iatiCode() {
    return iatiCode;
  }

  /** The name in the API and in events: {@code implementation}. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status an API name stands for, if any. */
  public static Optional<ActivityStatus> fromApiName(String name) {
    return Arrays.stream(values()).filter(s -> s.apiName().equals(name)).findFirst();
  }

  /** The statuses a project in this one may move to; closed and cancelled are final. */
  public Set<ActivityStatus> next() {
    return switch (this) {
      case PIPELINE -> EnumSet.of(IMPLEMENTATION, CANCELLED);
      // A project may close straight from implementation, as many do without a finalisation phase.
      case IMPLEMENTATION -> EnumSet.of(FINALISATION, CLOSED, SUSPENDED, CANCELLED);
      case SUSPENDED -> EnumSet.of(IMPLEMENTATION, CANCELLED);
      case FINALISATION -> EnumSet.of(CLOSED, IMPLEMENTATION);
      case CLOSED, CANCELLED -> EnumSet.noneOf(ActivityStatus.class);
    };
  }

  /** Whether a project may move from this status to {@code target}. */
  public boolean mayBecome(ActivityStatus target) {
    return next().contains(target);
  }
}
