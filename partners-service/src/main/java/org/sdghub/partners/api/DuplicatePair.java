package org.sdghub.partners.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Two registered organisations that look like one, and every reason why. */
@Schema(description = "Two active organisations that look like the same one.")
public record DuplicatePair(
    OrganisationSummary first, OrganisationSummary second, List<PairReason> reasons) {

  /**
   * One reason: the rule, the field of each organisation that met and, for a near match, how close.
   */
  @Schema(description = "Why the two look alike.")
  public record PairReason(
      @Schema(
              enumeration = {"same-name", "same-acronym-and-country", "similar-name"},
              example = "same-name")
          String rule,
      @Schema(description = "The first one's field", example = "name.ru") String firstField,
      @Schema(description = "The second one's field", example = "aliases[0]") String secondField,
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(
              description =
                  "similar-name only: trigram similarity (pg_trgm) of the folded names, 0 to 1",
              nullable = true,
              example = "0.64")
          Double score) {}
}
