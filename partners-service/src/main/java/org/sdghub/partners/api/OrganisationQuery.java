package org.sdghub.partners.api;

import java.time.Instant;
import java.util.Optional;

/** The filters of an organisation list, as the client wrote them; each may be null (any). */
public record OrganisationQuery(
    String kind,
    String type,
    String country,
    String status,
    String q,
    Optional<Instant> updatedSince) {}
