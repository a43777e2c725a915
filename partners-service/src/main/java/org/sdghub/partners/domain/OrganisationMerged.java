package org.sdghub.partners.domain;

import java.util.Map;
import java.util.UUID;
import org.sdghub.platform.Conflict;

/**
 * Answers 409: the organisation was already merged into another one ({@code mergedInto}), which is
 * where its identity now lives.
 */
public class OrganisationMerged extends Conflict {

  public OrganisationMerged(UUID id, UUID mergedInto) {
    super(
        "organisation-merged",
        "Organisation already merged",
        "Organisation " + id + " was merged into " + mergedInto + "; it no longer changes.",
        Map.of("existing", id, "mergedInto", mergedInto));
  }
}
