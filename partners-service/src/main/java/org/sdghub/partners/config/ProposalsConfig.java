package org.sdghub.partners.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many organisations a partner may propose before a coordinator reviews them ({@code
 * sdghub.partners.proposals.*}), so that one partner cannot flood the review queue.
 */
@ConfigMapping(prefix = "sdghub.partners.proposals")
public interface ProposalsConfig {

  /** At most this many of one partner's proposals await review at a time; one more answers 409. */
  @WithDefault("20")
  int maxOpenPerPartner();
}
