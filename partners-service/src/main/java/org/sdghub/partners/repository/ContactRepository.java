package org.sdghub.partners.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
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
}
