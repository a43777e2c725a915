package org.sdghub.projects.api;

import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation taking part in a project, as a read shows it. */
@Schema(description = "A participating organisation, with its current name from the registry.")
public record ParticipantView(
    UUID organisationId,
    @Schema(enumeration = {"funding", "accountable", "extending", "implementing"}) String role,
    @Schema(
            description = "Read-only: its names by language, as the partner registry has them now",
            nullable = true,
            example = "{\"en\": \"UNDP\", \"ru\": \"ПРООН\"}")
        Map<String, String> name,
    @Schema(
            description =
                "Read-only: archived in the registry; it stays referenced but cannot be newly"
                    + " added")
        boolean archived) {}
