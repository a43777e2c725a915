package org.sdghub.gateway.domain;

import java.util.Arrays;
import java.util.Optional;

/** What who-what-where rows can be grouped by, by the name the API uses. */
public enum WhoWhatWhereDimension {
  COUNTRY("country"),
  ADMIN_AREA("adminArea"),
  SDG_GOAL("sdgGoal"),
  SDG_TARGET("sdgTarget"),
  ORGANISATION("organisation"),
  ORG_KIND("orgKind"),
  ROLE("role"),
  STATUS("status"),
  /** Each calendar year the project is active in, from its start to its end (or this year). */
  YEAR("year");

  private final String apiName;

  WhoWhatWhereDimension(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }

  public static Optional<WhoWhatWhereDimension> of(String apiName) {
    return Arrays.stream(values()).filter(d -> d.apiName.equals(apiName)).findFirst();
  }
}
