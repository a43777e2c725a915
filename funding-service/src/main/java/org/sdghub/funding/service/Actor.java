package org.sdghub.funding.service;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sdghub.platform.Role;

/** Who performs a change: the caller's organisation and roles, from the gateway's token. */
public record Actor(UUID organisationId, Set<Role> roles) {

  public Actor {
    roles = Set.copyOf(roles);
  }

  /** Whether the caller is one of the centre's coordinators, who may do everything. */
  public boolean coordinator() {
    return roles.contains(Role.COORDINATOR);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** The roles by their claim names, sorted and comma-separated, as the history keeps them. */
  public String roleNames() {
    return roles.stream().map(Role::claimValue).sorted().collect(Collectors.joining(","));
  }
}
