package org.sdghub.funding.domain;

import java.util.UUID;

/** An organisation participating in a project in an IATI role: funding, accountable, extending… */
public record ProjectParticipant(UUID organisationId, String role) {

  /** Whether this participant has the role. */
  public boolean is(UUID organisation, String roleName) {
    return organisationId.equals(organisation) && role.equals(roleName);
  }
}
