package org.sdghub.partners.domain;

import java.util.Map;
import java.util.UUID;
import org.sdghub.platform.Conflict;

/**
 * Answers 409: the partner already has as many proposals awaiting a coordinator as it may ({@code
 * limit}); it proposes more once some are confirmed, merged or archived.
 */
public class TooManyProposals extends Conflict {

  public TooManyProposals(UUID partner, int limit) {
    super(
        "too-many-proposals",
        "Too many open proposals",
        "Organisation "
            + partner
            + " already has "
            + limit
            + " proposed organisations awaiting a coordinator's review; more can be proposed once"
            + " some are confirmed or merged.",
        Map.of("limit", limit));
  }
}
