package org.sdghub.funding.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How funding-service converts and counts money ({@code sdghub.funding.*}). */
@ConfigMapping(prefix = "sdghub.funding")
public interface FundingConfig {

  /**
   * How many days before a value date a rate may be and still convert it: a transaction takes the
   * rate of its value date or the nearest earlier one within this window (rates are often monthly).
   */
  @WithDefault("31")
  int rateWindowDays();

  /**
   * How many days apart the value dates of a provider's and a receiver's report of the same flow
   * may be for the two to count as one flow, confirmed by both sides.
   */
  @WithDefault("14")
  int matchToleranceDays();
}
