package org.sdghub.partners.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.sdghub.partners.api.ContactRequest;
import org.sdghub.partners.api.ContactView;
import org.sdghub.partners.domain.Contact;
import org.sdghub.partners.domain.ContactDetails;
import org.sdghub.partners.domain.ContactNotFound;
import org.sdghub.partners.domain.OrganisationNotFound;
import org.sdghub.partners.domain.Timestamps;
import org.sdghub.partners.repository.ContactRepository;
import org.sdghub.partners.repository.OrganisationRepository;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/**
 * The use cases of an organisation's contacts. Contacts are personal data: they publish no event,
 * and a removed contact is deleted, not archived.
 */
@ApplicationScoped
public class ContactService {

  private final ContactRepository contacts;
  private final OrganisationRepository organisations;

  ContactService(ContactRepository contacts, OrganisationRepository organisations) {
    this.contacts = contacts;
    this.organisations = organisations;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ContactView> list(UUID organisationId, PageRequest page) {
    requireOrganisation(organisationId);
    return contacts.pageOf(organisationId, page).map(ContactService::toView);
  }

  @Transactional
  public ContactView add(UUID organisationId, ContactRequest request) {
    requireOrganisation(organisationId);
    Contact contact =
        Contact.of(UUID.randomUUID(), organisationId, toDetails(request), Timestamps.now());
    contacts.persistAndFlush(contact);
    return toView(contact);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ContactView find(UUID organisationId, UUID contactId) {
    return toView(load(organisationId, contactId));
  }

  /** Replaces a contact's details; 412 if {@code ifMatch} is stale. */
  @Transactional
  public ContactView update(
      UUID organisationId, UUID contactId, IfMatch ifMatch, ContactRequest request) {
    ContactDetails details = toDetails(request);
    Contact contact = load(organisationId, contactId);
    ifMatch.check(contact.version);
    contact.change(details, Timestamps.now());
    contacts.flush();
    return toView(contact);
  }

  /** Deletes a contact for good (personal data is not kept); 412 if {@code ifMatch} is stale. */
  @Transactional
  public void remove(UUID organisationId, UUID contactId, IfMatch ifMatch) {
    Contact contact = load(organisationId, contactId);
    ifMatch.check(contact.version);
    contacts.delete(contact);
  }

  private void requireOrganisation(UUID organisationId) {
    if (organisations.findByIdOptional(organisationId).isEmpty()) {
      throw new OrganisationNotFound(organisationId);
    }
  }

  private Contact load(UUID organisationId, UUID contactId) {
    requireOrganisation(organisationId);
    return contacts
        .findOf(organisationId, contactId)
        .orElseThrow(() -> new ContactNotFound(organisationId, contactId));
  }

  // The conversions of a contact, in one place: request to domain, entity to response.
  private static ContactDetails toDetails(ContactRequest request) {
    String email = text(request.email());
    String phone = text(request.phone());
    if (email == null && phone == null) {
      throw new InvalidInput("email", "give an email or a phone, or both");
    }
    return new ContactDetails(request.name().trim(), text(request.position()), email, phone);
  }

  private static ContactView toView(Contact c) {
    return new ContactView(
        c.id,
        c.organisationId,
        c.name,
        c.position,
        c.email,
        c.phone,
        c.version,
        c.createdAt,
        c.updatedAt);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
