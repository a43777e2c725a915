package org.sdghub.gateway.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.Claims;
import org.sdghub.gateway.config.GatewayConfig;
import org.sdghub.gateway.domain.KeyIdentity;
import org.sdghub.platform.InternalToken;
import org.sdghub.platform.Role;

/**
 * Signs the short-lived internal token (RS256) that every forwarded request carries, naming the
 * key, its organisation and roles, with the signing key of {@link TokenKeys} (its {@code kid} in
 * the header). Started eagerly, so that a missing key stops the gateway at once.
 */
@ApplicationScoped
@Startup
public class InternalTokenIssuer {

  private final TokenKeys keys;
  private final Duration lifetime;
  private final Cache<Recipient, String> recent;

  /** Whose requests a token is for, at which service, signed by which key. */
  private record Recipient(UUID keyId, String audience, String signedBy) {}

  InternalTokenIssuer(TokenKeys keys, GatewayConfig config) {
    this.keys = keys;
    this.lifetime = config.token().lifetime();
    // A token is reused for half its life: signing costs far more than a lookup, and every token
    // handed out still has at least half its lifetime left. A new signing key makes new tokens at
    // once (the signer is part of the entry's key); the old entries lapse.
    this.recent = Caffeine.newBuilder().expireAfterWrite(lifetime.dividedBy(2)).build();
  }

  /**
   * A valid token for this key's requests to one service ({@link InternalToken#audienceOf}): each
   * service accepts only its own.
   */
  public String tokenFor(KeyIdentity identity, String service) {
    TokenKeys.SigningKey signing = keys.signing();
    return recent.get(
        new Recipient(identity.keyId(), InternalToken.audienceOf(service), signing.keyId()),
        recipient -> sign(identity, recipient.audience(), signing));
  }

  /** The {@code kid} of the tokens signed now: the RFC 7638 thumbprint of the key's public half. */
  public String keyId() {
    return keys.signing().keyId();
  }

  private String sign(KeyIdentity identity, String audience, TokenKeys.SigningKey signing) {
    Instant now = Instant.now();
    return Jwt.issuer(InternalToken.ISSUER)
        .audience(audience)
        .claim(Claims.jti.name(), UUID.randomUUID().toString())
        .subject(identity.keyId().toString())
        .claim(InternalToken.ORGANISATION_CLAIM, identity.organisationId().toString())
        .groups(identity.roles().stream().map(Role::claimValue).collect(Collectors.toSet()))
        .issuedAt(now)
        .expiresAt(now.plus(lifetime))
        .jws()
        .keyId(signing.keyId())
        .algorithm(SignatureAlgorithm.RS256)
        .sign(signing.key());
  }
}
