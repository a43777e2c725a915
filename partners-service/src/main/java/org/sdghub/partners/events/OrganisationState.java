package org.sdghub.partners.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The data of every organisation event: the organisation's full state after the change (event-
 * carried state transfer). Contacts are personal data and never part of it.
 *
 * @param name the names given, by language code ({@code en} always present)
 * @param acronym null when the organisation has none
 * @param website null when unknown
 * @param version the organisation's version, also the event's {@code sequence}
 * @param proposedBy the proposing partner's organisation while this is an unconfirmed proposal,
 *     else null
 * @param mergedInto the survivor a merged duplicate points to, else null
 * @param formerIdentifiers the IATI identifiers of the duplicates merged into this organisation
 */
public record OrganisationState(
    UUID id,
    String identifier,
    Map<String, String> name,
    String acronym,
    String type,
    String kind,
    String headquartersCountry,
    List<String> countries,
    String website,
    String status,
    List<String> aliases,
    long version,
    Instant createdAt,
    Instant updatedAt,
    UUID proposedBy,
    UUID mergedInto,
    List<String> formerIdentifiers) {}
