package org.sdghub.projects.service;

import java.util.Set;
import java.util.UUID;
import org.sdghub.platform.Role;

/**
 * Who performs a change, as far as the use cases care: the caller's organisation and roles, from
 * the gateway's token; the object-level rules and the history read it.
 */
public record Actor(UUID organisationId, Set<Role> roles) {

  public Actor {
    roles = Set.copyOf(roles);
  }

  /** Whether the caller is one of the centre's coordinators, who may do everything. */
  public boolean coordinator() {
    return roles.contains(Role.COORDINATOR);
  }

  /** The roles by their claim names, sorted, as the history keeps them. */
  public String[] roleNames() {
    return roles.stream().map(Role::claimValue).sorted().toArray(String[]::new);
  }
}
