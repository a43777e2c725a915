package org.sdghub.partners.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sdghub.platform.Versioned;

/** An organisation as clients see it; its version is also its ETag. */
@Schema(description = "An organisation of the registry. Its contacts are a separate resource.")
public record OrganisationView(
    @Schema(description = "SDG Hub id; other services refer to the organisation by it.") UUID id,
    @Schema(nullable = true, maxLength = 150, example = "XM-DAC-41114") String identifier,
    LocalisedName name,
    @Schema(example = "UNDP", nullable = true) String acronym,
    @Schema(example = "40") String type,
    @Schema(example = "un-entity") String kind,
    @Schema(example = "US") String headquartersCountry,
    @Schema(description = "Sorted.") List<String> countries,
    @Schema(nullable = true) String website,
    @Schema(
            enumeration = {"active", "archived"},
            description = "A proposal is active at once; a merged duplicate is archived.")
        String status,
    List<String> aliases,
    @Schema(description = "Incremented by every change; send it back in If-Match.") long version,
    Instant createdAt,
    Instant updatedAt,
    @Schema(
            nullable = true,
            description =
                "The proposing partner's organisation while this is a proposal not yet confirmed"
                    + " by a coordinator; null otherwise.")
        UUID proposedBy,
    @Schema(
            nullable = true,
            description =
                "Set once this organisation was merged as a duplicate (it is then archived): the"
                    + " surviving organisation, which may itself have been merged since. Null"
                    + " otherwise.")
        UUID mergedInto,
    @Schema(description = "IATI identifiers of the duplicates merged into this organisation.")
        List<String> formerIdentifiers,
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(
            description =
                "Only in the answer to a create or an update, and only when there are some:"
                    + " registered organisations with close names, best first. The same pairs"
                    + " are listed by GET /organisations/duplicates.")
        List<PossibleDuplicate> possibleDuplicates)
    implements Versioned {

  /** This view with the possible duplicates found while writing it. */
  public OrganisationView withPossibleDuplicates(List<PossibleDuplicate> possible) {
    return new OrganisationView(
        id,
        identifier,
        name,
        acronym,
        type,
        kind,
        headquartersCountry,
        countries,
        website,
        status,
        aliases,
        version,
        createdAt,
        updatedAt,
        proposedBy,
        mergedInto,
        formerIdentifiers,
        List.copyOf(possible));
  }
}
