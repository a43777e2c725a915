package org.sdghub.funding.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a transaction: why it changed, who changed it, and its full state then. */
@Schema(description = "A version of a transaction in its history")
public record HistoryEntry(
    long version,
    @Schema(enumeration = {"recorded", "corrected", "revalued", "withdrawn"}) String change,
    UUID byOrganisationId,
    List<String> byRoles,
    Instant at,
    @Schema(
            implementation = Object.class,
            description = "The transaction's state at this version, as its event carried it")
        JsonNode state) {}
