package org.sdghub.projects.domain;

import java.util.Map;
import java.util.UUID;

/**
 * An organisation of the partner registry as this service knows it from partner events.
 *
 * @param identifier the IATI organisation identifier, null when it has none
 * @param name by language code ({@code en} always present)
 * @param archived whether the registry archived it: it stays referenced, but cannot be newly added
 * @param proposedBy the organisation that proposed it, while no coordinator has confirmed it: only
 *     that organisation's projects may name it; null otherwise
 * @param mergedInto the organisation it was merged into, or null
 */
public record KnownOrganisation(
    UUID id,
    String identifier,
    Map<String, String> name,
    String acronym,
    String type,
    String kind,
    boolean archived,
    UUID proposedBy,
    UUID mergedInto) {}
