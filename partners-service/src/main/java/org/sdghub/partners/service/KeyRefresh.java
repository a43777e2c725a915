package org.sdghub.partners.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.sdghub.partners.domain.DuplicateKeys;
import org.sdghub.partners.domain.NameKeys;
import org.sdghub.partners.domain.Organisation;
import org.sdghub.partners.repository.OrganisationRepository;

/**
 * Recomputes, when the service starts, the duplicate keys and near matches of organisations stored
 * under older folding rules ({@link NameKeys#VERSION}), so that the check compares like with like.
 * Batches of one transaction each, under the registry's identity lock, so that several instances
 * starting at once re-key each organisation once.
 */
@ApplicationScoped
class KeyRefresh {

  private static final Logger LOG = Logger.getLogger(KeyRefresh.class);
  private static final int BATCH = 200;

  private final OrganisationRepository organisations;
  private final NearMatches nearMatches;

  KeyRefresh(OrganisationRepository organisations, NearMatches nearMatches) {
    this.organisations = organisations;
    this.nearMatches = nearMatches;
  }

  void onStart(@Observes StartupEvent start) {
    int refreshed = refresh();
    if (refreshed > 0) {
      LOG.infof("Re-keyed %d organisations under folding rules %d", refreshed, NameKeys.VERSION);
    }
  }

  /** Re-keys every organisation with older keys; answers how many. */
  int refresh() {
    int total = 0;
    int batch;
    do {
      batch = QuarkusTransaction.requiringNew().call(this::refreshBatch);
      total += batch;
    } while (batch == BATCH);
    return total;
  }

  private int refreshBatch() {
    organisations.lockIdentities();
    Map<UUID, DuplicateKeys> keys = new LinkedHashMap<>();
    for (Organisation organisation : organisations.withKeysOlderThan(NameKeys.VERSION, BATCH)) {
      keys.put(organisation.id, organisation.profile().keys());
    }
    organisations.rewriteKeys(keys, NameKeys.VERSION);
    keys.forEach((id, k) -> nearMatches.store(id, nearMatches.of(id, k)));
    return keys.size();
  }
}
