package org.sdghub.projects.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sdghub.projects.domain.KnownOrganisation;

/** The local copy of the partner registry, kept current from partner events. */
@ApplicationScoped
public class KnownOrganisationRepository {

  /** The organisation with this id, if partner events have told of it. */
  public Optional<KnownOrganisation> find(UUID id) {
    throw new UnsupportedOperationException("organisation copy not built yet");
  }

  /** The known organisations among these ids, by id (unknown ids are absent). */
  public Map<UUID, KnownOrganisation> findAll(Collection<UUID> ids) {
    throw new UnsupportedOperationException("organisation copy not built yet");
  }
}
