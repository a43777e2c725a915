package org.sdghub.projects.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a create ({@code POST}) or a replace ({@code PUT}); a {@code PATCH} is merged into
 * this shape of the stored project. Read-only fields of a read are accepted and ignored, so that
 * what was read can be sent back; results change through their own resource.
 */
@JsonIgnoreProperties(value = {"id", "sdgGoals", "results", "version", "createdAt", "updatedAt"})
@Schema(
    description =
        "A project as a client writes it. The read-only fields of a read (id, sdgGoals, results,"
            + " version, createdAt, updatedAt, and participants' name, archived, confirmation"
            + " and confirmationNote) are ignored;"
            + " any other unknown field is refused.")
public record ProjectRequest(
    @Schema(
            description =
                "IATI activity identifier, unique whatever the letter case. Required when the"
                    + " reporting organisation has an IATI organisation identifier, and then it"
                    + " starts with that identifier and a hyphen; it never starts with another"
                    + " registered organisation's. Optional when the reporting organisation has"
                    + " none: such a project is shared in SDG Hub but cannot be published to IATI"
                    + " (left out of IATI exports) until a coordinator gives it one. No spaces"
                    + " and none of / & | ? (IATI forbids them). Set at creation: afterwards only"
                    + " a coordinator changes it, with a reason, through POST"
                    + " /projects/{id}/identifier; a PUT or PATCH sends it unchanged or leaves it"
                    + " out.",
            example = "XM-DAC-41114-KZ-00123",
            nullable = true,
            maxLength = 150)
        @Size(min = 1, max = 150)
        @Pattern(regexp = ApiCodes.ACTIVITY_ID_PATTERN, message = ApiCodes.ACTIVITY_ID_MESSAGE)
        String iatiIdentifier,
    @Schema(
            description =
                "The organisation that reports the project, known from the partner registry. A"
                    + " partner names its own organisation and cannot change it.")
        @NotNull
        UUID reportingOrganisationId,
    @NotNull @Valid LocalisedText title,
    @Schema(nullable = true) @Valid LocalisedDescription description,
    @Schema(
            description =
                "IATI ActivityStatus by name. On create, the initial status (default pipeline);"
                    + " afterwards it changes only through POST /projects/{id}/status, so a PUT or"
                    + " PATCH must leave it as it is.",
            enumeration = {
              "pipeline",
              "implementation",
              "finalisation",
              "closed",
              "cancelled",
              "suspended"
            },
            example = "implementation")
        @Pattern(regexp = ApiCodes.STATUS_PATTERN, message = ApiCodes.STATUS_MESSAGE)
        String status,
    @NotNull @Valid Dates dates,
    @Schema(
            description = "SDG targets of the 169 (see /reference/sdg-targets); goals follow",
            example = "[\"6.4\", \"6.5\", \"13.1\"]",
            maxItems = 50)
        @Size(max = 50)
        List<
                @NotNull
                @Pattern(regexp = ApiCodes.TARGET_PATTERN, message = ApiCodes.TARGET_MESSAGE)
                String>
            sdgTargets,
    @Schema(
            description =
                "SDG goals (1 to 17) the project works towards without naming one of their"
                    + " targets: IATI's goal-level tagging (sector vocabulary 7, tag vocabulary"
                    + " 2). sdgGoals, read-only, gives these with the targets' goals.",
            example = "[5]",
            maxItems = 17,
            nullable = true)
        @Size(max = 17)
        List<
                @NotNull
                @jakarta.validation.constraints.Min(
                    value = 1,
                    message = "must be an SDG goal, 1 to 17")
                @jakarta.validation.constraints.Max(
                    value = 17,
                    message = "must be an SDG goal, 1 to 17")
                Integer>
            sdgGoalTags,
    @Schema(
            description = "OECD DAC 5-digit purpose codes (IATI Sector)",
            example = "[\"14010\"]",
            maxItems = 20)
        @Size(max = 20)
        List<
                @NotNull
                @Pattern(regexp = ApiCodes.SECTOR_PATTERN, message = ApiCodes.SECTOR_MESSAGE)
                String>
            sectors,
    @Schema(
            description =
                "Sectors of any IATI sector vocabulary with the project's share in each; the shares"
                    + " of one vocabulary sum to 100. When it gives DAC 5-digit sectors (vocabulary"
                    + " 1), sectors lists their codes: leave sectors out or send those.",
            nullable = true,
            maxItems = 50)
        @Size(max = 50)
        List<@NotNull @Valid SectorShare> sectorShares,
    @Schema(
            description =
                "Countries of IATI's Country list (ISO 3166-1 alpha-2), each once: the six (AF,"
                    + " KG, KZ, TJ, TM, UZ) and, for a regional programme, others; with"
                    + " recipientRegions the percentages sum to exactly 100. At least one of the"
                    + " six, or a recipient region.",
            maxItems = 50)
        @Size(max = 50)
        List<@NotNull @Valid RecipientCountry> recipientCountries,
    @Schema(
            description =
                "Regions of IATI's Region list for a regional programme, each once; their"
                    + " percentages count with the countries'.",
            nullable = true,
            maxItems = 10)
        @Size(max = 10)
        List<@NotNull @Valid RecipientRegion> recipientRegions,
    @Schema(maxItems = 200) @Size(max = 200) List<@NotNull @Valid Location> locations,
    @Schema(
            description =
                "Organisations known from the partner registry with their roles; at least one"
                    + " accountable. An archived organisation stays but cannot be newly added.",
            minItems = 1,
            maxItems = 50)
        @NotEmpty
        @Size(max = 50)
        List<@NotNull @Valid Participant> participatingOrganisations,
    @Schema(
            description =
                "Organisations known from the partner registry that may change the project"
                    + " besides its reporting organisation (not its editors, reporting organisation"
                    + " or existence). Only the reporting organisation and coordinators change"
                    + " this list; left out, the current editors stay; [] removes them all.",
            nullable = true,
            maxItems = 20)
        @Size(max = 20)
        List<@NotNull UUID> editors,
    @Schema(
            description =
                "The total budget. With budgets it is derived from them (each period once, a"
                    + " revised budget in place of the original of the same period): leave it"
                    + " out or send the derived total.",
            nullable = true)
        @Valid
        Budget budget,
    @Schema(
            description =
                "Budgets per period (IATI budget), each period at most a year, all in one"
                    + " currency; periods of one type do not overlap.",
            nullable = true,
            maxItems = 60)
        @Size(max = 60)
        List<@NotNull @Valid BudgetPeriod> budgets) {}
