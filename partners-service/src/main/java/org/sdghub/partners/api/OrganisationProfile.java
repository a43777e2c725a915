package org.sdghub.partners.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a create ({@code POST}) or an update ({@code PUT}, which replaces the whole profile).
 */
@Schema(description = "An organisation's profile, as a client sets it on create or update.")
public record OrganisationProfile(
    @Schema(
            description =
                "IATI organisation identifier: an active registration agency prefix from IATI"
                    + " OrganisationRegistrationAgency (XM-DAC, KZ-BIN…), a hyphen, then the"
                    + " identifier in that list. Unique in the registry, whatever the letter case."
                    + " Optional: many national bodies and NGOs have none; leave it out (or null)"
                    + " rather than inventing one. Only coordinators change it.",
            example = "XM-DAC-41114",
            nullable = true,
            maxLength = 150)
        @Size(max = 150)
        @Pattern(regexp = "\\S*", message = "must not contain spaces")
        String identifier,
    @NotNull @Valid LocalisedName name,
    @Schema(
            description = "Acronym, if the organisation uses one.",
            example = "UNDP",
            maxLength = 30)
        @Size(max = 30)
        String acronym,
    @Schema(
            description =
                "IATI OrganisationType code (10 Government … 40 Multilateral … 90 Other).",
            example = "40",
            pattern = "^[0-9]{2}$")
        @NotBlank
        @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit IATI OrganisationType code")
        String type,
    @Schema(
            description = "Coarse grouping for filtering. Only coordinators change it.",
            enumeration = {
              "un-entity",
              "donor-government",
              "development-bank",
              "national-government",
              "ngo",
              "private-sector",
              "academic",
              "foundation"
            },
            example = "un-entity")
        @NotBlank
        @Pattern(regexp = ApiCodes.KIND_PATTERN, message = ApiCodes.KIND_MESSAGE)
        String kind,
    @Schema(
            description = "Headquarters, ISO 3166-1 alpha-2.",
            example = "US",
            pattern = "^[A-Z]{2}$")
        @NotBlank
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as KZ")
        String headquartersCountry,
    @Schema(
            description = "Countries of operation, ISO 3166-1 alpha-2.",
            example = "[\"KZ\", \"KG\", \"TJ\", \"TM\", \"UZ\", \"AF\"]",
            maxItems = 250)
        @Size(max = 250)
        List<
                @NotNull
                @Pattern(
                    regexp = "[A-Z]{2}",
                    message = "must be an ISO 3166-1 alpha-2 code such as KZ")
                String>
            countries,
    @Schema(
            description = "Website, an absolute http or https URL.",
            example = "https://www.undp.org",
            maxLength = 500)
        @Size(max = 500)
        String website,
    @Schema(
            description =
                "Other names the organisation is known by, in any language and script: acronyms in"
                    + " other languages, former names. Used to recognise duplicates.",
            example = "[\"ПРООН\", \"UN Development Programme\"]",
            maxItems = MAX_ALIASES)
        @Size(max = MAX_ALIASES)
        List<@NotBlank @Size(max = LocalisedName.MAX) String> aliases) {

  /** The most aliases an organisation holds (a merge that would pass it is refused). */
  public static final int MAX_ALIASES = 50;
}
