package org.sdghub.projects.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What an organisation does in a project: the IATI OrganisationRole code list, 1 to 4. */
public enum ParticipantRole {
  /** Provides the funds. */
  FUNDING("1"),
  /** Answerable for the project: the partner who may change it. */
  ACCOUNTABLE("2"),
  /** Manages the budget on behalf of the funder. */
  EXTENDING("3"),
  /** Carries the project out. */
  IMPLEMENTING("4");

  /** Every API name, in code order, for messages. */
  public static final List<String> NAMES = Arrays.stream(values()).map(r -> r.apiName()).toList();

  private final String iatiCode;

  ParticipantRole(String iatiCode) {
    this.iatiCode = iatiCode;
  }

  /** The IATI OrganisationRole code. */
  public String iatiCode() {
    return iatiCode;
  }

  /** The name in the API and in events: {@code accountable}. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role an API name stands for, if any. */
  public static Optional<ParticipantRole> fromApiName(String name) {
    return Arrays.stream(values()).filter(r -> r.apiName().equals(name)).findFirst();
  }
}
