package org.sdghub.projects.api;

import java.time.Instant;
import java.util.Optional;

/** The filters of a project list, as the client wrote them; each may be null (any). */
public record ProjectQuery(
    String country,
    String adminArea,
    String sdgGoal,
    String sdgTarget,
    String status,
    String organisation,
    String role,
    String activeOn,
    String activeFrom,
    String activeTo,
    String q,
    Optional<Instant> updatedSince) {}
