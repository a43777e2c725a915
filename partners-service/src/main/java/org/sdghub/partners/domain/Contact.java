package org.sdghub.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A person to contact at an organisation: personal data, shown only to coordinators and to the
 * organisation itself, and never published in events.
 */
@Entity
@Table(name = "organisation_contact")
public class Contact {

  @Id public UUID id;

  @Column(name = "organisation_id")
  public UUID organisationId;

  public String name;

  public String position;

  public String email;

  public String phone;

  @Version public long version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** A new contact of the organisation. */
  public static Contact of(UUID id, UUID organisationId, ContactDetails details, Instant now) {
    Contact contact = new Contact();
    contact.id = id;
    contact.organisationId = organisationId;
    contact.createdAt = now;
    contact.change(details, now);
    return contact;
  }

  /** Replaces the contact's details. */
  public void change(ContactDetails details, Instant now) {
    name = details.name();
    position = details.position();
    email = details.email();
    phone = details.phone();
    updatedAt = now;
  }
}
