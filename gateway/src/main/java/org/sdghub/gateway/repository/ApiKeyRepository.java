package org.sdghub.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sdghub.gateway.domain.ApiKey;
import org.sdghub.platform.PageRequest;

/** Reads and writes API keys. */
@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

  /** The keys whose secret starts with this prefix (normally one). */
  public List<ApiKey> findByPrefix(String prefix) {
    return list("prefix", prefix);
  }

  /** The key stored with exactly this secret hash, active or not. */
  public Optional<ApiKey> findByHash(byte[] secretHash) {
    return find("secretHash", secretHash).firstResultOptional();
  }

  /** Whether any active key has the coordinator role. */
  public boolean anyActiveCoordinator() {
    return getEntityManager()
        .createNativeQuery(
            "SELECT EXISTS (SELECT 1 FROM api_key"
                + " WHERE revoked_at IS NULL AND 'coordinator' = ANY (roles))",
            Boolean.class)
        .getSingleResult()
        .equals(Boolean.TRUE);
  }

  /** One page of keys, optionally of one organisation and only active ones. */
  public PanacheQuery<ApiKey> page(UUID organisationId, boolean activeOnly, PageRequest request) {
    StringBuilder query = new StringBuilder("1 = 1");
    Parameters parameters = new Parameters();
    if (organisationId != null) {
      query.append(" AND organisationId = :organisation");
      parameters = parameters.and("organisation", organisationId);
    }
    if (activeOnly) {
      query.append(" AND revokedAt IS NULL");
    }
    return find(query.toString(), request.panacheSort(), parameters).page(request.panachePage());
  }

  /**
   * Serialises first-start bootstrapping across gateway instances for the rest of the transaction.
   */
  public void lockBootstrap() {
    getEntityManager()
        .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('sdghub.gateway.bootstrap'))")
        .getSingleResult();
  }
}
