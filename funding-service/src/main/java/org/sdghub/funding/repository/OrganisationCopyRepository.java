package org.sdghub.funding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.sdghub.funding.domain.OrganisationCopy;

/** The copy of the partner registry; needs a transaction to write. */
@ApplicationScoped
public class OrganisationCopyRepository implements PanacheRepositoryBase<OrganisationCopy, UUID> {

  /** The copy of one organisation, read only (null if unknown), for checks that change nothing. */
  public OrganisationCopy read(UUID id) {
    return getEntityManager()
        .find(OrganisationCopy.class, id, Map.of(HibernateHints.HINT_READ_ONLY, true));
  }

  /** Inserts or updates the copy of one organisation. */
  public void save(OrganisationCopy copy) {
    getEntityManager().merge(copy);
  }
}
