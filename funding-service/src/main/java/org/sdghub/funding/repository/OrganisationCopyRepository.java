package org.sdghub.funding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.sdghub.funding.domain.OrganisationCopy;

/** The copy of the partner registry; needs a transaction to write. */
@ApplicationScoped
public class OrganisationCopyRepository implements PanacheRepositoryBase<OrganisationCopy, UUID> {

  /** Inserts or updates the copy of one organisation. */
  public void save(OrganisationCopy copy) {
    getEntityManager().merge(copy);
  }
}
