package org.sdghub.partners.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.sdghub.partners.domain.Contact;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/** Reads and writes the contacts of organisations. */
@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {

  /** The contact, if it belongs to this organisation. */
  public Optional<Contact> findOf(UUID organisationId, UUID contactId) {
    return find("id = ?1 and organisationId = ?2", contactId, organisationId).firstResultOptional();
  }

  /** One page of an organisation's contacts. */
  public Page<Contact> pageOf(UUID organisationId, PageRequest page) {
    return Page.of(
        find("organisationId", page.panacheSort(), organisationId).page(page.panachePage()).list(),
        page,
        count("organisationId", organisationId));
  }

  /**
   * Moves every contact of {@code from} to {@code to} (a merge), each with a new version. Must run
   * inside a transaction; answers how many moved.
   */
  public int moveAll(UUID from, UUID to, Instant at) {
    return getEntityManager()
        .createNativeQuery(
            "UPDATE organisation_contact SET organisation_id = ?2, version = version + 1,"
                + " updated_at = ?3 WHERE organisation_id = ?1")
        .setParameter(1, from)
        .setParameter(2, to)
        .setParameter(3, at)
        .executeUpdate();
  }
}
