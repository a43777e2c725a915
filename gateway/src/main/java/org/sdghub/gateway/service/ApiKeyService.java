package org.sdghub.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sdghub.gateway.api.ApiKeyView;
import org.sdghub.gateway.api.IssuedApiKey;
import org.sdghub.gateway.api.NewApiKey;
import org.sdghub.gateway.domain.ApiKey;
import org.sdghub.gateway.domain.ApiKeyNotFound;
import org.sdghub.gateway.domain.ApiKeySecret;
import org.sdghub.gateway.domain.KeyIdentity;
import org.sdghub.gateway.repository.ApiKeyRepository;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;
import org.sdghub.platform.Role;

/** Issues, lists and revokes API keys, and finds the key a caller presents. */
@ApplicationScoped
public class ApiKeyService {

  private final ApiKeyRepository keys;
  private final KeyCache cache;
  private final TransactionSynchronizationRegistry transactions;

  ApiKeyService(
      ApiKeyRepository keys, KeyCache cache, TransactionSynchronizationRegistry transactions) {
    this.keys = keys;
    this.cache = cache;
    this.transactions = transactions;
  }

  /** Creates a key; the response is the only place its secret ever appears. */
  @Transactional
  public IssuedApiKey issue(NewApiKey request, String issuedBy) {
    Set<Role> roles =
        request.roles().stream()
            .map(name -> Role.fromClaim(name).orElseThrow())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    ApiKeySecret secret = ApiKeySecret.generate();
    ApiKey key =
        ApiKey.issue(
            secret,
            request.organisationId(),
            request.name().strip(),
            roles,
            request.requestsPerMinute(),
            issuedBy);
    keys.persistAndFlush(key);
    return IssuedApiKey.of(key, secret);
  }

  /** One page of keys, optionally of one organisation, optionally active ones only. */
  @Transactional
  public Page<ApiKeyView> list(UUID organisationId, boolean activeOnly, PageRequest request) {
    var query = keys.page(organisationId, activeOnly, request);
    return Page.of(query.list(), request, query.count()).map(ApiKeyView::of);
  }

  /** One key, without its secret. */
  @Transactional
  public ApiKeyView find(UUID id) {
    return ApiKeyView.of(keys.findByIdOptional(id).orElseThrow(() -> new ApiKeyNotFound(id)));
  }

  /**
   * Revokes a key: this instance refuses it at once, the others once their cache entry expires.
   * Revoking a revoked key again changes nothing.
   */
  @Transactional
  public void revoke(UUID id, IfMatch ifMatch, String revokedBy) {
    ApiKey key = keys.findByIdOptional(id).orElseThrow(() -> new ApiKeyNotFound(id));
    if (!key.isActive()) {
      return;
    }
    ifMatch.check(key.version);
    key.revoke(revokedBy);
    keys.flush();
    byte[] hash = key.secretHash;
    cache.forget(hash);
    // A lookup between the forget above and the commit still sees the key active and would
    // remember it: forget it again once the revocation is committed.
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            cache.forget(hash);
          }
        });
  }

  /** The identity behind a presented secret, if it is an active key's. */
  @Transactional
  public Optional<KeyIdentity> identify(ApiKeySecret secret) {
    // Every candidate is compared, and in constant time, so timing says nothing about the hash.
    ApiKey found = null;
    for (ApiKey candidate : keys.findByPrefix(secret.prefix())) {
      if (secret.matches(candidate.secretHash)) {
        found = candidate;
      }
    }
    return Optional.ofNullable(found).filter(ApiKey::isActive).map(ApiKey::identity);
  }
}
