package org.sdghub.projects.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sdghub.platform.Versioned;

/** A project as clients see it; its version is also its ETag. */
@Schema(description = "A project: what, where, when, who, with which results.")
public record ProjectView(
    @Schema(description = "Read-only: SDG Hub id") UUID id,
    @Schema(example = "XM-DAC-41114-KZ-00123") String iatiIdentifier,
    UUID reportingOrganisationId,
    LocalisedText title,
    @Schema(nullable = true) LocalisedDescription description,
    @Schema(
            enumeration = {
              "pipeline",
              "implementation",
              "finalisation",
              "closed",
              "cancelled",
              "suspended"
            })
        String status,
    Dates dates,
    List<String> sdgTargets,
    @Schema(description = "SDG goals tagged without a target of theirs", example = "[5]")
        List<Integer> sdgGoalTags,
    @Schema(
            description = "Read-only: the goals of the targets and the goal tags, ascending",
            example = "[5, 6, 13]")
        List<Integer> sdgGoals,
    List<String> sectors,
    @Schema(description = "Sectors of any IATI vocabulary with their percentages")
        List<SectorShare> sectorShares,
    List<RecipientCountry> recipientCountries,
    @Schema(description = "Recipient regions (IATI Region) of a regional programme")
        List<RecipientRegion> recipientRegions,
    List<Location> locations,
    List<ParticipantView> participatingOrganisations,
    @Schema(
            description =
                "Organisations that may change the project besides its reporting organisation,"
                    + " named by it")
        List<UUID> editors,
    @Schema(
            nullable = true,
            description = "The total budget; derived from budgets when they are given")
        Budget budget,
    @Schema(description = "Budgets per period (IATI budget)") List<BudgetPeriod> budgets,
    @Schema(description = "Read-only here: changed through /projects/{id}/results")
        List<ResultView> results,
    @Schema(description = "Read-only: incremented by every change; send it back in If-Match")
        long version,
    @Schema(description = "Read-only") Instant createdAt,
    @Schema(description = "Read-only") Instant updatedAt)
    implements Versioned {

  /** The same project with these participants (their names filled in at read time). */
  public ProjectView withParticipants(List<ParticipantView> participants) {
    return new ProjectView(
        id,
        iatiIdentifier,
        reportingOrganisationId,
        title,
        description,
        status,
        dates,
        sdgTargets,
        sdgGoalTags,
        sdgGoals,
        sectors,
        sectorShares,
        recipientCountries,
        recipientRegions,
        locations,
        participants,
        editors,
        budget,
        budgets,
        results,
        version,
        createdAt,
        updatedAt);
  }
}
