package org.sdghub.partners.domain;

import java.util.UUID;
import org.sdghub.platform.NotFound;

/** Answers 404: the organisation has no contact with this id. */
public class ContactNotFound extends NotFound {

  public ContactNotFound(UUID organisationId, UUID contactId) {
    super(
        "contact-not-found",
        "Contact not found",
        "Organisation " + organisationId + " has no contact with id " + contactId + ".");
  }
}
