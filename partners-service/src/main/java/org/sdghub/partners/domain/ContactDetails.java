package org.sdghub.partners.domain;

/** What describes a contact, as a client sets it. */
public record ContactDetails(String name, String position, String email, String phone) {}
