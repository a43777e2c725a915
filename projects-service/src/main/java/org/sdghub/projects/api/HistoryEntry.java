package org.sdghub.projects.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a project: when, who, which event, and what changed. */
@Schema(description = "One version of a project in its history.")
public record HistoryEntry(
    @Schema(description = "The project's version this change produced") long version,
    @Schema(description = "When the change was made") Instant at,
    @Schema(description = "The organisation of the caller who made it (from its token)")
        UUID organisationId,
    @Schema(description = "The caller's roles", example = "[\"partner\"]") List<String> roles,
    @Schema(
            description = "The event the change published",
            example = "org.sdghub.project.updated.v1")
        String event,
    @Schema(description = "The reason given with a status change", nullable = true) String reason,
    List<FieldChange> changes) {}
