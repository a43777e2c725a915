package org.sdghub.platform;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sdghub.platform.internal.identity.Unauthenticated;

/**
 * Who is calling, from the gateway's verified token: inject it into resources or services to check
 * roles and organisation in one line ({@code caller.requireRole(Role.PARTNER, Role.COORDINATOR)});
 * needs an active request, and answers 401 when the request carries no valid token.
 */
@RequestScoped
public class Caller {

  private final SecurityIdentity identity;

  Caller(SecurityIdentity identity) {
    this.identity = identity;
  }

  /** Whether the request carries a verified token. */
  public boolean isAuthenticated() {
    return !identity.isAnonymous();
  }

  /** The token's subject, typically the id of the API key the gateway authenticated. */
  public String subject() {
    requireToken();
    return identity.getPrincipal() instanceof JsonWebToken token
        ? token.getSubject()
        : identity.getPrincipal().getName();
  }

  /** The caller's organisation. */
  public UUID organisationId() {
    requireToken();
    Object claim = organisationClaim();
    if (claim == null) {
      throw new Unauthenticated("The token names no organisation.");
    }
    // Custom claims may come back as JSON values rather than strings.
    String value = claim instanceof JsonString json ? json.getString() : claim.toString();
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new Unauthenticated("The token's organisation is not a UUID.");
    }
  }

  /** The caller's roles that SDG Hub knows; names it does not know grant nothing. */
  public Set<Role> roles() {
    requireToken();
    return identity.getRoles().stream()
        .map(Role::fromClaim)
        .flatMap(Optional::stream)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  /** Whether the caller has this role. */
  public boolean hasRole(Role role) {
    return roles().contains(role);
  }

  /** Passes if the caller has at least one of these roles, else answers 403. */
  public void requireRole(Role... anyOf) {
    Set<Role> held = roles();
    if (Arrays.stream(anyOf).noneMatch(held::contains)) {
      throw new Forbidden("This needs one of the roles " + names(anyOf) + ".");
    }
  }

  /**
   * Passes if the caller belongs to this organisation or is a coordinator (who acts for the whole
   * region), else answers 403.
   */
  public void requireOrganisation(UUID organisationId) {
    if (!hasRole(Role.COORDINATOR) && !organisationId().equals(organisationId)) {
      throw new Forbidden("This belongs to another organisation.");
    }
  }

  /** The claim from the token, or the attribute another authentication mechanism set. */
  private Object organisationClaim() {
    if (identity.getPrincipal() instanceof JsonWebToken token) {
      return token.getClaim(InternalToken.ORGANISATION_CLAIM);
    }
    return identity.getAttribute(InternalToken.ORGANISATION_CLAIM);
  }

  private void requireToken() {
    if (!isAuthenticated()) {
      throw new Unauthenticated();
    }
  }

  private static String names(Role... roles) {
    return Arrays.stream(roles).map(Role::claimValue).collect(Collectors.joining(", "));
  }
}
