package org.sdghub.projects.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation taking part in a project, as a client writes it. */
@JsonIgnoreProperties(value = {"name", "archived", "confirmation", "confirmationNote"})
@Schema(
    description =
        "An organisation of the partner registry and its IATI role in the project. name,"
            + " archived, confirmation and confirmationNote, which a read adds, are ignored on"
            + " writes: an organisation answers for its own listing through"
            + " POST /api/v1/projects/{id}/participation.")
public record Participant(
    @Schema(description = "The organisation's id in the partner registry") @NotNull
        UUID organisationId,
    @Schema(
            description = "IATI OrganisationRole by name (codes 1 to 4)",
            enumeration = {"funding", "accountable", "extending", "implementing"},
            example = "accountable")
        @NotNull
        @Pattern(regexp = ApiCodes.ROLE_PATTERN, message = ApiCodes.ROLE_MESSAGE)
        String role) {}
