package org.sdghub.projects.api;

import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation taking part in a project, as a read shows it. */
@Schema(
    description =
        "A participating organisation, with its current name from the registry and its answer to"
            + " the listing.")
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
        boolean archived,
    @Schema(
            description =
                "Read-only: confirmed (by the organisation itself, by the reporting organisation's"
                    + " own report, or for a funding listing by a transaction the donor recorded),"
                    + " unconfirmed (not answered yet) or declined (the organisation says it does"
                    + " not take part so: not counted as its work in lists and the 3W view)",
            enumeration = {"confirmed", "unconfirmed", "declined"})
        String confirmation,
    @Schema(description = "Read-only: what the organisation said with its answer", nullable = true)
        String confirmationNote) {

  /** The same listing with the organisation's current name and archived flag. */
  public ParticipantView named(Map<String, String> newName, boolean isArchived) {
    return new ParticipantView(
        organisationId, role, newName, isArchived, confirmation, confirmationNote);
  }
}
