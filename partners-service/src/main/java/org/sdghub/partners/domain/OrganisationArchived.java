package org.sdghub.partners.domain;

import java.util.Map;
import java.util.UUID;
import org.sdghub.platform.Conflict;

/** Answers 409: an archived organisation is kept as it was, for what refers to it. */
public class OrganisationArchived extends Conflict {

  public OrganisationArchived(UUID id) {
    super(
        "organisation-archived",
        "Organisation archived",
        "Organisation " + id + " is archived; its profile can no longer change.",
        Map.of("existing", id));
  }
}
