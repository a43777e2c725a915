package org.sdghub.partners.domain;

import java.util.UUID;
import org.sdghub.platform.NotFound;

/** Answers 404: no organisation has this id. */
public class OrganisationNotFound extends NotFound {

  public OrganisationNotFound(UUID id) {
    super(
        "organisation-not-found", "Organisation not found", "No organisation with id " + id + ".");
  }
}
