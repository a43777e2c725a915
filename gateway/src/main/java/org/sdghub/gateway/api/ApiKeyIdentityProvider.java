package org.sdghub.gateway.api;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.sdghub.gateway.domain.KeyIdentity;
import org.sdghub.gateway.service.ApiKeyAuthenticator;
import org.sdghub.platform.InternalToken;
import org.sdghub.platform.Role;

/**
 * Turns an API key into a security identity: the key id as principal, its roles, and its
 * organisation in the attribute {@code Caller} reads.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

  private final ApiKeyAuthenticator authenticator;

  ApiKeyIdentityProvider(ApiKeyAuthenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    String header = request.getToken().getToken();
    return context.runBlocking(
        () ->
            authenticator
                .identify(header)
                .map(ApiKeyIdentityProvider::identity)
                .orElseThrow(AuthenticationFailedException::new));
  }

  private static SecurityIdentity identity(KeyIdentity key) {
    QuarkusSecurityIdentity.Builder builder =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal(key.keyId().toString()))
            .addAttribute(InternalToken.ORGANISATION_CLAIM, key.organisationId().toString());
    key.roles().stream().map(Role::claimValue).forEach(builder::addRole);
    return builder.build();
  }
}
