package org.sdghub.projects.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sdghub.projects.domain.KnownOrganisation;
import org.sdghub.projects.domain.KnownOrganisationEntity;

/**
 * The local copy of the partner registry, kept current from partner events. Reads join the caller's
 * transaction if there is one; writes must run inside one (the inbox's).
 */
@ApplicationScoped
public class KnownOrganisationRepository {

  private final EntityManager entityManager;

  KnownOrganisationRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** The organisation with this id, if partner events have told of it. */
  public Optional<KnownOrganisation> find(UUID id) {
    return findCopy(id).map(KnownOrganisationEntity::toKnownOrganisation);
  }

  /** The known organisations among these ids, by id (unknown ids are absent). */
  public Map<UUID, KnownOrganisation> findAll(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return entityManager
        .createQuery("from KnownOrganisationEntity where id in :ids", KnownOrganisationEntity.class)
        .setParameter("ids", ids.stream().filter(Objects::nonNull).collect(Collectors.toSet()))
        .getResultStream()
        .map(KnownOrganisationEntity::toKnownOrganisation)
        .collect(Collectors.toUnmodifiableMap(KnownOrganisation::id, Function.identity()));
  }

  /** The stored copy of one organisation, to be changed by the event handler. */
  public Optional<KnownOrganisationEntity> findCopy(UUID id) {
    return Optional.ofNullable(entityManager.find(KnownOrganisationEntity.class, id));
  }

  /** Stores a new or changed copy; must run inside a transaction. */
  public void save(KnownOrganisationEntity copy) {
    if (!entityManager.contains(copy)) {
      entityManager.persist(copy);
    }
  }
}
